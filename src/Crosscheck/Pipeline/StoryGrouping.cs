using System.Collections.Immutable;
using Crosscheck.Extraction;
using Crosscheck.Hashing;

namespace Crosscheck.Pipeline;

/// <summary>The outcome of dedup and clustering: every article (copies marked) and the stories they form, not yet analysed.</summary>
public sealed record StoryGrouping(ImmutableArray<Article> Articles, ImmutableArray<StoryMembers> Stories);

/// <summary>The articles of one story, in input order, and the story's id.</summary>
/// <param name="Id">Derived from the member ids alone: the same articles always make the same id, and a story whose
/// membership changes gets a new one.</param>
public sealed record StoryMembers(string Id, ImmutableArray<Article> Articles)
{
    public static StoryMembers Of(IReadOnlyCollection<Article> articles) =>
        new(IdOf(articles.Select(a => a.Id)), [.. articles]);

    /// <summary>"s" and 11 hex digits of the XXH64 of the sorted member ids.</summary>
    public static string IdOf(IEnumerable<string> articleIds) =>
        "s" + XxHash64.HexId(string.Join('\n', articleIds.Order(StringComparer.Ordinal)), 11);
}
