namespace Crosscheck.Dedup;

/// <summary>How a document relates to those added before it.</summary>
public enum DuplicateKind
{
    /// <summary>It copies none of them.</summary>
    None,

    /// <summary>Its folded words equal those of an earlier document (for very short bodies, its title's too).</summary>
    Exact,

    /// <summary>A near or syndicated copy: its shingles agree with an earlier document's beyond the threshold, or it is contained in one (or contains one).</summary>
    Near,
}

/// <summary>What <see cref="NearDuplicateIndex.Add"/> found about one document.</summary>
/// <param name="Position">The document's position: 0, 1, 2… in order of addition.</param>
/// <param name="Kind">Whether it copies an earlier document, and how.</param>
/// <param name="Group">
/// The position of the first document added of its copy group (its own when it copies nothing). It never changes
/// for a document already added unless a later document bridges two groups, and then it becomes the smaller one.
/// </param>
/// <param name="DuplicateOf">The id of its group's earliest copy, or null when that is this document itself.</param>
public readonly record struct DuplicateMatch(int Position, DuplicateKind Kind, int Group, string? DuplicateOf)
{
    /// <summary>True when the document copies an earlier one.</summary>
    public bool IsCopy => Kind != DuplicateKind.None;
}

/// <summary>
/// Finds copies in a stream of documents as they arrive, with state small enough to keep for the whole stream.
/// Exact copies share a 64-bit key of their folded words. Near and syndicated copies are found by MinHash over word
/// shingles: an LSH index over the body's signature, banded for <see cref="DuplicateDetectorOptions.Threshold"/>
/// (datasketch's optimum), and a second one over the signature of the body's opening words, which finds copies cut
/// short (they share their start with the original but only part of the body). Copies join groups (transitively),
/// and every group knows its earliest copy.
/// </summary>
/// <remarks>
/// <para>
/// Per document the index keeps its id (a reference to the caller's string), date, group and exact key, each
/// signature value in 16 order-keeping bits (<see cref="SignatureStore.Compact"/>: 256 bytes for 128 permutations),
/// its distinct shingle count and its LSH entries (about 14 bytes a band). Texts, normalised words and shingle sets
/// are not kept.
/// </para>
/// <para>
/// So candidates are verified with the signatures, not the shingle sets. The share of equal values estimates the
/// Jaccard similarity with a standard error of at most 0.044 (128 permutations). The containment of the smaller body
/// is estimated from the same comparison: where the two minima differ, the side with the lower one holds a shingle
/// the other lacks, so containment ≈ equal / (equal + positions where the smaller body's minimum is lower), which is
/// exactly 1 for a copy that only drops text, whatever its length. Near the threshold a pair can fall either way where
/// exact verification would decide: at the default 0.7, pairs at 0.8 and above are confirmed and pairs at 0.6 and
/// below rejected 99% of the time. Keeping every shingle set for exact verification would cost about 2.5 KB a
/// document, the whole budget of the stream. Containment is only judged when the shorter body has at least a quarter
/// of the longer one's shingles: below that, too few permutations say anything about it.
/// </para>
/// <para>
/// The earliest copy: the earliest <c>published</c> date, dated before undated, then the first added. When a copy
/// arrives dated earlier than its group's earliest so far, it becomes the group's earliest: its own result says
/// <c>DuplicateOf</c> null, results returned before keep naming the former earliest, and <see cref="DuplicateOf"/>
/// gives the final view. Deterministic for a given order of addition. Not thread-safe.
/// </para>
/// </remarks>
public sealed class NearDuplicateIndex
{
    /// <summary>The Jaccard threshold of the opening words' banding: low, because verification is cheap and a copy with its own dateline shares only about three quarters of its opening shingles.</summary>
    private const double LeadThreshold = 0.5;

    /// <summary>Signature values the opening words' banding reads.</summary>
    private const int LeadValues = 32;

    private const ulong BodyBandSalt = 0x4C53_4842_6F64_7931UL;
    private const ulong LeadBandSalt = 0x4C53_484C_6561_6431UL;

    private readonly DocumentFingerprint _fingerprint;
    private readonly Dictionary<ulong, int> _exact = [];
    private readonly LshIndex _bodies;
    private readonly LshIndex? _leads;
    private readonly SignatureStore _signatures;
    private readonly DisjointSets _groups = new();
    private readonly List<string> _ids = [];
    private readonly List<int> _days = [];
    private readonly List<int> _earliest = [];
    private readonly List<int> _candidates = [];

    public NearDuplicateIndex() : this(new DuplicateDetectorOptions()) { }

    public NearDuplicateIndex(DuplicateDetectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        var permutations = new MinHashPermutations(options.Permutations, options.Seed);
        LshParameters = LshParameters.Optimal(options.Threshold, options.Permutations, options.FalsePositiveWeight, options.FalseNegativeWeight);
        _bodies = new LshIndex(LshParameters, options.Seed ^ BodyBandSalt);
        if (options.LeadWords > 0)
        {
            LeadLshParameters = LshParameters.Optimal(LeadThreshold, Math.Min(LeadValues, options.Permutations));
            _leads = new LshIndex(LeadLshParameters, options.Seed ^ LeadBandSalt);
        }
        _signatures = new SignatureStore(options.Permutations);
        _fingerprint = new DocumentFingerprint(options, permutations);
    }

