namespace Crosscheck.Storage;

/// <summary>
/// One step of a provider's schema, applied once, in version order, inside the migration transaction; the versions a
/// database has applied are kept in its <c>schema_version</c> table.
/// </summary>
public sealed record SchemaMigration(int Version, string Description, string Sql);
