using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Crosscheck.Server;

/// <summary>
/// The token writes must present as <c>Authorization: Bearer TOKEN</c>, compared in constant time (both sides are
/// hashed first, so neither the content nor the length of the token leaks through timing).
/// </summary>
internal sealed class WriteToken(string? token)
{
    private readonly byte[]? _hash = string.IsNullOrEmpty(token) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(token));

    public bool Required => _hash is not null;

    /// <summary>Null when the request may write, else why not (for a 401 answer).</summary>
    public string? Refusal(HttpRequest request)
    {
        if (_hash is null) return null;
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (header.Length == 0) return "this server needs a token to write: send the header 'Authorization: Bearer TOKEN'";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return "the Authorization header must be 'Bearer TOKEN'";
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim()));
        return CryptographicOperations.FixedTimeEquals(presented, _hash) ? null : "the token is not the one this server was started with";
    }
}
