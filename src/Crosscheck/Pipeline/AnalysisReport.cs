using System.Collections.Immutable;
using Crosscheck.Extraction;

namespace Crosscheck.Pipeline;

/// <summary>The whole result of a run: every article in exactly one story, and every input that was rejected.</summary>
public sealed record AnalysisReport(
    ImmutableArray<Article> Articles,
    ImmutableArray<Story> Stories,
    ImmutableArray<Rejection> Rejections)
{
    private Dictionary<string, Article>? _byId;

    public Article ArticleById(string id) => (_byId ??= Articles.ToDictionary(a => a.Id))[id];
}
