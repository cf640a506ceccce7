using Crosscheck.Analysis;
using Crosscheck.Comparison;
using Crosscheck.Extraction;
using Crosscheck.Tests.Analysis;
using Crosscheck.Tests.Comparison;

namespace Crosscheck.Tests.Review;

/// <summary>
/// Review probes of 2ca5b8e..08652c8: decisions left open and the topic a decision taken must share (SubjectBefore,
/// DecidedAfter, DecisionTargetAfter, ObjectWordsNeeded), closures and reopenings told of one subject head (SubjectHead),
/// the source a sentence is told on (IsToldOn), ordinals meeting only ordinals (IsOrdinalSuffix), "Ministry of A and B",
/// and "X Y NEWS" mastheads (WithoutSectionWord, NamedInProse). Every name, place and figure is invented.
/// </summary>
public sealed class Session13LateProbes
{
    private static readonly DateOnly Saturday = new(2031, 6, 14);

    // ---------------------------------------------------------------- helpers

    private static StoryComparison Compare(params Article[] articles) => StoryFixtures.CompareAnalyzed(articles);

    private static Article Story(string id, params string[] paragraphs) => TestArticles.Create(id, "Storm over Pellby", Saturday, paragraphs);

    /// <summary>An article under an outlet of its own, as party conflicts need.</summary>
    private static Article Outlet(string id, string outlet, params string[] paragraphs) => StoryFixtures.Article(id, outlet, "Storm over Pellby", paragraphs);

    private static IEnumerable<Conflict> Scheduled(StoryComparison comparison) =>
        comparison.Conflicts.Where(c => c.About.StartsWith("whether \u201C", StringComparison.Ordinal));

    private static IEnumerable<Conflict> Parties(StoryComparison comparison) =>
        comparison.Conflicts.Where(c => c.About.StartsWith("which ", StringComparison.Ordinal));

    private static string Describe(StoryComparison comparison) =>
        comparison.Conflicts.Length == 0
            ? "(no conflicts)"
            : string.Join(" | ", comparison.Conflicts.Select(c => c.About + ": " + string.Join(" VS ", c.Versions.Select(v => v.Text))));

    private static StoryAnalysis Analyze(params string[] paragraphs) => TestArticles.AnalyzeOne(paragraphs);

    private static string Entities(StoryAnalysis analysis) => string.Join(" | ", analysis.Entities.Select(e => e.Name + " (" + e.Type + ")"));

    private static CleanPage Clean(string text) => new BoilerplateClassifier().Classify(ScrapedTextBlockReader.Read(text));

    // ---------------------------------------------------------------- 1. closures and reopenings (SubjectHead)

    [Fact]
    public void a_lane_reopened_by_council_crews_meets_the_lane_that_stays_shut()
    {
        // Risk: SubjectHead reads the word before the verb, so an active reopening gives its agent ("crews"), not the thing
        // reopened ("lane"); the closure and its reopening, told of one lane, no longer meet.
        var comparison = Compare(
            Story("a1", "Kessel Lane stays shut while the fallen oak is cut up by council crews."),
            Story("a2", "Council crews reopened Kessel Lane on Sunday after cutting up the fallen oak."));

        Assert.True(Scheduled(comparison).Count() == 1, Describe(comparison));
    }

    [Fact]
    public void a_closure_told_after_a_subordinate_clause_meets_its_reopening()
    {
        // Risk: SubjectHead cuts at the first preposition of the whole sentence, not of the subject: "While crews clear the
        // fallen oak from the road, Kessel Lane stays shut" gives "oak".
        var comparison = Compare(
            Story("a1", "While crews clear the fallen oak from the road, Kessel Lane stays shut."),
            Story("a2", "Kessel Lane reopened on Sunday after council crews cleared the fallen oak."));

        Assert.True(Scheduled(comparison).Count() == 1, Describe(comparison));
    }

    [Fact]
    public void a_closure_told_by_the_mayor_of_a_town_meets_its_reopening()
    {
        // Risk: as above, with a name that holds "of" before the clause: "The Mayor of Kessel said Quarry Lane remains
        // closed" gives "mayor".
        var comparison = Compare(
            Story("a1", "The Mayor of Kessel said Quarry Lane remains closed while council crews clear the fallen oak."),
            Story("a2", "Quarry Lane reopened on Sunday after council crews cleared the fallen oak, the mayor said."));

        Assert.True(Scheduled(comparison).Count() == 1, Describe(comparison));
    }

