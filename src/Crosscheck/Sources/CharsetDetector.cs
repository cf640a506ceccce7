using System.Buffers;
using System.Text;

namespace Crosscheck.Sources;

/// <summary>The encoding <see cref="CharsetDetector"/> settled on, the language whose letters fitted best, and why.</summary>
/// <param name="Encoding">The chosen encoding.</param>
/// <param name="Language">The language of the reference text that scored best, or null for UTF-8 and for no evidence.</param>
/// <param name="Score">Mean log-plausibility per non-ASCII byte (higher is better; 0 when there was nothing to score).</param>
/// <param name="Evidence">How many non-ASCII bytes were scored.</param>
public sealed record CharsetGuess(NamedEncoding Encoding, string? Language, double Score, int Evidence);

/// <summary>
/// Guesses the encoding of bytes that are not valid UTF-8 and declare nothing. First: mostly-valid UTF-8 (a file cut
/// inside a character, a few corrupt bytes) stays UTF-8. Otherwise every candidate 8-bit encoding (windows-1252,
/// windows-1251, windows-1250, KOI8-R, windows-1253, windows-1254, ISO-8859-2, KOI8-U, ISO-8859-7) decodes a sample,
/// and each decoding is scored at its non-ASCII bytes only, since ASCII reads the same in all of them: a letter scores
/// the <see cref="LetterBigramModel"/> log-probability of the pairs it forms with its neighbours, under the best of the
/// languages written in that encoding; a lower-case letter followed by a capital inside a word (KOI8 read as
/// windows-1251 inverts case) costs extra; a letter standing alone that the language has no one-letter word
/// for costs extra; punctuation and currency signs cost a little, other symbols (±, ¶, box drawing) more, and an
/// undefined byte or C1 control so much that the encoding loses. The highest mean wins; ties go to the earlier, more
/// common encoding. At most 64 KB from the first non-ASCII byte is read, and at most 8,192 non-ASCII bytes scored.
/// </summary>
public static class CharsetDetector
{
    public const int SampleLength = 64 * 1024;

    private const int MaxEvidence = 8192;
    private const float UndefinedCost = -40;
    private const float SymbolCost = -18;
    private const float PunctuationCost = -9;
    private const float InvertedCaseCost = -6;
    private const float LoneLetterCost = -6;
    private const double ContradictionMargin = 5;

    private static readonly SearchValues<char> Punctuation = SearchValues.Create("\u00A0\u00AD«»‹›“”‘’„‚–—…•·©®™°№§¡¿×");

    /// <summary>C1 controls, private-use code points and U+FFFD: what a code page answers for a byte it does not define.</summary>
    internal static readonly SearchValues<char> Undefined = SearchValues.Create(
        [.. Enumerable.Range(0x80, 0x20).Select(c => (char)c), .. Enumerable.Range(0xE000, 0xF900 - 0xE000).Select(c => (char)c), '\uFFFD']);

    /// <summary>Currency signs: punctuation before a digit or space, but a wrong decoding when a letter follows ("£ód" for "Łód").</summary>
    private static readonly SearchValues<char> Currency = SearchValues.Create("€£¥¢¤");

    private static readonly NamedEncoding Utf8 = EncodingLabels.ByName("utf-8");

    private static readonly Candidate[] Candidates = CreateCandidates();

    /// <summary>The most plausible encoding of <paramref name="bytes"/> (the whole input; only a sample is read).</summary>
    public static CharsetGuess Detect(ReadOnlySpan<byte> bytes)
    {
        var sample = Sample(bytes, out var sampleIsWhole);
        if (sample.IsEmpty || IsMostlyUtf8(sample, sampleIsWhole)) return new CharsetGuess(Utf8, null, 0, 0);
        CharsetGuess? best = null;
        foreach (var guess in ScoreCandidates(CutAtEvidenceLimit(sample)))
        {
            if (best is null || guess.Score > best.Score) best = guess;
        }
        return best!;
    }

