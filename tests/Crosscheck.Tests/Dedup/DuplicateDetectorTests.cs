using Crosscheck.Dedup;
using Crosscheck.Extraction;
using static Crosscheck.Tests.Dedup.SyndicationFixtures;

namespace Crosscheck.Tests.Dedup;

public sealed class DuplicateDetectorTests
{
    private readonly DuplicateDetector _detector = new();

    [Fact]
    public void An_exact_copy_points_to_the_original()
    {
        var copy = Wire() with { Id = "copy", Title = "Another headline", Ordinal = 1 };

        var duplicates = _detector.FindDuplicates([Wire(), copy]);

        Assert.Equal("wire", Assert.Single(duplicates, d => d.Key == "copy").Value);
        Assert.Single(duplicates);
    }

    [Fact]
    public void A_copy_that_differs_only_in_case_accents_quotes_and_spacing_is_exact()
    {
        var noisy = Make("noisy", "Orlen", WireParagraphs.Select(p => "  " + p.ToUpperInvariant().Replace("'", "\u2019", StringComparison.Ordinal) + " "), 1, null);

        var duplicates = _detector.FindDuplicates([Wire(), noisy]);

        Assert.Equal("wire", duplicates["noisy"]);
    }

    [Fact]
    public void A_syndicated_copy_with_a_new_title_first_line_and_a_dropped_sentence_is_found()
    {
        var duplicates = _detector.FindDuplicates([Wire(), Syndicated(), Retelling()]);

        Assert.Equal("wire", duplicates["syndicated"]);
        Assert.False(duplicates.ContainsKey("wire"));
    }

    [Fact]
    public void DuplicateOf_names_the_earliest_published_copy_even_when_it_arrives_last()
    {
        var late = Wire(ordinal: 0, published: new DateOnly(2031, 4, 12));
        var early = Syndicated(ordinal: 1, published: new DateOnly(2031, 4, 9));

        var duplicates = _detector.FindDuplicates([late, early]);

        Assert.Equal("syndicated", duplicates["wire"]);
        Assert.False(duplicates.ContainsKey("syndicated"));
    }

    [Theory]
    // wire date, syndicated date, wire ordinal, syndicated ordinal, expected original
    [InlineData("2031-04-10", "2031-04-11", 0, 1, "wire")]
    [InlineData("2031-04-11", "2031-04-10", 0, 1, "syndicated")]
    [InlineData(null, "2031-04-10", 0, 1, "syndicated")]
    [InlineData("2031-04-10", null, 1, 0, "wire")]
    [InlineData(null, null, 1, 0, "syndicated")]
    [InlineData("2031-04-10", "2031-04-10", 5, 2, "syndicated")]
    public void The_original_is_the_earliest_dated_copy_then_the_lowest_ordinal(string? wireDate, string? syndicatedDate, int wireOrdinal, int syndicatedOrdinal, string expectedOriginal)
    {
        var wire = Wire(wireOrdinal) with { Published = Parse(wireDate) };
        var syndicated = Syndicated(syndicatedOrdinal) with { Published = Parse(syndicatedDate) };

        var duplicates = _detector.FindDuplicates([wire, syndicated]);

        var copy = expectedOriginal == "wire" ? "syndicated" : "wire";
        Assert.Equal(expectedOriginal, duplicates[copy]);
        Assert.Single(duplicates);
    }

    [Fact]
    public void With_equal_dates_and_ordinals_input_order_decides()
    {
        var duplicates = _detector.FindDuplicates([Syndicated(0, new DateOnly(2031, 4, 10)), Wire(0, new DateOnly(2031, 4, 10))]);

        Assert.Equal("syndicated", duplicates["wire"]);
    }

    [Fact]
    public void On_the_same_day_a_copy_crediting_the_other_outlet_is_not_the_original()
    {
        var sameDay = new DateOnly(2031, 4, 10);
        var credited = Wire(ordinal: 1, published: sameDay) with { Outlet = "Orlen Valley Times" };
        var crediting = Syndicated(ordinal: 0, published: sameDay) with
        {
            Outlet = "Tollby Evening Post",
            Body = [.. Syndicated().Body, "This story first appeared in the Orlen Valley Times."],
        };

        var duplicates = _detector.FindDuplicates([crediting, credited]);

        Assert.Equal("wire", duplicates["syndicated"]);
        Assert.Single(duplicates);
    }

    [Theory]
    [InlineData("Regional News Agency")]
    [InlineData("Tollby Wire Service")]
    [InlineData("Northern Press Association")]
    public void On_the_same_day_a_news_agency_is_the_original(string agency)
    {
        var sameDay = new DateOnly(2031, 4, 10);
        var paper = Wire(ordinal: 0, published: sameDay) with { Outlet = "Orlen Valley Times" };
        var wire = Syndicated(ordinal: 1, published: sameDay) with { Outlet = agency };

        var duplicates = _detector.FindDuplicates([paper, wire]);

        Assert.Equal("syndicated", duplicates["wire"]);
    }

