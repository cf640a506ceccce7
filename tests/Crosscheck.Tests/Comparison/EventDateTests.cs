using Crosscheck.Analysis;
using Crosscheck.Comparison;
using Crosscheck.Extraction;

namespace Crosscheck.Tests.Comparison;

/// <summary>
/// One event dated two ways by two retellings: weekdays read against each article's publication date, and the event a
/// date belongs to (its verb, what acted, what was acted on) rather than the words that happen to stand near it.
/// </summary>
public sealed class EventDateTests
{
    /// <summary>An article of a fictional story published on the given day of March 2031 (the 4th is a Tuesday).</summary>
    private static Article Published(string id, int day, params string[] paragraphs) =>
        StoryFixtures.Article(id, "Outlet " + id, "t", paragraphs) with { Published = new DateOnly(2031, 3, day) };

    private static StoryComparison Compare(params Article[] articles) => new StoryComparer().Compare(articles, StoryAnalysis.Empty);

    [Fact]
    public void A_fire_that_broke_out_on_one_weekday_conflicts_with_one_burning_since_another()
    {
        var comparison = Compare(
            Published("e1", 6, "Investigators believe a faulty power line started the wildfire that has torn through the Tarrow Downs since Monday afternoon, the county said."),
            Published("e2", 7, "The fire that broke out on Sunday evening above Kesbury has now burned some 900 hectares of heath."));

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.StartsWith("when the", conflict.About, StringComparison.Ordinal);
        Assert.Contains(conflict.Versions, v => v.Text.Contains("since Monday afternoon", StringComparison.Ordinal));
        Assert.Contains(conflict.Versions, v => v.Text.Contains("on Sunday evening", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_weekday_written_on_different_days_is_the_same_date()
    {
        // "on Monday" on Thursday the 6th and "on Monday" on Friday the 7th both mean Monday the 3rd.
        var comparison = Compare(
            Published("e1", 6, "The landslide struck the village of Orrin early on Monday after a week of rain."),
            Published("e2", 7, "A landslide that struck Orrin on Monday buried six houses on the lower road."));

        Assert.Empty(comparison.Conflicts);
    }

    [Fact]
    public void A_weekday_conflicts_with_the_date_it_contradicts()
    {
        var comparison = Compare(
            Published("e1", 6, "The break-in at the Halden gallery was discovered on Monday by a cleaner."),
            Published("e2", 7, "The theft came to light in a break-in discovered early on 1 March, the gallery's owners said."));

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.Contains(conflict.Versions, v => v.Text.Contains("on Monday", StringComparison.Ordinal));
        Assert.Contains(conflict.Versions, v => v.Text.Contains("1 March", StringComparison.Ordinal));
    }

    [Fact]
    public void One_raid_dated_two_ways_conflicts_across_differently_built_sentences()
    {
        var comparison = Compare(
            Published("e1", 20, "The inspectors, who raided the town hall and two depots in the old harbour on March 12, have charged no one."),
            Published("e2", 21, "Inspectors raided the town hall on March 13 and carried away boxes of invoices."));

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.Equal("when the inspectors raided", conflict.About);
    }

    [Fact]
    public void The_same_verb_done_to_different_things_on_different_days_is_no_conflict()
    {
        var comparison = Compare(
            Published("e1", 6, "Rescuers found two bodies on Tuesday in the collapsed barn at Orrin."),
            Published("e2", 7, "Rescuers found a survivor on Wednesday in the collapsed barn at Orrin."));

        Assert.Empty(comparison.Conflicts);
    }

    [Fact]
    public void Work_that_began_is_not_the_event_that_struck()
    {
        var comparison = Compare(
            Published("e1", 6, "A landslide buried the Orrin valley road near the old mill on Sunday night."),
            Published("e2", 7, "Repair work on the Orrin valley road near the old mill began on Wednesday."));

        Assert.Empty(comparison.Conflicts);
    }

    [Fact]
    public void A_weekday_that_dates_a_statement_dates_no_event()
    {
        var comparison = Compare(
            Published("e1", 6, "The county council said on Monday that the bypass would reopen within a month."),
            Published("e2", 7, "The county council said on Tuesday that the bypass would reopen within a month."));

        Assert.Empty(comparison.Conflicts);
    }

    [Fact]
    public void One_closure_said_to_last_two_lengths_of_time_is_a_conflict_even_across_dissimilar_sentences()
    {
        // "the bridge" is the Harlan Street Bridge: a name and its head noun are one participant.
        var comparison = StoryFixtures.CompareAnalyzed(
            Published("d1", 6, "The Harlan Street Bridge will stay closed for at least six weeks after a barge struck one of its piers early on Tuesday, leaving commuters facing long detours."),
            Published("d2", 6, "Transport Minister Ola Brenne said the bridge would be closed for about two months."));

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.Equal("length of time", conflict.About);
        Assert.Contains(conflict.Versions, v => v.Text.Contains("six weeks", StringComparison.Ordinal));
        Assert.Contains(conflict.Versions, v => v.Text.Contains("two months", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_lengths_of_time_of_different_events_are_no_conflict()
    {
        var comparison = StoryFixtures.CompareAnalyzed(
            Published("d1", 6, "The Harlan Street Bridge will stay closed for at least six weeks after a barge struck one of its piers early on Tuesday, leaving commuters facing long detours."),
            Published("d2", 6, "Transport Minister Ola Brenne said a replacement ferry across the bridge's river would be run for about two months."));

        Assert.Empty(comparison.Conflicts);
    }

    [Fact]
    public void A_length_of_time_in_another_year_is_no_conflict()
    {
        var comparison = StoryFixtures.CompareAnalyzed(
            Published("d1", 6, "The Harlan Street Bridge will stay closed for at least six weeks after a barge struck one of its piers early on Tuesday, leaving commuters facing long detours."),
            Published("d2", 6, "Residents recalled that the bridge was closed for two months in 2019 after a similar accident."));

        Assert.DoesNotContain(comparison.Conflicts, c => c.About == "length of time");
    }
}
