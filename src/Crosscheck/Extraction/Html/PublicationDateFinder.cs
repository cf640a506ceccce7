using AngleSharp.Dom;

namespace Crosscheck.Extraction.Html;

/// <summary>
/// Finds when a web page was published, from the evidence a page gives, most trusted first: JSON-LD
/// (datePublished, dateCreated), publication &lt;meta&gt; tags, &lt;time&gt; and itemprop=datePublished elements,
/// a date in the address (the page's own, or its canonical link), the date printed where a publication date is
/// printed (<see cref="PrintedDates"/>), a date in the page's title, the date its text repeats most, and only
/// then a modification date. Dates after <c>latestPlausible</c> or before 1995 are never returned.
/// </summary>
public static class PublicationDateFinder
{
    private static readonly DateOnly Earliest = new(1995, 1, 1);

    /// <summary>The page's publication date, or null when the page does not state one plausibly.</summary>
    /// <param name="document">The parsed page.</param>
    /// <param name="url">The page's address when known; without it, the canonical link or og:url is read instead.</param>
    /// <param name="latestPlausible">The latest date that can be a publication date (today, or the crawl date).</param>
    public static DateOnly? Find(IDocument document, string? url, DateOnly latestPlausible) => FindStated(document, url, latestPlausible)?.Date;

    /// <summary>
    /// <see cref="Find"/>, with the date's <see cref="StatedDate.OtherReading"/> when it is an all-number date that reads
    /// both ways ("09/03/2026") and nothing on the page settles which: no unambiguous date of its own shows the order,
    /// and neither the address nor a plainly written date states the same day.
    /// </summary>
    public static StatedDate? FindStated(IDocument document, string? url, DateOnly latestPlausible)
    {
        ArgumentNullException.ThrowIfNull(document);
        var page = new PageEvidence(document, latestPlausible);
        return page.Settled(FindOn(page, document, url));
    }

    private static StatedDate? FindOn(PageEvidence page, IDocument document, string? url)
    {
        var jsonLd = JsonLdDates.Read(document);
        var meta = MetaDates.Read(document);
        var fromUrl = page.Plausible(UrlDate.Find(url)) ?? page.Plausible(UrlDate.Find(PageLandmarks.Of(document).CanonicalAddress()));
        var fromJsonLd = page.FirstPlausible(jsonLd.Published);
        var fromMeta = page.FirstPlausible(meta.Published);
        // Two kinds of metadata that agree settle it; the page's date elements and printed dates are read only otherwise.
        if (fromJsonLd is { } agreed && fromMeta is { } other && agreed.Date == other.Date)
        {
            return page.InPublishersCalendar(other.OtherReading is null ? agreed with { OtherReading = null } : agreed);
        }
        StatedDate?[] stated = [fromJsonLd, fromMeta, page.FromDateElements()];
        if (page.ChooseStated(stated, fromUrl) is { } publication) return page.InPublishersCalendar(publication);
        if (fromUrl is { } dated) return new StatedDate(dated);
        return Printed(page.Printed.BestPlacedMention())
            ?? Printed(page.Printed.InTitle())
            ?? Printed(page.Printed.MostRepeated())
            ?? page.FirstPlausible(jsonLd.Modified)
            ?? page.FirstPlausible(meta.Modified);
    }

    private static StatedDate? Printed(DateMention? mention) => mention is { } m ? new StatedDate(m.Date, OtherReading: m.OtherReading) : null;

    /// <summary>One page's evidence, each part read once and only when needed.</summary>
    private sealed class PageEvidence(IDocument document, DateOnly latest)
    {
        private readonly NumericDateOrder? languageOrder = LanguageOrder(document);
        private PrintedDates? printed;

        public PrintedDates Printed => printed ??= PrintedDates.Read(document, languageOrder, d => Plausible(d) is not null);

        private NumericDateOrder Order => languageOrder ?? NumericDateOrder.DayFirst;

        /// <summary>A date without its other reading when the page's language or its own dates settle the order, or it prints the same day plainly.</summary>
        public StatedDate? Settled(StatedDate? stated)
        {
            if (stated is not { OtherReading: not null } s) return stated;
            // A page in a language that writes the day first ("de", "fr", "en-GB") settles it by its language.
            return languageOrder == NumericDateOrder.DayFirst || Printed.OrderProven || Printed.PrintsPlainly(s.Date) ? s with { OtherReading = null } : s;
        }

        public DateOnly? Plausible(DateOnly? date) => date is { } d && d >= Earliest && d <= latest ? d : null;

