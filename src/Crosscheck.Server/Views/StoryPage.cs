using Crosscheck.Pipeline;
using Crosscheck.Storage;

namespace Crosscheck.Server.Views;

/// <summary>
/// A story: its brief (summary, where the outlets differ, the primary source), then every article side by side, one
/// column per outlet, each sentence marked as agreed, shared, unique or conflicting from the stored analysis.
/// </summary>
internal sealed class StoryPage(StoredStory stored, StoryDocument document)
{
    public string Render()
    {
        var story = document.Story;
        var articles = document.StoryArticles();
        var numbers = articles.Select((a, i) => (a.Id, Number: i + 1)).ToDictionary(p => p.Id, p => p.Number, StringComparer.Ordinal);
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        string Names(IReadOnlyCollection<string> ids) => string.Join(", ", ids.Where(byId.ContainsKey).Select(id => Label(byId[id])).Distinct(StringComparer.Ordinal));

        var page = new HtmlPage(story.Title, wide: true);
        page.Markup("<p class=\"meta\"><a href=\"/\" style=\"margin:0\">← All stories</a></p>\n");
        page.Element("h1", story.Title);
        var outlets = articles.Where(a => a.DuplicateOf is null).Select(Label).Distinct(StringComparer.Ordinal).Count();
        var meta = new List<string> { StoryListPage.Plural(outlets, "outlet", "outlets"), StoryListPage.Plural(articles.Length, "article", "articles") };
        if (StoryListPage.DateRange(stored.FirstPublished, stored.LastPublished) is { } range) meta.Add(range);
        var api = "/api/stories/" + Uri.EscapeDataString(story.Id);
        page.Markup("<p class=\"meta\">").Text(string.Join(" · ", meta) + " · story " + story.Id)
            .Markup("<a").Attribute("href", api + "/brief.html").Markup(">full brief</a>")
            .Markup("<a").Attribute("href", api + "/brief.md").Markup(">Markdown</a>")
            .Markup("<a").Attribute("href", api).Markup(">JSON</a></p>\n");

        page.Markup("<section class=\"brief\" aria-label=\"Brief\">\n<h2>Brief</h2>\n");
        // A story a stage broke on has no analysis at all: the page says so, as the briefs do, rather than that its articles share nothing.
        if (story.Failure is { } failure) page.Markup("<p class=\"failure\" role=\"alert\">").Text(StoryFailure.NoticeOf(failure.Stage, failure.Error)).Markup("</p>\n");
        else if (story.Summary.IsEmpty) page.Element("p", "No summary: the articles share no sentence worth citing.", "empty");
        else
        {
            page.Markup("<div class=\"summary\">");
            foreach (var sentence in story.Summary)
            {
                page.Markup("<p>").Text(sentence.Text);
                Cites(page, sentence.Articles, numbers);
                page.Markup("</p>");
            }
            page.Markup("</div>\n");
        }
        var singleSource = articles.Length - articles.Count(a => a.DuplicateOf is not null) <= 1;
        if (singleSource)
        {
            page.Element("p", "Only one outlet covers this story, so there is nothing to cross-check yet.", "empty");
        }
        if (!story.Conflicts.IsEmpty)
        {
            page.Markup("<h2>Where they differ</h2>\n<div class=\"conflicts\">\n");
            foreach (var conflict in story.Conflicts)
            {
                page.Markup("<div class=\"conflict\">").Element("h3", Capitalize(conflict.About));
                foreach (var version in conflict.Versions)
                {
                    page.Markup("<blockquote><p>").Text(version.Text).Markup("</p><footer>").Text(Names(version.Articles));
                    Cites(page, version.Articles, numbers);
                    page.Markup("</footer></blockquote>\n");
                }
                page.Markup("</div>\n");
            }
            page.Markup("</div>\n");
        }
        if (!story.PrimarySources.IsEmpty)
        {
            page.Markup("<h2>Primary source</h2>\n");
            foreach (var source in story.PrimarySources)
            {
                page.Markup("<p><strong>").Text(source.Name).Markup("</strong> <span class=\"meta\">cited by ").Text(Names(source.Articles)).Markup("</span>");
                Cites(page, source.Articles, numbers);
                page.Markup("</p>\n");
            }
        }
        page.Markup("</section>\n");

        page.Markup("<section class=\"side-by-side\" aria-label=\"The outlets side by side\">\n<h2>The outlets side by side</h2>\n");
        page.Markup("<ul class=\"legend\">")
            .Markup("<li><span class=\"swatch agreed\"></span>every outlet reports it</li>")
            .Markup("<li><span class=\"swatch shared\"></span>some outlets report it</li>")
            .Markup("<li><span class=\"swatch unique\"></span>only this outlet</li>")
            .Markup("<li><span class=\"swatch conflicting\"></span>outlets differ</li></ul>\n");
        // A story told by one outlet has nothing to compare: its columns stay unmarked.
        var marker = new PassageMarker(singleSource ? story with { Claims = [], Conflicts = [] } : story, Names);
        page.Markup("<div class=\"columns\">\n");
        foreach (var article in articles) RenderColumn(page, article, numbers, byId, marker);
        page.Markup("</div>\n</section>\n");
        return page.Finish();
    }

