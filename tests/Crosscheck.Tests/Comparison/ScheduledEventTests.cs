using Crosscheck.Analysis;
using Crosscheck.Comparison;
using Crosscheck.Extraction;
using Crosscheck.Tests.Analysis;

namespace Crosscheck.Tests.Comparison;

/// <summary>Stale context told through a schedule: one retelling says an event is due or expected, another reports it done.</summary>
public sealed class ScheduledEventTests
{
    private static readonly DateOnly Friday = new(2031, 5, 9);

    private static StoryComparison Compare(params Article[] articles) => StoryFixtures.CompareAnalyzed(articles);

    private static IEnumerable<Conflict> Scheduled(StoryComparison comparison) =>
        comparison.Conflicts.Where(c => c.About.StartsWith("whether \u201C", StringComparison.Ordinal));

    private static Article Early(string id, params string[] paragraphs) => TestArticles.Create(id, "Trawler adrift off Kelmouth", Friday, paragraphs);

    [Fact]
    public void An_event_one_retelling_expects_and_another_reports_done_is_a_conflict()
    {
        var comparison = Compare(
            Early("a1", "The trawler Marisa is expected to be towed into Kelmouth harbour by a lifeboat crew on Saturday."),
            Early("a2", "A lifeboat crew towed the trawler Marisa into Kelmouth harbour early on Saturday, the coastguard said."));

        var conflict = Assert.Single(Scheduled(comparison));
        Assert.Equal("whether \u201Cexpected to be towed into Kelmouth harbour\u201D has happened: pending in one retelling, done in another", conflict.About);
        Assert.Equal(["a1"], conflict.Versions[0].ArticleIds.ToArray());
        Assert.Equal(["a2"], conflict.Versions[1].ArticleIds.ToArray());
    }

    [Theory]
    [InlineData("The council is due to ratify the harbour plan at its meeting on Thursday.", "The council formally ratified the harbour plan on Thursday evening.")]
    [InlineData("Demolition of the old grain silo will begin next week, the port said.", "Demolition of the old grain silo began on Wednesday, the port said.")]
    [InlineData("The Harbour Rowing Federation is expected to confirm the sanction later this week.", "The Harbour Rowing Federation confirmed the ban on Tuesday evening.")]
    [InlineData("Kelmouth Fisheries, which was fined the most, is expected to appeal against the harbour board's ruling.", "Kelmouth Fisheries has lodged an appeal against the harbour board's ruling, the company said.")]
    [InlineData("The Marisa's owners plan to offer the crew a bonus for the salvage at Kelmouth.", "The Marisa's owners made an offer of a bonus to the crew for the salvage at Kelmouth.")]
    [InlineData("The Marisa's owners said they had yet to appoint a salvage firm to raise the trawler's nets.", "The Marisa's owners appointed Kelmouth Salvage on Thursday to raise the trawler's nets.")]
    [InlineData("The lifeboat crew is hoping to refloat the trawler Marisa on the evening tide at Kelmouth.", "The lifeboat crew refloated the trawler Marisa on the evening tide at Kelmouth.")]
    public void Schedules_and_their_past_forms_meet_across_irregular_and_regular_verbs(string pending, string done)
    {
        var comparison = Compare(Early("a1", pending), Early("a2", done));

        Assert.Single(Scheduled(comparison));
    }

    [Fact]
    public void An_article_that_tells_both_the_plan_and_the_outcome_is_recounting()
    {
        var comparison = Compare(
            Early("a1", "The council was due to ratify the harbour plan on Thursday.", "The council ratified the harbour plan on Thursday evening after a long debate."),
            Early("a2", "The council ratified the harbour plan on Thursday evening."));

        Assert.Empty(Scheduled(comparison));
    }

    [Fact]
    public void A_decision_still_to_be_taken_is_pending_until_another_retelling_reports_it_taken()
    {
        var comparison = Compare(
            Early("a1", "Harbour inspectors are expected to decide on Saturday whether to impound the trawler Marisa at Kelmouth."),
            Early("a2", "Harbour inspectors impounded the trawler Marisa at Kelmouth on Saturday."));

        var conflict = Assert.Single(Scheduled(comparison));
        Assert.Equal("whether \u201Cimpound the trawler Marisa\u201D has happened: pending in one retelling, done in another", conflict.About);
    }

