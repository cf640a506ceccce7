using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Crosscheck.Extraction;

/// <summary>What an HTML page states about itself outside its body text.</summary>
public sealed record HtmlMetadata(string? Title, string? Author, string? Outlet, DateOnly? Published, string? Language);

/// <summary>The blocks of an HTML page's main content container and the page's own metadata.</summary>
public sealed record HtmlPage(ImmutableArray<PageBlock> Blocks, HtmlMetadata Metadata);

/// <summary>
/// Reads an HTML page with AngleSharp: metadata from Open Graph, article meta tags, JSON-LD, &lt;time&gt; and
/// &lt;title&gt;; the DOM cleaned of scripts, hidden nodes and furniture containers (nav, header, footer, aside,
/// share, related, cookie, newsletter and comment blocks); the main container chosen by the paragraph text it
/// holds (readability's idea of scoring parents and grandparents of paragraphs); its paragraph-like elements
/// returned as blocks with their link density.
/// </summary>
public static partial class HtmlPageReader
{
    private static readonly string[] RemovedTags = ["script", "style", "noscript", "template", "svg", "iframe", "form", "button", "input", "select", "textarea", "nav", "footer", "aside", "figure", "figcaption", "dialog", "object", "embed", "canvas", "video", "audio", "picture", "img", "link", "meta"];

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase) { "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td", "th", "caption", "address" };

    [GeneratedRegex(@"(^|[\s_\-])(cookie|cookies|consent|gdpr|newsletter|subscribe|subscription|signup|paywall|share|sharing|social|related|recommended|recommendations|more-stories|read-more|readmore|comment|comments|disqus|sidebar|widget|promo|advert|advertisement|ads|ad-slot|sponsor|sponsored|banner|breadcrumb|breadcrumbs|tags|tag-list|topics|author-bio|bio|byline|meta|dateline|masthead|popup|modal|toolbar|skip|nav|navigation|menu|footer|header|caption|credit|gallery|trending|most-read|outbrain|taboola|donate|donation|support-us|correction|print|audio|listen)($|[\s_\-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FurnitureClassName();

    [GeneratedRegex(@"(^|[\s_\-])(article|story|post|entry|content|body|text|main)($|[\s_\-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContentClassName();

    [GeneratedRegex(@"\s*(\||–|—|-|::|·|•)\s*")]
    private static partial Regex TitleSeparator();

    public static HtmlPage Read(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        var document = parser.ParseDocument(html);
        var metadata = ReadMetadata(document);
        var root = (IElement?)document.Body ?? document.DocumentElement;
        if (root is null) return new HtmlPage([], metadata);

        foreach (var element in root.QuerySelectorAll(string.Join(',', RemovedTags)).ToArray()) element.Remove();
        foreach (var element in root.QuerySelectorAll("[hidden],[aria-hidden=true],[role=navigation],[role=banner],[role=contentinfo],[role=complementary],[role=dialog],[role=alert]").ToArray()) element.Remove();
        foreach (var element in root.QuerySelectorAll("[style]").Where(e => IsHiddenByStyle(e.GetAttribute("style"))).ToArray()) element.Remove();

        var container = ChooseContainer(root);
        foreach (var element in container.QuerySelectorAll("*").Where(IsFurnitureContainer).ToArray())
        {
            if (element.Parent is not null && !element.Contains(container)) element.Remove();
        }
        foreach (var header in container.QuerySelectorAll("header").ToArray()) header.Remove();
        var blocks = ImmutableArray.CreateBuilder<PageBlock>();
        CollectBlocks(container, blocks);
        return new HtmlPage(blocks.ToImmutable(), metadata);
    }

    private static bool IsHiddenByStyle(string? style) => style is not null && FurniturePatterns.HiddenStyle().IsMatch(style);

    private static bool IsFurnitureContainer(IElement element)
    {
        if (element.LocalName is "p" or "h1" or "h2" or "h3" or "blockquote") return false;
        var names = (element.ClassName ?? string.Empty) + " " + (element.Id ?? string.Empty);
        return names.Length > 1 && FurnitureClassName().IsMatch(names) && !ContentClassName().IsMatch(names.Replace("content-", string.Empty, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The element holding most paragraph text, scored over paragraphs' parents and grandparents.</summary>
    private static IElement ChooseContainer(IElement root)
    {
        var explicitBody = root.QuerySelector("[itemprop=articleBody]");
        if (explicitBody is not null && TextLength(explicitBody) > 200) return explicitBody;
        var scores = new Dictionary<IElement, double>();
        foreach (var p in root.QuerySelectorAll("p,pre,h2,blockquote,li"))
        {
            var text = Collapse(p.TextContent);
            if (text.Length < 25) continue;
            var linkText = p.QuerySelectorAll("a").Sum(a => Collapse(a.TextContent).Length);
            if (linkText > text.Length * 0.5) continue;
            var score = 1 + Math.Min(3, text.Length / 100.0) + text.Count(c => c == ',') * 0.5;
            if (p.LocalName == "li") score *= 0.3;
            var parent = p.ParentElement;
            if (parent is null) continue;
            scores[parent] = scores.GetValueOrDefault(parent) + score;
            if (parent.ParentElement is { } grand) scores[grand] = scores.GetValueOrDefault(grand) + score / 2;
        }
        if (scores.Count == 0) return root;
        IElement best = root;
        var bestScore = double.MinValue;
        foreach (var (element, raw) in scores)
        {
            var names = (element.ClassName ?? string.Empty) + " " + (element.Id ?? string.Empty);
            var bonus = element.LocalName is "article" or "main" || ContentClassName().IsMatch(names) ? 1.25 : 1.0;
            var penalty = FurnitureClassName().IsMatch(names) ? 0.5 : 1.0;
            var score = raw * bonus * penalty;
            if (score > bestScore)
            {
                bestScore = score;
                best = element;
            }
        }
        // Prefer the enclosing <article> when the best element sits inside one: headings and scattered siblings come with it.
        var article = best.Closest("article");
        return article is not null && TextLength(article) < TextLength(best) * 2.5 ? article : best;
    }

    private static void CollectBlocks(IElement element, ImmutableArray<PageBlock>.Builder blocks)
    {
        foreach (var child in element.Children)
        {
            var name = child.LocalName;
            if (BlockTags.Contains(name) && !child.QuerySelectorAll("p,li,h2,h3,blockquote,pre").Any())
            {
                AddBlock(child, blocks);
                continue;
            }
            if (child.Children.Length == 0 || (!child.Children.Any(c => BlockTags.Contains(c.LocalName) || c.Children.Length > 0) && name is "div" or "section" or "span"))
            {
                AddBlock(child, blocks);
                continue;
            }
            var before = blocks.Count;
            CollectBlocks(child, blocks);
            if (blocks.Count == before && name is "div" or "section") AddBlock(child, blocks);
        }
    }

    private static void AddBlock(IElement element, ImmutableArray<PageBlock>.Builder blocks)
    {
        var text = Collapse(element.TextContent);
        if (text.Length == 0) return;
        var linkText = element.QuerySelectorAll("a").Sum(a => Collapse(a.TextContent).Length);
        var tag = element.LocalName switch
        {
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => BlockTag.Heading,
            "li" or "dd" or "dt" => BlockTag.ListItem,
            "blockquote" => BlockTag.Quote,
            "pre" => BlockTag.Preformatted,
            _ => BlockTag.Paragraph,
        };
        blocks.Add(new PageBlock(text, tag) { LinkDensity = (double)linkText / text.Length });
    }

    private static int TextLength(IElement element) => Collapse(element.TextContent).Length;

    private static string Collapse(string text) => ScrapedTextBlockReader.Collapse(text);

    private static HtmlMetadata ReadMetadata(IDocument document)
    {
        string? Meta(params string[] keys)
        {
            foreach (var key in keys)
            {
                var value = document.QuerySelector($"meta[property='{key}'],meta[name='{key}'],meta[itemprop='{key}']")?.GetAttribute("content");
                if (!string.IsNullOrWhiteSpace(value)) return Collapse(value);
            }
            return null;
        }

        var jsonLd = JsonLdArticle.Read(document.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent));
        var outlet = Meta("og:site_name", "application-name") ?? jsonLd.Publisher;
        var h1 = document.QuerySelector("article h1") ?? document.QuerySelector("h1");
        var h1Text = h1 is null ? null : Collapse(h1.TextContent);
        var title = ChooseTitle(h1Text, Meta("og:title", "twitter:title") ?? jsonLd.Headline, document.Title is null ? null : Collapse(document.Title), outlet);

        var author = jsonLd.Author ?? Meta("author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author");
        if (author is not null && (author.StartsWith("http", StringComparison.OrdinalIgnoreCase) || author.Contains('@'))) author = null;
        if (author is null)
        {
            var byline = document.QuerySelector("[rel=author],[itemprop=author],.author,.byline,.article-author,.author-name");
            if (byline is not null)
            {
                var text = Collapse(byline.TextContent);
                var match = FurniturePatterns.Byline().Match(text);
                author = match.Success ? match.Groups["name"].Value : text.Length <= 40 ? text : null;
            }
        }
        if (author is not null) author = FurniturePatterns.Byline().Match(author) is { Success: true } m ? m.Groups["name"].Value : author;

        var published = ParseDate(jsonLd.DatePublished)
            ?? ParseDate(Meta("article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date"))
            ?? ParseDate(document.QuerySelector("[itemprop=datePublished]")?.GetAttribute("content") ?? document.QuerySelector("[itemprop=datePublished]")?.GetAttribute("datetime"))
            ?? ParseDate(document.QuerySelector("article time[datetime], header time[datetime], time[datetime]")?.GetAttribute("datetime"));

        var language = document.DocumentElement?.GetAttribute("lang") ?? Meta("og:locale", "language", "content-language");
        if (language is not null) language = language.Split('-', '_')[0].ToLowerInvariant();
        return new HtmlMetadata(title, author, outlet, published, string.IsNullOrWhiteSpace(language) ? null : language);
    }

    private static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var dto))
        {
            // The calendar date where the article was published, as its own offset states it.
            return DateOnly.FromDateTime(dto.DateTime);
        }
        return StatedDateParser.Parse(value);
    }

    /// <summary>The h1 when the page's title metadata agrees with it, else og:title or &lt;title&gt; without the site suffix.</summary>
    private static string? ChooseTitle(string? h1, string? ogTitle, string? documentTitle, string? outlet)
    {
        var meta = StripSiteName(ogTitle, outlet) ?? StripSiteName(documentTitle, outlet);
        if (!string.IsNullOrWhiteSpace(h1) && h1.Length >= 10)
        {
            var foldedH1 = Text.TextFolding.Fold(h1);
            if (meta is null || Text.TextFolding.Fold(ogTitle ?? documentTitle ?? string.Empty).Contains(foldedH1, StringComparison.Ordinal)) return h1;
        }
        return meta ?? h1;
    }

    private static string? StripSiteName(string? title, string? outlet)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var parts = TitleSeparator().Split(title);
        if (parts.Length < 2) return title;
        var last = parts[^1];
        var first = parts[0];
        var lastIsSite = (outlet is not null && Text.TextFolding.Fold(last) == Text.TextFolding.Fold(outlet))
            || (ScrapedTextBlockReader.CountWords(last) <= 4 && ScrapedTextBlockReader.CountWords(title[..^last.Length]) >= 4);
        if (lastIsSite)
        {
            var cut = title.LastIndexOf(last, StringComparison.Ordinal);
            return title[..cut].TrimEnd(' ', '|', '-', '–', '—', ':', '·', '•');
        }
        var firstIsSite = outlet is not null && Text.TextFolding.Fold(first) == Text.TextFolding.Fold(outlet);
        return firstIsSite ? title[(first.Length)..].TrimStart(' ', '|', '-', '–', '—', ':', '·', '•') : title;
    }
}

/// <summary>The fields of a schema.org NewsArticle/Article in a page's JSON-LD scripts.</summary>
internal sealed record JsonLdArticle(string? Headline, string? Author, string? Publisher, string? DatePublished)
{
    public static JsonLdArticle Read(IEnumerable<string> scripts)
    {
        foreach (var script in scripts)
        {
            try
            {
                using var json = JsonDocument.Parse(script, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                var article = FindArticle(json.RootElement);
                if (article is { } a)
                {
                    return new JsonLdArticle(Str(a, "headline"), Name(a, "author"), Name(a, "publisher"), Str(a, "datePublished") ?? Str(a, "dateCreated"));
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the page's other metadata still counts.
            }
        }
        return new JsonLdArticle(null, null, null, null);
    }

    private static JsonElement? FindArticle(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (FindArticle(item) is { } found) return found;
            }
            return null;
        }
        if (element.ValueKind != JsonValueKind.Object) return null;
        if (element.TryGetProperty("@type", out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.ToString()) : [type.ToString()];
            if (types.Any(t => t.EndsWith("Article", StringComparison.OrdinalIgnoreCase) || t is "BlogPosting" or "Report" or "LiveBlogPosting")) return element;
        }
        return element.TryGetProperty("@graph", out var graph) ? FindArticle(graph) : null;
    }

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Name(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object => Str(value, "name"),
            JsonValueKind.Array => string.Join(" and ", value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Object ? Str(v, "name") : v.GetString()).Where(n => !string.IsNullOrWhiteSpace(n))) is { Length: > 0 } joined ? joined : null,
            _ => null,
        };
    }
}
