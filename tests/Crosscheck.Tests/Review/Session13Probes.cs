using Crosscheck.Analysis;
using Crosscheck.Clustering;
using Crosscheck.Comparison;
using Crosscheck.Extraction;
using Crosscheck.Tests.Analysis;
using Crosscheck.Tests.Clustering;
using Crosscheck.Tests.Comparison;

namespace Crosscheck.Tests.Review;

/// <summary>
/// Review probes of 4e5eacf..c580a98: decisions left open against decision verbs, acts "not yet made", results awaited,
/// closures that remain, words inside names counted as shared, the re-merge after a lone cut, saints' possessives,
/// "Ministry of A and B", new organisation heads, station frequencies, "X Y NEWS" mastheads and breadcrumb crumbs.
/// Every name, place and figure is invented.
/// </summary>
public sealed class Session13Probes
{
    private static readonly DateOnly Saturday = new(2031, 6, 14);

    // ---------------------------------------------------------------- helpers

    private static StoryComparison Compare(params Article[] articles) => StoryFixtures.CompareAnalyzed(articles);

    private static Article Story(string id, params string[] paragraphs) => TestArticles.Create(id, "Storm over Pellby", Saturday, paragraphs);

    private static IEnumerable<Conflict> Scheduled(StoryComparison comparison) =>
        comparison.Conflicts.Where(c => c.About.StartsWith("whether \u201C", StringComparison.Ordinal));

    private static string Describe(StoryComparison comparison) =>
        comparison.Conflicts.Length == 0
            ? "(no conflicts)"
            : string.Join(" | ", comparison.Conflicts.Select(c => c.About + ": " + string.Join(" VS ", c.Versions.Select(v => v.Text))));

    private static StoryAnalysis Analyze(params string[] paragraphs) => TestArticles.AnalyzeOne(paragraphs);

    private static string Entities(StoryAnalysis analysis) => string.Join(" | ", analysis.Entities.Select(e => e.Name + " (" + e.Type + ")"));

    private static CleanPage Clean(string text) => new BoilerplateClassifier().Classify(ScrapedTextBlockReader.Read(text));

    // ---------------------------------------------------------------- 1. decisions left open against decision verbs

    [Fact]
    public void lightning_that_struck_the_show_decides_nothing_about_whether_it_goes_ahead()
    {
        // Risk: "strike" is a decision verb, and "expected to go ahead" is a decision left open with no object, so any
        // "struck <thing>" sharing two words ("Ashby show", "organisers") decides it: a physical blow read as a ruling.
        var comparison = Compare(
            Story("s1", "The Ashby flower show is expected to go ahead on Sunday, the organisers said."),
            Story("s2", "Lightning struck a marquee at the Ashby flower show on Saturday night, the organisers said."));

        Assert.False(Scheduled(comparison).Any(), Describe(comparison));
    }

    [Fact]
    public void a_gondola_suspended_above_a_gorge_is_no_decision_to_suspend_it()
    {
        // Risk: "suspended" after a noun and a comma is a done decision verb with an object ("high"), and "has not said
        // whether" is a decision left open; the gondola hanging over the gorge "decides" whether it runs again.
        var comparison = Compare(
            Story("g1", "The Kessel cable car operator has not said whether the Kessel gondola will carry skiers again this winter."),
            Story("g2", "Forty skiers spent three hours in the Kessel gondola, suspended high above the gorge, before the operator winched it in."));

        Assert.False(Scheduled(comparison).Any(), Describe(comparison));
    }

    [Fact]
    public void a_driver_who_has_not_said_what_he_saw_has_no_decision_pending()
    {
        // Risk: "has not said whether" is read as a decision left open whatever follows it; here it is a fact the driver
        // has not told, and the lorry ban on the same road (two shared words) is no answer to it.
        var comparison = Compare(
            Story("d1", "The lorry driver has not said whether he saw the warning signs on the quarry road, police said."),
            Story("d2", "Police imposed a lorry ban on the quarry road after the crash."));

        Assert.False(Scheduled(comparison).Any(), Describe(comparison));
    }

