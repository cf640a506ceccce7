using System.Globalization;
using Crosscheck.Output;
using Crosscheck.Storage;

namespace Crosscheck.Server.Views;

/// <summary>The front page: a search box and the stories, newest and largest first, each with its outlets, dates and size.</summary>
internal sealed class StoryListPage(IReadOnlyList<StoryListing> stories, string? query, StoreCounts counts)
{
    public string Render()
    {
        var page = new HtmlPage(query is null ? "Stories" : "Stories matching " + query);
        page.Markup("<div class=\"narrow\">\n<h1>Stories</h1>\n");
        page.Markup("<form class=\"search\" method=\"get\" action=\"/\" role=\"search\"><input type=\"search\" name=\"q\" placeholder=\"Search articles: names, places, words\" aria-label=\"Search articles\"")
            .Attribute("value", query).Markup("><button type=\"submit\">Search</button></form>\n");

        page.Markup("<p class=\"count\">");
        if (query is null) page.Text($"{Plural(stories.Count, "story", "stories")} from {Plural(counts.Articles, "article", "articles")}");
        else page.Text($"{Plural(stories.Count, "story", "stories")} matching “{query}” · ").Markup("<a href=\"/\">all stories</a>");
        page.Markup("</p>\n");

        if (stories.Count == 0)
        {
            page.Element("p", query is null
                ? "No stories yet. Ingest pages with 'crosscheck ingest PATH --db FILE' or POST them to /api/articles."
                : "No story matches these words.", "empty");
        }
        else
        {
            page.Markup("<ol class=\"stories\">\n");
            foreach (var story in stories) RenderStory(page, story);
            page.Markup("</ol>\n");
        }
        page.Markup("</div>\n");
        return page.Finish();
    }

    private static void RenderStory(HtmlPage page, StoryListing story)
    {
        page.Markup("<li class=\"story\"><h3><a").Attribute("href", "/stories/" + Uri.EscapeDataString(story.Id)).Markup(">").Text(story.Title).Markup("</a></h3>\n");
        var meta = new List<string> { Plural(story.ArticleIds.Length, "article", "articles") };
        if (DateRange(story.FirstPublished, story.LastPublished) is { } range) meta.Add(range);
        meta.Add("updated " + story.UpdatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
        page.Element("p", string.Join(" · ", meta), "meta");
        if (!story.Outlets.IsDefaultOrEmpty)
        {
            page.Markup("<div class=\"outlets\">");
            foreach (var outlet in story.Outlets) page.Markup("<span class=\"pill\">").Text(outlet).Markup("</span>");
            page.Markup("</div>\n");
        }
        page.Markup("</li>\n");
    }

    internal static string? DateRange(DateOnly? first, DateOnly? last) => (first, last) switch
    {
        (null, null) => null,
        ({ } a, { } b) when a != b => $"{AnalysisJsonWriter.FormatDate(a)} – {AnalysisJsonWriter.FormatDate(b)}",
        _ => AnalysisJsonWriter.FormatDate(first ?? last),
    };

    internal static string Plural(int count, string one, string many) => count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);
}
