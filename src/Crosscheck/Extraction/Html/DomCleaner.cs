using System.Text.RegularExpressions;

namespace Crosscheck.Extraction.Html;

/// <summary>
/// Removes from a <see cref="PageTree"/> what can never be article text: scripts, styles, forms' controls,
/// embedded media, hidden nodes (the hidden attribute, aria-hidden, display:none, screen-reader-only text),
/// navigation, site header and footer, asides, dialogs, and — unless <paramref name="keepNamedFurniture"/> —
/// elements whose class or id names furniture (sharing, comments, related links, newsletters, cookie banners,
/// advertising). The article's own wrappers are never removed: the body, &lt;article&gt;, &lt;main&gt; and the
/// ancestors of the page's first &lt;h1&gt; or of an itemprop="articleBody" element.
/// </summary>
internal static partial class DomCleaner
{
    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();

    private static readonly HashSet<string> FurnitureRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu", "menubar", "search", "tablist", "toolbar", "alert",
    };

    /// <summary>schema.org properties whose elements carry metadata (names, logos, addresses, dates), not article text.</summary>
    private static readonly HashSet<string> MetadataItemProps = new(StringComparer.OrdinalIgnoreCase)
    {
        "publisher", "logo", "image", "thumbnailUrl", "url", "datePublished", "dateModified", "dateCreated", "author", "creator", "keywords", "interactionStatistic", "breadcrumb", "copyrightHolder", "copyrightYear",
    };

    public static void Clean(PageTree tree, bool keepNamedFurniture)
    {
        var (bodyAncestors, titleAncestors) = ProtectedNodes(tree);
        for (var i = 0; i < tree.Count; i++)
        {
            if (tree.Removed[i] || tree.IsText(i)) continue;
            if (!bodyAncestors.Contains(i) && IsFurniture(tree, i, titleAncestors, keepNamedFurniture))
            {
                tree.Remove(i);
                i = tree.End(i) - 1;
            }
        }
    }

    private static bool IsFurniture(PageTree tree, int node, HashSet<int> titleAncestors, bool keepNamedFurniture)
    {
        var name = tree.Name(node);
        if (HtmlVocabulary.NeverContent.Contains(name)) return true;
        if (name is "aside" or "footer" or "header") return true;
        if (titleAncestors.Contains(node) || name is "html" or "body" or "article" or "main") return false;
        var element = tree.Element(node)!;
        if (element.HasAttribute("hidden")) return true;
        if (string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)) return true;
        var style = element.GetAttribute("style");
        if (style is not null && style.Length < 4096 && HiddenStyle().IsMatch(style)) return true;
        var itemprop = element.GetAttribute("itemprop");
        if (itemprop is not null && MetadataItemProps.Contains(itemprop)) return true;
        var role = element.GetAttribute("role");
        if (role is not null && FurnitureRoles.Contains(role)) return true;
        var words = tree.Words(node);
        if (words.Count == 0) return false;
        if (ClassNameSignals.NamesHidden(words)) return true;
        return !keepNamedFurniture && ClassNameSignals.NamesFurniture(words);
    }

    /// <summary>The ancestors-or-self of every itemprop="articleBody" element, and the ancestors of the page's first h1.</summary>
    private static (HashSet<int> BodyAncestors, HashSet<int> TitleAncestors) ProtectedNodes(PageTree tree)
    {
        var body = new HashSet<int>();
        var title = new HashSet<int>();
        var h1Seen = false;
        for (var i = 0; i < tree.Count; i++)
        {
            if (tree.IsText(i)) continue;
            var isH1 = !h1Seen && tree.Name(i) == "h1";
            var isBody = string.Equals(tree.Element(i)!.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase);
            if (!isH1 && !isBody) continue;
            h1Seen |= isH1;
            var set = isBody ? body : title;
            for (var a = isBody ? i : tree.Parent(i); a >= 0 && set.Add(a); a = tree.Parent(a)) { }
        }
        return (body, title);
    }
}
