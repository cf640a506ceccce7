using System.Collections.Immutable;
using Crosscheck.Analysis;
using Crosscheck.Clustering;
using Crosscheck.Comparison;
using Crosscheck.Extraction;
using Crosscheck.Tests.Analysis;
using Crosscheck.Tests.Clustering;
using Crosscheck.Tests.Comparison;
using Crosscheck.Text;

namespace Crosscheck.Tests.Review;

/// <summary>
/// Review probes of e58c207..4d5b6b0: the late join of a story of one document, the leave-one-out cut, the new conflict
/// rules (sole counts, years, shares dated alike, the story's own currency, appointed roles, ages after "named as",
/// light verbs, misquotes that leave out small words), the ampersand organisation, the masthead tagline and the "(c)"
/// legal line. Every name, place and figure is invented.
/// </summary>
public sealed class Session6Probes
{
    private static StoryComparison Compare(params string[][] bodies) =>
        new StoryComparer().Compare(bodies.Select((b, i) => StoryFixtures.Article("v" + (i + 1), "Outlet " + (i + 1), "t", b)).ToList(), StoryAnalysis.Empty);

    private static readonly DateOnly Day = new(2031, 6, 2);

    private static CleanPage Clean(string text) => new BoilerplateClassifier().Classify(ScrapedTextBlockReader.Read(text));

    // ---------------------------------------------------------------- clustering

    private static readonly ClusterDocument DepotA = new("depot-a", "Brannock council to shut Eastgate bus depot", """
        Brannock city council will close the Eastgate bus depot in September and move its 140 drivers to a new yard at Millford, transport chief Ada Brisk said on Monday.
        The depot, which houses 60 buses, sits on land the council wants to sell for housing. Drivers' union leader Tomas Reyne said the move would add an hour to many shifts.
        Brisk said the Millford yard would have chargers for the electric fleet the council is buying from Ostrava Coachworks.
        Residents near Eastgate have complained for years about diesel fumes from buses leaving the depot before dawn.
        """, new DateOnly(2034, 5, 8));

    private static readonly ClusterDocument DepotB = new("depot-b", "Eastgate bus depot to close, drivers moved to Millford", """
        The Eastgate bus depot in Brannock will shut in September, with 140 drivers and 60 buses moving to a new yard at Millford, the city council announced.
        Ada Brisk, who leads on transport, said the Eastgate site would be sold for homes and that the Millford yard was built to charge electric buses.
        Tomas Reyne of the drivers' union warned that longer journeys to work would hit early shifts hardest.
        Neighbours of the depot welcomed an end to the diesel fumes.
        """, new DateOnly(2034, 5, 8));

    private static readonly ClusterDocument DepotC = new("depot-c", "Union warns over Brannock depot closure", """
        Bus drivers in Brannock face longer commutes after the council confirmed the Eastgate depot will close in September, union leader Tomas Reyne said.
        All 140 drivers and the depot's 60 buses are to move to Millford, where the council has built a yard with chargers for electric buses bought from Ostrava Coachworks.
        Transport chief Ada Brisk said selling the Eastgate land for housing would pay for the new yard.
        """, new DateOnly(2034, 5, 9));

    // Same council, same cast, another event: fares.
    private static readonly ClusterDocument Fares = new("fares", "Brannock bus fares to rise by 20 cents in July", """
        Single bus fares in Brannock will rise by 20 cents to 2.40 crowns in July, transport chief Ada Brisk told the city council on Tuesday.
        Brisk said the rise would pay for longer evening services and for the electric buses on order from Ostrava Coachworks.
        Tomas Reyne of the drivers' union said drivers feared more abuse from passengers over fares.
        Pensioners will keep free travel outside the morning rush, the council said.
        """, new DateOnly(2034, 5, 9));

    [Fact(Skip = "reason: pre-existing (fails at e58c207 too): arriving second, the fares article joins the one-document depot story before any cohesion guard applies; arriving last the guard refuses it")]
    public void late_join_another_event_of_the_same_cast_stays_apart_whatever_the_order()
    {
        var early = OnlineStoryClustererTests.Cluster([DepotA, Fares, DepotB, DepotC]);
        var last = OnlineStoryClustererTests.Cluster([DepotA, DepotB, DepotC, Fares]);

        Assert.Equal(last, early);
        Assert.Contains("fares", early);
    }

