namespace Crosscheck.Dedup;

/// <summary>
/// A MinHash signature: for each of <see cref="Length"/> hash permutations, the least permuted value over a
/// shingle set. The share of equal positions of two signatures estimates the Jaccard similarity of their sets
/// (standard error at most 1/(2√Length)). Made by <see cref="MinHashPermutations.Sign"/>.
/// </summary>
public sealed class MinHashSignature
{
    private readonly uint[] _values;

    internal MinHashSignature(uint[] values, ulong seed)
    {
        _values = values;
        Seed = seed;
    }

    /// <summary>The seed of the permutations that made this signature; only signatures of equal seed and length compare.</summary>
    public ulong Seed { get; }

    /// <summary>The number of permutations.</summary>
    public int Length => _values.Length;

    /// <summary>The minimum of each permutation.</summary>
    public ReadOnlySpan<uint> Values => _values;

    /// <summary>True when the signature was made from an empty shingle set.</summary>
    public bool IsEmpty => _values.Length > 0 && Array.TrueForAll(_values, v => v == uint.MaxValue);

    /// <summary>The estimated Jaccard similarity: the share of permutations whose minima agree.</summary>
    public double EstimateJaccard(MinHashSignature other)
    {
        if (other.Length != Length || other.Seed != Seed)
        {
            throw new ArgumentException(
                $"Cannot compare MinHash signatures made with different permutations ({Length} perms, seed {Seed} vs {other.Length} perms, seed {other.Seed}); sign both sets with the same MinHashPermutations.",
                nameof(other));
        }
        if (Length == 0) return 0;
        var equal = 0;
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] == other._values[i]) equal++;
        }
        return (double)equal / Length;
    }
}
