using System.Globalization;
using System.Text.RegularExpressions;
using Crosscheck.Text;

namespace Crosscheck.Extraction.Html;

/// <summary>
/// A full calendar date written in a text, and where: <see cref="Index"/> and <see cref="Length"/> cover its
/// words. <see cref="ShortYear"/> marks a date written with a two-digit year ("07.06.20"), which only its
/// context can tell from other numbers. <see cref="OtherReading"/> is the date an all-number date whose first two
/// numbers could each be the day or the month ("09/03/2026") means when read the other way round.
/// </summary>
public readonly record struct DateMention(DateOnly Date, int Index, int Length, bool ShortYear = false, DateOnly? OtherReading = null);

/// <summary>
/// A date as a metadata value states it: the calendar date as written and, when the value gives them, the time
/// of day and the offset from UTC it was written in (zero for "Z"), and its <see cref="DateMention.OtherReading"/>
/// when it is an all-number date that reads both ways.
/// </summary>
public readonly record struct StatedDate(DateOnly Date, TimeOnly? Time = null, TimeSpan? Offset = null, DateOnly? OtherReading = null)
{
    /// <summary>A time stated in UTC ("Z", "+00:00", "GMT"), whose calendar date may not be the publisher's.</summary>
    public bool IsUtcTime => Time is not null && Offset == TimeSpan.Zero;
}

/// <summary>How to read an all-number date whose first two numbers could each be the day or the month (03/04/2020).</summary>
public enum NumericDateOrder
{
    DayFirst,
    MonthFirst,
}

