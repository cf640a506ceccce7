using System.Runtime.CompilerServices;
namespace Crosscheck.Clustering;

/// <summary>
/// What the clusterer needs of an article. <see cref="PublishedOtherReading"/> is the other reading of a date that reads
/// both ways ("09/03/2026"); the story the document joins settles which reading holds.
/// </summary>
public sealed record ClusterDocument(string Id, string Title, string Text, DateOnly? Published = null, string? Outlet = null, DateOnly? PublishedOtherReading = null);

/// <summary>Options of <see cref="OnlineStoryClusterer"/>. The defaults suit news articles of a few hundred words.</summary>
public sealed record StoryClustererOptions
{
    /// <summary>Weight added to a term's log frequency when it appears in the title.</summary>
    public double TitleWeight { get; init; } = 2.0;

    /// <summary>Share of the similarity given to the TF-IDF cosine of title and body words.</summary>
    public double TextWeight { get; init; } = 0.5;

    /// <summary>Share given to the IDF-weighted cosine of name words (capitalised sequences: people, places, organisations).</summary>
    public double NameWeight { get; init; } = 0.35;

    /// <summary>Share given to the IDF-weighted cosine of numbers; dropped when neither side has numbers.</summary>
    public double NumberWeight { get; init; } = 0.15;

    /// <summary>
    /// A document joins the most similar candidate story when the similarity reaches this; otherwise it starts a
    /// story. This is the threshold for documents of <see cref="LongDocumentTerms"/> distinct terms or more (articles);
    /// see <see cref="ShortJoinThreshold"/>.
    /// </summary>
    public double JoinThreshold { get; init; } = 0.22;

    /// <summary>
    /// Two stories merge when their centroids reach this similarity (checked after a story grows). This is the
    /// threshold for stories of articles (<see cref="LongDocumentTerms"/> distinct terms or more on average); see
    /// <see cref="ShortMergeThreshold"/>.
    /// </summary>
    public double MergeThreshold { get; init; } = 0.6;

    /// <summary>
    /// The join threshold for documents of <see cref="ShortDocumentTerms"/> distinct terms or fewer (headlines,
    /// posts). Similarities of short texts are coarser, so thresholds slide linearly between the short and the long
    /// value with the document's length.
    /// </summary>
    public double ShortJoinThreshold { get; init; } = 0.22;

    /// <summary>The merge threshold for stories whose documents have <see cref="ShortDocumentTerms"/> distinct terms or fewer on average.</summary>
    public double ShortMergeThreshold { get; init; } = 0.2;

    /// <summary>
    /// Cohesion guard for articles: a story that has grown by <see cref="CohesionMinimumJoins"/> documents or more
    /// accepts a document only when the similarity reaches this share of the mean similarity at which its documents
    /// joined. A story of closely matching retellings thus refuses an article that is merely on the same topic (last
    /// year's earthquake, another patch for the same browser, another event in the same village), which then starts
    /// a story of its own; a loose story stays open. Slides with length like the thresholds: 0 for short documents,
    /// this value for long ones. A join counts in that mean at most at the merge threshold (for the joining
    /// document's length, between <see cref="ShortMergeThreshold"/> and <see cref="MergeThreshold"/>): a near copy
    /// that the dedup stage let through says the two are one story, not that every retelling must be as close.
    /// </summary>
    public double CohesionShare { get; init; } = 0.5;

    /// <summary>
    /// How many documents must have joined a story (after its first) before the cohesion guard applies. One: two
    /// retellings already show how close the story's retellings are, and an article merely on their topic that comes
    /// third would otherwise get in before the guard is armed (and then be cut out of the story together with a
    /// retelling it drew along).
    /// </summary>
    public int CohesionMinimumJoins { get; init; } = 1;

    /// <summary>Two groups of a young story of articles whose centroids are less similar than this are cut into two stories (0 never cuts).</summary>
    public double SplitThreshold { get; init; } = 0.38;

    /// <summary>The cut threshold for stories of short documents (headlines), sliding with length like the other thresholds.</summary>
    public double ShortSplitThreshold { get; init; } = 0.2;

    /// <summary>
    /// Two groups dated within <see cref="SameEventDays"/> of each other whose names (people, places, organisations) are at
    /// least this alike, and that retell the same figures, are one story's event and its follow-up ("the roll was left open
    /// online" and, a day later, "MPs round on the election chief" over the same 2.1 million voters), not two events on one
    /// topic: they are not cut however different their words. 1 turns the guard off.
    /// </summary>
    public double SplitNameGuard { get; init; } = 0.5;

    /// <summary>
    /// A document joins a story only when it shares at least this many features (content terms and numbers) with it, or
    /// half its terms when it has fewer than twice as many: one word in common between a headline and a story ("worries",
    /// "relationship") is a coincidence, however rare the word. 1 turns the rule off.
    /// </summary>
    public int MinimumSharedFeatures { get; init; } = 2;

    /// <summary>
    /// A story's core is the content terms that at least this share of its documents carry. Two stories of several
    /// documents merge only when their cores agree (<see cref="CoreAgreement"/>): a story grown from headlines chained by
    /// passing words has no core, so it does not draw other stories in.
    /// </summary>
    public double CoreShare { get; init; } = 0.1;

