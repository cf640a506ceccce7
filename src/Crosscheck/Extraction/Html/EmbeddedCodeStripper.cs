namespace Crosscheck.Extraction.Html;

/// <summary>
/// Empties the scripts and style sheets of a page before it is parsed: on news pages they are about half of the
/// markup, never article text, and the parser would otherwise build strings and nodes for all of it. JSON-LD
/// scripts (<c>type="application/ld+json"</c>) keep their content, since metadata is read from them. The tags
/// themselves stay, so the document's structure is unchanged. One linear pass; a page without code is
/// returned as it is.
/// </summary>
internal static class EmbeddedCodeStripper
{
    public static string Strip(string html)
    {
        List<Range>? emptied = null;
        var removed = 0;
        var position = 0;
        while (position < html.Length)
        {
            var open = html.IndexOf('<', position);
            if (open < 0 || open + 7 > html.Length) break;
            var name = RawTextElement(html, open + 1);
            if (name is null)
            {
                position = open + 1;
                continue;
            }
            var tagEnd = html.IndexOf('>', open + 1 + name.Length);
            if (tagEnd < 0) break;
            var contentStart = tagEnd + 1;
            var close = html.IndexOf(name == "script" ? "</script" : "</style", contentStart, StringComparison.OrdinalIgnoreCase);
            var contentEnd = close < 0 ? html.Length : close;
            var keep = name == "script" && html.AsSpan(open, contentStart - open).Contains("ld+json", StringComparison.OrdinalIgnoreCase);
            if (!keep && contentEnd > contentStart)
            {
                (emptied ??= []).Add(new Range(contentStart, contentEnd));
                removed += contentEnd - contentStart;
            }
            position = close < 0 ? html.Length : close + 2 + name.Length;
        }
        if (emptied is null) return html;
        // The page without the code, built once at its final length (no growing buffer the size of the page).
        return string.Create(html.Length - removed, (html, emptied), static (page, state) =>
        {
            var (original, cuts) = state;
            var copied = 0;
            foreach (var cut in cuts)
            {
                var kept = original.AsSpan(copied, cut.Start.Value - copied);
                kept.CopyTo(page);
                page = page[kept.Length..];
                copied = cut.End.Value;
            }
            original.AsSpan(copied).CopyTo(page);
        });
    }

    /// <summary>"script" or "style" when the tag opening at <paramref name="index"/> is one of them.</summary>
    private static string? RawTextElement(string html, int index)
    {
        foreach (var name in (ReadOnlySpan<string>)["script", "style"])
        {
            var end = index + name.Length;
            if (end >= html.Length || !html.AsSpan(index, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)) continue;
            var next = html[end];
            if (next is '>' or '/' || char.IsWhiteSpace(next)) return name;
        }
        return null;
    }
}
