using System.Collections.Immutable;

namespace Crosscheck.Analysis.Quotes;

/// <summary>
/// Groups the variants of one quote across a story's articles: two quotes are variants when most content words
/// of the shorter one (stemmed, stop words out) occur in the other, so a partial quote joins the full one and a
/// re-worded translation joins when it keeps the rare words. Quotes credited to different named speakers never
/// group. The group's speaker is the one most variants name, named entities before anonymous descriptions.
/// </summary>
public sealed class QuoteGrouper
{
    /// <summary>Share of the shorter quote's content words the other must contain.</summary>
    public double MinOverlap { get; init; } = 0.5;

    internal ImmutableArray<QuoteGroup> Group(IReadOnlyList<ExtractedQuote> quotes, IReadOnlyList<ArticleDocument> documents, ISet<string> entityNames)
    {
        var groups = new List<(List<int> Members, List<HashSet<string>> Words)>();
        var contentWords = new ContentWordStems();
        var words = quotes.Select(q => contentWords.Of(q.Text)).ToList();
        for (var i = 0; i < quotes.Count; i++)
        {
            var best = -1;
            var bestScore = 0.0;
            for (var g = 0; g < groups.Count; g++)
            {
                if (!Compatible(quotes, groups[g].Members, quotes[i], entityNames)) continue;
                foreach (var other in groups[g].Words)
                {
                    var score = Overlap(words[i], other);
                    if (score > bestScore)
                    {
                        bestScore = score;
                        best = g;
                    }
                }
            }
            if (best >= 0 && bestScore >= MinOverlap)
            {
                groups[best].Members.Add(i);
                groups[best].Words.Add(words[i]);
            }
            else
            {
                groups.Add(([i], [words[i]]));
            }
        }

        return groups
            .Select(g => (g.Members, Articles: g.Members.Select(i => quotes[i].ArticleIndex).Distinct().Count()))
            .OrderByDescending(g => g.Articles)
            .ThenBy(g => quotes[g.Members[0]].ArticleIndex)
            .ThenBy(g => quotes[g.Members[0]].Span.Start)
            .Select(g => new QuoteGroup(
                Speaker(g.Members.Select(i => quotes[i]), entityNames),
                g.Members.Select(i => new QuoteVariant(documents[quotes[i].ArticleIndex].Article.Id, quotes[i].Text, quotes[i].Span)).ToImmutableArray()))
            .ToImmutableArray();
    }

    private static bool Compatible(IReadOnlyList<ExtractedQuote> quotes, List<int> members, ExtractedQuote candidate, ISet<string> entityNames)
    {
        if (candidate.Speaker is not { } speaker || !entityNames.Contains(speaker) || candidate.Attribution == Attribution.Source) return true;
        foreach (var m in members)
        {
            var other = quotes[m];
            if (other.Speaker is { } s && other.Attribution != Attribution.Source && entityNames.Contains(s) && s != speaker) return false;
        }
        return true;
    }

    private static string? Speaker(IEnumerable<ExtractedQuote> variants, ISet<string> entityNames) =>
        variants
            .Where(v => v.Speaker is not null)
            .Select((v, order) => (v, order))
            .GroupBy(x => x.v.Speaker!, StringComparer.Ordinal)
            .OrderByDescending(g => entityNames.Contains(g.Key) ? 1 : 0)
            .ThenByDescending(g => g.Sum(x => x.v.Attribution == Attribution.Source ? 0.5 : 1.0))
            .ThenBy(g => g.Min(x => x.order))
            .Select(g => g.Key)
            .FirstOrDefault();

    private static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var shared = ContentWordStems.Shared(a, b);
        var min = Math.Min(a.Count, b.Count);
        if (shared < 2 && min > 2) return 0;
        return (double)shared / min;
    }
}