    [Fact]
    public void A_phrasal_verb_is_its_own_event_so_walking_away_does_not_recount_a_walkout()
    {
        // The pending article also says the union "walked away" from talks: that is not the walkout it expects.
        var comparison = Compare(
            Early("a1", "Kelmouth dockers are expected to walk out at dawn on Saturday, their union said.", "The union said the port had walked away from the talks."),
            Early("a2", "Kelmouth dockers walked out at dawn on Saturday, halting the port."));

        var conflict = Assert.Single(Scheduled(comparison));
        Assert.Equal("whether \u201Cexpected to walk out at dawn\u201D has happened: pending in one retelling, done in another", conflict.About);
    }

    [Fact]
    public void Retellings_that_all_recount_the_plan_and_the_outcome_give_no_conflict()
    {
        var comparison = Compare(
            Early("a1", "The council was due to ratify the harbour plan on Thursday.", "The council ratified the harbour plan on Thursday evening."),
            Early("a2", "The council had been due to ratify the harbour plan on Thursday.", "It ratified the harbour plan on Thursday after a long debate."));

        Assert.Empty(Scheduled(comparison));
    }

    [Fact]
    public void An_event_noun_weighed_in_one_retelling_is_done_when_another_reports_its_verb()
    {
        var comparison = Compare(
            Early("a1", "Coastguard officers said they were considering an evacuation of Kelmouth harbour if the fuel leak spread."),
            Early("a2", "Boat owners at Kelmouth harbour were evacuated on Saturday as the fuel leak spread."));

        var conflict = Assert.Single(Scheduled(comparison));
        Assert.Equal("whether \u201Cconsidering an evacuation\u201D has happened: pending in one retelling, done in another", conflict.About);
    }

    [Fact]
    public void An_event_announced_in_one_retelling_is_done_when_another_has_it_ordered_and_that_pairing_comes_first()
    {
        // The harbour minister "announced" something else in a third article; the inquiry the retellings share wins the unit.
        var comparison = Compare(
            Early("a1", "Harbour minister Ilse Varrick is expected to announce an inquiry into the Marisa's sinking on Saturday."),
            Early("a2", "Harbour minister Ilse Varrick ordered an independent inquiry into the Marisa's sinking on Saturday."),
            Early("a3", "Harbour minister Ilse Varrick announced free mooring for lifeboat crews on Saturday."));

        var conflict = Assert.Single(Scheduled(comparison));
        Assert.Equal(["a1"], conflict.Versions[0].ArticleIds.ToArray());
        Assert.Equal(["a2"], conflict.Versions[1].ArticleIds.ToArray());
    }

    [Theory]
    [InlineData("The trawler Marisa was not towed into Kelmouth harbour on Saturday because of the swell.")]
    [InlineData("A lifeboat towed a yacht into Penrick marina on Saturday.")]
    public void A_negated_or_unrelated_past_form_is_no_conflict(string other)
    {
        var comparison = Compare(
            Early("a1", "The trawler Marisa is expected to be towed into Kelmouth harbour on Saturday."),
            Early("a2", other));

        Assert.Empty(Scheduled(comparison));
    }