    [Fact]
    public void councillors_agreeing_on_a_fact_have_not_decided_the_rebuild_left_open()
    {
        // Risk: "agreed" was a decision verb only against a weighed object ("weighing emergency support"); a decision left
        // open now has no object, so "agreed the pier had been neglected" answers "will decide whether to rebuild the pier".
        var comparison = Compare(
            Story("p1", "Pellby council will meet on Thursday to decide whether to rebuild the Pellby pier."),
            Story("p2", "Pellby councillors agreed the pier had been neglected for a decade, but the council put off any vote."));

        Assert.False(Scheduled(comparison).Any(), Describe(comparison));
    }

    [Fact]
    public void one_decision_of_a_council_does_not_answer_another_left_open()
    {
        // Risk: any decision verb by the same body in a sentence sharing two words ("Pellby council", "harbour") settles
        // whatever was left open: postponing a parking vote is not deciding on the footbridge.
        var comparison = Compare(
            Story("f1", "Pellby council will meet on Thursday to decide whether to rebuild the harbour footbridge."),
            Story("f2", "Pellby council postponed its vote on harbour parking charges until the autumn."));

        Assert.False(Scheduled(comparison).Any(), Describe(comparison));
    }

    [Fact]
    public void a_decision_left_open_meets_the_same_decision_taken()
    {
        // Guard (intent): the open decision and its outcome, told of the same race.
        var comparison = Compare(
            Story("r1", "The Varrow rowing club will meet on Friday to decide whether the Varrow head race can go ahead."),
            Story("r2", "The Varrow rowing club cancelled the Varrow head race on Friday as the river flooded."));

        Assert.True(Scheduled(comparison).Count() == 1, Describe(comparison));
    }

    // ---------------------------------------------------------------- 1b. acts not yet made, results awaited

    [Fact]
    public void no_arrests_over_the_fire_are_not_met_by_an_old_arrest_of_the_owner()
    {
        // Risk: "No arrests have been made." names nothing besides the arrests, so it needs no word in common (WordsNeeded
        // gives 0): any "arrested" anywhere in the story, years before and of another matter, makes it stale.
        var comparison = Compare(
            Story("w1", "Fire crews spent the night at the Tolland grain warehouse.", "No arrests have been made."),
            Story("w2", "The fire gutted the Tolland grain warehouse.", "Its owner was arrested in 2029 over unpaid wages and later cleared."));

        Assert.False(Scheduled(comparison).Any(), Describe(comparison));
    }

    [Fact]
    public void no_complaints_about_the_blasts_are_not_met_by_the_owners_complaint_about_trespassers()
    {
        // Risk: "No complaints have been made." needs no shared word, and "made a complaint" is the act done: the quarry
        // owner's complaint about trespassers answers the residents' complaints not yet made.
        var comparison = Compare(
            Story("q1", "Residents of Ashby say blasting at the quarry has cracked their walls.", "No complaints have been made."),
            Story("q2", "The quarry's owner made a complaint to police about trespassers last spring."));

        Assert.False(Scheduled(comparison).Any(), Describe(comparison));
    }

    [Fact]
    public void no_charges_against_the_driver_are_met_by_the_driver_charged()
    {
        // Guard (intent): the same driver, charges not yet brought against charged.
        var comparison = Compare(
            Story("c3", "No charges have been brought against the tram driver."),
            Story("c4", "Police charged the tram driver with dangerous driving on Saturday."));

        Assert.True(Scheduled(comparison).Count() == 1, Describe(comparison));
    }

    [Fact]
    public void a_sentence_of_pronouns_that_will_resume_is_not_met_by_any_resumption()
    {
        // Risk: WordsNeeded applies to every pending sentence, not only "No arrests have been made": "They will resume on
        // Monday." (the ferry sailings of the sentence before) names nothing, so divers who resumed a search answer it.
        var comparison = Compare(
            Story("v1", "Ferry sailings to Orvik were halted after the collision.", "They will resume on Monday."),
            Story("v2", "Divers resumed the search for the missing deckhand at dawn on Sunday."));

        Assert.False(Scheduled(comparison).Any(), Describe(comparison));
    }

    [Fact]
    public void toxicology_results_awaited_are_not_in_when_the_driver_is_named()
    {
        // Risk: any "confirmed" sharing two words answers results awaited: the police confirming who the driver was says
        // nothing of his toxicology results.
        var comparison = Compare(
            Story("t1", "Investigators are awaiting toxicology results for the lorry driver, police said."),
            Story("t2", "Police confirmed the lorry driver was Tobin Marsh, 54, from Ashby."));

        Assert.False(Scheduled(comparison).Any(), Describe(comparison));
    }

