using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using Crosscheck.Extraction;
using Crosscheck.Hashing;
using Crosscheck.Text;

namespace Crosscheck.Dedup;

/// <summary>Options of <see cref="DuplicateDetector"/>.</summary>
public sealed record DuplicateDetectorOptions
{
    /// <summary>
    /// Jaccard similarity of body shingles at or above which two articles are near-duplicates (syndicated or lightly
    /// edited copies). Also sets the LSH banding. Independent retellings of one event score far below 0.2.
    /// </summary>
    public double Threshold { get; init; } = 0.7;

    /// <summary>
    /// A candidate pair is also a duplicate when this share of the shorter body's shingles appears in the longer one
    /// (a copy cut short or with paragraphs dropped). Set above 1 to disable.
    /// </summary>
    public double ContainmentThreshold { get; init; } = 0.85;

    /// <summary>Words per shingle.</summary>
    public int ShingleSize { get; init; } = 5;

    /// <summary>MinHash permutations (signature length).</summary>
    public int Permutations { get; init; } = 128;

    /// <summary>Seed of the shingle hashes and the MinHash permutations.</summary>
    public ulong Seed { get; init; } = 0x43726F7373636865UL;

    /// <summary>
    /// Bodies with fewer words than this are too short to judge by text alone (a paywall notice, a caption): they are
    /// duplicates only when their normalised body and title both match exactly.
    /// </summary>
    public int MinimumWords { get; init; } = 25;

    /// <summary>Weight of false positives when choosing the LSH banding (datasketch's default 0.5).</summary>
    public double FalsePositiveWeight { get; init; } = 0.5;

    /// <summary>Weight of false negatives when choosing the LSH banding (datasketch's default 0.5).</summary>
    public double FalseNegativeWeight { get; init; } = 0.5;

    internal void Validate()
    {
        if (Threshold is <= 0 or >= 1 || double.IsNaN(Threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(Threshold), Threshold, "DuplicateDetectorOptions.Threshold must lie strictly between 0 and 1 (0.7 is a good start).");
        }
        if (ShingleSize < 1) throw new ArgumentOutOfRangeException(nameof(ShingleSize), ShingleSize, "DuplicateDetectorOptions.ShingleSize must be at least 1 word (5 is a good start).");
        if (Permutations < 2) throw new ArgumentOutOfRangeException(nameof(Permutations), Permutations, "DuplicateDetectorOptions.Permutations must be at least 2 (128 is a good start).");
        if (MinimumWords < 0) throw new ArgumentOutOfRangeException(nameof(MinimumWords), MinimumWords, "DuplicateDetectorOptions.MinimumWords cannot be negative.");
    }
}

/// <summary>
/// Finds exact and near-duplicate (syndicated) copies among articles. Exact copies share the XXH64 hash of their
/// normalised body (folded words); near-duplicates are found by MinHash signatures of word shingles in an LSH index
/// whose banding follows <see cref="DuplicateDetectorOptions.Threshold"/>, and each candidate pair is verified with
/// the exact shingle Jaccard (or containment). Copies form groups (transitively), and every member of a group
/// points to the earliest: the earliest <see cref="Article.Published"/> date, dated before undated, then the lowest
/// <see cref="Article.Ordinal"/>, then input order. Titles are ignored: syndicated copies are often retitled.
/// </summary>
public sealed class DuplicateDetector
{
    private readonly MinHashPermutations _permutations;

    public DuplicateDetector() : this(new DuplicateDetectorOptions()) { }

    public DuplicateDetector(DuplicateDetectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        _permutations = new MinHashPermutations(options.Permutations, options.Seed);
        LshParameters = LshParameters.Optimal(options.Threshold, options.Permutations, options.FalsePositiveWeight, options.FalseNegativeWeight);
    }

    public DuplicateDetectorOptions Options { get; }

    /// <summary>The LSH banding derived from the options.</summary>
    public LshParameters LshParameters { get; }

