using System.Globalization;
using System.Text;
using Crosscheck.Comparison;
using Crosscheck.Pipeline;

namespace Crosscheck.Briefing;

/// <summary>
/// Renders the briefs of a report as Markdown: per story a headline, the summary with citation markers
/// ([1][3]) that refer to the numbered source list at the end of the brief, what all outlets report, what only some
/// or one outlet reports, where they differ, quotes, timeline, who's who, primary sources and a coverage matrix.
/// Article text is escaped so that it cannot inject Markdown or HTML.
/// </summary>
public static class MarkdownBriefRenderer
{
    public static string Render(AnalysisReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        md.Append("# Crosscheck brief\n\n");
        md.Append(CultureInfo.InvariantCulture, $"_{Plural(report.Stories.Length, "story", "stories")} from {Plural(report.Articles.Length, "article", "articles")}._\n");
        foreach (var story in report.Stories) RenderStory(md, StoryBrief.Build(report, story));
        return md.ToString();
    }

    private static void RenderStory(StringBuilder md, StoryBrief brief)
    {
        var story = brief.Story;
        md.Append(CultureInfo.InvariantCulture, $"\n## {Escape(story.Title)}\n\n");
        var meta = new List<string> { Plural(brief.Articles.Length, "outlet", "outlets") };
        if (brief.DateRange() is { } range) meta.Add(range);
        meta.Add($"story `{story.Id.Replace("`", "", StringComparison.Ordinal)}`");
        md.Append(string.Join(" · ", meta)).Append("\n\n");
        if (story.Failure is { } failure) md.Append("> **").Append(Escape(failure.Notice)).Append("**\n\n");

        if (!story.Summary.IsDefaultOrEmpty)
        {
            md.Append("### Summary\n\n");
            md.Append(string.Join(" ", story.Summary.Select(s => Escape(s.Text) + Markers(brief, s.ArticleIds)))).Append("\n\n");
        }

        if (brief.IsSingleSource)
        {
            md.Append("_Only one outlet covers this story, so there is nothing to cross-check._\n\n");
        }
        else
        {
            if (brief.Consensus.Length > 0)
            {
                md.Append("### What all outlets report\n\n");
                foreach (var claim in brief.Consensus) md.Append("- ").Append(Escape(claim.Text)).Append(Markers(brief, claim.ArticleIds)).Append('\n');
                md.Append('\n');
            }
            if (brief.Partial.Length > 0)
            {
                md.Append("### Reported by some outlets\n\n");
                foreach (var claim in brief.Partial)
                {
                    md.Append("- ").Append(Escape(claim.Text)).Append(" — ").Append(Escape(brief.Names(claim.ArticleIds))).Append(Markers(brief, claim.ArticleIds)).Append('\n');
                }
                md.Append('\n');
            }
            foreach (var (article, claims) in brief.UniqueByArticle)
            {
                md.Append(CultureInfo.InvariantCulture, $"### Only in {Escape(ArticleLabel.DisplayName(article))}\n\n");
                foreach (var claim in claims.Take(StoryBrief.UniquePerOutlet)) md.Append("- ").Append(Escape(claim.Text)).Append(Markers(brief, claim.ArticleIds)).Append('\n');
                if (claims.Length > StoryBrief.UniquePerOutlet) md.Append(CultureInfo.InvariantCulture, $"- _and {claims.Length - StoryBrief.UniquePerOutlet} more_\n");
                md.Append('\n');
            }
            if (!story.Comparison.Conflicts.IsDefaultOrEmpty)
            {
                md.Append("### Where they differ\n\n");
                foreach (var conflict in story.Comparison.Conflicts)
                {
                    md.Append("**").Append(Escape(Capitalize(conflict.About))).Append("**\n\n");
                    foreach (var version in conflict.Versions)
                    {
                        md.Append("- ").Append(Escape(brief.Names(version.ArticleIds))).Append(Markers(brief, version.ArticleIds)).Append(": ").Append(Escape(version.Text)).Append('\n');
                    }
                    md.Append('\n');
                }
            }
        }

        var analysis = story.Analysis;
        if (!analysis.Quotes.IsDefaultOrEmpty)
        {
            md.Append("### Quotes\n\n");
            foreach (var quote in analysis.Quotes)
            {
                md.Append("**").Append(Escape(quote.Speaker ?? "Unattributed")).Append("**\n\n");
                foreach (var variant in quote.Variants)
                {
                    md.Append("- ").Append(Escape(brief.Names([variant.ArticleId]))).Append(Markers(brief, [variant.ArticleId])).Append(": “").Append(Escape(variant.Text)).Append("”\n");
                }
                md.Append('\n');
            }
        }
        if (!analysis.Timeline.IsDefaultOrEmpty)
        {
            md.Append("### Timeline\n\n");
            foreach (var evt in analysis.Timeline) md.Append("- **").Append(Escape(evt.Date)).Append("** — ").Append(Escape(evt.Text)).Append(Markers(brief, evt.ArticleIds)).Append('\n');
            md.Append('\n');
        }
        if (!analysis.Entities.IsDefaultOrEmpty)
        {
            md.Append("### Who's who\n\n");
            foreach (var entity in analysis.Entities)
            {
                md.Append("- **").Append(Escape(entity.Name)).Append("** (").Append(StoryBrief.EntityType(entity.Type)).Append(')');
                var aliases = entity.Aliases.IsDefault ? [] : entity.Aliases.Where(a => !string.Equals(a, entity.Name, StringComparison.Ordinal)).ToList();
                if (aliases.Count > 0) md.Append(", also ").Append(string.Join(", ", aliases.Select(Escape)));
                md.Append(" — in ").Append(Plural(brief.Numbers(entity.ArticleIds).Count(), "outlet", "outlets")).Append(Markers(brief, entity.ArticleIds)).Append('\n');
            }
            md.Append('\n');
        }
        if (!analysis.PrimarySources.IsDefaultOrEmpty)
        {
            md.Append("### Primary source\n\n");
            foreach (var source in analysis.PrimarySources)
            {
                md.Append("- **").Append(Escape(source.Name)).Append("**, cited by ").Append(Escape(brief.Names(source.ArticleIds))).Append(Markers(brief, source.ArticleIds)).Append('\n');
            }
            md.Append('\n');
        }
        if (brief.MatrixClaims.Length > 0)
        {
            md.Append("### Coverage\n\n| Claim |");
            for (var i = 1; i <= brief.Articles.Length; i++) md.Append(CultureInfo.InvariantCulture, $" [{i}] |");
            md.Append("\n|---|");
            for (var i = 0; i < brief.Articles.Length; i++) md.Append(":-:|");
            md.Append('\n');
            foreach (var claim in brief.MatrixClaims)
            {
                md.Append("| ").Append(Escape(StoryBrief.Shorten(claim.Text)).Replace("|", "\\|", StringComparison.Ordinal)).Append(" |");
                var numbers = brief.Numbers(claim.ArticleIds).ToHashSet();
                for (var i = 1; i <= brief.Articles.Length; i++) md.Append(numbers.Contains(i) ? " ✓ |" : "  |");
                md.Append('\n');
            }
            md.Append('\n');
        }

        md.Append("### Sources\n\n");
        for (var i = 0; i < brief.Articles.Length; i++)
        {
            var article = brief.Articles[i];
            md.Append(CultureInfo.InvariantCulture, $"{i + 1}. **{Escape(ArticleLabel.DisplayName(article))}** — {Escape(article.Title)}");
            if (article.Published is { } published) md.Append(" — ").Append(StoryBrief.Iso(published));
            md.Append(" — ");
            md.Append(ArticleLabel.IsWebAddress(article.Source) ? $"<{article.Source.Replace(">", "%3E", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal)}>" : "`" + article.Source.Replace("`", "'", StringComparison.Ordinal) + "`");
            md.Append('\n');
        }
    }

    private static string Markers(StoryBrief brief, IEnumerable<string> articleIds)
    {
        var sb = new StringBuilder();
        foreach (var n in brief.Numbers(articleIds)) sb.Append(CultureInfo.InvariantCulture, $"[{n}]");
        return sb.Length == 0 ? "" : " " + sb;
    }

    private static string Plural(int count, string one, string many) => count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static bool LooksLikeEntity(string text, int ampersand)
    {
        var end = Math.Min(text.Length, ampersand + 12);
        var i = ampersand + 1;
        if (i < end && text[i] == '#') i++;
        var start = i;
        while (i < end && char.IsLetterOrDigit(text[i])) i++;
        return i > start && i < end && text[i] == ';';
    }

    /// <summary>Escapes the characters Markdown would read as markup, and angle brackets (raw HTML).</summary>
    internal static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            switch (ch)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                // Only an ampersand that would start an entity ("&lt;", "&#60;") needs escaping: "Ship & Sea" stays as is.
                case '&' when LooksLikeEntity(text, i): sb.Append("&amp;"); break;
                case '\\' or '*' or '_' or '[' or ']' or '`' or '#' or '|':
                    sb.Append('\\').Append(ch);
                    break;
                case '\r' or '\n': sb.Append(' '); break;
                default: sb.Append(ch); break;
            }
        }
        return sb.ToString();
    }
}
