namespace Crosscheck.Storage;

/// <summary>
/// The database cannot be used by this build: its schema is newer than the newest migration this build knows (it was
/// written by a later Crosscheck). The message names the database and both versions.
/// </summary>
public sealed class StoreSchemaException(string database, int found, int known) : Exception(
    $"The store {database} has schema version {found}, newer than this build of Crosscheck knows (version {known}). Upgrade Crosscheck, or point --db at another database.")
{
    public int FoundVersion { get; } = found;

    public int KnownVersion { get; } = known;
}
