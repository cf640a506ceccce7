using System.CommandLine;
using Crosscheck.Storage;

namespace Crosscheck.Cli;

/// <summary>The <c>--db</c> option every store command takes, and opening the store it names.</summary>
internal static class StoreOptions
{
    public static Option<string?> Db() => new("--db")
    {
        Description = "The store: a SQLite file, or a PostgreSQL server (postgres://user@host/db or Host=…;Database=…). "
            + $"Default: ${StoreLocation.EnvironmentVariable}, else crosscheck/crosscheck.db in the user's local data folder (~/.local/share on Linux).",
    };

    /// <summary>Opens (and migrates) the store; on failure prints why on standard error, naming the store, and gives null.</summary>
    /// <param name="db">The option's value.</param>
    /// <param name="mustExist">For commands that only read: a SQLite file that is not there is an error.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    public static Task<IStoryStore?> OpenAsync(string? db, bool mustExist, CancellationToken cancellationToken) =>
        OpenAsync(db, mustExist, Console.Error, cancellationToken);

    /// <summary>Opens (and migrates) the store; on failure writes why to <paramref name="error"/>, naming the store, and gives null.</summary>
    public static async Task<IStoryStore?> OpenAsync(string? db, bool mustExist, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            return await StoryStoreFactory.OpenAsync(StoreLocation.Resolve(db), TimeProvider.System, mustExist, cancellationToken);
        }
        catch (Exception e) when (e is StoreOpenException or InvalidOperationException)
        {
            error.WriteLine($"crosscheck: {e.Message}");
            return null;
        }
    }

    /// <summary>The store's location for messages.</summary>
    public static string Describe(string? db) => StoreLocation.Resolve(db).ToString();
}
