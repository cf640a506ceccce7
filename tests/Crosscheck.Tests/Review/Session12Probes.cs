using Crosscheck.Analysis;
using Crosscheck.Clustering;
using Crosscheck.Comparison;
using Crosscheck.Extraction;
using Crosscheck.Sources;
using Crosscheck.Tests.Clustering;
using Crosscheck.Tests.Comparison;

namespace Crosscheck.Tests.Review;

/// <summary>
/// Review probes of 5e27728..536f329: plain amounts of a story's currency, close counts of one thing retold, times of day
/// of one scene, the compound's measured thing, the h1 over the title tag, the signed line of a text page, name joiners in
/// a title's site part, and the early lone cut. Every name, place and figure is invented.
/// </summary>
public sealed class Session12Probes
{
    // ---------------------------------------------------------------- helpers

    private static StoryComparison Values(params string[][] bodies) =>
        new StoryComparer().Compare(bodies.Select((b, i) => StoryFixtures.Article("v" + (i + 1), "Outlet " + (i + 1), "t", b)).ToList(), StoryAnalysis.Empty);

    private static string Describe(StoryComparison comparison) =>
        comparison.Conflicts.Length == 0
            ? "(no conflicts)"
            : string.Join(" | ", comparison.Conflicts.Select(c => c.About + ": " + string.Join(" VS ", c.Versions.Select(v => v.Text))));

    private static bool Shows(Conflict conflict, string a, string b) =>
        conflict.Versions.Any(v => v.Text.Contains(a, StringComparison.Ordinal)) && conflict.Versions.Any(v => v.Text.Contains(b, StringComparison.Ordinal));

    private static bool AnyShows(StoryComparison comparison, string a, string b) => comparison.Conflicts.Any(c => Shows(c, a, b));

    private static Article ExtractHtml(string html) =>
        new ArticleExtractor().Extract(new SourceDocument("probe.html", html, SourceFormat.Html)).Article!;

    private static CleanPage CleanText(string text) => new BoilerplateClassifier().Classify(ScrapedTextBlockReader.Read(text));

    private const string StoryProse =
        "<p>Night buses will run again between Ashby and the valley towns from Friday, after a two-year gap caused by a shortage of drivers at the Tolland depot.</p>" +
        "<p>The operator said it had hired eleven drivers since January and would add more routes if passenger numbers held up over the summer months.</p>" +
        "<p>Councillors in Ashby had asked for the service back since the last bus ran in the spring of 2029.</p>";

    // ---------------------------------------------------------------- 1. plain amounts of one currency

    [Fact]
    public void an_adult_ticket_and_a_child_ticket_are_two_prices()
    {
        // Risk: plain amounts of one currency within a factor of two now fill one slot as surely as amounts in millions
        // (slot 2, no similarity needed beyond the floor), so two prices of two kinds of ticket become one price told two ways.
        var comparison = Values(
            ["Adult tickets for the Pellby regatta cost €40 and went on sale on Monday, the organisers said."],
            ["Tickets for children under twelve cost €25, the regatta organisers said on Monday."]);

        Assert.False(AnyShows(comparison, "€40", "€25"), Describe(comparison));
    }

    [Fact(Skip = "Found in review; it fails at 5e27728 as well: a fine and a payout of one currency within a factor of two already met through the words around them. Kept to show the next fix.")]
    public void a_fine_and_a_payout_of_one_currency_are_two_amounts()
    {
        // Risk: the same rule makes the regulator's fine and the operator's payout to each family one amount (€3,000 against €2,000).
        var comparison = Values(
            ["The harbour board fined the Orvik ferry operator €3,000 over the cancelled sailings, the board said on Tuesday."],
            ["The Orvik ferry operator will pay each stranded family €2,000 over the cancelled sailings, the board said on Tuesday."]);

        Assert.False(AnyShows(comparison, "€3,000", "€2,000"), Describe(comparison));
    }

