using Crosscheck.Analysis;
using Crosscheck.Comparison;
using Crosscheck.Extraction;
using Crosscheck.Tests.Analysis;
using Crosscheck.Tests.Comparison;

namespace Crosscheck.Tests.Review;

/// <summary>
/// Review probes of 035a396..e8bb92f: times of day looked up by their minutes and value nodes keyed by position,
/// "still at large" / "on the run" as open states ended by "recaptured/captured/caught/arrested", amounts of different
/// magnitudes met only within a factor of ten (and "212-million-crown" read as a magnitude), and counts in two units of
/// time kept from making a slot. At e8bb92f three pass (the gallons, public-at-large and remains-at-large guards) and
/// thirteen fail; of those, eight passed at 035a396 (regressions: 12-m, 1.5 billion, 36-month, was on the run, caught on
/// camera, someone else arrested, until caught, on the run of their lives) and five failed there too (gaps the change
/// leaves: same-sentence "6 hours", bare "6" against "6am", coinciding figures, "has been on the run", recounting of
/// two people). Every name, place and figure is invented.
/// </summary>
public sealed class Session9Probes
{
    private static readonly DateOnly Day = new(2031, 10, 14);

    // ---------------------------------------------------------------- helpers

    private static StoryComparison Values(params string[][] bodies) =>
        new StoryComparer().Compare(bodies.Select((b, i) => StoryFixtures.Article("v" + (i + 1), "Outlet " + (i + 1), "t", b)).ToList(), StoryAnalysis.Empty);

    private static Article Story(string id, params string[] paragraphs) => TestArticles.Create(id, "Two prisoners escape from Harlow jail", Day, paragraphs);

    private static IEnumerable<Conflict> Scheduled(StoryComparison comparison) =>
        comparison.Conflicts.Where(c => c.About.StartsWith("whether \u201C", StringComparison.Ordinal));

    private static string Describe(StoryComparison comparison) =>
        comparison.Conflicts.Length == 0
            ? "(no conflicts)"
            : string.Join(" | ", comparison.Conflicts.Select(c => c.About + ": " + string.Join(" VS ", c.Versions.Select(v => v.Text))));

    private static bool Shows(Conflict conflict, string a, string b) =>
        conflict.Versions.Any(v => v.Text.Contains(a, StringComparison.Ordinal)) && conflict.Versions.Any(v => v.Text.Contains(b, StringComparison.Ordinal));

    // ---------------------------------------------------------------- times of day (commit dfe00e9)

    [Fact]
    public void a_duration_in_the_same_sentence_does_not_give_the_other_articles_time_of_day()
    {
        // The commit keys the article-level lookup by minutes, but the unit-level test still asks other.Keys for "#6":
        // "6 hours" printed in the very sentence paired with "6am" still "gives" it.
        var comparison = Values(
            ["The Velmar harbour authority closed the port at 6am on Tuesday as the storm came in."],
            ["The Velmar harbour authority closed the port at 4.15am on Tuesday, and ferries waited 6 hours outside the breakwater."]);

        Assert.True(comparison.Conflicts.Any(c => c.About == "time of day" && Shows(c, "6am", "4.15am")), Describe(comparison));
    }

    [Fact(Skip = "Open: an article's printed figures still include the figure of its times of day, so '6am' gives a bare '6'.")]
    public void a_time_of_day_elsewhere_in_an_article_does_not_give_a_bare_count()
    {
        // The reverse of the commit's case: an article's keys still hold "#6" for its "6am", so another article's bare
        // "stood at 6" (looked up as "#6") is taken as told and the death toll's conflict is lost. With "7am" instead of
        // "6am" the conflict is found.
        var comparison = Values(
            ["Officials said the death toll from the Velmar ferry fire stood at 6 on Tuesday evening."],
            ["The fire on the Velmar ferry broke out at 6am on Tuesday.", "Officials said the death toll from the Velmar ferry fire stood at 9 on Tuesday evening."]);

        Assert.True(comparison.Conflicts.Any(c => Shows(c, "stood at 6", "stood at 9")), Describe(comparison));
    }

