using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Crosscheck.Clustering;

/// <summary>
/// Two-means over a story's member sketches: the best cut of a story into two groups, and how similar the two
/// groups' centroids are. Seeds are the first member and the member least similar to it; members then move to the
/// nearer centroid until nothing moves (at most <see cref="MaxRounds"/> rounds). Deterministic: ties go to the group
/// of the first member.
/// </summary>
internal static class StoryBisection
{
    private const int MaxRounds = 10;

    /// <summary>The two groups (indices into <paramref name="members"/>, in order) and their centroid similarity, or null when no cut exists.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    /// <param name="similarity">How alike two sketches or centroids are.</param>
    /// <param name="similarityWithout">How alike a member's sketch is to a centroid it is summed in, the member taken out.</param>
    public static (List<int> Kept, List<int> Moved, double Similarity)? Cut(
        IReadOnlyList<StoryMember> members, Func<SparseVector[], SparseVector[], double> similarity, Func<SparseVector[], SparseVector[], double> similarityWithout)
    {
        if (members.Count < 4) return null;
        var farthest = 1;
        var lowest = double.MaxValue;
        for (var i = 1; i < members.Count; i++)
        {
            var score = similarity(members[0].Sketch, members[i].Sketch);
            if (score < lowest)
            {
                lowest = score;
                farthest = i;
            }
        }
        var inKept = new bool[members.Count];
        List<int> keptIndices = [0];
        List<int> movedIndices = [farthest];
        var keptCentroid = Centroid(members, keptIndices);
        var movedCentroid = Centroid(members, movedIndices);
        for (var round = 0; round < MaxRounds; round++)
        {
            var changed = false;
            for (var i = 0; i < members.Count; i++)
            {
                // A member is compared with its own group without itself in it, or a small group holds on to its members.
                var sketch = members[i].Sketch;
                var toKept = inKept[i] && round > 0 ? similarityWithout(sketch, keptCentroid) : similarity(sketch, keptCentroid);
                var toMoved = !inKept[i] && round > 0 ? similarityWithout(sketch, movedCentroid) : similarity(sketch, movedCentroid);
                var kept = i == 0 || (i != farthest && toKept >= toMoved);
                changed |= kept != inKept[i];
                inKept[i] = kept;
            }
            keptIndices = Indices(inKept, true);
            movedIndices = Indices(inKept, false);
            keptCentroid = Centroid(members, keptIndices);
            movedCentroid = Centroid(members, movedIndices);
            if (!changed && round > 0) break;
        }
        if (movedIndices.Count == 0) return null;
        return (keptIndices, movedIndices, similarity(keptCentroid, movedCentroid));
    }

    /// <summary>
    /// The summed sketches of the given members, per kind. Each term's weights are added in member order, as summing the
    /// sketches one by one would add them, in one pass instead of one growing vector per member.
    /// </summary>
    public static SparseVector[] Centroid(IReadOnlyList<StoryMember> members, IReadOnlyList<int> indices)
    {
        var result = new SparseVector[FeatureKinds.Count];
        var sums = new Dictionary<int, double>();
        for (var kind = 0; kind < FeatureKinds.Count; kind++)
        {
            sums.Clear();
            foreach (var i in indices)
            {
                var sketch = members[i].Sketch[kind];
                for (var j = 0; j < sketch.Count; j++) CollectionsMarshal.GetValueRefOrAddDefault(sums, sketch.Ids[j], out _) += sketch.Weights[j];
            }
            result[kind] = SparseVector.From(sums);
        }
        return result;
    }

    private static List<int> Indices(bool[] flags, bool value)
    {
        var result = new List<int>();
        for (var i = 0; i < flags.Length; i++)
        {
            if (flags[i] == value) result.Add(i);
        }
        return result;
    }
}
