using Npgsql;

namespace Crosscheck.Storage.Postgres;

/// <summary>
/// Reads where a PostgreSQL store is: a URL (<c>postgres://user:password@host:port/database?search_path=schema</c>,
/// also <c>postgresql://</c>) or an Npgsql connection string (<c>Host=…;Database=…</c>).
/// </summary>
public static class PostgresConnectionString
{
    public static bool IsPostgres(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || location.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>The Npgsql connection string for a URL or connection string.</summary>
    public static NpgsqlConnectionStringBuilder Parse(string location)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        if (!location.Contains("://", StringComparison.Ordinal)) return new NpgsqlConnectionStringBuilder(location);
        if (!Uri.TryCreate(location, UriKind.Absolute, out var url) || url.Scheme is not ("postgres" or "postgresql"))
        {
            throw new ArgumentException($"'{Redact(location)}' is not a PostgreSQL URL; write postgres://user:password@host:port/database, or a connection string such as Host=localhost;Database=crosscheck.", nameof(location));
        }
        var builder = new NpgsqlConnectionStringBuilder { Host = Uri.UnescapeDataString(url.Host) };
        if (!url.IsDefaultPort && url.Port > 0) builder.Port = url.Port;
        var database = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/'));
        if (database.Length > 0) builder.Database = database;
        if (url.UserInfo.Length > 0)
        {
            var colon = url.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? url.UserInfo : url.UserInfo[..colon]);
            if (colon >= 0) builder.Password = Uri.UnescapeDataString(url.UserInfo[(colon + 1)..]);
        }
        foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]).Replace('_', ' ');
            var value = equals < 0 ? "true" : Uri.UnescapeDataString(pair[(equals + 1)..]);
            try
            {
                builder[key] = value;
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"The PostgreSQL URL sets '{key}', which Npgsql does not know ({e.Message}); use the names of Npgsql's connection string, such as search_path or sslmode.", nameof(location), e);
            }
        }
        return builder;
    }

    /// <summary>The location with any password hidden, for messages.</summary>
    public static string Redact(string location)
    {
        if (location.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(location, UriKind.Absolute, out var url) && url.UserInfo.Contains(':', StringComparison.Ordinal))
        {
            return location.Replace(url.UserInfo, url.UserInfo[..url.UserInfo.IndexOf(':', StringComparison.Ordinal)] + ":***", StringComparison.Ordinal);
        }
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(location);
            if (builder.Password is not null) builder.Password = "***";
            return builder.ToString();
        }
        catch (ArgumentException)
        {
            return location;
        }
    }
}