    [Fact]
    public void cosine_without_a_part_is_the_cosine_with_the_rest_of_the_sum()
    {
        var statistics = new TermStatistics();
        for (var t = 0; t < 10; t++) statistics.IdOf("t" + t);
        statistics.CountDocument([1, 3, 5, 7]);
        statistics.CountDocument([3, 5]);
        var a = SparseVector.From(new Dictionary<int, double> { [1] = 0.1, [3] = 0.25, [7] = 1.0 });
        var b = SparseVector.From(new Dictionary<int, double> { [3] = 0.7, [5] = 2.0 });
        var c = SparseVector.From(new Dictionary<int, double> { [1] = 0.4, [5] = 0.5 });
        var sum = SparseVector.Sum(SparseVector.Sum(a, b), c);
        var rest = SparseVector.Sum(b, c);

        Assert.Equal(SparseVector.Cosine(a, rest, statistics), SparseVector.CosineWithout(a, sum, statistics), 9);
        Assert.Equal(0, SparseVector.CosineWithout(b, b, statistics));
    }

    [Fact]
    public void leave_one_out_cut_of_four_members_two_and_two()
    {
        // Members 0 and 2 tell one event, 1 and 3 another: with four members each group of two is compared with its partner alone.
        var statistics = new TermStatistics();
        for (var i = 0; i < 60; i++) statistics.IdOf("t" + i);
        statistics.CountDocument([.. Enumerable.Range(0, 60)]);
        StoryMember Member(int document, int[] terms)
        {
            var sketch = new SparseVector[FeatureKinds.Count];
            sketch[FeatureKinds.Terms] = SparseVector.From(terms.ToDictionary(t => t, _ => 1.0));
            sketch[FeatureKinds.Names] = SparseVector.Empty;
            sketch[FeatureKinds.Numbers] = SparseVector.Empty;
            return new StoryMember(document, sketch, 0, null, terms.Length, terms.Length);
        }
        var members = new List<StoryMember>
        {
            Member(0, [0, 1, 2, 10, 11, 12, 13, 40]),
            Member(1, [0, 1, 2, 20, 21, 22, 23, 41]),
            Member(2, [0, 1, 2, 10, 11, 12, 14, 42]),
            Member(3, [0, 1, 2, 20, 21, 22, 24, 43]),
        };

        var cut = StoryBisection.Cut(members, (x, y) => SparseVector.Cosine(x[FeatureKinds.Terms], y[FeatureKinds.Terms], statistics),
            (x, y) => SparseVector.CosineWithout(x[FeatureKinds.Terms], y[FeatureKinds.Terms], statistics));

        Assert.NotNull(cut);
        Assert.Equal([0, 2], cut.Value.Kept);
        Assert.Equal([1, 3], cut.Value.Moved);
    }

    // ---------------------------------------------------------------- conflicts: sole counts, years, shares, currency

    [Fact(Skip = "reason: pre-existing (fails at e58c207 too): the sole-count point (CountsOnce) makes a whole and a part of one thing one slot; the new unlike-sentence gating widens it")]
    public void sole_counts_of_a_whole_and_of_a_part_in_unlike_sentences_are_no_conflict()
    {
        // The reserve has seven lakes; five were closed after the spill. Each article counts lakes once, and the
        // sentences tell different things.
        var comparison = Compare(
            ["The Vessmoor reserve and its seven lakes draw about 40,000 visitors every summer, according to the park trust."],
            ["Five lakes were closed to swimmers on Sunday after a diesel spill from a pumping station at Vessmoor."]);

        Assert.Empty(comparison.Conflicts);
    }

    [Fact]
    public void years_of_two_events_in_one_career_are_no_conflict()
    {
        var comparison = Compare(
            ["Mara Quist first joined the Tessel council in 2015 as a member for the harbour ward."],
            ["Mara Quist was elected leader of the Tessel council in 2019 after a narrow vote."]);

        Assert.Empty(comparison.Conflicts);
    }

    [Fact(Skip = "reason: pre-existing (fails at e58c207 too): two shares of different measures in alike sentences fill one slot; DateRightAfter adds a point")]
    public void shares_of_two_measures_of_one_month_are_no_conflict()
    {
        // Joblessness and prices in March: one period, two different measures.
        var comparison = Compare(
            ["Joblessness in Tessaly reached 6.1% in March, the statistics office in Vell said on Monday."],
            ["Consumer prices in Tessaly climbed 3.2% in March, the statistics office in Vell said on Monday."]);

        Assert.Empty(comparison.Conflicts);
    }

