using System.Collections.Immutable;

namespace Crosscheck.Text;

/// <summary>
/// Splits text into words, numbers and punctuation with spans. Words keep inner apostrophes, hyphens and
/// periods of abbreviations ("Jean-Noël", "O'Brien", "U.S."); numbers keep separators ("800,000", "55%" gives
/// "55" and "%", "2024-11-25" stays one number token). An amount written with its currency code and magnitude glued
/// on ("Sh2bn", "R5m", "Mk6.5m") is three tokens: the code, the number and the magnitude.
/// </summary>
public static class Tokenizer
{
    public static ImmutableArray<Token> Tokenize(string text) => Tokenize(text, new TextSpan(0, text.Length));

    public static ImmutableArray<Token> Tokenize(string text, TextSpan range)
    {
        // News text has about one token in five characters: a quarter of its length is room for most texts without growing.
        var tokens = ImmutableArray.CreateBuilder<Token>(range.Length / 4 + 4);
        var i = range.Start;
        var end = range.End;
        while (i < end)
        {
            var ch = text[i];
            if (char.IsWhiteSpace(ch))
            {
                i++;
                continue;
            }
            var start = i;
            if (char.IsLetter(ch))
            {
                if (GluedAmount(text, i, end) is { } amount)
                {
                    tokens.Add(new Token(Slice(text, start, amount.Number), TokenKind.Word, TextSpan.FromBounds(start, amount.Number)));
                    tokens.Add(new Token(Slice(text, amount.Number, amount.Magnitude), TokenKind.Number, TextSpan.FromBounds(amount.Number, amount.Magnitude)));
                    tokens.Add(new Token(Slice(text, amount.Magnitude, amount.End), TokenKind.Word, TextSpan.FromBounds(amount.Magnitude, amount.End)));
                    i = amount.End;
                    continue;
                }
                i = ScanWord(text, i, end);
                tokens.Add(new Token(Slice(text, start, i), TokenKind.Word, TextSpan.FromBounds(start, i)));
            }
            else if (char.IsDigit(ch))
            {
                i = ScanNumber(text, i, end);
                tokens.Add(new Token(Slice(text, start, i), TokenKind.Number, TextSpan.FromBounds(start, i)));
            }
            else
            {
                i++;
                if (char.IsSurrogate(ch) && i < end && char.IsLowSurrogate(text[i])) i++;
                tokens.Add(new Token(Slice(text, start, i), TokenKind.Punctuation, TextSpan.FromBounds(start, i)));
            }
        }
        return tokens.DrainToImmutable();
    }

    /// <summary>Strings of one ASCII character, shared: a text's commas, periods and one-letter words need no copies.</summary>
    private static readonly string[] OneCharacter = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    private static string Slice(string text, int start, int end) =>
        end - start == 1 && text[start] < 128 ? OneCharacter[text[start]] : text[start..end];

    /// <summary>The lower-cased, accent-folded words of a text, without punctuation.</summary>
    public static IEnumerable<string> FoldedWords(string text)
    {
        foreach (var token in Tokenize(text))
        {
            if (token.Kind != TokenKind.Punctuation) yield return TextFolding.Fold(token.Value);
        }
    }

    /// <summary>The end of the word starting at <paramref name="i"/> (a letter), by the rules above.</summary>
    internal static int ScanWord(ReadOnlySpan<char> text, int i, int end)
    {
        var segmentStart = i;
        var periods = 0;
        while (i < end)
        {
            var ch = text[i];
            if (char.IsLetterOrDigit(ch) || char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
                continue;
            }
            var nextIsLetter = i + 1 < end && char.IsLetter(text[i + 1]);
            if (ch is '\'' or '\u2019' or '-' or '\u2011' && nextIsLetter)
            {
                i++;
                segmentStart = i;
                continue;
            }
            // Initialisms of one-letter segments: "U.S.", "U.K.", "e.g."
            if (ch == '.' && i - segmentStart == 1)
            {
                if (nextIsLetter && (i + 2 == end || text[i + 2] == '.'))
                {
                    i++;
                    segmentStart = i;
                    periods++;
                    continue;
                }
                if (periods > 0) i++;
            }
            break;
        }
        return i;
    }

    /// <summary>
    /// An amount with its currency code and magnitude glued on, starting at <paramref name="i"/>: a capital and at most two
    /// more letters ("R", "Sh", "KSh", "Mk"), a number, and "k", "m", "mn", "bn" or "tn" ending the word ("Sh2bn",
    /// "Mk6.5m"). Where the number and the magnitude start and where the amount ends; null for any other word
    /// ("A380", "G7", "MH17" have no magnitude).
    /// </summary>
    private static (int Number, int Magnitude, int End)? GluedAmount(string text, int i, int end)
    {
        if (!char.IsAsciiLetterUpper(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1]))) return null;
        var number = i + 1;
        while (number < end && number - i < 3 && char.IsAsciiLetter(text[number])) number++;
        if (number >= end || !char.IsAsciiDigit(text[number])) return null;
        var magnitude = ScanNumber(text, number, end);
        var stop = magnitude;
        while (stop < end && stop - magnitude < 3 && char.IsAsciiLetterLower(text[stop])) stop++;
        if (stop < end && char.IsLetterOrDigit(text[stop])) return null;
        return text.AsSpan(magnitude, stop - magnitude) is "k" or "m" or "mn" or "bn" or "tn" ? (number, magnitude, stop) : null;
    }

    /// <summary>The end of the number starting at <paramref name="i"/> (a digit), separators included.</summary>
    internal static int ScanNumber(ReadOnlySpan<char> text, int i, int end)
    {
        while (i < end)
        {
            var ch = text[i];
            if (char.IsDigit(ch))
            {
                i++;
                continue;
            }
            if ((ch == ',' || ch == '.' || ch == '-' || ch == '/' || ch == ':') && i + 1 < end && char.IsDigit(text[i + 1]))
            {
                i++;
                continue;
            }
            break;
        }
        return i;
    }
}
