using System.Collections.Frozen;

namespace Crosscheck.Extraction.Html;

/// <summary>The element categories of the HTML standard's tree construction that decide how elements nest.</summary>
internal static class HtmlElementNames
{
    /// <summary>Elements that never have content (no end tag, nothing opened).</summary>
    public static readonly FrozenSet<string> Void = Set("area base br col embed hr img input link meta param source track wbr keygen basefont bgsound frame image");

    /// <summary>Elements whose content is text up to their end tag, with scripting off (so noscript is markup).</summary>
    public static readonly FrozenSet<string> RawText = Set("script style xmp iframe noembed noframes textarea title");

    /// <summary>The formatting elements, which the parser reopens after a block closes them ("active formatting elements").</summary>
    public static readonly FrozenSet<string> Formatting = Set("a b big code em font i nobr s small strike strong tt u");

    /// <summary>The standard's "special" elements (HTML namespace): they stop the search of "any other end tag".</summary>
    public static readonly FrozenSet<string> Special = Set(
        "address applet area article aside base basefont bgsound blockquote body br button caption center col colgroup dd details dir div dl dt " +
        "embed fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe img input keygen li " +
        "link listing main marquee menu meta nav noembed noframes noscript object ol p param plaintext pre script search section select source " +
        "style summary table tbody td template textarea tfoot th thead title tr track ul wbr xmp");

    /// <summary>Start tags that close an open paragraph ("close a p element" when one is in button scope).</summary>
    public static readonly FrozenSet<string> ClosesParagraph = Set(
        "address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer header hgroup main menu nav ol p " +
        "search section summary ul h1 h2 h3 h4 h5 h6 pre listing form li dd dt plaintext table hr xmp");

    /// <summary>Elements that bound "has an element in scope" (plus button for button scope).</summary>
    public static readonly FrozenSet<string> ScopeBoundary = Set("applet caption html table td th marquee object template");

    /// <summary>Elements that put a marker in the list of active formatting elements: formatting does not leak into or out of them.</summary>
    public static readonly FrozenSet<string> Marker = Set("applet object marquee template td th caption");

    /// <summary>
    /// End tags the parser matches "in scope": they close their element and everything opened inside it, passing over
    /// other special elements (unlike "any other end tag", which a special element stops).
    /// </summary>
    public static readonly FrozenSet<string> ClosedInScope = Set(
        "address article aside blockquote button center details dialog dir div dl fieldset figcaption figure footer header hgroup listing main " +
        "menu nav ol pre search section summary ul form applet marquee object template select caption colgroup li dd dt h1 h2 h3 h4 h5 h6 " +
        "table tbody thead tfoot tr td th");

    public static readonly FrozenSet<string> Headings = Set("h1 h2 h3 h4 h5 h6");

    public static readonly FrozenSet<string> TableSections = Set("tbody thead tfoot");

    /// <summary>Names interned by the scanner, so the sets above compare by reference-equal strings and tags allocate nothing.</summary>
    public static readonly Dictionary<string, string> Shared = CreateShared();

    /// <summary>Elements whose start tag is not a phrase: no reopening of formatting before them.</summary>
    public static bool ReopensFormatting(string name) =>
        !Special.Contains(name) || name is "applet" or "marquee" or "object" or "area" or "br" or "embed" or "img" or "keygen" or "wbr" or "input";

    private static FrozenSet<string> Set(string names) => names.Split(' ').ToFrozenSet(StringComparer.Ordinal);

    private static Dictionary<string, string> CreateShared()
    {
        var names = Void.Concat(RawText).Concat(Formatting).Concat(Special).Concat(ClosesParagraph).Concat(Marker)
            .Concat("span abbr cite dfn em kbd mark q samp sub sup time var label option optgroup svg math path g rect circle tspan picture figure video audio canvas dialog data ruby rt rp bdi bdo ins del".Split(' '));
        var shared = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names) shared.TryAdd(name, name);
        return shared;
    }
}
