using Crosscheck.Analysis;
using Crosscheck.Comparison;
using Crosscheck.Extraction;
using Crosscheck.Tests.Analysis;
using Crosscheck.Tests.Comparison;

namespace Crosscheck.Tests.Review;

/// <summary>
/// Review probes of 5026517..36d68ff: "could still" with "be" and "walk" taken for perception, decisions weighed only
/// right after is/was/been, decision objects matched on any one shared word, the owner told by a shared name word,
/// "accused" as a verb of saying, and "the group"/"the operator" kept from public bodies. All fail at 36d68ff; all but
/// the two marked "already wrong" passed at 5026517. Every name, place and figure is invented.
/// </summary>
public sealed class Session8LateProbes
{
    private static readonly DateOnly Day = new(2031, 9, 23);

    private static Article Story(string id, params string[] paragraphs) => TestArticles.Create(id, "Lock gates fail at Hensby", Day, paragraphs);

    private static IEnumerable<Conflict> Work(StoryComparison comparison) =>
        comparison.Conflicts.Where(c => c.About.StartsWith("who did the work", StringComparison.Ordinal));

    private static IEnumerable<Conflict> Scheduled(StoryComparison comparison) =>
        comparison.Conflicts.Where(c => c.About.StartsWith("whether \u201C", StringComparison.Ordinal));

    private static string Describe(StoryComparison comparison) => string.Join(" | ", comparison.Conflicts.Select(c => c.About));

    private static string Describe(StoryAnalysis analysis) =>
        string.Join(" | ", analysis.Entities.Select(e => $"{e.Name} ({e.Type})"))
        + " || quotes: " + string.Join(" | ", analysis.Quotes.Select(q => $"{q.Speaker}: {q.Variants[0].Text}"))
        + " || sources: " + string.Join(" | ", analysis.PrimarySources.Select(s => s.Name));

    private static string? SpeakerOf(string quoteStart, params string[] paragraphs)
    {
        var analysis = TestArticles.AnalyzeOne(paragraphs);
        return Assert.Single(analysis.Quotes, q => q.Variants.Any(v => v.Text.StartsWith(quoteStart, StringComparison.Ordinal))).Speaker;
    }

    // ---------------------------------------------------------------- events still open, decisions weighed

    [Fact]
    public void a_hiker_who_could_still_be_found_and_was_found_is_a_conflict()
    {
        // PerceptionVerbs holds "be", so "could still be found" (the very case OpenModals documents) no longer opens.
        var comparison = StoryFixtures.CompareAnalyzed(
            Story("s1", "Rescuers said the missing hiker could still be found alive in the Harlow hills."),
            Story("s2", "The missing hiker was found alive in the Harlow hills on Sunday morning."));

        Assert.True(Scheduled(comparison).Count() == 1, Describe(comparison));
    }

    [Fact]
    public void drivers_who_could_still_walk_out_and_walked_out_is_a_conflict()
    {
        // PerceptionVerbs holds "walk": the phrasal "walk out" the Sighting docs use as their example is lost.
        var comparison = StoryFixtures.CompareAnalyzed(
            Story("s1", "Union leaders warned that drivers at Kelmar Freight could still walk out before Christmas."),
            Story("s2", "Drivers at Kelmar Freight walked out on Monday over pay."));

        Assert.True(Scheduled(comparison).Count() == 1, Describe(comparison));
    }

    [Fact]
    public void a_decision_currently_weighed_and_then_taken_is_a_conflict()
    {
        // Only is/are/was/were/been/still may stand right before "weighing": an adverb ("currently", "now", "also") hides it.
        var comparison = StoryFixtures.CompareAnalyzed(
            Story("s1", "The harbour board said it was currently weighing emergency funding for the Kelmouth lifeboat station."),
            Story("s2", "The harbour board approved emergency funding of 40,000 crowns for the Kelmouth lifeboat station on Friday."));

        Assert.True(Scheduled(comparison).Count() == 1, Describe(comparison));
    }

    [Fact]
    public void a_decision_understood_to_be_under_consideration_and_then_taken_is_a_conflict()
    {
        // "be considering" is missing from the list of words allowed before the marker.
        var comparison = StoryFixtures.CompareAnalyzed(
            Story("s1", "The harbour board is understood to be considering emergency funding for the Kelmouth lifeboat station."),
            Story("s2", "The harbour board approved emergency funding of 40,000 crowns for the Kelmouth lifeboat station on Friday."));

        Assert.True(Scheduled(comparison).Count() == 1, Describe(comparison));
    }

