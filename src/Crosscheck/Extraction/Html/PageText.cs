using System.Runtime.InteropServices;
using System.Text;
using AngleSharp.Dom;

namespace Crosscheck.Extraction.Html;

/// <summary>
/// The text a reader sees in a page's body, in document order, with the element each stretch of it came from
/// and where the article's headline starts, so that a date found in the text can be judged by its place on
/// the page. Scripts, styles and form controls are left out; very long pages are cut at a bound.
/// </summary>
internal sealed class PageText
{
    private const int MaxLength = 400_000;
    private const int MaxElements = 200_000;

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "select", "option", "textarea", "head", "object", "canvas", "math",
    };

    private readonly List<int> starts = [];
    private readonly List<IElement> owners = [];
    private readonly Dictionary<IElement, int> elementStarts = [];

    private PageText()
    {
    }

    public string Text { get; private set; } = string.Empty;

    /// <summary>Where the headline's text starts, or -1 when the page has no recognisable headline.</summary>
    public int TitleIndex { get; private set; } = -1;

    /// <summary>The element holding the headline, or null when it was found only as text (or not at all).</summary>
    public IElement? TitleElement { get; private set; }

    public static PageText Read(IDocument document, string? headline)
    {
        var page = new PageText();
        var root = (IElement?)document.Body ?? document.DocumentElement;
        if (root is null) return page;
        var sb = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(root);
        var elements = 0;
        while (stack.Count > 0 && sb.Length < MaxLength)
        {
            var node = stack.Pop();
            if (node is IElement element)
            {
                if (Skipped.Contains(element.LocalName) || ++elements > MaxElements) continue;
                page.elementStarts.TryAdd(element, sb.Length);
                // By index: AngleSharp finds a node's PreviousSibling by searching its parent's children, so walking an
                // element's children that way took time quadratic in their number (100,000 <br> in one element: minutes).
                var children = element.ChildNodes;
                for (var i = children.Length - 1; i >= 0; i--) stack.Push(children[i]);
            }
            else if (node is IText text && node.ParentElement is { } parent)
            {
                var content = text.Data;
                if (string.IsNullOrWhiteSpace(content)) continue;
                if (sb.Length > 0) sb.Append(' ');
                page.starts.Add(sb.Length);
                page.owners.Add(parent);
                sb.Append(content.AsSpan(0, Math.Min(content.Length, MaxLength)));
            }
        }
        page.Text = sb.ToString();
        (page.TitleIndex, page.TitleElement) = FindTitle(page, document, headline);
        return page;
    }

    /// <summary>The element whose own text holds the character at <paramref name="index"/>.</summary>
    public IElement? OwnerAt(int index)
    {
        var i = CollectionsMarshal.AsSpan(starts).BinarySearch(index);
        if (i < 0) i = ~i - 1;
        return i >= 0 ? owners[i] : null;
    }

    /// <summary>How many characters of its own text stretch come before the character at <paramref name="index"/>.</summary>
    public int OffsetInStretch(int index)
    {
        var i = CollectionsMarshal.AsSpan(starts).BinarySearch(index);
        if (i < 0) i = ~i - 1;
        return i >= 0 ? index - starts[i] : index;
    }

    /// <summary>Where an element's text starts in <see cref="Text"/>, or -1 when it was not read.</summary>
    public int StartOf(IElement element) => elementStarts.TryGetValue(element, out var start) ? start : -1;

    /// <summary>
    /// The longest h1 that the page's title (og:title or &lt;title&gt;) contains, so that a logo's h1 holding the
    /// site's name loses to the headline's; else the first h1; else where the title's first words appear.
    /// </summary>
    private static (int Index, IElement? Element) FindTitle(PageText page, IDocument document, string? headline)
    {
        var headings = PageLandmarks.Of(document).Headlines.Take(20).Where(h => page.StartOf(h) >= 0).ToList();
        var titles = new[] { headline, document.Title }.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => Collapse(t!)).ToList();
        IElement? agreed = null;
        var agreedLength = 0;
        foreach (var heading in headings)
        {
            var collapsed = Collapse(heading.TextContent);
            if (collapsed.Length >= 8 && collapsed.Length > agreedLength && titles.Any(t => t.Contains(collapsed, StringComparison.Ordinal)))
            {
                agreed = heading;
                agreedLength = collapsed.Length;
            }
        }
        if (agreed is not null) return (page.StartOf(agreed), agreed);
        var first = headings.FirstOrDefault(h => Collapse(h.TextContent).Length >= 8);
        if (first is not null) return (page.StartOf(first), first);
        var text = titles.Any(t => t.Length >= 15) ? Collapse(page.Text, keepLength: true) : string.Empty;
        foreach (var title in titles.Where(t => t.Length >= 15))
        {
            var at = text.IndexOf(title.Length > 60 ? title[..60] : title, StringComparison.Ordinal);
            if (at >= 0) return (at, page.OwnerAt(at));
        }
        return (-1, null);
    }

    /// <summary>
    /// Lower case with runs of white space as one space; with <paramref name="keepLength"/>, every white-space
    /// character becomes a space instead, so that offsets still point into the original.
    /// </summary>
    private static string Collapse(string text, bool keepLength = false)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (!char.IsWhiteSpace(ch)) sb.Append(char.ToLowerInvariant(ch));
            else if (keepLength || (sb.Length > 0 && sb[^1] != ' ')) sb.Append(' ');
        }
        return keepLength ? sb.ToString() : sb.ToString().TrimEnd();
    }
}
