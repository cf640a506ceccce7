using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Crosscheck.Extraction.Html;

/// <summary>
/// What a page states about itself outside its body: the title (h1 when the title metadata agrees with it,
/// else og:title or &lt;title&gt; without the site name), the author (JSON-LD, meta tags, byline elements), the
/// outlet (og:site_name, JSON-LD publisher), the publication date and the language.
/// </summary>
internal static partial class HtmlMetadataReader
{
    [GeneratedRegex(@"\s*(\||–|—|-|::|·|•)\s*")]
    private static partial Regex TitleSeparator();

    /// <summary>A separator between a title's parts, dashes only with spaces around them ("Talon-2" stays whole).</summary>
    [GeneratedRegex(@"\s+(–|—|-|::|·|•)\s+|\s*\|\s*")]
    private static partial Regex SpacedTitleSeparator();

    public static HtmlMetadata Read(IDocument document, DateOnly latestPlausible)
    {
        var landmarks = PageLandmarks.Of(document);
        var metas = MetaTags(landmarks);
        string? Meta(params string[] keys)
        {
            foreach (var key in keys)
            {
                if (metas.TryGetValue(key, out var value)) return value;
            }
            return null;
        }

        var jsonLd = JsonLdArticle.Read(landmarks.TypedScripts.Where(s => s.GetAttribute("type") == "application/ld+json").Select(s => s.TextContent));
        var headlines = landmarks.Headlines;
        var h1 = headlines.FirstOrDefault(h => h.Closest("article") is not null) ?? headlines.FirstOrDefault();
        var h1Text = h1 is null ? null : Collapse(h1.TextContent);
        var outlet = SiteName(Meta("og:site_name") ?? jsonLd.Publisher ?? Meta("application-name"))
            ?? StatedOutlet(document, h1Text)
            ?? Domain(landmarks.CanonicalAddress());
        // A heading that heads the story stands in a block of prose: not in a sidebar of "most read" links.
        var h1HeadsProse = h1?.ParentElement is { } parent && parent.TextContent.Length - h1.TextContent.Length >= ProseAfterHeadline;
        // A title tag printed as an h2 or h3 is the headline the page prints (a logo's h1 above it is not); looked up only when asked.
        bool PrintedAsSubheading(string foldedTitle) => document.QuerySelectorAll("h2,h3").Any(h => Crosscheck.Text.TextFolding.Fold(Collapse(h.TextContent)) == foldedTitle);
        var title = ChooseTitle(h1Text, h1HeadsProse, Meta("og:title", "twitter:title") ?? jsonLd.Headline, document.Title is null ? null : Collapse(document.Title), outlet, PrintedAsSubheading);

        var author = jsonLd.Author ?? Meta("author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author");
        if (author is not null && (author.StartsWith("http", StringComparison.OrdinalIgnoreCase) || author.Contains('@') || PlaceholderAuthors.Contains(author))) author = null;
        if (author is null)
        {
            var byline = document.QuerySelector("[rel=author],[itemprop=author],.author,.byline,.article-author,.author-name");
            if (byline is not null)
            {
                // "By Jane Doe", "Jane Doe, Senior Editor · 11/03/2026", "Jane Doe, Ashby Wire · 9 May 2026": read as a byline line.
                var text = Collapse(byline.TextContent);
                var match = FurniturePatterns.Byline().Match(text);
                author = BylineAuthorIn(byline) ?? (match.Success ? match.Groups["name"].Value : text.Length <= 40 ? text : null);
            }
            author ??= BylineUnderHeadline(h1);
        }
        if (author is not null) author = FurniturePatterns.Byline().Match(author) is { Success: true } m ? m.Groups["name"].Value : author;
        if (author is not null) author = BoilerplateClassifier.CleanName(author);

        var published = PublicationDateFinder.FindStated(document, url: null, latestPlausible);

        var language = document.DocumentElement?.GetAttribute("lang") ?? Meta("og:locale", "language", "content-language");
        if (language is not null) language = language.Split('-', '_')[0].ToLowerInvariant();
        return new HtmlMetadata(title, author, outlet, published?.Date, string.IsNullOrWhiteSpace(language) ? null : language)
        {
            PublishedOtherReading = published?.OtherReading,
        };
    }

