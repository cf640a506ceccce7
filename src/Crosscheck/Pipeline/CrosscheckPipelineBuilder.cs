using Crosscheck.Analysis;
using Crosscheck.Briefing;
using Crosscheck.Clustering;
using Crosscheck.Comparison;
using Crosscheck.Dedup;
using Crosscheck.Extraction;

namespace Crosscheck.Pipeline;

/// <summary>
/// Configures a <see cref="CrosscheckPipeline"/>: each stage's options, and how many threads may work.
/// Build once, reuse the pipeline for many runs; it holds no state between runs.
/// </summary>
public sealed class CrosscheckPipelineBuilder
{
    public ArticleExtractorOptions Extraction { get; set; } = new();

    public DuplicateDetectorOptions Dedup { get; set; } = new();

    public StoryClustererOptions Clustering { get; set; } = new();

    public StoryAnalyzerOptions Analysis { get; set; } = new();

    public StoryComparerOptions Comparison { get; set; } = new();

    public SummarizerOptions Summary { get; set; } = new();

    /// <summary>Threads for extraction and per-story analysis; results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    public CrosscheckPipelineBuilder Configure(Action<CrosscheckPipelineBuilder> configure)
    {
        configure(this);
        return this;
    }

    public CrosscheckPipeline Build()
    {
        if (MaxDegreeOfParallelism < 1) throw new InvalidOperationException($"MaxDegreeOfParallelism must be at least 1 (got {MaxDegreeOfParallelism}).");
        return new CrosscheckPipeline(this);
    }
}
