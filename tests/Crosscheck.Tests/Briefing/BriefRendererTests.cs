using System.Collections.Immutable;
using Crosscheck.Analysis;
using Crosscheck.Briefing;
using Crosscheck.Comparison;
using Crosscheck.Extraction;
using Crosscheck.Pipeline;
using Crosscheck.Tests.Comparison;

namespace Crosscheck.Tests.Briefing;

public sealed class BriefRendererTests
{
    private static AnalysisReport Report(IReadOnlyList<Article> articles, StoryAnalysis? analysis = null)
    {
        analysis ??= StoryAnalysis.Empty;
        var comparison = new StoryComparer().Compare(articles, analysis);
        var summary = new Summarizer().Summarize(articles, analysis, comparison);
        var story = new Story("story-1", articles[0].Title, [.. articles.Select(a => a.Id)], analysis, comparison, summary);
        return new AnalysisReport([.. articles], [story], []);
    }

    private static StoryAnalysis BridgeAnalysis(IReadOnlyList<Article> articles) => new(
        [new Entity("Ilse Brandt", EntityType.Person, ["Ilse Brandt", "Brandt"], ["a1", "a2"], [])],
        [new QuoteGroup("Ilse Brandt", [new QuoteVariant("a1", "We will rebuild the crossing", default), new QuoteVariant("a2", "We will rebuild the crossing", default)])],
        [new TimelineEvent("2031-03-04", "The footbridge collapses.", ["a1", "a2", "a3"])],
        [new PrimarySource("Velden town hall", ["a1", "a3"])]);

    [Fact]
    public void Markdown_has_every_section_and_numbered_citations()
    {
        var articles = StoryFixtures.BridgeCollapse();
        var markdown = MarkdownBriefRenderer.Render(Report(articles, BridgeAnalysis(articles)));

        foreach (var heading in (string[])["## Footbridge collapses over the Aare canal", "### Summary", "### What all outlets report", "### Reported by some outlets",
                     "### Only in Northern Ledger", "### Only in Radio Aare", "### Where they differ", "### Quotes", "### Timeline", "### Who's who",
                     "### Primary source", "### Coverage", "### Sources"])
        {
            Assert.Contains(heading + "\n", markdown, StringComparison.Ordinal);
        }
        Assert.Contains("**Number of people injured**", markdown, StringComparison.Ordinal);
        Assert.Contains("1. **Velden Courier** — Footbridge collapses over the Aare canal — 2031-03-04", markdown, StringComparison.Ordinal);
        Assert.Matches(@"\[1\]\[2\]\[3\]", markdown);
        Assert.Contains("| [1] | [2] | [3] |", markdown, StringComparison.Ordinal);
        Assert.Contains(" ✓ |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_of_a_single_source_story_says_there_is_nothing_to_cross_check()
    {
        var markdown = MarkdownBriefRenderer.Render(Report([StoryFixtures.HarbourStrike()[0]]));
        Assert.Contains("nothing to cross-check", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("### What all outlets report", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("### Coverage", markdown, StringComparison.Ordinal);
    }

    private static IReadOnlyList<Article> Hostile() =>
    [
        StoryFixtures.Article("h1", "<script>alert('outlet')</script>", "Title <script>alert(1)</script> & more",
            "The council said the <script>alert('x')</script> budget would rise by 5 percent next year.",
            "Residents welcomed the decision at a packed meeting in the town hall on Friday evening."),
        StoryFixtures.Article("h2", "Second Outlet", "Budget rises",
            "The council said the budget would rise by 5 percent next year, officials confirmed.",
            "An <img src=\"https://tracker.example/pixel.gif\" onerror=\"alert(2)\"> appeared in the comments section."),
    ];

    [Fact]
    public void Html_escapes_article_text()
    {
        var html = HtmlBriefRenderer.Render(Report(Hostile()));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Title &lt;script&gt;alert(1)&lt;/script&gt; &amp; more", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_is_self_contained_and_prints_well()
    {
        var articles = StoryFixtures.BridgeCollapse().Select(a => a with { Source = "https://news.example/" + a.Id }).ToList();
        var html = HtmlBriefRenderer.Render(Report(articles, BridgeAnalysis(articles)));

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"src\s*=", html);
        // Links to the articles themselves are fine; nothing else points outside the page.
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(html, "href=\"(?<u>[^\"]*)\""))
        {
            var url = m.Groups["u"].Value;
            Assert.True(url.StartsWith('#') || articles.Any(a => a.Source == url), url);
        }
        Assert.Contains("Where they differ", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#s1-a2\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"s1-a2\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_escapes_markup_in_article_text()
    {
        var markdown = MarkdownBriefRenderer.Render(Report(Hostile()));
        Assert.DoesNotContain("<script", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", markdown, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Le Petit Journal", "https://www.example.org/a/b", "Le Petit Journal")]
    [InlineData(null, "https://www.example.org/a/b", "example.org")]
    [InlineData(null, "data/pages/story-12.html.gz", "story-12")]
    [InlineData("  ", "", "The title")]
    public void Articles_are_labelled_by_outlet_host_or_file(string? outlet, string source, string expected)
    {
        var article = new Article { Id = "id", Source = source, Title = "The title", Outlet = outlet, Body = ImmutableArray<string>.Empty };
        Assert.Equal(expected, ArticleLabel.DisplayName(article));
    }
}

public sealed class MarkdownEscapingTests
{
    [Theory]
    [InlineData("Ship & Sea Weekly", "Ship & Sea Weekly")]
    [InlineData("a &lt;b&gt; entity", "a &amp;lt;b&amp;gt; entity")]
    [InlineData("<b>bold</b> *not* [link](x) | pipe", "&lt;b&gt;bold&lt;/b&gt; \\*not\\* \\[link\\](x) \\| pipe")]
    public void Escape_keeps_text_literal(string text, string expected) => Assert.Equal(expected, MarkdownBriefRenderer.Escape(text));
}
