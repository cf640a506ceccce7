using System.Collections.Frozen;
using AngleSharp.Dom;

namespace Crosscheck.Extraction.Html;

/// <summary>
/// What an element's class and id say about it. Names are split into lower-case words at punctuation and
/// camel-case boundaries ("articleBody" → article, body; "post-share_bar" → post, share, bar), and the words
/// are looked up in three vocabularies: furniture (navigation, sharing, comments, advertising, related links),
/// content (article, story, post, body) and, between them, words that only lower an element's weight.
/// Whole words, not substrings: "commentary" is not "comment", "header-image" is not "header".
/// </summary>
internal static class ClassNameSignals
{
    /// <summary>Words naming page furniture: an element so named is dropped unless it also names content.</summary>
    private static readonly FrozenSet<string> Furniture = new[]
    {
        "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adsense", "dfp", "banner", "sponsor", "sponsored", "promo", "promotion", "promoted",
        "breadcrumb", "breadcrumbs", "nav", "navbar", "navigation", "menu", "submenu", "pagination", "pager", "toolbar", "skip", "skiplink",
        "comment", "comments", "disqus", "replies", "respond", "discussion", "community",
        "share", "sharing", "shares", "sharebar", "social", "socials", "follow", "addthis", "sharethis",
        "related", "recommended", "recommendation", "recommendations", "trending", "popular", "mostread", "outbrain", "taboola", "zergnet", "teaser", "teasers",
        "newsletter", "subscribe", "subscription", "signup", "register", "login", "donate", "donation",
        "cookie", "cookies", "consent", "gdpr", "popup", "modal", "overlay", "lightbox", "agegate",
        "sidebar", "widget", "widgets", "rail", "aside", "masthead", "footer", "foot", "copyright", "legal",
        "tags", "tagcloud", "taglist", "keywords", "topics", "categories",
        "caption", "captions", "credit", "credits", "byline", "bylines", "dateline", "timestamp", "rss", "print", "email", "skyscraper", "shoutbox", "supplemental", "breaking", "ticker", "hidden", "noprint", "offscreen", "nocontent", "tooltip", "popover", "hovercard",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words naming the article or its text.</summary>
    private static readonly FrozenSet<string> Content = new[]
    {
        "article", "articles", "story", "post", "entry", "content", "body", "text", "main", "blog", "hentry", "prose", "richtext", "paragraph", "news", "detail", "column", "embed", "embedded", "tweet",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Furniture words that win over content words in the same name: "article-share", "post-comments", "main-nav".</summary>
    private static readonly FrozenSet<string> StrongFurniture = new[]
    {
        "comment", "comments", "disqus", "share", "sharing", "sharebar", "related", "recommended", "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs",
        "sidebar", "newsletter", "cookie", "consent", "footer", "outbrain", "taboola", "popup", "modal", "ad", "ads", "advert", "advertisement", "sponsor", "sponsored", "promo", "subscribe",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that lower an element's weight without ruling it out.</summary>
    private static readonly FrozenSet<string> Negative = new[]
    {
        "meta", "author", "authors", "date", "time", "media", "photo", "image", "img", "gallery", "video", "player",
        "contact", "footnote", "tool", "tools", "scroll", "shopping", "card", "cards", "links", "more", "header", "head", "top", "bottom", "info", "bio", "profile", "hero", "label",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The lower-case words of an element's class and id.</summary>
    public static IReadOnlyList<string> Words(IElement element)
    {
        var className = element.GetAttribute("class");
        var id = element.GetAttribute("id");
        if (string.IsNullOrEmpty(className) && string.IsNullOrEmpty(id)) return [];
        var words = new List<string>();
        Split(className, words);
        Split(id, words);
        return words;
    }

    /// <summary>True when the element's names call it furniture and do not call it content.</summary>
    public static bool NamesFurniture(IReadOnlyList<string> words)
    {
        var furniture = false;
        var content = false;
        foreach (var word in words)
        {
            if (StrongFurniture.Contains(word) || GluedStrongFurniture(word)) return true;
            furniture |= Furniture.Contains(word);
            content |= Content.Contains(word);
        }
        return furniture && !content;
    }

    /// <summary>Words glued without separators ("relatedpoststitle", "socialshare"): the strong furniture word inside a long one.</summary>
    private static bool GluedStrongFurniture(string word)
    {
        if (word.Length < 11) return false;
        foreach (var part in (ReadOnlySpan<string>)["related", "share", "social", "comments", "newsletter", "sidebar", "footer", "breadcrumb", "advert", "sponsor", "promo", "outbrain", "taboola"])
        {
            if (word.Contains(part, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>True when the names call the element an embedded post ("twitter-tweet", "social-embed"): quoted content, however many links it holds.</summary>
    public static bool NamesEmbeddedPost(IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            if (word is "embed" or "embedded" or "tweet" or "instagram") return true;
        }
        return false;
    }

    /// <summary>True when the names hide the element from sighted readers ("sr-only", "visually-hidden", "screen-reader-text").</summary>
    public static bool NamesHidden(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var next = i + 1 < words.Count ? words[i + 1] : string.Empty;
            if ((words[i] is "sr" && next is "only") || (words[i] is "visually" && next is "hidden") || (words[i] is "screen" && next is "reader")) return true;
        }
        return false;
    }

    /// <summary>readability's class weight: +25 for content names, −25 for furniture or negative names.</summary>
    public static int Weight(IReadOnlyList<string> words)
    {
        var weight = 0;
        var positive = false;
        var negative = false;
        foreach (var word in words)
        {
            positive |= Content.Contains(word);
            negative |= Furniture.Contains(word) || Negative.Contains(word);
        }
        if (positive) weight += 25;
        if (negative) weight -= 25;
        return weight;
    }

    private static void Split(string? name, List<string> words)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 512) return;
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var c = i < name.Length ? name[i] : ' ';
            var boundary = !char.IsAsciiLetterOrDigit(c)
                || (i > start && start >= 0 && char.IsAsciiLetterUpper(c) && char.IsAsciiLetterLower(name[i - 1]));
            if (boundary && start >= 0)
            {
                words.Add(name[start..i].ToLowerInvariant());
                start = -1;
            }
            if (start < 0 && char.IsAsciiLetterOrDigit(c)) start = i;
        }
    }
}