    [Fact]
    public void a_road_number_is_no_currency_of_the_boats_counted_beside_it()
    {
        // Risk: codes are now learnt from plain amounts too, and a one-letter code "abbreviates" any plural starting with its
        // letter: "the B 40" stands for "boats" ("30 boats"), and the road number meets the count of boats as an amount.
        var comparison = Values(
            ["Police closed the B 40 to Pellby harbour on Sunday while boats searched the bay for the missing crew of the Marren Lass."],
            ["Some 30 boats searched the bay off Pellby harbour on Sunday for the missing crew of the Marren Lass."]);

        Assert.False(AnyShows(comparison, "B 40", "30 boats"), Describe(comparison));
    }

    [Fact]
    public void a_code_and_a_currency_word_still_meet_as_one_refund()
    {
        // Guard (intent of rule 1): "KVR 300" and "240 kavrels" are one refund in one currency, told two ways.
        var comparison = Values(
            ["Each stranded traveller will be refunded KVR 300 by the Tolland rail operator, the regulator said on Friday."],
            ["The Tolland rail operator is refunding every stranded traveller 240 kavrels, the regulator said on Friday."]);

        Assert.True(AnyShows(comparison, "KVR 300", "240 kavrels"), Describe(comparison));
    }

    // ---------------------------------------------------------------- 2. close counts of one thing retold

    [Fact]
    public void a_schools_roll_is_not_the_pupils_who_sat_the_paper()
    {
        // Risk: CloseCountsOfOneThing pairs any two counts of one thing within 25% when each is its article's only count near
        // its size; a roll with no verb ("a school with 300 pupils") has no predicate, so the predicate guard never fires.
        var comparison = Values(
            ["Tarnwick Academy, a school with 300 pupils, cancelled its maths exam on Tuesday after the paper was leaked online.",
             "Across the county, some 9,000 pupils were due to take the same paper this week."],
            ["The exam board said the leaked paper had been shared in a group chat the night before 260 pupils sat down in the hall.",
             "Boards elsewhere said 20 pupils had been caught with copies last year."]);

        Assert.False(AnyShows(comparison, "300 pupils", "260 pupils"), Describe(comparison));
    }

    [Fact]
    public void the_children_on_board_are_not_the_children_who_walked_away()
    {
        // Risk: "with 48 pupils on board" gives no predicate, so 40 who walked away with cuts (a sub-count) meets the load.
        var comparison = Values(
            ["The coach, with 48 pupils on board, left the road near Orvik on Thursday morning and rolled onto its side in a field.",
             "Greyhill School has about 900 pupils."],
            ["Paramedics said 40 pupils walked away from the overturned coach near Orvik with cuts and bruises.",
             "A second coach, carrying 12 teachers, was behind it."]);

        Assert.False(AnyShows(comparison, "48 pupils", "40 pupils"), Describe(comparison));
    }

    [Fact(Skip = "Found in review; it fails at 5e27728 as well: one predicate ('drew') joins this year's count and last year's, with no test of the year. Kept to show the next fix.")]
    public void close_counts_told_for_two_years_are_two_counts()
    {
        // Risk: "each its article's only count near its size" ignores that one count is this year's and the other last year's.
        var comparison = Values(
            ["The Pellby half marathon drew 1,150 runners on Sunday, the organisers said, and 20 runners were treated for heat."],
            ["Last year's Pellby half marathon drew 1,000 runners, and only 3 runners needed help from medics."]);

        Assert.False(AnyShows(comparison, "1,150 runners", "1,000 runners"), Describe(comparison));
    }

    [Fact(Skip = "Found in review of the review fixes: after them, a retold count needs the same thing befalling both counts, or nothing on both (probes 5 and 6); 'its 60 passengers' tells nothing and 'carrying 52 passengers' tells carrying. Kept to show the recall given up.")]
    public void the_passengers_retold_with_their_flight_still_meet()
    {
        // Guard (intent of rule 2): one plane's load retold in unlike sentences, beside far counts of passengers.
        var comparison = Values(
            ["A Skerra Air turboprop carrying 52 passengers came down on a frozen lake near Vallin on Monday.",
             "Two passengers were treated for the cold."],
            ["The pilot brought the plane and its 60 passengers down on the ice with both engines stopped, a witness said.",
             "The route carries about 700 passengers a week in winter."]);

        Assert.True(AnyShows(comparison, "52 passengers", "60 passengers"), Describe(comparison));
    }

    // ---------------------------------------------------------------- 6. times of day of one scene

