using System.Runtime.CompilerServices;
namespace Crosscheck.Clustering;

/// <summary>An immutable sparse vector over term ids, sorted by id, compared by IDF-weighted cosine.</summary>
internal sealed class SparseVector
{
    public static SparseVector Empty { get; } = new([], []);

    private SparseVector(int[] ids, double[] weights)
    {
        Ids = ids;
        Weights = weights;
    }

    public int[] Ids { get; }

    public double[] Weights { get; }

    public int Count => Ids.Length;

    public bool IsEmpty => Ids.Length == 0;

    public static SparseVector From(Dictionary<int, double> weights)
    {
        if (weights.Count == 0) return Empty;
        var ids = new int[weights.Count];
        var values = new double[weights.Count];
        var i = 0;
        foreach (var (id, w) in weights)
        {
            ids[i] = id;
            values[i] = w;
            i++;
        }
        Array.Sort(ids, values);
        return new SparseVector(ids, values);
    }

    /// <summary>A vector from distinct ids and their weights, in any order (both arrays are taken over and sorted).</summary>
    public static SparseVector FromUnsorted(int[] ids, double[] weights)
    {
        if (ids.Length == 0) return Empty;
        Array.Sort(ids, weights);
        return new SparseVector(ids, weights);
    }

    /// <summary>
    /// Cosine of the two vectors after multiplying every weight by the term's IDF. Each vector keeps its IDF-weighted
    /// values and norm for the current corpus size (recomputed after the next document is counted), so the many
    /// comparisons of one arrival are each one merge of two sorted id lists.
    /// </summary>
    // Hot loop: compiled fully optimised at once, so a one-shot CLI run does not spend it in tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Cosine(SparseVector a, SparseVector b, TermStatistics statistics)
    {
        if (a.IsEmpty || b.IsEmpty) return 0;
        var dot = WeightedDot(a, b, statistics);
        return dot == 0 ? 0 : dot / (a._norm * b._norm);
    }

    /// <summary>The dot product of the IDF-weighted vectors (one merge of the sorted id lists); their norms are then current.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double WeightedDot(SparseVector a, SparseVector b, TermStatistics statistics)
    {
        var x = a.Weighted(statistics);
        var y = b.Weighted(statistics);
        var aIds = a.Ids;
        var bIds = b.Ids;
        double dot = 0;
        int i = 0, j = 0;
        while (i < aIds.Length && j < bIds.Length)
        {
            var ai = aIds[i];
            var bj = bIds[j];
            if (ai < bj) i++;
            else if (bj < ai) j++;
            else
            {
                dot += x[i] * y[j];
                i++;
                j++;
            }
        }
        return dot;
    }

    private double[]? _weighted;
    private double _norm;
    private int _weightedAt;

    /// <summary>The weights multiplied by IDF (and <see cref="_norm"/>), recomputed when the corpus size changed since.</summary>
    private double[] Weighted(TermStatistics statistics)
    {
        var documents = statistics.Documents;
        if (_weighted is not null && documents == _weightedAt) return _weighted;
        _weighted ??= new double[Ids.Length];
        double sum = 0;
        for (var i = 0; i < Ids.Length; i++)
        {
            var w = Weights[i] * statistics.Idf(Ids[i]);
            _weighted[i] = w;
            sum += w * w;
        }
        _norm = Math.Sqrt(sum);
        _weightedAt = documents;
        return _weighted;
    }

    /// <summary>
    /// The IDF-weighted cosine of <paramref name="part"/> with <paramref name="sum"/> less that part, where the part is one
    /// of the vectors summed: from the dot product and the two norms, without building the difference (the weighted
    /// difference is the difference of the weighted vectors, as IDF scales both alike).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double CosineWithout(SparseVector part, SparseVector sum, TermStatistics statistics)
    {
        if (part.IsEmpty || sum.IsEmpty) return 0;
        var dot = WeightedDot(part, sum, statistics);
        var own = part._norm * part._norm;
        var rest = sum._norm * sum._norm - 2 * dot + own;
        var shared = dot - own;
        // What is left of the sum is the part itself (or rounding): nothing to be like.
        if (rest <= 1e-12 * Math.Max(1, sum._norm * sum._norm) || shared <= 0) return 0;
        return shared / (part._norm * Math.Sqrt(rest));
    }

    /// <summary>How many ids the two vectors share.</summary>
    public static int SharedCount(SparseVector a, SparseVector b)
    {
        int i = 0, j = 0, n = 0;
        while (i < a.Ids.Length && j < b.Ids.Length)
        {
            if (a.Ids[i] < b.Ids[j]) i++;
            else if (b.Ids[j] < a.Ids[i]) j++;
            else { n++; i++; j++; }
        }
        return n;
    }

