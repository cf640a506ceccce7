using System.Text.Json;
using Crosscheck.Extraction;
using Crosscheck.Sources;

namespace Crosscheck.Evaluation;

/// <summary>One page of an extraction benchmark run: its id, file and the body text extracted (empty when none).</summary>
public sealed record BenchmarkPage(string Id, string File, string Text, string? Rejection);

/// <summary>
/// Runs the extractor over the Zyte article-extraction benchmark folder (<c>html/*.html.gz</c> and
/// <c>ground-truth.json</c>) and scores it with <see cref="ExtractionScorer"/>. A page's id is its file name
/// up to the first dot, as in the reference scorer.
/// </summary>
public sealed class ExtractionBenchmark(ArticleExtractor extractor, SourceDecoder decoder)
{
    public ExtractionBenchmark() : this(new ArticleExtractor(), new SourceDecoder()) { }

    public static string PageId(string file) => Path.GetFileName(file).Split('.')[0];

    /// <summary>Extracts every page of the folder, in file-name order, using all cores.</summary>
    public IReadOnlyList<BenchmarkPage> Run(string corpusFolder)
    {
        var files = Directory.GetFiles(Path.Combine(corpusFolder, "html")).Order(StringComparer.Ordinal).ToArray();
        var pages = new BenchmarkPage[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            var decoded = decoder.DecodeFile(files[i], files[i], i);
            if (decoded.Document is null)
            {
                pages[i] = new BenchmarkPage(PageId(files[i]), files[i], string.Empty, decoded.RejectionReason);
                return;
            }
            var result = extractor.Extract(decoded.Document);
            var text = result.Article is null ? string.Empty : string.Join("\n\n", result.Article.Body);
            pages[i] = new BenchmarkPage(PageId(files[i]), files[i], text, result.RejectionReason);
        });
        return pages;
    }

    public static JsonElement ReadGroundTruth(string corpusFolder)
    {
        using var stream = File.OpenRead(Path.Combine(corpusFolder, "ground-truth.json"));
        return JsonDocument.Parse(stream).RootElement.Clone();
    }

    public static ExtractionScore Score(string corpusFolder, IEnumerable<BenchmarkPage> pages) =>
        ExtractionScorer.Score(ReadGroundTruth(corpusFolder), pages.ToDictionary(p => p.Id, p => p.Text));
}
