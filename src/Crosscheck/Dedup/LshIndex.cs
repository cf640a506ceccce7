using System.Runtime.InteropServices;
using Crosscheck.Hashing;

namespace Crosscheck.Dedup;

/// <summary>
/// A MinHash locality-sensitive hashing index: each band of a signature is hashed (seeded XXH64 of its values) into
/// that band's table, and a query returns every key that shares at least one band bucket. Candidates still need
/// verification; the banding (<see cref="LshParameters"/>) decides how likely a pair of a given similarity is found.
/// </summary>
public sealed class LshIndex
{
    private readonly Dictionary<ulong, List<int>>[] _tables;

    public LshIndex(LshParameters parameters)
    {
        Parameters = parameters;
        _tables = new Dictionary<ulong, List<int>>[parameters.Bands];
        for (var i = 0; i < _tables.Length; i++) _tables[i] = [];
    }

    public LshParameters Parameters { get; }

    /// <summary>The number of keys added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a signature under an integer key (e.g. the input position of an article).</summary>
    public void Add(int key, MinHashSignature signature)
    {
        CheckLength(signature);
        for (var band = 0; band < _tables.Length; band++)
        {
            var bucket = BandHash(signature, band);
            if (!_tables[band].TryGetValue(bucket, out var keys))
            {
                keys = [];
                _tables[band][bucket] = keys;
            }
            keys.Add(key);
        }
        Count++;
    }

    /// <summary>The keys sharing at least one band with <paramref name="signature"/>, distinct and in ascending order.</summary>
    public IReadOnlyList<int> Query(MinHashSignature signature)
    {
        CheckLength(signature);
        var found = new SortedSet<int>();
        for (var band = 0; band < _tables.Length; band++)
        {
            if (_tables[band].TryGetValue(BandHash(signature, band), out var keys)) found.UnionWith(keys);
        }
        return [.. found];
    }

    private ulong BandHash(MinHashSignature signature, int band)
    {
        var rows = Parameters.Rows;
        var values = signature.Values.Slice(band * rows, rows);
        return XxHash64.Hash(MemoryMarshal.AsBytes(values), (ulong)band);
    }

    private void CheckLength(MinHashSignature signature)
    {
        if (signature.Length < Parameters.SignatureValuesUsed)
        {
            throw new ArgumentException(
                $"The signature has {signature.Length} values but the index needs {Parameters.SignatureValuesUsed} ({Parameters.Bands} bands × {Parameters.Rows} rows); sign with at least that many permutations.",
                nameof(signature));
        }
    }
}
