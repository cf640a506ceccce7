using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Crosscheck.Hashing;

namespace Crosscheck.Dedup;

/// <summary>
/// What duplicate detection reads from one document, computed into reusable buffers (one instance per thread):
/// the word count, the exact-copy key, the distinct shingle count, the MinHash signature of the body's shingles, the
/// signature of its opening shingles alone, and the 16-bit form of the signature that the index keeps.
/// </summary>
internal sealed class DocumentFingerprint
{
    // Salts that keep the exact key of a body apart from word and shingle hashes made with the same seed.
    private const ulong BodySalt = 0xB0D1_E5A1_7000_0001UL;

    private readonly DuplicateDetectorOptions _options;
    private readonly MinHashPermutations _permutations;
    private readonly FoldedWordHashes _words;
    private readonly FoldedWordHashes _titleWords;
    private ulong[] _shingles = new ulong[1024];
    private ulong[] _distinct = new ulong[2048];

    public DocumentFingerprint(DuplicateDetectorOptions options, MinHashPermutations permutations)
    {
        _options = options;
        _permutations = permutations;
        _words = new FoldedWordHashes(options.Seed);
        _titleWords = new FoldedWordHashes(options.Seed);
        Signature = new uint[permutations.Count];
        LeadSignature = new uint[permutations.Count];
        CompactSignature = new ushort[permutations.Count];
    }

    /// <summary>Words in the body.</summary>
    public int Words { get; private set; }

    /// <summary>
    /// Equal for bodies whose folded words are equal (XXH64 of the word hashes); for bodies shorter than
    /// <see cref="DuplicateDetectorOptions.MinimumWords"/> the title's words count too.
    /// </summary>
    public ulong ExactKey { get; private set; }

    /// <summary>Whether the body is long enough to be compared by shingles (and the signatures below are set).</summary>
    public bool HasSignature { get; private set; }

    /// <summary>Distinct shingles in the body.</summary>
    public int Shingles { get; private set; }

    /// <summary>The MinHash minima of the body's shingles.</summary>
    public uint[] Signature { get; }

    /// <summary>The MinHash minima of the first <see cref="DuplicateDetectorOptions.LeadWords"/> words' shingles (all of them when the body is shorter).</summary>
    public uint[] LeadSignature { get; }

    /// <summary>Each value of <see cref="Signature"/> in the 16 bits the index keeps (<see cref="SignatureStore.Compact"/>).</summary>
    public ushort[] CompactSignature { get; }

    // Hot loop: compiled fully optimised at once, so a one-shot CLI run does not spend it in tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Compute(string? title, string? text)
    {
        HasSignature = false;
        Shingles = 0;
        _words.Read(text);
        var words = _words.Hashes;
        Words = words.Length;
        if (Words == 0)
        {
            ExactKey = 0;
            return;
        }
        var body = XxHash64.Hash(MemoryMarshal.AsBytes(words), _options.Seed ^ BodySalt);
        if (Words < _options.MinimumWords)
        {
            // Too short to judge by text alone (a paywall notice): the title must match as well.
            _titleWords.Read(title);
            ExactKey = XxHash64.Hash(MemoryMarshal.AsBytes(_titleWords.Hashes), body);
            return;
        }
        ExactKey = body;

        var count = ShingleSet.WindowCount(words.Length, _options.ShingleSize);
        if (_shingles.Length < count) _shingles = new ulong[Math.Max(count, _shingles.Length * 2)];
        var shingles = _shingles.AsSpan(0, count);
        ShingleSet.HashWindows(words, _options.ShingleSize, _options.Seed, shingles);

        Array.Fill(Signature, uint.MaxValue);
        var lead = Math.Min(count, LeadShingles(_options));
        _permutations.Accumulate(shingles[..lead], Signature);
        Signature.CopyTo(LeadSignature, 0);
        _permutations.Accumulate(shingles[lead..], Signature);
        for (var i = 0; i < Signature.Length; i++) CompactSignature[i] = SignatureStore.Compact(Signature[i]);
        Shingles = CountDistinct(shingles);
        HasSignature = true;
    }

    /// <summary>The number of opening shingles whose signature finds copies cut short.</summary>
    public static int LeadShingles(DuplicateDetectorOptions options) => Math.Max(1, options.LeadWords - options.ShingleSize + 1);

    /// <summary>Distinct values among the shingle hashes: an open-addressing set in a reused buffer (0 marks empty, so 0 is counted apart).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int CountDistinct(ReadOnlySpan<ulong> shingles)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(shingles.Length * 2, 2));
        if (_distinct.Length < size) _distinct = new ulong[size];
        var table = _distinct.AsSpan(0, size);
        table.Clear();
        var mask = size - 1;
        var distinct = 0;
        var zero = false;
        foreach (var hash in shingles)
        {
            if (hash == 0)
            {
                if (!zero) distinct++;
                zero = true;
                continue;
            }
            var slot = (int)hash & mask;
            while (table[slot] != 0 && table[slot] != hash) slot = (slot + 1) & mask;
            if (table[slot] == 0)
            {
                table[slot] = hash;
                distinct++;
            }
        }
        return distinct;
    }
}
