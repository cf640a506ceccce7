using System.Runtime.CompilerServices;

namespace Crosscheck.Dedup;

/// <summary>
/// A seeded family of pseudo-random permutations of the 64-bit hash space, used to MinHash shingle sets.
/// Permutation <c>i</c> maps a shingle hash <c>h</c> through a bijective mix: xor with a key, multiplication by an
/// odd constant, then a xor-shift; keys and multipliers are drawn from
/// SplitMix64 seeded with <see cref="Seed"/>, so the same seed always yields the same signatures.
/// </summary>
public sealed class MinHashPermutations
{
    private readonly ulong[] _keys;
    private readonly ulong[] _multipliers;

    /// <param name="count">The number of permutations (signature length); 128 gives an error of about ±0.09.</param>
    /// <param name="seed">Seed of the permutations.</param>
    public MinHashPermutations(int count, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        Count = count;
        Seed = seed;
        _keys = new ulong[count];
        _multipliers = new ulong[count];
        var state = seed;
        for (var i = 0; i < count; i++)
        {
            _keys[i] = SplitMix64(ref state);
            _multipliers[i] = SplitMix64(ref state) | 1UL;
        }
    }

    /// <summary>The number of permutations.</summary>
    public int Count { get; }

    /// <summary>The seed the permutations were drawn from.</summary>
    public ulong Seed { get; }

    /// <summary>The MinHash signature of a shingle set.</summary>
    // Hot loop: compiled fully optimised at once, so a one-shot CLI run does not spend it in tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public MinHashSignature Sign(ShingleSet shingles)
    {
        var mins = new ulong[Count];
        Array.Fill(mins, ulong.MaxValue);
        var keys = _keys;
        var multipliers = _multipliers;
        foreach (var hash in shingles.Hashes)
        {
            for (var i = 0; i < mins.Length; i++)
            {
                var value = Permute(hash, keys[i], multipliers[i]);
                if (value < mins[i]) mins[i] = value;
            }
        }
        return new MinHashSignature(mins, Seed);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Permute(ulong hash, ulong key, ulong multiplier)
    {
        // Shingle hashes are already uniformly mixed (XXH64), so one keyed multiply and a xor-shift suffice to
        // reorder them independently per permutation; both steps are bijections of the 64-bit space.
        var x = (hash ^ key) * multiplier;
        return x ^ (x >> 29);
    }

    private static ulong SplitMix64(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
