using System.Collections.Immutable;
using Crosscheck.Extraction;

namespace Crosscheck.Storage;

/// <summary>An article's publication date and, for an all-number date that reads both ways, its other reading.</summary>
public sealed record StoredDates(DateOnly? Published, DateOnly? OtherReading);

/// <summary>A new article to store, with the hash of the page it came from (the key that makes ingest idempotent).</summary>
public sealed record NewArticle(Article Article, string ContentHash, DateTimeOffset IngestedAt);

/// <summary>
/// Everything one ingest batch changes, applied in one transaction: the new articles; stored articles whose copy
/// status changed; stories that no longer exist (their articles moved into others) and, for each, the story it became;
/// and the stories to write, each with its rendered outputs.
/// </summary>
public sealed record IngestBatch(
    ImmutableArray<NewArticle> Articles,
    ImmutableDictionary<string, string?> DuplicateOfChanges,
    ImmutableArray<StoryReplacement> RemovedStories,
    ImmutableArray<StoredStory> Stories)
{
    /// <summary>
    /// How many articles the store held when the batch was worked out, or null not to check. Articles are only ever
    /// added, so when the store holds another number at commit time, another writer (a second ingest process, the
    /// server) committed in between, the batch's stories are stale, and the commit fails with
    /// <see cref="StoreConflictException"/> (storing nothing); <see cref="StoryIngestor"/> then works the batch out again.
    /// </summary>
    public int? ExpectedArticleCount { get; init; }

    /// <summary>
    /// Stored articles whose publication date changed: a date that reads both ways ("09/03/2026"), settled by the
    /// story the article joined once that story's other articles arrived.
    /// </summary>
    public ImmutableDictionary<string, StoredDates> DateChanges { get; init; } = ImmutableDictionary<string, StoredDates>.Empty;
}

/// <summary>A story that stopped existing because its articles now belong to <paramref name="SuccessorId"/>.</summary>
public sealed record StoryReplacement(string Id, string SuccessorId);

/// <summary>
/// An analysed story as stored: its members and its outputs, rendered once when it was analysed.
/// <paramref name="Json"/> is a <c>crosscheck/analysis@1</c> document holding this story and its articles;
/// <paramref name="Markdown"/> and <paramref name="Html"/> are its brief.
/// </summary>
public sealed record StoredStory(
    string Id,
    string Title,
    ImmutableArray<string> ArticleIds,
    DateOnly? FirstPublished,
    DateOnly? LastPublished,
    DateTimeOffset UpdatedAt,
    string Json,
    string Markdown,
    string Html);

/// <summary>A story in a list (<c>crosscheck stories</c>, <c>GET /api/stories</c>).</summary>
public sealed record StoryListing(
    string Id,
    string Title,
    ImmutableArray<string> ArticleIds,
    ImmutableArray<string> Outlets,
    DateOnly? FirstPublished,
    DateOnly? LastPublished,
    DateTimeOffset UpdatedAt);

/// <summary>Which stories to list: updated since a moment, matching a full-text query, at most <see cref="Limit"/>.</summary>
public sealed record StoryQuery
{
    public DateTimeOffset? Since { get; init; }

    public string? Text { get; init; }

    public int Limit { get; init; } = 1000;
}

/// <summary>An article that matched a search, with its story and a short excerpt around the match.</summary>
/// <param name="Snippet">Plain text around the match, each matched word between two <see cref="HighlightMark"/>s (escape it before putting it in HTML).</param>
/// <param name="Rank">Larger for a better match (bm25 on SQLite, ts_rank on PostgreSQL): compare ranks of one search only.</param>
public sealed record SearchHit(string ArticleId, string StoryId, string Title, string? Outlet, string Snippet, double Rank)
{
    /// <summary>What a snippet puts before and after each matched word.</summary>
    public const string HighlightMark = "**";
}

public sealed record StoreCounts(int Articles, int Stories);
