using System.Collections.Immutable;
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

    /// <summary>
    /// Runs in place of the analysis stage (for instrumentation or an experimental analyser); null, the default, runs
    /// <see cref="StoryAnalyzer"/> with <see cref="Analysis"/>. Takes a story's articles, copies included.
    /// </summary>
    public Func<IReadOnlyList<Article>, StoryAnalysis>? AnalysisStage { get; set; }

    /// <summary>
    /// Runs in place of the comparison stage; null runs <see cref="StoryComparer"/> with <see cref="Comparison"/>. Takes
    /// the story's distinct articles (copies left out) and its analysis.
    /// </summary>
    public Func<IReadOnlyList<Article>, StoryAnalysis, StoryComparison>? ComparisonStage { get; set; }

    /// <summary>
    /// Runs in place of the summary stage; null runs <see cref="Summarizer"/> with <see cref="Summary"/>. Takes the
    /// story's distinct articles, its analysis and its comparison.
    /// </summary>
    public Func<IReadOnlyList<Article>, StoryAnalysis, StoryComparison, ImmutableArray<SummarySentence>>? SummaryStage { get; set; }

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
