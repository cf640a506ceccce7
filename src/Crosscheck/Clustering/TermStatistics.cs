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
    private double[] _logs = [];
    private double _logDocuments;

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
        _logDocuments = Math.Log(Documents + 1.0);
        foreach (var id in termIds) _documentFrequency[id]++;
    }

    /// <summary>
    /// The smoothed IDF of a term id, <c>ln(N + 1) − ln(df + 1) + 1</c>: the first logarithm is taken once per counted
    /// document, the second read from a table of logarithms of small integers, so no call computes a logarithm.
    /// </summary>
    public double Idf(int id) => _logDocuments - LogOf(_documentFrequency[id] + 1) + 1.0;

    private double LogOf(int n)
    {
        if (n >= _logs.Length)
        {
            var size = Math.Max(n + 1, _logs.Length * 2);
            var old = _logs.Length;
            Array.Resize(ref _logs, size);
            for (var i = Math.Max(old, 1); i < size; i++) _logs[i] = Math.Log(i);
        }
        return _logs[n];
    }
}
