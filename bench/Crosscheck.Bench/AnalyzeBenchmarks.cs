using BenchmarkDotNet.Attributes;
using Crosscheck.Extraction;
using Crosscheck.Pipeline;
using Crosscheck.Sources;

namespace Crosscheck.Bench;

/// <summary>
/// The whole <c>analyze</c> pipeline and extraction alone over the generated corpus. Set CROSSCHECK_BENCH_CORPUS
/// to its folder (default bench/corpus-1000, made by <c>generate samples bench/corpus-1000 1000</c>).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class AnalyzeBenchmarks
{
    private IReadOnlyList<SourceDocument> _documents = [];
    private readonly CrosscheckPipeline _pipeline = CrosscheckPipeline.CreateDefault();
    private readonly ArticleExtractor _extractor = new();

    [GlobalSetup]
    public void Load()
    {
        var folder = Environment.GetEnvironmentVariable("CROSSCHECK_BENCH_CORPUS") ?? Path.Combine(BenchPaths.Root, "bench", "corpus-1000");
        var decoder = new SourceDecoder();
        _documents = SourceFinder.Expand([folder]).Files.Select((f, i) => decoder.DecodeFile(f, f, i).Document!).ToList();
        if (_documents.Count == 0) throw new InvalidOperationException($"no pages in {folder}; generate them first");
    }

    [Benchmark(Description = "analyze (all stages)")]
    public int Analyze() => _pipeline.Analyze(_documents).Stories.Length;

    [Benchmark(Description = "extract only")]
    public int Extract()
    {
        var n = 0;
        foreach (var document in _documents) n += _extractor.Extract(document).Article?.Body.Length ?? 0;
        return n;
    }
}