    /// <summary>
    /// Two stories of several documents merge only when the IDF-weighted cosine of their cores (<see cref="CoreShare"/>)
    /// reaches this share of the merge threshold (0 turns the check off).
    /// </summary>
    public double CoreAgreement { get; init; } = 0.7;

    /// <summary>Stories are checked for a cut only up to this many documents; beyond it they keep no member sketches.</summary>
    public int SplitCheckLimit { get; init; } = 64;

    /// <summary>Features per kind kept of each document of a young story, for the cut check.</summary>
    public int SketchFeatures { get; init; } = 40;

    /// <summary>At or below this many distinct content terms a document counts as short (a headline).</summary>
    public int ShortDocumentTerms { get; init; } = 10;

    /// <summary>At or above this many distinct content terms a document counts as long (an article).</summary>
    public int LongDocumentTerms { get; init; } = 30;

    /// <summary>Dated documents this many days apart (or less) from a story's date range count as simultaneous.</summary>
    public int SameEventDays { get; init; } = 3;

    /// <summary>Beyond <see cref="SameEventDays"/>, similarity decays as <c>exp(−extraDays / TimeDecayDays)</c>.</summary>
    public double TimeDecayDays { get; init; } = 7;

    /// <summary>A story whose dates lie further than this from a document's date is no longer a candidate for it (it aged out).</summary>
    public int StoryLifetimeDays { get; init; } = 30;

    /// <summary>
    /// For streams that arrive roughly in date order: a story whose last date lies more than this many days behind
    /// the newest date seen is retired for good and dropped from the candidate index, so memory for lookups stays
    /// bounded. Null (the default) never retires, which is right for batches in arbitrary date order (a folder of
    /// archived pages): there a story only stops being a candidate for documents dated beyond
    /// <see cref="StoryLifetimeDays"/> from it.
    /// </summary>
    public int? RetireAfterDays { get; init; }

    /// <summary>Centroid size per story: the heaviest content terms kept.</summary>
    public int CentroidTerms { get; init; } = 200;

    /// <summary>Centroid size per story: the heaviest name words kept.</summary>
    public int CentroidNames { get; init; } = 60;

    /// <summary>Centroid size per story: the heaviest numbers kept.</summary>
    public int CentroidNumbers { get; init; } = 30;

    /// <summary>Per kind, how many of a story's heaviest features it is posted under in the candidate index.</summary>
    public int IndexedFeaturesPerStory { get; init; } = 30;

    /// <summary>Per kind, how many of a document's heaviest features are looked up in the candidate index.</summary>
    public int QueryFeatures { get; init; } = 20;

    /// <summary>
    /// Per looked-up feature, how many of the stories posted under it (the most recently posted) are read. Bounds the
    /// cost of a lookup in a long stream, where a common feature is shared by thousands of stories. A story keeps the
    /// place where it was first posted under a feature, so under a very common feature an old story that is still
    /// growing can fall out of reach; its rarer features still find it.
    /// </summary>
    public int MaxPostingsPerFeature { get; init; } = 256;

    /// <summary>How many candidate stories (best by index overlap) are fully compared with a document.</summary>
    public int MaxCandidates { get; init; } = 10;

    /// <summary>How many candidate stories are compared with a story that grew, to find one it converged with.</summary>
    public int MaxMergeCandidates { get; init; } = 5;

    internal void Validate()
    {
        if (TextWeight < 0 || NameWeight < 0 || NumberWeight < 0 || TextWeight + NameWeight + NumberWeight <= 0)
        {
            throw new ArgumentException("StoryClustererOptions weights (TextWeight, NameWeight, NumberWeight) must be non-negative and not all zero.");
        }
        if (JoinThreshold is < 0 or > 1 || MergeThreshold is < 0 or > 1 || ShortJoinThreshold is < 0 or > 1 || ShortMergeThreshold is < 0 or > 1)
        {
            throw new ArgumentException("StoryClustererOptions join and merge thresholds (long and short) are similarities between 0 and 1.");
        }
        if (SplitThreshold is < 0 or > 1 || ShortSplitThreshold is < 0 or > 1 || SplitNameGuard is < 0 or > 1 || SplitCheckLimit < 4 || SketchFeatures < 1)
        {
            throw new ArgumentException("StoryClustererOptions split thresholds lie between 0 and 1 (0 never cuts), SplitCheckLimit is at least 4 and SketchFeatures at least 1.");
        }
        if (MinimumSharedFeatures < 1 || CoreShare is < 0 or > 1 || CoreAgreement is < 0 or > 1)
        {
            throw new ArgumentException("StoryClustererOptions.MinimumSharedFeatures is at least 1, and CoreShare and CoreAgreement lie between 0 and 1.");
        }
        if (CohesionShare is < 0 or > 1 || CohesionMinimumJoins < 1)
        {
            throw new ArgumentException("StoryClustererOptions.CohesionShare lies between 0 and 1 and CohesionMinimumJoins is at least 1.");
        }
        if (ShortDocumentTerms < 0 || LongDocumentTerms < ShortDocumentTerms)
        {
            throw new ArgumentException("StoryClustererOptions.ShortDocumentTerms must be non-negative and at most LongDocumentTerms.");
        }
        if (CentroidTerms < 1 || CentroidNames < 1 || CentroidNumbers < 1 || IndexedFeaturesPerStory < 1 || QueryFeatures < 1 || MaxCandidates < 1 || MaxMergeCandidates < 1 || MaxPostingsPerFeature < 1)
        {
            throw new ArgumentException("StoryClustererOptions sizes (centroids, index, query, candidates) must be at least 1.");
        }
        if (TimeDecayDays <= 0 || SameEventDays < 0 || StoryLifetimeDays < 0 || RetireAfterDays < 0)
        {
            throw new ArgumentException("StoryClustererOptions time windows must be non-negative and TimeDecayDays positive.");
        }
    }
}