    [Fact(Skip = "Open: conflicts are still told apart by their joined values ('#6|#9'), so a time and an amount with the same two figures collapse into one.")]
    public void a_time_and_an_amount_with_the_same_figures_stay_two_conflicts()
    {
        // The commit's own case with matching figures: 6am/9am and 6 million/9 million give the values string "#6|#9"
        // twice, and the final DistinctBy on that string drops one of the two conflicts (with "7 million" both are found).
        var comparison = Values(
            ["The Velmar harbour authority closed the port at 6am on Tuesday, and ferry operators say the closure costs them 6 million crowns a day."],
            ["The port at Velmar has been closed since 9am local time, when the harbour authority issued a storm warning.", "Ferry operators put the cost of the closure at 9 million crowns for each day the port stays closed."]);

        Assert.True(comparison.Conflicts.Any(c => c.About == "time of day" && Shows(c, "6am", "9am")), Describe(comparison));
        Assert.True(comparison.Conflicts.Any(c => Shows(c, "6 million", "9 million")), Describe(comparison));
    }

    // ---------------------------------------------------------------- amounts of another order (commit 4be7bab)

    [Fact]
    public void a_hyphenated_metre_abbreviation_is_not_a_million()
    {
        // The hyphen rule accepts any NormalMagnitudes key, so "12-m" (metres) reads as 12 million, and the factor-of-ten
        // test then keeps it from the "15-metre" wall it plainly retells ("12-metre" against "15-metre" conflicts).
        var comparison = Values(
            ["Engineers said the new 12-m sea wall at Velmar would protect 300 homes from the storm surge."],
            ["Engineers said the new 15-metre sea wall at Velmar would protect 300 homes from the storm surge."]);

        Assert.True(comparison.Conflicts.Any(c => Shows(c, "12-m", "15-metre")), Describe(comparison));
    }

    [Fact(Skip = "Open by design: amounts written with different magnitudes meet only within a factor of ten (MaxAmountRatio), which drops '4,000 florins' a day against '410 million' spent; a 12.5x slip in one sentence is lost with it.")]
    public void one_deal_told_as_a_billion_and_a_half_and_as_120_million_is_a_conflict()
    {
        // Near-identical sentences about one contract, one a factor of 12.5 off: the factor-of-ten cut hides the slip.
        var comparison = Values(
            ["Velmar Dredging won the 1.5 billion crown contract to deepen the harbour at Kestport, the port authority said."],
            ["Velmar Dredging won the 120 million crown contract to deepen the harbour at Kestport, the port authority said."]);

        Assert.True(comparison.Conflicts.Any(c => Shows(c, "1.5 billion", "120 million")), Describe(comparison));
    }

    [Fact]
    public void a_million_and_a_fifth_against_nine_hundred_thousand_gallons_still_conflict()
    {
        // Guard of the behaviour the factor-of-ten test must keep: two magnitudes, one counted thing, near each other.
        var comparison = Values(
            ["The burst main at Kestport spilled 1.2 million gallons of water into the river, the water board said."],
            ["The burst main at Kestport spilled 900,000 gallons of water into the river, the water board said."]);

        Assert.True(comparison.Conflicts.Any(c => Shows(c, "1.2 million", "900,000")), Describe(comparison));
    }

    // ---------------------------------------------------------------- two units of time (commit e8bb92f)

    [Fact]
    public void a_five_year_contract_against_a_36_month_contract_is_a_conflict()
    {
        // One contract, two lengths in two units of time: the new rule returns 0 for any two different time units that
        // are not read as durations ("for ..."), so the retold length is never compared ("three-year" against "five-year" conflicts).
        var comparison = Values(
            ["Tarn Marine won a five-year contract to keep the Velmar channel open, the harbour board said on Monday."],
            ["Tarn Marine won a 36-month contract to keep the Velmar channel open, the harbour board said on Monday."]);

        Assert.True(comparison.Conflicts.Any(c => Shows(c, "five-year", "36-month")), Describe(comparison));
    }

    // ---------------------------------------------------------------- open states (commit 9214482)

    [Fact]
    public void a_fugitive_who_was_on_the_run_until_his_arrest_is_not_said_to_be_still_at_large()
    {
        // "was" is a state holder, so a past, closed state ("was on the run for six years before his arrest") is read
        // as open and conflicts with the article that reports the same arrest.
        var comparison = StoryFixtures.CompareAnalyzed(
            Story("s1", "Dovin Marke, who was on the run for six years before his arrest in Tarrow, appeared in court in Harlow on Monday."),
            Story("s2", "Dovin Marke was arrested in Tarrow after six years, and appeared in court in Harlow on Monday."));

        Assert.True(!Scheduled(comparison).Any(), Describe(comparison));
    }

    [Fact]
    public void men_caught_on_camera_are_not_recaptured()
    {
        // "caught" ends the state whatever it means: "caught on camera" is taken for an arrest.
        var comparison = StoryFixtures.CompareAnalyzed(
            Story("s1", "The two prisoners who escaped from Harlow jail on Sunday are still at large, police said."),
            Story("s2", "The two prisoners who escaped from Harlow jail on Sunday were caught on camera at a petrol station, police said."));

        Assert.True(!Scheduled(comparison).Any(), Describe(comparison));
    }