    /// <summary>Elements after the headline read for a byline before the article's text begins.</summary>
    private const int BylineSlots = 3;

    /// <summary>
    /// The author of a byline printed right under the headline, whatever its element is called ("By Jane Doe, Ashby Bugle ·
    /// 16/09/2026" in a &lt;div class="meta"&gt;): the few elements after the headline, up to the first that holds more than
    /// a line of text, each read as a byline line.
    /// </summary>
    private static string? BylineUnderHeadline(IElement? headline)
    {
        var element = headline;
        for (var slot = 0; slot < BylineSlots && element is not null; slot++)
        {
            element = NextAfter(element);
            if (element is null) break;
            if (ScrapedTextBlockReader.CountWords(element.TextContent) > 16) break;
            if (BylineAuthorIn(element) is { } name) return name;
        }
        return null;
    }

    /// <summary>The author named by the first line of <paramref name="element"/> that reads as a byline, or null.</summary>
    private static string? BylineAuthorIn(IElement element) => Lines(element).Select(FurnitureClassifier.BylineAuthor).FirstOrDefault(a => a is not null);

    /// <summary>The lines an element prints: its text cut where a &lt;br&gt; or a block element begins ("Words by Jane Doe&lt;br&gt;Friday 7 May").</summary>
    private static List<string> Lines(IElement element)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(element);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                line.Append(text.Data);
                continue;
            }
            if (node is not IElement e) continue;
            if (e != element && (e.LocalName == "br" || HtmlVocabulary.Block.Contains(e.LocalName))) EndLine();
            var children = e.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--) stack.Push(children[i]);
        }
        EndLine();
        return lines;

        void EndLine()
        {
            var collapsed = Collapse(line.ToString());
            if (collapsed.Length > 0) lines.Add(collapsed);
            line.Clear();
        }
    }

    /// <summary>The element that follows <paramref name="element"/> and its descendants in document order: its next sibling, or an ancestor's.</summary>
    private static IElement? NextAfter(IElement element)
    {
        for (IElement? e = element; e is not null; e = e.ParentElement)
        {
            if (e.NextElementSibling is { } next) return next;
        }
        return null;
    }

    /// <summary>Account names content systems print where no author was entered.</summary>
    private static readonly HashSet<string> PlaceholderAuthors = new(StringComparer.OrdinalIgnoreCase) { "admin", "administrator", "webmaster", "root", "user", "guest", "unknown", "null", "none" };

    /// <summary>A site name without the tagline or section list some sites append ("Autoracing | F1 | Indy").</summary>
    private static string? SiteName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var parts = TitleSeparator().Split(name);
        return parts.Length > 1 && parts[0].Length >= 3 ? parts[0] : name;
    }

    /// <summary>
    /// The outlet a page without site metadata names itself by: the site part of its &lt;title&gt; ("… - Kestrel FM",
    /// "Roundstone Journal: …"), or its copyright notice; the notice's name when the title part is its acronym
    /// ("LPA" for "© 2021 Lantree Press Agency").
    /// </summary>
    private static string? StatedOutlet(IDocument document, string? h1)
    {
        var body = document.Body?.TextContent;
        var fromTitle = document.Title is { } title ? TitleSite(Collapse(title), h1, body ?? string.Empty) : null;
        var fromNotice = body is null ? null : OutletRecognizer.CopyrightHolderIn(Collapse(body.Length > 4000 ? body[^4000..] : body));
        if (fromTitle is null) return fromNotice;
        // A name joined by "of" or "&" may be a work the page is about ("Theatre review – Song of the Marsh"): the
        // copyright notice names the site more surely.
        if (fromNotice is not null && HasJoiner(fromTitle)) return fromNotice;
        if (fromNotice is not null && fromTitle.All(c => !char.IsLetter(c) || char.IsUpper(c))
            && string.Concat(fromNotice.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0])) == fromTitle)
        {
            return fromNotice;
        }
        return fromTitle;
    }

    /// <summary>The site part of a title: a short capitalised first or last part beside the headline.</summary>
    private static string? TitleSite(string title, string? h1, string bodyText)
    {
        var parts = SpacedTitleSeparator().Split(title);
        if (parts.Length < 2)
        {
            // "Roundstone Journal: …" only when the page names it again (its logo, its footer): "After Brenner: …" is a headline.
            var colon = title.IndexOf(": ", StringComparison.Ordinal);
            if (colon <= 0 || !bodyText.Contains(title[..colon], StringComparison.OrdinalIgnoreCase)) return null;
            parts = [title[..colon], title[(colon + 2)..]];
        }
        var headline = h1 is null ? null : Crosscheck.Text.TextFolding.Fold(h1);
        bool IsSite(string part, string rest) =>
            ScrapedTextBlockReader.CountWords(part) is >= 1 and <= 5 && char.IsUpper(part[0])
            && (headline is null ? ScrapedTextBlockReader.CountWords(rest) >= 4 : Crosscheck.Text.TextFolding.Fold(rest).Contains(headline, StringComparison.Ordinal) || ScrapedTextBlockReader.CountWords(rest) > ScrapedTextBlockReader.CountWords(part) + 3);
        var beforeLast = title[..title.LastIndexOf(parts[^1], StringComparison.Ordinal)];
        if (IsSite(parts[^1], beforeLast)) return parts[^1];
        if (IsSite(parts[0], title[parts[0].Length..])) return parts[0];
        // "Nine hours in the dark | Ilgenbruck Signal", "Brisdale: 17 cases – Frontline Health": a short headline beside a
        // capitalised last part that the page names again (its masthead, its footer).
        // A name joined by "&" or "of" must be printed twice (a logo and a footer): a work under review is named once or so.
        var printed = HasJoiner(parts[^1]) ? 2 : 1;
        return ScrapedTextBlockReader.CountWords(beforeLast) >= 2 && IsCapitalisedName(parts[^1]) && Occurrences(bodyText, parts[^1]) >= printed ? parts[^1] : null;
    }

    /// <summary>
    /// One to five words, each starting with a capital but for joiners inside ("&amp;", "of", "and"): "Ilgenbruck Signal",
    /// "GTV News", "Fingerboard", "Furrow &amp; Fold", "Voice of the Fens".
    /// </summary>
    private static bool IsCapitalisedName(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 1 or > 5 || !char.IsUpper(words[0][0]) || !char.IsUpper(words[^1][0])) return false;
        return words.All(w => char.IsUpper(w[0]) || NameJoiners.Contains(w));
    }

    /// <summary>Whether a name joins its capitalised words with a joiner ("Furrow &amp; Fold").</summary>
    private static bool HasJoiner(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(NameJoiners.Contains);

    /// <summary>How many times <paramref name="text"/> prints <paramref name="name"/>, case aside.</summary>
    private static int Occurrences(string text, string name)
    {
        var count = 0;
        for (var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.OrdinalIgnoreCase)) count++;
        return count;
    }

    /// <summary>Words that join the capitalised words of a name.</summary>
    private static readonly FrozenSet<string> NameJoiners = new[] { "&", "of", "and", "the", "on", "for" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The host of an absolute address, without "www.", as the outlet of last resort.</summary>
    private static string? Domain(string? url)
    {
        if (url is null || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Host.Length == 0) return null;
        var host = uri.Host;
        return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
    }

    /// <summary>The page's meta tags by property, name or itemprop (lower case), the first value of each.</summary>
    private static Dictionary<string, string> MetaTags(PageLandmarks landmarks)
    {
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in landmarks.Metas)
        {
            var content = meta.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content)) continue;
            foreach (var attribute in (ReadOnlySpan<string>)["property", "name", "itemprop"])
            {
                var key = meta.GetAttribute(attribute);
                if (!string.IsNullOrEmpty(key)) metas.TryAdd(key, Collapse(content));
            }
        }
        return metas;
    }

    /// <summary>The h1 when the page's title metadata agrees with it, else og:title or &lt;title&gt; without the site suffix.</summary>
    private static string? ChooseTitle(string? h1, bool h1HeadsProse, string? ogTitle, string? documentTitle, string? outlet, Func<string, bool> printedAsSubheading)
    {
        var meta = StripSiteName(ogTitle, outlet) ?? StripSiteName(documentTitle, outlet);
        if (!string.IsNullOrWhiteSpace(h1) && h1.Length >= 10)
        {
            var foldedH1 = Crosscheck.Text.TextFolding.Fold(h1);
            if (meta is null || Crosscheck.Text.TextFolding.Fold(ogTitle ?? documentTitle ?? string.Empty).Contains(foldedH1, StringComparison.Ordinal)) return h1;
            // The title tag shortens the printed headline: "Draslav escape: what went wrong | Keeper's Journal" for the h1
            // "Draslav escape: what went wrong at the wolf enclosure"; the page's own headline is the whole of it.
            if (ShortensHeadline(ogTitle ?? documentTitle, foldedH1) || (ogTitle is not null && ShortensHeadline(documentTitle, foldedH1))) return h1;
            // Or it words the headline another way: "Ossenkopf cabins: all brought down" for "All 52 passengers brought down
            // safely after Ossenkopf cabins stall overnight", "Crane collapse kills two" for "Two killed as tower crane
            // crashes across Corbelle Street". A headline of a few words over the story's prose, of the story the title tells
            // (a word of it in common), is the one the page prints; a column's name ("Letters to the Editor") or the site's
            // logo set as a heading is not, nor an h1 over a heading that prints the title tag's words.
            if (h1HeadsProse && meta is not null && ScrapedTextBlockReader.CountWords(h1) >= MinHeadlineWords && SharesContentWord(meta, foldedH1)
                && !(outlet is not null && foldedH1.Contains(Crosscheck.Text.TextFolding.Fold(outlet), StringComparison.Ordinal))
                && !printedAsSubheading(Crosscheck.Text.TextFolding.Fold(meta)))
            {
                return h1;
            }
        }
        return meta ?? h1;
    }

    /// <summary>Characters of text beside a heading in its parent element for the heading to head a story.</summary>
    private const int ProseAfterHeadline = 200;

    /// <summary>Words a heading needs to be taken for the story's headline over the title metadata: most names and sections are shorter.</summary>
    private const int MinHeadlineWords = 4;

    /// <summary>Whether a title and a folded headline have a content word in common.</summary>
    private static bool SharesContentWord(string title, string foldedHeadline)
    {
        var headline = Crosscheck.Text.Tokenizer.FoldedWords(foldedHeadline).ToHashSet(StringComparer.Ordinal);
        return Crosscheck.Text.Tokenizer.FoldedWords(title).Any(w => !Crosscheck.Text.Stopwords.IsStopword(w) && headline.Contains(w));
    }

    /// <summary>Whether a part of a title (between its separators) of four words or more begins the folded headline.</summary>
    private static bool ShortensHeadline(string? title, string foldedHeadline)
    {
        if (string.IsNullOrWhiteSpace(title)) return false;
        foreach (var part in SpacedTitleSeparator().Split(title))
        {
            var folded = Crosscheck.Text.TextFolding.Fold(part).Trim().TrimEnd('.', ',', ':', ';', '…');
            if (ScrapedTextBlockReader.CountWords(folded) >= 4 && folded.Length < foldedHeadline.Length && foldedHeadline.StartsWith(folded, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static string? StripSiteName(string? title, string? outlet)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var parts = TitleSeparator().Split(title);
        if (parts.Length < 2) return title;
        var last = parts[^1];
        var first = parts[0];
        var lastIsSite = (outlet is not null && Crosscheck.Text.TextFolding.Fold(last) == Crosscheck.Text.TextFolding.Fold(outlet))
            || (ScrapedTextBlockReader.CountWords(last) <= 4 && ScrapedTextBlockReader.CountWords(title[..^last.Length]) >= 4);
        if (lastIsSite)
        {
            var cut = title.LastIndexOf(last, StringComparison.Ordinal);
            return title[..cut].TrimEnd(' ', '|', '-', '–', '—', ':', '·', '•');
        }
        var firstIsSite = outlet is not null && Crosscheck.Text.TextFolding.Fold(first) == Crosscheck.Text.TextFolding.Fold(outlet);
        return firstIsSite ? title[(first.Length)..].TrimStart(' ', '|', '-', '–', '—', ':', '·', '•') : title;
    }

    private static string Collapse(string text) => ScrapedTextBlockReader.Collapse(text);
}