/// <summary>
/// Assigns each arriving document to a story in one pass, as news aggregators do. A document is compared only with
/// candidate stories found through an inverted index from its heaviest terms, name words and numbers to the stories
/// posted under them, never with every story. Similarity is a weighted mean of the TF-IDF cosine of title and body
/// words (title boosted, IDF maintained incrementally), the IDF-weighted cosine of name words and of numbers, scaled
/// down when the dates lie far apart. A document joins the best candidate above the join threshold (lower for
/// headlines than for articles: <see cref="StoryClustererOptions.ShortJoinThreshold"/>,
/// <see cref="StoryClustererOptions.JoinThreshold"/>) that its cohesion guard lets in
/// (<see cref="StoryClustererOptions.CohesionShare"/>), or starts a new story; story centroids are running sums
/// pruned to their heaviest features; a story that grows is compared with its own candidates and merged into an older story
/// when they converge. A young story keeps sketches of its documents and, at a few sizes, is cut in two when its two
/// best groups turn out to be different events (<see cref="StoryClustererOptions.SplitThreshold"/>). Stories whose
/// dates are too far from a document's stop being candidates but stay addressable; optionally (<see cref="StoryClustererOptions.RetireAfterDays"/>) stories far behind the newest date seen are retired
/// and dropped from the index, so long date-ordered streams stay fast.
/// </summary>
/// <remarks>
/// Story numbers are 0, 1, 2… in order of creation. When two stories merge the younger one's number resolves to the
/// older one's, and when a story is cut in two, the moved documents get a new number; so <see cref="Add"/>'s earlier
/// return values can go stale: read final assignments with <see cref="StoryOf"/> or <see cref="Assignments"/>,
/// which always give the surviving (lowest) number of a merged group; numbers therefore may have gaps. The result depends only on the input order (ids, vocabularies and all
/// tie-breaks are ordinal), never on string hash randomisation. Not thread-safe.
/// </remarks>
public sealed class OnlineStoryClusterer
{
    private readonly TermStatistics[] _statistics = [new(), new(), new()];
    private readonly Dictionary<int, List<int>>[] _postings = [new(), new(), new()];
    private readonly List<Story> _stories = [];
    private readonly List<int> _parent = [];
    private readonly List<int> _documentStory = [];
    private readonly List<string> _documentIds = [];
    private readonly Dictionary<string, int> _documentIndex = new(StringComparer.Ordinal);
    private readonly int[] _centroidLimits;
    private readonly double[] _kindWeights;
    private DateOnly? _newest;

    /// <summary>The documents (by index) whose date was taken in its other reading.</summary>
    private readonly HashSet<int> _tookOtherReading = [];

    /// <summary>Dated live stories by the day of their last document (entries go stale when a story grows; checked on pop).</summary>
    private readonly PriorityQueue<int, int> _byLastDay = new();

    public OnlineStoryClusterer() : this(new StoryClustererOptions()) { }

    public OnlineStoryClusterer(StoryClustererOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        _centroidLimits = [options.CentroidTerms, options.CentroidNames, options.CentroidNumbers];
        _kindWeights = [options.TextWeight, options.NameWeight, options.NumberWeight];
    }

    public StoryClustererOptions Options { get; }

    /// <summary>The number of documents added.</summary>
    public int Count => _documentIds.Count;

    /// <summary>The number of stories alive (not merged into another).</summary>
    public int StoryCount => _stories.Count(story => !story.MergedAway);

    /// <summary>
    /// Adds a document and returns the number of the story it joins (0, 1, 2… in order of creation; after merges,
    /// the surviving number). Throws when the id was already added.
    /// </summary>
    public int Add(ClusterDocument document) => Add(DocumentFeatures.Of(document, Options.TitleWeight));

    /// <summary>
    /// Adds documents in order (their features are computed in parallel first) and returns the story each joined at
    /// the time; call <see cref="Assignments"/> afterwards for the final numbers.
    /// </summary>
    public IReadOnlyList<int> AddRange(IReadOnlyList<ClusterDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var features = new DocumentFeatures[documents.Count];
        Parallel.For(0, documents.Count, i => features[i] = DocumentFeatures.Of(documents[i], Options.TitleWeight));
        var stories = new int[documents.Count];
        for (var i = 0; i < features.Length; i++) stories[i] = Add(features[i]);
        return stories;
    }

    /// <summary>How many (term, story) postings the candidate index holds: what its memory grows with.</summary>
    internal int PostingCount => _postings.Sum(kind => kind.Values.Sum(stories => stories.Count));

