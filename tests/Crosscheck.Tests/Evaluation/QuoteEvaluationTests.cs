using System.Globalization;
using System.Text.Json;
using Crosscheck.Analysis;
using Crosscheck.Analysis.Quotes;
using Crosscheck.Evaluation;
using Crosscheck.Tests.Support;

namespace Crosscheck.Tests.Evaluation;

/// <summary>
/// The quotes ratchet: the quote extractor on the PolNeAR test split holds the floors of eval/floors.json
/// ("quotes": content and source soft F1 over all attributions, content soft F1 over direct quotes).
/// </summary>
public sealed class QuoteEvaluationTests
{
    private static readonly JsonElement Floors = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "eval", "floors.json"))).RootElement.GetProperty("quotes").Clone();

    [SharedCorpusFact]
    public void The_test_split_holds_its_floors()
    {
        var run = QuoteEvaluation.Run(PolnearCorpusTests.Split("test"));
        var measured = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["content_soft_f1"] = run.Scores.All.ContentSoft.F1,
            ["source_soft_f1"] = run.Scores.All.SourceSoft.F1,
            ["direct_content_soft_f1"] = run.Scores.Direct.ContentSoft.F1,
        };
        Assert.Equal(measured.Keys.Order(), Floors.EnumerateObject().Select(f => f.Name).Order());
        var failures = Floors.EnumerateObject()
            .Where(f => measured[f.Name] < f.Value.GetDouble() - 1e-9)
            .Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Name} = {measured[f.Name]:0.00000}, below its floor {f.Value.GetDouble():0.000}"))
            .ToList();
        Assert.True(failures.Count == 0, string.Join("; ", failures) + "\n" + run.Scores.All.Format("all") + "\n" + run.Scores.Direct.Format("direct"));
    }

    [SharedCorpusFact]
    public void Predicted_spans_lie_inside_their_article_and_a_quote_names_its_speaker_where_it_says_so()
    {
        var analyzer = new StoryAnalyzer();
        foreach (var article in PolnearCorpusTests.Split("dev").Take(20))
        {
            var document = QuoteEvaluation.Predict(analyzer, article);
            foreach (var predicted in document.Predicted)
            {
                Assert.All(predicted.Content.Concat(predicted.Source), s => Assert.InRange(s.End, s.Start, document.Text.Length));
            }
        }
    }

    [Fact]
    public void Extracted_quotes_carry_the_span_of_their_speaker_and_their_pieces()
    {
        var article = Crosscheck.Tests.Analysis.TestArticles.Create("a", "Budget vote", null, "Finance Minister Ana Ruiz spoke on Monday. \u201CThe budget is balanced,\u201D Ruiz said. \u201CWe cut nothing this year.\u201D");
        var quote = Assert.Single(new StoryAnalyzer().ExtractQuotes([article]).Quotes);
        Assert.Equal("Ruiz", quote.SpeakerSpan?.Slice(article.Text));
        Assert.Equal(["The budget is balanced", "We cut nothing this year."], quote.Parts.Select(p => p.Slice(article.Text)));
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }
}