    [Fact]
    public void the_outbreak_and_the_control_of_one_fire_are_two_moments()
    {
        // Risk: two times within three hours, in sentences sharing four content words, are taken for one moment, whatever
        // the verbs: the fire breaking out at 2am and being brought under control by 4.30am.
        var comparison = Values(
            ["The fire broke out in the roof of the grain store at about 2am, according to a neighbour who woke to the sound of breaking glass and rang the brigade from her landing.",
             "The owner arrived at 11am to find the roof gone."],
            ["It took crews from Tolland and Ashby until 4.30am to bring the fire in the grain store roof under control, working from two turntable ladders while the wind turned.",
             "The council said the lane would reopen at 6pm."]);

        Assert.False(AnyShows(comparison, "2am", "4.30am"), Describe(comparison));
    }

    [Fact]
    public void the_call_to_police_and_the_closing_of_the_road_are_two_moments()
    {
        // Risk: as above: a crash reported at 6.40am and the road closed at 8am, in sentences retelling the same crash.
        var comparison = Values(
            ["Police were called at 6.40am, after a lorry hit a stalled van on the quarry road in thick fog, a witness told the Courier.",
             "The lorry driver was released from hospital at 7pm."],
            ["Officers shut the road in both directions at 8am because the lorry and the stalled van were blocking it, and sent traffic through Ashby instead.",
             "It reopened at 10pm."]);

        Assert.False(AnyShows(comparison, "6.40am", "8am"), Describe(comparison));
    }

    // ---------------------------------------------------------------- 7. the thing a compound measures

    [Fact(Skip = "Found in review; it fails at 5e27728 as well: the sole length measures already met through the shared words beside them. Kept to show the next fix.")]
    public void how_far_a_crane_swung_is_not_how_tall_it_was()
    {
        // Risk: NamesMeasuredThing only asks that the compound's head ("crane") be within three words before the other measure:
        // "the crane swung 30 metres" measures the swing, not the 48-metre crane.
        var comparison = Values(
            ["Investigators are examining the slewing ring of a 48-metre Halvard tower crane that collapsed on Sunday at the Dunmere depot, killing two workers.",
             "The crane had been put up in March for the new depot building, the site's owner said.", "A crane of the same make was taken down at Kessel last year."],
            ["Witnesses said the crane swung 30 metres to one side before it collapsed.", "Two workers died under the crane, the fire brigade said.",
             "The depot's owner said every crane on its sites would be checked."]);

        Assert.False(AnyShows(comparison, "48-metre", "30 metres"), Describe(comparison));
    }

    [Fact]
    public void numbers_at_the_end_of_odd_texts_do_not_crash_the_comparison()
    {
        // Risk: CompoundHead, CountsOnceNear and the learnt codes read past a number at the text's end, after a surrogate pair or an empty line.
        var comparison = Values(
            ["The crane was a 48-metre", "", "Passengers: 64", "\U0001D7D2\U0001D7D6 passengers, KVR 4"],
            ["The crane, 62 metres", "70 passengers \U0001F6A2 at 7.30am", "at 6.50am", "B 40"],
            ["", "MRK", "250 mirkas"]);

        Assert.NotNull(comparison);
    }

    // ---------------------------------------------------------------- 3. the h1 over the title tag; the signed line

    [Fact]
    public void a_logo_h1_over_the_prose_is_not_the_headline()
    {
        // Risk: an h1 of four words or more "heading prose" beats the title tag; on a simple page the logo's h1 sits right in
        // <body>, whose text is the whole story, so it heads prose and becomes the title (the title tag here has no site part).
        var html = "<html><head><title>Night buses return to Ashby</title></head><body>" +
            "<h1>Ashby Valley Courier Online</h1><h2>Night buses return to Ashby</h2>" + StoryProse + "</body></html>";

        Assert.Equal("Night buses return to Ashby", ExtractHtml(html).Title);
    }

    [Fact]
    public void a_column_name_heading_the_prose_is_not_the_headline()
    {
        // Risk: a column's standing heading of four words ("Letters to the Editor") in the story's container beats the title tag.
        var html = "<html><head><title>Readers split over the Ashby night buses | Valley Courier</title></head><body>" +
            "<div class=\"story\"><h1>Letters to the Editor</h1>" + StoryProse + "</div></body></html>";

        Assert.Equal("Readers split over the Ashby night buses", ExtractHtml(html).Title);
    }

