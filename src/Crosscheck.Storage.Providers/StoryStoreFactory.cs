using System.Data.Common;
using Crosscheck.Storage.Postgres;
using Crosscheck.Storage.Sqlite;

namespace Crosscheck.Storage;

/// <summary>
/// Opens the store at a <see cref="StoreLocation"/> and brings its schema up to date. A location that cannot be used
/// (a folder that cannot be created, a file that is not a database, a server that does not answer, a schema newer than
/// this build) raises <see cref="StoreOpenException"/>, whose message names the location and the problem.
/// </summary>
public static class StoryStoreFactory
{
    /// <param name="location">Where the store is.</param>
    /// <param name="clock">The time the store records (migrations).</param>
    /// <param name="mustExist">For commands that only read: a SQLite file that does not exist is an error, not a new empty store.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    public static async Task<IStoryStore> OpenAsync(StoreLocation location, TimeProvider clock, bool mustExist, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        IStoryStore store;
        try
        {
            store = location.Kind switch
            {
                StoreKind.Postgres => new PostgresStoryStore(location.Value, clock),
                _ => new SqliteStoryStore(PrepareFile(location, mustExist), clock),
            };
        }
        catch (ArgumentException e)
        {
            throw new StoreOpenException(location, e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal), e);
        }
        try
        {
            await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch (Exception e) when (e is DbException or StoreSchemaException or IOException or UnauthorizedAccessException or TimeoutException)
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw new StoreOpenException(location, e switch
            {
                StoreSchemaException schema => $"its schema is version {schema.FoundVersion}, newer than this build of Crosscheck knows ({schema.KnownVersion}); upgrade Crosscheck, or use another --db",
                Npgsql.PostgresException { SqlState: "3F000" } => "the schema to create the tables in does not exist (search_path); create it first (CREATE SCHEMA name) or name another",
                Npgsql.PostgresException postgres => $"cannot open it: {postgres.SqlState}: {postgres.MessageText}",
                _ => $"cannot open it: {e.Message}",
            }, e);
        }
    }

    private static string PrepareFile(StoreLocation location, bool mustExist)
    {
        var path = location.Value;
        if (Directory.Exists(path)) throw new StoreOpenException(location, "it is a folder; give the path of a database file inside it (for example " + Path.Combine(path, "crosscheck.db") + ")");
        if (mustExist && !File.Exists(path)) throw new StoreOpenException(location, "there is no store there yet; ingest pages into it first (crosscheck ingest PATH --db " + path + ")");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreOpenException(location, $"cannot create its folder: {e.Message}", e);
        }
        return path;
    }
}

/// <summary>A store that cannot be opened; the message says which and why.</summary>
public sealed class StoreOpenException(StoreLocation location, string problem, Exception? inner = null)
    : Exception($"store {location}: {problem}", inner)
{
    public StoreLocation Location { get; } = location;
}
