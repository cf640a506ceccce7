using System.Globalization;
using System.Net;
using System.Text;
using Crosscheck.Pipeline;

namespace Crosscheck.Briefing;

/// <summary>
/// Renders the briefs of a report as one self-contained HTML page: inline CSS, no scripts, no external assets,
/// readable on screen and in print. Every piece of article text is HTML-encoded. Citation markers link to the
/// numbered source list of their story.
/// </summary>
public static class HtmlBriefRenderer
{
    private const string Style = """
        :root { --ink: #1d232b; --muted: #5b6675; --line: #e3e7ec; --accent: #2456a6; --soft: #f5f7fa; --warn: #a24b12; --warn-soft: #fdf4ec; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); background: #fff; font: 16px/1.6 Georgia, "Iowan Old Style", "Times New Roman", serif; }
        header.page, main { max-width: 52rem; margin: 0 auto; padding: 0 1.25rem; }
        header.page { padding-top: 2.5rem; padding-bottom: 1rem; border-bottom: 1px solid var(--line); }
        h1, h2, h3, h4, .meta, nav, table, .label, ol.sources { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
        h1 { font-size: 1.9rem; margin: 0 0 .25rem; letter-spacing: -.01em; }
        h2 { font-size: 1.55rem; line-height: 1.25; margin: 0 0 .35rem; }
        h3 { font-size: .8rem; text-transform: uppercase; letter-spacing: .08em; color: var(--muted); margin: 2rem 0 .6rem; }
        h4 { font-size: 1rem; margin: 1rem 0 .4rem; }
        .meta { color: var(--muted); font-size: .9rem; margin: 0; }
        nav.toc { margin: 1rem 0 0; font-size: .95rem; }
        nav.toc ol { margin: .25rem 0 0; padding-left: 1.2rem; }
        a { color: var(--accent); text-decoration: none; }
        a:hover { text-decoration: underline; }
        article.story { padding: 2.25rem 0 2.5rem; border-bottom: 1px solid var(--line); }
        .summary { font-size: 1.12rem; background: var(--soft); border-left: 4px solid var(--accent); padding: .9rem 1.1rem; margin: 1.2rem 0 0; }
        .summary p { margin: 0; }
        .cite { font-family: system-ui, sans-serif; font-size: .72em; vertical-align: super; line-height: 0; margin-left: .08em; white-space: nowrap; }
        ul.claims { padding-left: 1.1rem; margin: 0; }
        ul.claims li { margin: .3rem 0; }
        .who { color: var(--muted); font-family: system-ui, sans-serif; font-size: .85rem; }
        .note { color: var(--muted); font-style: italic; }
        .conflict { border: 1px solid #f0d9c4; background: var(--warn-soft); border-radius: 6px; padding: .6rem 1rem .8rem; margin: .8rem 0; }
        .conflict h4 { color: var(--warn); margin-top: .2rem; }
        .versions { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: .75rem; }
        blockquote { margin: 0; padding: .5rem .8rem; background: #fff; border-left: 3px solid var(--line); }
        .conflict blockquote { border-left-color: var(--warn); }
        blockquote p { margin: 0 0 .3rem; }
        blockquote footer { font-family: system-ui, sans-serif; font-size: .82rem; color: var(--muted); }
        dl.timeline { display: grid; grid-template-columns: max-content 1fr; gap: .35rem 1rem; margin: 0; }
        dl.timeline dt { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .9rem; color: var(--muted); }
        dl.timeline dd { margin: 0; }
        .label { display: inline-block; font-size: .72rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); border: 1px solid var(--line); border-radius: 3px; padding: 0 .35rem; margin-left: .3rem; }
        .table-wrap { overflow-x: auto; }
        table.matrix { border-collapse: collapse; width: 100%; font-size: .88rem; }
        table.matrix th, table.matrix td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
        table.matrix th.outlet, table.matrix td.mark { text-align: center; white-space: nowrap; }
        table.matrix td.mark { color: #1d7a3a; font-weight: 600; }
        table.matrix thead th { font-size: .78rem; color: var(--muted); }
        ol.sources { font-size: .92rem; padding-left: 1.6rem; }
        ol.sources li { margin: .3rem 0; }
        ol.sources .src { color: var(--muted); word-break: break-all; }
        footer.page { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; color: var(--muted); font: .85rem system-ui, sans-serif; }
        @media print {
          body { font-size: 11pt; }
          nav.toc, footer.page { display: none; }
          header.page, main { max-width: none; padding: 0; }
          article.story { break-before: page; border: 0; padding-top: 0; }
          article.story:first-of-type { break-before: auto; }
          section, .conflict, blockquote, tr { break-inside: avoid; }
          .summary { background: none; border-left: 3px solid #000; }
          a { color: inherit; }
          .conflict { background: none; }
        }
        """;

