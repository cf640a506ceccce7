using System.Collections.Immutable;
using System.Data.Common;
using Crosscheck.Extraction;
using Dapper;

namespace Crosscheck.Storage.Sql;

/// <summary>
/// A story store on a SQL database, written once for every provider: migrations in order, the steps of a commit in
/// one transaction, rows read back into articles, stories and listings, redirects followed. A provider derives from it
/// and gives its dialect: how to connect and take the write lock, the statements that differ, and how to pass
/// moments, lists of ids and body paragraphs. Every statement reads dates as <c>yyyy-MM-dd</c> text, moments as
/// <see cref="StoreTimestamps"/> text and bodies as a JSON array, so the rows are the same whichever database answers.
/// </summary>
public abstract class SqlStoryStore : IStoryStore
{
    private const string LoadMembersSql = "SELECT story_id, article_id FROM story_articles ORDER BY story_id, position;";
    private const string CountArticlesSql = "SELECT count(*) FROM articles;";
    private const string UpdateDuplicateSql = "UPDATE articles SET duplicate_of = @DuplicateOf WHERE id = @Id;";
    private const string StoryMembersSql = "SELECT article_id FROM story_articles WHERE story_id = @Id ORDER BY position;";
    private const string SuccessorSql = "SELECT successor_id FROM story_redirects WHERE old_id = @Id;";
    private const string CountSql = "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM stories);";
    private const string RemoveStorySql = """
        DELETE FROM stories WHERE id = @Id;
        INSERT INTO story_redirects (old_id, successor_id, redirected_at) VALUES (@Id, @SuccessorId, @Now)
            ON CONFLICT (old_id) DO UPDATE SET successor_id = excluded.successor_id, redirected_at = excluded.redirected_at;
        """;

    protected SqlStoryStore(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        Clock = clock;
    }

    protected TimeProvider Clock { get; }

    /// <summary>The database for messages, without credentials.</summary>
    protected abstract string Location { get; }

    /// <summary>The provider's schema, in version order.</summary>
    protected abstract IReadOnlyList<SchemaMigration> Migrations { get; }

    /// <summary>Creates <c>schema_version (version, description, applied_at)</c> when it is missing.</summary>
    protected abstract string SchemaVersionTableSql { get; }

    /// <summary>Article ids by content hash for the hashes in <c>@Hashes</c> (see <see cref="IdList"/>).</summary>
    protected abstract string FindContentSql { get; }

    /// <summary>Every article as <see cref="ArticleRow"/> columns, in ordinal order.</summary>
    protected abstract string LoadArticlesSql { get; }

    /// <summary>Inserts an article and its search entry from <c>@Id, @Ordinal, @Source, @Title, @Author, @Outlet, @Published, @Language, @Body, @DuplicateOf, @ContentHash, @IngestedAt, @Text</c>.</summary>
    protected abstract string InsertArticleSql { get; }

    /// <summary>Sets a stored article's publication date and its other reading from <c>@Id, @Published, @PublishedOtherReading</c> (yyyy-MM-dd or null).</summary>
    protected abstract string UpdateDatesSql { get; }

    /// <summary>
    /// Writes a story from <c>@Id, @Title, @FirstPublished, @LastPublished, @UpdatedAt, @Json, @Markdown, @Html, @Members</c>:
    /// drops a redirect of the same id, upserts the row, replaces its members, points the articles at it and updates
    /// its size and latest ingest.
    /// </summary>
    protected abstract string WriteStorySql { get; }

    /// <summary>Story rows (<see cref="StoryRow"/>, no outputs) updated since <c>@Since</c> and matching <c>@Match</c> (each null for all), latest first, then largest, then id; at most <c>@Limit</c>.</summary>
    protected abstract string ListStoriesSql { get; }

    /// <summary>(story id, article id, outlet) of the stories in <c>@Ids</c>, each story's members in order.</summary>
    protected abstract string ListMembersSql { get; }

    /// <summary>One <see cref="StoryRow"/> with its outputs, by <c>@Id</c>.</summary>
    protected abstract string StorySql { get; }

    /// <summary>At most <c>@Limit</c> <see cref="SearchRow"/>s for <c>@Match</c>, best first (larger score), then by ordinal.</summary>
    protected abstract string SearchSql { get; }