    /// <summary>The entries whose weight reaches <paramref name="floor"/>.</summary>
    public SparseVector AtLeast(double floor)
    {
        var n = 0;
        foreach (var w in Weights) if (w >= floor) n++;
        if (n == Weights.Length) return this;
        var ids = new int[n];
        var weights = new double[n];
        n = 0;
        for (var i = 0; i < Ids.Length; i++)
        {
            if (Weights[i] < floor) continue;
            ids[n] = Ids[i];
            weights[n++] = Weights[i];
        }
        return new SparseVector(ids, weights);
    }

    /// <summary>The <paramref name="count"/> heaviest terms by weight × IDF, heaviest first (ties by lower id).</summary>
    // Hot loop: compiled fully optimised at once, so a one-shot CLI run does not spend it in tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (int Id, double Weight)[] Top(int count, TermStatistics statistics)
    {
        var scores = Weighted(statistics);
        var positions = TopPositions(count, scores);
        var result = new (int Id, double Weight)[positions.Length];
        for (var i = 0; i < positions.Length; i++) result[i] = (Ids[positions[i]], scores[positions[i]]);
        return result;
    }

    /// <summary>The positions of the <paramref name="count"/> entries heaviest by <paramref name="scores"/>, heaviest first (ties by lower id).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int[] TopPositions(int count, double[] scores)
    {
        var kept = Math.Min(count, Ids.Length);
        // A bounded min-heap of positions whose root is the lightest kept entry: O(n log count).
        var heap = new int[kept];
        var size = 0;
        for (var i = 0; i < Ids.Length; i++)
        {
            if (size < kept)
            {
                heap[size] = i;
                SiftUp(heap, size++, scores);
            }
            else if (Heavier(i, heap[0], scores))
            {
                heap[0] = i;
                SiftDown(heap, size, scores);
            }
        }
        // Popping the lightest into the last free slot leaves the array heaviest first.
        while (size > 1)
        {
            var lightest = heap[0];
            heap[0] = heap[--size];
            SiftDown(heap, size, scores);
            heap[size] = lightest;
        }
        return heap;
    }

    /// <summary>Whether position <paramref name="a"/> outranks <paramref name="b"/>: a greater score, or an equal score and a lower id.</summary>
    private bool Heavier(int a, int b, double[] scores) => scores[a] > scores[b] || (scores[a] == scores[b] && Ids[a] < Ids[b]);

    private void SiftUp(int[] heap, int at, double[] scores)
    {
        while (at > 0)
        {
            var parent = (at - 1) / 2;
            if (!Heavier(heap[parent], heap[at], scores)) return;
            (heap[parent], heap[at]) = (heap[at], heap[parent]);
            at = parent;
        }
    }

    private void SiftDown(int[] heap, int size, double[] scores)
    {
        var at = 0;
        while (true)
        {
            var lightest = at;
            var left = 2 * at + 1;
            if (left < size && Heavier(heap[lightest], heap[left], scores)) lightest = left;
            if (left + 1 < size && Heavier(heap[lightest], heap[left + 1], scores)) lightest = left + 1;
            if (lightest == at) return;
            (heap[lightest], heap[at]) = (heap[at], heap[lightest]);
            at = lightest;
        }
    }

    /// <summary>The sum of two vectors (one merge of the sorted id lists, after one that counts the union).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static SparseVector Sum(SparseVector a, SparseVector b)
    {
        if (b.IsEmpty) return a;
        if (a.IsEmpty) return new SparseVector((int[])b.Ids.Clone(), (double[])b.Weights.Clone());
        var ids = new int[a.Count + b.Count - SharedCount(a, b)];
        var weights = new double[ids.Length];
        int i = 0, j = 0, n = 0;
        while (i < a.Count || j < b.Count)
        {
            if (j >= b.Count || (i < a.Count && a.Ids[i] < b.Ids[j]))
            {
                ids[n] = a.Ids[i];
                weights[n++] = a.Weights[i++];
            }
            else if (i >= a.Count || b.Ids[j] < a.Ids[i])
            {
                ids[n] = b.Ids[j];
                weights[n++] = b.Weights[j++];
            }
            else
            {
                ids[n] = a.Ids[i];
                weights[n++] = a.Weights[i++] + b.Weights[j++];
            }
        }
        return new SparseVector(ids, weights);
    }

    /// <summary>The <paramref name="count"/> heaviest terms by weight × IDF, with their own weights, as a vector.</summary>
    public SparseVector Heaviest(int count, TermStatistics statistics)
    {
        if (Count <= count) return this;
        var positions = TopPositions(count, Weighted(statistics));
        // Positions in id order give the kept entries already sorted.
        Array.Sort(positions);
        var ids = new int[positions.Length];
        var weights = new double[positions.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            ids[i] = Ids[positions[i]];
            weights[i] = Weights[positions[i]];
        }
        return new SparseVector(ids, weights);
    }
}
