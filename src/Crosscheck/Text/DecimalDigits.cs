namespace Crosscheck.Text;

/// <summary>
/// Decimal digits of every script. Patterns match digits with <c>\d</c>, which takes any script's (Arabic-Indic "٣",
/// Devanagari "३", full-width "３"…), while <see cref="int.Parse(string)"/> reads ASCII digits only: a text is given
/// ASCII digits before such a pattern reads numbers out of it.
/// </summary>
public static class DecimalDigits
{
    /// <summary>Where the first decimal digit of a script other than ASCII is in <paramref name="text"/>, or -1.</summary>
    public static int IndexOfNonAscii(ReadOnlySpan<char> text)
    {
        // Every decimal digit outside ASCII that a UTF-16 unit can hold lies in this range (Arabic-Indic to full-width).
        var from = 0;
        while (true)
        {
            var index = text[from..].IndexOfAnyInRange('\u0660', '\uFF19');
            if (index < 0) return -1;
            if (char.IsDigit(text[from + index])) return from + index;
            from += index + 1;
        }
    }

    /// <summary>
    /// The text with every decimal digit of another script replaced by its ASCII digit: same length, same offsets, so
    /// spans found in the result point into the original. The text itself when it has none.
    /// </summary>
    public static string ToAscii(string text)
    {
        var index = IndexOfNonAscii(text);
        if (index < 0) return text;
        var chars = text.ToCharArray();
        for (var i = index; i < chars.Length; i++)
        {
            var ch = chars[i];
            if (ch >= '\u0660' && char.IsDigit(ch)) chars[i] = (char)('0' + (int)char.GetNumericValue(ch));
        }
        return new string(chars);
    }
}
