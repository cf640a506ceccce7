using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Crosscheck.Text;

namespace Crosscheck.Analysis.Time;

/// <summary>How precisely a resolved date is known.</summary>
public enum DatePrecision
{
    Day,
    Week,
    Month,
    Year,
}

/// <summary>A date expression found in a text and resolved to a calendar date; <see cref="Span"/> points into that text.</summary>
/// <param name="Date">The resolved date; for month and year precision, the first day of the period.</param>
public sealed record DateMention(TextSpan Span, DateOnly Date, DatePrecision Precision)
{
    /// <summary>The timeline key: "YYYY-MM-DD" for a day, "YYYY-MM" for a week or month, "YYYY" for a year.</summary>
    public string Key => Precision switch
    {
        DatePrecision.Day => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Week or DatePrecision.Month => Date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Date.ToString("yyyy", CultureInfo.InvariantCulture),
    };
}

/// <summary>
/// Finds date expressions in English news text and resolves them against a reference date (the article's
/// publication date): absolute dates ("November 25, 2024", "25/11/2024", "2024-11-25"), dates without a year
/// ("Nov. 23", "on 17 November": the year that puts them in the recent past, or in the next two months),
/// months ("in February", "January 2025", "February and March of this year"), years ("in 2021"), weekdays
/// ("on Monday": the latest such day on or before the reference) and relative expressions ("last week",
/// "earlier this year", "two days ago").
/// </summary>
public sealed partial class DateResolver
{
    /// <summary>How far ahead of the reference date a year-less date may fall before the previous year is taken.</summary>
    public int FutureHorizonDays { get; init; } = 62;

    /// <summary>Whether an ambiguous numeric date such as 03/04/2024 reads day first (3 April), as outside North America.</summary>
    public bool DayFirst { get; init; } = true;

    private const string FullMonth = "January|February|March|April|May|June|July|August|September|October|November|December";
    private const string AnyMonth = FullMonth + @"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?";
    private const string Weekday = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private const string Number = "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]{1,2}";

