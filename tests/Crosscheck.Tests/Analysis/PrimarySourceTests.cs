using Crosscheck.Analysis;
using Crosscheck.Extraction;

namespace Crosscheck.Tests.Analysis;

/// <summary>Which source a story's retellings lean on, and under which name it is reported.</summary>
public sealed class PrimarySourceTests
{
    private static readonly DateOnly Day = new(2031, 3, 14);

    private static PrimarySource Primary(params Article[] articles) =>
        Assert.Single(new StoryAnalyzer().Analyze(articles).PrimarySources);

    [Fact]
    public void A_source_reporting_after_an_apposition_is_cited()
    {
        var primary = Primary(
            TestArticles.Create("a1", "Rocket lost", Day, "The rocket was lost after 90 seconds; Orbit Weekly, the specialist magazine, reported on Friday, citing two engineers."),
            TestArticles.Create("a2", "Rocket failure", Day, "Orbit Weekly reported on Friday that a valve on the first stage had failed in a test."));

        Assert.Equal("Orbit Weekly", primary.Name);
        Assert.Equal(["a1", "a2"], primary.ArticleIds.ToArray());
    }

    [Fact]
    public void A_source_reporting_after_a_relative_clause_is_cited()
    {
        // The health agency gives figures in both retellings; the newspaper that broke the story is cited by both.
        var primary = Primary(
            TestArticles.Create("r1", "Vaccines spoiled", Day,
                "About 20,000 doses were lost, according to figures from the Dunmore Health Agency.",
                "The Kestrel Courier, which broke the story on Monday, reported that the alarm had gone unanswered for two days."),
            TestArticles.Create("r2", "Depot alarm ignored", Day,
                "The alarm at the depot rang for two days, the Kestrel Courier reported on Monday.",
                "The Dunmore Health Agency said 20,000 doses had to be destroyed."));

        Assert.Equal("Kestrel Courier", primary.Name);
        Assert.Equal(["r1", "r2"], primary.ArticleIds.ToArray());
    }

    [Fact]
    public void A_party_that_speaks_after_a_relative_clause_does_not_rival_the_court_it_went_to()
    {
        // "The Marsh Birds Trust, which brought the case, said": a party to the story speaking after the ruling the
        // retellings report, not a voice the story is told in.
        var primary = Primary(
            TestArticles.Create("p1", "Wind farm blocked", Day,
                "The Harlow Administrative Court ruled on Friday that the permit for the wind farm was unlawful.",
                "The Marsh Birds Trust, which brought the case, said the ruling protected the estuary."),
            TestArticles.Create("p2", "Court halts wind farm", Day,
                "The Harlow Administrative Court found that the assessment of the birds' feeding grounds was flawed.",
                "The Marsh Birds Trust, which brought the case, said it was delighted."));

        Assert.Equal("Harlow Administrative Court", primary.Name);
    }

    [Fact]
    public void A_news_medium_comes_before_a_body_cited_for_a_fact()
    {
        var primary = Primary(
            TestArticles.Create("b1", "Dry spring", Day,
                "The valley has had its driest spring in forty years, according to the Valdane Weather Office.",
                "Ferro Radio News reported on Sunday, citing fire officials, that the blaze had reached the ridge."),
            TestArticles.Create("b2", "Fire spreads", Day,
                "The Valdane Weather Office said winds would ease on Monday.",
                "A fire officer told Ferro Radio News that crews had pulled back overnight."));

        Assert.Equal("Ferro Radio News", primary.Name);
    }

    [Fact]
    public void The_source_is_named_as_its_citations_print_it()
    {
        var primary = Primary(
            TestArticles.Create("c1", "Water alert", Day, "Chromium was found in the town's water, Tessvision reported on Monday, citing an inspectorate memo."),
            TestArticles.Create("c2", "Tannery told to stop", Day, "According to Tessvision, the samples were taken in August. The director spoke to Tessvision Evening on Monday."));

        Assert.Equal("Tessvision", primary.Name);
    }

