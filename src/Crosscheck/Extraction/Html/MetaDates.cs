using System.Collections.Frozen;
using AngleSharp.Dom;

namespace Crosscheck.Extraction.Html;

/// <summary>
/// The dates a page's &lt;meta&gt; tags state, named by property, name, itemprop or http-equiv: publication
/// dates ranked by how specific their name is (article:published_time before a bare "date"), and modification
/// dates (article:modified_time, og:updated_time, dateModified, last-modified) kept apart.
/// </summary>
internal sealed class MetaDates
{
    /// <summary>Names that mean the publication (or creation) of this page.</summary>
    private static readonly FrozenSet<string> PublicationNames = new[]
    {
        "article:published_time", "article:published", "article:published_date", "og:published_time", "og:article:published_time",
        "article.published", "published_time", "published-time", "publish_time", "publish-time", "published_date", "published-date",
        "datepublished", "date_published", "date-published", "article_date_original", "original-publish-date", "parsely-pub-date",
        "sailthru.date", "publishdate", "publish-date", "publish_date", "pubdate", "pub_date", "pub-date", "publication_date",
        "publication-date", "publicationdate", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "datecreated",
        "date_created", "citation_publication_date", "citation_date", "citation_online_date", "prism.publicationdate",
        "article:post_date", "cxenseparse:recs:publishtime", "rnews:datepublished", "og:pubdate", "bt:pubdate", "pdate",
        "release_date", "uploaddate", "displaydate", "display-date", "creation_date", "creationdate", "article:created",
        "article_publication_date", "nv:date", "dc.date.published", "dc.date.available", "vr:published_time",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Names that mean a date of this page without saying which (most often its publication).</summary>
    private static readonly FrozenSet<string> GenericNames = new[]
    {
        "date", "dc.date", "dcterms.date", "dc:date", "created", "timestamp", "article:date", "og:date", "sort_date", "content_date",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly List<string> specific = [];
    private readonly List<string> generic = [];
    private readonly List<string> loose = [];
    private readonly List<string> modified = [];

    private MetaDates()
    {
    }

    /// <summary>Publication dates as written: specific names first, then generic ones, then any name about publishing.</summary>
    public IEnumerable<string> Published => specific.Concat(generic).Concat(loose);

    /// <summary>Modification dates as written, in document order.</summary>
    public IReadOnlyList<string> Modified => modified;

    public static MetaDates Read(IDocument document)
    {
        var dates = new MetaDates();
        foreach (var meta in PageLandmarks.Of(document).Metas)
        {
            var value = meta.GetAttribute("content") ?? meta.GetAttribute("datetime") ?? meta.GetAttribute("value");
            if (string.IsNullOrWhiteSpace(value)) continue;
            foreach (var attribute in (ReadOnlySpan<string>)["property", "name", "itemprop", "http-equiv"])
            {
                var name = meta.GetAttribute(attribute);
                if (!string.IsNullOrWhiteSpace(name)) dates.Add(name.Trim().ToLowerInvariant(), value);
            }
        }
        return dates;
    }

    private void Add(string name, string value)
    {
        if (IsModification(name)) modified.Add(value);
        else if (PublicationNames.Contains(name)) specific.Add(value);
        else if (GenericNames.Contains(name)) generic.Add(value);
        else if ((name.Contains("publish", StringComparison.Ordinal) && !name.Contains("publisher", StringComparison.Ordinal)) || name.Contains("pubdate", StringComparison.Ordinal)) loose.Add(value);
    }

    private static bool IsModification(string name) =>
        name.Contains("modif", StringComparison.Ordinal) || name.Contains("updated", StringComparison.Ordinal)
        || name.Contains("revised", StringComparison.Ordinal) || name is "last-modified" or "lastmod" or "dc.date.modified" or "dcterms.modified";
}
