using System.Collections.Immutable;
using Crosscheck.Extraction;

namespace Crosscheck.Storage.Tests.Support;

/// <summary>
/// A store that lets another writer commit just before its own first commit, as a second ingest process can; it
/// counts the conflicts its commits run into.
/// </summary>
public sealed class RacingStore(IStoryStore inner, Func<Task> otherWriter) : IStoryStore
{
    private bool _raced;

    public int Conflicts { get; private set; }

    public async Task CommitAsync(IngestBatch batch, CancellationToken cancellationToken = default)
    {
        if (!_raced)
        {
            _raced = true;
            await otherWriter();
        }
        try
        {
            await inner.CommitAsync(batch, cancellationToken);
        }
        catch (StoreConflictException)
        {
            Conflicts++;
            throw;
        }
    }

    public Task MigrateAsync(CancellationToken cancellationToken = default) => inner.MigrateAsync(cancellationToken);

    public Task<IReadOnlyDictionary<string, string>> FindContentAsync(IReadOnlyCollection<string> contentHashes, CancellationToken cancellationToken = default) => inner.FindContentAsync(contentHashes, cancellationToken);

    public Task<IReadOnlyList<Article>> LoadArticlesAsync(CancellationToken cancellationToken = default) => inner.LoadArticlesAsync(cancellationToken);

    public Task<IReadOnlyDictionary<string, ImmutableArray<string>>> LoadStoryMembersAsync(CancellationToken cancellationToken = default) => inner.LoadStoryMembersAsync(cancellationToken);

    public Task<IReadOnlyList<StoryListing>> ListStoriesAsync(StoryQuery query, CancellationToken cancellationToken = default) => inner.ListStoriesAsync(query, cancellationToken);

    public Task<StoredStory?> GetStoryAsync(string id, CancellationToken cancellationToken = default) => inner.GetStoryAsync(id, cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken = default) => inner.SearchAsync(query, limit, cancellationToken);

    public Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default) => inner.CountAsync(cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