    /// <summary>
    /// A decoding far more plausible than the one a page declares, or null when the declaration is believable or names
    /// an encoding this detector does not score. Far means, on at least 32 non-ASCII bytes, a mean better by
    /// <see cref="ContradictionMargin"/>: a page that declares windows-1252 but is written in windows-1251 Russian.
    /// </summary>
    public static CharsetGuess? Contradict(ReadOnlySpan<byte> bytes, NamedEncoding declared)
    {
        if (!Candidates.Any(c => c.Encoding.Encoding.CodePage == declared.Encoding.CodePage)) return null;
        var sample = Sample(bytes, out var sampleIsWhole);
        if (sample.IsEmpty || IsMostlyUtf8(sample, sampleIsWhole)) return null;
        var guesses = ScoreCandidates(CutAtEvidenceLimit(sample)).ToList();
        var declaredScore = guesses.Where(g => g.Encoding.Encoding.CodePage == declared.Encoding.CodePage).Max(g => g.Score);
        var best = guesses.MaxBy(g => g.Score)!;
        return best.Evidence >= 32 && best.Score - declaredScore >= ContradictionMargin ? best : null;
    }

    /// <summary>Up to <see cref="SampleLength"/> bytes from just before the first non-ASCII byte; empty when all is ASCII.</summary>
    private static ReadOnlySpan<byte> Sample(ReadOnlySpan<byte> bytes, out bool sampleIsWhole)
    {
        var first = bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
        sampleIsWhole = true;
        if (first < 0) return [];
        var start = Math.Max(0, first - 64);
        var sample = bytes.Slice(start, Math.Min(bytes.Length - start, SampleLength));
        sampleIsWhole = start + sample.Length == bytes.Length;
        return sample;
    }

    /// <summary>Every candidate encoding with its best language, in order of preference.</summary>
    private static List<CharsetGuess> ScoreCandidates(ReadOnlySpan<byte> sample)
    {
        var guesses = new List<CharsetGuess>(Candidates.Length);
        var decoded = new char[sample.Length];
        foreach (var candidate in Candidates)
        {
            for (var i = 0; i < sample.Length; i++) decoded[i] = candidate.Table[sample[i]];
            CharsetGuess? best = null;
            foreach (var model in candidate.Models)
            {
                var (score, evidence) = Score(sample, decoded, model);
                if (best is null || score > best.Score) best = new CharsetGuess(candidate.Encoding, model.Language, score, evidence);
            }
            guesses.Add(best!);
        }
        return guesses;
    }

    /// <summary>
    /// True when the non-ASCII bytes are nearly all well-formed UTF-8: at least four good sequences per bad one, or
    /// nothing bad but a sequence cut off at the very end of the input. 8-bit text almost never forms valid sequences.
    /// </summary>
    private static bool IsMostlyUtf8(ReadOnlySpan<byte> sample, bool sampleIsWhole)
    {
        int valid = 0, invalid = 0;
        var cutAtEnd = false;
        var i = 0;
        while (i < sample.Length)
        {
            if (sample[i] < 0x80)
            {
                i++;
                continue;
            }
            var status = Rune.DecodeFromUtf8(sample[i..], out _, out var consumed);
            if (status == OperationStatus.Done) valid++;
            else if (status == OperationStatus.NeedMoreData) cutAtEnd = sampleIsWhole;
            else invalid++;
            i += Math.Max(1, consumed);
        }
        if (invalid == 0) return valid > 0 && cutAtEnd;
        return valid >= 4 && invalid * 4 <= valid;
    }