    [Fact]
    public void a_promoted_story_above_the_headline_is_not_signed_by_its_own_date()
    {
        // Risk: +1 for a line directly over a date: a promoted link printed with its date above the story's headline,
        // on a page whose headline has no byline under it, is taken for the headline.
        var page = CleanText("""
            Valley Courier
            Home | News | Sport | Weather

            Ashby night bus drivers win pay rise
            11 March 2031

            Tolland depot to close for a week of repairs

            The Tolland bus depot will close for a week from Monday while its roof is repaired, the operator said, and buses for the valley towns will run from a yard at Ashby.

            Drivers will start their shifts at Ashby, and the operator said passengers should see no change to the timetable.
            """);

        Assert.Equal("Tolland depot to close for a week of repairs", page.Title);
    }

    // ---------------------------------------------------------------- 5. joiners in a title's site part

    [Fact]
    public void a_play_named_in_a_review_title_is_not_the_outlet()
    {
        // Risk: joiners ("of", "the") let "Song of the Marsh", the play under review that the page names again, pass as the
        // capitalised site name after the headline; the copyright notice names the outlet.
        var html = "<html><head><title>Theatre review – Song of the Marsh</title></head><body>" +
            "<article><h1>A fenland ballad that never finds its feet</h1>" +
            "<p>Song of the Marsh, which opened at the Tolland Playhouse on Thursday, follows three eel fishers through one wet winter, and for most of its two hours it drifts.</p>" +
            "<p>The cast of six sing well, and the set, a drained dyke under a tin sky, is handsome; the script gives them little to do.</p></article>" +
            "<footer>© 2031 Fenland Stage Weekly. All rights reserved.</footer></body></html>";

        Assert.NotEqual("Song of the Marsh", ExtractHtml(html).Outlet);
    }

    // ---------------------------------------------------------------- 4. the early lone cut

    private static readonly ClusterDocument HikerMissing = new("missing", "Search for hiker missing on Corrie Fell", """
        Mountain rescue teams are searching Corrie Fell for a hiker who failed to return from a walk on Saturday, police said.
        Ossian Faulk, 34, left his car at the Brackenthwaite car park in the morning and told friends he would walk the ridge to Corrie Tarn.
        The Corrie Fell mountain rescue team and a coastguard helicopter searched the ridge until dark.
        """, new DateOnly(2031, 2, 8));

    private static readonly ClusterDocument FoundA = new("found-a", "Missing hiker found alive on Corrie Fell after five days", """
        Ossian Faulk, the hiker missing on Corrie Fell since Saturday, was found alive in a shepherd's hut below Corrie Tarn on Thursday, police said.
        The Corrie Fell mountain rescue team said he had sheltered in the hut after a fall on the ridge, and was cold but able to walk.
        """, new DateOnly(2031, 2, 13));

    private static readonly ClusterDocument FoundB = new("found-b", "Corrie Fell hiker survived five nights in shepherd's hut", """
        A hiker who spent five nights in a shepherd's hut on Corrie Fell said he survived on chocolate and snow after hurting his ankle on the ridge.
        Ossian Faulk was found on Thursday by the Corrie Fell mountain rescue team, who had searched the ridge since Saturday with a coastguard helicopter.
        """, new DateOnly(2031, 2, 13));

    private static readonly ClusterDocument FoundC = new("found-c", "Rescuers find Ossian Faulk alive near Corrie Tarn", """
        Rescuers found Ossian Faulk alive near Corrie Tarn on Thursday, five days after he set out from the Brackenthwaite car park to walk the ridge of Corrie Fell.
        The mountain rescue team said a shepherd had seen smoke from the hut's chimney and called police.
        """, new DateOnly(2031, 2, 14));

    [Fact]
    public void the_first_report_of_a_search_stays_with_the_rescue_days_later()
    {
        // Risk: the earliest article, dated more than three days before three others, is tried alone at every cut check, and
        // once cut it is refused for good: the missing-hiker report is the start of the rescue story, not another event.
        Assert.Equal(["found-a,found-b,found-c,missing"], OnlineStoryClustererTests.Cluster([HikerMissing, FoundA, FoundB, FoundC]));
    }
}
