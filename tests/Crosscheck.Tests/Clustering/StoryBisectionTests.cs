using Crosscheck.Clustering;

namespace Crosscheck.Tests.Clustering;

/// <summary>Cutting a young story in two: the two-means over member sketches that undoes an early, ambiguous join.</summary>
public sealed class StoryBisectionTests
{
    private static readonly TermStatistics Statistics = StatisticsOver(100);

    [Fact]
    public void Two_events_on_one_topic_are_cut_apart_along_the_event_line()
    {
        // Members 0, 2, 4 tell one event (topic words 0-4 plus event words 10-14); 1, 3, 5 the other (20-24).
        var members = Enumerable.Range(0, 6).Select(i => Member(i, [0, 1, 2, 3, 4, .. Range(i % 2 == 0 ? 10 : 20, 5)])).ToList();

        var cut = StoryBisection.Cut(members, Cosine, CosineWithout);

        Assert.NotNull(cut);
        Assert.Equal([0, 2, 4], cut.Value.Kept);
        Assert.Equal([1, 3, 5], cut.Value.Moved);
        Assert.InRange(cut.Value.Similarity, 0.0, 0.6);
    }

    [Fact]
    public void Retellings_of_one_event_cut_into_groups_that_stay_alike()
    {
        var members = Enumerable.Range(0, 6).Select(i => Member(i, [0, 1, 2, 3, 4, 10, 11, 12, 30 + i])).ToList();

        var cut = StoryBisection.Cut(members, Cosine, CosineWithout);

        Assert.True(cut is null || cut.Value.Similarity > 0.8, $"similarity {cut?.Similarity}");
    }

    [Fact]
    public void A_retelling_drawn_towards_an_outlier_goes_back_to_its_event()
    {
        // Members 0-3 tell the event (topic words 0-4, event words 10-17, each with twelve words of its own); member 4 is a
        // loose retelling (topic, five event words, two of the outlier's words); member 5 is another event on the topic.
        // Next to member 0 alone, member 4 is more like the outlier, so the first round groups them. Compared with its
        // group including itself it would stay there; without itself, it is nearer the event's other retellings.
        var members = Enumerable.Range(0, 4).Select(i => Member(i, [0, 1, 2, 3, 4, .. Range(10, 8), .. Range(40 + 12 * i, 12)])).ToList();
        members.Add(Member(4, [0, 1, 2, 3, 4, 10, 11, 12, 13, 14, 20, 21, 34]));
        members.Add(Member(5, [0, 1, 2, 3, 4, 20, 21, 22, 23, 24, 35]));

        var cut = StoryBisection.Cut(members, Cosine, CosineWithout);

        Assert.NotNull(cut);
        Assert.Equal([0, 1, 2, 3, 4], cut.Value.Kept);
        Assert.Equal([5], cut.Value.Moved);
    }

    [Fact]
    public void Stories_under_four_documents_are_never_cut()
    {
        var members = Enumerable.Range(0, 3).Select(i => Member(i, Range(10 * i, 5))).ToList();
        Assert.Null(StoryBisection.Cut(members, Cosine, CosineWithout));
    }

    private static double Cosine(SparseVector[] a, SparseVector[] b) => SparseVector.Cosine(a[FeatureKinds.Terms], b[FeatureKinds.Terms], Statistics);

    private static double CosineWithout(SparseVector[] member, SparseVector[] centroid) => SparseVector.CosineWithout(member[FeatureKinds.Terms], centroid[FeatureKinds.Terms], Statistics);

    private static StoryMember Member(int document, int[] terms)
    {
        var sketch = new SparseVector[FeatureKinds.Count];
        sketch[FeatureKinds.Terms] = SparseVector.From(terms.ToDictionary(t => t, _ => 1.0));
        sketch[FeatureKinds.Names] = SparseVector.Empty;
        sketch[FeatureKinds.Numbers] = SparseVector.Empty;
        return new StoryMember(document, sketch, 0, null, terms.Length, terms.Length);
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
