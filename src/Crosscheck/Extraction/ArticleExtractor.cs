using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Crosscheck.Hashing;
using Crosscheck.Sources;

namespace Crosscheck.Extraction;

public sealed record ArticleExtractorOptions
{
    public BoilerplateClassifierOptions Boilerplate { get; init; } = new();

    /// <summary>The latest plausible publication date: pages that state a later one are not believed. Tomorrow (UTC) by default, for time zones ahead.</summary>
    public DateOnly LatestPlausibleDate { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
}

/// <summary>An article, or the reason none could be extracted from a page.</summary>
public sealed record ExtractionResult(Article? Article, CleanPage? Page, string? RejectionReason)
{
    public bool Succeeded => Article is not null;
}

/// <summary>
/// Extracts the article from one page: scraped text or HTML into blocks, furniture removed by the
/// <see cref="BoilerplateClassifier"/>, metadata merged from what the page states (HTML metadata first,
/// then what the furniture held). Never throws on bad input: a page without article text is a rejection.
/// </summary>
public sealed class ArticleExtractor(ArticleExtractorOptions options)
{
    private readonly BoilerplateClassifier _classifier = new(options.Boilerplate);

    public ArticleExtractor() : this(new ArticleExtractorOptions()) { }

    public ArticleExtractorOptions Options { get; } = options;

    public ExtractionResult Extract(SourceDocument document)
    {
        CleanPage page;
        Html.HtmlMetadata? metadata = null;
        if (document.Format == SourceFormat.Html)
        {
            var html = Html.HtmlArticleReader.Read(document.Content, Options.LatestPlausibleDate);
            metadata = html.Metadata;
            page = _classifier.Classify(html.Blocks, metadata.Title, bodyStartsAtTop: true);
        }
        else
        {
            page = _classifier.Classify(ScrapedTextBlockReader.Read(document.Content));
        }
        if (page.Body.IsDefaultOrEmpty)
        {
            var reason = page.Removed.Length == 0
                ? "no text found in the page"
                : $"no article text found: all {page.Removed.Length} blocks of the page look like page furniture (navigation, captions, notices)";
            return new ExtractionResult(null, page, reason);
        }
        var title = page.Title ?? FallbackTitle(page.Body);
        var article = new Article
        {
            Id = StableId(document),
            Source = document.Source,
            Title = title,
            Author = metadata?.Author ?? page.Author,
            Outlet = metadata?.Outlet ?? page.Outlet,
            Published = metadata?.Published ?? page.Published,
            PublishedOtherReading = metadata is { Published: not null } ? metadata.PublishedOtherReading : page.PublishedOtherReading,
            Language = metadata?.Language ?? LanguageIdentifier.Identify(string.Join(' ', page.Body)),
            Body = page.Body,
            Ordinal = document.Ordinal,
        };
        return new ExtractionResult(article, page, null);
    }

    /// <summary>Like <see cref="Extract"/>, but a page that breaks the extractor becomes a rejection, never an exception.</summary>
    public ExtractionResult ExtractOrReject(SourceDocument document)
    {
        try
        {
            return Extract(document);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A page that breaks the extractor is a bug to fix, but it must not sink the rest of the batch.
            return new ExtractionResult(null, null, $"extraction failed ({e.GetType().Name}: {e.Message}); please report this page");
        }
    }

    /// <summary>The id of a page: a hash of its file name and content, independent of the folder it was read from.</summary>
    public static string StableId(SourceDocument document)
    {
        var name = Path.GetFileName(document.Source.TrimEnd('/', '\\'));
        // The XXH64 of "name\ncontent" in UTF-8, encoded into a pooled buffer: no copy of the page, no array of its bytes.
        var utf8 = Encoding.UTF8;
        var buffer = ArrayPool<byte>.Shared.Rent(utf8.GetByteCount(name) + 1 + utf8.GetByteCount(document.Content));
        try
        {
            var length = utf8.GetBytes(name, buffer);
            buffer[length++] = (byte)'\n';
            length += utf8.GetBytes(document.Content, buffer.AsSpan(length));
            return "a" + XxHash64.Hash(buffer.AsSpan(0, length)).ToString("x16", CultureInfo.InvariantCulture)[..11];
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>A page without a headline is titled by its first sentence, shortened to a dozen words.</summary>
    private static string FallbackTitle(ImmutableArray<string> body)
    {
        var first = Text.SentenceSplitter.SplitToStrings(body[0]).FirstOrDefault() ?? body[0];
        var words = first.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 14 ? first.TrimEnd('.') : string.Join(' ', words.Take(12)) + "…";
    }
}
