using System.Collections.Immutable;
using Crosscheck.Extraction;
using Dapper;
using Npgsql;

namespace Crosscheck.Storage.Postgres;

/// <summary>
/// The story store in PostgreSQL: the tables of the schema named first in the connection's search path (so one
/// database can hold several stores), one transaction per batch, migrations serialised by an advisory lock, and
/// full-text search over a tsvector of each article's title and text (GIN index, <c>ts_rank</c>, <c>ts_headline</c>).
/// Text is split into words with the <c>simple</c> configuration (no stemming), as SQLite's FTS5 does.
/// </summary>
public sealed class PostgresStoryStore : IStoryStore
{
    /// <summary>Any constant: the advisory lock that keeps two processes from migrating at once.</summary>
    private const long MigrationLock = 0x63726f7373636b;

    /// <summary>The advisory lock a commit holds: one writer at a time per database.</summary>
    private const long CommitLock = MigrationLock + 1;

    private const string SearchVector = "setweight(to_tsvector('simple', @Title), 'A') || setweight(to_tsvector('simple', @Text), 'B')";

    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _clock;

    /// <param name="connectionString">An Npgsql connection string or a postgres:// URL (see <see cref="PostgresConnectionString"/>).</param>
    /// <param name="clock">Where the migration times come from.</param>
    public PostgresStoryStore(string connectionString, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(clock);
        var builder = PostgresConnectionString.Parse(connectionString);
        Description = $"postgresql://{builder.Host}:{builder.Port}/{builder.Database}" + (builder.SearchPath is { Length: > 0 } path ? $" (schema {path})" : "");
        _dataSource = NpgsqlDataSource.Create(builder);
        _clock = clock;
    }

    public PostgresStoryStore(string connectionString) : this(connectionString, TimeProvider.System) { }

    /// <summary>The server, database and schema, without credentials: for messages.</summary>
    public string Description { get; }

