using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Crosscheck.Hashing;
using Crosscheck.Text;

namespace Crosscheck.Dedup;

/// <summary>
/// The distinct word k-shingles of a text, each hashed to 64 bits with seeded XXH64 and kept sorted, so exact
/// Jaccard similarity and containment are a linear merge of two arrays (the reference the MinHash estimates are
/// checked against; <see cref="NearDuplicateIndex"/> keeps only signatures). Words are accent- and case-folded and
/// punctuation is ignored, so typography and casing changes do not break shingles.
/// </summary>
public sealed class ShingleSet
{
    private readonly ulong[] _hashes;

    private ShingleSet(ulong[] hashes) => _hashes = hashes;

    /// <summary>An empty set (a text without words).</summary>
    public static ShingleSet Empty { get; } = new([]);

    /// <summary>The number of distinct shingles.</summary>
    public int Count => _hashes.Length;

    /// <summary>The shingle hashes in ascending order.</summary>
    public ReadOnlySpan<ulong> Hashes => _hashes;

    /// <summary>
    /// Shingles the words of <paramref name="text"/> (see <see cref="NormalizedWords"/>) in windows of
    /// <paramref name="size"/> words. A text shorter than one window becomes a single shingle of all its words.
    /// </summary>
    public static ShingleSet FromText(string text, int size, ulong seed)
    {
        var words = new FoldedWordHashes(seed);
        words.Read(text);
        return FromWordHashes(words.Hashes, size, seed);
    }

    /// <summary>Shingles already normalised words in windows of <paramref name="size"/> words.</summary>
    public static ShingleSet FromWords(IReadOnlyList<string> words, int size, ulong seed)
    {
        var hashes = new ulong[words.Count];
        for (var i = 0; i < hashes.Length; i++) hashes[i] = FoldedWordHashes.HashWord(words[i], seed);
        return FromWordHashes(hashes, size, seed);
    }

    private static ShingleSet FromWordHashes(ReadOnlySpan<ulong> words, int size, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        if (words.Length == 0) return Empty;
        var shingles = new ulong[WindowCount(words.Length, size)];
        HashWindows(words, size, seed, shingles);
        Array.Sort(shingles);
        var distinct = 0;
        for (var i = 0; i < shingles.Length; i++)
        {
            if (i == 0 || shingles[i] != shingles[distinct - 1]) shingles[distinct++] = shingles[i];
        }
        return new ShingleSet(distinct == shingles.Length ? shingles : shingles[..distinct]);
    }

    /// <summary>How many shingles <paramref name="words"/> words make: one per window, or one when the text is shorter than a window.</summary>
    internal static int WindowCount(int words, int size) => words == 0 ? 0 : words - Math.Min(size, words) + 1;

    /// <summary>Hashes every window of <paramref name="size"/> word hashes (in text order) into <paramref name="destination"/>.</summary>
    // Hot loop: compiled fully optimised at once, so a one-shot CLI run does not spend it in tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void HashWindows(ReadOnlySpan<ulong> words, int size, ulong seed, Span<ulong> destination)
    {
        var window = Math.Min(size, words.Length);
        var count = WindowCount(words.Length, size);
        var windowSeed = seed ^ (ulong)window;
        for (var i = 0; i < count; i++) destination[i] = XxHash64.Hash(MemoryMarshal.AsBytes(words.Slice(i, window)), windowSeed);
    }

    /// <summary>
    /// The words of a text, lower-cased, accent-folded and with typographic punctuation mapped to ASCII; numbers
    /// count as words, punctuation is dropped.
    /// </summary>
    public static List<string> NormalizedWords(string text)
    {
        var folded = TextFolding.Fold(text);
        var words = new List<string>(folded.Length / 6 + 1);
        foreach (var token in Tokenizer.Tokenize(folded))
        {
            if (token.Kind != TokenKind.Punctuation) words.Add(token.Value);
        }
        return words;
    }

    /// <summary>The number of shingles both sets hold.</summary>
    // Hot loop: compiled fully optimised at once, so a one-shot CLI run does not spend it in tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int IntersectionCount(ShingleSet other)
    {
        var a = _hashes;
        var b = other._hashes;
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return common;
    }

    /// <summary>Exact Jaccard similarity |A∩B| / |A∪B|; two empty sets have similarity 0.</summary>
    public double Jaccard(ShingleSet other)
    {
        var common = IntersectionCount(other);
        var union = Count + other.Count - common;
        return union == 0 ? 0 : (double)common / union;
    }

    /// <summary>The share of the smaller set found in the larger one: 1 when one text is contained in the other.</summary>
    public double ContainmentOfSmaller(ShingleSet other)
    {
        var smaller = Math.Min(Count, other.Count);
        return smaller == 0 ? 0 : (double)IntersectionCount(other) / smaller;
    }
}