    private static ReadOnlySpan<byte> CutAtEvidenceLimit(ReadOnlySpan<byte> sample)
    {
        var seen = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] >= 0x80 && ++seen == MaxEvidence) return sample[..(i + 1)];
        }
        return sample;
    }

    /// <summary>Mean plausibility of one decoding's non-ASCII characters under one language.</summary>
    private static (double Score, int Evidence) Score(ReadOnlySpan<byte> bytes, char[] decoded, LetterBigramModel model)
    {
        double total = 0;
        var evidence = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] < 0x80) continue;
            evidence++;
            var c = decoded[i];
            if (!char.IsLetter(c))
            {
                var nextIsLetter = i + 1 < bytes.Length && char.IsLetter(decoded[i + 1]);
                total += Undefined.Contains(c) ? UndefinedCost
                    : Punctuation.Contains(c) || (Currency.Contains(c) && !nextIsLetter) ? PunctuationCost
                    : SymbolCost;
                continue;
            }
            var left = i > 0 ? decoded[i - 1] : ' ';
            var right = i + 1 < bytes.Length ? decoded[i + 1] : ' ';
            var letter = char.ToLowerInvariant(c);
            var leftSymbol = LetterBigramModel.Normalize(left);
            total += model.LogProbability(leftSymbol, letter);
            if (leftSymbol == LetterBigramModel.Boundary && LetterBigramModel.Normalize(right) == LetterBigramModel.Boundary && !model.IsOneLetterWord(letter)) total += LoneLetterCost;
            if (char.IsUpper(c) && char.IsLower(left)) total += InvertedCaseCost;
            // The pair to the right is this letter's to score unless the next byte is a non-ASCII letter, which scores it as its left pair.
            var rightIsScoredThere = i + 1 < bytes.Length && bytes[i + 1] >= 0x80 && char.IsLetter(right);
            if (!rightIsScoredThere)
            {
                total += model.LogProbability(letter, LetterBigramModel.Normalize(right));
                if (char.IsLower(c) && char.IsUpper(right)) total += InvertedCaseCost;
            }
        }
        return (evidence == 0 ? 0 : total / evidence, evidence);
    }

    private sealed record Candidate(NamedEncoding Encoding, char[] Table, LetterBigramModel[] Models);

    private static Candidate[] CreateCandidates()
    {
        LetterBigramModel[] western =
        [
            new("en", LetterReferenceTexts.English, "àáâäåæçèéêëìíîïñòóôöøùúûüÿ"),
            new("fr", LetterReferenceTexts.French, "àâæçéèêëîïôœùûüÿ"),
            new("de", LetterReferenceTexts.German, "äöüß"),
            new("es", LetterReferenceTexts.Spanish, "áéíñóúü"),
            new("it", LetterReferenceTexts.Italian, "àèéìíòóù"),
            new("pt", LetterReferenceTexts.Portuguese, "àáâãçéêíóôõú"),
            new("sv", LetterReferenceTexts.Swedish, "åäöé"),
            new("da", LetterReferenceTexts.Danish, "æøåé"),
        ];
        LetterBigramModel[] central =
        [
            new("pl", LetterReferenceTexts.Polish, "ąćęłńóśźż"),
            new("cs", LetterReferenceTexts.Czech, "áčďéěíňóřšťúůýž"),
            new("hu", LetterReferenceTexts.Hungarian, "áéíóöőúüű"),
        ];
        LetterBigramModel[] cyrillic =
        [
            new("ru", LetterReferenceTexts.Russian, "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"),
            new("uk", LetterReferenceTexts.Ukrainian, "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"),
            new("bg", LetterReferenceTexts.Bulgarian, "абвгдежзийклмнопрстуфхцчшщъьюя"),
        ];
        LetterBigramModel[] greek = [new("el", LetterReferenceTexts.Greek, "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώϊϋΐΰς")];
        LetterBigramModel[] turkish = [new("tr", LetterReferenceTexts.Turkish, "âçğıîöşûü")];

        // In order of preference: when two decodings are equally plausible (they agree on every byte present), the first wins.
        (string Name, LetterBigramModel[] Models)[] candidates =
        [
            ("windows-1252", western),
            ("windows-1251", cyrillic),
            ("windows-1250", central),
            ("koi8-r", cyrillic),
            ("windows-1253", greek),
            ("windows-1254", turkish),
            ("iso-8859-2", central),
            ("koi8-u", cyrillic),
            ("iso-8859-7", greek),
        ];
        return [.. candidates.Select(c => new Candidate(EncodingLabels.ByName(c.Name), DecodingTable(EncodingLabels.ByName(c.Name).Encoding), c.Models))];
    }

    /// <summary>What each of the 256 byte values decodes to in a single-byte encoding.</summary>
    private static char[] DecodingTable(Encoding encoding)
    {
        var table = new char[256];
        var one = new byte[1];
        for (var b = 0; b < 256; b++)
        {
            one[0] = (byte)b;
            var text = encoding.GetString(one);
            table[b] = text.Length == 1 ? text[0] : '\uFFFD';
        }
        return table;
    }
}
