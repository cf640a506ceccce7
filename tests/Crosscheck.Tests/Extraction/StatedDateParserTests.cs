using Crosscheck.Extraction;

namespace Crosscheck.Tests.Extraction;

public sealed class StatedDateParserTests
{
    [Theory]
    [InlineData("2024-11-25", "2024-11-25")]
    [InlineData("date 2025-03-04T16:12:00+02:00", "2025-03-04")]
    [InlineData("25/11/2024", "2024-11-25")]
    [InlineData("11/25/2024", "2024-11-25")]
    [InlineData("12.05.2025 09:14", "2025-05-12")]
    [InlineData("November 25, 2024, Monday // 16:12", "2024-11-25")]
    [InlineData("Nov. 25 2024", "2024-11-25")]
    [InlineData("Tuesday 12 May 2025", "2025-05-12")]
    [InlineData("May 12, 2025 at 9:14 am", "2025-05-12")]
    [InlineData("12th of May, 2025", "2025-05-12")]
    [InlineData("Published: 3 mars 2025", "2025-03-03")]
    [InlineData("Updated 14:32 GMT", null)]
    [InlineData("Nov. 25", null)]
    [InlineData("31/02/2025", null)]
    [InlineData("Room 2024-99-99", null)]
    public void Reads_full_dates_in_common_forms(string text, string? expected) =>
        Assert.Equal(expected, StatedDateParser.Parse(text)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// The patterns' \d takes every script's digits, and int.Parse threw FormatException on them: a byline such as
    /// "By Lee Ward · ٣/١١/2024" made the whole page a rejection ("extraction failed … please report this page").
    /// </summary>
    [Theory]
    [InlineData("By Lee Ward \u00B7 ٣/١١/2024", "2024-11-03")]
    [InlineData("Published ۲۰۲۴-۱۱-۰۳", "2024-11-03")]
    [InlineData("Updated ३ November २०२४", "2024-11-03")]
    [InlineData("２０２４年１１月３日 | Nov ３, 2024", "2024-11-03")]
    [InlineData("٣١/٠٢/٢٠٢٤", null)]
    public void Reads_the_digits_of_other_scripts(string text, string? expected) =>
        Assert.Equal(expected, StatedDateParser.Parse(text)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("Posted 09/03/2026 14:02", "2026-03-09", "2026-09-03")]
    [InlineData("09.03.2026", "2026-03-09", null)]
    [InlineData("03/19/2026", "2026-03-19", null)]
    [InlineData("19/03/2026", "2026-03-19", null)]
    [InlineData("03/03/2026", "2026-03-03", null)]
    [InlineData("9 March 2026", "2026-03-09", null)]
    [InlineData("2026-03-09", "2026-03-09", null)]
    public void An_all_number_date_that_reads_both_ways_is_read_day_first_and_keeps_the_other_reading(string text, string date, string? other)
    {
        var found = StatedDateParser.Find(text);
        Assert.NotNull(found);
        Assert.Equal((date, other), (Show(found.Value.Date), Show(found.Value.OtherReading)));
    }

    [Fact]
    public void A_scraped_page_keeps_the_other_reading_of_its_date_for_the_batch_to_settle()
    {
        const string page = """
            Ferry timetable cut for the winter

            By Lee Ward | 04/11/2026

            The island ferry will sail twice a day instead of four times from December, the operator said on Tuesday.

            Operator spokesperson Mina Okafor said the cut would save fuel during the quietest months of the year.
            """;

        var article = new ArticleExtractor().Extract(new Crosscheck.Sources.SourceDocument("ferry.txt", page, Crosscheck.Sources.SourceFormat.ScrapedText)).Article;

        Assert.NotNull(article);
        Assert.Equal((new DateOnly(2026, 11, 4), new DateOnly(2026, 4, 11)), (article.Published, article.PublishedOtherReading));
    }

    private static string? Show(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void A_scraped_page_dated_in_arabic_indic_digits_is_an_article_with_that_date()
    {
        const string page = """
            Harbour board backs dredging plan

            By Lee Ward · ٣/١١/2024

            The harbour board approved a plan on Wednesday to dredge the eastern channel before the autumn storms arrive.

            Board chair Mina Okafor said the dredging would cost 3.1 million euros and take nine weeks to finish.
            """;

        var result = new ArticleExtractor().Extract(new Crosscheck.Sources.SourceDocument("dredging.txt", page, Crosscheck.Sources.SourceFormat.ScrapedText));

        Assert.True(result.Succeeded, result.RejectionReason);
        Assert.Equal(new DateOnly(2024, 11, 3), result.Article!.Published);
    }
}
