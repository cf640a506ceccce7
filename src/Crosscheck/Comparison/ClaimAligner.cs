using Crosscheck.Text;

namespace Crosscheck.Comparison;

/// <summary>Tuning of <see cref="ClaimAligner"/>.</summary>
/// <param name="LinkThreshold">Similarity a pair of units needs to join their groups.</param>
/// <param name="AverageThreshold">Mean similarity between two groups' units needed to merge them.</param>
/// <param name="MinContentTerms">Units with fewer content terms are too thin to be a claim.</param>
internal sealed record ClaimAlignerSettings(double LinkThreshold = 0.36, double AverageThreshold = 0.26, int MinContentTerms = 3);

/// <summary>The claim units of a story grouped into aligned claims (at most one unit per article in a group).</summary>
internal sealed class ClaimAlignment
{
    public required IReadOnlyList<ClaimUnit> Units { get; init; }

    /// <summary>Groups of unit indices, each an aligned claim, in order of their earliest unit.</summary>
    public required IReadOnlyList<IReadOnlyList<int>> Groups { get; init; }

    /// <summary>The group index of each unit, or -1 for units too thin to be claims.</summary>
    public required int[] GroupOf { get; init; }

    /// <summary>Similarity of pairs of units of different articles above a floor, keyed by <see cref="PairKey"/>.</summary>
    public required Dictionary<long, double> Similarities { get; init; }

    public required Dictionary<string, double> Weights { get; init; }

    public double Similarity(int a, int b) => Similarities.TryGetValue(PairKey(a, b), out var s) ? s : 0;

    public static long PairKey(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    public double Weight(string key) => Weights.TryGetValue(key, out var w) ? w : 0;
}

/// <summary>
/// Aligns claim units across a story's articles by meaning: each unit is a set of normalised terms
/// (see <see cref="ClaimSplitter"/>) weighted by their inverse frequency among the story's units, boosted for
/// names, numbers and dates and damped for reporting verbs; two units' similarity is the weighted overlap of their
/// terms over the geometric mean of their weights. Groups form greedily from the most similar pair down
/// (average linkage, never two units of the same article in one group).
/// </summary>
internal static class ClaimAligner
{
    private const double SimilarityFloor = 0.12;

    public static ClaimAlignment Align(IReadOnlyList<ClaimUnit> units, ClaimAlignerSettings settings)
    {
        var weights = TermWeights(units);
        var norms = new double[units.Count];
        for (var i = 0; i < units.Count; i++)
        {
            foreach (var key in units[i].Keys) norms[i] += weights[key];
        }

        var similarities = PairSimilarities(units, weights, norms);
        var groupOf = new int[units.Count];
        var members = new List<List<int>?>();
        var articlesOf = new List<HashSet<int>?>();
        for (var i = 0; i < units.Count; i++)
        {
            if (units[i].ContentCount < settings.MinContentTerms)
            {
                groupOf[i] = -1;
                continue;
            }
            groupOf[i] = members.Count;
            members.Add([i]);
            articlesOf.Add([units[i].ArticleIndex]);
        }

        var pairs = similarities.Where(p => p.Value >= settings.LinkThreshold).Select(p => (A: (int)(p.Key >> 32), B: (int)(p.Key & 0xFFFFFFFF), Sim: p.Value))
            .OrderByDescending(p => p.Sim).ThenBy(p => p.A).ThenBy(p => p.B).ToList();
        foreach (var (a, b, _) in pairs)
        {
            var ga = groupOf[a];
            var gb = groupOf[b];
            if (ga < 0 || gb < 0 || ga == gb) continue;
            var left = members[ga]!;
            var right = members[gb]!;
            if (articlesOf[ga]!.Overlaps(articlesOf[gb]!)) continue;
            var total = 0.0;
            foreach (var x in left)
            {
                foreach (var y in right) total += similarities.TryGetValue(ClaimAlignment.PairKey(x, y), out var s) ? s : 0;
            }
            if (total / (left.Count * right.Count) < settings.AverageThreshold) continue;
            var (keep, drop) = ga < gb ? (ga, gb) : (gb, ga);
            members[keep]!.AddRange(members[drop]!);
            articlesOf[keep]!.UnionWith(articlesOf[drop]!);
            foreach (var u in members[drop]!) groupOf[u] = keep;
            members[drop] = null;
            articlesOf[drop] = null;
        }

        var groups = new List<IReadOnlyList<int>>();
        var renumber = new Dictionary<int, int>();
        for (var g = 0; g < members.Count; g++)
        {
            if (members[g] is not { } list) continue;
            list.Sort();
            renumber[g] = groups.Count;
            groups.Add(list);
        }
        for (var i = 0; i < groupOf.Length; i++)
        {
            if (groupOf[i] >= 0) groupOf[i] = renumber[groupOf[i]];
        }
        return new ClaimAlignment { Units = units, Groups = groups, GroupOf = groupOf, Similarities = similarities, Weights = weights };
    }

