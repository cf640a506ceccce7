using System.Collections.Immutable;
using Crosscheck.Analysis;
using Crosscheck.Briefing;
using Crosscheck.Comparison;

namespace Crosscheck.Pipeline;

/// <summary>A group of articles retelling one event, with everything the later stages found in it.</summary>
public sealed record Story(
    string Id,
    string Title,
    ImmutableArray<string> ArticleIds,
    StoryAnalysis Analysis,
    StoryComparison Comparison,
    ImmutableArray<SummarySentence> Summary)
{
    /// <summary>Set when a stage threw on this story; its analysis parts are then empty.</summary>
    public StoryFailure? Failure { get; init; }
}
