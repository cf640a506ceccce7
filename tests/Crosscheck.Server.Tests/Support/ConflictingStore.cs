using System.Collections.Immutable;
using Crosscheck.Extraction;
using Crosscheck.Storage;

namespace Crosscheck.Server.Tests.Support;

/// <summary>A store whose every commit loses to another writer, as a store being filled by a busy CLI ingest could.</summary>
public sealed class ConflictingStore(IStoryStore inner) : IStoryStore
{
    public Task MigrateAsync(CancellationToken cancellationToken = default) => inner.MigrateAsync(cancellationToken);

    public Task<IReadOnlyDictionary<string, string>> FindContentAsync(IReadOnlyCollection<string> contentHashes, CancellationToken cancellationToken = default) =>
        inner.FindContentAsync(contentHashes, cancellationToken);

    public Task<IReadOnlyList<Article>> LoadArticlesAsync(CancellationToken cancellationToken = default) => inner.LoadArticlesAsync(cancellationToken);

    public Task<IReadOnlyDictionary<string, ImmutableArray<string>>> LoadStoryMembersAsync(CancellationToken cancellationToken = default) =>
        inner.LoadStoryMembersAsync(cancellationToken);

    public Task CommitAsync(IngestBatch batch, CancellationToken cancellationToken = default) =>
        throw new StoreConflictException(batch.Articles.Length, batch.Articles.Length + 1);

    public Task<IReadOnlyList<StoryListing>> ListStoriesAsync(StoryQuery query, CancellationToken cancellationToken = default) => inner.ListStoriesAsync(query, cancellationToken);

    public Task<StoredStory?> GetStoryAsync(string id, CancellationToken cancellationToken = default) => inner.GetStoryAsync(id, cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken = default) => inner.SearchAsync(query, limit, cancellationToken);

    public Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default) => inner.CountAsync(cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