    /// <summary>Similarity of two term sets under the given weights.</summary>
    internal static double Similarity(ClaimUnit a, ClaimUnit b, Dictionary<string, double> weights)
    {
        double shared = 0, na = 0, nb = 0;
        foreach (var key in a.Keys)
        {
            var w = weights.GetValueOrDefault(key);
            na += w;
            if (b.Keys.Contains(key)) shared += w;
        }
        foreach (var key in b.Keys) nb += weights.GetValueOrDefault(key);
        return na <= 0 || nb <= 0 ? 0 : shared / Math.Sqrt(na * nb);
    }

    private static Dictionary<string, double> TermWeights(IReadOnlyList<ClaimUnit> units)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var kinds = new Dictionary<string, ClaimTermKind>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            foreach (var term in unit.Terms)
            {
                if (!kinds.TryGetValue(term.Key, out var kind) || term.Kind > kind) kinds[term.Key] = term.Kind;
            }
            foreach (var key in unit.Keys) df[key] = df.GetValueOrDefault(key) + 1;
        }
        var n = Math.Max(1, units.Count);
        var weights = new Dictionary<string, double>(df.Count, StringComparer.Ordinal);
        foreach (var (key, count) in df)
        {
            var w = Math.Log(1.0 + (double)n / count);
            w *= kinds[key] switch
            {
                ClaimTermKind.Name => 1.4,
                ClaimTermKind.Number => 1.6,
                ClaimTermKind.Date => 1.6,
                _ => ParaphraseLexicon.IsLight(key) ? 0.3 : 1.0,
            };
            weights[key] = w;
        }
        return weights;
    }

    private static Dictionary<long, double> PairSimilarities(IReadOnlyList<ClaimUnit> units, Dictionary<string, double> weights, double[] norms)
    {
        var postings = new Dictionary<string, TermPostings>(StringComparer.Ordinal);
        var result = new Dictionary<long, double>();
        var accumulator = new Dictionary<int, double>();
        // In very large stories the commonest terms would make candidate generation quadratic; they still count in
        // the similarity of candidates found through rarer terms.
        var frequentCap = Math.Max(64, units.Count / 4);
        for (var i = 0; i < units.Count; i++)
        {
            accumulator.Clear();
            var unit = units[i];
            var skipped = false;
            foreach (var key in unit.Keys)
            {
                if (!postings.TryGetValue(key, out var list)) postings[key] = list = new TermPostings();
                if (list.Count > frequentCap)
                {
                    skipped = true;
                }
                else
                {
                    list.AddToOtherArticles(accumulator, unit.ArticleIndex, weights[key]);
                }
                list.Add(i, unit.ArticleIndex);
            }
            foreach (var (j, shared) in accumulator)
            {
                if (norms[i] <= 0 || norms[j] <= 0) continue;
                var s = skipped ? Similarity(unit, units[j], weights) : shared / Math.Sqrt(norms[i] * norms[j]);
                if (s >= SimilarityFloor) result[ClaimAlignment.PairKey(i, j)] = s;
            }
        }
        return result;
    }

    /// <summary>
    /// The units that hold one term, in unit order, kept as runs of consecutive units of one article. Units are paired
    /// only across articles, so the runs of the asking unit's own article are stepped over whole: one article of tens
    /// of thousands of units (a multi-megabyte paragraph) would otherwise visit its own earlier units for every term.
    /// </summary>
    private sealed class TermPostings
    {
        private readonly List<int> _units = [];
        private readonly List<(int Article, int Start)> _runs = [];

        /// <summary>Units holding the term so far, of every article.</summary>
        public int Count => _units.Count;

        public void Add(int unit, int article)
        {
            if (_runs.Count == 0 || _runs[^1].Article != article) _runs.Add((article, _units.Count));
            _units.Add(unit);
        }

        /// <summary>Adds <paramref name="weight"/> to the shared weight of every unit not of <paramref name="article"/>, in unit order.</summary>
        public void AddToOtherArticles(Dictionary<int, double> shared, int article, double weight)
        {
            for (var r = 0; r < _runs.Count; r++)
            {
                if (_runs[r].Article == article) continue;
                var end = r + 1 < _runs.Count ? _runs[r + 1].Start : _units.Count;
                for (var k = _runs[r].Start; k < end; k++) shared[_units[k]] = shared.GetValueOrDefault(_units[k]) + weight;
            }
        }
    }
}
