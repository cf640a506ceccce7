using System.Numerics;
using System.Runtime.CompilerServices;

namespace Crosscheck.Dedup;

/// <summary>
/// The compact signatures a <see cref="NearDuplicateIndex"/> keeps for the whole stream: each MinHash minimum in 16
/// bits (<see cref="Compact"/>), the document's distinct shingle count and its position, in slots numbered in order
/// of addition. Values live in chunks of 1,024 signatures, so the store grows without copying and costs
/// <c>2 × length + 8</c> bytes a signature.
/// </summary>
internal sealed class SignatureStore
{
    private const int ChunkShift = 10;
    private const int ChunkSize = 1 << ChunkShift;
    private readonly List<ushort[]> _chunks = [];
    private readonly List<int> _positions = [];
    private readonly List<int> _shingles = [];

    public SignatureStore(int length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        Length = length;
    }

    /// <summary>Values per signature.</summary>
    public int Length { get; }

    /// <summary>The number of signatures stored.</summary>
    public int Count => _positions.Count;

    /// <summary>Stores a signature (already in 16-bit codes) and returns its slot.</summary>
    public int Add(ReadOnlySpan<ushort> signature, int shingles, int position)
    {
        var slot = Count;
        if ((slot & (ChunkSize - 1)) == 0) _chunks.Add(new ushort[ChunkSize * Length]);
        signature[..Length].CopyTo(Values(slot));
        _positions.Add(position);
        _shingles.Add(shingles);
        return slot;
    }

    public int PositionOf(int slot) => _positions[slot];

    public int ShinglesOf(int slot) => _shingles[slot];

    /// <summary>
    /// Compares a stored signature with <paramref name="signature"/> position by position: how many values are equal,
    /// and how many are lower on each side (a lower minimum means that side holds a shingle the other lacks).
    /// </summary>
    // Hot loop: compiled fully optimised at once, so a one-shot CLI run does not spend it in tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SignatureComparison Compare(int slot, ReadOnlySpan<ushort> signature)
    {
        var stored = Values(slot);
        var i = 0;
        int equal = 0, storedLower = 0;
        if (Vector.IsHardwareAccelerated)
        {
            // A true lane is all ones (−1 as a signed short): subtracting the masks counts per lane.
            var equalCounts = Vector<short>.Zero;
            var lowerCounts = Vector<short>.Zero;
            for (; i + Vector<ushort>.Count <= stored.Length; i += Vector<ushort>.Count)
            {
                var left = new Vector<ushort>(stored[i..]);
                var right = new Vector<ushort>(signature[i..]);
                equalCounts -= Vector.AsVectorInt16(Vector.Equals(left, right));
                lowerCounts -= Vector.AsVectorInt16(Vector.LessThan(left, right));
            }
            equal = Vector.Sum(equalCounts);
            storedLower = Vector.Sum(lowerCounts);
        }
        for (; i < stored.Length; i++)
        {
            if (stored[i] == signature[i]) equal++;
            else if (stored[i] < signature[i]) storedLower++;
        }
        return new SignatureComparison(stored.Length, equal, storedLower, stored.Length - equal - storedLower);
    }

    /// <summary>
    /// The 16 bits a minimum is kept in: a small float (5-bit exponent: the position of the leading one; 11-bit
    /// mantissa: the bits after it), so codes keep the order of the minima, which are small numbers for sets of more
    /// than a few shingles. Two different minima share a code with probability about 3·10⁻⁴.
    /// </summary>
    public static ushort Compact(uint minimum)
    {
        if (minimum == 0) return 0;
        var exponent = 31 - BitOperations.LeadingZeroCount(minimum); // 0…31
        var mantissa = (uint)((ulong)minimum << (32 - exponent) >> 21) & 0x7FF;
        return (ushort)((exponent << 11) | (int)mantissa);
    }

    private Span<ushort> Values(int slot) => _chunks[slot >> ChunkShift].AsSpan((slot & (ChunkSize - 1)) * Length, Length);
}

/// <summary>Two signatures compared position by position.</summary>
/// <param name="Length">Values compared.</param>
/// <param name="Equal">Positions with equal minima: their share estimates the Jaccard similarity.</param>
/// <param name="StoredLower">Positions where the stored side's minimum is lower: it holds a shingle the other lacks.</param>
/// <param name="QueryLower">Positions where the queried side's minimum is lower.</param>
internal readonly record struct SignatureComparison(int Length, int Equal, int StoredLower, int QueryLower)
{
    /// <summary>The estimated Jaccard similarity: the share of equal minima.</summary>
    public double Jaccard => Length == 0 ? 0 : (double)Equal / Length;

    /// <summary>
    /// The estimated share of one side's shingles found in the other, given how often that side's minimum was lower:
    /// the least shingle of the union lies in the intersection with probability <c>|A∩B| / |A∪B|</c> and only on
    /// side A with probability <c>|A∖B| / |A∪B|</c>, so <c>|A∩B| / |A| ≈ Equal / (Equal + ALower)</c>. Exact (1) when
    /// one side holds no shingle the other lacks.
    /// </summary>
    public static double Containment(int equal, int lower) => equal == 0 ? 0 : (double)equal / (equal + lower);
}
