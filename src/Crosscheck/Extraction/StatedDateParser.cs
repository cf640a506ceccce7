using System.Globalization;
using System.Text.RegularExpressions;
using Crosscheck.Text;

namespace Crosscheck.Extraction;

/// <summary>
/// Finds a full calendar date (day, month and year) stated in a short piece of page furniture, in any common
/// form: "2024-11-25", "2024-11-25T16:12", "25/11/2024", "12.05.2025", "November 25, 2024", "Nov. 25 2024",
/// "25 November 2024", "Tuesday 12 May 2025", "12th of May, 2025". Numeric dates are read day-first unless
/// only month-first is valid; digits of any script count ("٣/١١/2024" is 3 November 2024). Year-less dates are not
/// publication dates and are ignored.
/// </summary>
public static partial class StatedDateParser
{
    private const string MonthNames =
        "jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|aug(?:ust|\\.)?|sep(?:t(?:ember)?)?\\.?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?"
        + "|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre"
        + "|januar|februar|m[äa]rz|juni|juli|oktober|dezember"
        + "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre";

    [GeneratedRegex(@"(?<!\d)(?<y>(19|20)\d{2})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})(?!\d)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"(?<!\d)(?<a>\d{1,2})[-/.](?<b>\d{1,2})[-/.](?<y>(19|20)\d{2})(?!\d)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex YearLast();

    [GeneratedRegex(@"\b(?<mon>" + MonthNames + @")\s*(?<d>\d{1,2})(st|nd|rd|th)?\b[\s,]*((mon|tues|wednes|thurs|fri|satur|sun)day[\s,]*)?(?<y>(19|20)\d{2})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})(st|nd|rd|th|er|\.)?\s*(of\s+|de\s+)?(?<mon>" + MonthNames + @")[\s,]*(de\s+)?(?<y>(19|20)\d{2})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DayMonthYear();

    /// <summary>
    /// The first full date in <paramref name="text"/>, with the span it was read from and, for an all-number date
    /// that reads both ways ("09/03/2026"), the date it means read month first.
    /// </summary>
    public static (DateOnly Date, int Index, int Length, DateOnly? OtherReading)? Find(string text)
    {
        // The patterns' \d takes any script's digits ("٣/١١/2024"), which are read as their ASCII digits (same offsets).
        text = DecimalDigits.ToAscii(text);
        (DateOnly Date, int Index, int Length, DateOnly? OtherReading)? best = null;
        Consider(YearFirst().Match(text), m => Make(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value), false, ref best);
        Consider(YearLast().Match(text), m => DayOrMonthFirst(m.Groups["a"].Value, m.Groups["b"].Value, m.Groups["y"].Value), true, ref best);
        Consider(MonthDayYear().Match(text), m => Make(m.Groups["y"].Value, Month(m.Groups["mon"].Value), m.Groups["d"].Value), false, ref best);
        Consider(DayMonthYear().Match(text), m => Make(m.Groups["y"].Value, Month(m.Groups["mon"].Value), m.Groups["d"].Value), false, ref best);
        return best;
    }

    public static DateOnly? Parse(string text) => Find(text)?.Date;

    private static void Consider(Match match, Func<Match, DateOnly?> read, bool readsBothWays, ref (DateOnly Date, int Index, int Length, DateOnly? OtherReading)? best)
    {
        for (; match.Success; match = match.NextMatch())
        {
            if (read(match) is not { } date) continue;
            if (best is null || match.Index < best.Value.Index) best = (date, match.Index, match.Length, readsBothWays ? Html.DateMentionScanner.OtherReading(date, match.ValueSpan) : null);
            return;
        }
    }

    private static string? Month(string name) => Text.MonthNames.Number(name)?.ToString(CultureInfo.InvariantCulture);

    private static DateOnly? DayOrMonthFirst(string a, string b, string year)
    {
        var first = int.Parse(a, CultureInfo.InvariantCulture);
        var second = int.Parse(b, CultureInfo.InvariantCulture);
        if (first > 12 || second <= 12) return Make(year, second.ToString(CultureInfo.InvariantCulture), a);
        return Make(year, a, b);
    }

    private static DateOnly? Make(string year, string? month, string day)
    {
        if (month is null) return null;
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return null;
        return new DateOnly(y, m, d);
    }
}
