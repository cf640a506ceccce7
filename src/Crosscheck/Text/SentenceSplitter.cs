using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Crosscheck.Text;

/// <summary>
/// Rule-based sentence boundaries: a sentence ends at '.', '!' or '?' (with any closing quotes or brackets)
/// followed by white space and a capital, digit or opening quote, unless the period ends a known abbreviation
/// ("Mr.", "Nov. 25", "U.S.") or an initial ("J. Smith"). Line breaks always end a sentence.
/// </summary>
public static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj",
        "gov", "sen", "rep", "pres", "rev", "hon", "amb", "sec", "insp", "supt", "det", "fr",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "no", "nos", "vs", "etc", "approx", "est", "inc", "ltd", "corp", "co", "bros", "dept", "univ", "assn",
        "fig", "vol", "p", "pp", "ch", "art", "para", "al", "cf", "mt", "ft", "ave", "blvd", "rd",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Abbreviations that commonly precede a number or name rather than end a sentence.</summary>
    private static readonly FrozenSet<string> NeverFinal = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "pres", "rev", "hon", "no", "nos", "vs", "fig", "mt",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static ImmutableArray<TextSpan> Split(string text) => Split(text, new TextSpan(0, text.Length));

    public static ImmutableArray<TextSpan> Split(string text, TextSpan range)
    {
        var result = ImmutableArray.CreateBuilder<TextSpan>();
        var start = range.Start;
        var end = range.End;
        var i = start;
        while (i < end)
        {
            var ch = text[i];
            if (ch == '\n')
            {
                Add(text, start, i, result);
                start = i + 1;
                i++;
                continue;
            }
            if (ch is '.' or '!' or '?' or '\u2026')
            {
                var j = i + 1;
                while (j < end && text[j] is '.' or '!' or '?') j++;
                while (j < end && IsCloser(text[j])) j++;
                if (j >= end || (char.IsWhiteSpace(text[j]) && StartsSentence(text, j, end) && !IsNonFinalPeriod(text, start, i, j, end)))
                {
                    Add(text, start, j, result);
                    start = j;
                }
                i = j;
                continue;
            }
            i++;
        }
        Add(text, start, end, result);
        return result.ToImmutable();
    }

    /// <summary>The sentences of a text as strings.</summary>
    public static IEnumerable<string> SplitToStrings(string text)
    {
        foreach (var span in Split(text)) yield return span.Slice(text);
    }

    private static bool IsCloser(char ch) => ch is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '\u00BB';

    private static bool StartsSentence(string text, int whitespace, int end)
    {
        var k = whitespace;
        while (k < end && char.IsWhiteSpace(text[k])) k++;
        if (k >= end) return true;
        var ch = text[k];
        return char.IsUpper(ch) || char.IsDigit(ch) || ch is '"' or '\u201C' or '\u00AB' or '\'' or '\u2018' or '(' or '[' or '-' or '\u2014';
    }

    private static bool IsNonFinalPeriod(string text, int sentenceStart, int period, int after, int end)
    {
        if (text[period] != '.' || after != period + 1) return false;
        var w = period;
        while (w > sentenceStart && (char.IsLetter(text[w - 1]) || text[w - 1] == '.')) w--;
        var word = text[w..period];
        if (word.Length == 0) return false;
        // An initial: "J. Smith", or an initialism: "U.S. officials" (only when the next word is not a sentence start we can tell).
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        if (word.Contains('.')) return NextWordIsLowerOrNumber(text, after, end);
        if (!Abbreviations.Contains(word)) return false;
        return NeverFinal.Contains(word) || NextWordIsLowerOrNumber(text, after, end);
    }

    private static bool NextWordIsLowerOrNumber(string text, int after, int end)
    {
        var k = after;
        while (k < end && char.IsWhiteSpace(text[k])) k++;
        return k < end && (char.IsDigit(text[k]) || char.IsLower(text[k]));
    }

    private static void Add(string text, int start, int end, ImmutableArray<TextSpan>.Builder result)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) result.Add(TextSpan.FromBounds(start, end));
    }
}
