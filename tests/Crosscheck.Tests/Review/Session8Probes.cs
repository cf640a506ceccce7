using Crosscheck.Analysis;
using Crosscheck.Comparison;
using Crosscheck.Extraction;
using Crosscheck.Tests.Analysis;
using Crosscheck.Tests.Comparison;

namespace Crosscheck.Tests.Review;

/// <summary>
/// Review probes of 5e2f91c..b567f36: firms at work told by their people and as subjects, decisions weighed and taken,
/// "could still", two-word short forms, a surname with one organisation cue, codes before amounts, "the company said"
/// by a name's last word, and a title word between a title and its head. Most fail at b567f36 and passed at 5e2f91c;
/// the pins at the end pass. Every name, place and figure is invented.
/// </summary>
public sealed class Session8Probes
{
    private static readonly DateOnly Day = new(2031, 9, 16);

    private static Article Story(string id, params string[] paragraphs) => TestArticles.Create(id, "Sluice failure on the Merrow canal", Day, paragraphs);

    private static IEnumerable<Conflict> Work(StoryComparison comparison) =>
        comparison.Conflicts.Where(c => c.About.StartsWith("who did the work", StringComparison.Ordinal));

    private static IEnumerable<Conflict> Scheduled(StoryComparison comparison) =>
        comparison.Conflicts.Where(c => c.About.StartsWith("whether \u201C", StringComparison.Ordinal));

    private static string Describe(StoryComparison comparison) => string.Join(" | ", comparison.Conflicts.Select(c => c.About));

    private static string Describe(StoryAnalysis analysis) =>
        string.Join(" | ", analysis.Entities.Select(e => $"{e.Name} ({e.Type}; {string.Join(", ", e.Aliases)})"));

    private static string? SpeakerOf(string quoteStart, params string[] paragraphs)
    {
        var analysis = TestArticles.AnalyzeOne(paragraphs);
        return Assert.Single(analysis.Quotes, q => q.Variants.Any(v => v.Text.StartsWith(quoteStart, StringComparison.Ordinal))).Speaker;
    }

    // ---------------------------------------------------------------- who did the work

    [Fact]
    public void engineers_from_the_owner_are_its_own_engineers()
    {
        // "workers from X" makes X a firm at work, though X is the trust whose own engineers the other retelling names.
        var comparison = StoryFixtures.CompareAnalyzed(
            Story("w1", "Engineers from the Merrow Canal Trust had been replacing the sluice motors at the Hensby pump house since May."),
            Story("w2", "The work was being carried out by the trust's own engineers, who had been replacing the sluice motors at the Hensby pump house."));

        Assert.True(!Work(comparison).Any(), Describe(comparison));
    }

    [Fact]
    public void the_owner_as_the_subject_of_the_work_is_no_outside_firm()
    {
        // Any named organisation that opens a clause with a past verb is now a firm at work, the owner included.
        var comparison = StoryFixtures.CompareAnalyzed(
            Story("w1", "The Merrow Canal Trust replaced the sluice motors at the Hensby pump house in May."),
            Story("w2", "The sluice motors at the Hensby pump house were replaced in May by the trust's own engineers."));

        Assert.True(!Work(comparison).Any(), Describe(comparison));
    }

    [Fact]
    public void a_firm_that_declined_to_comment_did_no_work()
    {
        // VerbAfter/WorkOf take any past form that is not a verb of saying as the work: "declined" is "decline".
        var comparison = StoryFixtures.CompareAnalyzed(
            Story("w1", "Orwin Hydraulics declined to comment on the sluice motors at the Hensby pump house."),
            Story("w2", "The sluice motors at the Hensby pump house were replaced in May by the trust's own engineers."));

        Assert.True(!Work(comparison).Any(), Describe(comparison));
    }

    // ---------------------------------------------------------------- decisions weighed, events still open

    [Fact]
    public void charges_considered_are_not_met_by_bail_granted()
    {
        // One "n:decision" slot for the whole story: any weighed noun phrase meets any decision verb.
        var comparison = StoryFixtures.CompareAnalyzed(
            Story("d1", "Police were considering charges against the driver of the Kelmouth ferry, a spokesman said."),
            Story("d2", "A judge granted bail to the driver of the Kelmouth ferry on Friday."));

        Assert.True(!Scheduled(comparison).Any(), Describe(comparison));
    }

    [Fact]
    public void considering_as_a_preposition_weighs_nothing()
    {
        var comparison = StoryFixtures.CompareAnalyzed(
            Story("d1", "Considering the storm damage, the Kelmouth ferry pier reopened quickly, the council said."),
            Story("d2", "The council approved repairs to the Kelmouth ferry pier on Monday."));

        Assert.True(!Scheduled(comparison).Any(), Describe(comparison));
    }

