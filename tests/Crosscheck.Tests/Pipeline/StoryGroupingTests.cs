using Crosscheck.Extraction;
using Crosscheck.Pipeline;
using Crosscheck.Tests.Clustering;

namespace Crosscheck.Tests.Pipeline;

/// <summary>Grouping a batch into stories: copies marked, stories formed, dates that read both ways settled by their story.</summary>
public sealed class StoryGroupingTests
{
    [Fact]
    public void An_article_dated_both_ways_joins_its_story_and_takes_the_date_the_story_agrees_with()
    {
        // bridge-c was published on 5 March 2031; its page wrote "05/03/2031" and the language's custom read 3 May.
        var articles = FictionalCoverage.Articles.Select((a, i) => a.Id == "bridge-c"
            ? Article(a.Document, i) with { Published = new DateOnly(2031, 5, 3), PublishedOtherReading = new DateOnly(2031, 3, 5) }
            : Article(a.Document, i)).ToList();

        var grouping = CrosscheckPipeline.CreateDefault().Group(articles);

        var settled = grouping.Articles.Single(a => a.Id == "bridge-c");
        Assert.Equal(new DateOnly(2031, 3, 5), settled.Published);
        var bridge = grouping.Stories.Single(s => s.Articles.Any(a => a.Id == "bridge-a"));
        Assert.Equal(["bridge-a", "bridge-b", "bridge-c"], bridge.Articles.Select(a => a.Id));
        Assert.Equal(new DateOnly(2031, 3, 5), bridge.Articles.Single(a => a.Id == "bridge-c").Published);
    }

    [Fact]
    public void An_article_whose_first_reading_fits_its_story_keeps_it()
    {
        var articles = FictionalCoverage.Articles.Select((a, i) => a.Id == "bridge-c"
            ? Article(a.Document, i) with { PublishedOtherReading = new DateOnly(2031, 5, 3) }
            : Article(a.Document, i)).ToList();

        var grouping = CrosscheckPipeline.CreateDefault().Group(articles);

        Assert.Equal(new DateOnly(2031, 3, 5), grouping.Articles.Single(a => a.Id == "bridge-c").Published);
    }

    private static Article Article(Crosscheck.Clustering.ClusterDocument document, int ordinal) => new()
    {
        Id = document.Id,
        Source = document.Id + ".txt",
        Title = document.Title,
        Published = document.Published,
        Body = [.. document.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        Ordinal = ordinal,
    };
}
