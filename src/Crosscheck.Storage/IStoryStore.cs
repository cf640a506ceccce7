using System.Collections.Immutable;
using Crosscheck.Extraction;

namespace Crosscheck.Storage;

/// <summary>
/// Where Crosscheck keeps articles and analysed stories between runs. Providers (SQLite, PostgreSQL) implement it
/// with the same behaviour, held by one shared test suite. Writes happen only through <see cref="CommitAsync"/>, one
/// transaction per batch: a batch is stored whole or not at all. A story in a batch that is already stored (same id)
/// replaces the stored one.
/// </summary>
public interface IStoryStore : IAsyncDisposable
{
    /// <summary>Creates the schema or brings it up to date (versioned migrations); safe to call on every start.</summary>
    Task MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>Of the given content hashes, those already stored, each with the id of the article stored under it.</summary>
    Task<IReadOnlyDictionary<string, string>> FindContentAsync(IReadOnlyCollection<string> contentHashes, CancellationToken cancellationToken = default);

    /// <summary>Every stored article, in ingest order (<see cref="Article.Ordinal"/> ascending).</summary>
    Task<IReadOnlyList<Article>> LoadArticlesAsync(CancellationToken cancellationToken = default);

    /// <summary>Every stored story's id and its article ids.</summary>
    Task<IReadOnlyDictionary<string, ImmutableArray<string>>> LoadStoryMembersAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies one ingest batch in a single transaction, writers one at a time. When the batch states
    /// <see cref="IngestBatch.ExpectedArticleCount"/> and the store holds another number of articles, nothing is stored
    /// and <see cref="StoreConflictException"/> is thrown.
    /// </summary>
    Task CommitAsync(IngestBatch batch, CancellationToken cancellationToken = default);

    /// <summary>Stories, newest first (by their latest article's ingest, then size), optionally filtered.</summary>
    Task<IReadOnlyList<StoryListing>> ListStoriesAsync(StoryQuery query, CancellationToken cancellationToken = default);

    /// <summary>One story with its rendered outputs, or null. An id a story had before it grew is followed to the story it became.</summary>
    Task<StoredStory?> GetStoryAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Full-text search over article titles and text (FTS5 on SQLite, tsvector on PostgreSQL), best first.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken = default);

    /// <summary>How many articles and stories are stored.</summary>
    Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default);
}
