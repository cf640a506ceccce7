using AngleSharp.Html.Parser;
using Crosscheck.Extraction;
using Crosscheck.Extraction.Html;
using Crosscheck.Pipeline;
using Crosscheck.Tests.Clustering;

namespace Crosscheck.Tests.Review;

/// <summary>Review probes of dates that read both ways and how the batch settles them.</summary>
public sealed class DateProbes
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    [Theory]
    [InlineData("de", "Veröffentlicht am 09.03.2026")]
    [InlineData("fr", "Publié le 09/03/2026")]
    public void a_page_whose_language_writes_the_day_first_has_no_other_reading(string language, string dateline)
    {
        var html = $"<html lang=\"{language}\"><head><title>Hafen | Gazette</title></head><body><article><h1>Hafen</h1><p class=\"info\">{dateline}</p>"
            + "<p>" + string.Concat(Enumerable.Repeat("Lorem ipsum dolor sit amet, consectetur adipiscing elit. ", 8)) + "</p></article></body></html>";

        var stated = PublicationDateFinder.FindStated(new HtmlParser().ParseDocument(html), null, Today);

        Assert.NotNull(stated);
        Assert.Equal(new DateOnly(2026, 3, 9), stated.Value.Date);
        Assert.Null(stated.Value.OtherReading);
    }

    [Fact]
    public void an_article_dated_both_ways_that_comes_first_in_the_batch_is_settled_by_its_story_too()
    {
        // bridge-c was published on 5 March 2031; its page wrote "05/03/2031" and the language's custom read 3 May.
        // The same batch as StoryGroupingTests, with bridge-c given first (its file sorts first).
        var articles = FictionalCoverage.Articles.Select((a, i) => a.Id == "bridge-c"
                ? Article(a.Document, i) with { Published = new DateOnly(2031, 5, 3), PublishedOtherReading = new DateOnly(2031, 3, 5) }
                : Article(a.Document, i))
            .OrderBy(a => a.Id == "bridge-c" ? 0 : 1)
            .ToList();

        var grouping = CrosscheckPipeline.CreateDefault().Group(articles);

        var bridge = grouping.Stories.Single(s => s.Articles.Any(a => a.Id == "bridge-a"));
        Assert.Contains(bridge.Articles, a => a.Id == "bridge-c");
        Assert.Equal(new DateOnly(2031, 3, 5), grouping.Articles.Single(a => a.Id == "bridge-c").Published);
    }

    [Fact]
    public void a_copy_of_an_article_dated_both_ways_takes_the_reading_its_original_took()
    {
        var articles = FictionalCoverage.Articles.Select((a, i) => a.Id == "bridge-c"
            ? Article(a.Document, i) with { Published = new DateOnly(2031, 5, 3), PublishedOtherReading = new DateOnly(2031, 3, 5) }
            : Article(a.Document, i)).ToList();
        var original = articles.Single(a => a.Id == "bridge-c");
        articles.Add(original with { Id = "bridge-c-copy", Source = "syndicated/bridge-c.txt", Ordinal = articles.Count });

        var grouping = CrosscheckPipeline.CreateDefault().Group(articles);

        var copy = grouping.Articles.Single(a => a.Id == "bridge-c-copy");
        Assert.Equal("bridge-c", copy.DuplicateOf);
        Assert.Equal(grouping.Articles.Single(a => a.Id == "bridge-c").Published, copy.Published);
    }

    [Fact]
    public void a_scraped_page_that_prints_its_date_plainly_has_no_other_reading()
    {
        // Article.PublishedOtherReading: kept only when "nothing on the page settled which"; the HTML path checks the
        // plainly printed day (PrintsPlainly), the scraped-text path (BoilerplateClassifier.FindPublished) does not.
        const string page = """
            Ferry timetable cut for the winter

            By Lee Ward | 04/11/2026

            The island ferry will sail twice a day instead of four times from December, the operator said on Wednesday 4 November 2026.

            Operator spokesperson Mina Okafor said the cut would save fuel during the quietest months of the year.
            """;

        var article = new ArticleExtractor().Extract(new Crosscheck.Sources.SourceDocument("ferry.txt", page, Crosscheck.Sources.SourceFormat.ScrapedText)).Article;

        Assert.NotNull(article);
        Assert.Equal(new DateOnly(2026, 11, 4), article.Published);
        Assert.Null(article.PublishedOtherReading);
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