    /// <summary>The final story number of a document added earlier.</summary>
    public int StoryOf(string id)
    {
        if (!_documentIndex.TryGetValue(id, out var index))
        {
            throw new KeyNotFoundException($"No document with id '{id}' was added to this clusterer; add it with Add before asking for its story.");
        }
        return Find(_documentStory[index]);
    }

    /// <summary>The final story number of every document added, in the order they were added.</summary>
    public IReadOnlyList<int> Assignments()
    {
        var result = new int[_documentStory.Count];
        for (var i = 0; i < result.Length; i++) result[i] = Find(_documentStory[i]);
        return result;
    }

    /// <summary>The ids of the documents added, in order (parallel to <see cref="Assignments"/>).</summary>
    public IReadOnlyList<string> DocumentIds => _documentIds;

    private int Add(DocumentFeatures features)
    {
        if (_documentIndex.ContainsKey(features.Id))
        {
            throw new ArgumentException($"A document with id '{features.Id}' was already added; ids must be unique within one clusterer.", nameof(features));
        }
        // A date that reads both ways moves the stream's newest date only once its reading is settled, below.
        if (features.OtherReading is null) Observe(features.Published);
        var vectors = new SparseVector[FeatureKinds.Count];
        vectors[FeatureKinds.Terms] = Vectorize(features.Terms, _statistics[FeatureKinds.Terms]);
        vectors[FeatureKinds.Names] = Vectorize(features.Names, _statistics[FeatureKinds.Names]);
        vectors[FeatureKinds.Numbers] = Vectorize(features.Numbers, _statistics[FeatureKinds.Numbers]);

        var best = -1;
        var bestScore = 0.0;
        var joinThreshold = ByLength(vectors[FeatureKinds.Terms].Count, Options.ShortJoinThreshold, Options.JoinThreshold);
        var published = features.Published;
        List<(int Story, int Cuts)>? refusedBy = null;
        // A date that reads both ways is tried both ways; the reading under which the document is most like a story wins.
        foreach (var reading in features.OtherReading is { } other ? [features.Published, other] : (ReadOnlySpan<DateOnly?>)[features.Published])
        {
            foreach (var candidate in Candidates(vectors, reading, reading, exclude: -1, Options.MaxCandidates))
            {
                var story = _stories[candidate];
                var score = Similarity(vectors, reading, reading, story.Vectors, story.First, story.Last);
                if (score >= joinThreshold && !SharesEnough(vectors, story)) continue;
                if (GuardRefuses(story, score, vectors[FeatureKinds.Terms].Count))
                {
                    if (score >= joinThreshold) (refusedBy ??= []).Add((candidate, story.Cuts));
                    continue;
                }
                if (score > bestScore)
                {
                    best = candidate;
                    bestScore = score;
                    published = reading;
                }
            }
        }

        Story target;
        var joined = best >= 0 && bestScore >= joinThreshold;
        if (!joined) published = features.Published;
        if (features.OtherReading is not null)
        {
            if (published != features.Published) _tookOtherReading.Add(_documentIds.Count);
            Observe(published);
        }
        // The similarity at which the document joined, as the cohesion guard counts it (see CohesionShare).
        var guardSimilarity = joined ? AsGuardCounts(bestScore, vectors[FeatureKinds.Terms].Count) : 0;
        if (joined)
        {
            target = _stories[best];
            target.RecordJoin(guardSimilarity);
        }
        else
        {
            target = new Story(_stories.Count) { RefusedBy = refusedBy };
            _stories.Add(target);
            _parent.Add(target.Number);
        }
        var lastBefore = target.Last;
        var termWeight = vectors[FeatureKinds.Terms].Weights.Sum();
        target.AddDocument(vectors, published, termWeight);
        if (target.Last != lastBefore) Track(target);
        // A story past the cut checks keeps no sketches: the document's is not even made.
        if (target.Members is not null) target.Remember(new StoryMember(_documentIds.Count, Sketch(vectors), guardSimilarity, published, vectors[FeatureKinds.Terms].Count, termWeight), Options.SplitCheckLimit);
        target.Refresh(_statistics, _centroidLimits);
        var settled = IsSettled(target);
        if (!settled) Post(target);

        _documentIndex.Add(features.Id, _documentIds.Count);
        _documentIds.Add(features.Id);
        _documentStory.Add(target.Number);

        // The retellings a lone early report of another event has just been cut from are looked at again as they now stand:
        // a retelling that the report's words kept out (below the join threshold, or refused) may now belong with them.
        if (joined && TrySplit(target, out var rest))
        {
            if (rest is not null && !IsSettled(rest)) MergeConverged(rest);
        }
        else if (joined && !settled)
        {
            MergeConverged(target);
        }
        // A cut may have moved this very document to the new story.
        return Find(_documentStory[^1]);
    }

    /// <summary>Moves the stream's newest date on (retiring stories left behind) when <paramref name="published"/> is newer.</summary>
    private void Observe(DateOnly? published)
    {
        if (published is not { } date || (_newest is not null && date <= _newest)) return;
        _newest = date;
        RetireStale();
    }

    /// <summary>
    /// Whether a document added earlier, whose date reads both ways, was taken in its other reading
    /// (<see cref="ClusterDocument.PublishedOtherReading"/>): it is more like a story under that reading.
    /// </summary>
    public bool TookOtherReading(string id)
    {
        if (!_documentIndex.TryGetValue(id, out var index))
        {
            throw new KeyNotFoundException($"No document with id '{id}' was added to this clusterer; add it with Add before asking for its date.");
        }
        return _tookOtherReading.Contains(index);
    }

