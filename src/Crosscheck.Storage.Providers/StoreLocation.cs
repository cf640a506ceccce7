using Crosscheck.Storage.Postgres;

namespace Crosscheck.Storage;

/// <summary>Which database a store lives in.</summary>
public enum StoreKind
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Where the stories are kept, as a <c>--db</c> value names it: a SQLite file path, or a PostgreSQL server (a value
/// starting with <c>postgres://</c> or <c>postgresql://</c>, or a connection string holding <c>Host=</c>). Without a
/// value, the <c>CROSSCHECK_DB</c> environment variable, else <see cref="DefaultPath"/>.
/// </summary>
public sealed record StoreLocation(StoreKind Kind, string Value)
{
    public const string EnvironmentVariable = "CROSSCHECK_DB";

    /// <summary>The default SQLite file: crosscheck/crosscheck.db in the user's local data folder (~/.local/share on Linux).</summary>
    public static string DefaultPath
    {
        get
        {
            var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            if (string.IsNullOrEmpty(data))
            {
                throw new InvalidOperationException($"This user has no local data folder (is HOME set?), so there is no default store; give one with --db PATH or {EnvironmentVariable}.");
            }
            return Path.Combine(data, "crosscheck", "crosscheck.db");
        }
    }

    /// <summary>The location a <c>--db</c> value names, falling back to <c>CROSSCHECK_DB</c> and then the default file.</summary>
    public static StoreLocation Resolve(string? db)
    {
        var value = !string.IsNullOrWhiteSpace(db) ? db
            : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured ? configured
            : DefaultPath;
        return PostgresConnectionString.IsPostgres(value) ? new StoreLocation(StoreKind.Postgres, value) : new StoreLocation(StoreKind.Sqlite, Path.GetFullPath(value));
    }

    /// <summary>The location for messages: the file path, or the server without its password.</summary>
    public override string ToString() => Kind == StoreKind.Sqlite ? Value : PostgresConnectionString.Redact(Value);
}
