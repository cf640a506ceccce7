using System.Collections.Immutable;
using Crosscheck.Extraction;

namespace Crosscheck.Pipeline;

/// <summary>
/// The whole result of a run: every article in exactly one story, every input that was rejected, and (on
/// <see cref="Story.Failure"/>) every story a stage broke on.
/// </summary>
public sealed record AnalysisReport(
    ImmutableArray<Article> Articles,
    ImmutableArray<Story> Stories,
    ImmutableArray<Rejection> Rejections)
{
    private Dictionary<string, Article>? _byId;

    /// <summary>The stories a stage threw on, in story order: each kept with its articles but without analysis.</summary>
    public IEnumerable<StoryFailure> StoryFailures => Stories.Select(s => s.Failure).OfType<StoryFailure>();

    public Article ArticleById(string id) => (_byId ??= Articles.ToDictionary(a => a.Id))[id];
}
