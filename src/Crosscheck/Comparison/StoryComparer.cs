using Crosscheck.Analysis;
using Crosscheck.Extraction;

namespace Crosscheck.Comparison;

public sealed record StoryComparerOptions;

/// <summary>Aligns the claims of a story's articles and finds where they conflict.</summary>
public sealed class StoryComparer(StoryComparerOptions options)
{
    public StoryComparer() : this(new StoryComparerOptions()) { }

    public StoryComparerOptions Options { get; } = options;

    public StoryComparison Compare(IReadOnlyList<Article> articles, StoryAnalysis analysis) => throw new NotImplementedException();
}
