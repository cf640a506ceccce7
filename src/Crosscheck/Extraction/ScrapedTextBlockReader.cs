using System.Collections.Immutable;
using Crosscheck.Text;

namespace Crosscheck.Extraction;

/// <summary>
/// Reads a scraped plain-text page into blocks: one per non-empty line, white space collapsed. Furniture glued
/// to the first words of a sentence without a space ("… 16:12| viewsAt least two …", "byJane Doe") is split
/// into its own block.
/// </summary>
public static class ScrapedTextBlockReader
{
    public static ImmutableArray<PageBlock> Read(string content)
    {
        var blocks = ImmutableArray.CreateBuilder<PageBlock>();
        var position = 0;
        while (position <= content.Length)
        {
            var newline = content.IndexOf('\n', position);
            var end = newline < 0 ? content.Length : newline;
            var line = Collapse(content.AsSpan(position, end - position));
            if (line.Length > 0)
            {
                var span = new TextSpan(position, end - position);
                foreach (var part in SplitGluedFurniture(line)) blocks.Add(new PageBlock(part) { SourceSpan = span });
            }
            if (newline < 0) break;
            position = newline + 1;
        }
        return blocks.ToImmutable();
    }

    /// <summary>
    /// Splits "Politics | 3 March 2025, 14:05 | 1,203 viewsThe council voted…" into the furniture and the
    /// sentence. A split needs evidence on both sides: the head looks like furniture (a date, a time, a
    /// separator, a counter, a reading time) and the tail reads like prose (several words).
    /// </summary>
    public static IEnumerable<string> SplitGluedFurniture(string line)
    {
        var by = FurniturePatterns.GluedBy().Match(line);
        if (by.Success && line.Length < 80)
        {
            yield return "By " + line[2..];
            yield break;
        }
        var trailing = FurniturePatterns.TrailingLabel().Match(line);
        if (trailing.Success && CountWords(line) > 8 && IsLabel(trailing.Groups["label"].Value))
        {
            foreach (var part in SplitGluedFurniture(line[..trailing.Index])) yield return part;
            yield return trailing.Groups["label"].Value;
            yield break;
        }
        foreach (System.Text.RegularExpressions.Match boundary in FurniturePatterns.GlueBoundary().Matches(line))
        {
            var at = boundary.Index;
            if (at < 3 || at > 160) continue;
            var head = line[..at];
            var tail = line[at..];
            if (!LooksLikeFurnitureHead(head) || CountWords(tail) < 6) continue;
            yield return head.Trim();
            yield return tail.Trim();
            yield break;
        }
        yield return line;
    }

    private static bool IsLabel(string text) =>
        FurniturePatterns.EndOfArticleLabel().IsMatch(text) || FurniturePatterns.ShareLabel().IsMatch(text) || FurniturePatterns.AdvertOrChrome().IsMatch(text);

    private static bool LooksLikeFurnitureHead(string head)
    {
        var hasSeparator = head.IndexOfAny(['|', '•', '/', '·']) >= 0;
        var hasDate = StatedDateParser.Find(head) is not null;
        var hasTime = FurniturePatterns.ClockOrRelativeTime().IsMatch(head);
        var hasCounterOrLabel = FurniturePatterns.ReadingTime().IsMatch(head) || FurniturePatterns.MediaAndCounters().IsMatch(head)
            || head.EndsWith("views", StringComparison.OrdinalIgnoreCase) || head.EndsWith("read", StringComparison.OrdinalIgnoreCase);
        var evidence = (hasSeparator ? 1 : 0) + (hasDate ? 1 : 0) + (hasTime ? 1 : 0) + (hasCounterOrLabel ? 1 : 0);
        // A head that is a long sentence is not furniture, whatever it contains.
        return evidence >= 2 || (evidence == 1 && CountWords(head) <= 4 && !char.IsLower(head[0]));
    }

    /// <summary>
    /// Words in a text. Scripts written without spaces (Chinese, Japanese kana and kanji, Thai) count one word
    /// per two characters, about their average word length.
    /// </summary>
    internal static int CountWords(string text)
    {
        var count = 0;
        var unspaced = 0;
        var inWord = false;
        foreach (var ch in text)
        {
            if (IsUnspacedScript(ch))
            {
                unspaced++;
                inWord = false;
                continue;
            }
            var isWordChar = char.IsLetterOrDigit(ch);
            if (isWordChar && !inWord) count++;
            inWord = isWordChar;
        }
        return count + (unspaced + 1) / 2;
    }

    private static bool IsUnspacedScript(char ch) =>
        ch is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\u0E00' and <= '\u0E7F');

    internal static string Collapse(ReadOnlySpan<char> text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var raw in text)
        {
            var ch = raw == '\u00A0' ? ' ' : raw;
            if (char.IsWhiteSpace(ch) || ch is '\u200B' or '\uFEFF')
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(ch);
        }
        return sb.ToString();
    }
}