    /// <summary>
    /// What every date expression contains: a digit, a month's name or abbreviation, or a word with "day", "week",
    /// "month", "year", "tonight" or "tomorrow" in it. Most sentences have none, and skip the expression. (The digits
    /// are looked for apart: the words alone make a set that is searched many characters at a time.)
    /// </summary>
    private static readonly SearchValues<string> WordCues = SearchValues.Create(
        ["day", "week", "month", "year", "tonight", "tomorrow", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>The position of the first cue in <paramref name="text"/>, or -1.</summary>
    private static int FirstCue(ReadOnlySpan<char> text)
    {
        var digit = text.IndexOfAnyInRange('0', '9');
        var word = (digit < 0 ? text : text[..digit]).IndexOfAny(WordCues);
        return word >= 0 ? word : digit;
    }

    /// <summary>
    /// Where a match whose first cue is at <paramref name="cue"/> can start at the earliest: before that cue it has at
    /// most the rest of the cue's word and two words with white space or hyphens between ("earlier this week",
    /// "mid-February", "on Monday", "in 2021").
    /// </summary>
    private static int EarliestStart(string sentence, int cue)
    {
        var i = cue;
        while (i > 0 && char.IsLetter(sentence[i - 1])) i--;
        for (var word = 0; word < 2; word++)
        {
            while (i > 0 && (char.IsWhiteSpace(sentence[i - 1]) || sentence[i - 1] == '-')) i--;
            while (i > 0 && (char.IsLetter(sentence[i - 1]) || sentence[i - 1] == '-')) i--;
        }
        return i;
    }

    /// <summary>
    /// Characters the expression matches that the cues do not find: digits of other scripts (its \d; the sentence is
    /// given ASCII digits in their place before it is matched) and the Kelvin sign (its case-insensitive "k"). A
    /// sentence with a Kelvin sign is tried at every position.
    /// </summary>
    private static bool HasUncuedCharacter(ReadOnlySpan<char> text)
    {
        if (!text.ContainsAnyExceptInRange('\0', '\u007F')) return false;
        foreach (var ch in text)
        {
            if (ch > 127 && (ch == '\u212A' || char.IsDigit(ch))) return true;
        }
        return false;
    }

    /// <summary>A date expression that starts where the match is asked for (\G): the caller picks the positions.</summary>
    [GeneratedRegex(
        @"\G(?:(?<![\w/.-])(?<iy>(?:19|20)\d{2})-(?<im>\d{1,2})-(?<id>\d{1,2})(?![\w/-])" +
        @"|(?<![\w/.-])(?<na>\d{1,2})[/.](?<nb>\d{1,2})[/.](?<ny>(?:19|20)\d{2})(?![\w/])" +
        @"|\b(?<m1>" + AnyMonth + @")(?:(?<=\.)|\b)\s*(?<d1>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:%|,\d))(?:,?\s+(?<y1>(?:19|20)\d{2})\b)?" +
        @"|\b(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m2>" + AnyMonth + @")(?:(?<=\.)|\b)(?:,?\s+(?<y2>(?:19|20)\d{2})\b)?" +
        @"|\b(?<m3>" + FullMonth + @")\s+(?:of\s+)?(?<y3>(?:19|20)\d{2})\b" +
        @"|\b(?i:in|since|by|until|till|from|during|early|late|mid|mid-|before|after|through|throughout|last|next|this|between|on)[\s-]+(?<mlist>(?:" + FullMonth + @")(?:\s*(?:,|and|or|to|-)\s*(?:" + FullMonth + @"))*)\b(?!\s*\d{1,2}(?:st|nd|rd|th)?\b)(?:\s+(?:of\s+)?(?:(?<mrel>(?i:this|last|next))\s+year|(?<my>(?:19|20)\d{2})\b))?" +
        @"|\b(?i:in|since|by|until|till|from|during|early|late|mid|mid-|before|after|through|throughout|of|the|a|an)[\s-]+(?<y5>(?:19|20)\d{2})\b(?!\s*(?:%|percent|[,.]\d))" +
        @"|\b(?i:in|since|until|till|from)\s+(?<y5>1[5-8]\d{2})(?=\s*(?:[;:)]|[,.](?!\d)|$)|\s+(?i:by|when|and|as|after|before|until|to|the|a|an|in|on|at|with|under|from|for|during|but|or|that|which|while|it|he|she|they|we)\b)" +
        @"|\b(?<wrel>(?i:last|next|this|on|since|by|until|from))?\s*(?<wd>" + Weekday + @")\b" +
        @"|\b(?<rw>(?i:yesterday|today|tomorrow|tonight))\b" +
        @"|\b(?<lr>(?i:last|this|next|earlier\s+this|later\s+this|past|previous))\s+(?<unit>(?i:week|month|year))\b" +
        @"|\b(?<n>(?i:" + Number + @"))\s+(?<unit2>(?i:days?|weeks?|months?|years?))\s+(?i:ago|earlier)\b)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DateExpressionAt();

    /// <summary>The date expressions of a whole text.</summary>
    public IReadOnlyList<DateMention> Resolve(string text, DateOnly? reference) => Resolve(text, new TextSpan(0, text.Length), reference);

    /// <summary>The date expressions inside <paramref name="range"/> of <paramref name="text"/>, in text order.</summary>
    /// <remarks>
    /// The expression has no literal prefix, so a scan of the sentence tried it at nearly every position. It is tried
    /// instead from the <see cref="EarliestStart"/> of the next cue up to that cue, which finds the same matches: every
    /// match holds a cue, and none can start elsewhere. It sees the sentence alone, as before, so its look-behinds and
    /// look-aheads stop at the sentence's ends.
    /// </remarks>
    public IReadOnlyList<DateMention> Resolve(string text, TextSpan range, DateOnly? reference) =>
        Resolve(text, range, reference, tryEveryPosition: false);

    /// <summary>The same, trying the expression at every position: what trying it near the cues must equal (the tests compare them).</summary>
    internal IReadOnlyList<DateMention> ResolveTryingEveryPosition(string text, TextSpan range, DateOnly? reference) =>
        Resolve(text, range, reference, tryEveryPosition: true);

    private List<DateMention> Resolve(string text, TextSpan range, DateOnly? reference, bool tryEveryPosition)
    {
        var result = new List<DateMention>();
        // The expression's \d takes any script's digits, which the numbers are read as: the sentence is matched with ASCII
        // digits in their place (same offsets), which are cues like any digit.
        if (FirstCue(text.AsSpan(range.Start, range.Length)) < 0 && DecimalDigits.IndexOfNonAscii(text.AsSpan(range.Start, range.Length)) < 0) return result;
        var sentence = DecimalDigits.ToAscii(text.Substring(range.Start, range.Length));
        var everyPosition = tryEveryPosition || HasUncuedCharacter(sentence);
        var from = 0;
        while (from < sentence.Length)
        {
            var last = sentence.Length - 1;
            var first = from;
            if (!everyPosition)
            {
                var cue = FirstCue(sentence.AsSpan(from));
                if (cue < 0) break;
                last = from + cue;
                first = Math.Max(from, EarliestStart(sentence, last));
            }
            var match = FirstMatch(sentence, first, last, skipBarren: !everyPosition);
            if (match is null)
            {
                // The rest of a number that is no date is inside a word: no match starts there.
                from = last + 1;
                while (from < sentence.Length && char.IsAsciiDigit(sentence[from - 1]) && char.IsAsciiDigit(sentence[from])) from++;
                continue;
            }
            Interpret(match, sentence, range.Start, reference, result);
            from = match.Index + match.Length;
        }
        return result;
    }

    /// <summary>
    /// The match starting first in [<paramref name="first"/>, <paramref name="last"/>], or null. Two kinds of position
    /// can be skipped (<paramref name="skipBarren"/>): between two letters or digits no match starts (the expression
    /// starts at a word boundary or after a character its look-behind rejects); on white space only a weekday's match
    /// starts ("\s*" before the name), and the same match, with the same groups, starts on the name after it.
    /// </summary>
    private static Match? FirstMatch(string sentence, int first, int last, bool skipBarren)
    {
        for (var at = first; at <= last; at++)
        {
            if (skipBarren && (char.IsWhiteSpace(sentence[at]) || (at > 0 && char.IsLetterOrDigit(sentence[at - 1]) && char.IsLetterOrDigit(sentence[at])))) continue;
            var match = DateExpressionAt().Match(sentence, at);
            if (match.Success) return match;
        }
        return null;
    }

    /// <summary>Adds the dates of a match in the sentence that starts at <paramref name="sentenceStart"/> of the text.</summary>
    private void Interpret(Match m, string sentence, int sentenceStart, DateOnly? reference, List<DateMention> result)
    {
        TextSpan Span(int start, int end) => TextSpan.FromBounds(sentenceStart + start, sentenceStart + end);

        if (m.Groups["iy"].Success)
        {
            AddDay(result, Span(m.Groups["iy"].Index, m.Index + m.Length), Int(m, "iy"), Int(m, "im"), Int(m, "id"));
        }
        else if (m.Groups["na"].Success)
        {
            int a = Int(m, "na"), b = Int(m, "nb");
            var dayFirst = a > 12 || (b <= 12 && DayFirst);
            AddDay(result, Span(m.Index, m.Index + m.Length), Int(m, "ny"), dayFirst ? b : a, dayFirst ? a : b);
        }
        else if (m.Groups["m1"].Success || m.Groups["d2"].Success)
        {
            var month = MonthNumber(m.Groups[m.Groups["m1"].Success ? "m1" : "m2"].Value);
            var day = Int(m, m.Groups["d1"].Success ? "d1" : "d2");
            var year = m.Groups["y1"].Success ? Int(m, "y1") : m.Groups["y2"].Success ? Int(m, "y2") : 0;
            var span = Span(m.Index, m.Index + m.Length);
            if (year > 0)
            {
                AddDay(result, span, year, month, day);
            }
            else if (reference is { } r && day is >= 1 and <= 31)
            {
                var date = NearestDay(r, month, day);
                if (date is { } d) result.Add(new DateMention(span, d, DatePrecision.Day));
            }
        }
        else if (m.Groups["m3"].Success)
        {
            Add(result, Span(m.Index, m.Index + m.Length), Int(m, "y3"), MonthNumber(m.Groups["m3"].Value), 1, DatePrecision.Month);
        }
        else if (m.Groups["mlist"].Success)
        {
            var list = m.Groups["mlist"];
            int? year = m.Groups["my"].Success ? Int(m, "my")
                : m.Groups["mrel"].Success && reference is { } rr ? rr.Year + RelativeOffset(m.Groups["mrel"].Value)
                : null;
            foreach (Match name in MonthName().Matches(list.Value))
            {
                var month = MonthNumber(name.Value);
                var span = new TextSpan(sentenceStart + list.Index + name.Index, name.Length);
                if (year is { } y) Add(result, span, y, month, 1, DatePrecision.Month);
                else if (reference is { } r) AddRelative(result, span, NearestMonth(r, month), DatePrecision.Month);
            }
        }
        else if (m.Groups["y5"].Success)
        {
            var g = m.Groups["y5"];
            Add(result, Span(g.Index, g.Index + g.Length), Int(m, "y5"), 1, 1, DatePrecision.Year);
        }
        else if (reference is not { } r)
        {
            // Everything below is relative to the publication date.
        }
        else if (m.Groups["wd"].Success)
        {
            var wd = m.Groups["wd"];
            var target = (int)Enum.Parse<DayOfWeek>(wd.Value, ignoreCase: true);
            var back = ((int)r.DayOfWeek - target + 7) % 7;
            var rel = m.Groups["wrel"].Value.ToLowerInvariant();
            var start = m.Groups["wrel"].Success ? m.Groups["wrel"].Index : wd.Index;
            var date = rel switch
            {
                "next" => Shift(r, back == 0 ? 7 : 7 - back),
                "last" => Shift(r, -(back == 0 ? 7 : back)),
                // "must leave by Friday", "talks will resume on Thursday": a weekday still ahead is the coming one.
                _ when back != 0 && IsAhead(sentence.AsSpan(0, start)) => Shift(r, 7 - back),
                _ => Shift(r, -back),
            };
            AddRelative(result, Span(start, wd.Index + wd.Length), date, DatePrecision.Day);
        }
        else if (m.Groups["rw"].Success)
        {
            var offset = m.Groups["rw"].Value.ToLowerInvariant() switch { "yesterday" => -1, "tomorrow" => 1, _ => 0 };
            AddRelative(result, Span(m.Index, m.Index + m.Length), Shift(r, offset), DatePrecision.Day);
        }
        else if (m.Groups["lr"].Success)
        {
            var offset = RelativeOffset(m.Groups["lr"].Value);
            var span = Span(m.Index, m.Index + m.Length);
            switch (m.Groups["unit"].Value.ToLowerInvariant())
            {
                case "week":
                    AddRelative(result, span, Shift(r, 7 * offset), DatePrecision.Week);
                    break;
                case "month":
                    AddRelative(result, span, FirstOfMonth(r, offset), DatePrecision.Month);
                    break;
                default:
                    AddRelative(result, span, FirstOfYear(r.Year + offset), DatePrecision.Year);
                    break;
            }
        }
        else if (m.Groups["unit2"].Success)
        {
            var n = CountWord(m.Groups["n"].Value);
            var span = Span(m.Index, m.Index + m.Length);
            var unit = m.Groups["unit2"].Value.ToLowerInvariant().TrimEnd('s');
            switch (unit)
            {
                case "day":
                    AddRelative(result, span, Shift(r, -n), DatePrecision.Day);
                    break;
                case "week":
                    AddRelative(result, span, Shift(r, -7 * n), DatePrecision.Week);
                    break;
                case "month":
                    AddRelative(result, span, FirstOfMonth(r, -n), DatePrecision.Month);
                    break;
                default:
                    AddRelative(result, span, FirstOfYear(r.Year - n), DatePrecision.Year);
                    break;
            }
        }
    }

    [GeneratedRegex(FullMonth, RegexOptions.CultureInvariant)]
    private static partial Regex MonthName();

    private DateOnly? NearestDay(DateOnly reference, int month, int day)
    {
        // The latest occurrence on or before the reference, unless the next one is close ahead.
        for (var year = Math.Min(reference.Year + 1, DateOnly.MaxValue.Year); year >= Math.Max(reference.Year - 1, DateOnly.MinValue.Year); year--)
        {
            if (day > DateTime.DaysInMonth(year, month)) continue;
            var date = new DateOnly(year, month, day);
            if (date <= reference) return date;
            if (date.DayNumber - reference.DayNumber <= FutureHorizonDays) return date;
        }
        return null;
    }

    private DateOnly? NearestMonth(DateOnly reference, int month)
    {
        // The coming occurrence when it starts within the horizon ("in January", said in late November), else the latest past one.
        var thisYear = new DateOnly(reference.Year, month, 1);
        var coming = thisYear > reference ? thisYear : FirstOfMonth(thisYear, 12);
        if (coming is { } c && c.DayNumber - reference.DayNumber <= FutureHorizonDays) return c;
        return thisYear <= reference ? thisYear : FirstOfMonth(thisYear, -12);
    }

    // A reference date is whatever the article says (a library caller may pass DateOnly.MinValue or MaxValue): what is
    // counted from it may fall off either end of the calendar (years 1 to 9999), and then there is no date to give.

    /// <summary>The date <paramref name="days"/> days after <paramref name="date"/>, or null outside the calendar.</summary>
    private static DateOnly? Shift(DateOnly date, int days)
    {
        var dayNumber = (long)date.DayNumber + days;
        return dayNumber >= DateOnly.MinValue.DayNumber && dayNumber <= DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber((int)dayNumber) : null;
    }

    /// <summary>The first day of the month <paramref name="months"/> months after <paramref name="date"/>'s, or null outside the calendar.</summary>
    private static DateOnly? FirstOfMonth(DateOnly date, int months)
    {
        var index = date.Year * 12L + date.Month - 1 + months;
        return index >= DateOnly.MinValue.Year * 12L && index < (DateOnly.MaxValue.Year + 1) * 12L ? new DateOnly((int)(index / 12), (int)(index % 12) + 1, 1) : null;
    }

    /// <summary>The first day of <paramref name="year"/>, or null outside the calendar.</summary>
    private static DateOnly? FirstOfYear(int year) => year >= DateOnly.MinValue.Year && year <= DateOnly.MaxValue.Year ? new DateOnly(year, 1, 1) : null;

    private static void AddRelative(List<DateMention> result, TextSpan span, DateOnly? date, DatePrecision precision)
    {
        if (date is { } d) result.Add(new DateMention(span, d, precision));
    }

    /// <summary>
    /// What puts a weekday ahead of the publication date, in the words of its sentence before it: "by" or "until" right
    /// before it, or a future in the clause that leads to it ("will resume on", "is due to ratify … on", "must leave
    /// by") with no past form after the future ("will compensate passengers stranded on Monday", "who will retire said
    /// on Monday"). The modals are lower case ("Will Pym said"); "due to" before an article is a cause ("due to a signal
    /// failure on Monday").
    /// </summary>
    [GeneratedRegex(@"\b(?:by|until|till)\s+(?:this\s+)?$|\b(?<cue>will|shall|must|due\s+to(?!\s+(?:a|an|the|his|her|its|their|this|that)\b)|expected\s+to|set\s+to|scheduled\s+to|is\s+to|are\s+to)\b(?<rest>[^.;:!?,]{0,60})$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft | RegexOptions.ExplicitCapture)]
    private static partial Regex AheadCue();

    private static bool IsAhead(ReadOnlySpan<char> before)
    {
        foreach (var match in AheadCue().EnumerateMatches(before))
        {
            var found = before.Slice(match.Index, match.Length);
            // A future's words up to the weekday hold no past form: the weekday belongs to the future's verb.
            // A participle after "be", "stay" or "remain" is no past ("will be held on Friday", "will stay closed on Friday").
            var words = found.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var k = 1; k < words.Length; k++)
            {
                var w = words[k];
                if (words[k - 1] is "be" or "been" or "stay" or "stays" or "remain" or "remains" or "get" or "gets" or "keep" or "keeps") continue;
                if (w is "said" or "told" or "held" or "made" or "was" or "were" || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))) return false;
            }
            return true;
        }
        return false;
    }

    private static int RelativeOffset(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.StartsWith("last", StringComparison.Ordinal) || w.StartsWith("past", StringComparison.Ordinal) || w.StartsWith("previous", StringComparison.Ordinal)) return -1;
        return w.StartsWith("next", StringComparison.Ordinal) ? 1 : 0;
    }

    private static int CountWord(string word) => word.ToLowerInvariant() switch
    {
        "a" or "an" or "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        var n => int.Parse(n, CultureInfo.InvariantCulture),
    };

    private static int MonthNumber(string name) =>
        MonthNames.Number(name) ?? throw new InvalidOperationException($"The month pattern matched \"{name}\", which is not a month name.");

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private static void AddDay(List<DateMention> result, TextSpan span, int year, int month, int day) =>
        Add(result, span, year, month, day, DatePrecision.Day);

    private static void Add(List<DateMention> result, TextSpan span, int year, int month, int day, DatePrecision precision)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return;
        result.Add(new DateMention(span, new DateOnly(year, month, day), precision));
    }
}
