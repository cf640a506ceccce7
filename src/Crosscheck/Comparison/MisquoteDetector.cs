using System.Collections.Frozen;
using System.Collections.Immutable;
using Crosscheck.Analysis;
using Crosscheck.Text;

namespace Crosscheck.Comparison;

/// <summary>
/// Finds misquotes: the variants of one quote (as the analysis groups them across articles) that print different
/// words. A direct quote is verbatim, so "We will not be automated" against "We won't be automated", or "this time"
/// against "on this occasion", is a conflict a fact-checker wants to see. A variant whose words run inside a longer
/// one (a partial or trimmed quote) agrees with it; case and punctuation do not count.
/// </summary>
internal static class MisquoteDetector
{
    /// <summary>
    /// The misquotes of a story, at most <paramref name="maxConflicts"/>: first those whose wordings differ in what they
    /// say (<paramref name="minor"/> false), or else those whose wordings differ only in small words or in length ("lost
    /// steering about four minutes before the impact" against "lost its steering some four minutes before impact"):
    /// every content word of each wording is in the longest. A reader wants to see those last.
    /// </summary>
    public static ImmutableArray<Conflict> Detect(StoryAnalysis analysis, int maxConflicts, bool minor = false)
    {
        if (analysis.Quotes.IsDefaultOrEmpty || maxConflicts <= 0) return [];
        var conflicts = ImmutableArray.CreateBuilder<Conflict>();
        foreach (var group in analysis.Quotes)
        {
            if (group.Variants.Select(v => v.ArticleId).Distinct(StringComparer.Ordinal).Count() < 2) continue;
            var versions = Versions(group.Variants);
            if (versions.Count < 2 || DiffersOnlyInSmallWords(versions) != minor) continue;
            var about = ConflictDetector.WordingAbout(group.Speaker);
            conflicts.Add(new Conflict(about, versions
                .Select(v => new ConflictVersion("\u201C" + v.Text + "\u201D", v.ArticleIds.Distinct(StringComparer.Ordinal).ToImmutableArray()))
                .ToImmutableArray()));
            if (conflicts.Count == maxConflicts) break;
        }
        return conflicts.ToImmutable();
    }

    /// <summary>Small words that change what a quote says: negation, modality, direction and quantity ("we will not close" is no small change).</summary>
    private static readonly FrozenSet<string> MeaningWords = new[]
    {
        "not", "no", "never", "nor", "none", "nothing", "without", "cannot", "must", "might", "may", "could", "should", "would", "will", "can",
        "before", "after", "more", "less", "most", "least", "above", "below", "over", "under", "up", "down", "all", "only", "against",
        "few", "many", "several", "much", "very", "too", "neither", "either", "yet", "still", "again", "also", "almost", "nearly", "just",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether every content word of each wording (stemmed) is a content word of the longest, the first, and the longest
    /// adds no word of meaning to it ("we will not close" against "we will close").
    /// </summary>
    private static bool DiffersOnlyInSmallWords(List<(string Text, List<string> ArticleIds)> versions)
    {
        static HashSet<string> Content(string text) =>
            Tokenizer.FoldedWords(text).Where(w => !Stopwords.IsStopword(w) || MeaningWords.Contains(w)).Select(LightStemmer.Stem).ToHashSet(StringComparer.Ordinal);
        var longest = Content(versions[0].Text);
        return versions.Skip(1).Select(v => Content(v.Text)).All(other =>
            other.IsSubsetOf(longest) && !longest.Except(other).Any(w => MeaningWords.Contains(w)));
    }

    /// <summary>
    /// The distinct wordings of a quote: the variants no other variant contains, longest first, each with the
    /// articles of every variant it contains. An article printing two wordings of one quote makes no conflict.
    /// </summary>
    private static List<(string Text, List<string> ArticleIds)> Versions(ImmutableArray<QuoteVariant> variants)
    {
        var words = variants.Select(v => Tokenizer.FoldedWords(v.Text).ToArray()).ToList();
        var order = Enumerable.Range(0, variants.Length).OrderByDescending(i => words[i].Length).ThenBy(i => i).ToList();
        var versions = new List<(int Index, string Text, List<string> ArticleIds)>();
        foreach (var i in order)
        {
            if (words[i].Length == 0) continue;
            var home = versions.FindIndex(v => Contains(words[v.Index], words[i]));
            if (home >= 0) versions[home].ArticleIds.Add(variants[i].ArticleId);
            else versions.Add((i, variants[i].Text.Trim(), [variants[i].ArticleId]));
        }
        if (versions.Count < 2) return [];
        var perArticle = versions.SelectMany(v => v.ArticleIds.Distinct(StringComparer.Ordinal)).GroupBy(a => a, StringComparer.Ordinal);
        if (perArticle.Any(g => g.Count() > 1)) return [];
        return versions.Select(v => (v.Text, v.ArticleIds)).ToList();
    }

    /// <summary>Small words a retelling may leave out where it cut a quote in two: "The old town is broken, but its people are not" and "The old town is broken … Its people are not."</summary>
    private const int MaxLeftOutWords = 2;

    /// <summary>
    /// Whether <paramref name="part"/> occurs inside <paramref name="whole"/> as a run of words, up to
    /// <see cref="MaxLeftOutWords"/> small words of <paramref name="whole"/> left out between them (not a word of meaning such as "not").
    /// </summary>
    private static bool Contains(string[] whole, string[] part)
    {
        if (part.Length == 0) return true;
        for (var start = 0; start + part.Length <= whole.Length; start++)
        {
            if (whole[start] != part[0]) continue;
            int k = 1, at = start + 1, leftOut = 0;
            while (k < part.Length && at < whole.Length)
            {
                if (whole[at] == part[k])
                {
                    k++;
                    at++;
                }
                else if (leftOut < MaxLeftOutWords && Stopwords.IsStopword(whole[at]) && !MeaningWords.Contains(whole[at]))
                {
                    leftOut++;
                    at++;
                }
                else break;
            }
            if (k == part.Length) return true;
        }
        return false;
    }
}
