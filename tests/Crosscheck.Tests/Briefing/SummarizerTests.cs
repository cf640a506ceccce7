using Crosscheck.Analysis;
using Crosscheck.Briefing;
using Crosscheck.Comparison;
using Crosscheck.Extraction;
using Crosscheck.Tests.Comparison;

namespace Crosscheck.Tests.Briefing;

public sealed class SummarizerTests
{
    private static IReadOnlyList<SummarySentence> Summarize(IReadOnlyList<Article> articles)
    {
        var comparison = new StoryComparer().Compare(articles, StoryAnalysis.Empty);
        return new Summarizer().Summarize(articles, StoryAnalysis.Empty, comparison);
    }

    /// <summary>The share of the sentence's words found in the text, as the evaluation script counts it.</summary>
    private static double Containment(string sentence, string text)
    {
        static string[] Words(string s) => System.Text.RegularExpressions.Regex.Matches(Crosscheck.Text.TextFolding.Fold(s), @"\w+").Select(m => m.Value).ToArray();
        var hay = Words(text).ToHashSet();
        var needle = Words(sentence);
        return needle.Length == 0 ? 0 : needle.Count(hay.Contains) / (double)needle.Length;
    }

    public static TheoryData<string> Stories => new() { "bridge", "harbour" };

    private static IReadOnlyList<Article> Story(string name) => name == "bridge" ? StoryFixtures.BridgeCollapse() : StoryFixtures.HarbourStrike();

    [Theory]
    [MemberData(nameof(Stories))]
    public void Sentences_are_verbatim_and_every_cited_article_contains_them(string name)
    {
        var articles = Story(name);
        var summary = Summarize(articles);

        Assert.NotEmpty(summary);
        foreach (var sentence in summary)
        {
            Assert.Contains(articles, a => a.Text.Contains(sentence.Text, StringComparison.Ordinal));
            Assert.NotEmpty(sentence.ArticleIds);
            Assert.Equal(sentence.ArticleIds.Length, sentence.ArticleIds.Distinct().Count());
            foreach (var id in sentence.ArticleIds)
            {
                var article = articles.Single(a => a.Id == id);
                Assert.True(Containment(sentence.Text, article.Text) >= 0.8, $"{id} does not say: {sentence.Text}");
            }
        }
    }

    [Fact]
    public void A_long_enough_story_gets_three_to_seven_sentences_without_repeats()
    {
        var summary = Summarize(StoryFixtures.HarbourStrike());

        Assert.InRange(summary.Count, 3, 7);
        Assert.Equal(summary.Count, summary.Select(s => s.Text).Distinct().Count());
        // The facts every outlet leads with come first.
        Assert.Contains("strike", summary[0].Text, StringComparison.OrdinalIgnoreCase);
        // The shared statement is cited to every outlet that prints it word for word.
        var shared = summary.SingleOrDefault(s => s.Text.StartsWith("The harbour board said it regretted", StringComparison.Ordinal));
        if (shared is not null) Assert.Equal(["b1", "b2", "b3"], shared.ArticleIds.ToArray());
    }

    [Fact]
    public void No_article_is_cited_for_a_figure_it_gives_differently()
    {
        var articles = StoryFixtures.BridgeCollapse();
        foreach (var sentence in Summarize(articles))
        {
            var numbers = System.Text.RegularExpressions.Regex.Matches(sentence.Text, @"\d+").Select(m => m.Value).ToList();
            foreach (var id in sentence.ArticleIds)
            {
                var text = articles.Single(a => a.Id == id).Text;
                Assert.All(numbers, n => Assert.Matches($@"\b{n}\b", text));
            }
        }
    }

    [Fact]
    public void A_story_without_usable_sentences_has_an_empty_summary()
    {
        var articles = new[] { StoryFixtures.Article("x1", "X", "t", "Read more", "Share this"), };
        Assert.Empty(Summarize(articles));
        Assert.Empty(new Summarizer().Summarize([], StoryAnalysis.Empty, StoryComparison.Empty));
    }

    [Fact]
    public void A_single_article_story_is_summarised_from_that_article()
    {
        var article = StoryFixtures.HarbourStrike()[0];
        var summary = Summarize([article]);
        Assert.InRange(summary.Count, 3, 7);
        Assert.All(summary, s => Assert.Equal(["b1"], s.ArticleIds.ToArray()));
    }
}