    [Fact]
    public void could_still_smell_is_a_perception_not_a_pending_event()
    {
        // "could still V" is read as an event still open, whatever the verb.
        var comparison = StoryFixtures.CompareAnalyzed(
            Story("s1", "Residents near the Harlow music hall said they could still smell smoke on Thursday morning."),
            Story("s2", "Residents near the Harlow music hall smelled smoke late on Wednesday night."));

        Assert.True(!Scheduled(comparison).Any(), Describe(comparison));
    }

    // ---------------------------------------------------------------- entities

    [Fact]
    public void a_police_force_is_not_the_short_form_of_its_museum()
    {
        // The first two words of a longer organisation's name are now its short form; only outlet heads are guarded.
        var analysis = TestArticles.AnalyzeOne(
            "Thieves broke into the Kelmar Police Museum on Sunday night.",
            "Kelmar Police said two men were seen leaving the building.");

        Assert.True(!analysis.Entities.Any(e => e.Name == "Kelmar Police Museum" && e.Aliases.Contains("Kelmar Police")), Describe(analysis));
    }

    [Fact]
    public void a_companys_shareholders_make_it_the_company_not_the_chairwoman()
    {
        // "Velta" with one organisation cue joins the person with that surname, and then stays with her.
        var analysis = TestArticles.AnalyzeOne(
            "Marta Velta, who chairs Velta Motors, opened the meeting in Harlow on Friday.",
            "Velta's shareholders approved the sale of the truck division by a large majority.");

        Assert.True(!analysis.Entities.Any(e => e.Name == "Marta Velta" && e.Aliases.Contains("Velta")), Describe(analysis));
    }

    [Fact]
    public void a_club_acronym_before_a_duration_is_a_name()
    {
        // IsCodeBeforeAmount: any two to four capitals before any number are taken for a currency code.
        var analysis = TestArticles.AnalyzeOne("Harlow Rovers sold the striker to AIK 18 months ago.");

        Assert.True(analysis.Entities.Any(e => e.Name == "AIK"), Describe(analysis));
    }

    [Fact]
    public void stock_indices_before_their_number_are_no_organisations()
    {
        // Review probe, kept with a changed expectation: an index is neither a person, an organisation nor a place.
        // Reading "FTSE 100" as an organisation cost MEANTIME 0.004 strict F1, whose gold leaves indices out.
        var analysis = TestArticles.AnalyzeOne("The FTSE 100 fell 2 percent on Monday, while the CAC 40 in Paris rose.");

        Assert.True(!analysis.Entities.Any(e => e.Type == EntityType.Organization && (e.Name.StartsWith("FTSE", StringComparison.Ordinal) || e.Name.StartsWith("CAC", StringComparison.Ordinal))), Describe(analysis));
    }

    [Fact]
    public void a_surname_that_is_a_role_word_stays_the_speakers()
    {
        // The title scan skips a capitalised word when a role head follows, so "Councillor Ana King" is all title and
        // no name. (Already wrong before: 5e2f91c gave "Ana"; b567f36 gives no speaker at all.)
        var speaker = SpeakerOf("We will rebuild the hall",
            "\u201CWe will rebuild the hall,\u201D said Councillor Ana King.");

        Assert.Equal("Ana King", speaker);
    }

    // ---------------------------------------------------------------- speakers

    [Fact]
    public void the_company_is_the_one_the_story_is_about_not_an_older_company_name()
    {
        // OnlyWithHead now runs before LastBefore: "the company" is any one organisation whose name ends in "Company".
        var speaker = SpeakerOf("Talks will resume",
            "Kelmar Freight bought the Harlow depot from the Harlow Bus Company in 2019.",
            "Drivers at Kelmar Freight walked out on Monday over pay.",
            "\u201CTalks will resume next week,\u201D the company said.");

        Assert.Equal("Kelmar Freight", speaker);
    }

    // ---------------------------------------------------------------- pins (pass)

    [Fact]
    public void could_still_collapse_against_collapsed_is_still_found()
    {
        var comparison = StoryFixtures.CompareAnalyzed(
            Story("s1", "Engineers warned that the bell tower of the Harlow music hall could still collapse onto the square."),
            Story("s2", "The bell tower of the Harlow music hall collapsed onto the square on Wednesday afternoon."));

        Assert.Single(Scheduled(comparison));
    }

    [Fact]
    public void a_firm_believer_is_no_company()
    {
        // "firm" heads no apposition here: the next word is no relative or participle.
        var analysis = TestArticles.AnalyzeOne(
            "Sandra Olsen, a firm believer in public transport, cycled to the Harlow council meeting.",
            "Olsen said she was happy with the new timetable.");

        Assert.Equal(EntityType.Person, TestArticles.EntityNamed(analysis, "Sandra Olsen").Type);
    }

    [Fact]
    public void a_firm_that_did_not_respond_did_no_work()
    {
        var comparison = StoryFixtures.CompareAnalyzed(
            Story("w1", "Orwin Hydraulics did not respond to questions about the sluice motors at the Hensby pump house."),
            Story("w2", "The sluice motors at the Hensby pump house were replaced in May by the trust's own engineers."));

        Assert.True(!Work(comparison).Any(), Describe(comparison));
    }
}
