using AngleSharp.Dom;
using BenchmarkDotNet.Attributes;
using Crosscheck.Extraction;
using Crosscheck.Extraction.Html;
using Crosscheck.Sources;

namespace Crosscheck.Bench;

/// <summary>
/// The HTML stage on the 181 real pages of the Zyte benchmark (../shared/corpora/zyte-article-extraction, or
/// CROSSCHECK_ZYTE_CORPUS), one thread, warm: decoding, parsing as extraction does (scripts emptied, input
/// bounded), the publication-date finder on parsed pages, the HTML reader (parse, metadata, main content), and
/// the whole extractor (adds the furniture classifier). Their differences show where the time goes.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class HtmlExtractionBenchmarks
{
    private static readonly DateOnly Today = new(2026, 11, 21);
    private string[] _files = [];
    private SourceDocument[] _documents = [];
    private IDocument[] _parsed = [];
    private readonly SourceDecoder _decoder = new();
    private readonly ArticleExtractor _extractor = new(new ArticleExtractorOptions { LatestPlausibleDate = Today });

    [GlobalSetup]
    public void Load()
    {
        var corpus = Environment.GetEnvironmentVariable("CROSSCHECK_ZYTE_CORPUS")
            ?? Path.Combine(BenchPaths.Root, "..", "shared", "corpora", "zyte-article-extraction");
        _files = Directory.GetFiles(Path.Combine(corpus, "html")).Order(StringComparer.Ordinal).ToArray();
        if (_files.Length == 0) throw new InvalidOperationException($"no pages in {corpus}/html");
        _documents = _files.Select((f, i) => _decoder.DecodeFile(f, f, i).Document!).ToArray();
        _parsed = _documents.Select(d => HtmlArticleReader.Parse(d.Content)).ToArray();
    }

    [Benchmark(Description = "decode (gunzip, charset)")]
    public int Decode() => _files.Sum(f => _decoder.DecodeFile(f, f, 0).Document?.Content.Length ?? 0);

    [Benchmark(Description = "parse as extraction does")]
    public int Parse() => _documents.Sum(d => HtmlArticleReader.Parse(d.Content).All.Length);

    [Benchmark(Description = "publication date (parsed pages)")]
    public int Dates() => _parsed.Count(d => PublicationDateFinder.Find(d, null, Today) is not null);

    [Benchmark(Description = "HTML reader (parse, metadata, content)")]
    public int Read() => _documents.Sum(d => HtmlArticleReader.Read(d.Content, Today).Blocks.Length);

    [Benchmark(Description = "extractor (reader + furniture classifier)")]
    public int Extract() => _documents.Sum(d => _extractor.Extract(d).Article?.Body.Length ?? 0);
}