    [Fact]
    public void On_the_same_day_a_trimmed_reprint_is_not_the_original_even_when_it_comes_first()
    {
        var sameDay = new DateOnly(2031, 4, 10);
        var trimmed = Make("trimmed", "Orlen dam: water released", WireParagraphs.Take(6), 0, sameDay) with { Outlet = "Valley Digest" };
        var original = Wire(ordinal: 1, published: sameDay) with { Outlet = "Orlen Valley Times" };

        var duplicates = _detector.FindDuplicates([trimmed, original]);

        Assert.Equal("wire", duplicates["trimmed"]);
    }

    [Fact]
    public void On_the_same_day_a_shorter_copy_whose_paragraphs_are_not_in_the_longer_keeps_its_turn()
    {
        var sameDay = new DateOnly(2031, 4, 10);
        var shorter = Make("shorter", "Orlen dam: water released", WireParagraphs.Take(6).Select((p, i) => i % 2 == 0 ? p.TrimEnd('.') + ", officials said." : p), 0, sameDay) with { Outlet = "Valley Digest" };
        var longer = Wire(ordinal: 1, published: sameDay) with { Outlet = "Orlen Valley Times" };

        var duplicates = _detector.FindDuplicates([shorter, longer]);

        Assert.Equal("shorter", duplicates["wire"]);
    }

    [Fact]
    public void An_earlier_date_beats_being_a_news_agency()
    {
        var paper = Wire(ordinal: 1, published: new DateOnly(2031, 4, 9)) with { Outlet = "Orlen Valley Times" };
        var wire = Syndicated(ordinal: 0, published: new DateOnly(2031, 4, 10)) with { Outlet = "Regional News Agency" };

        var duplicates = _detector.FindDuplicates([wire, paper]);

        Assert.Equal("wire", duplicates["syndicated"]);
    }

    [Fact]
    public void Every_copy_in_a_group_points_to_the_same_earliest_article()
    {
        var third = Syndicated() with { Id = "third", Ordinal = 3, Published = new DateOnly(2031, 4, 12) };

        var duplicates = _detector.FindDuplicates([third, Syndicated(), Wire()]);

        Assert.Equal("wire", duplicates["syndicated"]);
        Assert.Equal("wire", duplicates["third"]);
        Assert.Equal(2, duplicates.Count);
    }

    [Fact]
    public void Different_articles_on_the_same_event_are_not_duplicates()
    {
        var duplicates = _detector.FindDuplicates([Wire(), Retelling()]);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Short_identical_bodies_are_duplicates_only_when_the_titles_match_too()
    {
        string[] paywall = ["Subscribe to continue reading this article."];
        var a = Make("a", "Council approves budget", paywall, 0, null);
        var b = Make("b", "Striker signs new contract", paywall, 1, null);
        var c = Make("c", "Council approves budget", paywall, 2, null);

        var duplicates = _detector.FindDuplicates([a, b, c]);

        Assert.Equal("a", duplicates["c"]);
        Assert.False(duplicates.ContainsKey("b"));
    }

    [Fact]
    public void Empty_bodies_are_never_duplicates()
    {
        var duplicates = _detector.FindDuplicates([Make("a", "One", [], 0, null), Make("b", "One", [], 1, null)]);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void No_articles_or_one_article_give_no_duplicates()
    {
        Assert.Empty(_detector.FindDuplicates([]));
        Assert.Empty(_detector.FindDuplicates([Wire()]));
    }

    [Fact]
    public void Many_unrelated_random_texts_give_no_duplicates_and_the_same_answer_twice()
    {
        var random = new Random(20310410);
        var articles = Enumerable.Range(0, 300)
            .Select(i => Make("r" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "t", [string.Join(' ', Words(200, random))], i, null))
            .Append(Wire(300))
            .Append(Syndicated(301))
            .ToList();

        var first = _detector.FindDuplicates(articles);
        var second = new DuplicateDetector().FindDuplicates(articles);

        Assert.Equal("wire", Assert.Single(first).Value);
        Assert.Equal(first, second);
    }

    [Fact]
    public void The_lsh_banding_follows_the_threshold_option()
    {
        var detector = new DuplicateDetector(new DuplicateDetectorOptions { Threshold = 0.8, Permutations = 128 });

        Assert.Equal(LshParameters.Optimal(0.8, 128), detector.LshParameters);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.3)]
    [InlineData(double.NaN)]
    public void A_threshold_outside_zero_to_one_is_refused_with_advice(double threshold)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new DuplicateDetector(new DuplicateDetectorOptions { Threshold = threshold }));

        Assert.Contains("between 0 and 1", error.Message, StringComparison.Ordinal);
    }

    private static DateOnly? Parse(string? date) => date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