    // ---------------------------------------------------------------- 1c. closures, and words inside names

    [Fact]
    public void a_viaduct_that_remains_closed_is_not_the_road_under_it_reopened()
    {
        // Risk: "remains closed" is ended by any "reopened" in a sentence sharing two words: the road under the viaduct
        // reopened, the viaduct itself is still closed to trains.
        var comparison = Compare(
            Story("x1", "The Ashby viaduct remains closed to trains while engineers inspect its piers."),
            Story("x2", "The road under the Ashby viaduct reopened on Tuesday once engineers had cleared the fallen stone."));

        Assert.False(Scheduled(comparison).Any(), Describe(comparison));
    }

    [Fact(Skip = "Found in review; it fails at 4e5eacf as well: 'remains closed' was read as the closing done before the state phrase existed, and the new fall-through keeps it so. Kept to show the next fix.")]
    public void a_road_that_remains_closed_has_not_done_the_closing_planned_for_the_regatta()
    {
        // Risk: after a state phrase, any past form goes on to be read as done ("has been closed" was meant), so "remains
        // closed" after a landslip is the closing done that "will be closed on Saturday for the regatta" expected.
        var comparison = Compare(
            Story("h1", "The harbour road will be closed on Saturday for the Pellby regatta."),
            Story("h2", "The harbour road remains closed after Friday's landslip, and council crews are clearing the mud."));

        Assert.False(Scheduled(comparison).Any(), Describe(comparison));
    }

    [Fact]
    public void a_lane_that_stays_shut_meets_the_lane_reopened()
    {
        // Guard (intent): the same lane, shut in one retelling and reopened in the other.
        var comparison = Compare(
            Story("l1", "Kessel Lane stays shut while the fallen oak is cut up by council crews."),
            Story("l2", "Kessel Lane reopened on Sunday after council crews cut up the fallen oak."));

        Assert.True(Scheduled(comparison).Count() == 1, Describe(comparison));
    }

    [Fact]
    public void a_word_inside_a_street_name_is_not_the_thing_the_word_names()
    {
        // Risk: SharedContentWithNameWords counts "bridge" as shared with "Bridge Street": the council confirming the
        // closure of a street is no answer to whether it has confirmed the bridge will reopen.
        var comparison = Compare(
            Story("b1", "The council has yet to confirm that the bridge will reopen before winter."),
            Story("b2", "The council confirmed that Bridge Street will stay closed to lorries until March."));

        Assert.False(Scheduled(comparison).Any(), Describe(comparison));
    }

    // ---------------------------------------------------------------- 2. re-merge after a lone cut

    private static readonly ClusterDocument CouncilFerryVote = new("vote", "Varrow council backs new ferry for Skerrin crossing", """
        Varrow town council voted on Tuesday to borrow four million crowns for a new ferry on the Skerrin crossing, replacing the Varrow Star, whose steering and engines ferry master Ilse Rantanen called worn out.
        Rantanen told councillors the Varrow Star had lost steering twice in fog last winter near the Skerrin reef, and that spare parts had to be made by hand in the Varrow boatyard.
        Councillor Jonas Vikre voted against, saying the money should go on the crumbling slipway at Skerrin harbour first, where passengers board in all weathers.
        Bids from shipyards will be sought over the summer.
        """, new DateOnly(2031, 6, 1));

    private static readonly ClusterDocument KayakRescue = new("kayak", "Varrow Star crew pull kayakers from Skerrin Sound", """
        The crew of the Varrow Star ferry pulled two kayakers from the water off the Skerrin reef on Thursday after their boats overturned in fog and a squall, ferry master Ilse Rantanen said.
        The kayakers were wrapped in blankets among the passengers in the saloon, and a lifeboat crew took them to Skerrin harbour, where paramedics checked them.
        Rantanen said her deckhands had spotted an upturned hull near the rocks while the ferry was half way across the Skerrin crossing, and dropped anchor to launch a boat.
        """, new DateOnly(2031, 6, 5));

