using Crosscheck.Storage.Sqlite;

namespace Crosscheck.Storage.Tests.Sqlite;

/// <summary>The store contract, held by SQLite in a temporary file.</summary>
public sealed class SqliteStoryStoreTests : StoryStoreContract
{
    private readonly string _folder = Directory.CreateTempSubdirectory("crosscheck-sqlite-").FullName;

    private string DatabasePath => Path.Combine(_folder, "stories.db");

    protected override IStoryStore OpenStore(TimeProvider clock) => new SqliteStoryStore(DatabasePath, clock);

    protected override Task DeleteDatabaseAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