        public StatedDate? FirstPlausible(IEnumerable<string> values)
        {
            foreach (var value in values)
            {
                if (Plausible(DateMentionScanner.ParseValue(value, Order)) is { } stated) return stated;
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
            var present = new List<StatedDate>(stated.Length);
            foreach (var s in stated)
            {
                if (s is { } value) present.Add(value);
            }
            if (present.Count == 0) return null;
            if (present.All(s => s.Date == present[0].Date)) return Confirmed(present[0], present);
            var printedDate = Printed.BestPlaced();
            foreach (var candidate in present)
            {
                var others = present.Count(s => s.Date == candidate.Date) - 1;
                if (candidate.Date == fromUrl) return candidate with { OtherReading = null };
                if (others > 0 || candidate.Date == printedDate) return Confirmed(candidate, present);
            }
            return present[0];
        }

        /// <summary>A stated date without its other reading when another source states the same day in a form that reads one way only.</summary>
        private static StatedDate Confirmed(StatedDate stated, List<StatedDate> sources) =>
            stated.OtherReading is not null && sources.Any(s => s.Date == stated.Date && s.OtherReading is null) ? stated with { OtherReading = null } : stated;

        /// <summary>
        /// The calendar date of a stated publication where it was published. A time stated in UTC falls on the
        /// publisher's previous day in the Americas (early hours) or next day in Asia (late hours); when the page
        /// prints that neighbouring day by its headline, the printed day is the publisher's.
        /// </summary>
        public StatedDate InPublishersCalendar(StatedDate stated)
        {
            if (!stated.IsUtcTime || Printed.BestPlaced() is not { } printedDate) return stated;
            var hour = stated.Time!.Value.Hour;
            if (hour < 12 && printedDate == stated.Date.AddDays(-1)) return new StatedDate(printedDate);
            if (hour >= 12 && printedDate == stated.Date.AddDays(1)) return new StatedDate(printedDate);
            return stated;
        }

        /// <summary>
        /// itemprop=datePublished elements; then &lt;time&gt; (and hAtom &lt;abbr title&gt;) elements that say they
        /// are the publication; then, of the others outside furniture and the masthead and not modifications, the
        /// nearest the headline.
        /// </summary>
        public StatedDate? FromDateElements()
        {
            foreach (var element in PageLandmarks.Of(document).ItemPropDates)
            {
                if (element.LocalName == "meta") continue;
                if (Plausible(ParseElement(element)) is { } date) return date;
            }
            var times = PageLandmarks.Of(document).DateElements.Take(500).ToList();
            foreach (var time in times)
            {
                if (!time.HasAttribute("pubdate") && !ElementClues.SaysPublished(time)) continue;
                if (Plausible(ParseElement(time)) is { } date) return date;
            }
            var nearest = (Date: (StatedDate?)null, Distance: int.MaxValue);
            foreach (var time in times)
            {
                if (ElementClues.SaysModified(time) || ElementClues.IsFurniture(time)) continue;
                var start = Printed.Text.StartOf(time);
                if (Printed.InMasthead(time, start) || Plausible(ParseElement(time)) is not { } date) continue;
                var distance = Printed.DistanceFromTitle(start);
                if (distance < nearest.Distance) nearest = (date, distance);
            }
            return nearest.Date;
        }

        private StatedDate? Plausible(StatedDate? stated) => stated is { } s && Plausible(s.Date) is not null ? s : null;

        /// <summary>The date an element states in its datetime, content or title attribute, else in its text.</summary>
        private StatedDate? ParseElement(IElement element)
        {
            foreach (var attribute in (ReadOnlySpan<string>)["datetime", "content", "title"])
            {
                if (element.GetAttribute(attribute) is { Length: > 0 } value && DateMentionScanner.ParseValue(value, Order) is { } stated) return stated;
            }
            var text = element.TextContent;
            return text.Length <= 200 ? DateMentionScanner.ParseValue(text, Order) : null;
        }

        /// <summary>The order of all-number dates the page's declared language implies, when it implies one.</summary>
        private static NumericDateOrder? LanguageOrder(IDocument document)
        {
            var language = (document.DocumentElement?.GetAttribute("lang")
                ?? PageLandmarks.Of(document).Meta("http-equiv", "content-language")?.GetAttribute("content")
                ?? PageLandmarks.Of(document).Meta("property", "og:locale")?.GetAttribute("content")
                ?? string.Empty).Trim().Replace('_', '-').ToLowerInvariant();
            if (language.Length == 0) return null;
            var dayFirstEnglish = language is "en-gb" or "en-au" or "en-nz" or "en-ie" or "en-in" or "en-za" or "en-sg";
            return language.StartsWith("en", StringComparison.Ordinal) && !dayFirstEnglish ? NumericDateOrder.MonthFirst : NumericDateOrder.DayFirst;
        }
    }
}
