using System.Collections.Immutable;
using AngleSharp;
using AngleSharp.Browser;
using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Dom;
using AngleSharp.Html.LinkRels;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;

namespace Crosscheck.Extraction.Html;

/// <summary>What an HTML page states about itself outside its body text.</summary>
public sealed record HtmlMetadata(string? Title, string? Author, string? Outlet, DateOnly? Published, string? Language)
{
    /// <summary><see cref="Published"/> read with day and month swapped, when the page wrote it both ways ("09/03/2026") and never settled which.</summary>
    public DateOnly? PublishedOtherReading { get; init; }
}

/// <summary>The blocks of an HTML page's article and the page's own metadata.</summary>
public sealed record HtmlPage(ImmutableArray<PageBlock> Blocks, HtmlMetadata Metadata);

/// <summary>
/// Reads the article out of an HTML page. The page is parsed with AngleSharp, its metadata read, and its DOM
/// flattened into a <see cref="PageTree"/>; then a cascade of passes, each less strict than the one before,
/// cleans it (<see cref="DomCleaner"/>), finds the main content (<see cref="MainContentFinder"/>), prunes it
/// (<see cref="ContentPruner"/>) and collects its blocks. The first pass whose article is long enough wins;
/// when none is, the longest does.
/// </summary>
public static class HtmlArticleReader
{
    /// <summary>An article shorter than this (in visible characters) sends the reader on to a less strict pass.</summary>
    private const int EnoughChars = 400;

    /// <summary>The attributes any part of extraction reads; the parser does not build the others (image sources, data-*, handlers).</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReadAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "class", "id", "style", "hidden", "aria-hidden", "role", "itemprop", "content", "property", "name", "http-equiv", "rel", "href", "lang",
        "datetime", "title", "type", "pubdate", "value", "charset",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>No scripting, no source positions, no comments or style text: extraction reads none of them.</summary>
    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsScripting = false,
        DisableElementPositionTracking = true,
        SkipComments = true,
        SkipRawText = true,
        ShouldEmitAttribute = (ref StructHtmlToken _, ReadOnlyMemory<char> name) => ReadAttributes.Contains(name.Span),
    };

    /// <summary>
    /// AngleSharp's services without link relations (a stylesheet link would start loading a sheet no one reads) and
    /// without the meta charset handler (the page is already decoded text).
    /// </summary>
    private static readonly IConfiguration ParsingConfiguration =
        Configuration.Default.WithOnly<ILinkRelationFactory>(new NoLinkRelations()).Without<IMetaHandler>();

    /// <summary>One parser and browsing context per thread, reused for every page that thread parses.</summary>
    [ThreadStatic]
    private static HtmlParser? t_parser;

    private static readonly ExtractionPass[] Cascade =
    [
        new(KeepNamedFurniture: false, UseClassWeights: true, Conditional: true),
        new(KeepNamedFurniture: true, UseClassWeights: true, Conditional: true),
        new(KeepNamedFurniture: true, UseClassWeights: false, Conditional: true),
        new(KeepNamedFurniture: true, UseClassWeights: false, Conditional: false),
    ];

    /// <param name="html">The page.</param>
    /// <param name="latestPlausible">The latest date a publication date can have (today, or the crawl date); later dates are not believed.</param>
    public static HtmlPage Read(string html, DateOnly latestPlausible)
    {
        // Not disposed: disposing detaches the nodes one by one (each checked for a base element), work the garbage
        // collector does not need; the document holds no other resource.
        var document = Parse(html);
        var metadata = HtmlMetadataReader.Read(document, latestPlausible);
        var root = (IElement?)document.Body ?? document.DocumentElement;
        if (root is null) return new HtmlPage([], metadata);

        var tree = PageTree.From(root);
        ImmutableArray<PageBlock> best = [];
        var bestChars = -1;
        foreach (var pass in Cascade)
        {
            tree.ClearRemovals();
            var blocks = Extract(tree, pass);
            var chars = blocks.Sum(b => b.Text.Length);
            if (chars > bestChars)
            {
                best = blocks;
                bestChars = chars;
            }
            if (chars >= EnoughChars) break;
        }
        return new HtmlPage(best, metadata);
    }

    /// <summary>
    /// Parses a page the way extraction reads it: scripts and styles emptied (JSON-LD kept), nesting and attribute
    /// sizes bounded before parsing so the parser stays linear, and the tree flattened below a safe depth after.
    /// </summary>
    public static IDocument Parse(string html)
    {
        var parser = t_parser ??= new HtmlParser(ParserOptions, BrowsingContext.New(ParsingConfiguration));
        var document = parser.ParseDocument(HtmlInputGuard.Bound(EmbeddedCodeStripper.Strip(html)).Html);
        DomDepthLimiter.Flatten(document);
        return document;
    }

    private static ImmutableArray<PageBlock> Extract(PageTree tree, ExtractionPass pass)
    {
        DomCleaner.Clean(tree, pass.KeepNamedFurniture);
        var stats = new SubtreeStats(tree);
        var chosen = MainContentFinder.Find(tree, stats, pass.UseClassWeights, out var scores);
        ContentPruner.Prune(tree, stats, chosen, scores, pass.UseClassWeights, pass.Conditional);
        return RepeatedTextFilter.Filter(HtmlBlockCollector.Collect(tree, chosen));
    }

    private sealed record ExtractionPass(bool KeepNamedFurniture, bool UseClassWeights, bool Conditional);

    /// <summary>Gives a link element no relation, so nothing is loaded for it; its attributes stay readable.</summary>
    private sealed class NoLinkRelations : ILinkRelationFactory
    {
        public BaseLinkRelation? Create(IHtmlLinkElement link, string? relation) => null;
    }
}
