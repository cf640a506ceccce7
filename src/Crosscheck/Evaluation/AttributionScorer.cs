using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Crosscheck.Text;

namespace Crosscheck.Evaluation;

/// <summary>
/// An attribution to score: its content and source as spans of the article text (several spans when a quote is
/// split by "he said"; no source span when there is none). <see cref="Direct"/>: the content is a direct quote.
/// </summary>
public sealed record ScoredAttribution(ImmutableArray<TextSpan> Content, ImmutableArray<TextSpan> Source, bool Direct);

/// <summary>One article's text with its gold and predicted attributions.</summary>
public sealed record AttributionDocument(string Id, string Text, IReadOnlyList<ScoredAttribution> Gold, IReadOnlyList<ScoredAttribution> Predicted);

/// <summary>Precision, recall and F1 from summed credit: <c>P = credit / predicted</c>, <c>R = credit / gold</c>.</summary>
public readonly record struct PrfScore(double Credit, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : Credit / Predicted;

    public double Recall => Gold == 0 ? 0 : Credit / Gold;

    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0;

    public static PrfScore operator +(PrfScore a, PrfScore b) => new(a.Credit + b.Credit, a.Predicted + b.Predicted, a.Gold + b.Gold);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000}");
}

/// <summary>Content and source scores, strict and soft, of a set of attributions.</summary>
public sealed record AttributionScores(PrfScore ContentStrict, PrfScore ContentSoft, PrfScore SourceStrict, PrfScore SourceSoft)
{
    public static AttributionScores Zero { get; } = new(default, default, default, default);

    public static AttributionScores operator +(AttributionScores a, AttributionScores b) =>
        new(a.ContentStrict + b.ContentStrict, a.ContentSoft + b.ContentSoft, a.SourceStrict + b.SourceStrict, a.SourceSoft + b.SourceSoft);

    /// <summary>Two lines: content, then source (counted on the pairs whose content matched).</summary>
    public string Format(string label) => string.Create(CultureInfo.InvariantCulture,
        $"{label} content gold={ContentSoft.Gold} predicted={ContentSoft.Predicted} strict {ContentStrict} soft {ContentSoft}\n"
        + $"{label} source  gold={SourceSoft.Gold} predicted={SourceSoft.Predicted} strict {SourceStrict} soft {SourceSoft}");
}

/// <summary>The scores of a set of documents: over all gold attributions, and over those whose content is a direct quote.</summary>
public sealed record AttributionEvaluation(AttributionScores All, AttributionScores Direct);

