using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Crosscheck.Clustering;
using Crosscheck.Dedup;
using Crosscheck.Evaluation;
using Crosscheck.Tests.Support;

namespace Crosscheck.Bench;

/// <summary>
/// The stream's throughput on one thread, warm, parsing excluded: 982 articles (all of ECB+ as
/// <see cref="EcbPlusCorpus"/> reads it from ../shared/corpora or CROSSCHECK_SHARED, undated; or the first 982 of the
/// generated stream, about 320 words, dated, 8% copies) through the duplicate index alone, the clusterer alone, and
/// <see cref="StoryStream"/> (both). The mean is per article; Articles/s = 1 s / mean.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class StreamThroughputBenchmarks
{
    private const int Articles = 982;
    private List<ClusterDocument> _documents = [];

    [Params("ECB+", "generated")]
    public string Corpus { get; set; } = "ECB+";

    [GlobalSetup]
    public void Load()
    {
        _documents = Corpus == "ECB+"
            ? [.. ClusteringCorpora.Load(Path.Combine(BenchPaths.Shared, "corpora"), "ecb").Documents.Select(d => d.Document)]
            : SyntheticNewsStream.Documents(Articles, seed: 2031);
        if (_documents.Count != Articles) throw new InvalidOperationException($"expected {Articles} documents in {Corpus}, found {_documents.Count}");
    }

    [Benchmark(Description = "dedup alone (NearDuplicateIndex)", OperationsPerInvoke = Articles)]
    public int Dedup()
    {
        var index = new NearDuplicateIndex();
        var copies = 0;
        foreach (var d in _documents)
        {
            if (index.Add(d.Id, d.Title, d.Text, d.Published).IsCopy) copies++;
        }
        return copies;
    }

    [Benchmark(Description = "clustering alone (OnlineStoryClusterer)", OperationsPerInvoke = Articles)]
    public int Clustering()
    {
        var clusterer = new OnlineStoryClusterer();
        foreach (var d in _documents) clusterer.Add(d);
        return clusterer.StoryCount;
    }

    [Benchmark(Baseline = true, Description = "both (StoryStream)", OperationsPerInvoke = Articles)]
    public int Both()
    {
        var stream = new StoryStream();
        foreach (var d in _documents) stream.Add(d);
        return stream.CopyCount;
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new ArticlesPerSecondColumn());
    }
}