    [Fact]
    public void An_acronym_does_not_name_the_source()
    {
        var primary = Primary(
            TestArticles.Create("d1", "Lottery frozen", Day, "The board froze the jackpot, the Lantree Press Agency (LPA) reported. According to LPA, a repeat draw is likely."),
            TestArticles.Create("d2", "Jackpot on hold", Day, "LPA reported that the draw machine had repeated last week's numbers, according to LPA."));

        Assert.Equal("Lantree Press Agency", primary.Name);
    }

    [Fact]
    public void A_story_of_statements_leans_on_the_body_that_made_them()
    {
        var primary = Primary(
            TestArticles.Create("d1", "Clocks stolen", Day, "In a statement on Monday, Tarnby County Police (TCP) said the burglars knew the building."),
            TestArticles.Create("d2", "Museum raid", Day, "Tarnby County Police estimated the value of the clocks at 2 million crowns."),
            TestArticles.Create("d3", "Two held over clock theft", Day, "Two men were detained on Tuesday, Tarnby County Police said in a statement."));

        Assert.Equal("Tarnby County Police", primary.Name);
        Assert.Equal(["d1", "d2", "d3"], primary.ArticleIds.ToArray());
    }

    [Fact]
    public void A_body_that_speaks_in_only_one_of_three_retellings_is_no_primary_source()
    {
        var analysis = new StoryAnalyzer().Analyze([
            TestArticles.Create("e1", "Clocks stolen", Day, "Tarnby County Police said the burglars knew the building."),
            TestArticles.Create("e2", "Museum raid", Day, "The museum was closed on Monday."),
            TestArticles.Create("e3", "Two held", Day, "Two men were detained on Tuesday.")]);

        Assert.Empty(analysis.PrimarySources);
    }

    [Fact]
    public void A_journal_that_published_the_study_is_cited_even_with_a_day_between()
    {
        var primary = Primary(
            TestArticles.Create("f1", "Calls cut readmissions", Day, "Weekly calls cut readmissions by a third, according to a trial published on Wednesday in the Journal of Coastal Medicine."),
            TestArticles.Create("f2", "Nurse calls study", Day, "The trial, described in the Journal of Coastal Medicine, enrolled 900 patients."));

        Assert.Equal("Journal of Coastal Medicine", primary.Name);
    }

    [Fact]
    public void An_environment_agency_is_a_body_not_a_news_agency()
    {
        var primary = Primary(
            TestArticles.Create("h1", "Lake warming", Day, "The lake warmed by two degrees, according to a study published in Coldwater Hydrology Letters.",
                "Fish numbers fell by a third, according to figures from the Marn Valley Environment Agency."),
            TestArticles.Create("h2", "Warmer lake", Day, "The study was published in Coldwater Hydrology Letters on Wednesday.",
                "According to the Marn Valley Environment Agency, anglers have reported fewer fish since 2015."),
            TestArticles.Create("h3", "Char decline", Day, "The char is at risk, researchers reported in Coldwater Hydrology Letters."));

        Assert.Equal("Coldwater Hydrology Letters", primary.Name);
    }

    [Fact]
    public void A_constabulary_that_speaks_in_every_retelling_is_the_primary_source()
    {
        var primary = Primary(
            TestArticles.Create("i1", "Compass found", Day, "A stolen compass has been found in a garage, the Marn Constabulary said on Thursday."),
            TestArticles.Create("i2", "Stolen compass recovered", Day, "The compass was found on Wednesday, the Marn Constabulary said in a statement."));

        Assert.Equal("Marn Constabulary", primary.Name);
    }