/// <summary>
/// Scores attribution extraction as the attribution literature does (Pareti et al., EMNLP 2013, and Pareti's
/// PARC 3.0 work: strict and partial span match; Scheible, Klinger &amp; Padó, ACL 2016: exact and token-overlap
/// quotation spans; Newell, Margolin &amp; Ruths, LREC 2018, who built PolNeAR: attributions aligned by overlapping
/// spans, then compared part by part).
/// <list type="bullet">
/// <item>Words: a span's tokens are the runs of letters, marks and digits lying wholly inside it, so punctuation,
/// quote marks and whitespace never count, and a discontinuous span is the union of its pieces.</item>
/// <item>Alignment: within an article, a predicted and a gold attribution can pair when their contents share a
/// token; pairs are taken greedily by the highest token-overlap F1 (Dice), each attribution in at most one pair.</item>
/// <item>Content. Strict: a pair earns 1 when both contents have exactly the same tokens (the same span once
/// surrounding punctuation, quote marks and whitespace are trimmed). Soft: a pair earns the overlap F1 of its two
/// token sets, <c>2|G∩P| / (|G| + |P|)</c>. P = credit / predicted attributions, R = credit / gold attributions.</item>
/// <item>Source: scored only on the pairs whose content matched. Predicted = pairs with a predicted source span,
/// gold = pairs with a gold source span; a pair with both earns 1 (strict, same tokens) or their overlap F1 (soft).
/// So a missing speaker costs recall and a speaker where the gold has none costs precision.</item>
/// <item>Direct quotes: the same figures restricted to gold attributions whose content is in quotation marks
/// (<see cref="IsQuoted"/>), and to the predictions paired with one of them or, unpaired, marked direct.</item>
/// </list>
/// </summary>
public static partial class AttributionScorer
{
    [GeneratedRegex(@"[\p{L}\p{M}\p{Nd}]+", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    /// <summary>Scores a set of documents.</summary>
    public static AttributionEvaluation Score(IEnumerable<AttributionDocument> documents)
    {
        var all = AttributionScores.Zero;
        var direct = AttributionScores.Zero;
        foreach (var document in documents)
        {
            var scored = ScoreDocument(document);
            all += scored.All;
            direct += scored.Direct;
        }
        return new AttributionEvaluation(all, direct);
    }

    /// <summary>Scores one document.</summary>
    public static AttributionEvaluation ScoreDocument(AttributionDocument document)
    {
        var tokens = TokenPattern().Matches(document.Text).Select(m => TextSpan.FromBounds(m.Index, m.Index + m.Length)).ToArray();
        var gold = document.Gold.Select(a => (a, Content: TokensIn(tokens, a.Content), Source: TokensIn(tokens, a.Source))).ToList();
        var predicted = document.Predicted.Select(a => (a, Content: TokensIn(tokens, a.Content), Source: TokensIn(tokens, a.Source))).ToList();

        var candidates = new List<(double Dice, int Gold, int Predicted)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                var dice = Dice(gold[g].Content, predicted[p].Content);
                if (dice > 0) candidates.Add((dice, g, p));
            }
        }
        candidates.Sort((x, y) => y.Dice != x.Dice ? y.Dice.CompareTo(x.Dice) : x.Gold != y.Gold ? x.Gold.CompareTo(y.Gold) : x.Predicted.CompareTo(y.Predicted));
        var goldPair = Enumerable.Repeat(-1, gold.Count).ToArray();
        var predictedPair = Enumerable.Repeat(-1, predicted.Count).ToArray();
        foreach (var (_, g, p) in candidates)
        {
            if (goldPair[g] >= 0 || predictedPair[p] >= 0) continue;
            goldPair[g] = p;
            predictedPair[p] = g;
        }

        AttributionScores Sum(Func<int, bool> goldIn, Func<int, bool> predictedIn)
        {
            double contentStrict = 0, contentSoft = 0, sourceStrict = 0, sourceSoft = 0;
            int sourceGold = 0, sourcePredicted = 0;
            for (var g = 0; g < gold.Count; g++)
            {
                if (!goldIn(g) || goldPair[g] < 0) continue;
                var (_, goldContent, goldSource) = gold[g];
                var (_, predictedContent, predictedSource) = predicted[goldPair[g]];
                contentSoft += Dice(goldContent, predictedContent);
                if (goldContent.SetEquals(predictedContent)) contentStrict++;
                if (goldSource.Count > 0) sourceGold++;
                if (predictedSource.Count > 0) sourcePredicted++;
                if (goldSource.Count > 0 && predictedSource.Count > 0)
                {
                    sourceSoft += Dice(goldSource, predictedSource);
                    if (goldSource.SetEquals(predictedSource)) sourceStrict++;
                }
            }
            var goldCount = Enumerable.Range(0, gold.Count).Count(goldIn);
            var predictedCount = Enumerable.Range(0, predicted.Count).Count(p => predictedPair[p] >= 0 ? goldIn(predictedPair[p]) : predictedIn(p));
            return new AttributionScores(
                new PrfScore(contentStrict, predictedCount, goldCount),
                new PrfScore(contentSoft, predictedCount, goldCount),
                new PrfScore(sourceStrict, sourcePredicted, sourceGold),
                new PrfScore(sourceSoft, sourcePredicted, sourceGold));
        }

        return new AttributionEvaluation(
            Sum(_ => true, _ => true),
            Sum(g => gold[g].a.Direct, p => predicted[p].a.Direct));
    }

    /// <summary>
    /// Whether a content is a direct quote: its first piece opens with a quotation mark (" “ « ‘ „ or '') and its
    /// last piece closes with one (" ” » ’ or ''), allowing punctuation and whitespace outside the marks.
    /// </summary>
    public static bool IsQuoted(string text, ImmutableArray<TextSpan> content)
    {
        if (content.IsDefaultOrEmpty) return false;
        var first = content.MinBy(s => s.Start);
        var last = content.MaxBy(s => s.End);
        var opening = first.Slice(text).TrimStart().TrimStart(',', ';', ':', '.', '(', '\u2014', '\u2013', '-', ' ');
        var closing = last.Slice(text).TrimEnd().TrimEnd(',', ';', ':', '.', ')', '\u2014', '\u2013', '-', ' ');
        return opening.Length > 2 && closing.Length > 2
            && (opening[0] is '"' or '\u201C' or '\u00AB' or '\u2018' or '\u201E' || opening.StartsWith("''", StringComparison.Ordinal))
            && (closing[^1] is '"' or '\u201D' or '\u00BB' or '\u2019' || closing.EndsWith("''", StringComparison.Ordinal));
    }

    private static HashSet<int> TokensIn(TextSpan[] tokens, ImmutableArray<TextSpan> spans)
    {
        var set = new HashSet<int>();
        if (spans.IsDefaultOrEmpty) return set;
        foreach (var span in spans)
        {
            var i = LowerBound(tokens, span.Start);
            for (; i < tokens.Length && tokens[i].Start < span.End; i++)
            {
                if (tokens[i].End <= span.End) set.Add(i);
            }
        }
        return set;
    }

    private static int LowerBound(TextSpan[] tokens, int position)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start < position) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static double Dice(HashSet<int> a, HashSet<int> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var shared = a.Count <= b.Count ? a.Count(b.Contains) : b.Count(a.Contains);
        return 2.0 * shared / (a.Count + b.Count);
    }
}
