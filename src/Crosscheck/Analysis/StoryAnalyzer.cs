using Crosscheck.Extraction;

namespace Crosscheck.Analysis;

public sealed record StoryAnalyzerOptions;

/// <summary>Entities, timeline, quotes and primary sources of one story.</summary>
public sealed class StoryAnalyzer(StoryAnalyzerOptions options)
{
    public StoryAnalyzer() : this(new StoryAnalyzerOptions()) { }

    public StoryAnalyzerOptions Options { get; } = options;

    public StoryAnalysis Analyze(IReadOnlyList<Article> articles) => throw new NotImplementedException();
}
