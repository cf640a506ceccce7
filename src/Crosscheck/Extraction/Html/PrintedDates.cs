using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Crosscheck.Extraction.Html;

/// <summary>
/// The dates a page prints in its text, each judged by where it stands, as a reader would: in a byline or date
/// element, after "published", opening its own line and near the headline count for it; in furniture
/// (comments, related stories, footers), in a photo caption, in a list of other articles (three or more dates
/// in elements of one shape), in the masthead above the headline, or after "updated" or "joined", against it.
/// </summary>
internal sealed partial class PrintedDates
{
    /// <summary>The score from which a printed date is taken as the publication date.</summary>
    private const double Convincing = 2;

    /// <summary>At most this many dates are judged: a page printing more is a list, not an article.</summary>
    private const int MaxJudged = 2000;

    [GeneratedRegex(@"(?<![0-9])(?<a>[0-9]{1,2})[-/.](?<b>[0-9]{1,2})[-/.](19|20)[0-9][0-9](?![0-9])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 500)]
    private static partial Regex NumericDate();

    private readonly IDocument document;
    private readonly Func<DateOnly, bool> plausible;
    private readonly List<DateMention> mentions;
    private DateMention? best;
    private readonly HashSet<DateOnly> printedPlainly = [];
    private bool judged;

    private PrintedDates(IDocument document, PageText text, (NumericDateOrder Order, bool Proven) order, Func<DateOnly, bool> plausible)
    {
        this.document = document;
        this.plausible = plausible;
        Text = text;
        Order = order.Order;
        OrderProven = order.Proven;
        mentions = DateMentionScanner.Scan(text.Text, Order).Where(m => plausible(m.Date)).Take(MaxJudged).ToList();
        foreach (var mention in mentions)
        {
            if (mention.OtherReading is null) printedPlainly.Add(mention.Date);
        }
    }

    public PageText Text { get; }

    /// <summary>How the page writes all-number dates: its language's custom unless its own unambiguous dates say otherwise.</summary>
    public NumericDateOrder Order { get; }

    /// <summary>The page's own unambiguous all-number dates (a first or second number above 12) fixed <see cref="Order"/>.</summary>
    public bool OrderProven { get; }

    /// <param name="document">The parsed page.</param>
    /// <param name="languageOrder">The numeric date order of the page's language, when it has a known one.</param>
    /// <param name="plausible">Whether a date can be the page's publication date at all.</param>
    public static PrintedDates Read(IDocument document, NumericDateOrder? languageOrder, Func<DateOnly, bool> plausible)
    {
        var headline = PageLandmarks.Of(document).Meta("property", "og:title")?.GetAttribute("content");
        var text = PageText.Read(document, headline);
        return new PrintedDates(document, text, OrderOf(text.Text, languageOrder), plausible);
    }

    /// <summary>The date printed where a publication date is printed, or null when no date is placed convincingly.</summary>
    public DateOnly? BestPlaced() => BestPlacedMention()?.Date;

    /// <summary>
    /// <see cref="BestPlaced"/> as the mention it was read from, with its other reading when it has one (whether the page
    /// settles it, by <see cref="OrderProven"/> or <see cref="PrintsPlainly"/>, the caller decides).
    /// </summary>
    public DateMention? BestPlacedMention()
    {
        if (judged) return best;
        judged = true;
        var listed = ListedMentions();
        var top = double.MinValue;
        foreach (var mention in mentions)
        {
            var score = Score(mention) - (listed.Contains(mention.Index) ? 2.5 : 0);
            if (score > top)
            {
                top = score;
                best = mention;
            }
        }
        if (top < Convincing) best = null;
        return best;
    }

    /// <summary>A full date in the page's title (&lt;title&gt; or og:title), which some pages carry there only.</summary>
    public DateMention? InTitle()
    {
        foreach (var title in new[] { document.Title, PageLandmarks.Of(document).Meta("property", "og:title")?.GetAttribute("content") })
        {
            if (string.IsNullOrWhiteSpace(title)) continue;
            foreach (var mention in DateMentionScanner.Scan(title, Order))
            {
                if (!mention.ShortYear && plausible(mention.Date)) return mention;
            }
        }
        return null;
    }

    /// <summary>The date the article's text (not its furniture) repeats most, the better placed on a tie.</summary>
    public DateMention? MostRepeated()
    {
        // The dates in the order they first appear, each with its mentions; the first of the best wins a tie.
        var groupOf = new Dictionary<int, int>();
        var groups = new List<List<DateMention>>();
        foreach (var mention in mentions)
        {
            if (mention.ShortYear || (Text.OwnerAt(mention.Index) is { } owner && ElementClues.IsFurniture(owner))) continue;
            if (ElementClues.KeywordBefore(Before(mention)) < 0) continue;
            if (!groupOf.TryGetValue(mention.Date.DayNumber, out var g))
            {
                groupOf[mention.Date.DayNumber] = g = groups.Count;
                groups.Add([]);
            }
            groups[g].Add(mention);
        }
        List<DateMention>? best = null;
        var bestScore = double.MinValue;
        foreach (var group in groups)
        {
            if (best is not null && group.Count < best.Count) continue;
            var score = double.NegativeInfinity;
            foreach (var mention in group) score = Math.Max(score, Score(mention));
            if (best is null || group.Count > best.Count || score > bestScore)
            {
                best = group;
                bestScore = score;
            }
        }
        return best?[0];
    }

    /// <summary>The page prints <paramref name="date"/> in a form that reads one way only.</summary>
    public bool PrintsPlainly(DateOnly date) => printedPlainly.Contains(date);


    /// <summary>How far a place in the text is from the headline, in characters; places before it count four times over.</summary>
    public int DistanceFromTitle(int index)
    {
        if (index < 0 || Text.TitleIndex < 0) return int.MaxValue / 2;
        var delta = index - Text.TitleIndex;
        return delta >= 0 ? delta : -delta * 4;
    }

    private double Score(DateMention mention)
    {
        var score = 0.0;
        var owner = Text.OwnerAt(mention.Index);
        var inDateElement = false;
        if (owner is not null)
        {
            if (ElementClues.IsFurniture(owner)) score -= 4;
            if (ElementClues.IsCaption(owner)) score -= 3;
            if (ElementClues.SaysModified(owner)) score -= 2;
            else if (ElementClues.HoldsDate(owner))
            {
                score += 3;
                inDateElement = true;
            }
        }
        // A dateline: the date opens its own line, as "January 18, 2020" or "Sunday 18.01.2020" does.
        if (Text.OffsetInStretch(mention.Index) <= 12) score += 1;
        var context = ElementClues.KeywordBefore(Before(mention));
        if (context > 0) score += 2;
        else if (context < 0) score -= 1.5;
        // "07.06.20" is a date only where the page says so; elsewhere it may be any three numbers.
        if (mention.ShortYear && !inDateElement && context <= 0) return double.MinValue;
        // In the masthead a date is the site's "today"; elsewhere, the nearer the headline the better.
        if (owner is not null && InMasthead(owner, mention.Index)) return score - 3;
        var distance = DistanceFromTitle(mention.Index);
        if (distance < 3000) score += 2 - distance / 1500.0;
        return score;
    }

    /// <summary>
    /// Mentions whose element shares its tag and class (and its parent's) with two or more other mentions:
    /// the dates of a list of other articles, not this one's.
    /// </summary>
    private HashSet<int> ListedMentions()
    {
        var bySignature = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            var signature = Signature(Text.OwnerAt(mention.Index));
            if (signature.Length == 0) continue;
            if (!bySignature.TryGetValue(signature, out var indexes)) bySignature[signature] = indexes = [];
            indexes.Add(mention.Index);
        }
        var listed = new HashSet<int>();
        foreach (var indexes in bySignature.Values)
        {
            if (indexes.Count >= 3) listed.UnionWith(indexes);
        }
        return listed;
    }

    /// <summary>
    /// The element (whose text starts at <paramref name="index"/>) stands above the headline, outside its block
    /// (none of its five nearest ancestors holds the headline): in the masthead, where a date is the site's "today".
    /// </summary>
    public bool InMasthead(IElement element, int index) => Text.TitleIndex >= 0 && index >= 0 && index < Text.TitleIndex && !NearTitle(element);

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

    /// <summary>The forty characters before a mention, where "published" or "updated" would be.</summary>
    private ReadOnlySpan<char> Before(DateMention mention) => Text.Text.AsSpan(Math.Max(0, mention.Index - 40), Math.Min(40, mention.Index));

    /// <summary>
    /// The order the page's own all-number dates prove (a first number above 12 is a day, a second one a
    /// month) when they agree more one way than the other, and so proven; else the language's, else day first.
    /// </summary>
    private static (NumericDateOrder Order, bool Proven) OrderOf(string text, NumericDateOrder? languageOrder)
    {
        int dayFirst = 0, monthFirst = 0;
        try
        {
            var seen = 0;
            for (var match = NumericDate().Match(text); match.Success && seen++ < 500; match = match.NextMatch())
            {
                var a = int.Parse(match.Groups["a"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
                var b = int.Parse(match.Groups["b"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
                if (a > 12 && b <= 12) dayFirst++;
                else if (b > 12 && a <= 12) monthFirst++;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Decide on what was counted.
        }
        if (dayFirst > monthFirst) return (NumericDateOrder.DayFirst, true);
        if (monthFirst > dayFirst) return (NumericDateOrder.MonthFirst, true);
        return (languageOrder ?? NumericDateOrder.DayFirst, false);
    }
}