    /// <summary>The newest schema version this build knows.</summary>
    public static int SchemaVersion => PostgresSchema.Migrations[^1].Version;

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            SELECT pg_advisory_xact_lock({MigrationLock});
            CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL);
            """, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var current = await connection.ExecuteScalarAsync<int?>(new CommandDefinition(
            "SELECT max(version) FROM schema_version;", transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false) ?? 0;
        if (current > SchemaVersion) throw new StoreSchemaException(Description, current, SchemaVersion);
        foreach (var migration in PostgresSchema.Migrations.Where(m => m.Version > current))
        {
            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_version (version, description, applied_at) VALUES (@Version, @Description, @AppliedAt);",
                new { migration.Version, migration.Description, AppliedAt = StoreTimestamps.Normalize(_clock.GetUtcNow()) },
                transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<string, string>> FindContentAsync(IReadOnlyCollection<string> contentHashes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contentHashes);
        if (contentHashes.Count == 0) return new Dictionary<string, string>(StringComparer.Ordinal);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string Hash, string Id)>(new CommandDefinition(
            "SELECT content_hash, id FROM articles WHERE content_hash = ANY(@Hashes);",
            new { Hashes = contentHashes.ToArray() }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Hash, r => r.Id, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<Article>> LoadArticlesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ArticleRow>(new CommandDefinition(
            """
            SELECT id AS "Id", ordinal AS "Ordinal", source AS "Source", title AS "Title", author AS "Author", outlet AS "Outlet",
                   to_char(published, 'YYYY-MM-DD') AS "Published", language AS "Language", body AS "Body", duplicate_of AS "DuplicateOf"
            FROM articles ORDER BY ordinal;
            """, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToArticle()).ToList();
    }

    public async Task<IReadOnlyDictionary<string, ImmutableArray<string>>> LoadStoryMembersAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string Story, string Article)>(new CommandDefinition(
            "SELECT story_id, article_id FROM story_articles ORDER BY story_id, position;", cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.GroupBy(r => r.Story, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Article).ToImmutableArray(), StringComparer.Ordinal);
    }

    public async Task CommitAsync(IngestBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var now = StoreTimestamps.Normalize(_clock.GetUtcNow());
        // Writers one at a time (SQLite's BEGIN IMMEDIATE), so the count below cannot change before this commit ends.
        await connection.ExecuteAsync(new CommandDefinition($"SELECT pg_advisory_xact_lock({CommitLock});", transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var found = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT count(*) FROM articles;", transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (batch.ExpectedArticleCount is { } expected && found != expected) throw new StoreConflictException(expected, (int)found);

        foreach (var added in batch.Articles)
        {
            var a = added.Article;
            await Execute(
                $"""
                INSERT INTO articles (id, ordinal, source, title, author, outlet, published, language, body, duplicate_of, content_hash, ingested_at, search)
                VALUES (@Id, @Ordinal, @Source, @Title, @Author, @Outlet, @Published::date, @Language, @Body, @DuplicateOf, @ContentHash, @IngestedAt, {SearchVector});
                """,
                new
                {
                    a.Id, a.Ordinal, a.Source, a.Title, a.Author, a.Outlet, Published = StoreTimestamps.DateToText(a.Published), a.Language,
                    Body = a.Body.IsDefault ? [] : a.Body.ToArray(), a.DuplicateOf, added.ContentHash, IngestedAt = StoreTimestamps.Normalize(added.IngestedAt), a.Text,
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
                VALUES (@Id, @Title, @FirstPublished::date, @LastPublished::date, @UpdatedAt, @Json, @Markdown, @Html)
                ON CONFLICT (id) DO UPDATE SET title = excluded.title, first_published = excluded.first_published,
                    last_published = excluded.last_published, updated_at = excluded.updated_at, json = excluded.json,
                    markdown = excluded.markdown, html = excluded.html;
                DELETE FROM story_articles WHERE story_id = @Id;
                INSERT INTO story_articles (story_id, position, article_id)
                    SELECT @Id, m.ord - 1, m.member FROM unnest(@Members::text[]) WITH ORDINALITY AS m (member, ord);
                UPDATE articles SET story_id = @Id WHERE id = ANY(@Members);
                UPDATE stories SET size = (SELECT count(*) FROM story_articles WHERE story_id = @Id),
                    latest_ingested_at = (SELECT max(a.ingested_at) FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE m.story_id = @Id)
                WHERE id = @Id;
                """,
                new
                {
                    story.Id, story.Title, FirstPublished = StoreTimestamps.DateToText(story.FirstPublished), LastPublished = StoreTimestamps.DateToText(story.LastPublished),
                    UpdatedAt = StoreTimestamps.Normalize(story.UpdatedAt), story.Json, story.Markdown, story.Html, Members = story.ArticleIds.ToArray(),
                }).ConfigureAwait(false);
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
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var stories = (await connection.QueryAsync<StoryRow>(new CommandDefinition(
            """
            SELECT id AS "Id", title AS "Title", to_char(first_published, 'YYYY-MM-DD') AS "FirstPublished", to_char(last_published, 'YYYY-MM-DD') AS "LastPublished", updated_at AS "UpdatedAt"
            FROM stories
            WHERE (@Since::timestamptz IS NULL OR updated_at >= @Since::timestamptz)
              AND (@Words::text IS NULL OR id IN (SELECT story_id FROM articles WHERE search @@ plainto_tsquery('simple', @Words::text)))
            ORDER BY latest_ingested_at DESC NULLS LAST, size DESC, id COLLATE "C"
            LIMIT @Limit;
            """,
            new { Since = query.Since is { } since ? StoreTimestamps.Normalize(since) : (DateTimeOffset?)null, Words = text.IsEmpty ? null : string.Join(' ', text.Words), Limit = Math.Max(0, query.Limit) },
            cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();
        if (stories.Count == 0) return [];
        var members = (await connection.QueryAsync<(string Story, string Article, string? Outlet)>(new CommandDefinition(
            """
            SELECT m.story_id, m.article_id, a.outlet FROM story_articles m JOIN articles a ON a.id = m.article_id
            WHERE m.story_id = ANY(@Ids) ORDER BY m.story_id, m.position;
            """,
            new { Ids = stories.Select(s => s.Id).ToArray() }, cancellationToken: cancellationToken)).ConfigureAwait(false))
            .ToLookup(m => m.Story, StringComparer.Ordinal);
        return stories.Select(s => new StoryListing(
            s.Id, s.Title,
            [.. members[s.Id].Select(m => m.Article)],
            [.. members[s.Id].Select(m => m.Outlet).OfType<string>().Distinct(StringComparer.Ordinal)],
            s.FirstPublishedDate, s.LastPublishedDate, s.UpdatedAtUtc)).ToList();
    }

    public async Task<StoredStory?> GetStoryAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = id; seen.Add(current);)
        {
            var row = await connection.QuerySingleOrDefaultAsync<StoryRow>(new CommandDefinition(
                """
                SELECT id AS "Id", title AS "Title", to_char(first_published, 'YYYY-MM-DD') AS "FirstPublished", to_char(last_published, 'YYYY-MM-DD') AS "LastPublished", updated_at AS "UpdatedAt",
                       json AS "Json", markdown AS "Markdown", html AS "Html"
                FROM stories WHERE id = @Id;
                """, new { Id = current }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (row is not null)
            {
                var members = await connection.QueryAsync<string>(new CommandDefinition(
                    "SELECT article_id FROM story_articles WHERE story_id = @Id ORDER BY position;", new { Id = current }, cancellationToken: cancellationToken)).ConfigureAwait(false);
                return new StoredStory(row.Id, row.Title, [.. members], row.FirstPublishedDate, row.LastPublishedDate, row.UpdatedAtUtc, row.Json!, row.Markdown!, row.Html!);
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
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<SearchRow>(new CommandDefinition(
            $"""
            SELECT a.id AS "ArticleId", a.story_id AS "StoryId", a.title AS "Title", a.outlet AS "Outlet",
                   ts_headline('simple', a.title || E'\n\n' || array_to_string(a.body, E'\n\n'), q,
                       'StartSel="{SearchHit.HighlightMark}", StopSel="{SearchHit.HighlightMark}", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') AS "Snippet",
                   ts_rank(a.search, q) AS "Score"
            FROM articles a, plainto_tsquery('simple', @Words) AS q
            WHERE a.search @@ q
            ORDER BY "Score" DESC, a.ordinal
            LIMIT @Limit;
            """,
            new { Words = string.Join(' ', text.Words), Limit = limit }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => new SearchHit(r.ArticleId, r.StoryId ?? string.Empty, r.Title, r.Outlet, r.Snippet, r.Score)).ToList();
    }

    public async Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var (articles, stories) = await connection.QuerySingleAsync<(long, long)>(new CommandDefinition(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM stories);", cancellationToken: cancellationToken)).ConfigureAwait(false);
        return new StoreCounts((int)articles, (int)stories);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private sealed class ArticleRow
    {
        public string Id { get; set; } = "";
        public int Ordinal { get; set; }
        public string Source { get; set; } = "";
        public string Title { get; set; } = "";
        public string? Author { get; set; }
        public string? Outlet { get; set; }
        public string? Published { get; set; }
        public string? Language { get; set; }
        public string[] Body { get; set; } = [];
        public string? DuplicateOf { get; set; }

        public Article ToArticle() => new()
        {
            Id = Id, Ordinal = Ordinal, Source = Source, Title = Title, Author = Author, Outlet = Outlet,
            Published = StoreTimestamps.DateFromText(Published), Language = Language, Body = [.. Body], DuplicateOf = DuplicateOf,
        };
    }

    private sealed class StoryRow
    {
        public string Id { get; set; } = "";
        public string Title { get; set; } = "";
        public string? FirstPublished { get; set; }
        public string? LastPublished { get; set; }
        public DateTime UpdatedAt { get; set; }
        public string? Json { get; set; }
        public string? Markdown { get; set; }
        public string? Html { get; set; }

        public DateOnly? FirstPublishedDate => StoreTimestamps.DateFromText(FirstPublished);
        public DateOnly? LastPublishedDate => StoreTimestamps.DateFromText(LastPublished);
        public DateTimeOffset UpdatedAtUtc => new(DateTime.SpecifyKind(UpdatedAt, DateTimeKind.Utc));
    }

    private sealed class SearchRow
    {
        public string ArticleId { get; set; } = "";
        public string? StoryId { get; set; }
        public string Title { get; set; } = "";
        public string? Outlet { get; set; }
        public string Snippet { get; set; } = "";
        public float Score { get; set; }
    }
}
