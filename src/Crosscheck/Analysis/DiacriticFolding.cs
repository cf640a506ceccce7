using System.Collections.Frozen;
using System.Text;
using Crosscheck.Text;

namespace Crosscheck.Analysis;

/// <summary>
/// Accent and case folding by table ("Jean-Noël" → "jean-noel", "Łódź" → "lodz"). Unlike Unicode decomposition
/// it works under <c>InvariantGlobalization</c>, where <see cref="string.Normalize()"/> leaves text unchanged.
/// Covers Latin-1, Latin Extended-A and the common Latin Extended-B letters of European names.
/// </summary>
public static class DiacriticFolding
{
    private static readonly FrozenDictionary<char, string> Table = BuildTable();

    /// <summary>Lower-cases, removes diacritics, maps typographic quotes and dashes to ASCII and collapses white space.</summary>
    public static string Fold(string text)
    {
        if (text.Length == 0) return text;
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
            var ch = char.ToLowerInvariant(TextFolding.MapPunctuation(raw));
            if (ch < 128) sb.Append(ch);
            else if (Table.TryGetValue(ch, out var plain)) sb.Append(plain);
            else if (ch is >= '\u0300' and <= '\u036F') continue; // combining marks of decomposed input
            else sb.Append(ch);
        }
        return sb.ToString();
    }

    /// <summary>Removes diacritics but keeps case: "Défense" → "Defense".</summary>
    public static string StripDiacritics(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (ch < 128) sb.Append(ch);
            else if (ch is >= '\u0300' and <= '\u036F') continue;
            else if (Table.TryGetValue(char.ToLowerInvariant(ch), out var plain)) sb.Append(char.IsUpper(ch) && plain.Length > 0 ? char.ToUpperInvariant(plain[0]) + plain[1..] : plain);
            else sb.Append(ch);
        }
        return sb.ToString();
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
