using System.Net;

namespace Crosscheck.Server;

/// <summary>A URL to listen on, and whether only this machine can reach it.</summary>
internal sealed record ListenAddress(string Scheme, string Host, int Port)
{
    /// <summary>True for <c>localhost</c> and loopback IP addresses (127.0.0.0/8, ::1); wildcards (<c>*</c>, <c>+</c>, 0.0.0.0) are not.</summary>
    public bool IsLoopback =>
        string.Equals(Host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    public static bool TryParse(string url, out ListenAddress address)
    {
        address = new ListenAddress("", "", 0);
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0) return false;
        var scheme = url[..schemeEnd].ToLowerInvariant();
        if (scheme is not ("http" or "https")) return false;
        var rest = url[(schemeEnd + 3)..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var authority = slash < 0 ? rest : rest[..slash];
        // Kestrel's wildcards are not valid URI hosts; they mean every interface.
        string host;
        var portText = "";
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']', StringComparison.Ordinal);
            if (close < 0) return false;
            host = authority[..(close + 1)];
            if (close + 1 < authority.Length)
            {
                if (authority[close + 1] != ':') return false;
                portText = authority[(close + 2)..];
            }
        }
        else
        {
            var colon = authority.LastIndexOf(':');
            host = colon < 0 ? authority : authority[..colon];
            portText = colon < 0 ? "" : authority[(colon + 1)..];
        }
        if (host.Length == 0) return false;
        var port = scheme == "https" ? 443 : 80;
        if (portText.Length > 0 && !int.TryParse(portText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out port)) return false;
        if (port is < 0 or > 65535) return false;
        address = new ListenAddress(scheme, host, port);
        return true;
    }
}
