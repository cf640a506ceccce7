using AngleSharp.Dom;

namespace Crosscheck.Extraction.Html;

/// <summary>
/// Finds when a web page was published, from the evidence a page gives, most trusted first: JSON-LD
/// (datePublished, dateCreated), publication &lt;meta&gt; tags, &lt;time&gt; and itemprop=datePublished elements,
/// a date in the address (the page's own, or its canonical link), dates written near the headline or in
/// elements whose class says they hold a date, the date the page's text repeats most, and only then a
/// modification date. Dates after <c>latestPlausible</c> or before 1995 are never returned.
/// </summary>
public static class PublicationDateFinder
{
    private static readonly DateOnly Earliest = new(1995, 1, 1);

    /// <summary>The page's publication date, or null when the page does not state one plausibly.</summary>
    /// <param name="document">The parsed page.</param>
    /// <param name="url">The page's address when known; without it, the canonical link or og:url is read instead.</param>
    /// <param name="latestPlausible">The latest date that can be a publication date (today, or the crawl date).</param>
    public static DateOnly? Find(IDocument document, string? url, DateOnly latestPlausible)
    {
        ArgumentNullException.ThrowIfNull(document);
        var page = new PageEvidence(document, latestPlausible);
        var jsonLd = JsonLdDates.Read(document);
        var meta = MetaDates.Read(document);
        var fromUrl = page.Plausible(UrlDate.Find(url)) ?? page.Plausible(UrlDate.Find(CanonicalAddress(document)));
        StatedDate?[] stated = [page.FirstPlausible(jsonLd.Published), page.FirstPlausible(meta.Published), page.FromDateElements()];
        if (page.ChooseStated(stated, fromUrl) is { } publication) return page.InPublishersCalendar(publication);
        return fromUrl
            ?? page.FromText()
            ?? page.FirstPlausible(jsonLd.Modified)?.Date
            ?? page.FirstPlausible(meta.Modified)?.Date;
    }

    private static string? CanonicalAddress(IDocument document) =>
        document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")
        ?? document.QuerySelector("meta[property='og:url']")?.GetAttribute("content");

    /// <summary>One page's evidence, read once: its numeric date order, visible text and bounds.</summary>
    private sealed class PageEvidence(IDocument document, DateOnly latest)
    {
        private readonly NumericDateOrder order = NumericOrderOf(document);
        private PageText? text;
        private List<DateMention>? mentions;

        private PageText Text => text ??= PageText.Read(document, null);

        public DateOnly? Plausible(DateOnly? date) => date is { } d && d >= Earliest && d <= latest ? d : null;

        public StatedDate? Plausible(StatedDate? stated) => stated is { } s && Plausible(s.Date) is not null ? s : null;

        public StatedDate? FirstPlausible(IEnumerable<string> values)
        {
            foreach (var value in values)
            {
                if (Plausible(DateMentionScanner.ParseValue(value, order)) is { } stated) return stated;
            }
            return null;
        }

        /// <summary>
        /// The most trusted stated date (JSON-LD, then meta tags, then date elements), unless the sources
        /// disagree: then the most trusted one that another source (another kind of metadata, the address, the
        /// date printed by the headline) confirms.
        /// </summary>
        public StatedDate? ChooseStated(StatedDate?[] stated, DateOnly? fromUrl)
        {
            var present = stated.Where(s => s is not null).Select(s => s!.Value).ToList();
            if (present.Count == 0) return null;
            if (present.All(s => s.Date == present[0].Date)) return present[0];
            var printed = BestPlacedDate();
            foreach (var candidate in present)
            {
                var others = present.Count(s => s.Date == candidate.Date) - 1;
                if (others > 0 || candidate.Date == fromUrl || candidate.Date == printed) return candidate;
            }
            return present[0];
        }

        /// <summary>
        /// The calendar date of a stated publication where it was published. A time stated in UTC falls on the
        /// publisher's previous day in the Americas (early hours) or next day in Asia (late hours); when the page
        /// prints that neighbouring day by its headline, the printed day is the publisher's.
        /// </summary>
        public DateOnly InPublishersCalendar(StatedDate stated)
        {
            if (!stated.IsUtcTime || BestPlacedDate() is not { } printed) return stated.Date;
            var hour = stated.Time!.Value.Hour;
            if (hour < 12 && printed == stated.Date.AddDays(-1)) return printed;
            if (hour >= 12 && printed == stated.Date.AddDays(1)) return printed;
            return stated.Date;
        }

        /// <summary>itemprop=datePublished elements, then &lt;time&gt; elements that say they are the publication, then the one nearest the headline.</summary>
        public StatedDate? FromDateElements()
        {
            foreach (var element in document.QuerySelectorAll("[itemprop=datePublished],[itemprop=dateCreated]"))
            {
                if (element.LocalName == "meta") continue;
                if (Plausible(DateMentionScanner.ParseValue(ElementValue(element), order)) is { } date) return date;
            }
            var times = document.QuerySelectorAll("time").Take(500).ToList();
            foreach (var time in times)
            {
                if (!time.HasAttribute("pubdate") && !ElementClues.SaysPublished(time)) continue;
                if (Plausible(DateMentionScanner.ParseValue(ElementValue(time), order)) is { } date) return date;
            }
            var best = (Date: (StatedDate?)null, Distance: int.MaxValue);
            foreach (var time in times)
            {
                if (ElementClues.SaysModified(time) || ElementClues.IsFurniture(time)) continue;
                if (Plausible(DateMentionScanner.ParseValue(ElementValue(time), order)) is not { } date) continue;
                var distance = DistanceFromTitle(Text.StartOf(time));
                if (distance < best.Distance) best = (date, distance);
            }
            return best.Date;
        }

