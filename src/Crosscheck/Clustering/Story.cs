using System.Runtime.CompilerServices;
namespace Crosscheck.Clustering;

/// <summary>
/// One story's state inside <see cref="OnlineStoryClusterer"/>: the summed feature weights of its documents per
/// feature kind (terms, names, numbers) as sorted vectors, pruned to the heaviest few so state stays small, its date
/// range, and which terms the candidate index holds it under.
/// </summary>
internal sealed class Story
{
    public Story(int number)
    {
        Number = number;
        for (var kind = 0; kind < FeatureKinds.Count; kind++)
        {
            Vectors[kind] = SparseVector.Empty;
            Indexed[kind] = [];
        }
    }

    public int Number { get; }

    public int DocumentCount { get; private set; }

    /// <summary>The sum over its documents of their distinct content terms (with <see cref="DocumentCount"/>, the mean document length).</summary>
    public long TermCountSum { get; private set; }

    /// <summary>The sum over its documents of their content-term weights (with <see cref="TermCountSum"/>, a term's mean weight in a document that carries it).</summary>
    public double TermWeightSum { get; private set; }

    /// <summary>
    /// The story's core: its content terms that at least <paramref name="share"/> of its documents carry, as far as the
    /// summed weights tell (a term's summed weight against the documents' count times a term's mean weight in a document).
    /// A story of closely matching retellings has a core of several terms; headlines chained together by passing words
    /// ("worries", "things") have next to none.
    /// </summary>
    public SparseVector Core(double share)
    {
        var terms = Vectors[FeatureKinds.Terms];
        return TermCountSum == 0 ? SparseVector.Empty : terms.AtLeast(share * DocumentCount * TermWeightSum / TermCountSum);
    }

    /// <summary>
    /// The sum of the similarities at which documents joined this story (its first document excluded), each counted
    /// at most at the merge threshold (see <see cref="StoryClustererOptions.CohesionShare"/>).
    /// </summary>
    public double JoinSimilaritySum { get; private set; }

    /// <summary>How many documents joined this story after its first.</summary>
    public int Joins { get; private set; }

    /// <summary>Records the similarity at which a document joined, as the cohesion guard counts it.</summary>
    public void RecordJoin(double similarity)
    {
        JoinSimilaritySum += similarity;
        Joins++;
    }

    /// <summary>
    /// For a story started by a document that a candidate story's cohesion guard refused (its similarity reached the join
    /// threshold but not the guard), or left alone by a cut: the numbers of those stories, each with its
    /// <see cref="Cuts"/> at the time. Null for most stories.
    /// </summary>
    public List<(int Story, int Cuts)>? RefusedBy { get; set; }

    /// <summary>
    /// How many cuts have taken documents out of this story. A refusal is kept with the count at the time it was made; once
    /// the count has moved on, the refusal judged members the story no longer has, and lapses.
    /// </summary>
    public int Cuts { get; set; }

    /// <summary>Distinct content terms per document, on average.</summary>
    public double MeanTerms => DocumentCount == 0 ? 0 : (double)TermCountSum / DocumentCount;

    public DateOnly? First { get; private set; }

    public DateOnly? Last { get; private set; }

    /// <summary>True once the story was merged into an older one; its number then resolves to that story.</summary>
    public bool MergedAway { get; set; }

    /// <summary>True once the story is so far behind the newest date seen that it can never be a candidate again.</summary>
    public bool Retired { get; set; }

    /// <summary>Whether the candidate index should drop this story's postings.</summary>
    public bool IsStale => MergedAway || Retired;

    public SparseVector[] Vectors { get; } = new SparseVector[FeatureKinds.Count];

    /// <summary>
    /// Sketches of the documents while the story is young enough to be cut in two (see
    /// <see cref="StoryClustererOptions.SplitCheckLimit"/>); null once it grew past that, so old stories cost no more.
    /// </summary>
    public List<StoryMember>? Members { get; private set; } = [];

    /// <summary>Drops what only a candidate story needs (centroid, sketches, index terms) once it retired for good.</summary>
    public void Release()
    {
        for (var kind = 0; kind < FeatureKinds.Count; kind++)
        {
            Vectors[kind] = SparseVector.Empty;
            Indexed[kind] = [];
        }
        Members = null;
    }

