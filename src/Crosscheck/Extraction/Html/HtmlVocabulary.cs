using System.Collections.Frozen;

namespace Crosscheck.Extraction.Html;

/// <summary>The HTML element names the extractor reasons about.</summary>
internal static class HtmlVocabulary
{
    /// <summary>Elements that never hold article text.</summary>
    public static readonly FrozenSet<string> NeverContent = new[]
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "frame", "frameset", "object", "embed", "applet", "canvas", "video", "audio", "source", "track",
        "picture", "img", "map", "area", "button", "input", "select", "option", "optgroup", "textarea", "label", "link", "meta", "base", "head", "title", "dialog", "menu", "nav", "figcaption",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Elements that start a new block of text.</summary>
    public static readonly FrozenSet<string> Block = new[]
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot",
        "tr", "td", "th", "caption", "ul", "menu", "legend", "listing", "plaintext", "xmp", "noframes",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Block elements that are a paragraph of their own when they hold no further blocks.</summary>
    public static readonly FrozenSet<string> Paragraph = new[]
    {
        "p", "pre", "blockquote", "td", "th", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "address", "caption", "figcaption", "summary", "legend",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsHeading(string name) => name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6';
}