    private static readonly ClusterDocument AgroundA = new("aground-a", "Varrow Star ferry runs aground on Skerrin rocks", """
        The Varrow Star ferry ran aground on rocks off Skerrin early on Tuesday with 41 passengers on board, tearing a hole in its hull below the car deck.
        Ferry master Ilse Rantanen said the vessel lost steering in fog moments before it struck the reef, and the crew dropped anchor to keep it from drifting.
        A lifeboat and two fishing boats took the passengers off within two hours; nobody was hurt.
        """, new DateOnly(2031, 6, 10));

    private static readonly ClusterDocument AgroundB = new("aground-b", "Passengers taken off stranded Varrow ferry", """
        All 41 passengers were taken safely off the Varrow Star after the ferry grounded on the Skerrin reef in thick fog on Tuesday morning.
        Ilse Rantanen, the ferry master, said steering failed just before the hull hit the rocks, and a lifeboat crew ferried people to Skerrin harbour.
        Divers will survey the damaged hull once the tide falls.
        """, new DateOnly(2031, 6, 10));

    private static readonly ClusterDocument AgroundC = new("aground-c", "Skerrin crossing halted after ferry hits reef", """
        The Skerrin crossing was halted on Tuesday after the Varrow Star struck a reef in fog and was holed below the car deck, its master Ilse Rantanen said.
        The 41 passengers were brought ashore by a lifeboat and fishing boats. The crew stayed aboard at anchor while divers checked the hull.
        """, new DateOnly(2031, 6, 11));

    [Fact]
    public void a_report_cut_out_alone_stays_out_when_the_story_is_cut_again()
    {
        // Risk: a lone cut's refusal is kept with the story's cut count (Story.Cuts); a second lone cut (the kayak rescue,
        // days before the grounding) bumps the count, the first refusal lapses, and MergeConverged on the rest may take back
        // the council vote it had cut out. With a cut threshold that reaches both (as LoneReportCutTests does), the vote
        // is cut at the fourth document and the kayak rescue at the fifth; the vote must stay out.
        var options = new StoryClustererOptions { SplitThreshold = 0.5 };

        Assert.Equal(["aground-a,aground-b,aground-c", "kayak", "vote"],
            OnlineStoryClustererTests.Cluster([CouncilFerryVote, KayakRescue, AgroundA, AgroundB, AgroundC], options));
    }

    // ---------------------------------------------------------------- 3. entities

    [Fact]
    public void a_ministry_of_one_field_and_a_council_are_two_bodies()
    {
        // Risk: "and" after "Ministry of Transport" goes on to any capitalised word the gazetteer does not know; an invented
        // (or simply unknown) council is swallowed: "Ministry of Transport and Tolland Council".
        var analysis = Analyze("The Ministry of Transport and Tolland Council agreed on Monday to share the cost of the new bridge.");

        Assert.False(analysis.Entities.Any(e => e.Name.Contains("Transport and Tolland", StringComparison.Ordinal)), Entities(analysis));
        Assert.True(analysis.Entities.Any(e => e.Name == "Tolland Council"), Entities(analysis));
    }

    [Fact]
    public void a_ministry_of_one_field_and_a_person_are_two_names()
    {
        // Risk: as above, with a person after "and": "the Department of Fisheries and Orla Brannock".
        var analysis = Analyze("Talks between the Department of Fisheries and Orla Brannock, who leads the Pellby trawler owners, broke up on Friday.");

        Assert.False(analysis.Entities.Any(e => e.Name.Contains("Fisheries and Orla", StringComparison.Ordinal)), Entities(analysis));
        Assert.True(analysis.Entities.Any(e => e.Name == "Orla Brannock" && e.Type == EntityType.Person), Entities(analysis));
    }

    [Fact(Skip = "Found in review; it fails at 4e5eacf as well: the tokenizer parts 'St' from its full stop, so IsSaint's \"St.\" never matches and the stop ends the name. Kept to show the next fix.")]
    public void a_saints_hospital_written_with_a_full_stop_is_one_name()
    {
        // Guard (intent): "St." is a saint as "St" is.
        var analysis = Analyze("Three climbers were taken to St. Ebbren's Hospital in Kessel on Sunday.");

        Assert.True(analysis.Entities.Any(e => e.Name.EndsWith("Ebbren's Hospital", StringComparison.Ordinal)), Entities(analysis));
    }

    [Fact]
    public void a_saints_hospital_spelt_out_is_one_name()
    {
        // Guard (intent): "Saint" as "St".
        var analysis = Analyze("Three climbers were taken to Saint Ebbren's Hospital in Kessel on Sunday.");

        Assert.True(analysis.Entities.Any(e => e.Name == "Saint Ebbren's Hospital"), Entities(analysis));
    }

