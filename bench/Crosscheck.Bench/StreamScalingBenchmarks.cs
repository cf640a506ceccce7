using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Crosscheck.Clustering;
using Crosscheck.Tests.Support;

namespace Crosscheck.Bench;

/// <summary>
/// Whether the stream's cost grows linearly: <see cref="StoryStream"/> (dedup and clustering) over the first 10,000
/// and the first 100,000 articles of the generated stream (about 800 articles a day, so 12 and 125 days), each run
/// from an empty stream; the Ratio column is the 100,000 run's time over the 10,000 run's (linear: 10; the budget: 12).
/// With <c>Retire</c>, stories more than 7 days behind the newest date leave the clusterer's candidate index
/// (<see cref="StoryClustererOptions.RetireAfterDays"/>).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
public class StreamScalingBenchmarks
{
    private List<ClusterDocument> _documents = [];

    [Params(false, true)]
    public bool Retire { get; set; }

    [GlobalSetup]
    public void Generate() => _documents = SyntheticNewsStream.Documents(100_000, seed: 2031);

    [Benchmark(Baseline = true, Description = "StoryStream, 10,000 articles")]
    public int TenThousand() => Run(10_000);

    [Benchmark(Description = "StoryStream, 100,000 articles")]
    public int HundredThousand() => Run(100_000);

    private int Run(int count)
    {
        var stream = new StoryStream(new StoryClustererOptions { RetireAfterDays = Retire ? 7 : null });
        for (var i = 0; i < count; i++) stream.Add(_documents[i]);
        return stream.CopyCount;
    }
}