    // ---------------------------------------------------------------- 2. decisions left open and taken (topic words)

    [Fact]
    public void a_regatta_named_with_a_possessive_meets_its_cancellation()
    {
        // Risk: SubjectBefore strips the possessive ("pellby"), ObjectAfter keeps it ("pellby's"), so the open topic and
        // the decision taken share only "regatta", one word short of the two needed.
        var comparison = Compare(
            Story("g1", "Pellby's regatta is expected to go ahead on Saturday despite the high river, organisers said."),
            Story("g2", "Organisers cancelled Pellby's regatta on Friday as the river kept rising."));

        Assert.True(Scheduled(comparison).Count() == 1, Describe(comparison));
    }

    [Fact]
    public void the_opening_of_a_footbridge_expected_to_go_ahead_meets_its_postponement()
    {
        // Risk: DecisionTargetAfter stops the object at "of" ("postponed the opening of the Pellby footbridge" gives only
        // "opening"), while the subject of "go ahead" is read back from the marker to "of" ("footbridge", "pellby").
        var comparison = Compare(
            Story("g1", "The opening of the Pellby footbridge is expected to go ahead on Friday, the council said."),
            Story("g2", "The council postponed the opening of the Pellby footbridge after cracks were found in its deck."));

        Assert.True(Scheduled(comparison).Count() == 1, Describe(comparison));
    }

    [Fact]
    public void a_decision_whether_or_not_to_suspend_meets_the_suspension()
    {
        // Risk: DecidedAfter takes "or" as the word after "whether"; it is not "to", and no modal follows, so the decision
        // left open has no topic and is dropped.
        var comparison = Compare(
            Story("w1", "The Orvik harbour board will meet on Friday to decide whether or not to suspend the Orvik ferry."),
            Story("w2", "The Orvik harbour board suspended the Orvik ferry on Friday until its steering is repaired."));

        Assert.True(Scheduled(comparison).Count() == 1, Describe(comparison));
    }

    [Fact]
    public void a_decision_whether_the_ferry_can_sail_meets_the_ferry_suspended()
    {
        // Risk: a topic of two words or more needs two shared object words; a decision taken on "the ferry" (one word, plus
        // "friday" read as what it is laid on) shares only "ferry" with "orvik, ferry, keep, sailing".
        var comparison = Compare(
            Story("w1", "The Orvik harbour board will meet on Friday to decide whether the Orvik ferry can keep sailing."),
            Story("w2", "The Orvik harbour board suspended the ferry on Friday until its steering is repaired."));

        Assert.True(Scheduled(comparison).Count() == 1, Describe(comparison));
    }

    // ---------------------------------------------------------------- 3. the source a sentence is told on (IsToldOn)

    [Fact]
    public void a_council_that_told_a_firm_to_halt_is_a_party_not_a_source()
    {
        // Risk: any name followed by "told" is read as the source; here "told" means "ordered", and which council gave the
        // order is what the retellings disagree on.
        var comparison = Compare(
            Outlet("t1", "Outlet 1", "Ashby Council told the quarry operator to halt blasting at Kessel Top on Monday after walls cracked in the village."),
            Outlet("t2", "Outlet 2", "Tolland Council told the quarry operator to halt blasting at Kessel Top on Monday after walls cracked in the village."));

        Assert.True(Parties(comparison).Count() == 1, Describe(comparison));
    }

    [Fact]
    public void a_firm_named_right_after_said_is_a_party_not_a_source()
    {
        // Risk: any name right after " said" is read as the source ("said the fire service"); in "the board said Kessel
        // Construction would rebuild the pier" it is the subject of what is told.
        var comparison = Compare(
            Outlet("t1", "Outlet 1", "The harbour board said Kessel Construction would rebuild the Orvik pier by the end of next year."),
            Outlet("t2", "Outlet 2", "The harbour board said Varrow Builders would rebuild the Orvik pier by the end of next year."));

        Assert.True(Parties(comparison).Count() == 1, Describe(comparison));
    }

