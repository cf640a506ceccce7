using System.Collections.Immutable;
using Crosscheck.Extraction;

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
    /// (a copy cut short or with paragraphs dropped), as estimated from the signatures and shingle counts; judged
    /// only when the shorter body has at least a quarter of the longer one's shingles. Set above 1 to disable.
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

    /// <summary>
    /// Opening words of a body that are also indexed on their own (their shingles' MinHash in a second LSH index),
    /// so that a copy cut short, which shares its start with the original but only part of the body, is still
    /// proposed and then judged by containment. 0 disables.
    /// </summary>
    public int LeadWords { get; init; } = 50;

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
        if (LeadWords < 0) throw new ArgumentOutOfRangeException(nameof(LeadWords), LeadWords, "DuplicateDetectorOptions.LeadWords cannot be negative (0 turns the opening-words index off; 50 is a good start).");
        if (MinimumWords < 0) throw new ArgumentOutOfRangeException(nameof(MinimumWords), MinimumWords, "DuplicateDetectorOptions.MinimumWords cannot be negative.");
        if (ContainmentThreshold <= 0 || double.IsNaN(ContainmentThreshold))
        {
            throw new ArgumentOutOfRangeException(nameof(ContainmentThreshold), ContainmentThreshold, "DuplicateDetectorOptions.ContainmentThreshold must be above 0 (0.85 is a good start; above 1 turns containment off).");
        }
    }
}

/// <summary>
/// Finds exact and near-duplicate (syndicated) copies among a batch of articles, with the stream's
/// <see cref="NearDuplicateIndex"/>: the batch is added earliest first (the earliest <see cref="Article.Published"/>
/// date, dated before undated, then the lowest <see cref="Article.Ordinal"/>, then input order), and every member of a
/// copy group points to the group's original (<see cref="SyndicationOrigin"/>: the earliest; on the same day not the
/// one crediting another's outlet, and a news agency before others). Titles count only for bodies too short to judge by text alone (syndicated copies
/// are often retitled).
/// </summary>
public sealed class DuplicateDetector
{
    public DuplicateDetector() : this(new DuplicateDetectorOptions()) { }

    public DuplicateDetector(DuplicateDetectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
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

        var order = Enumerable.Range(0, n).ToArray();
        Array.Sort(order, (a, b) => CompareEarliest(articles, a, b));
        var index = new NearDuplicateIndex(Options);
        foreach (var i in order) index.Add(articles[i].Id, articles[i].Title, articles[i].Text, articles[i].Published);

        // Copy groups by the index's earliest member; then each group's original by SyndicationOrigin.
        var groups = new Dictionary<int, List<int>>();
        for (var position = 0; position < n; position++)
        {
            var earliest = index.EarliestOf(position);
            if (earliest == position) continue;
            if (!groups.TryGetValue(earliest, out var members)) groups[earliest] = members = [order[earliest]];
            members.Add(order[position]);
        }
        var result = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var members in groups.Values)
        {
            var original = articles[SyndicationOrigin.Choose(articles, members)].Id;
            foreach (var i in members)
            {
                if (articles[i].Id != original) result[articles[i].Id] = original;
            }
        }
        return result.ToImmutable();
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
}
