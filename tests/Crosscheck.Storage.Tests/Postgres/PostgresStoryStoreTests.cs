using Crosscheck.Storage.Postgres;
using Crosscheck.Storage.Tests.Support;
using Npgsql;

namespace Crosscheck.Storage.Tests.Postgres;

/// <summary>
/// The store contract, held by a real PostgreSQL server named by CROSSCHECK_POSTGRES (a connection string or a
/// postgres:// URL). Every test gets a schema of its own, dropped afterwards, so runs never see each other's rows.
/// Skipped, with a message, when the variable is unset or the server cannot be reached, unless
/// CROSSCHECK_POSTGRES_REQUIRED=1 (as in CI), when the tests run and fail instead.
/// </summary>
public sealed class PostgresStoryStoreTests : StoryStoreContract
{
    private readonly string _schema = "crosscheck_test_" + Guid.NewGuid().ToString("N");

    public PostgresStoryStoreTests()
    {
        using var connection = PostgresTestServer.Connect();
        using var command = new NpgsqlCommand($"CREATE SCHEMA {_schema};", connection);
        command.ExecuteNonQuery();
    }

    /// <summary>Why the tests cannot run here, or null.</summary>
    public static string? SkipReason => PostgresTestServer.SkipReason;

    protected override IStoryStore OpenStore(TimeProvider clock) =>
        new PostgresStoryStore(new NpgsqlConnectionStringBuilder(PostgresTestServer.ConnectionString) { SearchPath = _schema }.ToString(), clock);

    protected override async Task DeleteDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = PostgresTestServer.Connect();
        await using var command = new NpgsqlCommand($"DROP SCHEMA {_schema} CASCADE;", connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>The server the PostgreSQL tests use, and whether it can be reached.</summary>
public static class PostgresTestServer
{
    public const string Variable = "CROSSCHECK_POSTGRES";

    private static readonly Lazy<string?> Unavailable = new(Probe);

    /// <summary>The server's connection string (from a URL or a connection string in CROSSCHECK_POSTGRES).</summary>
    public static string ConnectionString =>
        PostgresConnectionString.Parse(Environment.GetEnvironmentVariable(Variable) ?? throw new InvalidOperationException($"{Variable} is not set")).ToString();

    public static string? SkipReason => Unavailable.Value;

    public static NpgsqlConnection Connect()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    private static string? Probe()
    {
        var required = Environment.GetEnvironmentVariable(Variable + "_REQUIRED") == "1";
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            return required ? null : $"needs a PostgreSQL server: set {Variable} to a connection string or URL (e.g. Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres); .ci/run starts one and sets it";
        }
        try
        {
            using var connection = Connect();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            return required ? null : $"cannot reach the PostgreSQL server in {Variable} ({PostgresConnectionString.Redact(Environment.GetEnvironmentVariable(Variable)!)}): {e.Message}";
        }
    }
}
