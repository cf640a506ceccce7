namespace Crosscheck.Clustering;

/// <summary>
/// A vocabulary with incrementally maintained document frequencies: each distinct term gets a dense integer id in
/// order of first appearance (so ids never depend on string hash codes), and the smoothed inverse document
/// frequency <c>ln((N + 1) / (df + 1)) + 1</c> is read from the counts so far.
/// </summary>
internal sealed class TermStatistics
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<int> _documentFrequency = [];
    private double[] _idfCache = [];
    private int[] _idfCachedAt = [];

    /// <summary>The number of documents counted.</summary>
    public int Documents { get; private set; }

    public int IdOf(string term)
    {
        if (!_ids.TryGetValue(term, out var id))
        {
            id = _documentFrequency.Count;
            _ids.Add(term, id);
            _documentFrequency.Add(0);
        }
        return id;
    }

    /// <summary>Counts one document holding the given (distinct) term ids.</summary>
    public void CountDocument(ReadOnlySpan<int> termIds)
    {
        Documents++;
        foreach (var id in termIds) _documentFrequency[id]++;
    }

    /// <summary>The smoothed IDF of a term id; cached until the next document is counted.</summary>
    public double Idf(int id)
    {
        if (id >= _idfCache.Length)
        {
            var size = Math.Max(_documentFrequency.Count, _idfCache.Length * 2);
            Array.Resize(ref _idfCache, size);
            Array.Resize(ref _idfCachedAt, size);
        }
        // Stamps are Documents + 1 so that a fresh (zeroed) slot never passes for a cached value.
        if (_idfCachedAt[id] == Documents + 1) return _idfCache[id];
        var idf = Math.Log((Documents + 1.0) / (_documentFrequency[id] + 1.0)) + 1.0;
        _idfCache[id] = idf;
        _idfCachedAt[id] = Documents + 1;
        return idf;
    }
}
