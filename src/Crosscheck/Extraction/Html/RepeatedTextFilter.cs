using System.Collections.Immutable;

namespace Crosscheck.Extraction.Html;

/// <summary>
/// Drops blocks that repeat text the article already gave: pages print teasers, summaries and hidden
/// copies of their own paragraphs (a "read more" excerpt, an AMP or print copy). A block goes when most of
/// its word trigrams were already seen. Only long blocks are judged: a recipe or a table legitimately repeats
/// its short items, while the copies pages hide are whole passages.
/// </summary>
internal static class RepeatedTextFilter
{
    private const int MinWords = 60;
    private const double RepeatedShare = 0.8;

    public static ImmutableArray<PageBlock> Filter(ImmutableArray<PageBlock> blocks)
    {
        var seen = new HashSet<(string, string, string)>();
        var kept = ImmutableArray.CreateBuilder<PageBlock>(blocks.Length);
        foreach (var block in blocks)
        {
            var words = block.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < MinWords)
            {
                kept.Add(block);
                continue;
            }
            for (var i = 0; i < words.Length; i++) words[i] = Normal(words[i]);
            var trigrams = new List<(string, string, string)>(words.Length - 2);
            for (var i = 0; i + 2 < words.Length; i++) trigrams.Add((words[i], words[i + 1], words[i + 2]));
            var repeated = trigrams.Count(seen.Contains);
            if (repeated >= trigrams.Count * RepeatedShare) continue;
            foreach (var trigram in trigrams) seen.Add(trigram);
            kept.Add(block);
        }
        return kept.Count == blocks.Length ? blocks : kept.ToImmutable();
    }

    private static string Normal(string word) => word.Trim('.', ',', ';', ':', '!', '?', '"', '\'', '“', '”', '‘', '’', '(', ')', '…').ToLowerInvariant();
}