    [Fact(Skip = "Open: the schedule detector matches sentences by shared words, not by who was arrested.")]
    public void arresting_someone_else_does_not_end_the_fugitives_state()
    {
        // A different person arrested in a sentence about the same escape: two shared content words are enough.
        var comparison = StoryFixtures.CompareAnalyzed(
            Story("s1", "The prisoner who escaped from Harlow jail on Sunday is still at large, police said."),
            Story("s2", "Police arrested a prison guard suspected of helping the prisoner escape from Harlow jail on Sunday."));

        Assert.True(!Scheduled(comparison).Any(), Describe(comparison));
    }

    [Fact]
    public void until_they_are_caught_is_not_caught()
    {
        // "until ... are caught" is not blocked (DoneBlockers lacks "until"/"once"/"before"), so a hope reads as done.
        var comparison = StoryFixtures.CompareAnalyzed(
            Story("s1", "The two prisoners who escaped from Harlow jail remain on the run, police said."),
            Story("s2", "Police urged people in Harlow to lock their doors until the two prisoners who escaped from Harlow jail are caught."));

        Assert.True(!Scheduled(comparison).Any(), Describe(comparison));
    }

    [Fact]
    public void has_been_on_the_run_is_an_open_state_too()
    {
        // "been" is missing from the holders: the commonest way to tell an open state is not read.
        var comparison = StoryFixtures.CompareAnalyzed(
            Story("s1", "The prisoner who escaped from Harlow jail has been on the run since Sunday, police said."),
            Story("s2", "The prisoner who escaped from Harlow jail was recaptured at a farm near Tarrow, police said."));

        Assert.True(Scheduled(comparison).Count() == 1, Describe(comparison));
    }

    [Fact(Skip = "Open: an article that tells the event done and the state open of anyone is taken as recounting; telling whose state it is needs the participant.")]
    public void two_accomplices_arrested_and_the_driver_still_at_large_is_not_a_recounting_of_the_drivers_arrest()
    {
        // The article tells "arrested" and "still at large" of two different people; it is left out as recounting, and
        // the other article's arrest of the driver meets nothing.
        var comparison = StoryFixtures.CompareAnalyzed(
            Story("s1", "Two accomplices were arrested in Tarrow on Monday, but the getaway driver in the Harlow jail escape is still at large, police said."),
            Story("s2", "The getaway driver in the Harlow jail escape was arrested in Tarrow on Tuesday, police said."));

        Assert.True(Scheduled(comparison).Count() == 1, Describe(comparison));
    }

    [Fact]
    public void a_side_on_the_run_of_its_life_is_not_met_by_a_striker_caught_offside()
    {
        // Sport: "are on the run of their lives" reads as an open state (no check of what follows "run"), and "caught
        // offside" as its end; two shared words (Harlow, Rovers / Tarrow, Park) are enough.
        var comparison = StoryFixtures.CompareAnalyzed(
            Story("s1", "Harlow Rovers are on the run of their lives, and top the league after a win at Tarrow Park."),
            Story("s2", "Harlow Rovers striker Anno Petz was caught offside twice at Tarrow Park on Saturday."));

        Assert.True(!Scheduled(comparison).Any(), Describe(comparison));
    }

    [Fact]
    public void the_public_at_large_is_no_fugitive()
    {
        // Guard: "at large" after a noun is not a state the arrest ends.
        var comparison = StoryFixtures.CompareAnalyzed(
            Story("s1", "Police said the men who escaped from Harlow jail posed no risk to the public at large."),
            Story("s2", "Police arrested the men who escaped from Harlow jail at a farm near Tarrow."));

        Assert.True(!Scheduled(comparison).Any(), Describe(comparison));
    }

    [Fact]
    public void remains_at_large_against_captured_is_a_conflict()
    {
        // Guard of the new rule with the other holder and verb than the commit's tests use.
        var comparison = StoryFixtures.CompareAnalyzed(
            Story("s1", "The prisoner who escaped from Harlow jail on Sunday remains at large, police said."),
            Story("s2", "The prisoner who escaped from Harlow jail on Sunday was captured at a farm near Tarrow, police said."));

        var conflict = Assert.Single(Scheduled(comparison));
        Assert.StartsWith("whether \u201Cremains at large\u201D still holds", conflict.About, StringComparison.Ordinal);
    }
}
