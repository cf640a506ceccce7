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
        var reader = new TokenReader(text, range);
        while (reader.Next(out var kind, out var start, out var end)) tokens.Add(new Token(Slice(text, start, end), kind, TextSpan.FromBounds(start, end)));
        return tokens.DrainToImmutable();
    }

    /// <summary>
    /// Reads the tokens of a range of text as kinds and bounds, by the rules above, without making their strings: what
    /// <see cref="Tokenize(string, TextSpan)"/> builds its tokens from, and what hot loops that only look words up read.
    /// </summary>
    internal ref struct TokenReader
    {
        private readonly ReadOnlySpan<char> _text;
        private readonly int _end;
        private int _i;

        // The number and the magnitude of a glued amount whose currency code was just read (0 when none is pending).
        private int _pendingNumber;
        private int _pendingMagnitude;
        private int _pendingEnd;

        public TokenReader(ReadOnlySpan<char> text, TextSpan range)
        {
            _text = text;
            _i = range.Start;
            _end = range.End;
        }

        /// <summary>The next token's kind and bounds; false at the end of the range.</summary>
        public bool Next(out TokenKind kind, out int start, out int end)
        {
            if (_pendingNumber > 0)
            {
                (kind, start, end) = (TokenKind.Number, _pendingNumber, _pendingMagnitude);
                _pendingNumber = 0;
                return true;
            }
            if (_pendingMagnitude > 0)
            {
                (kind, start, end) = (TokenKind.Word, _pendingMagnitude, _pendingEnd);
                _pendingMagnitude = 0;
                return true;
            }
            var text = _text;
            while (_i < _end && char.IsWhiteSpace(text[_i])) _i++;
            start = _i;
            if (_i >= _end)
            {
                (kind, end) = (TokenKind.Punctuation, _i);
                return false;
            }
            var ch = text[_i];
            if (char.IsLetter(ch))
            {
                kind = TokenKind.Word;
                if (GluedAmount(text, _i, _end) is { } amount)
                {
                    (_pendingNumber, _pendingMagnitude, _pendingEnd) = amount;
                    _i = amount.End;
                    end = amount.Number;
                    return true;
                }
                end = _i = ScanWord(text, _i, _end);
            }
            else if (char.IsDigit(ch))
            {
                kind = TokenKind.Number;
                end = _i = ScanNumber(text, _i, _end);
            }
            else
            {
                kind = TokenKind.Punctuation;
                _i++;
                if (char.IsSurrogate(ch) && _i < _end && char.IsLowSurrogate(text[_i])) _i++;
                end = _i;
            }
            return true;
        }
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
    private static (int Number, int Magnitude, int End)? GluedAmount(ReadOnlySpan<char> text, int i, int end)
    {
        if (!char.IsAsciiLetterUpper(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1]))) return null;
        var number = i + 1;
        while (number < end && number - i < 3 && char.IsAsciiLetter(text[number])) number++;
        if (number >= end || !char.IsAsciiDigit(text[number])) return null;
        var magnitude = ScanNumber(text, number, end);
        var stop = magnitude;
        while (stop < end && stop - magnitude < 3 && char.IsAsciiLetterLower(text[stop])) stop++;
        if (stop < end && char.IsLetterOrDigit(text[stop])) return null;
        return text.Slice(magnitude, stop - magnitude) is "k" or "m" or "mn" or "bn" or "tn" ? (number, magnitude, stop) : null;
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
