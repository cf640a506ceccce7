using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Crosscheck.Hashing;

namespace Crosscheck.Dedup;

/// <summary>
/// A MinHash locality-sensitive hashing index: each band of a signature is hashed (seeded XXH64 of its values, a
/// different seed per band) to a bucket, and a query returns every key that shares at least one band bucket.
/// Candidates still need verification; the banding (<see cref="LshParameters"/>) decides how likely a pair of a
/// given similarity is found.
/// </summary>
/// <remarks>
/// Built to live for a whole stream: all bands share one open-addressing table of 8-byte slots (a 32-bit bucket key
/// and the key added), probed linearly and never more than 70% full, with no object per bucket, so an entry costs
/// about 14 bytes and a key <c>14 × Bands</c>. Two different buckets agree on 32 bits with probability 2⁻³²; when they
/// do, a query returns a few extra keys, which verification discards.
/// </remarks>
public sealed class LshIndex
{
    private const int InitialSlots = 1024;
    private readonly ulong _seed;
    private uint[] _buckets = new uint[InitialSlots];
    // Key + 1 of the entry in each slot; 0 marks an empty slot.
    private int[] _entries = new int[InitialSlots];
    private int _used;

    /// <param name="parameters">The banding.</param>
    /// <param name="seed">Seed of the band hashes.</param>
    public LshIndex(LshParameters parameters, ulong seed = 0)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = parameters;
        _seed = seed;
    }

    public LshParameters Parameters { get; }

    /// <summary>The number of keys added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a signature under a non-negative integer key (e.g. the input position of an article).</summary>
    public void Add(int key, MinHashSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        Add(key, signature.Values);
    }

    /// <summary>The keys sharing at least one band with <paramref name="signature"/>, distinct and in ascending order.</summary>
    public IReadOnlyList<int> Query(MinHashSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var found = new List<int>();
        Query(signature.Values, found);
        found.Sort();
        var distinct = 0;
        for (var i = 0; i < found.Count; i++)
        {
            if (i == 0 || found[i] != found[distinct - 1]) found[distinct++] = found[i];
        }
        found.RemoveRange(distinct, found.Count - distinct);
        return found;
    }

    /// <summary>Adds the minima of a signature under a non-negative integer key.</summary>
    public void Add(int key, ReadOnlySpan<uint> signature)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(key);
        CheckLength(signature.Length);
        for (var band = 0; band < Parameters.Bands; band++)
        {
            if ((_used + 1) * 10 > _buckets.Length * 7) Grow();
            Insert(BandKey(signature, band), key + 1);
            _used++;
        }
        Count++;
    }

    /// <summary>
    /// Appends to <paramref name="found"/> the keys sharing a band with <paramref name="signature"/>, in no particular
    /// order and once per shared band (sort and drop repeats when that matters).
    /// </summary>
    // Hot loop: compiled fully optimised at once, so a one-shot CLI run does not spend it in tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Query(ReadOnlySpan<uint> signature, List<int> found)
    {
        ArgumentNullException.ThrowIfNull(found);
        CheckLength(signature.Length);
        var mask = _buckets.Length - 1;
        for (var band = 0; band < Parameters.Bands; band++)
        {
            var bucket = BandKey(signature, band);
            for (var slot = Home(bucket, mask); _entries[slot] != 0; slot = (slot + 1) & mask)
            {
                if (_buckets[slot] == bucket) found.Add(_entries[slot] - 1);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint BandKey(ReadOnlySpan<uint> signature, int band)
    {
        var rows = Parameters.Rows;
        var hash = XxHash64.Hash(MemoryMarshal.AsBytes(signature.Slice(band * rows, rows)), _seed + (ulong)band);
        return (uint)(hash >> 32) ^ (uint)hash;
    }

    /// <summary>Where a bucket's probe sequence starts: bucket keys are hash values already, so their low bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Home(uint bucket, int mask) => (int)(bucket & (uint)mask);

    private void Insert(uint bucket, int entry)
    {
        var mask = _buckets.Length - 1;
        var slot = Home(bucket, mask);
        while (_entries[slot] != 0) slot = (slot + 1) & mask;
        _buckets[slot] = bucket;
        _entries[slot] = entry;
    }

    private void Grow()
    {
        var buckets = _buckets;
        var entries = _entries;
        _buckets = new uint[buckets.Length * 2];
        _entries = new int[entries.Length * 2];
        for (var slot = 0; slot < buckets.Length; slot++)
        {
            if (entries[slot] != 0) Insert(buckets[slot], entries[slot]);
        }
    }

    private void CheckLength(int length)
    {
        if (length < Parameters.SignatureValuesUsed)
        {
            throw new ArgumentException(
                $"The signature has {length} values but the index needs {Parameters.SignatureValuesUsed} ({Parameters.Bands} bands × {Parameters.Rows} rows); sign with at least that many permutations.",
                "signature");
        }
    }
}
