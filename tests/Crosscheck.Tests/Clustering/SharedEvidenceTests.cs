using Crosscheck.Clustering;

namespace Crosscheck.Tests.Clustering;

/// <summary>
/// Headlines say little, so one word in common is no evidence that two are one story: a headline joins a story only when
/// it shares two of its features with it, and two stories merge only when the terms most of their headlines carry (their
/// cores) agree. The headlines are invented (every name and place is fictional): a copper-market story whose headlines all
/// speak of worries, a headline about a ferry report in another town that raises worries too, and a background of
/// unrelated headlines, several of them reports that raise something, so that "report" and "raises" say little and
/// "worries" is the rarest word the ferry headline has.
/// </summary>
public sealed class SharedEvidenceTests
{
    private static readonly ClusterDocument[] Background =
    [
        new("bg-01", "Kestrel airline orders twelve jets", ""),
        new("bg-02", "Morrow county fair draws farmers", ""),
        new("bg-03", "Brindle bank cuts mortgage rates", ""),
        new("bg-04", "Halvard museum reopens after repairs", ""),
        new("bg-05", "Osprey football club signs striker", ""),
        new("bg-06", "Linden council approves cycle lanes", ""),
        new("bg-07", "Garnet mine expansion delayed again", ""),
        new("bg-08", "Salt marsh restoration project begins", ""),
        new("bg-09", "Copperfield hospital hires nurses", ""),
        new("bg-10", "Ravensholm school wins robotics contest", ""),
        new("bg-11", "Kestrel airline report raises fares", ""),
        new("bg-12", "Morrow county report raises taxes", ""),
        new("bg-13", "Brindle bank report raises rates", ""),
        new("bg-14", "Halvard museum report raises fees", ""),
        new("bg-15", "Osprey club report raises prices", ""),
        new("bg-16", "Linden council report raises rents", ""),
    ];

    private static readonly ClusterDocument[] CopperWorries =
    [
        new("copper-1", "Copper falls on China growth worries", ""),
        new("copper-2", "China growth worries weigh on copper", ""),
        new("copper-3", "Copper slides as China worries mount", ""),
    ];

    private static readonly ClusterDocument FerryWorries = new("ferry", "Tarnby report raises worries", "");

    private static readonly ClusterDocument CopperSmelter = new("smelter", "Copper worries reach Tarnby smelter", "");

    [Fact]
    public void A_headline_that_shares_one_word_with_a_story_starts_a_story_of_its_own()
    {
        var stories = Cluster(new StoryClustererOptions(), [.. Background, .. CopperWorries, FerryWorries]);

        Assert.Contains("copper-1 copper-2 copper-3", stories);
        Assert.Contains("ferry", stories);
    }

    [Fact]
    public void Without_the_rule_that_one_word_would_have_drawn_the_headline_in()
    {
        var stories = Cluster(new StoryClustererOptions { MinimumSharedFeatures = 1 }, [.. Background, .. CopperWorries, FerryWorries]);

        Assert.Contains("copper-1 copper-2 copper-3 ferry", stories);
    }

    [Fact]
    public void A_headline_that_shares_two_words_with_a_story_joins_it()
    {
        var stories = Cluster(new StoryClustererOptions(), [.. Background, .. CopperWorries, CopperSmelter]);

        Assert.Contains("copper-1 copper-2 copper-3 smelter", stories);
    }

    [Fact]
    public void A_story_core_is_the_terms_that_enough_of_its_documents_carry()
    {
        // Ten headlines: term 1 in all of them, term 2 in three, term 3 in one; every term weighs 2 in a headline.
        var story = new Story(0);
        for (var i = 0; i < 10; i++)
        {
            var terms = new Dictionary<int, double> { [1] = 2.0 };
            if (i < 3) terms[2] = 2.0;
            if (i == 0) terms[3] = 2.0;
            story.AddDocument([SparseVector.From(terms), SparseVector.Empty, SparseVector.Empty], published: null, termWeight: terms.Values.Sum());
        }

        Assert.Equal([1, 2], story.Core(0.2).Ids);
        Assert.Equal([1, 2, 3], story.Core(0.1).Ids);
        Assert.Equal([1], story.Core(0.5).Ids);
    }

    [Fact]
    public void Shared_feature_and_core_options_are_checked()
    {
        Assert.Throws<ArgumentException>(() => new OnlineStoryClusterer(new StoryClustererOptions { MinimumSharedFeatures = 0 }));
        Assert.Throws<ArgumentException>(() => new OnlineStoryClusterer(new StoryClustererOptions { CoreShare = 1.5 }));
        Assert.Throws<ArgumentException>(() => new OnlineStoryClusterer(new StoryClustererOptions { CoreAgreement = -0.1 }));
    }

    private static List<string> Cluster(StoryClustererOptions options, IReadOnlyList<ClusterDocument> documents)
    {
        var clusterer = new OnlineStoryClusterer(options);
        foreach (var document in documents) clusterer.Add(document);
        return [.. documents.GroupBy(d => clusterer.StoryOf(d.Id)).Select(g => string.Join(' ', g.Select(d => d.Id)))];
    }
}
