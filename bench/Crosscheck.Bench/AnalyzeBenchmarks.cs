using BenchmarkDotNet.Attributes;
using Crosscheck.Analysis;
using Crosscheck.Extraction;
using Crosscheck.Pipeline;
using Crosscheck.Sources;

namespace Crosscheck.Bench;

/// <summary>
/// The whole <c>analyze</c> pipeline, extraction alone, and the analysis stage alone (entities, quotes, timeline and
/// sources of the stories <c>analyze</c> finds, on as many threads) over the generated corpus. What analysis adds to
/// <c>analyze</c> is its time over the rest: analysis / (all stages − analysis). Set CROSSCHECK_BENCH_CORPUS to the
/// corpus folder (default bench/corpus-1000, made by <c>generate samples bench/corpus-1000 1000</c>). Ten warm-up
/// passes: the JIT tiers the analysis up to full-speed code between the 7th and 11th pass, and a shorter warm-up times
/// the compiler instead of the code (the README gives both figures).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 10, iterationCount: 10)]
public class AnalyzeBenchmarks
{
    private IReadOnlyList<SourceDocument> _documents = [];
    private readonly CrosscheckPipeline _pipeline = CrosscheckPipeline.CreateDefault();
    private readonly ArticleExtractor _extractor = new();
    private readonly StoryAnalyzer _analyzer = new();
    private IReadOnlyList<IReadOnlyList<Article>> _stories = [];

    [GlobalSetup]
    public void Load()
    {
        var folder = Environment.GetEnvironmentVariable("CROSSCHECK_BENCH_CORPUS") ?? Path.Combine(BenchPaths.Root, "bench", "corpus-1000");
        var decoder = new SourceDecoder();
        _documents = SourceFinder.Expand([folder]).Files.Select((f, i) => decoder.DecodeFile(f, f, i).Document!).ToList();
        if (_documents.Count == 0) throw new InvalidOperationException($"no pages in {folder}; generate them first");
        var report = _pipeline.Analyze(_documents);
        _stories = report.Stories.Select(s => (IReadOnlyList<Article>)s.ArticleIds.Select(report.ArticleById).ToList()).ToList();
    }

    [Benchmark(Description = "analyze (all stages)")]
    public int Analyze() => _pipeline.Analyze(_documents).Stories.Length;

    [Benchmark(Description = "analysis stage only")]
    public int Analysis() =>
        _stories.AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount)
            .Select(articles => _analyzer.Analyze(articles).Entities.Length)
            .Sum();

    [Benchmark(Description = "extract only")]
    public int Extract()
    {
        var n = 0;
        foreach (var document in _documents) n += _extractor.Extract(document).Article?.Body.Length ?? 0;
        return n;
    }
}
