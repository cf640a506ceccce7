using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Crosscheck.Extraction.Html;

/// <summary>
/// What an element's tag, class, id and itemprop (and its near ancestors') say about a date inside it: that it
/// holds the publication date ("entry-date", "post-meta", "byline", "dateline"), a modification date
/// ("updated"), or that it sits in page furniture (comments, related stories, sidebars, footers), where dates
/// belong to other things. Also the words in many languages that announce a publication or an update.
/// </summary>
internal static partial class ElementClues
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"date|time|stamp|published|pubdate|publish-?date|publish_date|posted|byline|datum|fecha|(^|[\s_-])(meta|info|data|created|author|submitted)($|[\s_-])", Options, 200)]
    private static partial Regex DateName();

    [GeneratedRegex(@"publi|pubdate|posted|created|entry-date|post-date|article-date|story-date|dateline", Options, 200)]
    private static partial Regex PublishedName();

    [GeneratedRegex(@"updat|modif|edited|changed|revis|aktualis|(^|[\s_-])upd($|[\s_-])", Options, 200)]
    private static partial Regex ModifiedName();

    [GeneratedRegex(@"(^|[\s_-])(comments?|comment-list|related|sidebar|widget|footer|recommend\w*|popular|trending|teasers?|newsletter|archive|most-?read|read-?more|more-?news|similar|breadcrumbs?|share|sharing|promo|latest|recent|also|other-?news)($|[\s_-])", Options, 200)]
    private static partial Regex FurnitureName();

    [GeneratedRegex(@"(^|[\s_-])(article|hentry|h-entry|hfeed|post|entry|story|main)($|[\s_-])", Options, 200)]
    private static partial Regex ArticleName();

    [GeneratedRegex(@"caption|photo|image|picture|gallery", Options, 200)]
    private static partial Regex CaptionName();

    [GeneratedRegex(@"(publi|posted|posté|mis en ligne|veröffentlicht|erstellt|pubblica|опубликован|опублікован|publikov|opublikowan|publikac|gepubliceerd|julkaistu|publicer|udgivet|közzété|yayınla|yayımla|(?<!\p{L})(date|data|datum|fecha|дата)\s?[:：]|发布|發布|公開|投稿|등록|입력|작성|نشر|تاريخ)[^\d]{0,25}(\d{1,2}[:h.]\d\d[^\d]{0,12})?$", Options, 200)]
    private static partial Regex PublishedWordBefore();

    [GeneratedRegex(@"(updat|modifi|aktualisiert|geändert|mis à jour|actualizad|atualizad|aggiornat|обновлен|оновлен|zaktualizowan|aktualizov|bijgewerkt|päivitetty|uppdaterad|opdateret|güncellen|更新|수정|تحديث|edited|joined|member since|registered|mitglied seit|inscrit|geboren|born)[^\d]{0,25}(\d{1,2}[:h.]\d\d[^\d]{0,12})?$", Options, 200)]
    private static partial Regex ModifiedWordBefore();

    /// <summary>The element or one of its two nearest ancestors is named for a date or a byline.</summary>
    public static bool HoldsDate(IElement element) => AnyNear(element, 3, e => e.LocalName is "time" or "abbr" || DateName().IsMatch(Names(e)));

    /// <summary>The element or a near ancestor is named for the publication itself.</summary>
    public static bool SaysPublished(IElement element) => AnyNear(element, 2, e => PublishedName().IsMatch(Names(e)) && !ModifiedName().IsMatch(Names(e)));

    /// <summary>The element or its parent is named for a modification.</summary>
    public static bool SaysModified(IElement element) => AnyNear(element, 2, e => ModifiedName().IsMatch(Names(e)));

    /// <summary>
    /// The element lies in a footer, aside or nav, or in a block named for comments, related stories and the
    /// like, that is nearer to it than the article (an &lt;article&gt;, &lt;main&gt; or a block named for the post).
    /// </summary>
    public static bool IsFurniture(IElement element)
    {
        try
        {
            var levels = 30;
            for (IElement? e = element; e is not null && levels-- > 0; e = e.ParentElement)
            {
                if (e.LocalName is "footer" or "aside" or "nav") return true;
                var names = Names(e);
                // A date element's own name describes the date ("timestamp-recent"), not the region it is in.
                if (e != element || !DateName().IsMatch(names))
                {
                    if (FurnitureName().IsMatch(names)) return true;
                }
                if (e.LocalName is "article" or "main" || ArticleName().IsMatch(names)) return false;
            }
            return false;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>The element is (in) a figure or a block named for a caption or photo credit: dates there are the photo's.</summary>
    public static bool IsCaption(IElement element) =>
        AnyNear(element, 3, e => e.LocalName is "figure" or "figcaption" || CaptionName().IsMatch(Names(e)));

    /// <summary>+1 when the text just before a date announces a publication, -1 an update or another event (a member joining), 0 neither.</summary>
    public static int KeywordBefore(ReadOnlySpan<char> before)
    {
        var text = before.ToString();
        try
        {
            var modified = ModifiedWordBefore().Match(text);
            var published = PublishedWordBefore().Match(text);
            if (modified.Success && (!published.Success || modified.Index > published.Index)) return -1;
            return published.Success ? 1 : 0;
        }
        catch (RegexMatchTimeoutException)
        {
            return 0;
        }
    }

    private static string Names(IElement element)
    {
        var names = element.ClassName + " " + element.Id + " " + element.GetAttribute("itemprop");
        return names.Length > 300 ? names[..300] : names;
    }

    private static bool AnyNear(IElement element, int levels, Func<IElement, bool> test)
    {
        try
        {
            for (IElement? e = element; e is not null && levels-- > 0; e = e.ParentElement)
            {
                if (test(e)) return true;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
        return false;
    }
}