    [Fact]
    public void What_could_still_happen_in_one_retelling_and_happened_in_another_is_a_conflict()
    {
        var comparison = Compare(
            Early("a1", "Engineers warned that the harbour crane damaged in the storm could still collapse onto the quay."),
            Early("a2", "The harbour crane damaged in the storm collapsed onto the quay on Saturday afternoon."));

        var conflict = Assert.Single(Scheduled(comparison));
        Assert.StartsWith("whether \u201Ccould still collapse", conflict.About, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Two of the deckhands who jumped ship at Kelmouth were still at large on Friday night, the harbour police said.", "still at large")]
    [InlineData("The deckhands who jumped ship at Kelmouth remain on the run, the harbour police said.", "remain on the run")]
    public void People_at_large_in_one_retelling_and_caught_in_another_is_a_conflict(string open, string phrase)
    {
        var comparison = Compare(
            Early("a1", open),
            Early("a2", "The deckhands who jumped ship at Kelmouth were recaptured at a farm near the harbour, the harbour police said."));

        var conflict = Assert.Single(Scheduled(comparison));
        Assert.Equal($"whether \u201C{phrase}\u201D still holds: open in one retelling, ended in another", conflict.About);
        Assert.Equal(["a1"], conflict.Versions[0].ArticleIds.ToArray());
    }

    [Fact]
    public void An_article_that_tells_some_caught_and_some_at_large_is_recounting()
    {
        var comparison = Compare(
            Early("a1", "One deckhand who jumped ship at Kelmouth was caught at a farm near the harbour, and two remain at large, the harbour police said."),
            Early("a2", "The deckhands who jumped ship at Kelmouth were caught at a farm near the harbour, the harbour police said."));

        Assert.Empty(Scheduled(comparison));
    }

    [Fact]
    public void What_merely_could_happen_is_a_hypothesis_not_a_schedule()
    {
        var comparison = Compare(
            Early("a1", "Engineers said a crane like the one on the quay could collapse in a storm of that strength."),
            Early("a2", "The harbour crane damaged in the storm collapsed onto the quay on Saturday afternoon."));

        Assert.Empty(Scheduled(comparison));
    }

    [Fact]
    public void A_decision_weighed_in_one_retelling_and_taken_in_another_is_a_conflict()
    {
        var comparison = Compare(
            Early("a1", "The harbour board said it was weighing emergency funding for the Kelmouth lifeboat station."),
            Early("a2", "The harbour board approved emergency funding of 40,000 crowns for the Kelmouth lifeboat station on Friday."));

        var conflict = Assert.Single(Scheduled(comparison));
        Assert.StartsWith("whether \u201Cweighing emergency funding", conflict.About, StringComparison.Ordinal);
    }

    [Fact]
    public void Weighing_how_or_whether_is_no_decision_on_a_thing()
    {
        var comparison = Compare(
            Early("a1", "The harbour board said it was weighing how to fund the Kelmouth lifeboat station."),
            Early("a2", "The harbour board approved emergency funding for the Kelmouth lifeboat station on Friday."));

        Assert.DoesNotContain(Scheduled(comparison), c => c.About.Contains("weighing", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The regatta committee will meet on Friday to decide whether the Kelmouth regatta can go ahead.", "\u201Cto decide whether the Kelmouth regatta")]
    [InlineData("The regatta committee has not said whether the Kelmouth regatta will be held.", "\u201Cnot said whether the Kelmouth regatta")]
    [InlineData("The regatta committee is yet to decide whether the Kelmouth regatta will be held.", "\u201Cyet to decide whether the Kelmouth regatta")]
    [InlineData("The Kelmouth regatta was expected to go ahead, the regatta committee said.", "\u201Cexpected to go ahead")]
    public void A_decision_left_open_in_one_retelling_is_decided_when_another_reports_it_taken_by_a_verb_of_its_own(string open, string phrase)
    {
        var comparison = Compare(
            Early("a1", open),
            Early("a2", "The regatta committee cancelled the Kelmouth regatta on Friday evening as the gale strengthened."));

        var conflict = Assert.Single(Scheduled(comparison));
        Assert.StartsWith("whether " + phrase, conflict.About, StringComparison.Ordinal);
        Assert.EndsWith("open in one retelling, decided in another", conflict.About, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decision_left_open_is_not_taken_by_an_unrelated_act_told_with_a_verb_of_deciding()
    {
        // Guard: "struck" also tells a collision, and the two sentences share no words about what is decided.
        var comparison = Compare(
            Early("a1", "The harbour board will decide next month whether to raise mooring fees."),
            Early("a2", "A squall struck the fishing fleet off Kelmouth on Saturday."));

        Assert.Empty(Scheduled(comparison));
    }

    [Fact]
    public void An_article_that_leaves_a_decision_open_is_not_recounting_because_it_tells_another_act()
    {
        // The first article also says a yacht struck a buoy: no recounting of the races it expects to go ahead.
        var comparison = Compare(
            Early("a1", "Organisers said Monday's harbour races were expected to go ahead.", "A yacht struck a buoy near the harbour mouth on Sunday."),
            Early("a2", "The organisers postponed Monday's harbour races on Sunday night."));

        var conflict = Assert.Single(Scheduled(comparison));
        Assert.Equal(["a1"], conflict.Versions[0].ArticleIds.ToArray());
    }

    [Fact]
    public void An_article_that_leaves_a_decision_open_and_reports_it_taken_is_recounting()
    {
        var comparison = Compare(
            Early("a1", "The committee will decide on Friday whether to cancel the races at Kelmouth.", "The committee cancelled the races at Kelmouth on Friday evening."),
            Early("a2", "The committee cancelled the races at Kelmouth."));

        Assert.Empty(Scheduled(comparison));
    }

    [Fact]
    public void A_thing_named_by_a_word_is_the_thing_a_name_holding_that_word_names()
    {
        // "the museum" and "the Kelmouth Maritime Museum": with "bell", two words in common, as a schedule and its outcome need.
        var comparison = Compare(
            Early("a1", "The museum has yet to confirm that the bell came from the trawler."),
            Early("a2", "The Kelmouth Maritime Museum confirmed on Friday that the bronze bell belonged to the Marisa."));

        var conflict = Assert.Single(Scheduled(comparison));
        Assert.StartsWith("whether \u201Cyet to confirm", conflict.About, StringComparison.Ordinal);
    }

    [Fact]
    public void No_acts_made_yet_in_a_sentence_that_names_nothing_else_meet_those_acts_done()
    {
        // "No arrests have been made." names nothing but the arrests: it speaks of the story's own.
        var comparison = Compare(
            Early("a1", "The brass bell was taken from the harbour office overnight.", "No arrests have been made."),
            Early("a2", "Police arrested two men over the theft of the harbour bell from Kelmouth."));

        var conflict = Assert.Single(Scheduled(comparison));
        Assert.Equal("whether \u201CNo arrests have been made\u201D has happened: pending in one retelling, done in another", conflict.About);
    }

    [Fact]
    public void Results_awaited_in_one_retelling_are_in_when_another_reports_a_confirmation()
    {
        var comparison = Compare(
            Early("a1", "The fisheries agency said it was awaiting laboratory results on the trawler's catch."),
            Early("a2", "Laboratory tests confirmed that the trawler's catch was contaminated, the fisheries agency said."));

        var conflict = Assert.Single(Scheduled(comparison));
        Assert.StartsWith("whether \u201Cawaiting laboratory results\u201D", conflict.About, StringComparison.Ordinal);
    }

    [Fact]
    public void A_road_that_remains_closed_in_one_retelling_and_reopened_in_another_is_a_conflict()
    {
        var comparison = Compare(
            Early("a1", "The harbour road remains closed while the wreck of the trawler is cleared."),
            Early("a2", "The harbour road reopened on Saturday after the wreck of the trawler was cleared."));

        var conflict = Assert.Single(Scheduled(comparison));
        Assert.Equal("whether \u201Cremains closed\u201D still holds: open in one retelling, ended in another", conflict.About);
    }

    [Fact]
    public void A_closing_reported_done_is_still_read_as_done()
    {
        // Guard: "has been closed" is an open state now, and still the closing that "will be closed" expected.
        var comparison = Compare(
            Early("a1", "The harbour road will be closed on Saturday for the regatta at Kelmouth."),
            Early("a2", "The harbour road has been closed for the regatta at Kelmouth."));

        Assert.Single(Scheduled(comparison));
    }

    [Fact]
    public void A_closure_told_of_a_line_between_two_towns_meets_the_line_reopened()
    {
        // The subject's head is "line", before the phrase "between Kelmouth and Arrow Bay", not the last town named.
        var comparison = Compare(
            Early("a1", "The Tarrant branch line between Kelmouth and Arrow Bay is closed while the wagons are cleared."),
            Early("a2", "The Tarrant branch line reopened on Saturday after the wagons were cleared."));

        Assert.Single(Scheduled(comparison));
    }
}