    [Fact]
    public void amounts_and_codes_at_the_very_edges_of_the_text_do_not_throw()
    {
        // The coded amount opens the unit, the worded one ends its sentence; a share ends its text.
        var comparison = Compare(
            ["Ts 412m was owed to suppliers by Harwick Stores.", "Turnout was 64 per cent."],
            ["Harwick Stores owed 412 million tessels.", "Turnout was 61%."],
            ["Harwick Stores owed Ts 455m."]);

        Assert.Contains(comparison.Conflicts, c => c.Versions.Any(v => v.Text.Contains("455", StringComparison.Ordinal)));
    }

    [Fact]
    public void an_amount_in_the_storys_own_currency_is_described_as_an_amount()
    {
        // Once "Ts" is learnt as the tessel, the conflict is about an amount of money, not "number of suppliers".
        var comparison = Compare(
            ["Harwick Stores owed Ts 412m to suppliers."],
            ["Harwick Stores owed 412 million tessels to suppliers."],
            ["Harwick Stores owed Ts 455m to suppliers."]);

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.StartsWith("amount", conflict.About, StringComparison.Ordinal);
    }

    [Fact]
    public void a_share_at_the_text_end_and_a_bare_percent_sign_do_not_throw()
    {
        var comparison = Compare(
            ["Of the 900 members of the Kessel rowing club, 74 per cent"],
            ["Of the 900 members of the Kessel rowing club, 64 % of"],
            ["%"]);

        Assert.NotNull(comparison);
    }

    // ---------------------------------------------------------------- roles, ages, schedules, misquotes

    [Fact]
    public void two_suspects_named_by_police_are_no_appointed_role()
    {
        var comparison = StoryFixtures.CompareAnalyzed(
            TestArticles.Create("r1", "Kessel jewellery raid", Day, "Police in Kessel named Tomas Ferrand as a suspect in the jewellery raid on Saturday."),
            TestArticles.Create("r2", "Kessel jewellery raid", Day, "Detectives have named Ilse Marrow as a suspect in the Kessel jewellery raid, the force said."));

        Assert.DoesNotContain(comparison.Conflicts, c => c.About.StartsWith("who ", StringComparison.Ordinal));
    }

    [Fact]
    public void an_age_before_named_as_someones_successor_is_not_that_persons_age()
    {
        // The 47-year-old is the successor, not Ana Lind, who is 58.
        var comparison = StoryFixtures.CompareAnalyzed(
            TestArticles.Create("g1", "Kessel port gets new chief", Day, "A 47-year-old engineer named as Ana Lind's successor will take over the Kessel port authority in May."),
            TestArticles.Create("g2", "Kessel port chief to retire", Day, "Ana Lind, 58, will step down as head of the Kessel port authority in May."));

        Assert.DoesNotContain(comparison.Conflicts, c => c.About.StartsWith("how old ", StringComparison.Ordinal));
    }

    [Fact]
    public void an_order_placed_is_not_an_order_the_court_is_expected_to_give()
    {
        var comparison = StoryFixtures.CompareAnalyzed(
            TestArticles.Create("s1", "Saltway refunds", Day, "The Orsk maritime court is expected to order Saltway Lines to refund passengers for the cancelled ferries."),
            TestArticles.Create("s2", "Saltway refunds", Day, "Saltway Lines placed an order for two new ferries last year, before the crossings were cancelled."));

        Assert.DoesNotContain(comparison.Conflicts, c => c.About.StartsWith("whether \u201C", StringComparison.Ordinal));
    }

    [Fact]
    public void a_quote_that_leaves_out_very_few_is_a_misquote()
    {
        var conflicts = Wordings("We found very few survivors in the rubble of the old market.", "We found survivors in the rubble of the old market.");

        Assert.Single(conflicts);
    }

    [Fact]
    public void a_quote_that_leaves_out_two_articles_where_it_was_cut_agrees()
    {
        Assert.Empty(Wordings("The divers searched the hull and the hold before dark.", "The divers searched the hull … hold before dark."));
    }