    [Fact]
    public void A_broadcaster_named_with_a_media_noun_after_a_weaker_cue_is_the_primary_source()
    {
        var primary = Primary(
            TestArticles.Create("j1", "Tax plan", Day,
                "In an interview with the public broadcaster KVT, Treasury Minister Aldo Brin said the tax plan would go to a vote next week.",
                "The Federal Chamber will debate the plan on Tuesday, according to the Federal Chamber's agenda."),
            TestArticles.Create("j2", "Minister defends plan", Day,
                "Aldo Brin, speaking to KVT on Sunday, said he would not withdraw the plan.",
                "According to the Federal Chamber, the debate will last two days."),
            TestArticles.Create("j3", "Vote on tax plan", Day, "The vote comes days after Aldo Brin defended the plan in an interview with KVT."));

        Assert.Equal("KVT", primary.Name);
    }

    [Fact]
    public void A_story_told_from_a_judgment_leans_on_the_court()
    {
        var primary = Primary(
            TestArticles.Create("k1", "Quarry permit annulled", Day, "The Dunmore Regional Court on Monday annulled the permit for the Harrow Hill quarry."),
            TestArticles.Create("k2", "Quarry ruling", Day, "The Dunmore Regional Court ruled that the council had ignored the noise survey, and the quarry operator said it would appeal."),
            TestArticles.Create("k3", "Villagers celebrate", Day, "Villagers near Harrow Hill celebrated after the Dunmore Regional Court found the permit unlawful."));

        Assert.Equal("Dunmore Regional Court", primary.Name);
    }

    [Fact]
    public void A_story_told_from_documents_filed_with_a_court_leans_on_the_court()
    {
        // The chief executive speaks in every retelling; the figures and the administrator come from the court filing.
        var primary = Primary(
            TestArticles.Create("f1", "Harwick Stores insolvent", Day,
                "Harwick Stores filed for insolvency on Monday, according to documents filed with the Tessel District Court, with debts of 90 million crowns.",
                "Chief executive Mara Quist said the decision was the hardest of her career."),
            TestArticles.Create("f2", "Harwick Stores files for insolvency", Day,
                "According to documents lodged with the Tessel District Court, the chain owes 90 million crowns and has 31 stores.",
                "Mara Quist, the chief executive, said all stores would keep trading."),
            TestArticles.Create("f3", "Harwick suppliers brace for losses", Day,
                "Suppliers to Harwick Stores expect heavy losses after the chain filed for insolvency.",
                "Mara Quist said staff would be paid in full this month."));

        Assert.Equal("Tessel District Court", primary.Name);
    }

    [Fact]
    public void A_company_reporting_its_figures_is_not_cited_as_a_publication()
    {
        // Brisk "reported a 9% fall in profit" and heads a headline "Hallam-Brisk deal: …"; neither cites it as a publication.
        var primary = Primary(
            TestArticles.Create("m1", "Hallam-Brisk deal: staff fear cuts", Day,
                "Hallam Foods said on Monday it would buy Brisk Drinks for 800 million crowns.",
                "Hallam said in its announcement that Brisk's founder would join its board."),
            TestArticles.Create("m2", "Hallam nears deal for Brisk", Day,
                "Hallam Foods is in talks to buy Brisk Drinks, two people familiar with the talks said.",
                "Brisk reported a 9% fall in first-half profit in August."),
            TestArticles.Create("m3", "Hallam to buy Brisk", Day,
                "Hallam Foods announced on Monday that it had agreed to buy Brisk Drinks, the company said in a filing."));

        Assert.Equal("Hallam Foods", primary.Name);
    }

    [Fact]
    public void A_body_referred_to_by_its_head_noun_speaks_as_itself()
    {
        // "The bank said in a statement" is the Ostmark Central Bank; Fenwick Bank, a lender quoted twice, speaks less.
        var primary = Primary(
            TestArticles.Create("n1", "Rate cut", Day,
                "The Ostmark Central Bank cut its main rate to 3.5% on Thursday, the bank said in a statement.",
                "Fenwick Bank said it would pass the cut on to borrowers."),
            TestArticles.Create("n2", "Central bank trims rate", Day,
                "The Ostmark Central Bank lowered its rate by a quarter point.",
                "The decision was unanimous, the bank said."),
            TestArticles.Create("n3", "Borrowers gain", Day,
                "The Ostmark Central Bank cut rates for the second time this year.",
                "In its statement, the bank said inflation was close to target.",
                "Fenwick Bank said mortgage rates would fall from May."));

        Assert.Equal("Ostmark Central Bank", primary.Name);
    }

