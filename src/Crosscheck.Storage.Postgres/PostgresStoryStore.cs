using System.Collections.Immutable;
using System.Data.Common;
using Crosscheck.Storage.Sql;
using Dapper;
using Npgsql;

namespace Crosscheck.Storage.Postgres;

/// <summary>
/// The story store in PostgreSQL: the tables of the schema named first in the connection's search path (so one
/// database can hold several stores), one transaction per batch with writers one at a time (an advisory lock, which
/// also serialises migrations), and full-text search over a tsvector of each article's title and text (GIN index,
/// <c>ts_rank</c>, <c>ts_headline</c>). Text is split into words with the <c>simple</c> configuration (no stemming),
/// as SQLite's FTS5 does.
/// </summary>
public sealed class PostgresStoryStore : SqlStoryStore
{
    /// <summary>Any constant: the advisory lock a writer (a commit or the migrations) holds, one at a time per database.</summary>
    private const long WriteLock = 0x63726f7373636c;

    /// <summary>A timestamptz as <see cref="StoreTimestamps"/> text.</summary>
    private const string UpdatedAtText = "to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";

    private readonly NpgsqlDataSource _dataSource;

    /// <param name="connectionString">An Npgsql connection string or a postgres:// URL (see <see cref="PostgresConnectionString"/>).</param>
    /// <param name="clock">Where the migration times come from.</param>
    public PostgresStoryStore(string connectionString, TimeProvider clock) : base(clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = PostgresConnectionString.Parse(connectionString);
        Location = $"postgresql://{builder.Host}:{builder.Port}/{builder.Database}" + (builder.SearchPath is { Length: > 0 } path ? $" (schema {path})" : "");
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    public PostgresStoryStore(string connectionString) : this(connectionString, TimeProvider.System) { }

    /// <summary>The newest schema version this build knows.</summary>
    public static int SchemaVersion => PostgresSchema.Migrations[^1].Version;

    /// <summary>The server, database and schema, without credentials.</summary>
    protected override string Location { get; }

    protected override IReadOnlyList<SchemaMigration> Migrations => PostgresSchema.Migrations;

    protected override string SchemaVersionTableSql =>
        "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL);";

    protected override string FindContentSql => "SELECT content_hash, id FROM articles WHERE content_hash = ANY(@Hashes);";

    protected override string LoadArticlesSql => """
        SELECT id AS "Id", ordinal AS "Ordinal", source AS "Source", title AS "Title", author AS "Author", outlet AS "Outlet",
               to_char(published, 'YYYY-MM-DD') AS "Published", to_char(published_other_reading, 'YYYY-MM-DD') AS "PublishedOtherReading", language AS "Language", array_to_json(body)::text AS "Body", duplicate_of AS "DuplicateOf"
        FROM articles ORDER BY ordinal;
        """;

    protected override string UpdateDatesSql => "UPDATE articles SET published = @Published::date, published_other_reading = @PublishedOtherReading::date WHERE id = @Id;";

    protected override string InsertArticleSql => """
        INSERT INTO articles (id, ordinal, source, title, author, outlet, published, published_other_reading, language, body, duplicate_of, content_hash, ingested_at, search)
        VALUES (@Id, @Ordinal, @Source, @Title, @Author, @Outlet, @Published::date, @PublishedOtherReading::date, @Language, @Body, @DuplicateOf, @ContentHash, @IngestedAt,
                setweight(to_tsvector('simple', @Title), 'A') || setweight(to_tsvector('simple', @Text), 'B'));
        """;

    protected override string WriteStorySql => """
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
        """;

    protected override string ListStoriesSql => $"""
        SELECT id AS "Id", title AS "Title", to_char(first_published, 'YYYY-MM-DD') AS "FirstPublished",
               to_char(last_published, 'YYYY-MM-DD') AS "LastPublished", {UpdatedAtText} AS "UpdatedAt"
        FROM stories
        WHERE (@Since::timestamptz IS NULL OR updated_at >= @Since::timestamptz)
          AND (@Match::text IS NULL OR id IN (SELECT story_id FROM articles WHERE search @@ plainto_tsquery('simple', @Match::text)))
        ORDER BY latest_ingested_at DESC NULLS LAST, size DESC, id COLLATE "C"
        LIMIT @Limit;
        """;

    protected override string ListMembersSql => """
        SELECT m.story_id, m.article_id, a.outlet FROM story_articles m JOIN articles a ON a.id = m.article_id
        WHERE m.story_id = ANY(@Ids) ORDER BY m.story_id, m.position;
        """;

    protected override string StorySql => $"""
        SELECT id AS "Id", title AS "Title", to_char(first_published, 'YYYY-MM-DD') AS "FirstPublished",
               to_char(last_published, 'YYYY-MM-DD') AS "LastPublished", {UpdatedAtText} AS "UpdatedAt",
               json AS "Json", markdown AS "Markdown", html AS "Html"
        FROM stories WHERE id = @Id;
        """;

    protected override string SearchSql => $"""
        SELECT a.id AS "ArticleId", a.story_id AS "StoryId", a.title AS "Title", a.outlet AS "Outlet",
               ts_headline('simple', a.title || E'\n\n' || array_to_string(a.body, E'\n\n'), q,
                   'StartSel="{SearchHit.HighlightMark}", StopSel="{SearchHit.HighlightMark}", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') AS "Snippet",
               ts_rank(a.search, q)::float8 AS "Score"
        FROM articles a, plainto_tsquery('simple', @Match) AS q
        WHERE a.search @@ q
        ORDER BY "Score" DESC, a.ordinal
        LIMIT @Limit;
        """;

    protected override object Moment(DateTimeOffset moment) => StoreTimestamps.Normalize(moment);

    protected override object IdList(IReadOnlyCollection<string> ids) => ids.ToArray();

    protected override object Body(ImmutableArray<string> paragraphs) => paragraphs.IsDefault ? Array.Empty<string>() : paragraphs.ToArray();

    /// <summary>The words, for <c>plainto_tsquery</c>: every one must match.</summary>
    protected override string Match(FullTextQuery query) => string.Join(' ', query.Words);

    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    protected override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition($"SELECT pg_advisory_xact_lock({WriteLock});", transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