    private SparseVector[] Sketch(SparseVector[] vectors)
    {
        var sketch = new SparseVector[FeatureKinds.Count];
        for (var kind = 0; kind < FeatureKinds.Count; kind++) sketch[kind] = vectors[kind].Heaviest(Options.SketchFeatures, _statistics[kind]);
        return sketch;
    }

    /// <summary>
    /// At sizes 4, 6, 9, 13… (×1.5) up to <see cref="StoryClustererOptions.SplitCheckLimit"/>, cuts a story in two when
    /// its two best groups have centroids less similar than the cut threshold (by length, between
    /// <see cref="StoryClustererOptions.ShortSplitThreshold"/> and <see cref="StoryClustererOptions.SplitThreshold"/>):
    /// two events on one topic that met through an early, ambiguous join. The group holding the story's first member
    /// keeps the story's number; the other becomes a new story. When one side of the cut is a single document (a lone
    /// early report, <see cref="Stands"/>), <paramref name="rest"/> is the story of the other side; otherwise null.
    /// </summary>
    private bool TrySplit(Story story, out Story? rest)
    {
        rest = null;
        if (story.Members is not { } members || !IsCheckpoint(members.Count, 4)) return false;
        var threshold = ByLength(story.MeanTerms, Options.ShortSplitThreshold, Options.SplitThreshold);
        if (threshold <= 0) return false;
        // An early lone cut, once found, passes every check below (it stands, and lies days from the rest: no follow-up).
        if ((EarlyLoneCut(members, threshold) ?? StoryBisection.Cut(members, (a, b) => Similarity(a, null, null, b, null, null), SimilarityWithout)) is not { } cut) return false;
        if (cut.Similarity >= threshold || !Stands(members, cut.Kept, cut.Moved) || !Stands(members, cut.Moved, cut.Kept) || IsFollowUp(members, cut.Kept, cut.Moved)) return false;
        var kept = cut.Kept.Select(i => members[i]).ToList();
        var moved = cut.Moved.Select(i => members[i]).ToList();
        var split = new Story(_stories.Count);
        _stories.Add(split);
        _parent.Add(split.Number);
        story.Rebuild(kept);
        split.Rebuild(moved);
        Track(story);
        Track(split);
        foreach (var member in moved) _documentStory[member.Document] = split.Number;
        // An article cut out alone is not taken back by the rest once it grows (MergeConverged).
        story.Cuts++;
        if (moved.Count == 1) (split.RefusedBy ??= []).Add((story.Number, story.Cuts));
        else if (kept.Count == 1) (story.RefusedBy ??= []).Add((split.Number, split.Cuts));
        rest = moved.Count == 1 ? story : kept.Count == 1 ? split : null;
        story.Refresh(_statistics, _centroidLimits);
        split.Refresh(_statistics, _centroidLimits);
        Post(story);
        Post(split);
        return true;
    }

    /// <summary>
    /// Whether one group of a cut can stand as a story of its own: two documents or more, or one whole article
    /// (<see cref="StoryClustererOptions.LongDocumentTerms"/> distinct terms or more) dated more than
    /// <see cref="StoryClustererOptions.SameEventDays"/> before every dated document of the other group, of three or more:
    /// a report of the same cast days earlier that the retellings do not resemble tells another event (an earlier round
    /// of the same tournament, last week's council vote in the town). An undated or short document alone is too little
    /// to judge by: a retelling that words the event its own way stays.
    /// </summary>
    private bool Stands(IReadOnlyList<StoryMember> members, List<int> group, List<int> rest)
    {
        if (group.Count >= 2) return true;
        if (rest.Count < MinimumRestForLoneCut) return false;
        var alone = members[group[0]];
        if (alone.Terms < Options.LongDocumentTerms || alone.Published is not { } date) return false;
        var restDates = rest.Select(i => members[i].Published).OfType<DateOnly>().ToList();
        // Only an earlier report: a long retelling days after the event looks back on it and stays.
        return restDates.Count > 0 && restDates.All(d => d.DayNumber - date.DayNumber > Options.SameEventDays);
    }

    /// <summary>
    /// The cut of a story's earliest article from the rest, when it stands alone (<see cref="Stands"/>: a whole article dated
    /// more than <see cref="StoryClustererOptions.SameEventDays"/> before every dated document of three or more) and is less
    /// like the rest than the cut threshold: a report of the same cast days before the event (the contract the builder won
    /// the week before its crane fell). Two-means may miss it when the rest holds two ways of telling the event. The group
    /// holding the story's first member is kept, as in <see cref="StoryBisection.Cut"/>.
    /// </summary>
    private (List<int> Kept, List<int> Moved, double Similarity)? EarlyLoneCut(IReadOnlyList<StoryMember> members, double threshold)
    {
        var earliest = -1;
        for (var i = 0; i < members.Count; i++)
        {
            if (members[i].Published is { } date && (earliest < 0 || date < members[earliest].Published!.Value)) earliest = i;
        }
        if (earliest < 0) return null;
        List<int> alone = [earliest];
        var rest = Enumerable.Range(0, members.Count).Where(i => i != earliest).ToList();
        if (!Stands(members, alone, rest)) return null;
        var similarity = Similarity(members[earliest].Sketch, null, null, StoryBisection.Centroid(members, rest), null, null);
        if (similarity >= threshold) return null;
        return earliest == 0 ? (alone, rest, similarity) : (rest, alone, similarity);
    }

