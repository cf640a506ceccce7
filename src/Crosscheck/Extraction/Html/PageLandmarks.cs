using System.Runtime.CompilerServices;
using AngleSharp.Dom;

namespace Crosscheck.Extraction.Html;

/// <summary>
/// The elements the metadata and date readers look up — meta tags, typed scripts, links, h1 headings, time and
/// abbr elements, itemprop publication dates — gathered in one walk over the document and kept with it, instead
/// of one whole-document selector query per lookup. Document order is preserved in every list.
/// </summary>
internal sealed class PageLandmarks
{
    private static readonly ConditionalWeakTable<IDocument, PageLandmarks> Cache = new();

    private PageLandmarks() { }

    public List<IElement> Metas { get; } = [];

    /// <summary>Script elements that have a type attribute (JSON-LD among them).</summary>
    public List<IElement> TypedScripts { get; } = [];

    public List<IElement> Links { get; } = [];

    public List<IElement> Headlines { get; } = [];

    /// <summary>time elements and abbr elements with a title, in document order.</summary>
    public List<IElement> DateElements { get; } = [];

    /// <summary>Elements with itemprop datePublished or dateCreated.</summary>
    public List<IElement> ItemPropDates { get; } = [];

    public static PageLandmarks Of(IDocument document) => Cache.GetValue(document, Walk);

    /// <summary>The first meta tag whose <paramref name="attribute"/> is exactly <paramref name="value"/> (as a CSS attribute selector matches).</summary>
    public IElement? Meta(string attribute, string value) => Metas.FirstOrDefault(m => m.GetAttribute(attribute) == value);

    /// <summary>The page's own address as it states it: the canonical link, else og:url.</summary>
    public string? CanonicalAddress() =>
        Links.FirstOrDefault(l => l.GetAttribute("rel") == "canonical")?.GetAttribute("href") ?? Meta("property", "og:url")?.GetAttribute("content");

    private static PageLandmarks Walk(IDocument document)
    {
        var landmarks = new PageLandmarks();
        if (document.DocumentElement is not { } root) return landmarks;
        var pending = new Stack<IElement>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var element = pending.Pop();
            switch (element.LocalName)
            {
                case "meta": landmarks.Metas.Add(element); break;
                case "script" when element.HasAttribute("type"): landmarks.TypedScripts.Add(element); break;
                case "link": landmarks.Links.Add(element); break;
                case "h1": landmarks.Headlines.Add(element); break;
                case "time": landmarks.DateElements.Add(element); break;
                case "abbr" when element.HasAttribute("title"): landmarks.DateElements.Add(element); break;
            }
            var itemprop = element.GetAttribute("itemprop");
            if (itemprop is "datePublished" or "dateCreated")
            {
                landmarks.ItemPropDates.Add(element);
            }
            // ChildNodes indexes in constant time; Children (a live element filter) does not, and flattened pages
            // can give one element tens of thousands of children.
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is Element child) pending.Push(child);
            }
        }
        return landmarks;
    }
}