    /// <summary>An open connection, ready for statements.</summary>
    protected abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>A transaction that holds the database's write lock until it ends: one writer at a time.</summary>
    protected abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>A moment as the database takes it as a parameter.</summary>
    protected abstract object Moment(DateTimeOffset moment);

    /// <summary>A list of strings as the database takes it as a parameter.</summary>
    protected abstract object IdList(IReadOnlyCollection<string> ids);

    /// <summary>Body paragraphs as the database takes them as a parameter.</summary>
    protected abstract object Body(ImmutableArray<string> paragraphs);

    /// <summary>The <c>@Match</c> parameter for a full-text query (never empty).</summary>
    protected abstract string Match(FullTextQuery query);

    /// <summary>Work to do on a new connection before the migrations' transaction begins.</summary>
    protected virtual Task BeforeMigrationAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    public abstract ValueTask DisposeAsync();

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await BeforeMigrationAsync(connection, cancellationToken).ConfigureAwait(false);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(SchemaVersionTableSql, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var current = (int)(await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT max(version) FROM schema_version;", transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false) ?? 0);
        var known = Migrations[^1].Version;
        if (current > known) throw new StoreSchemaException(Location, current, known);
        foreach (var migration in Migrations.Where(m => m.Version > current))
        {
            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_version (version, description, applied_at) VALUES (@Version, @Description, @AppliedAt);",
                new { migration.Version, migration.Description, AppliedAt = Moment(Clock.GetUtcNow()) },
                transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<string, string>> FindContentAsync(IReadOnlyCollection<string> contentHashes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contentHashes);
        if (contentHashes.Count == 0) return new Dictionary<string, string>(StringComparer.Ordinal);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string Hash, string Id)>(new CommandDefinition(
            FindContentSql, new { Hashes = IdList(contentHashes) }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Hash, r => r.Id, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<Article>> LoadArticlesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ArticleRow>(new CommandDefinition(LoadArticlesSql, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToArticle()).ToList();
    }

    public async Task<IReadOnlyDictionary<string, ImmutableArray<string>>> LoadStoryMembersAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string Story, string Article)>(new CommandDefinition(LoadMembersSql, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.GroupBy(r => r.Story, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Article).ToImmutableArray(), StringComparer.Ordinal);
    }

    public async Task CommitAsync(IngestBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        if (batch.ExpectedArticleCount is { } expected)
        {
            var found = await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountArticlesSql, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (found != expected) throw new StoreConflictException(expected, (int)found);
        }
        var now = Moment(Clock.GetUtcNow());

        foreach (var added in batch.Articles)
        {
            var a = added.Article;
            await Execute(InsertArticleSql, new
            {
                a.Id, a.Ordinal, a.Source, a.Title, a.Author, a.Outlet, Published = StoreTimestamps.DateToText(a.Published),
                PublishedOtherReading = StoreTimestamps.DateToText(a.PublishedOtherReading), a.Language,
                Body = Body(a.Body), a.DuplicateOf, added.ContentHash, IngestedAt = Moment(added.IngestedAt), a.Text,
            }).ConfigureAwait(false);
        }
        foreach (var (id, duplicateOf) in batch.DuplicateOfChanges.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var changed = await Execute(UpdateDuplicateSql, new { Id = id, DuplicateOf = duplicateOf }).ConfigureAwait(false);
            if (changed != 1) throw new InvalidOperationException($"The batch changes the copy status of article {id}, which is not stored. Build batches with StoryIngestor from the store's own articles.");
        }
        foreach (var (id, dates) in batch.DateChanges.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var changed = await Execute(UpdateDatesSql, new
            {
                Id = id, Published = StoreTimestamps.DateToText(dates.Published), PublishedOtherReading = StoreTimestamps.DateToText(dates.OtherReading),
            }).ConfigureAwait(false);
            if (changed != 1) throw new InvalidOperationException($"The batch changes the publication date of article {id}, which is not stored. Build batches with StoryIngestor from the store's own articles.");
        }
        foreach (var removed in batch.RemovedStories)
        {
            await Execute(RemoveStorySql, new { removed.Id, removed.SuccessorId, Now = now }).ConfigureAwait(false);
        }
        foreach (var story in batch.Stories)
        {
            await Execute(WriteStorySql, new
            {
                story.Id, story.Title, FirstPublished = StoreTimestamps.DateToText(story.FirstPublished), LastPublished = StoreTimestamps.DateToText(story.LastPublished),
                UpdatedAt = Moment(story.UpdatedAt), story.Json, story.Markdown, story.Html, Members = IdList(story.ArticleIds),
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
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var stories = (await connection.QueryAsync<StoryRow>(new CommandDefinition(
            ListStoriesSql,
            new { Since = query.Since is { } since ? Moment(since) : null, Match = text.IsEmpty ? null : Match(text), Limit = Math.Max(0, query.Limit) },
            cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();
        if (stories.Count == 0) return [];
        var members = (await connection.QueryAsync<(string Story, string Article, string? Outlet)>(new CommandDefinition(
            ListMembersSql, new { Ids = IdList(stories.Select(s => s.Id).ToList()) }, cancellationToken: cancellationToken)).ConfigureAwait(false))
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
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = id; seen.Add(current);)
        {
            var row = await connection.QuerySingleOrDefaultAsync<StoryRow>(new CommandDefinition(StorySql, new { Id = current }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (row is not null)
            {
                var members = await connection.QueryAsync<string>(new CommandDefinition(StoryMembersSql, new { Id = current }, cancellationToken: cancellationToken)).ConfigureAwait(false);
                return new StoredStory(row.Id, row.Title, [.. members], StoreTimestamps.DateFromText(row.FirstPublished), StoreTimestamps.DateFromText(row.LastPublished),
                    StoreTimestamps.FromText(row.UpdatedAt), row.Json ?? "", row.Markdown ?? "", row.Html ?? "");
            }
            // A story that grew (or merged) left a redirect to the story it became; chains are followed.
            var successor = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(SuccessorSql, new { Id = current }, cancellationToken: cancellationToken)).ConfigureAwait(false);
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
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<SearchRow>(new CommandDefinition(
            SearchSql, new { Match = Match(text), Limit = limit }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => new SearchHit(r.ArticleId, r.StoryId ?? string.Empty, r.Title, r.Outlet, r.Snippet, r.Score)).ToList();
    }

    public async Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var (articles, stories) = await connection.QuerySingleAsync<(long, long)>(new CommandDefinition(CountSql, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return new StoreCounts((int)articles, (int)stories);
    }

    /// <summary>An article's columns: <c>Id, Ordinal, Source, Title, Author, Outlet, Published, PublishedOtherReading</c> (yyyy-MM-dd), <c>Language, Body</c> (JSON array), <c>DuplicateOf</c>.</summary>
    protected sealed class ArticleRow
    {
        public string Id { get; set; } = "";
        public long Ordinal { get; set; }
        public string Source { get; set; } = "";
        public string Title { get; set; } = "";
        public string? Author { get; set; }
        public string? Outlet { get; set; }
        public string? Published { get; set; }
        public string? PublishedOtherReading { get; set; }
        public string? Language { get; set; }
        public string Body { get; set; } = "[]";
        public string? DuplicateOf { get; set; }

        public Article ToArticle() => new()
        {
            Id = Id, Ordinal = checked((int)Ordinal), Source = Source, Title = Title, Author = Author, Outlet = Outlet,
            Published = StoreTimestamps.DateFromText(Published), PublishedOtherReading = StoreTimestamps.DateFromText(PublishedOtherReading), Language = Language, Body = ArticleBodyJson.Decode(Body), DuplicateOf = DuplicateOf,
        };
    }

    /// <summary>A story's columns: <c>Id, Title, FirstPublished, LastPublished</c> (yyyy-MM-dd), <c>UpdatedAt</c> (<see cref="StoreTimestamps"/> text), and for one story <c>Json, Markdown, Html</c>.</summary>
    protected sealed class StoryRow
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

    /// <summary>A search hit's columns: <c>ArticleId, StoryId, Title, Outlet, Snippet, Score</c> (larger is better).</summary>
    protected sealed class SearchRow
    {
        public string ArticleId { get; set; } = "";
        public string? StoryId { get; set; }
        public string Title { get; set; } = "";
        public string? Outlet { get; set; }
        public string Snippet { get; set; } = "";
        public double Score { get; set; }
    }
}
