using System.Collections.Concurrent;
using Crosscheck.Evaluation;
using Crosscheck.Tests.Support;

namespace Crosscheck.Tests.Evaluation;

/// <summary>The shared clustering corpora, each read and clustered once per test run and reused by every test that needs it.</summary>
internal static class SharedClusteringRuns
{
    private static readonly ConcurrentDictionary<string, Lazy<ClusteringCorpus>> Corpora = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Lazy<ClusteringRun>> Runs = new(StringComparer.Ordinal);

    /// <summary>../shared/corpora (tests that call this are skipped when ../shared is absent).</summary>
    public static string Folder => Path.Combine(RepositoryPaths.Shared!, "corpora");

    public static ClusteringCorpus Corpus(string name) =>
        Corpora.GetOrAdd(name, n => new Lazy<ClusteringCorpus>(() => ClusteringCorpora.Load(Folder, n))).Value;

    /// <summary>The whole corpus through a fresh StoryStream, in corpus order.</summary>
    public static ClusteringRun Run(string name) =>
        Runs.GetOrAdd(name, n => new Lazy<ClusteringRun>(() => ClusteringBenchmark.Run(Corpus(n)))).Value;
}
