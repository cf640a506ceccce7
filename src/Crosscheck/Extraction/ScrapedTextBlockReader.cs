using System.Collections.Immutable;
using Crosscheck.Text;

namespace Crosscheck.Extraction;

/// <summary>
/// Reads a scraped plain-text page into blocks: one per non-empty line, white space collapsed. Text hard-wrapped at a
/// fixed width (wire copy, mail, archived plain text) is unwrapped first: a line so full that the next line's first word
/// would not have fitted on it was broken by the wrapping, not by the writer, and continues on the next line. Furniture
/// glued to the first words of a sentence without a space ("… 16:12| viewsAt least two …", "byJane Doe") is split
/// into its own block.
/// </summary>
public static class ScrapedTextBlockReader
{
    /// <summary>The widest wrapping looked for: lines of plain text hard-wrapped by a program or a writer are at most this long.</summary>
    private const int MaxWrapWidth = 100;

    /// <summary>How many lines must come near the wrap width for a page to count as hard-wrapped.</summary>
    private const int MinimumFullLines = 5;

    /// <summary>How far below the wrap width a line still counts as full (wrappers break before the word that would overflow).</summary>
    private const int FullLineSlack = 15;

    public static ImmutableArray<PageBlock> Read(string content)
    {
        var lines = new List<(string Text, TextSpan Span)>();
        var position = 0;
        while (position <= content.Length)
        {
            var newline = content.IndexOf('\n', position);
            var end = newline < 0 ? content.Length : newline;
            lines.Add((Collapse(content.AsSpan(position, end - position)), new TextSpan(position, end - position)));
            if (newline < 0) break;
            position = newline + 1;
        }
        var blocks = ImmutableArray.CreateBuilder<PageBlock>();
        var width = WrapWidth(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            var (line, span) = lines[i];
            if (line.Length == 0) continue;
            // A run of lines broken by the wrapping is one paragraph: "… Cassander Bay lost" / "46 containers overboard …".
            var last = width > 0 ? WrappedRunEnd(lines, i, width) : i;
            for (var k = i + 1; k <= last; k++)
            {
                var joinTight = line.EndsWith('-') && line.Length > 1 && char.IsLetter(line[^2]);
                line = joinTight ? line + lines[k].Text : line + " " + lines[k].Text;
            }
            if (last > i) span = TextSpan.FromBounds(span.Start, lines[last].Span.End);
            i = last;
            foreach (var part in SplitGluedFurniture(line)) blocks.Add(new PageBlock(part) { SourceSpan = span });
        }
        return blocks.ToImmutable();
    }

    /// <summary>
    /// The last line of the paragraph that starts at <paramref name="first"/> when the whole run of non-empty lines from
    /// there is hard-wrapped: every line but the last so full that the next line's first word would not have fitted on it,
    /// none longer than the width. Otherwise (a list of headlines, verse, a caption above a byline) the line stands alone.
    /// </summary>
    private static int WrappedRunEnd(List<(string Text, TextSpan Span)> lines, int first, int width)
    {
        var end = first;
        while (end + 1 < lines.Count && lines[end + 1].Text.Length > 0) end++;
        if (end == first) return first;
        for (var k = first; k < end; k++)
        {
            var length = lines[k].Text.Length;
            if (length > width || length + 1 + FirstWordLength(lines[k + 1].Text) <= width) return first;
        }
        return lines[end].Text.Length <= width ? end : first;
    }

    /// <summary>
    /// The width a page is hard-wrapped at, or 0 when it is not: among lines of at most <see cref="MaxWrapWidth"/>
    /// characters that stand in runs of two or more, the longest that at least <see cref="MinimumFullLines"/> lines, and half
    /// the page's lines of 30 characters or more, come within <see cref="FullLineSlack"/> of. A lone longer line (a rights
    /// notice, a headline) does not set the width, and a page of paragraphs on one line each has most of its text beyond it.
    /// </summary>
    private static int WrapWidth(List<(string Text, TextSpan Span)> lines)
    {
        var inRuns = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var length = lines[i].Text.Length;
            var inRun = length > 0 && ((i > 0 && lines[i - 1].Text.Length > 0) || (i + 1 < lines.Count && lines[i + 1].Text.Length > 0));
            if (inRun && length <= MaxWrapWidth) inRuns.Add(length);
        }
        // Most lines of some length come near the width: a page of one-line paragraphs has most of its text beyond it.
        var substantial = lines.Count(l => l.Text.Length >= 30);
        foreach (var width in inRuns.Where(l => l >= 40).Distinct().OrderDescending())
        {
            var full = inRuns.Count(l => l <= width && l > width - FullLineSlack);
            if (full >= MinimumFullLines && 2 * full >= substantial) return width;
        }
        return 0;
    }

    private static int FirstWordLength(string line)
    {
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? line.Length : space;
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