    /// <summary>How many documents the rest of a story must hold for one article to be cut out of it alone.</summary>
    private const int MinimumRestForLoneCut = 3;

    /// <summary>
    /// How alike the figures of an event and its follow-up are at least (IDF-weighted cosine of their numbers): an aftermath
    /// brings figures of its own (the contract's value, the staff retrained, the birds found dead) and retells one or two
    /// of the event's, which puts it near 0.15; another event of the same cast shares none.
    /// </summary>
    private const double SharedFiguresGuard = 0.1;

    /// <summary>
    /// Whether the two groups of a cut are one event and its follow-up: dated within <see cref="StoryClustererOptions.SameEventDays"/>
    /// of each other, naming the same people, places and organisations (<see cref="StoryClustererOptions.SplitNameGuard"/>), and
    /// retelling the same figures (<see cref="SharedFiguresGuard"/>).
    /// </summary>
    private bool IsFollowUp(IReadOnlyList<StoryMember> members, List<int> kept, List<int> moved)
    {
        if (Options.SplitNameGuard >= 1) return false;
        var keptDates = kept.Select(i => members[i].Published).OfType<DateOnly>().ToList();
        var movedDates = moved.Select(i => members[i].Published).OfType<DateOnly>().ToList();
        if (keptDates.Count == 0 || movedDates.Count == 0) return false;
        if (DayGap(keptDates.Min(), keptDates.Max(), movedDates.Min(), movedDates.Max()) > Options.SameEventDays) return false;
        var keptCentroid = StoryBisection.Centroid(members, kept);
        var movedCentroid = StoryBisection.Centroid(members, moved);
        // The same cast a day later may be the event's aftermath or another event of theirs ("the registry will charge for
        // searches"): an aftermath retells the event's figures ("2.1 million voters", "380,000 deeds").
        return SparseVector.Cosine(keptCentroid[FeatureKinds.Names], movedCentroid[FeatureKinds.Names], _statistics[FeatureKinds.Names]) >= Options.SplitNameGuard
            && SparseVector.Cosine(keptCentroid[FeatureKinds.Numbers], movedCentroid[FeatureKinds.Numbers], _statistics[FeatureKinds.Numbers]) >= SharedFiguresGuard;
    }

    /// <summary>
    /// Whether a story of articles is between growth checkpoints (past 4 documents, and not at 6, 9, 13, 19…): one more
    /// article barely moves its centroid, so re-posting it in the index and looking for a story it converged with wait
    /// for the next checkpoint. Stories of short documents, whose centroids move more, are never settled.
    /// </summary>
    private bool IsSettled(Story story) =>
        story.MeanTerms >= Options.LongDocumentTerms && story.DocumentCount > 4 && !IsCheckpoint(story.DocumentCount, 4);

