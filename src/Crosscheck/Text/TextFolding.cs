using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Crosscheck.Text;

/// <summary>
/// Accent, case, quote and whitespace folding, so that "Jean-Noël" and "jean-noel" compare equal. Letters of
/// European names fold by table ("Łódź" → "lodz", "Straße" → "strasse", which Unicode decomposition leaves
/// alone); other accented letters fold by canonical decomposition.
/// </summary>
public static class TextFolding
{
    private static readonly FrozenDictionary<char, string> Table = BuildTable();
    private static readonly ConcurrentDictionary<char, string> Decomposed = new();

    /// <summary>Lower-cases, strips diacritics, maps typographic quotes and dashes to ASCII, collapses whitespace.</summary>
    public static string Fold(string text)
    {
        if (text.Length == 0) return text;
        if (IsPrintableAscii(text)) return text.ToLowerInvariant();
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            if (char.IsWhiteSpace(raw) || raw == '\u00A0')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }
            AppendPlain(sb, char.ToLowerInvariant(MapPunctuation(raw)));
        }
        return sb.ToString();
    }

    /// <summary>
    /// Printable ASCII without a backtick (which folds to an apostrophe), with single spaces between words only: what
    /// folding does to such a text is lower-case it. Most names and words are such.
    /// </summary>
    private static bool IsPrintableAscii(string text)
    {
        if (text[0] == ' ' || text[^1] == ' ') return false;
        var previous = '\0';
        foreach (var ch in text)
        {
            if (ch is < ' ' or > '~' or '`' || (ch == ' ' && previous == ' ')) return false;
            previous = ch;
        }
        return true;
    }

    /// <summary>Removes diacritics but keeps case: "Jean-Noël" becomes "Jean-Noel".</summary>
    public static string StripDiacritics(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            var start = sb.Length;
            AppendPlain(sb, char.ToLowerInvariant(ch));
            if (char.IsUpper(ch) && sb.Length > start) sb[start] = char.ToUpperInvariant(sb[start]);
        }
        return sb.ToString();
    }

    /// <summary>Maps curly quotes, primes, guillemets and dashes to their plain ASCII forms.</summary>
    public static char MapPunctuation(char ch) => ch switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '`' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        '\u00A0' => ' ',
        _ => ch,
    };

    /// <summary>Appends a lower-case character without its diacritics.</summary>
    private static void AppendPlain(StringBuilder sb, char ch)
    {
        if (ch < 128)
        {
            sb.Append(ch);
            return;
        }
        if (PlainForm(ch) is { } plain) sb.Append(plain);
        else sb.Append(ch);
    }

    /// <summary>
    /// What a lower-case character at or above U+0080 becomes without its diacritics: null when it stays as it is,
    /// empty for a combining mark. Letters outside the table are decomposed once and remembered.
    /// </summary>
    internal static string? PlainForm(char ch)
    {
        if (Table.TryGetValue(ch, out var plain)) return plain;
        var category = CharUnicodeInfo.GetUnicodeCategory(ch);
        if (category == UnicodeCategory.NonSpacingMark) return "";
        if (category is not (UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter) || char.IsSurrogate(ch)) return null;
        return Decomposed.GetOrAdd(ch, static letter =>
        {
            var sb = new StringBuilder(2);
            foreach (var part in letter.ToString().Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark) sb.Append(part);
            }
            return sb.ToString();
        });
    }

    private static FrozenDictionary<char, string> BuildTable()
    {
        var table = new Dictionary<char, string>();
        void Map(string letters, string plain)
        {
            foreach (var ch in letters) table[ch] = plain;
        }
        Map("àáâãäåāăą", "a");
        Map("æ", "ae");
        Map("çćĉċč", "c");
        Map("ďđð", "d");
        Map("èéêëēĕėęě", "e");
        Map("ĝğġģ", "g");
        Map("ĥħ", "h");
        Map("ìíîïĩīĭįı", "i");
        Map("ĳ", "ij");
        Map("ĵ", "j");
        Map("ķ", "k");
        Map("ĺļľŀł", "l");
        Map("ñńņňŉ", "n");
        Map("òóôõöøōŏő", "o");
        Map("œ", "oe");
        Map("ŕŗř", "r");
        Map("śŝşšș", "s");
        Map("ß", "ss");
        Map("ţťŧț", "t");
        Map("þ", "th");
        Map("ùúûüũūŭůűų", "u");
        Map("ŵ", "w");
        Map("ýÿŷ", "y");
        Map("źżž", "z");
        return table.ToFrozenDictionary();
    }
}