    [Fact]
    public void a_sentence_opening_common_noun_is_no_organisation()
    {
        // Risk: "rescue" and "collective" now head organisation names, and a sentence's first word is capitalised.
        var analysis = Analyze(
            "Rescue teams reached the stranded walkers near Kessel at dawn on Sunday.",
            "Collective bargaining at the Pellby quarry will resume on Monday, the union said.");

        Assert.False(analysis.Entities.Any(e => e.Name is "Rescue" or "Collective" && e.Type == EntityType.Organization), Entities(analysis));
    }

    // ---------------------------------------------------------------- 4. outlets

    /// <summary>A flood story under <paramref name="masthead"/> whose prose is <paramref name="prose"/>.</summary>
    private static CleanPage PageUnder(string masthead, string prose) => Clean($$"""
        {{masthead}}

        Farmers count the cost as river bursts its banks

        {{prose}}
        """);

    [Fact]
    public void a_valley_named_twice_in_the_prose_does_not_cut_news_from_the_valley_paper()
    {
        // Risk: WithoutSectionWord drops "News" from any masthead "X Y NEWS" when the prose names "X Y" twice after a word
        // in lower case: local papers are named after their valley, and the prose names the valley.
        var page = PageUnder("PELLBY VALLEY NEWS", """
            Floodwater covered farmland across the Pellby Valley on Wednesday after two days of rain, and the river reached its highest level since 2019.

            Farmers in the Pellby Valley said they had moved sheep to higher ground overnight, while the council handed out sandbags at the Ashby depot.

            The Environment Agency said the river would stay high until Friday.
            """);

        Assert.Equal("Pellby Valley News", page.Outlet);
    }

    [Fact]
    public void a_breadcrumb_starting_at_world_is_no_outlet()
    {
        // Risk: a breadcrumb's first crumb is the site when the prose prints it after a word in lower case: "the World
        // Rowing Championships" makes "World" the outlet.
        var page = PageUnder("World > Europe > Rivers", """
            Floodwater covered the rowing lake at Pellby on Wednesday, two weeks before the World Rowing Championships were due to open there.

            Organisers said the course would be pumped dry in time, and that the grandstands had not been damaged.

            The river is expected to stay high until Friday, the council said.
            """);

        Assert.NotEqual("World", page.Outlet);
    }

    [Fact]
    public void a_breadcrumb_starting_at_home_is_no_outlet_beside_home_farm()
    {
        // Risk: as above: "Home" after "at" in "at Home Farm" names the first crumb mid-sentence.
        var page = PageUnder("Home > News > Local", """
            Floodwater reached the farmhouse at Home Farm near Pellby on Wednesday, and its owners were taken out by boat.

            Farmers across the valley said they had moved sheep to higher ground overnight, while the council handed out sandbags.

            The river is expected to stay high until Friday, the council said.
            """);

        Assert.NotEqual("Home", page.Outlet);
    }

    [Fact]
    public void a_station_named_by_its_town_and_frequency_is_not_the_town()
    {
        // Risk: stripping the frequency from "PELLBY 96.4" leaves the town's name, which the prose names everywhere.
        var page = PageUnder("PELLBY 96.4 - the sound of the valley", """
            Floodwater covered farmland around Pellby on Wednesday after two days of rain, and the river reached its highest level since 2019.

            Farmers near Pellby said they had moved sheep to higher ground overnight, a sheep farmer told Pellby 96.4 at the market.

            The river is expected to stay high until Friday, the council said.
            """);

        Assert.NotEqual("Pellby", page.Outlet);
    }

    [Fact]
    public void a_stations_frequency_with_fm_after_it_is_no_part_of_its_name()
    {
        // Guard (intent): "KESSEL RADIO 104.9 FM" is Kessel Radio.
        var page = PageUnder("KESSEL RADIO 104.9 FM", """
            Floodwater covered farmland around Pellby on Wednesday after two days of rain, a farmer told Kessel Radio.

            Farmers near Pellby told Kessel Radio they had moved sheep to higher ground overnight.

            The river is expected to stay high until Friday, the council said.
            """);

        Assert.Equal("Kessel Radio", page.Outlet);
    }
}
