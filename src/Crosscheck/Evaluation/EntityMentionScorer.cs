using System.Collections.Immutable;
using System.Globalization;
using Crosscheck.Analysis;
using Crosscheck.Text;

namespace Crosscheck.Evaluation;

/// <summary>A typed mention of some document: gold or predicted.</summary>
public sealed record TypedMention(string Document, TextSpan Span, EntityType Type);

/// <summary>When a predicted mention matches a gold one.</summary>
public enum MentionMatch
{
    /// <summary>The same span and the same type.</summary>
    Strict,

    /// <summary>Overlapping spans and the same type.</summary>
    Lenient,

    /// <summary>The same span, whatever the types.</summary>
    Untyped,
}

/// <summary>Gold, predicted and matched mentions, with precision, recall and F1.</summary>
public sealed record MentionCounts(int Gold, int Predicted, int Matched)
{
    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0;

    public static MentionCounts operator +(MentionCounts a, MentionCounts b) => new(a.Gold + b.Gold, a.Predicted + b.Predicted, a.Matched + b.Matched);

    public static MentionCounts Zero { get; } = new(0, 0, 0);

    /// <summary><c>p=0.812 r=0.700 f1=0.752</c>, with <paramref name="prefix"/> before each name.</summary>
    public string Format(string prefix = "") => string.Create(CultureInfo.InvariantCulture, $"{prefix}p={Precision:0.000} {prefix}r={Recall:0.000} {prefix}f1={F1:0.000}");
}

/// <summary>
/// Mention scores of one matching rule: per gold type (Person, Organization, Location) and micro-averaged.
/// Under <see cref="MentionMatch.Untyped"/> a type's row counts gold and matches by the gold type and
/// predictions by the predicted type, so only <see cref="Micro"/> is a proper score.
/// </summary>
public sealed record MentionScores(MentionMatch Match, ImmutableSortedDictionary<EntityType, MentionCounts> ByType)
{
    public MentionCounts Micro => ByType.Values.Aggregate(MentionCounts.Zero, (a, b) => a + b);

    public MentionCounts this[EntityType type] => ByType.GetValueOrDefault(type, MentionCounts.Zero);
}

/// <summary>
/// Scores predicted entity mentions against gold mentions, one to one: in each document a gold mention is matched to
/// at most one prediction and back. Exact spans are paired first, then (lenient) the largest overlaps, earliest first.
/// Predictions of type <see cref="EntityType.Other"/> are ignored. A prediction left unmatched that would match one
/// of the <c>neutral</c> gold mentions (a correct mention outside the gold set being scored, such as a demonym or a
/// role when names are scored) is neither right nor wrong: it is left out of the predicted count.
/// </summary>
public static class EntityMentionScorer
{
    public static readonly ImmutableArray<EntityType> Types = [EntityType.Person, EntityType.Organization, EntityType.Location];

    /// <summary>The scores of <paramref name="predicted"/> against <paramref name="gold"/>.</summary>
    public static MentionScores Score(IEnumerable<TypedMention> gold, IEnumerable<TypedMention> predicted, MentionMatch match, IEnumerable<TypedMention>? neutral = null)
    {
        var (matchedPairs, unmatched) = Align(gold, predicted, match, neutral);
        var goldCounts = Types.ToDictionary(t => t, _ => 0);
        var predictedCounts = Types.ToDictionary(t => t, _ => 0);
        var matchedCounts = Types.ToDictionary(t => t, _ => 0);
        foreach (var (g, p) in matchedPairs)
        {
            goldCounts[g.Type]++;
            predictedCounts[p.Type]++;
            matchedCounts[g.Type]++;
        }
        foreach (var g in unmatched.Gold) goldCounts[g.Type]++;
        foreach (var p in unmatched.Predicted) predictedCounts[p.Type]++;
        return new MentionScores(match, Types.ToImmutableSortedDictionary(t => t, t => new MentionCounts(goldCounts[t], predictedCounts[t], matchedCounts[t])));
    }

    /// <summary>
    /// The one-to-one alignment: matched pairs, then the gold mentions missed and the predictions that match
    /// nothing (neutral ones excluded).
    /// </summary>
    public static (List<(TypedMention Gold, TypedMention Predicted)> Matched, (List<TypedMention> Gold, List<TypedMention> Predicted) Unmatched) Align(
        IEnumerable<TypedMention> gold, IEnumerable<TypedMention> predicted, MentionMatch match, IEnumerable<TypedMention>? neutral = null)
    {
        var goldList = gold.Where(g => g.Type != EntityType.Other).Distinct().ToList();
        var predictedList = predicted.Where(p => p.Type != EntityType.Other).Distinct().ToList();
        var neutralByDocument = (neutral ?? []).Where(n => n.Type != EntityType.Other).ToLookup(n => n.Document, StringComparer.Ordinal);
        var goldByDocument = goldList.ToLookup(g => g.Document, StringComparer.Ordinal);
        var predictedByDocument = predictedList.ToLookup(p => p.Document, StringComparer.Ordinal);
        var matched = new List<(TypedMention, TypedMention)>();
        var missed = new List<TypedMention>();
        var spurious = new List<TypedMention>();
        foreach (var document in goldList.Select(g => g.Document).Concat(predictedList.Select(p => p.Document)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var g = goldByDocument[document].ToList();
            var p = predictedByDocument[document].ToList();
            var candidates = new List<(int Gold, int Predicted, bool Exact, int Overlap)>();
            for (var i = 0; i < g.Count; i++)
            {
                for (var j = 0; j < p.Count; j++)
                {
                    if (Matches(g[i], p[j], match)) candidates.Add((i, j, g[i].Span == p[j].Span, Overlap(g[i].Span, p[j].Span)));
                }
            }
            var goldUsed = new bool[g.Count];
            var predictedUsed = new bool[p.Count];
            foreach (var (i, j, _, _) in candidates.OrderByDescending(c => c.Exact).ThenByDescending(c => c.Overlap).ThenBy(c => g[c.Gold].Span.Start).ThenBy(c => p[c.Predicted].Span.Start))
            {
                if (goldUsed[i] || predictedUsed[j]) continue;
                goldUsed[i] = predictedUsed[j] = true;
                matched.Add((g[i], p[j]));
            }
            missed.AddRange(g.Where((_, i) => !goldUsed[i]));
            var neutralHere = neutralByDocument[document].ToList();
            spurious.AddRange(p.Where((x, j) => !predictedUsed[j] && !neutralHere.Any(n => Matches(n, x, match))));
        }
        return (matched, (missed, spurious));
    }

    private static bool Matches(TypedMention gold, TypedMention predicted, MentionMatch match) => match switch
    {
        MentionMatch.Strict => gold.Span == predicted.Span && gold.Type == predicted.Type,
        MentionMatch.Lenient => Overlap(gold.Span, predicted.Span) > 0 && gold.Type == predicted.Type,
        _ => gold.Span == predicted.Span,
    };

    private static int Overlap(TextSpan a, TextSpan b) => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));
}