    /// <summary>Records a member's sketch, or forgets them all once the story holds more than <paramref name="limit"/> documents.</summary>
    public void Remember(StoryMember member, int limit)
    {
        if (Members is null) return;
        if (DocumentCount > limit) Members = null;
        else Members.Add(member);
    }

    /// <summary>Rebuilds the story from the given members' sketches (after a cut): sums, counts, dates and join record.</summary>
    public void Rebuild(List<StoryMember> members)
    {
        for (var kind = 0; kind < FeatureKinds.Count; kind++) Vectors[kind] = SparseVector.Empty;
        DocumentCount = 0;
        TermCountSum = 0;
        TermWeightSum = 0;
        JoinSimilaritySum = 0;
        Joins = 0;
        First = null;
        Last = null;
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            for (var kind = 0; kind < FeatureKinds.Count; kind++) Vectors[kind] = SparseVector.Sum(Vectors[kind], member.Sketch[kind]);
            DocumentCount++;
            TermCountSum += member.Terms;
            TermWeightSum += member.TermWeight;
            if (member.JoinSimilarity > 0) RecordJoin(member.JoinSimilarity);
            Extend(member.Published, member.Published);
        }
        Members = members;
    }

    /// <summary>Term ids under which the story is posted in the candidate index, per kind.</summary>
    public HashSet<int>[] Indexed { get; } = new HashSet<int>[FeatureKinds.Count];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddDocument(SparseVector[] document, DateOnly? published, double termWeight)
    {
        for (var kind = 0; kind < FeatureKinds.Count; kind++) Vectors[kind] = SparseVector.Sum(Vectors[kind], document[kind]);
        DocumentCount++;
        TermCountSum += document[FeatureKinds.Terms].Count;
        TermWeightSum += termWeight;
        Extend(published, published);
    }

    /// <summary>
    /// Takes in a story that converged with this one. <paramref name="join"/> is the similarity at which a story of one
    /// document joins, as the cohesion guard counts it (0 for two stories of several documents: neither joined the other).
    /// </summary>
    public void Absorb(Story other, double join)
    {
        for (var kind = 0; kind < FeatureKinds.Count; kind++) Vectors[kind] = SparseVector.Sum(Vectors[kind], other.Vectors[kind]);
        DocumentCount += other.DocumentCount;
        TermCountSum += other.TermCountSum;
        TermWeightSum += other.TermWeightSum;
        JoinSimilaritySum += other.JoinSimilaritySum;
        Joins += other.Joins;
        if (join > 0)
        {
            RecordJoin(join);
            // The story of one document is the one that joined (a cut that rebuilds the story counts its join again).
            var single = DocumentCount - other.DocumentCount == 1 ? Members : other.Members;
            if (single is [var member]) single[0] = member with { JoinSimilarity = join };
        }
        if (Members is not null && other.Members is not null) Members.AddRange(other.Members);
        else Members = null;
        other.Members = null;
        Extend(other.First, other.Last);
    }

    /// <summary>
    /// Once a kind holds half again its limit, keeps only the <paramref name="limits"/> heaviest entries (by weight ×
    /// current IDF), so pruning cost is amortised over several documents.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Refresh(TermStatistics[] statistics, int[] limits)
    {
        for (var kind = 0; kind < FeatureKinds.Count; kind++)
        {
            if (Vectors[kind].Count > limits[kind] + limits[kind] / 2) Vectors[kind] = Vectors[kind].Heaviest(limits[kind], statistics[kind]);
        }
    }

    private void Extend(DateOnly? first, DateOnly? last)
    {
        if (first is { } f && (First is null || f < First)) First = f;
        if (last is { } l && (Last is null || l > Last)) Last = l;
    }
}

/// <summary>The feature kinds the clusterer compares, as indices into per-kind arrays.</summary>
internal static class FeatureKinds
{
    public const int Terms = 0;
    public const int Names = 1;
    public const int Numbers = 2;
    public const int Count = 3;
}
