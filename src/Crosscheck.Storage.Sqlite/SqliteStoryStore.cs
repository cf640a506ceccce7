using System.Collections.Immutable;
using System.Data;
using System.Text.Json;
using Crosscheck.Extraction;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Crosscheck.Storage.Sqlite;

/// <summary>
/// The story store in one SQLite file: WAL journal (readers never wait for the writer), foreign keys on, a busy
/// timeout so a second process waits for the writer instead of failing, one immediate transaction per batch, and an
/// FTS5 index over article titles and text. Connections are opened per call (and pooled), so one instance serves
/// concurrent callers.
/// </summary>
public sealed class SqliteStoryStore : IStoryStore
{
    private static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    private readonly string _connectionString;
    private readonly TimeProvider _clock;

    static SqliteStoryStore() => SQLitePCL.Batteries_V2.Init();

    public SqliteStoryStore(string path, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(clock);
        Path = System.IO.Path.GetFullPath(path);
        _clock = clock;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
        }.ToString();
    }

    public SqliteStoryStore(string path) : this(path, TimeProvider.System) { }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>The newest schema version this build knows.</summary>
    public static int SchemaVersion => SqliteSchema.Migrations[^1].Version;

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        // The journal mode is kept in the file; it cannot change inside a transaction.
        await connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode = WAL;", cancellationToken: cancellationToken)).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL);",
            transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var current = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT max(version) FROM schema_version;", transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false) ?? 0;
        if (current > SchemaVersion) throw new StoreSchemaException(Path, (int)current, SchemaVersion);
        foreach (var migration in SqliteSchema.Migrations.Where(m => m.Version > current))
        {
            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_version (version, description, applied_at) VALUES (@Version, @Description, @AppliedAt);",
                new { migration.Version, migration.Description, AppliedAt = StoreTimestamps.ToText(_clock.GetUtcNow()) },
                transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<string, string>> FindContentAsync(IReadOnlyCollection<string> contentHashes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contentHashes);
        if (contentHashes.Count == 0) return new Dictionary<string, string>(StringComparer.Ordinal);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string Hash, string Id)>(new CommandDefinition(
            "SELECT content_hash, id FROM articles WHERE content_hash IN (SELECT value FROM json_each(@Hashes));",
            new { Hashes = JsonSerializer.Serialize(contentHashes) }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Hash, r => r.Id, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<Article>> LoadArticlesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ArticleRow>(new CommandDefinition(
            """
            SELECT id AS Id, ordinal AS Ordinal, source AS Source, title AS Title, author AS Author, outlet AS Outlet,
                   published AS Published, language AS Language, body AS Body, duplicate_of AS DuplicateOf
            FROM articles ORDER BY ordinal;
            """, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToArticle()).ToList();
    }

    public async Task<IReadOnlyDictionary<string, ImmutableArray<string>>> LoadStoryMembersAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string Story, string Article)>(new CommandDefinition(
            "SELECT story_id, article_id FROM story_articles ORDER BY story_id, position;", cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.GroupBy(r => r.Story, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Article).ToImmutableArray(), StringComparer.Ordinal);
    }

    public async Task CommitAsync(IngestBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        // BEGIN IMMEDIATE: the write lock is taken up front, so two writers queue instead of failing midway.
        await using var transaction = connection.BeginTransaction(IsolationLevel.Serializable, deferred: false);
        var now = StoreTimestamps.ToText(_clock.GetUtcNow());
        if (batch.ExpectedArticleCount is { } expected)
        {
            var found = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT count(*) FROM articles;", transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (found != expected) throw new StoreConflictException(expected, (int)found);
        }

        foreach (var added in batch.Articles)
        {
            var a = added.Article;
            await Execute(
                """
                INSERT INTO articles (id, ordinal, source, title, author, outlet, published, language, body, duplicate_of, content_hash, ingested_at)
                VALUES (@Id, @Ordinal, @Source, @Title, @Author, @Outlet, @Published, @Language, @Body, @DuplicateOf, @ContentHash, @IngestedAt);
                INSERT INTO article_search (rowid, title, text) SELECT seq, title, @Text FROM articles WHERE id = @Id;
                """,
                new
                {
                    a.Id, a.Ordinal, a.Source, a.Title, a.Author, a.Outlet, Published = StoreTimestamps.DateToText(a.Published), a.Language,
                    Body = ArticleBodyJson.Encode(a.Body), a.DuplicateOf, added.ContentHash, IngestedAt = StoreTimestamps.ToText(added.IngestedAt), a.Text,
                }).ConfigureAwait(false);
        }
        foreach (var (id, duplicateOf) in batch.DuplicateOfChanges.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var changed = await Execute("UPDATE articles SET duplicate_of = @DuplicateOf WHERE id = @Id;", new { Id = id, DuplicateOf = duplicateOf }).ConfigureAwait(false);
            if (changed != 1) throw new InvalidOperationException($"The batch changes the copy status of article {id}, which is not stored. Build batches with StoryIngestor from the store's own articles.");
        }
        foreach (var removed in batch.RemovedStories)
        {
            await Execute(
                """
                DELETE FROM stories WHERE id = @Id;
                INSERT INTO story_redirects (old_id, successor_id, redirected_at) VALUES (@Id, @SuccessorId, @Now)
                    ON CONFLICT (old_id) DO UPDATE SET successor_id = excluded.successor_id, redirected_at = excluded.redirected_at;
                """,
                new { removed.Id, removed.SuccessorId, Now = now }).ConfigureAwait(false);
        }
        foreach (var story in batch.Stories)
        {
            await Execute(
                """
                DELETE FROM story_redirects WHERE old_id = @Id;
                INSERT INTO stories (id, title, first_published, last_published, updated_at, json, markdown, html)
                VALUES (@Id, @Title, @FirstPublished, @LastPublished, @UpdatedAt, @Json, @Markdown, @Html)
                ON CONFLICT (id) DO UPDATE SET title = excluded.title, first_published = excluded.first_published,
                    last_published = excluded.last_published, updated_at = excluded.updated_at, json = excluded.json,
                    markdown = excluded.markdown, html = excluded.html;
                DELETE FROM story_articles WHERE story_id = @Id;
                """,
                new
                {
                    story.Id, story.Title, FirstPublished = StoreTimestamps.DateToText(story.FirstPublished), LastPublished = StoreTimestamps.DateToText(story.LastPublished),
                    UpdatedAt = StoreTimestamps.ToText(story.UpdatedAt), story.Json, story.Markdown, story.Html,
                }).ConfigureAwait(false);
            await Execute(
                """
                INSERT INTO story_articles (story_id, position, article_id) SELECT @Id, key, value FROM json_each(@Members);
                UPDATE articles SET story_id = @Id WHERE id IN (SELECT value FROM json_each(@Members));
                UPDATE stories SET size = (SELECT count(*) FROM story_articles WHERE story_id = @Id),
                    latest_ingested_at = (SELECT max(a.ingested_at) FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE m.story_id = @Id)
                WHERE id = @Id;
                """,
                new { story.Id, Members = JsonSerializer.Serialize(story.ArticleIds.ToArray()) }).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

        Task<int> Execute(string sql, object parameters) =>
            connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<StoryListing>> ListStoriesAsync(StoryQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var text = FullTextQuery.Parse(query.Text);
        if (query.Text is not null && text.IsEmpty) return [];
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var stories = (await connection.QueryAsync<StoryRow>(new CommandDefinition(
            """
            SELECT id AS Id, title AS Title, first_published AS FirstPublished, last_published AS LastPublished, updated_at AS UpdatedAt
            FROM stories
            WHERE (@Since IS NULL OR updated_at >= @Since)
              AND (@Match IS NULL OR id IN (SELECT a.story_id FROM article_search JOIN articles a ON a.seq = article_search.rowid WHERE article_search MATCH @Match))
            ORDER BY latest_ingested_at DESC, size DESC, id
            LIMIT @Limit;
            """,
            new { Since = query.Since is { } since ? StoreTimestamps.ToText(since) : null, Match = text.IsEmpty ? null : Fts5Match(text), Limit = Math.Max(0, query.Limit) },
            cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();
        if (stories.Count == 0) return [];
        var members = (await connection.QueryAsync<(string Story, string Article, string? Outlet)>(new CommandDefinition(
            """
            SELECT m.story_id, m.article_id, a.outlet FROM story_articles m JOIN articles a ON a.id = m.article_id
            WHERE m.story_id IN (SELECT value FROM json_each(@Ids)) ORDER BY m.story_id, m.position;
            """,
            new { Ids = JsonSerializer.Serialize(stories.Select(s => s.Id)) }, cancellationToken: cancellationToken)).ConfigureAwait(false))
            .ToLookup(m => m.Story, StringComparer.Ordinal);
        return stories.Select(s => new StoryListing(
            s.Id, s.Title,
            [.. members[s.Id].Select(m => m.Article)],
            [.. members[s.Id].Select(m => m.Outlet).OfType<string>().Distinct(StringComparer.Ordinal)],
            StoreTimestamps.DateFromText(s.FirstPublished), StoreTimestamps.DateFromText(s.LastPublished), StoreTimestamps.FromText(s.UpdatedAt))).ToList();
    }

    public async Task<StoredStory?> GetStoryAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = id; seen.Add(current);)
        {
            var row = await connection.QuerySingleOrDefaultAsync<StoryRow>(new CommandDefinition(
                """
                SELECT id AS Id, title AS Title, first_published AS FirstPublished, last_published AS LastPublished, updated_at AS UpdatedAt,
                       json AS Json, markdown AS Markdown, html AS Html
                FROM stories WHERE id = @Id;
                """, new { Id = current }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (row is not null)
            {
                var members = await connection.QueryAsync<string>(new CommandDefinition(
                    "SELECT article_id FROM story_articles WHERE story_id = @Id ORDER BY position;", new { Id = current }, cancellationToken: cancellationToken)).ConfigureAwait(false);
                return new StoredStory(row.Id, row.Title, [.. members], StoreTimestamps.DateFromText(row.FirstPublished), StoreTimestamps.DateFromText(row.LastPublished),
                    StoreTimestamps.FromText(row.UpdatedAt), row.Json!, row.Markdown!, row.Html!);
            }
            var successor = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
                "SELECT successor_id FROM story_redirects WHERE old_id = @Id;", new { Id = current }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (successor is null) return null;
            current = successor;
        }
        return null;
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var text = FullTextQuery.Parse(query);
        if (text.IsEmpty || limit <= 0) return [];
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<SearchRow>(new CommandDefinition(
            $"""
            SELECT a.id AS ArticleId, a.story_id AS StoryId, a.title AS Title, a.outlet AS Outlet,
                   snippet(article_search, -1, '{SearchHit.HighlightMark}', '{SearchHit.HighlightMark}', '…', 24) AS Snippet,
                   bm25(article_search, 2.0, 1.0) AS Score
            FROM article_search JOIN articles a ON a.seq = article_search.rowid
            WHERE article_search MATCH @Match
            ORDER BY Score, a.ordinal
            LIMIT @Limit;
            """,
            new { Match = Fts5Match(text), Limit = limit }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        // bm25 is smaller for better matches; the hit's rank is larger for better ones.
        return rows.Select(r => new SearchHit(r.ArticleId, r.StoryId ?? string.Empty, r.Title, r.Outlet, r.Snippet, -r.Score)).ToList();
    }

    public async Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var (articles, stories) = await connection.QuerySingleAsync<(long, long)>(new CommandDefinition(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM stories);", cancellationToken: cancellationToken)).ConfigureAwait(false);
        return new StoreCounts((int)articles, (int)stories);
    }

    public ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open (and its WAL unmerged); clear them so the file can be moved or deleted.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }

    /// <summary>Every word must match; each is quoted, so no word is read as an FTS5 operator.</summary>
    private static string Fts5Match(FullTextQuery query) => string.Join(' ', query.Words.Select(w => "\"" + w + "\""));

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition($"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds};", cancellationToken: cancellationToken)).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private sealed class ArticleRow
    {
        public string Id { get; set; } = "";
        public long Ordinal { get; set; }
        public string Source { get; set; } = "";
        public string Title { get; set; } = "";
        public string? Author { get; set; }
        public string? Outlet { get; set; }
        public string? Published { get; set; }
        public string? Language { get; set; }
        public string Body { get; set; } = "[]";
        public string? DuplicateOf { get; set; }

        public Article ToArticle() => new()
        {
            Id = Id, Ordinal = checked((int)Ordinal), Source = Source, Title = Title, Author = Author, Outlet = Outlet,
            Published = StoreTimestamps.DateFromText(Published), Language = Language, Body = ArticleBodyJson.Decode(Body), DuplicateOf = DuplicateOf,
        };
    }

    private sealed class StoryRow
    {
        public string Id { get; set; } = "";
        public string Title { get; set; } = "";
        public string? FirstPublished { get; set; }
        public string? LastPublished { get; set; }
        public string UpdatedAt { get; set; } = "";
        public string? Json { get; set; }
        public string? Markdown { get; set; }
        public string? Html { get; set; }
    }

    private sealed class SearchRow
    {
        public string ArticleId { get; set; } = "";
        public string? StoryId { get; set; }
        public string Title { get; set; } = "";
        public string? Outlet { get; set; }
        public string Snippet { get; set; } = "";
        public double Score { get; set; }
    }
}
