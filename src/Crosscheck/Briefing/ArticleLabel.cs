using Crosscheck.Extraction;

namespace Crosscheck.Briefing;

/// <summary>How a brief names an article: its outlet, else the host of its URL, else its file name, else its title.</summary>
public static class ArticleLabel
{
    public static string DisplayName(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (!string.IsNullOrWhiteSpace(article.Outlet)) return article.Outlet.Trim();
        if (Uri.TryCreate(article.Source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0)
        {
            return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        }
        if (!string.IsNullOrWhiteSpace(article.Source))
        {
            var name = Path.GetFileName(article.Source.TrimEnd('/', '\\'));
            foreach (var extension in (string[])[".gz", ".html", ".htm", ".txt"])
            {
                if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase)) name = name[..^extension.Length];
            }
            if (name.Length > 0) return name;
        }
        return string.IsNullOrWhiteSpace(article.Title) ? article.Id : article.Title;
    }

    /// <summary>True when the source is a web address a reader can follow.</summary>
    public static bool IsWebAddress(string source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