    public static string Render(AnalysisReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder(16_384);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>Crosscheck brief</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<header class=\"page\">\n<h1>Crosscheck brief</h1>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">{Plural(report.Stories.Length, "story", "stories")} from {Plural(report.Articles.Length, "article", "articles")}</p>\n");
        if (report.Stories.Length > 1)
        {
            html.Append("<nav class=\"toc\" aria-label=\"Stories\"><ol>\n");
            for (var s = 0; s < report.Stories.Length; s++)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#story-{s + 1}\">{E(report.Stories[s].Title)}</a></li>\n");
            }
            html.Append("</ol></nav>\n");
        }
        html.Append("</header>\n<main>\n");
        for (var s = 0; s < report.Stories.Length; s++) RenderStory(html, StoryBrief.Build(report, report.Stories[s]), s + 1);
        html.Append("</main>\n<footer class=\"page\">Every summary sentence is printed as its cited articles print it. Generated by Crosscheck.</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void RenderStory(StringBuilder html, StoryBrief brief, int storyNumber)
    {
        var story = brief.Story;
        html.Append(CultureInfo.InvariantCulture, $"<article class=\"story\" id=\"story-{storyNumber}\" data-story=\"{E(story.Id)}\">\n");
        html.Append("<h2>").Append(E(story.Title)).Append("</h2>\n");
        var meta = new List<string> { Plural(brief.Articles.Length, "outlet", "outlets") };
        if (brief.DateRange() is { } range) meta.Add(range);
        html.Append("<p class=\"meta\">").Append(E(string.Join(" · ", meta))).Append("</p>\n");
        if (story.Failure is { } failure) html.Append("<p class=\"note failure\">").Append(E(failure.Notice)).Append("</p>\n");

        if (!story.Summary.IsDefaultOrEmpty)
        {
            html.Append("<div class=\"summary\"><p>");
            html.Append(string.Join(" ", story.Summary.Select(s => E(s.Text) + Cites(brief, storyNumber, s.ArticleIds))));
            html.Append("</p></div>\n");
        }

        if (brief.IsSingleSource)
        {
            html.Append("<p class=\"note\">Only one outlet covers this story, so there is nothing to cross-check.</p>\n");
        }
        else
        {
            if (brief.Consensus.Length > 0)
            {
                html.Append("<section><h3>What all outlets report</h3>\n<ul class=\"claims\">\n");
                foreach (var claim in brief.Consensus) html.Append("<li>").Append(E(claim.Text)).Append(Cites(brief, storyNumber, claim.ArticleIds)).Append("</li>\n");
                html.Append("</ul></section>\n");
            }
            if (brief.Partial.Length > 0)
            {
                html.Append("<section><h3>Reported by some outlets</h3>\n<ul class=\"claims\">\n");
                foreach (var claim in brief.Partial)
                {
                    html.Append("<li>").Append(E(claim.Text)).Append(Cites(brief, storyNumber, claim.ArticleIds))
                        .Append(" <span class=\"who\">— ").Append(E(brief.Names(claim.ArticleIds))).Append("</span></li>\n");
                }
                html.Append("</ul></section>\n");
            }
            foreach (var (article, claims) in brief.UniqueByArticle)
            {
                html.Append("<section><h3>Only in ").Append(E(ArticleLabel.DisplayName(article))).Append("</h3>\n<ul class=\"claims\">\n");
                foreach (var claim in claims.Take(StoryBrief.UniquePerOutlet)) html.Append("<li>").Append(E(claim.Text)).Append(Cites(brief, storyNumber, claim.ArticleIds)).Append("</li>\n");
                if (claims.Length > StoryBrief.UniquePerOutlet) html.Append(CultureInfo.InvariantCulture, $"<li class=\"note\">and {claims.Length - StoryBrief.UniquePerOutlet} more</li>\n");
                html.Append("</ul></section>\n");
            }
            if (!story.Comparison.Conflicts.IsDefaultOrEmpty)
            {
                html.Append("<section><h3>Where they differ</h3>\n");
                foreach (var conflict in story.Comparison.Conflicts)
                {
                    html.Append("<div class=\"conflict\"><h4>").Append(E(Capitalize(conflict.About))).Append("</h4>\n<div class=\"versions\">\n");
                    foreach (var version in conflict.Versions)
                    {
                        html.Append("<blockquote><p>").Append(E(version.Text)).Append("</p><footer>")
                            .Append(E(brief.Names(version.ArticleIds))).Append(Cites(brief, storyNumber, version.ArticleIds)).Append("</footer></blockquote>\n");
                    }
                    html.Append("</div></div>\n");
                }
                html.Append("</section>\n");
            }
        }

        var analysis = story.Analysis;
        if (!analysis.Quotes.IsDefaultOrEmpty)
        {
            html.Append("<section><h3>Quotes</h3>\n");
            foreach (var quote in analysis.Quotes)
            {
                html.Append("<h4>").Append(E(quote.Speaker ?? "Unattributed")).Append("</h4>\n");
                foreach (var variant in quote.Variants)
                {
                    html.Append("<blockquote><p>“").Append(E(variant.Text)).Append("”</p><footer>")
                        .Append(E(brief.Names([variant.ArticleId]))).Append(Cites(brief, storyNumber, [variant.ArticleId])).Append("</footer></blockquote>\n");
                }
            }
            html.Append("</section>\n");
        }
        if (!analysis.Timeline.IsDefaultOrEmpty)
        {
            html.Append("<section><h3>Timeline</h3>\n<dl class=\"timeline\">\n");
            foreach (var evt in analysis.Timeline)
            {
                html.Append("<dt>").Append(E(evt.Date)).Append("</dt><dd>").Append(E(evt.Text)).Append(Cites(brief, storyNumber, evt.ArticleIds)).Append("</dd>\n");
            }
            html.Append("</dl></section>\n");
        }
        if (!analysis.Entities.IsDefaultOrEmpty)
        {
            html.Append("<section><h3>Who's who</h3>\n<ul class=\"claims\">\n");
            foreach (var entity in analysis.Entities)
            {
                html.Append("<li><strong>").Append(E(entity.Name)).Append("</strong><span class=\"label\">").Append(StoryBrief.EntityType(entity.Type)).Append("</span>");
                var aliases = entity.Aliases.IsDefault ? [] : entity.Aliases.Where(a => !string.Equals(a, entity.Name, StringComparison.Ordinal)).ToList();
                if (aliases.Count > 0) html.Append(" <span class=\"who\">also ").Append(E(string.Join(", ", aliases))).Append("</span>");
                html.Append(Cites(brief, storyNumber, entity.ArticleIds)).Append("</li>\n");
            }
            html.Append("</ul></section>\n");
        }
        if (!analysis.PrimarySources.IsDefaultOrEmpty)
        {
            html.Append("<section><h3>Primary source</h3>\n<ul class=\"claims\">\n");
            foreach (var source in analysis.PrimarySources)
            {
                html.Append("<li><strong>").Append(E(source.Name)).Append("</strong> <span class=\"who\">cited by ")
                    .Append(E(brief.Names(source.ArticleIds))).Append("</span>").Append(Cites(brief, storyNumber, source.ArticleIds)).Append("</li>\n");
            }
            html.Append("</ul></section>\n");
        }
        if (brief.MatrixClaims.Length > 0)
        {
            html.Append("<section><h3>Coverage</h3>\n<div class=\"table-wrap\"><table class=\"matrix\">\n<thead><tr><th scope=\"col\">Claim</th>");
            for (var i = 0; i < brief.Articles.Length; i++)
            {
                html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\" class=\"outlet\" title=\"{E(ArticleLabel.DisplayName(brief.Articles[i]))}\">[{i + 1}]</th>");
            }
            html.Append("</tr></thead>\n<tbody>\n");
            foreach (var claim in brief.MatrixClaims)
            {
                html.Append("<tr><td>").Append(E(StoryBrief.Shorten(claim.Text))).Append("</td>");
                var numbers = brief.Numbers(claim.ArticleIds).ToHashSet();
                for (var i = 1; i <= brief.Articles.Length; i++)
                {
                    html.Append(numbers.Contains(i) ? "<td class=\"mark\" aria-label=\"reported\">✓</td>" : "<td class=\"mark\" aria-label=\"not reported\"></td>");
                }
                html.Append("</tr>\n");
            }
            html.Append("</tbody></table></div></section>\n");
        }

        html.Append("<section><h3>Sources</h3>\n<ol class=\"sources\">\n");
        for (var i = 0; i < brief.Articles.Length; i++)
        {
            var article = brief.Articles[i];
            html.Append(CultureInfo.InvariantCulture, $"<li id=\"s{storyNumber}-a{i + 1}\"><strong>{E(ArticleLabel.DisplayName(article))}</strong> — {E(article.Title)}");
            if (article.Published is { } published) html.Append(" — ").Append(StoryBrief.Iso(published));
            html.Append(" <span class=\"src\">");
            if (ArticleLabel.IsWebAddress(article.Source))
            {
                html.Append("<a href=\"").Append(E(article.Source)).Append("\" rel=\"noopener noreferrer\">").Append(E(article.Source)).Append("</a>");
            }
            else
            {
                html.Append(E(article.Source));
            }
            html.Append("</span></li>\n");
        }
        html.Append("</ol></section>\n</article>\n");
    }

    private static string Cites(StoryBrief brief, int storyNumber, IEnumerable<string> articleIds)
    {
        var sb = new StringBuilder();
        foreach (var n in brief.Numbers(articleIds))
        {
            sb.Append(CultureInfo.InvariantCulture, $"<a class=\"cite\" href=\"#s{storyNumber}-a{n}\" title=\"{E(ArticleLabel.DisplayName(brief.Articles[n - 1]))}\">[{n}]</a>");
        }
        return sb.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Plural(int count, string one, string many) => count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
