using System.Collections.Immutable;
using Crosscheck.Extraction;
using Crosscheck.Storage;

namespace Crosscheck.Server.Tests.Support;

/// <summary>
/// An <see cref="IStoryStore"/> in memory, for the API tests that need no database: it keeps what each batch commits
/// and answers the queries the way the interface documents them (search is a plain case-insensitive substring match).
/// </summary>
public sealed class MemoryStoryStore : IStoryStore
{
    private readonly Lock _lock = new();
    private readonly List<NewArticle> _articles = [];
    private readonly Dictionary<string, StoredStory> _stories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _successors = new(StringComparer.Ordinal);

    public int Commits { get; private set; }

    public Task MigrateAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<IReadOnlyDictionary<string, string>> FindContentAsync(IReadOnlyCollection<string> contentHashes, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyDictionary<string, string> found = _articles.Where(a => contentHashes.Contains(a.ContentHash))
                .ToDictionary(a => a.ContentHash, a => a.Article.Id, StringComparer.Ordinal);
            return Task.FromResult(found);
        }
    }

    public Task<IReadOnlyList<Article>> LoadArticlesAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock) return Task.FromResult<IReadOnlyList<Article>>([.. _articles.Select(a => a.Article).OrderBy(a => a.Ordinal)]);
    }

    public Task<IReadOnlyDictionary<string, ImmutableArray<string>>> LoadStoryMembersAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyDictionary<string, ImmutableArray<string>> members = _stories.ToDictionary(s => s.Key, s => s.Value.ArticleIds, StringComparer.Ordinal);
            return Task.FromResult(members);
        }
    }

    public Task CommitAsync(IngestBatch batch, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            Commits++;
            _articles.AddRange(batch.Articles);
            for (var i = 0; i < _articles.Count; i++)
            {
                if (batch.DuplicateOfChanges.TryGetValue(_articles[i].Article.Id, out var original))
                {
                    _articles[i] = _articles[i] with { Article = _articles[i].Article with { DuplicateOf = original } };
                }
            }
            foreach (var removed in batch.RemovedStories)
            {
                _stories.Remove(removed.Id);
                _successors[removed.Id] = removed.SuccessorId;
            }
            foreach (var story in batch.Stories) _stories[story.Id] = story;
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<StoryListing>> ListStoriesAsync(StoryQuery query, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var byId = _articles.ToDictionary(a => a.Article.Id, a => a.Article, StringComparer.Ordinal);
            var stories = _stories.Values
                .Where(s => query.Since is null || s.UpdatedAt >= query.Since)
                .Where(s => query.Text is null || s.ArticleIds.Any(id => Matches(byId[id], query.Text)))
                .OrderByDescending(s => s.ArticleIds.Max(id => byId[id].Ordinal))
                .ThenByDescending(s => s.ArticleIds.Length)
                .Take(query.Limit)
                .Select(s => new StoryListing(s.Id, s.Title, s.ArticleIds,
                    [.. s.ArticleIds.Select(id => byId[id].Outlet).OfType<string>().Distinct(StringComparer.Ordinal)],
                    s.FirstPublished, s.LastPublished, s.UpdatedAt))
                .ToList();
            return Task.FromResult<IReadOnlyList<StoryListing>>(stories);
        }
    }

    public Task<StoredStory?> GetStoryAsync(string id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            for (var hops = 0; hops < 100 && _successors.TryGetValue(id, out var next); hops++) id = next;
            return Task.FromResult(_stories.GetValueOrDefault(id));
        }
    }

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var storyOf = _stories.Values.SelectMany(s => s.ArticleIds.Select(a => (Article: a, Story: s.Id))).ToDictionary(p => p.Article, p => p.Story, StringComparer.Ordinal);
            var hits = _articles.Select(a => a.Article).Where(a => Matches(a, query)).Take(limit)
                .Select(a => new SearchHit(a.Id, storyOf[a.Id], a.Title, a.Outlet, Snippet(a.Text, query), 1.0))
                .ToList();
            return Task.FromResult<IReadOnlyList<SearchHit>>(hits);
        }
    }

    public Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock) return Task.FromResult(new StoreCounts(_articles.Count, _stories.Count));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static bool Matches(Article article, string query) =>
        article.Title.Contains(query, StringComparison.OrdinalIgnoreCase) || article.Text.Contains(query, StringComparison.OrdinalIgnoreCase);

    private static string Snippet(string text, string query)
    {
        var at = Math.Max(0, text.IndexOf(query, StringComparison.OrdinalIgnoreCase));
        var start = Math.Max(0, at - 40);
        return text.Substring(start, Math.Min(text.Length - start, 120));
    }
}
