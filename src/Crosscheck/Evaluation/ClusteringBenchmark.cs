using System.Diagnostics;
using System.Globalization;
using Crosscheck.Clustering;

namespace Crosscheck.Evaluation;

/// <summary>A corpus clustered and scored.</summary>
/// <param name="Assignments">Every document's final story, in corpus order.</param>
/// <param name="Elapsed">Time spent clustering (adding every document and reading the assignments), not reading or scoring.</param>
public sealed record ClusteringRun(ClusteringCorpus Corpus, IReadOnlyList<StoryAssignment> Assignments, ClusteringScore Score, TimeSpan Elapsed)
{
    /// <summary>Documents clustered per second.</summary>
    public double DocumentsPerSecond => Elapsed > TimeSpan.Zero ? Assignments.Count / Elapsed.TotalSeconds : double.PositiveInfinity;

    /// <summary><c>name split: &lt;cluster_score.py's line&gt; docs/s=N</c>.</summary>
    public string Format(ClusteringSplit split) => string.Create(CultureInfo.InvariantCulture,
        $"{Corpus.Name} {split.ToString().ToLowerInvariant()}: {Score.Format()} docs/s={DocumentsPerSecond:0}");
}

/// <summary>
/// Story clustering measured on a labelled corpus: every document, in corpus order, goes through a fresh
/// <see cref="StoryStream"/>, and the final stories are scored against the gold ones with <see cref="ClusteringScorer"/>.
/// </summary>
public static class ClusteringBenchmark
{
    public static ClusteringRun Run(ClusteringCorpus corpus, StoryClustererOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var stream = options is null ? new StoryStream() : new StoryStream(options);
        var clock = Stopwatch.StartNew();
        foreach (var document in corpus.Documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stream.Add(document.Document);
        }
        var assignments = stream.Assignments();
        clock.Stop();
        var predicted = assignments.ToDictionary(a => a.Id, a => a.Story, StringComparer.Ordinal);
        return new ClusteringRun(corpus, assignments, ClusteringScorer.Score(corpus.GoldLabels(), predicted), clock.Elapsed);
    }
}
