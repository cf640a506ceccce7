using System.Collections.Immutable;
using System.Data.Common;
using System.Text.Json;
using Crosscheck.Storage.Sql;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Crosscheck.Storage.Sqlite;

/// <summary>
/// The story store in one SQLite file: WAL journal (readers never wait for the writer), foreign keys on, a busy
/// timeout so a second process waits for the writer instead of failing, one <c>BEGIN IMMEDIATE</c> transaction per
/// batch, and an FTS5 index over article titles and text (bm25 rank, <c>snippet()</c>). Connections are opened per
/// call (and pooled), so one instance serves concurrent callers.
/// </summary>
public sealed class SqliteStoryStore : SqlStoryStore
{
    private static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    private readonly string _connectionString;

    static SqliteStoryStore() => SQLitePCL.Batteries_V2.Init();

    public SqliteStoryStore(string path, TimeProvider clock) : base(clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
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

    protected override string Location => Path;

    protected override IReadOnlyList<SchemaMigration> Migrations => SqliteSchema.Migrations;

    protected override string SchemaVersionTableSql =>
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL);";

    protected override string FindContentSql => "SELECT content_hash, id FROM articles WHERE content_hash IN (SELECT value FROM json_each(@Hashes));";

    protected override string LoadArticlesSql => """
        SELECT id AS Id, ordinal AS Ordinal, source AS Source, title AS Title, author AS Author, outlet AS Outlet,
               published AS Published, published_other_reading AS PublishedOtherReading, language AS Language, body AS Body, duplicate_of AS DuplicateOf
        FROM articles ORDER BY ordinal;
        """;

    protected override string UpdateDatesSql => "UPDATE articles SET published = @Published, published_other_reading = @PublishedOtherReading WHERE id = @Id;";

    protected override string InsertArticleSql => """
        INSERT INTO articles (id, ordinal, source, title, author, outlet, published, published_other_reading, language, body, duplicate_of, content_hash, ingested_at)
        VALUES (@Id, @Ordinal, @Source, @Title, @Author, @Outlet, @Published, @PublishedOtherReading, @Language, @Body, @DuplicateOf, @ContentHash, @IngestedAt);
        INSERT INTO article_search (rowid, title, text) SELECT seq, title, @Text FROM articles WHERE id = @Id;
        """;

    protected override string WriteStorySql => """
        DELETE FROM story_redirects WHERE old_id = @Id;
        INSERT INTO stories (id, title, first_published, last_published, updated_at, json, markdown, html)
        VALUES (@Id, @Title, @FirstPublished, @LastPublished, @UpdatedAt, @Json, @Markdown, @Html)
        ON CONFLICT (id) DO UPDATE SET title = excluded.title, first_published = excluded.first_published,
            last_published = excluded.last_published, updated_at = excluded.updated_at, json = excluded.json,
            markdown = excluded.markdown, html = excluded.html;
        DELETE FROM story_articles WHERE story_id = @Id;
        INSERT INTO story_articles (story_id, position, article_id) SELECT @Id, key, value FROM json_each(@Members);
        UPDATE articles SET story_id = @Id WHERE id IN (SELECT value FROM json_each(@Members));
        UPDATE stories SET size = (SELECT count(*) FROM story_articles WHERE story_id = @Id),
            latest_ingested_at = (SELECT max(a.ingested_at) FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE m.story_id = @Id)
        WHERE id = @Id;
        """;

    protected override string ListStoriesSql => """
        SELECT id AS Id, title AS Title, first_published AS FirstPublished, last_published AS LastPublished, updated_at AS UpdatedAt
        FROM stories
        WHERE (@Since IS NULL OR updated_at >= @Since)
          AND (@Match IS NULL OR id IN (SELECT a.story_id FROM article_search JOIN articles a ON a.seq = article_search.rowid WHERE article_search MATCH @Match))
        ORDER BY latest_ingested_at DESC, size DESC, id
        LIMIT @Limit;
        """;

    protected override string ListMembersSql => """
        SELECT m.story_id, m.article_id, a.outlet FROM story_articles m JOIN articles a ON a.id = m.article_id
        WHERE m.story_id IN (SELECT value FROM json_each(@Ids)) ORDER BY m.story_id, m.position;
        """;

    protected override string StorySql => """
        SELECT id AS Id, title AS Title, first_published AS FirstPublished, last_published AS LastPublished, updated_at AS UpdatedAt,
               json AS Json, markdown AS Markdown, html AS Html
        FROM stories WHERE id = @Id;
        """;

    // bm25 is smaller for better matches (a title match counts double); the score is larger for better ones.
    protected override string SearchSql => $"""
        SELECT a.id AS ArticleId, a.story_id AS StoryId, a.title AS Title, a.outlet AS Outlet,
               snippet(article_search, -1, '{SearchHit.HighlightMark}', '{SearchHit.HighlightMark}', '…', 24) AS Snippet,
               -bm25(article_search, 2.0, 1.0) AS Score
        FROM article_search JOIN articles a ON a.seq = article_search.rowid
        WHERE article_search MATCH @Match
        ORDER BY Score DESC, a.ordinal
        LIMIT @Limit;
        """;

    protected override object Moment(DateTimeOffset moment) => StoreTimestamps.ToText(moment);

    protected override object IdList(IReadOnlyCollection<string> ids) => JsonSerializer.Serialize(ids);

    protected override object Body(ImmutableArray<string> paragraphs) => ArticleBodyJson.Encode(paragraphs);

    /// <summary>Every word must match; each is quoted, so no word is read as an FTS5 operator.</summary>
    protected override string Match(FullTextQuery query) => string.Join(' ', query.Words.Select(w => "\"" + w + "\""));

    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
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

    /// <summary>BEGIN IMMEDIATE: the write lock is taken up front, so two writers queue instead of failing midway.</summary>
    protected override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(System.Data.IsolationLevel.Serializable, deferred: false));

    /// <summary>The journal mode is kept in the file; it cannot change inside a transaction.</summary>
    protected override Task BeforeMigrationAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode = WAL;", cancellationToken: cancellationToken));

    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open (and its WAL unmerged); clear them so the file can be moved or deleted.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }
}
