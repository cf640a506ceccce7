using Crosscheck.Clustering;
using Crosscheck.Tests.Clustering;
using Crosscheck.Tests.Support;
using static Crosscheck.Tests.Dedup.SyndicationFixtures;

namespace Crosscheck.Tests.Dedup;

public sealed class StoryStreamCopyTests
{
    [Fact]
    public void A_copy_joins_its_originals_story_without_reaching_the_clusterer()
    {
        var stream = new StoryStream();
        var wire = stream.Add(Document(Wire()));
        var retelling = stream.Add(Document(Retelling()));

        var copy = stream.Add(Document(Syndicated()));

        Assert.Null(wire.DuplicateOf);
        Assert.Null(retelling.DuplicateOf);
        Assert.Equal(new StoryAssignment("syndicated", wire.Story, "wire"), copy);
        Assert.Equal(1, stream.CopyCount);
        Assert.Equal(3, stream.Count);
        Assert.Equal(copy, stream.Assignments()[2]);
    }

    [Fact]
    public void A_copy_follows_its_originals_story_when_that_story_merges()
    {
        // Two halves of one report start separate stories; a full retelling then bridges them (as in the clusterer's
        // own merge test). A copy of the second half must end in the merged story too.
        var stream = new StoryStream(new StoryClustererOptions { JoinThreshold = 0.22, MergeThreshold = 0.2 });
        var people = stream.Add(new ClusterDocument("people", "Mayor orders inquiry", "Mayor Ilse Brandt of Vellmar ordered an inquiry. Engineer Tomas Rieck had warned about corroded cables."));
        var numbers = new ClusterDocument("numbers", "Bridge figures", "The Kessel bridge opened in 1962 and 14 people were hurt when its deck dropped four metres into the harbour.");
        var original = stream.Add(numbers);
        var copy = stream.Add(numbers with { Id = "numbers-copy" });
        Assert.NotEqual(people.Story, original.Story);
        Assert.Equal(original.Story, copy.Story);

        stream.Add(OnlineStoryClustererTests.Document("bridge-a"));
        stream.Add(OnlineStoryClustererTests.Document("bridge-c"));

        var final = stream.Assignments().ToDictionary(a => a.Id);
        Assert.Equal(final["people"].Story, final["numbers"].Story);
        Assert.Equal(final["numbers"].Story, final["numbers-copy"].Story);
        Assert.Equal("numbers", final["numbers-copy"].DuplicateOf);
    }

    [Fact]
    public void Assignments_name_the_earliest_dated_copy_of_each_group()
    {
        var stream = new StoryStream();
        stream.Add(Document(Wire(published: new DateOnly(2031, 4, 12))));
        var earlier = stream.Add(Document(Syndicated(published: new DateOnly(2031, 4, 9))));

        var final = stream.Assignments();

        Assert.Null(earlier.DuplicateOf);
        Assert.Equal(new StoryAssignment("wire", earlier.Story, "syndicated"), final[0]);
        Assert.Equal(new StoryAssignment("syndicated", earlier.Story, null), final[1]);
    }

    [Fact]
    public void On_a_generated_stream_every_copy_shares_the_story_of_the_article_it_copies()
    {
        var stream = new StoryStream();
        var articles = SyntheticNewsStream.Generate(2000, seed: 3).ToList();
        foreach (var article in articles) stream.Add(article.Document);

        var final = stream.Assignments();
        var storyOf = final.ToDictionary(a => a.Id, a => a.Story);
        var copies = articles.Where(a => a.CopyOf is not null).ToList();
        Assert.NotEmpty(copies);
        Assert.All(copies, a => Assert.Equal(storyOf[a.CopyOf!], storyOf[a.Document.Id]));
        Assert.Equal(copies.Count, final.Count(a => a.DuplicateOf is not null));
        Assert.Equal(copies.Count, stream.CopyCount);
    }

    [Fact]
    public void Adding_an_id_twice_is_refused_even_for_a_copy()
    {
        var stream = new StoryStream();
        stream.Add(Document(Wire()));

        var error = Assert.Throws<ArgumentException>(() => stream.Add(Document(Wire())));

        Assert.Contains("own id", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, stream.Count);
    }

    private static ClusterDocument Document(Crosscheck.Extraction.Article article) => new(article.Id, article.Title, article.Text, article.Published);
}