    public DuplicateDetectorOptions Options { get; }

    /// <summary>The banding of the body signatures, derived from the options.</summary>
    public LshParameters LshParameters { get; }

    /// <summary>The banding of the opening words' signatures, or null when <see cref="DuplicateDetectorOptions.LeadWords"/> is 0.</summary>
    public LshParameters? LeadLshParameters { get; }

    /// <summary>The number of documents added.</summary>
    public int Count => _ids.Count;

    /// <summary>
    /// Adds a document and says whether it copies one added before (exact or near), and which document is now its
    /// group's earliest copy. Titles only count for bodies too short to judge (see <see cref="DuplicateDetectorOptions.MinimumWords"/>);
    /// an empty body copies nothing.
    /// </summary>
    public DuplicateMatch Add(string id, string? title, string? text, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(id);
        var position = _groups.Add();
        _ids.Add(id);
        _days.Add(published?.DayNumber ?? int.MaxValue);
        _earliest.Add(position);

        var fingerprint = _fingerprint;
        fingerprint.Compute(title, text);
        var kind = DuplicateKind.None;
        if (fingerprint.Words > 0)
        {
            if (_exact.TryGetValue(fingerprint.ExactKey, out var same))
            {
                // Its signature would equal the earlier copy's, which is indexed already.
                Join(same, position);
                kind = DuplicateKind.Exact;
            }
            else
            {
                _exact.Add(fingerprint.ExactKey, position);
                if (fingerprint.HasSignature && AddNear(position)) kind = DuplicateKind.Near;
            }
        }
        return new DuplicateMatch(position, kind, _groups.Find(position), DuplicateOf(position));
    }

    /// <summary>The id of the document added at <paramref name="position"/>.</summary>
    public string IdAt(int position) => _ids[position];

    /// <summary>The position of the first document added of the copy group of the document at <paramref name="position"/>.</summary>
    public int GroupOf(int position) => _groups.Find(position);

    /// <summary>The position of the earliest copy in the group of the document at <paramref name="position"/> (its own when it is the earliest).</summary>
    public int EarliestOf(int position) => _earliest[_groups.Find(position)];

    /// <summary>The id of the earliest copy of the document at <paramref name="position"/>, or null when it is the earliest of its group.</summary>
    public string? DuplicateOf(int position)
    {
        var earliest = EarliestOf(position);
        return earliest == position ? null : _ids[earliest];
    }

    /// <summary>Verifies the LSH candidates of the fingerprinted document, joins it to those it copies, then indexes it.</summary>
    private bool AddNear(int position)
    {
        var fingerprint = _fingerprint;
        _candidates.Clear();
        _bodies.Query(fingerprint.Signature, _candidates);
        _leads?.Query(fingerprint.LeadSignature, _candidates);
        _candidates.Sort();
        var copies = false;
        var previous = -1;
        foreach (var slot in _candidates)
        {
            if (slot == previous) continue;
            previous = slot;
            var other = _signatures.PositionOf(slot);
            if (_groups.Find(other) == _groups.Find(position) || !IsNearCopy(slot)) continue;
            Join(other, position);
            copies = true;
        }
        var added = _signatures.Add(fingerprint.CompactSignature, fingerprint.Shingles, position);
        _bodies.Add(added, fingerprint.Signature);
        _leads?.Add(added, fingerprint.LeadSignature);
        return copies;
    }

    private bool IsNearCopy(int slot)
    {
        var fingerprint = _fingerprint;
        var comparison = _signatures.Compare(slot, fingerprint.CompactSignature);
        if (comparison.Jaccard >= Options.Threshold) return true;
        if (Options.ContainmentThreshold > 1) return false;
        var mine = fingerprint.Shingles;
        var theirs = _signatures.ShinglesOf(slot);
        var smaller = Math.Min(mine, theirs);
        if (smaller * 4L < Math.Max(mine, theirs)) return false;
        var smallerLower = mine <= theirs ? comparison.QueryLower : comparison.StoredLower;
        return SignatureComparison.Containment(comparison.Equal, smallerLower) >= Options.ContainmentThreshold;
    }

    private void Join(int earlier, int position)
    {
        var a = _groups.Find(earlier);
        var b = _groups.Find(position);
        if (a == b) return;
        var earliestA = _earliest[a];
        var earliestB = _earliest[b];
        var root = _groups.Union(a, b);
        _earliest[root] = IsEarlier(earliestB, earliestA) ? earliestB : earliestA;
    }

    /// <summary>Earlier date first (undated last), then earlier addition.</summary>
    private bool IsEarlier(int a, int b) => _days[a] != _days[b] ? _days[a] < _days[b] : a < b;
}
