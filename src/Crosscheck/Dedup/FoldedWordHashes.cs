using System.Runtime.CompilerServices;
using System.Text;
using System.Runtime.InteropServices;
using Crosscheck.Hashing;
using Crosscheck.Text;

namespace Crosscheck.Dedup;

/// <summary>
/// The words of a text as <see cref="ShingleSet.NormalizedWords"/> finds them (accent- and case-folded, typographic
/// punctuation mapped, tokenised by <see cref="Tokenizer"/>'s rules, punctuation dropped), each written straight from
/// the text as a seeded XXH64 of its folded UTF-16 characters: no string per word. The text is folded into a reusable
/// buffer first, so one instance serves one thread.
/// </summary>
internal sealed class FoldedWordHashes
{
    private char[] _folded = new char[4096];
    private ulong[] _hashes = new ulong[1024];

    public FoldedWordHashes(ulong seed) => Seed = seed;

    public ulong Seed { get; }

    /// <summary>The word hashes of the last text read, in text order.</summary>
    public ReadOnlySpan<ulong> Hashes => _hashes.AsSpan(0, Count);

    /// <summary>The number of words in the last text read.</summary>
    public int Count { get; private set; }

    /// <summary>The seeded hash of one already folded word, as <see cref="Read"/> computes it.</summary>
    public static ulong HashWord(ReadOnlySpan<char> word, ulong seed) => XxHash64.Hash(MemoryMarshal.AsBytes(word), seed);

    /// <summary>Folds and tokenises <paramref name="text"/> and hashes its words; read them from <see cref="Hashes"/>.</summary>
    // Hot loop: compiled fully optimised at once, so a one-shot CLI run does not spend it in tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Read(string? text)
    {
        Count = 0;
        if (string.IsNullOrEmpty(text)) return;
        var length = Fold(text);
        var folded = _folded.AsSpan(0, length);
        var classes = AsciiClasses;
        var i = 0;
        while (i < length)
        {
            var ch = folded[i];
            var kind = ch < 128 ? classes[ch] : Wide;
            int end;
            if (kind == Letter)
            {
                // Most words are a plain run of ASCII letters and digits; anything else at the end (an apostrophe, a
                // hyphen, a period, a wider character) is left to the tokenizer's own rules from the word's start.
                end = EndOfRun(folded, i + 1, LetterOrDigit);
                if (end < length && folded[end] is '\'' or '-' or '.' or >= (char)128) end = Tokenizer.ScanWord(folded, i, length);
            }
            else if (kind == Digit)
            {
                end = EndOfRun(folded, i + 1, Digit);
                if (end < length && folded[end] is ',' or '.' or '-' or '/' or ':' or >= (char)128) end = Tokenizer.ScanNumber(folded, i, length);
            }
            else if (kind == Wide && char.IsLetter(ch))
            {
                end = Tokenizer.ScanWord(folded, i, length);
            }
            else if (kind == Wide && char.IsDigit(ch))
            {
                end = Tokenizer.ScanNumber(folded, i, length);
            }
            else
            {
                // Whitespace or punctuation, as the tokenizer sees it: one character or one surrogate pair.
                i++;
                if (char.IsSurrogate(ch) && i < length && char.IsLowSurrogate(folded[i])) i++;
                continue;
            }
            if (Count == _hashes.Length) Array.Resize(ref _hashes, _hashes.Length * 2);
            _hashes[Count++] = HashWord(folded[i..end], Seed);
            i = end;
        }
    }

    private const byte Other = 0;
    private const byte Digit = 1;
    private const byte Letter = 2;
    private const byte LetterOrDigit = Digit | Letter;
    private const byte Wide = 4;

    /// <summary>What <see cref="char.IsLetter(char)"/> and <see cref="char.IsDigit(char)"/> say of each ASCII character.</summary>
    private static readonly byte[] AsciiClasses = BuildClasses();

    private static byte[] BuildClasses()
    {
        var classes = new byte[128];
        for (var c = 0; c < classes.Length; c++)
        {
            classes[c] = char.IsLetter((char)c) ? Letter : char.IsDigit((char)c) ? Digit : Other;
        }
        return classes;
    }

    /// <summary>The first position from <paramref name="from"/> that is not an ASCII character of the given classes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int EndOfRun(ReadOnlySpan<char> text, int from, byte accepted)
    {
        var classes = AsciiClasses;
        var i = from;
        while (i < text.Length)
        {
            var ch = text[i];
            if (ch >= 128 || (classes[ch] & accepted) == 0) break;
            i++;
        }
        return i;
    }

    /// <summary>
    /// Writes the text as <see cref="TextFolding.Fold"/> would, except that whitespace is not collapsed (the tokenizer
    /// skips it either way): ASCII runs are lower-cased by vector instructions, other characters one by one.
    /// Returns the folded length.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Fold(string text)
    {
        var source = text.AsSpan();
        EnsureRoom(0, source.Length);
        var n = 0;
        while (source.Length > 0)
        {
            var run = source.IndexOfAnyExceptInRange((char)0, (char)127);
            if (run < 0) run = source.Length;
            if (run > 0)
            {
                var output = _folded.AsSpan(n, run);
                Ascii.ToLower(source[..run], output, out _);
                output.Replace('`', '\'');
                n += run;
                source = source[run..];
                continue;
            }
            var raw = source[0];
            source = source[1..];
            if (char.IsWhiteSpace(raw))
            {
                _folded[n++] = ' ';
                continue;
            }
            var ch = char.ToLowerInvariant(TextFolding.MapPunctuation(raw));
            if (ch >= 128 && TextFolding.PlainForm(ch) is { } plain)
            {
                EnsureRoom(n, plain.Length + source.Length);
                plain.CopyTo(_folded.AsSpan(n));
                n += plain.Length;
            }
            else
            {
                _folded[n++] = ch;
            }
        }
        return n;
    }

    /// <summary>Makes room for <paramref name="more"/> characters after the first <paramref name="used"/>.</summary>
    private void EnsureRoom(int used, int more)
    {
        if (used + more <= _folded.Length) return;
        Array.Resize(ref _folded, Math.Max(used + more, _folded.Length * 2));
    }
}