    private static IEnumerable<Conflict> Wordings(params string[] wordings)
    {
        var articles = wordings.Select((w, i) => TestArticles.Create($"m{i + 1}", "Market collapse", Day,
            $"The rescue chief spoke to reporters in Dornbridge on Friday about the search. \u201C{w}\u201D said Ola Brenne.")).ToArray();
        var variants = articles.Select(a =>
        {
            var start = a.Text.IndexOf('\u201C') + 1;
            var end = a.Text.IndexOf('\u201D');
            return new QuoteVariant(a.Id, a.Text[start..end], TextSpan.FromBounds(start, end));
        }).ToImmutableArray();
        var analysis = StoryAnalysis.Empty with { Quotes = [new QuoteGroup("Ola Brenne", variants)] };
        return new StoryComparer().Compare(articles, analysis).Conflicts.Where(c => c.About.StartsWith("wording", StringComparison.Ordinal));
    }

    // ---------------------------------------------------------------- entities, sources

    [Fact]
    public void two_people_joined_by_an_ampersand_stay_people()
    {
        var analysis = TestArticles.AnalyzeOne(
            "The bakery's founders, Marta Kell & Ivo Brand, said on Monday they would open a second shop in Dornbridge.",
            "Marta Kell said the new shop would employ twelve people. Ivo Brand will run it.");

        Assert.Equal(EntityType.Person, TestArticles.EntityNamed(analysis, "Marta Kell").Type);
    }

    [Fact]
    public void a_firm_with_an_ampersand_is_one_organisation()
    {
        var analysis = TestArticles.AnalyzeOne(
            "Administrators from Orrin & Haskett took control of Harwick Stores on Monday.",
            "Orrin & Haskett said all 31 stores would keep trading.");

        Assert.Equal(EntityType.Organization, TestArticles.EntityNamed(analysis, "Orrin & Haskett").Type);
    }

    [Fact]
    public void court_papers_submitted_to_a_court_cite_the_court()
    {
        var primary = Assert.Single(new StoryAnalyzer().Analyze([
            TestArticles.Create("c1", "Velden Ferries insolvent", Day,
                "Velden Ferries owes 40 million crowns to its lenders, according to court papers submitted to the Orsk Commercial Court on Monday.",
                "Managing director Ilse Marrow said the ferries would keep sailing."),
            TestArticles.Create("c2", "Velden Ferries files for insolvency", Day,
                "According to records lodged at the Orsk Commercial Court, the operator has four ships and 40 million crowns of debt.",
                "Ilse Marrow, the managing director, said no sailings would be cancelled."),
            TestArticles.Create("c3", "Islanders fear for ferry link", Day,
                "Islanders fear for their link to the mainland after Velden Ferries filed for insolvency.",
                "Ilse Marrow said crews would be paid this month."),
        ]).PrimarySources);

        Assert.Equal("Orsk Commercial Court", primary.Name);
    }

    // ---------------------------------------------------------------- extraction

    private const string Body = """
        Workers on the shopfloor at the Kessel gearbox plant voted on Tuesday to accept a two-year pay deal after a month of overtime bans.

        The plant's owner said the deal would add 4% to wages this year, and the union said members on the shopfloor had backed it by a wide margin.
        """;

    [Fact]
    public void a_one_word_masthead_is_not_printed_as_a_common_noun_of_the_body()
    {
        var page = Clean($$"""
            SHOPFLOOR - news for the people who make things

            Gearbox workers back pay deal at Kessel plant

            {{Body}}

            (c) ShopFloor 2031
            """);

        Assert.Equal("ShopFloor", page.Outlet);
    }

    [Fact]
    public void a_headline_cut_by_a_hyphen_from_a_lower_case_tail_is_no_masthead()
    {
        var page = Clean("""
            Wildfires - what we know so far

            Wildfires have burned through 3,000 hectares of forest near Vessmoor since Saturday, the regional fire service said on Monday.

            Firefighters from three provinces are tackling the wildfires, and 400 people have left their homes in the valley.
            """);

        Assert.NotEqual("Wildfires", page.Outlet);
    }

    [Fact(Skip = "reason: pre-existing (fails at e58c207 too, dropped then as a photo credit): an enumerated (c) before a capitalised word and a year is now read as a legal line")]
    public void a_list_item_c_with_a_year_in_the_body_is_no_legal_line()
    {
        var page = Clean("""
            Kessel harbour dredging plan approved

            The Kessel council approved a plan on Tuesday to dredge the inner harbour so that larger ferries can dock by next summer.

            The permit requires (a) a survey of the seabed, (b) a deposit and (c) Harbour Board approval before 2032.

            Fishermen said the work would disturb the spawning grounds near the harbour mouth.
            """);

        Assert.Contains(page.Body, p => p.Contains("Harbour Board approval", StringComparison.Ordinal));
    }
}
