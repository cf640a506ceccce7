using System.Collections.Immutable;
using Crosscheck.Comparison;
using Crosscheck.Extraction;
using Crosscheck.Pipeline;

namespace Crosscheck.Briefing;

/// <summary>
/// What one story's brief shows, in the order a reader needs it, shared by the Markdown and HTML renderers:
/// the story's articles numbered from 1 (citation markers refer to these numbers) and its findings grouped.
/// </summary>
internal sealed record StoryBrief(
    Story Story,
    ImmutableArray<Article> Articles,
    ImmutableArray<Claim> Consensus,
    ImmutableArray<Claim> Partial,
    ImmutableArray<(Article Article, ImmutableArray<Claim> Claims)> UniqueByArticle,
    ImmutableArray<Claim> MatrixClaims)
{
    /// <summary>Rows of the coverage matrix at most.</summary>
    public const int MatrixRows = 14;

    /// <summary>Claims listed per outlet under "Only in" at most.</summary>
    public const int UniquePerOutlet = 8;

    private readonly Dictionary<string, int> _numbers = Articles.Select((a, i) => (a.Id, i + 1)).ToDictionary(p => p.Id, p => p.Item2);

    public bool IsSingleSource => Articles.Length < 2;

    /// <summary>The citation number of an article in this story (1-based), or 0 when it is not in the story.</summary>
    public int Number(string articleId) => _numbers.GetValueOrDefault(articleId);

    /// <summary>The citation numbers of articles, in order, skipping ids not in the story.</summary>
    public IEnumerable<int> Numbers(IEnumerable<string> articleIds) => articleIds.Select(Number).Where(n => n > 0).Distinct().Order();

    /// <summary>Display names of articles, joined for prose.</summary>
    public string Names(IEnumerable<string> articleIds) =>
        string.Join(", ", Numbers(articleIds).Select(n => ArticleLabel.DisplayName(Articles[n - 1])));

    public static StoryBrief Build(AnalysisReport report, Story story)
    {
        var articles = story.ArticleIds.Select(id => TryArticle(report, id)).OfType<Article>().ToImmutableArray();
        var claims = story.Comparison.Claims.IsDefault ? [] : story.Comparison.Claims;
        var consensus = articles.Length > 1 ? claims.Where(c => c.Status == ClaimStatus.Consensus).ToImmutableArray() : [];
        var partial = claims.Where(c => c.Status == ClaimStatus.Partial).ToImmutableArray();
        var unique = articles
            .Select(a => (a, claims.Where(c => c.Status == ClaimStatus.Unique && c.ArticleIds.Length == 1 && c.ArticleIds[0] == a.Id).ToImmutableArray()))
            .Where(p => p.Item2.Length > 0)
            .ToImmutableArray();
        var matrix = consensus.Concat(partial).Concat(claims.Where(c => c.Status == ClaimStatus.Unique)).Take(MatrixRows).ToImmutableArray();
        return new StoryBrief(story, articles, consensus, partial, unique, articles.Length > 1 ? matrix : []);
    }

    private static Article? TryArticle(AnalysisReport report, string id)
    {
        foreach (var article in report.Articles)
        {
            if (article.Id == id) return article;
        }
        return null;
    }

    /// <summary>"2024-11-25" or "2024-11-24 – 2024-11-26" over the articles' publication dates, or null.</summary>
    public string? DateRange()
    {
        var dates = Articles.Where(a => a.Published is not null).Select(a => a.Published!.Value).Order().ToList();
        if (dates.Count == 0) return null;
        return dates[0] == dates[^1] ? Iso(dates[0]) : $"{Iso(dates[0])} – {Iso(dates[^1])}";
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Shortens a claim for a table cell, at a word boundary.</summary>
    public static string Shorten(string text, int max = 110)
    {
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', max - 1);
        return (cut > max / 2 ? text[..cut] : text[..(max - 1)]).TrimEnd(',', ';', ':') + "…";
    }

    public static string EntityType(Analysis.EntityType type) => type switch
    {
        Analysis.EntityType.Person => "person",
        Analysis.EntityType.Organization => "organization",
        Analysis.EntityType.Location => "location",
        _ => "other",
    };
}
