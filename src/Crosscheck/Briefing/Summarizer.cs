using System.Collections.Immutable;
using Crosscheck.Analysis;
using Crosscheck.Comparison;
using Crosscheck.Extraction;

namespace Crosscheck.Briefing;

public sealed record SummarizerOptions;

/// <summary>Selects the summary sentences of a story, each citing the articles that say it.</summary>
public sealed class Summarizer(SummarizerOptions options)
{
    public Summarizer() : this(new SummarizerOptions()) { }

    public SummarizerOptions Options { get; } = options;

    public ImmutableArray<SummarySentence> Summarize(IReadOnlyList<Article> articles, StoryAnalysis analysis, StoryComparison comparison) => throw new NotImplementedException();
}