    private static void RenderColumn(HtmlPage page, ArticleView article, Dictionary<string, int> numbers, Dictionary<string, ArticleView> byId, PassageMarker marker)
    {
        page.Markup("<article class=\"column\"").Attribute("id", "article-" + numbers[article.Id]).Attribute("data-article", article.Id).Markup(">\n<header>");
        page.Markup("<span class=\"num\">").Text(numbers[article.Id].ToString(System.Globalization.CultureInfo.InvariantCulture)).Markup("</span>");
        page.Markup("<span class=\"outlet\">").Text(Label(article)).Markup("</span>\n");
        page.Element("h3", article.Title);
        var meta = new List<string>();
        if (article.Published is not null) meta.Add(article.Published);
        if (article.Author is not null) meta.Add(article.Author);
        if (meta.Count > 0) page.Element("p", string.Join(" · ", meta), "meta");
        if (article.DuplicateOf is { } original && byId.TryGetValue(original, out var copied))
        {
            page.Element("p", $"A copy of [{numbers[original]}] {Label(copied)}", "note");
        }
        page.Markup("</header>\n");
        foreach (var paragraph in article.Body)
        {
            page.Markup("<p>");
            foreach (var passage in marker.Mark(article.Id, paragraph))
            {
                if (passage.Kind == PassageKind.None)
                {
                    page.Text(passage.Text);
                    continue;
                }
                page.Markup("<mark").Attribute("class", passage.Kind.ToString().ToLowerInvariant()).Attribute("title", passage.Note).Markup(">")
                    .Text(passage.Text).Markup("</mark>");
            }
            page.Markup("</p>\n");
        }
        page.Markup("</article>\n");
    }

    private static void Cites(HtmlPage page, IEnumerable<string> articleIds, Dictionary<string, int> numbers)
    {
        var cited = articleIds.Where(numbers.ContainsKey).Select(id => numbers[id]).Distinct().Order().ToList();
        if (cited.Count == 0) return;
        page.Markup("<span class=\"cites\">");
        foreach (var n in cited)
        {
            var text = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            page.Markup("<a").Attribute("href", "#article-" + text).Markup(">[").Text(text).Markup("]</a>");
        }
        page.Markup("</span>");
    }

    /// <summary>How an article is named on the page: its outlet, else its file name.</summary>
    internal static string Label(ArticleView article)
    {
        if (!string.IsNullOrWhiteSpace(article.Outlet)) return article.Outlet;
        var name = Path.GetFileName(article.Source.TrimEnd('/', '\\'));
        return name.Length > 0 ? name : article.Source;
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