        /// <summary>The best-placed date written in the page's text, else the one it repeats most.</summary>
        public DateOnly? FromText() => BestPlacedDate() ?? MostRepeatedDate();

        private List<DateMention> Mentions => mentions ??= DateMentionScanner.Scan(Text.Text, order).Where(m => Plausible(m.Date) is not null).ToList();

        /// <summary>The date written where a publication date is printed: by the headline, in a date element, after "published".</summary>
        private DateOnly? BestPlacedDate()
        {
            var best = (Date: (DateOnly?)null, Score: double.MinValue);
            var listed = ListedDates();
            foreach (var mention in Mentions)
            {
                var score = Score(Text, mention);
                if (listed.Contains(mention.Index)) score -= 2.5;
                if (score > best.Score) best = (mention.Date, score);
            }
            return best.Score >= 2 ? best.Date : null;
        }

        private DateOnly? MostRepeatedDate()
        {
            var page = Text;
            return Mentions
                .Where(m => page.OwnerAt(m.Index) is not { } owner || !ElementClues.IsFurniture(owner))
                .Where(m => ElementClues.KeywordBefore(Before(m)) >= 0)
                .GroupBy(m => m.Date)
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.First().Index)
                .Select(g => (DateOnly?)g.Key)
                .FirstOrDefault();
        }

        /// <summary>
        /// Mentions whose element shares its tag and class (and its parent's) with two or more other mentions:
        /// the dates of a list of other articles, not this one's.
        /// </summary>
        private HashSet<int> ListedDates()
        {
            var listed = new HashSet<int>();
            foreach (var group in Mentions.GroupBy(m => Signature(Text.OwnerAt(m.Index))))
            {
                if (group.Key.Length == 0) continue;
                if (group.Count() >= 3) listed.UnionWith(group.Select(m => m.Index));
            }
            return listed;
        }

        /// <summary>One of the element's five nearest ancestors also holds the headline: they are in the same block.</summary>
        private bool NearTitle(IElement element)
        {
            if (Text.TitleElement is not { } title) return false;
            var levels = 5;
            for (var e = element.ParentElement; e is not null && levels-- > 0; e = e.ParentElement)
            {
                if (e.LocalName is "body" or "html") return false;
                if (e.Contains(title)) return true;
            }
            return false;
        }

        /// <summary>An element's tag and class with its parent's: what the items of one list have in common.</summary>
        private static string Signature(IElement? element) =>
            element is null ? string.Empty : $"{element.LocalName}.{element.ClassName}<{element.ParentElement?.LocalName}.{element.ParentElement?.ClassName}";

        private double Score(PageText page, DateMention mention)
        {
            var score = 0.0;
            var owner = page.OwnerAt(mention.Index);
            if (owner is not null)
            {
                if (ElementClues.IsFurniture(owner)) score -= 4;
                if (ElementClues.IsCaption(owner)) score -= 3;
                if (ElementClues.SaysModified(owner)) score -= 2;
                else if (ElementClues.HoldsDate(owner)) score += 3;
            }
            // A dateline: the date opens its own line, as "January 18, 2020" or "Sunday 18.01.2020" does.
            if (page.OffsetInStretch(mention.Index) <= 12) score += 1;
            var context = ElementClues.KeywordBefore(Before(mention));
            if (context > 0) score += 2;
            else if (context < 0) score -= 1.5;
            // Above the headline and outside its block, a date is the masthead's "today"; elsewhere, the nearer the better.
            if (Text.TitleIndex >= 0 && mention.Index < Text.TitleIndex && owner is not null && !NearTitle(owner)) return score - 2;
            var distance = DistanceFromTitle(mention.Index);
            if (distance < 3000) score += 2 - distance / 1500.0;
            return score;
        }

        /// <summary>The forty characters before a mention, where "published" or "updated" would be.</summary>
        private ReadOnlySpan<char> Before(DateMention mention) => Text.Text.AsSpan(Math.Max(0, mention.Index - 40), Math.Min(40, mention.Index));

        /// <summary>How far a place in the text is from the headline, in characters; places before it count four times over.</summary>
        private int DistanceFromTitle(int index)
        {
            if (index < 0 || Text.TitleIndex < 0) return int.MaxValue / 2;
            var delta = index - Text.TitleIndex;
            return delta >= 0 ? delta : -delta * 4;
        }

        private static string? ElementValue(IElement element) =>
            element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? element.GetAttribute("title") ?? element.TextContent;

        private static NumericDateOrder NumericOrderOf(IDocument document)
        {
            var language = (document.DocumentElement?.GetAttribute("lang")
                ?? document.QuerySelector("meta[http-equiv='content-language']")?.GetAttribute("content")
                ?? document.QuerySelector("meta[property='og:locale']")?.GetAttribute("content")
                ?? string.Empty).Trim().Replace('_', '-').ToLowerInvariant();
            var dayFirstEnglish = language is "en-gb" or "en-au" or "en-nz" or "en-ie" or "en-in" or "en-za" or "en-sg";
            return language.StartsWith("en", StringComparison.Ordinal) && !dayFirstEnglish ? NumericDateOrder.MonthFirst : NumericDateOrder.DayFirst;
        }
    }
}
