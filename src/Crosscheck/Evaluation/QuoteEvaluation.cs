using System.Collections.Immutable;
using System.Diagnostics;
using Crosscheck.Analysis;
using Crosscheck.Analysis.Quotes;
using Crosscheck.Extraction;
using Crosscheck.Text;

namespace Crosscheck.Evaluation;

/// <summary>One article's gold and predicted attributions (spans into <see cref="AttributionDocument.Text"/>, the article as Crosscheck reads it) and its scores.</summary>
public sealed record QuoteEvaluationArticle(string Name, AttributionDocument Document, AttributionEvaluation Scores);

/// <summary>The outcome of running the quote extractor over PolNeAR articles.</summary>
public sealed record QuoteEvaluationRun(AttributionEvaluation Scores, IReadOnlyList<QuoteEvaluationArticle> Articles, TimeSpan Elapsed)
{
    /// <summary>The articles with the lowest content soft F1 over all attributions, then by name.</summary>
    public IEnumerable<QuoteEvaluationArticle> Worst(int count) =>
        Articles.OrderBy(a => a.Scores.All.ContentSoft.F1).ThenBy(a => a.Name, StringComparer.Ordinal).Take(count);
}

/// <summary>
/// Runs the analysis stage's quote extraction on PolNeAR (each article its own story, analysed as
/// <see cref="StoryAnalyzer"/> does) and scores its quotes of every kind against the gold attributions with
/// <see cref="AttributionScorer"/>. An article becomes a Crosscheck <see cref="Article"/> with its first line as
/// the title and each non-blank line, trimmed, as a body paragraph (the title too, so quotes in it count), and the
/// gold spans are moved onto that text.
/// </summary>
public static class QuoteEvaluation
{
    public static QuoteEvaluationRun Run(IReadOnlyList<PolnearArticle> articles, StoryAnalyzerOptions? options = null, CancellationToken cancellationToken = default)
    {
        var analyzer = new StoryAnalyzer(options ?? new StoryAnalyzerOptions());
        var clock = Stopwatch.StartNew();
        var results = new QuoteEvaluationArticle[articles.Count];
        Parallel.For(0, articles.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = 2 }, i =>
        {
            var document = Predict(analyzer, articles[i]);
            results[i] = new QuoteEvaluationArticle(articles[i].Name, document, AttributionScorer.ScoreDocument(document));
        });
        return new QuoteEvaluationRun(AttributionScorer.Score(results.Select(r => r.Document)), results, clock.Elapsed);
    }

    /// <summary>One article's gold attributions and the extractor's quotes, as spans of the article as Crosscheck reads it.</summary>
    public static AttributionDocument Predict(StoryAnalyzer analyzer, PolnearArticle source)
    {
        var (article, map) = ToArticle(source);
        var text = article.Text;
        var gold = source.Attributions
            .Select(a => a.Content.Select(map.Map).ToImmutableArray())
            .Zip(source.Attributions, (content, a) => new ScoredAttribution(content, a.Source.Select(map.Map).ToImmutableArray(), AttributionScorer.IsQuoted(source.Text, a.Content)))
            .ToList();
        // A quote that continues the previous direct quote (the next paragraph's, or the sentence after "he said.") is
        // the same attribution, as PolNeAR annotates it; reported speech in between does not break the chain.
        var predicted = new List<ScoredAttribution>();
        foreach (var q in analyzer.ExtractQuotes([article]).Quotes)
        {
            var previous = predicted.FindLastIndex(p => p.Direct);
            if (q.Attribution == Attribution.Continued && previous >= 0)
            {
                predicted[previous] = predicted[previous] with { Content = predicted[previous].Content.AddRange(q.Content) };
                continue;
            }
            predicted.Add(new ScoredAttribution(q.Content, q.SpeakerSpan is { } s ? [s] : [], q.Kind == QuoteKind.Direct));
        }
        return new AttributionDocument(source.Name, text, gold, predicted);
    }

    /// <summary>The article Crosscheck reads from a PolNeAR text, and where each of its lines went.</summary>
    internal static (Article Article, LineMap Map) ToArticle(PolnearArticle source)
    {
        var lines = new List<(int Start, string Text)>();
        var position = 0;
        foreach (var line in source.Text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0) lines.Add((position + line.IndexOf(trimmed[0], StringComparison.Ordinal), trimmed));
            position += line.Length + 1;
        }
        var body = lines.Select(l => l.Text).ToImmutableArray();
        var article = new Article
        {
            Id = source.Name,
            Source = source.Name,
            Title = body.IsEmpty ? string.Empty : body[0],
            Body = body,
        };
        var spans = article.ParagraphSpans();
        return (article, new LineMap([.. lines.Select((l, i) => (l.Start, spans[i].Start, spans[i].Length))]));
    }

    /// <summary>Moves spans of the original text onto the text of its trimmed non-blank lines joined by blank lines.</summary>
    internal sealed class LineMap((int Original, int Moved, int Length)[] lines)
    {
        public TextSpan Map(TextSpan span)
        {
            var start = Position(span.Start, atEnd: false);
            var end = Math.Max(start, Position(span.End, atEnd: true));
            return TextSpan.FromBounds(start, end);
        }

        /// <summary>A position inside a line moves with it; one between lines goes to the next line's start (a span's start) or the previous line's end (its end).</summary>
        private int Position(int original, bool atEnd)
        {
            if (lines.Length == 0) return 0;
            var i = Array.FindLastIndex(lines, l => l.Original <= original);
            if (i < 0) return lines[0].Moved;
            var (from, to, length) = lines[i];
            if (original <= from + length) return to + (original - from);
            if (atEnd || i + 1 == lines.Length) return to + length;
            return lines[i + 1].Moved;
        }
    }
}
