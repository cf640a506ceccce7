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
}