    /// <summary>
    /// Maps the id of every article that copies another to the id of the earliest copy. Originals and articles
    /// without copies are absent from the map.
    /// </summary>
    public ImmutableDictionary<string, string> FindDuplicates(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var n = articles.Count;
        if (n < 2) return ImmutableDictionary<string, string>.Empty;

        var fingerprints = new Fingerprint[n];
        Parallel.For(0, n, i => fingerprints[i] = Fingerprint.Of(articles[i], Options, _permutations));

        // Process in "earliest first" order so that each group's first member is its original.
        var order = Enumerable.Range(0, n).ToArray();
        Array.Sort(order, (a, b) => CompareEarliest(articles, a, b));

        var groups = new DisjointSets(n);
        var exact = new Dictionary<ulong, List<int>>();
        var index = new LshIndex(LshParameters);
        foreach (var i in order)
        {
            var print = fingerprints[i];
            if (print.WordCount == 0) continue;
            if (exact.TryGetValue(print.ExactHash, out var same))
            {
                foreach (var j in same)
                {
                    if (IsExactCopy(print, fingerprints[j])) groups.Union(j, i);
                }
                same.Add(i);
            }
            else
            {
                exact[print.ExactHash] = [i];
            }

            if (print.WordCount < Options.MinimumWords) continue;
            foreach (var j in index.Query(print.Signature))
            {
                if (groups.Find(i) == groups.Find(j)) continue;
                if (IsNearCopy(print, fingerprints[j])) groups.Union(j, i);
            }
            index.Add(i, print.Signature);
        }

        // The representative of each group is the member met first in "earliest" order.
        var original = new int[n];
        Array.Fill(original, -1);
        foreach (var i in order)
        {
            var root = groups.Find(i);
            if (original[root] < 0) original[root] = i;
        }
        var result = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var first = original[groups.Find(i)];
            if (first != i && articles[first].Id != articles[i].Id) result[articles[i].Id] = articles[first].Id;
        }
        return result.ToImmutable();
    }

    private bool IsExactCopy(Fingerprint a, Fingerprint b)
    {
        if (!string.Equals(a.NormalizedBody, b.NormalizedBody, StringComparison.Ordinal)) return false;
        return a.WordCount >= Options.MinimumWords || string.Equals(a.NormalizedTitle, b.NormalizedTitle, StringComparison.Ordinal);
    }

    private bool IsNearCopy(Fingerprint a, Fingerprint b)
    {
        // LSH proposed the pair from the signatures; the exact shingle overlap (a linear merge) decides.
        if (a.Shingles.Jaccard(b.Shingles) >= Options.Threshold) return true;
        return Options.ContainmentThreshold <= 1 && a.Shingles.ContainmentOfSmaller(b.Shingles) >= Options.ContainmentThreshold;
    }

    private static int CompareEarliest(IReadOnlyList<Article> articles, int a, int b)
    {
        var x = articles[a];
        var y = articles[b];
        if (x.Published is { } dx && y.Published is { } dy)
        {
            var byDate = dx.CompareTo(dy);
            if (byDate != 0) return byDate;
        }
        else if (x.Published.HasValue != y.Published.HasValue)
        {
            return x.Published.HasValue ? -1 : 1;
        }
        var byOrdinal = x.Ordinal.CompareTo(y.Ordinal);
        return byOrdinal != 0 ? byOrdinal : a.CompareTo(b);
    }

    private sealed record Fingerprint(string NormalizedBody, string NormalizedTitle, int WordCount, ulong ExactHash, ShingleSet Shingles, MinHashSignature Signature)
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static Fingerprint Of(Article article, DuplicateDetectorOptions options, MinHashPermutations permutations)
        {
            var words = ShingleSet.NormalizedWords(article.Text);
            var body = string.Join(' ', words);
            var title = string.Join(' ', ShingleSet.NormalizedWords(article.Title));
            var shingles = ShingleSet.FromWords(words, options.ShingleSize, options.Seed);
            return new Fingerprint(body, title, words.Count, XxHash64.Hash(body, options.Seed), shingles, permutations.Sign(shingles));
        }
    }
}