    [Fact(Skip = "Found in review; it fails at 2ca5b8e as well: IsToldOn knows 'according to X' and 'according to the X', not 'according to a spokesman for X', so the rescue team stays a party against the hospital. Kept to show the next fix.")]
    public void a_spokesman_for_a_rescue_team_is_a_source_not_a_party()
    {
        // Guard (intent): the source, told through its spokesman, is no party to what it tells.
        var comparison = Compare(
            Outlet("t1", "Outlet 1", "Two climbers were airlifted from the Kessel ridge on Sunday, according to a spokesman for Pellby Mountain Rescue."),
            Outlet("t2", "Outlet 2", "Two climbers were airlifted from the Kessel ridge on Sunday to Orvik General Hospital."));

        Assert.False(Parties(comparison).Any(), Describe(comparison));
    }

    // ---------------------------------------------------------------- 4. ordinals (IsOrdinalSuffix)

    [Fact]
    public void a_150th_year_meets_120_years()
    {
        // Risk: an ordinal now meets only an ordinal, also where it counts the same thing as a plain count: the station's
        // 150th year and its 120 years are two ages told of one station.
        var comparison = Compare(
            Story("o1", "The Kessel lifeboat station marked its 150th year on Sunday with a parade through the harbour."),
            Story("o2", "The Kessel lifeboat station marked 120 years on Sunday with a parade through the harbour."));

        Assert.True(comparison.Conflicts.Length == 1, Describe(comparison));
    }

    [Fact(Skip = "Found in review; it fails at 2ca5b8e as well: 'floor 12', a number after its noun, and 'the 14th floor' are not read as one slot; at HEAD IsOrdinalSuffix, which reads only the word after a number, refuses them as well. Kept to show the next fix.")]
    public void a_floor_told_by_its_number_meets_a_floor_told_by_its_ordinal()
    {
        // Guard (intent): floor 12 and the 14th floor are two places for one fire.
        var comparison = Compare(
            Story("o1", "The fire broke out on floor 12 of Marlow Court shortly after midnight."),
            Story("o2", "The fire broke out on the 14th floor of Marlow Court shortly after midnight."));

        Assert.True(comparison.Conflicts.Length == 1, Describe(comparison));
    }

    // ---------------------------------------------------------------- 5. entities

    [Fact]
    public void a_department_of_two_fields_is_one_name()
    {
        // Risk: "and" now goes on only to one field word that ends the name; a second field of two words ("Coastal Affairs")
        // is cut off, and read as a person.
        var analysis = Analyze("The Department of Fisheries and Coastal Affairs said on Monday it would close the Pellby cod grounds.");

        Assert.True(analysis.Entities.Any(e => e.Name == "Department of Fisheries and Coastal Affairs"), Entities(analysis));
    }

    // ---------------------------------------------------------------- 6. outlets

    /// <summary>A flood story under <paramref name="masthead"/> whose prose is <paramref name="prose"/>.</summary>
    private static CleanPage PageUnder(string masthead, string prose) => Clean($$"""
        {{masthead}}

        Farmers count the cost as river bursts its banks

        {{prose}}
        """);

    [Fact]
    public void a_television_station_drops_news_as_a_radio_station_does()
    {
        // Risk: WithoutSectionWord now needs a masthead noun in the shorter name; "Television" is none (only "tv" is), so
        // "Orvik Television", named twice in the prose, keeps the section word.
        var page = PageUnder("ORVIK TELEVISION NEWS", """
            Floodwater covered farmland around Pellby on Wednesday after two days of rain, a farmer told Orvik Television.

            Farmers near Pellby told Orvik Television they had moved sheep to higher ground overnight.

            The river is expected to stay high until Friday, the council said.
            """);

        Assert.Equal("Orvik Television", page.Outlet);
    }

    [Fact]
    public void a_tv_station_named_before_a_capitalised_word_is_still_named()
    {
        // Risk: NamedInProse refuses a name followed by any capitalised word ("told Orvik TV Pellby had not flooded"), so
        // reported speech without "that" no longer counts, and "Orvik TV News" keeps its section word.
        var page = PageUnder("ORVIK TV NEWS", """
            Floodwater covered farmland around Pellby on Wednesday after two days of rain, a farmer told Orvik TV on Tuesday.

            Farmers near Pellby told Orvik TV Pellby had not flooded so badly since 2019.

            The river is expected to stay high until Friday, the council said.
            """);

        Assert.Equal("Orvik TV", page.Outlet);
    }
}