    [Fact(Skip = "Known limitation, found in review; it fails at 5026517 as well: a decision weighed meets a decision taken on a thing that shares one word, and holdout13's 'emergency support' against 'an emergency credit line' shares no more than 'emergency cuts' and 'emergency funding' do")]
    public void emergency_cuts_weighed_are_not_met_by_emergency_funding_approved()
    {
        // Meets needs only one shared word of the object, and a modifier ("emergency") is enough. (Already wrong before.)
        var comparison = StoryFixtures.CompareAnalyzed(
            Story("s1", "The harbour board said it was weighing emergency cuts to the Kelmouth lifeboat station budget."),
            Story("s2", "The harbour board approved emergency funding for the Kelmouth lifeboat station on Friday."));

        Assert.True(!Scheduled(comparison).Any(), Describe(comparison));
    }

    // ---------------------------------------------------------------- who did the work

    [Fact]
    public void a_contractor_sharing_the_owners_place_name_is_not_the_owner()
    {
        // IsOwner: any word of more than two letters shared by the firm's name and "X's own" makes the firm the owner,
        // so a place word ("Merrow") hides a real conflict.
        var comparison = StoryFixtures.CompareAnalyzed(
            Story("w1", "Merrow Hydraulics had been replacing the lock gates at Hensby since May."),
            Story("w2", "The work was being carried out by the Merrow Canal Trust's own engineers, who had been replacing the lock gates at Hensby."));

        Assert.True(Work(comparison).Count() == 1, Describe(comparison));
    }

    [Fact]
    public void a_firm_that_blamed_the_gates_did_no_work()
    {
        // NoWorkDone is a short closed list: "blamed", "disputed", "criticised", "welcomed" are still work. (Already wrong before.)
        var comparison = StoryFixtures.CompareAnalyzed(
            Story("w1", "Orwin Hydraulics blamed the lock gates at Hensby for the flooding."),
            Story("w2", "The lock gates at Hensby were replaced in May by the trust's own engineers."));

        Assert.True(!Work(comparison).Any(), Describe(comparison));
    }

    // ---------------------------------------------------------------- "accused" as a verb of saying

    [Fact]
    public void who_is_accused_of_a_phrase_does_not_speak_it()
    {
        // The verb before the partial quote is now "accused"; its subject is the accused man, not whoever accuses him.
        var analysis = TestArticles.AnalyzeOne(
            "Daniel Orme, who is accused of \u201Cstealing from his own clients\u201D, told the court on Monday he was innocent.");

        Assert.True(!analysis.Quotes.Any(q => q.Speaker == "Daniel Orme"), Describe(analysis));
    }

    [Fact]
    public void the_accused_named_in_apposition_is_the_speaker()
    {
        // ', the accused, Daniel Orme, told': the noun "accused" is taken for the verb, and no one speaks.
        var speaker = SpeakerOf("I was at home",
            "Daniel Orme denies fraud.",
            "\u201CI was at home all night,\u201D the accused, Daniel Orme, told the court.");

        Assert.Equal("Daniel Orme", speaker);
    }

    [Fact]
    public void a_man_accused_of_a_phrase_is_no_primary_source()
    {
        // Both retellings put the charge in quotation marks; the accused becomes the story's primary source.
        var articles = new[]
        {
            TestArticles.Create("m1", "Orme trial opens", Day, "Daniel Orme was accused of \u201Cstealing from his own clients\u201D at Harlow crown court on Monday."),
            TestArticles.Create("m2", "Orme trial opens", Day, "Daniel Orme, a Harlow accountant, was accused of \u201Cstealing from his own clients\u201D when his trial opened."),
        };

        var analysis = new StoryAnalyzer().Analyze(articles);

        Assert.True(!analysis.PrimarySources.Any(s => s.Name == "Daniel Orme"), Describe(analysis));
    }

    [Fact]
    public void a_plural_noun_that_accuses_at_the_start_is_no_name()
    {
        // KeepInitial keeps a capitalised first word before a verb of saying: "Opponents accused …" now makes "Opponents".
        var analysis = TestArticles.AnalyzeOne("Opponents accused Tova Brenn of ignoring the harbour workers.");

        Assert.True(!analysis.Entities.Any(e => e.Name.StartsWith("Opponents", StringComparison.Ordinal)), Describe(analysis));
    }

    // ---------------------------------------------------------------- "the group said"

    [Fact]
    public void the_group_is_the_residents_association_named_before()
    {
        // "group" is a generic company noun, and an association is a public body, so "the group" finds no one.
        var speaker = SpeakerOf("We will keep fighting",
            "The Kelmouth Residents Association has opposed the harbour plan for two years.",
            "\u201CWe will keep fighting,\u201D the group said.");

        Assert.Equal("Kelmouth Residents Association", speaker);
    }
}
