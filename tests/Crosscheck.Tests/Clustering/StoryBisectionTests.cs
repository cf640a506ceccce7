using Crosscheck.Clustering;

namespace Crosscheck.Tests.Clustering;

/// <summary>Cutting a young story in two: the two-means over member sketches that undoes an early, ambiguous join.</summary>
public sealed class StoryBisectionTests
{
    private static readonly TermStatistics Statistics = StatisticsOver(40);

    [Fact]
    public void Two_events_on_one_topic_are_cut_apart_along_the_event_line()
    {
        // Members 0, 2, 4 tell one event (topic words 0-4 plus event words 10-14); 1, 3, 5 the other (20-24).
        var members = Enumerable.Range(0, 6).Select(i => Member(i, [0, 1, 2, 3, 4, .. Range(i % 2 == 0 ? 10 : 20, 5)])).ToList();

        var cut = StoryBisection.Cut(members, Cosine);

        Assert.NotNull(cut);
        Assert.Equal([0, 2, 4], cut.Value.Kept);
        Assert.Equal([1, 3, 5], cut.Value.Moved);
        Assert.InRange(cut.Value.Similarity, 0.0, 0.6);
    }

    [Fact]
    public void Retellings_of_one_event_cut_into_groups_that_stay_alike()
    {
        var members = Enumerable.Range(0, 6).Select(i => Member(i, [0, 1, 2, 3, 4, 10, 11, 12, 30 + i])).ToList();

        var cut = StoryBisection.Cut(members, Cosine);

        Assert.True(cut is null || cut.Value.Similarity > 0.8, $"similarity {cut?.Similarity}");
    }

    [Fact]
    public void Stories_under_four_documents_are_never_cut()
    {
        var members = Enumerable.Range(0, 3).Select(i => Member(i, Range(10 * i, 5))).ToList();
        Assert.Null(StoryBisection.Cut(members, Cosine));
    }

    private static double Cosine(SparseVector[] a, SparseVector[] b) => SparseVector.Cosine(a[FeatureKinds.Terms], b[FeatureKinds.Terms], Statistics);

    private static StoryMember Member(int document, int[] terms)
    {
        var sketch = new SparseVector[FeatureKinds.Count];
        sketch[FeatureKinds.Terms] = SparseVector.From(terms.ToDictionary(t => t, _ => 1.0));
        sketch[FeatureKinds.Names] = SparseVector.Empty;
        sketch[FeatureKinds.Numbers] = SparseVector.Empty;
        return new StoryMember(document, sketch, 0, null, terms.Length);
    }

    private static int[] Range(int start, int count) => [.. Enumerable.Range(start, count)];

    private static TermStatistics StatisticsOver(int terms)
    {
        var statistics = new TermStatistics();
        for (var i = 0; i < terms; i++) statistics.IdOf("t" + i);
        statistics.CountDocument(Range(0, terms));
        return statistics;
    }
}