    [Fact]
    public void A_story_told_by_one_person_leans_on_that_person()
    {
        // No publication, agency or body is cited; the gallery's director is the voice of every retelling.
        var primary = Primary(
            TestArticles.Create("p1", "Paintings stolen", Day,
                "Gallery director Ines Valtonen said the thieves \"knew the building well\".",
                "Police said the gang was experienced."),
            TestArticles.Create("p2", "Gallery raid", Day,
                "Three paintings worth two million crowns were taken, according to the gallery's director, Ines Valtonen.",
                "\"They were in and out in minutes,\" Valtonen said."),
            TestArticles.Create("p3", "Alarm failed", Day,
                "Ines Valtonen told reporters that the alarm had been out of order for a month."));

        Assert.Equal("Ines Valtonen", primary.Name);
    }

    [Fact]
    public void A_person_who_speaks_for_herself_in_more_retellings_than_any_body_is_the_primary_source()
    {
        // The cyclist told her own story in all three; the league that suspended her speaks in two.
        var primary = Primary(
            TestArticles.Create("r1", "Cyclist suspended", Day,
                "Mirela Tovic said on Monday she had been suspended for two years.",
                "The Corvald Cycling League said the test was carried out in January."),
            TestArticles.Create("r2", "Tovic to appeal", Day,
                "\"I have never cheated,\" Mirela Tovic told reporters.",
                "The Corvald Cycling League said in a statement that the ban would stand."),
            TestArticles.Create("r3", "Suspension for Tovic", Day,
                "Tovic said she would appeal against the suspension."));

        Assert.Equal("Mirela Tovic", primary.Name);
        Assert.Equal(["r1", "r2", "r3"], primary.ArticleIds.ToArray());
    }

    [Fact]
    public void A_person_who_speaks_in_an_office_leaves_the_story_to_the_body_she_speaks_for()
    {
        // The chief executive is heard in all three retellings, the company in two: she speaks for it.
        var primary = Primary(
            TestArticles.Create("o1", "Trial halted", Day,
                "Chief executive Mirela Tovic said patient safety came first.",
                "Brennick Pharmaceuticals said in a statement that the trial was halted."),
            TestArticles.Create("o2", "Brennick stops trial", Day,
                "Brennick Pharmaceuticals said the regulator had been told.",
                "Mirela Tovic, the chief executive, said the decision was hers."),
            TestArticles.Create("o3", "Shares fall", Day,
                "Tovic told analysts the company would recover."));

        Assert.Equal("Brennick Pharmaceuticals", primary.Name);
    }

    [Fact]
    public void Between_bodies_heard_as_often_the_one_heard_first_leads()
    {
        var primary = Primary(
            TestArticles.Create("v1", "Tenants win", Day,
                "The rent rise at Harlow's Quay flats was unlawful, the Harlow County Court ruled on Monday. \u201CThe notice came too late,\u201D the court said.",
                "Landlords will study the ruling before deciding whether to appeal.",
                "\u201CThis is a good day for renters,\u201D the Tenants Union of Harlow said."),
            TestArticles.Create("v2", "Rent rise struck down", Day,
                "A rent rise for 300 flats was struck down on Monday. The Harlow County Court said the notice had come too late.",
                "The landlords have not said whether they will appeal.",
                "The Tenants Union of Harlow said it was a good day for renters."));

        Assert.Equal("Harlow County Court", primary.Name);
    }
}
