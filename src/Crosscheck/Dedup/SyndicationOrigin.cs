using System.Text.RegularExpressions;
using Crosscheck.Extraction;

namespace Crosscheck.Dedup;

/// <summary>
/// Which member of a copy group is the original. The earliest dated wins; among copies of the same day (dates
/// carry no time), a copy that credits another member's outlet in its text ("This article is from the Meridian
/// Press Agency") is not the original, and a news agency or wire service (by the words of its name) is preferred,
/// and a copy that is the longest cut down (a trimmed reprint) is not the original; then the lowest
/// <see cref="Article.Ordinal"/>, then input order.
/// </summary>
internal static partial class SyndicationOrigin
{
    [GeneratedRegex(@"\b(?:agency|agence|agencia|agenzia|agentur|wire|wires|newswire|news\s+service|press\s+association)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WireServiceName();

    /// <summary>The index (into <paramref name="articles"/>) of the original among <paramref name="members"/>.</summary>
    public static int Choose(IReadOnlyList<Article> articles, IReadOnlyList<int> members)
    {
        var earliest = members.Select(i => articles[i].Published).Where(d => d is not null).Min();
        var candidates = members.Where(i => articles[i].Published == earliest).ToList();
        if (candidates.Count == 1) return candidates[0];
        // A trimmed reprint holds clearly less than its original: a body shorter by a tenth or more than the group's
        // longest is not the original (a full reprint, a few words of furniture apart, is as long).
        var longest = candidates.MaxBy(i => articles[i].Text.Length);
        return candidates
            .OrderBy(i => CreditsAnother(articles, i, candidates) ? 1 : 0)
            .ThenBy(i => articles[i].Outlet is { } outlet && WireServiceName().IsMatch(outlet) ? 0 : 1)
            .ThenBy(i => IsTrimmedFrom(articles[i], articles[longest]) ? 1 : 0)
            .ThenBy(i => articles[i].Ordinal)
            .ThenBy(i => i)
            .First();
    }

    /// <summary>
    /// Whether <paramref name="copy"/> is <paramref name="longest"/> cut down: a tenth shorter or more, and four in five of
    /// its paragraphs printed in the longer one. A reprint that adds its own paragraphs is not taken for the original.
    /// </summary>
    private static bool IsTrimmedFrom(Article copy, Article longest)
    {
        if (ReferenceEquals(copy, longest) || copy.Text.Length * 10 >= longest.Text.Length * 9 || copy.Body.Length == 0) return false;
        var kept = copy.Body.Count(p => longest.Text.Contains(p.Trim(), StringComparison.Ordinal));
        return kept * 5 >= copy.Body.Length * 4;
    }

    /// <summary>Whether article <paramref name="i"/> names in its text the outlet of another candidate (and not its own).</summary>
    private static bool CreditsAnother(IReadOnlyList<Article> articles, int i, List<int> candidates)
    {
        var own = articles[i].Outlet;
        foreach (var j in candidates)
        {
            if (j == i || articles[j].Outlet is not { Length: > 2 } other) continue;
            if (own is not null && string.Equals(own, other, StringComparison.OrdinalIgnoreCase)) continue;
            if (articles[i].Text.Contains(other, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