/// <summary>
/// Finds the full dates (day, month and year) written in a text, in the forms pages use: "2020-06-07",
/// "2020/6/7", "07.06.2020", "6/7/2020", "7 June 2020", "June 7th, 2020", "7 de junio de 2020", "7. Juni 2020",
/// "7 июня 2020", "2020. június 7.", "2020年6月7日", "2020년 6월 7일", with the month names of <see cref="MonthWords"/>
/// and Arabic, Persian, Devanagari, Bengali and full-width digits. Dates without a year are ignored; day-first
/// numeric dates with a two-digit year ("07.06.20", read as 2020) are found but marked as such. Every pattern
/// is linear (bounded repetitions, no nesting) and has a time limit.
/// </summary>
public static partial class DateMentionScanner
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    private const int TimeoutMilliseconds = 500;

    [GeneratedRegex(@"(?<!\d)(?<y>(19|20)\d\d)\s?(?<s>[-/.])\s?(?<m>[01]?\d)\s?\k<s>\s?(?<d>[0-3]?\d)(?!\d)", Options, TimeoutMilliseconds)]
    private static partial Regex YearMonthDayNumbers();

    [GeneratedRegex(@"(?<![\d.])(?<a>[0-3]?\d)\s?(?<s>[-/.])\s?(?<b>[0-3]?\d)\s?\k<s>\s?(?<y>(19|20)\d\d)(?!\d)", Options, TimeoutMilliseconds)]
    private static partial Regex DayMonthYearNumbers();

    [GeneratedRegex(@"(?<![\d.,/:-])(?<d>[0-3]?\d)(?<s>[./])(?<m>[01]?\d)\k<s>(?<y>[0-3]\d)(?!\d|[.,/:-]\d|\s?[年년])", Options, TimeoutMilliseconds)]
    private static partial Regex DayMonthShortYear();

    [GeneratedRegex(@"(?<!\d)(?<y>(19|20)\d\d)\s?[年년]\s?(?<m>[01]?\d)\s?[月월]\s?(?<d>[0-3]?\d)(?!\d)", Options, TimeoutMilliseconds)]
    private static partial Regex EastAsian();

    [GeneratedRegex(@"(?<![\d\p{Lu}\p{Ll}])(?<d>[0-3]?\d)(st|nd|rd|th|er|º|ª|\.)?[\s\u00A0]{0,3}((de|del|of)\s{1,2}|d['’]|-)?(?<mon>\p{L}{3,14})\.?(\s?/\s?\p{L}{3,14})?([\s\u00A0,]{0,3}(de|del|of)\s{1,2}|[\s\u00A0,\-]{1,4})(?<y>(19|20)\d\d)(?!\d)", Options, TimeoutMilliseconds)]
    private static partial Regex DayMonthYearWords();

    /// <summary>
    /// The most characters from the start of a <see cref="MonthDayYearWords"/> match to its year: month (14), full stop (1),
    /// spaces (3), day (2), ordinal suffix (2), separator (4).
    /// </summary>
    private const int MonthDayYearReach = 26;

    [GeneratedRegex(@"(?<!\p{L})(?<mon>\p{L}{3,14})\.?[\s\u00A0]{0,3}(?<d>[0-3]?\d)(st|nd|rd|th)?(?!\d)([\s\u00A0,]{1,4}|\.\s?)(?<y>(19|20)\d\d)(?!\d)", Options, TimeoutMilliseconds)]
    private static partial Regex MonthDayYearWords();

    [GeneratedRegex(@"(?<!\d)(?<y>(19|20)\d\d)(\.|,|\s?m\.)?[\s\u00A0]{0,3}(?<mon>\p{L}{3,14})\.?[\s\u00A0]{0,3}(?<d>[0-3]?\d)(?!\d)", Options, TimeoutMilliseconds)]
    private static partial Regex YearMonthDayWords();

    [GeneratedRegex(@"^\s*(?<y>(19|20)\d\d)-?(?<m>[01]\d)-?(?<d>[0-3]\d)(?!\d)([T\s]{1,3}(?<h>[0-2]?\d):?(?<mi>[0-5]\d)(:?[0-5]?\d([.,]\d{1,9})?)?\s?(?<z>Z|UTC|GMT|[+-]\d\d(:?\d\d)?)?)?", Options, TimeoutMilliseconds)]
    private static partial Regex IsoValue();

    [GeneratedRegex(@"^\s*(?<s>\d{10}|\d{13})\s*$", Options, TimeoutMilliseconds)]
    private static partial Regex EpochValue();

    /// <summary>Every full date in <paramref name="text"/>, in text order, none overlapping another.</summary>
    public static List<DateMention> Scan(string text, NumericDateOrder order = NumericDateOrder.DayFirst)
    {
        var found = new List<DateMention>();
        if (string.IsNullOrEmpty(text)) return found;
        var plain = DecimalDigits.ToAscii(text);
        try
        {
            Collect(found, YearMonthDayNumbers(), plain, m => Make(m, "y", "m", "d"));
            var beforeNumeric = found.Count;
            Collect(found, DayMonthYearNumbers(), plain, m => ReadAmbiguous(m, order));
            for (var i = beforeNumeric; i < found.Count; i++) found[i] = found[i] with { OtherReading = OtherReading(found[i].Date, plain.AsSpan(found[i].Index, found[i].Length)) };
            Collect(found, EastAsian(), plain, m => Make(m, "y", "m", "d"));
            Collect(found, DayMonthYearWords(), plain, m => MakeNamed(m));
            CollectBeforeYears(found, MonthDayYearWords(), MonthDayYearReach, plain, m => MakeNamed(m));
            Collect(found, YearMonthDayWords(), plain, m => MakeNamed(m));
            if (order == NumericDateOrder.DayFirst)
            {
                var full = found.Count;
                Collect(found, DayMonthShortYear(), plain, m => CalendarDate(2000 + Number(m, "y"), Number(m, "m"), Number(m, "d")));
                for (var i = full; i < found.Count; i++) found[i] = found[i] with { ShortYear = true };
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological text: keep what was found in time.
        }
        found.Sort((x, y) => x.Index != y.Index ? x.Index.CompareTo(y.Index) : y.Length.CompareTo(x.Length));
        var kept = new List<DateMention>(found.Count);
        foreach (var mention in found)
        {
            if (kept.Count > 0 && mention.Index < kept[^1].Index + kept[^1].Length) continue;
            kept.Add(mention);
        }
        return kept;
    }

    /// <summary>
    /// The date a metadata value (an attribute, a JSON-LD string) states: for ISO 8601 forms, extended
    /// ("2020-06-07T23:15:00Z") or basic ("20200607T231500Z"), the calendar date as written with its time and
    /// offset; Unix seconds or milliseconds as a UTC time; else the first date <see cref="Scan"/> finds.
    /// </summary>
    public static StatedDate? ParseValue(string? value, NumericDateOrder order = NumericDateOrder.DayFirst)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        value = DecimalDigits.ToAscii(value.Length > 200 ? value[..200] : value);
        try
        {
            var iso = IsoValue().Match(value);
            if (iso.Success) return ReadIso(iso);
            var epoch = EpochValue().Match(value);
            if (epoch.Success) return FromEpoch(long.Parse(epoch.Groups["s"].Value, CultureInfo.InvariantCulture));
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
        var mentions = Scan(value, order);
        return mentions.Count > 0 ? new StatedDate(mentions[0].Date, OtherReading: mentions[0].OtherReading) : null;
    }

    private static StatedDate? ReadIso(Match match)
    {
        if (Make(match, "y", "m", "d") is not { } date) return null;
        if (!match.Groups["h"].Success) return new StatedDate(date);
        var hour = Number(match, "h");
        if (hour > 23) return new StatedDate(date);
        var time = new TimeOnly(hour, Number(match, "mi"));
        var zone = match.Groups["z"];
        if (!zone.Success) return new StatedDate(date, time);
        var z = zone.Value;
        if (z is "Z" or "z" || z.StartsWith('U') || z.StartsWith('u') || z.StartsWith('G') || z.StartsWith('g')) return new StatedDate(date, time, TimeSpan.Zero);
        var digits = z[1..].Replace(":", string.Empty, StringComparison.Ordinal);
        var hours = int.Parse(digits.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        var minutes = digits.Length >= 4 ? int.Parse(digits.AsSpan(2, 2), NumberStyles.None, CultureInfo.InvariantCulture) : 0;
        var offset = new TimeSpan(hours, minutes, 0);
        return new StatedDate(date, time, z[0] == '-' ? -offset : offset);
    }

    private static StatedDate? FromEpoch(long number)
    {
        var seconds = number > 99_999_999_999 ? number / 1000 : number;
        // 1995 to 2040: anything else is an id that happens to be ten digits long.
        if (seconds is < 788_918_400 or > 2_208_988_800) return null;
        var utc = DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime;
        return new StatedDate(DateOnly.FromDateTime(utc), TimeOnly.FromDateTime(utc), TimeSpan.Zero);
    }

    private static void Collect(List<DateMention> found, Regex regex, string text, Func<Match, DateOnly?> read)
    {
        for (var match = regex.Match(text); match.Success; match = match.NextMatch())
        {
            if (read(match) is { } date) found.Add(new DateMention(date, match.Index, match.Length));
            if (found.Count > 5000) return;
        }
    }

    /// <summary>
    /// What <see cref="Collect"/> finds, for a pattern whose year ("19" or "20", two more digits, then no digit) starts at
    /// most <paramref name="reach"/> characters after the match does. A pattern that opens with a word is tried by a plain
    /// scan at every word of the text; here only at the starts up to <paramref name="reach"/> before each "19" or "20",
    /// on the text cut where no attempt from those starts can read (the year's end and the character after it). No other
    /// start can reach a year, so the matches are the same, in the same order.
    /// </summary>
    private static void CollectBeforeYears(List<DateMention> found, Regex regex, int reach, string text, Func<Match, DateOnly?> read)
    {
        // Every start before this one is ruled out or already matched.
        var from = 0;
        while (true)
        {
            var year = NextCentury(text, from + 1);
            if (year < 0) return;
            var cut = Math.Min(text.Length, year + reach + 5);
            var next = -1;
            foreach (var candidate in regex.EnumerateMatches(text.AsSpan(0, cut), Math.Max(from, year - reach)))
            {
                if (candidate.Index < year) next = candidate.Index;
                break;
            }
            if (next < 0)
            {
                from = year;
                continue;
            }
            var match = regex.Match(text, next);
            if (read(match) is { } date) found.Add(new DateMention(date, match.Index, match.Length));
            if (found.Count > 5000) return;
            from = match.Index + match.Length;
        }
    }

    /// <summary>Where the next "19" or "20" in <paramref name="text"/> starts, at or after <paramref name="from"/>; -1 when none does.</summary>
    private static int NextCentury(string text, int from)
    {
        while (from < text.Length - 1)
        {
            var at = text.AsSpan(from, text.Length - 1 - from).IndexOfAny('1', '2');
            if (at < 0) return -1;
            at += from;
            if (text[at + 1] == (text[at] == '1' ? '9' : '0')) return at;
            from = at + 1;
        }
        return -1;
    }

    private static DateOnly? ReadAmbiguous(Match match, NumericDateOrder order)
    {
        var a = Number(match, "a");
        var b = Number(match, "b");
        var year = Number(match, "y");
        var dayFirst = a > 12 || (b <= 12 && order == NumericDateOrder.DayFirst);
        return dayFirst ? CalendarDate(year, b, a) : CalendarDate(year, a, b);
    }

    /// <summary>
    /// What an all-number date <paramref name="written"/> with its year last, read as <paramref name="date"/>, means with
    /// its day and month swapped, when both are 12 or less and differ; else null. "09/03/2026" reads both ways,
    /// "09.03.2026" only day first: no one writes the month first with dots.
    /// </summary>
    internal static DateOnly? OtherReading(DateOnly date, ReadOnlySpan<char> written) =>
        written.IndexOf('.') < 0 && date.Day <= 12 && date.Day != date.Month ? new DateOnly(date.Year, date.Day, date.Month) : null;

    private static DateOnly? MakeNamed(Match match)
    {
        var month = MonthWords.Number(match.Groups["mon"].ValueSpan);
        return month is null ? null : CalendarDate(Number(match, "y"), month.Value, Number(match, "d"));
    }

    private static DateOnly? Make(Match match, string year, string month, string day) =>
        CalendarDate(Number(match, year), Number(match, month), Number(match, day));

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>The date of a year, month and day when they make one (no 31 June), else null.</summary>
    internal static DateOnly? CalendarDate(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
}
