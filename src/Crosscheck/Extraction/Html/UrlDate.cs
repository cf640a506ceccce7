using System.Text.RegularExpressions;

namespace Crosscheck.Extraction.Html;

/// <summary>
/// The date an address states in its path or query: "/2020/06/07/", "/2020/6/7/", "/2020-06-07-title",
/// "/news/20200607/", "?date=2020-06-07". Only whole dates count (no "/2020/06/"), and only when the numbers
/// stand alone, so that "/2020/11/2338761" (year, month and an article id) states no day.
/// </summary>
public static partial class UrlDate
{
    [GeneratedRegex(@"(?<![0-9])(?<y>(19|20)[0-9][0-9])(?<s>[-/_.])(?<m>[01]?[0-9])\k<s>(?<d>[0-3]?[0-9])(?![0-9])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 200)]
    private static partial Regex Separated();

    [GeneratedRegex(@"(?<![0-9])(?<y>(19|20)[0-9][0-9])(?<m>[01][0-9])(?<d>[0-3][0-9])(?![0-9])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 200)]
    private static partial Regex Compact();

    /// <summary>The date in <paramref name="url"/> after its host, or null.</summary>
    public static DateOnly? Find(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        var path = AfterHost(url.Length > 2000 ? url[..2000] : url);
        try
        {
            return Read(Separated().Match(path)) ?? Read(Compact().Match(path));
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static DateOnly? Read(Match match)
    {
        for (; match.Success; match = match.NextMatch())
        {
            if (DateMentionScanner.CalendarDate(Number(match, "y"), Number(match, "m"), Number(match, "d")) is { } date) return date;
        }
        return null;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);

    private static string AfterHost(string url)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0) return url;
        var slash = url.IndexOf('/', scheme + 3);
        return slash < 0 ? string.Empty : url[slash..];
    }
}
