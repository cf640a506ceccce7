using System.Collections.Immutable;

namespace Crosscheck.Server;

/// <summary>How a <see cref="CrosscheckServer"/> listens and who may write to it.</summary>
public sealed record CrosscheckServerOptions
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The addresses to listen on (Kestrel URLs, e.g. <c>http://127.0.0.1:5080</c>; port 0 picks a free port).</summary>
    public ImmutableArray<string> Urls { get; init; } = [DefaultUrl];

    /// <summary>
    /// The token that <c>POST /api/articles</c> must present as <c>Authorization: Bearer TOKEN</c>. Required when any
    /// URL is not a loopback address; when set, it is required on loopback too.
    /// </summary>
    public string? WriteToken { get; init; }

    /// <summary>Largest request body accepted, in bytes (a posted page, or its JSON envelope); larger ones get 413.</summary>
    public long MaxRequestBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>The clock that stamps ingested articles and stories.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>What is wrong with these options, in words a user can act on, or null when they can be served.</summary>
    public string? Problem()
    {
        if (Urls.IsDefaultOrEmpty) return "no address to listen on; give one, e.g. --urls " + DefaultUrl;
        foreach (var url in Urls)
        {
            if (!ListenAddress.TryParse(url, out var address)) return $"'{url}' is not a URL to listen on; write it like {DefaultUrl}";
            if (!address.IsLoopback && string.IsNullOrEmpty(WriteToken))
            {
                return $"'{url}' is reachable from other machines, so writes need a token: pass --token or set CROSSCHECK_TOKEN (or listen on {DefaultUrl})";
            }
        }
        if (MaxRequestBytes <= 0) return $"the request size limit must be positive (got {MaxRequestBytes} bytes)";
        return null;
    }
}