    /// <summary>Whether <paramref name="size"/> is one of first, first × 1.5, first × 1.5², … (rounded down).</summary>
    private static bool IsCheckpoint(int size, int first)
    {
        for (var checkpoint = first; checkpoint <= size; checkpoint = checkpoint * 3 / 2)
        {
            if (checkpoint == size) return true;
        }
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static SparseVector Vectorize(Dictionary<string, double> weights, TermStatistics statistics)
    {
        var ids = new int[weights.Count];
        var values = new double[weights.Count];
        var i = 0;
        foreach (var (term, weight) in weights)
        {
            ids[i] = statistics.IdOf(term);
            values[i] = weight;
            i++;
        }
        var vector = SparseVector.FromUnsorted(ids, values);
        statistics.CountDocument(vector.Ids);
        return vector;
    }

    /// <summary>A threshold for a document (or story) of the given length: the short value up to <see cref="StoryClustererOptions.ShortDocumentTerms"/>, the long one from <see cref="StoryClustererOptions.LongDocumentTerms"/>, linear between.</summary>
    private double ByLength(double terms, double shortValue, double longValue)
    {
        var span = Options.LongDocumentTerms - Options.ShortDocumentTerms;
        var t = span <= 0 ? (terms >= Options.LongDocumentTerms ? 1 : 0) : Math.Clamp((terms - Options.ShortDocumentTerms) / span, 0, 1);
        return shortValue + t * (longValue - shortValue);
    }

    /// <summary>Live candidate stories sharing heavy features with the given vectors, best overlap first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<int> Candidates(SparseVector[] vectors, DateOnly? first, DateOnly? last, int exclude, int limit)
    {
        var overlap = new Dictionary<int, double>();
        for (var kind = 0; kind < FeatureKinds.Count; kind++)
        {
            var postings = _postings[kind];
            foreach (var (id, weight) in vectors[kind].Top(Options.QueryFeatures, _statistics[kind]))
            {
                if (!postings.TryGetValue(id, out var stories)) continue;
                var stale = false;
                // Newest postings last: a feature shared by very many stories is read only for its most recent ones,
                // so the cost of a lookup stays bounded however many stories the index holds.
                var oldest = Math.Max(0, stories.Count - Options.MaxPostingsPerFeature);
                for (var p = stories.Count - 1; p >= oldest; p--)
                {
                    var number = stories[p];
                    var story = _stories[number];
                    if (story.IsStale)
                    {
                        stale = true;
                        continue;
                    }
                    if (number == exclude || !IsAlive(story, first, last)) continue;
                    overlap[number] = overlap.GetValueOrDefault(number) + weight * _kindWeights[kind];
                }
                if (stale) stories.RemoveAll(number => _stories[number].IsStale);
            }
        }
        var ranked = new List<KeyValuePair<int, double>>(overlap);
        ranked.Sort(static (a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : a.Key.CompareTo(b.Key));
        var result = new List<int>(Math.Min(limit, ranked.Count));
        for (var i = 0; i < ranked.Count && i < limit; i++) result.Add(ranked[i].Key);
        return result;
    }

    /// <summary>
    /// With <see cref="StoryClustererOptions.RetireAfterDays"/> set, retires every story that fell that far behind the
    /// newest date and frees what only a candidate needs (centroid, sketches, postings); its documents keep their story.
    /// </summary>
    private void RetireStale()
    {
        if (Options.RetireAfterDays is not { } days || _newest is not { } newest) return;
        while (_byLastDay.TryPeek(out var number, out var day) && newest.DayNumber - day > days)
        {
            _byLastDay.Dequeue();
            var story = _stories[number];
            if (story.IsStale || story.Last?.DayNumber != day) continue;
            story.Retired = true;
            Unpost(story);
            story.Release();
        }
    }

    /// <summary>Queues a dated story under the day of its last document, for <see cref="RetireStale"/>.</summary>
    private void Track(Story story)
    {
        if (Options.RetireAfterDays is not null && story.Last is { } last && !story.IsStale) _byLastDay.Enqueue(story.Number, last.DayNumber);
    }

    /// <summary>Removes a story from the postings of the terms it is indexed under (empty postings are dropped).</summary>
    private void Unpost(Story story)
    {
        for (var kind = 0; kind < FeatureKinds.Count; kind++)
        {
            foreach (var id in story.Indexed[kind])
            {
                if (!_postings[kind].TryGetValue(id, out var stories)) continue;
                stories.Remove(story.Number);
                if (stories.Count == 0) _postings[kind].Remove(id);
            }
        }
    }

    private bool IsAlive(Story story, DateOnly? first, DateOnly? last) =>
        DayGap(first, last, story.First, story.Last) is not { } gap || gap <= Options.StoryLifetimeDays;

    /// <summary>Posts a story under its heaviest features (postings are only added; stale ones merely add candidates).</summary>
    private void Post(Story story)
    {
        for (var kind = 0; kind < FeatureKinds.Count; kind++)
        {
            foreach (var (id, _) in story.Vectors[kind].Top(Options.IndexedFeaturesPerStory, _statistics[kind]))
            {
                if (!story.Indexed[kind].Add(id)) continue;
                if (!_postings[kind].TryGetValue(id, out var stories))
                {
                    stories = [];
                    _postings[kind][id] = stories;
                }
                stories.Add(story.Number);
            }
        }
    }

    /// <summary>
    /// Merges a story that grew into the candidate it converged with, if any. Two stories of several documents merge at
    /// the merge threshold. A story of one document is that document's story: it moves into a story it would have joined
    /// had it arrived now (the join threshold for its length, and the cohesion guard of the story it joins), so an early
    /// article that found no company at first (an explainer that came second, before the retellings it shares most with)
    /// is not left on its own once they arrive.
    /// </summary>
    private void MergeConverged(Story story)
    {
        var best = -1;
        var bestScore = 0.0;
        var bestJoin = 0.0;
        foreach (var candidate in Candidates(story.Vectors, story.First, story.Last, exclude: story.Number, Options.MaxMergeCandidates))
        {
            var other = _stories[candidate];
            var score = Similarity(story.Vectors, story.First, story.Last, other.Vectors, other.First, other.Last);
            if (score <= bestScore || !Converged(story, other, score, out var join)) continue;
            best = candidate;
            bestScore = score;
            bestJoin = join;
        }
        if (best < 0) return;
        var survivor = _stories[Math.Min(best, story.Number)];
        var absorbed = _stories[Math.Max(best, story.Number)];
        survivor.Absorb(absorbed, bestJoin);
        Track(survivor);
        survivor.Refresh(_statistics, _centroidLimits);
        absorbed.MergedAway = true;
        Unpost(absorbed);
        absorbed.Release();
        _parent[absorbed.Number] = survivor.Number;
        Post(survivor);
    }

    /// <summary>
    /// Whether two stories at <paramref name="score"/> are one. <paramref name="join"/> is the similarity at which a story of
    /// one document joins the other, as the cohesion guard counts it (0 when neither is a single document).
    /// </summary>
    private bool Converged(Story a, Story b, double score, out double join)
    {
        join = 0;
        var merge = ByLength(a.MeanTerms, Options.ShortMergeThreshold, Options.MergeThreshold);
        if (a.DocumentCount > 1 && b.DocumentCount > 1) return score >= merge && CoresAgree(a, b, merge);
        var (single, host) = a.DocumentCount == 1 ? (a, b) : (b, a);
        // A story whose cohesion guard refused the document when it came does not take it in later, once looser; unless a
        // cut has taken documents out of it since (its Cuts moved on from the count kept with the refusal): the guard
        // judged members it no longer has. An article cut out alone is refused by the rest as they stand after that cut,
        // so a later cut lets it be judged again, by similarity and the guard, as any document is.
        if (single.RefusedBy is { } refused && refused.Any(r => Find(r.Story) == host.Number && (r.Story != host.Number || r.Cuts == host.Cuts))) return false;
        if (score < Math.Min(merge, ByLength(single.MeanTerms, Options.ShortJoinThreshold, Options.JoinThreshold))) return false;
        if (GuardRefuses(host, score, single.MeanTerms) || !SharesEnough(single.Vectors, host)) return false;
        join = AsGuardCounts(score, single.MeanTerms);
        return true;
    }

    /// <summary>
    /// Whether two stories agree on their cores (<see cref="StoryClustererOptions.CoreShare"/>): the IDF-weighted cosine of
    /// the terms each story's documents carry often enough reaches <see cref="StoryClustererOptions.CoreAgreement"/> of the
    /// merge threshold.
    /// </summary>
    private bool CoresAgree(Story a, Story b, double merge) =>
        Options.CoreAgreement <= 0
        || SparseVector.Cosine(a.Core(Options.CoreShare), b.Core(Options.CoreShare), _statistics[FeatureKinds.Terms]) >= Options.CoreAgreement * merge;

    /// <summary>
    /// Whether a document shares enough features (content terms and numbers) with a story to join it: at least
    /// <see cref="StoryClustererOptions.MinimumSharedFeatures"/>, or half its terms when it has fewer than twice that.
    /// </summary>
    private bool SharesEnough(SparseVector[] document, Story story)
    {
        var needed = Math.Min(Options.MinimumSharedFeatures, document[FeatureKinds.Terms].Count / 2);
        if (needed <= 1) return true;
        var shared = SparseVector.SharedCount(document[FeatureKinds.Terms], story.Vectors[FeatureKinds.Terms]);
        if (shared < needed) shared += SparseVector.SharedCount(document[FeatureKinds.Numbers], story.Vectors[FeatureKinds.Numbers]);
        return shared >= needed;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double Similarity(SparseVector[] a, DateOnly? aFirst, DateOnly? aLast, SparseVector[] b, DateOnly? bFirst, DateOnly? bLast)
    {
        double total = 0, weights = 0;
        for (var kind = 0; kind < FeatureKinds.Count; kind++)
        {
            if (kind != FeatureKinds.Terms && a[kind].IsEmpty && b[kind].IsEmpty) continue;
            total += _kindWeights[kind] * SparseVector.Cosine(a[kind], b[kind], _statistics[kind]);
            weights += _kindWeights[kind];
        }
        var score = weights == 0 ? 0 : total / weights;
        if (DayGap(aFirst, aLast, bFirst, bLast) is { } gap && gap > Options.SameEventDays)
        {
            score *= Math.Exp(-(gap - Options.SameEventDays) / Options.TimeDecayDays);
        }
        return score;
    }

    /// <summary>
    /// Whether a story's cohesion guard refuses a document of <paramref name="terms"/> distinct terms at
    /// <paramref name="score"/> (see <see cref="StoryClustererOptions.CohesionShare"/>).
    /// </summary>
    private bool GuardRefuses(Story story, double score, double terms) =>
        story.Joins >= Options.CohesionMinimumJoins && score < ByLength(terms, 0, Options.CohesionShare) * story.JoinSimilaritySum / story.Joins;

    /// <summary>A join's similarity as the cohesion guard counts it: at most the merge threshold for the document's length.</summary>
    private double AsGuardCounts(double score, double terms) => Math.Min(score, ByLength(terms, Options.ShortMergeThreshold, Options.MergeThreshold));

    /// <summary>
    /// <see cref="Similarity"/> of a member's sketch with an undated centroid it is summed in, the member taken out
    /// (<see cref="SparseVector.CosineWithout"/> per kind).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double SimilarityWithout(SparseVector[] member, SparseVector[] centroid)
    {
        double total = 0, weights = 0;
        for (var kind = 0; kind < FeatureKinds.Count; kind++)
        {
            if (kind != FeatureKinds.Terms && member[kind].IsEmpty && centroid[kind].IsEmpty) continue;
            total += _kindWeights[kind] * SparseVector.CosineWithout(member[kind], centroid[kind], _statistics[kind]);
            weights += _kindWeights[kind];
        }
        return weights == 0 ? 0 : total / weights;
    }

    /// <summary>Days between two date ranges (0 when they overlap), or null when either is undated.</summary>
    private static int? DayGap(DateOnly? aFirst, DateOnly? aLast, DateOnly? bFirst, DateOnly? bLast)
    {
        if (aFirst is not { } af || aLast is not { } al || bFirst is not { } bf || bLast is not { } bl) return null;
        if (al < bf) return bf.DayNumber - al.DayNumber;
        if (bl < af) return af.DayNumber - bl.DayNumber;
        return 0;
    }

    private int Find(int story)
    {
        while (_parent[story] != story)
        {
            _parent[story] = _parent[_parent[story]];
            story = _parent[story];
        }
        return story;
    }
}
