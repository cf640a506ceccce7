using System.Globalization;
using System.Text;

namespace Crosscheck.Text;

/// <summary>Accent, case, quote and whitespace folding, so that "Jean-Noël" and "jean-noel" compare equal.</summary>
public static class TextFolding
{
    /// <summary>Lower-cases, strips diacritics, maps typographic quotes and dashes to ASCII, collapses whitespace.</summary>
    public static string Fold(string text)
    {
        if (text.Length == 0) return text;
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var ch in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(ch))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }
            sb.Append(MapPunctuation(char.ToLowerInvariant(ch)));
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Removes diacritics but keeps case: "Jean-Noël" becomes "Jean-Noel".</summary>
    public static string StripDiacritics(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark) sb.Append(ch);
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
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
}
