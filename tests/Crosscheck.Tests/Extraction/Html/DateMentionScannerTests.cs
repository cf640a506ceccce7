using System.Globalization;
using Crosscheck.Extraction.Html;

namespace Crosscheck.Tests.Extraction.Html;

public sealed class DateMentionScannerTests
{
    [Theory]
    [InlineData("2020-06-07", "2020-06-07")]
    [InlineData("2020/6/7 10:15", "2020-06-07")]
    [InlineData("2020. 06. 07.", "2020-06-07")]
    [InlineData("07.06.2020", "2020-06-07")]
    [InlineData("7-Jun-2020", "2020-06-07")]
    [InlineData("Sunday, June 7th, 2020", "2020-06-07")]
    [InlineData("Sept. 7, 2020", "2020-09-07")]
    [InlineData("7 de junio de 2020", "2020-06-07")]
    [InlineData("1er juillet 2020", "2020-07-01")]
    [InlineData("7. Juni 2020", "2020-06-07")]
    [InlineData("7 ИЮНЯ 2020", "2020-06-07")]
    [InlineData("24 نيسان / أبريل 2020", "2020-04-24")]
    [InlineData("2020 m. birželio 7 d.", "2020-06-07")]
    [InlineData("2020年06月07日", "2020-06-07")]
    [InlineData("２０２０年６月７日", "2020-06-07")]
    [InlineData("۲۰۲۰/۰۶/۰۷", "2020-06-07")]
    [InlineData("7 ΙΟΥΝΙΟΥ 2020", "2020-06-07")]
    [InlineData("7 d'octubre 2020", "2020-10-07")]
    public void Reads_full_dates_in_many_forms(string text, string expected) =>
        Assert.Equal(expected, Show(DateMentionScanner.Scan(text).Select(m => (DateOnly?)m.Date).FirstOrDefault()));

    [Theory]
    [InlineData("June 2020")]
    [InlineData("7 June")]
    [InlineData("31/02/2020")]
    [InlineData("2020-13-01")]
    [InlineData("Junebug 7 2020")]
    [InlineData("Covid19 June 2020")]
    [InlineData("version 1.07.06.2020b")]
    public void Ignores_partial_impossible_and_glued_dates(string text) =>
        Assert.Empty(DateMentionScanner.Scan(text));

    [Fact]
    public void Marks_day_first_dates_with_a_two_digit_year_as_such()
    {
        var mention = Assert.Single(DateMentionScanner.Scan("Beitrag vom 07.06.20, 14:22"));
        Assert.Equal("2020-06-07", Show(mention.Date));
        Assert.True(mention.ShortYear);
        Assert.False(DateMentionScanner.Scan("07.06.2020")[0].ShortYear);
        Assert.Empty(DateMentionScanner.Scan("1.2.3.4 and 10.20.30"));
    }

    [Fact]
    public void Reads_ambiguous_numbers_in_the_page_order_unless_only_one_order_is_valid()
    {
        Assert.Equal("2020-07-06", Show(DateMentionScanner.Scan("06/07/2020", NumericDateOrder.DayFirst)[0].Date));
        Assert.Equal("2020-06-07", Show(DateMentionScanner.Scan("06/07/2020", NumericDateOrder.MonthFirst)[0].Date));
        Assert.Equal("2020-06-25", Show(DateMentionScanner.Scan("25/06/2020", NumericDateOrder.MonthFirst)[0].Date));
        Assert.Equal("2020-06-25", Show(DateMentionScanner.Scan("06/25/2020", NumericDateOrder.DayFirst)[0].Date));
    }

    [Fact]
    public void Finds_every_date_once_in_text_order_with_its_span()
    {
        const string text = "Filed 2020-06-07 (updated 8 June 2020), hearing on June 9, 2020.";
        var mentions = DateMentionScanner.Scan(text);
        Assert.Equal(["2020-06-07", "2020-06-08", "2020-06-09"], mentions.Select(m => Show(m.Date)));
        Assert.Equal(["2020-06-07", "8 June 2020", "June 9, 2020"], mentions.Select(m => text.Substring(m.Index, m.Length)));
    }

    [Fact]
    public void Month_first_dates_are_found_among_long_text_and_other_numbers()
    {
        // Month-first dates are looked for only shortly before a "19" or "20": a long text, numbers that are no year
        // (1925 people, 2000s, 19th), a year at the very end, and dates back to back must all read as a full scan would.
        var filler = string.Concat(Enumerable.Repeat("Lorem ipsum dolor sit amet, 1925 people in the 2000s, page 19 of 20. ", 40));
        var text = filler + "Posted June 7th, 2020 and updated Sept. 8 2021," + filler + "Junebug 7 2020 then March 31, 2019May 1, 2018";
        var dates = DateMentionScanner.Scan(text).Select(m => Show(m.Date)).ToList();
        Assert.Equal(["2020-06-07", "2021-09-08", "2019-03-31", "2018-05-01"], dates);
    }

    [Theory]
    [InlineData("2020-12-05T23:15:0Z", "2020-12-05", "23:15", 0)]
    [InlineData("20200414T00:38:07Z", "2020-04-14", "00:38", 0)]
    [InlineData("2020-09-30T02:00:07-0700", "2020-09-30", "02:00", -7)]
    [InlineData("2020-06-29T00:16:15+03:00", "2020-06-29", "00:16", 3)]
    [InlineData("2020-06-07 18:45:00", "2020-06-07", "18:45", null)]
    [InlineData("2020-06-07", "2020-06-07", null, null)]
    [InlineData("1591548300", "2020-06-07", "16:45", 0)]
    [InlineData("1591548300000", "2020-06-07", "16:45", 0)]
    [InlineData("Sun, 07 Jun 2020 16:45:00 +0000", "2020-06-07", null, null)]
    public void Metadata_values_keep_the_written_date_with_its_time_and_offset(string value, string date, string? time, int? offsetHours)
    {
        var stated = DateMentionScanner.ParseValue(value);
        Assert.NotNull(stated);
        Assert.Equal(date, Show(stated.Value.Date));
        Assert.Equal(time, stated.Value.Time?.ToString("HH:mm", CultureInfo.InvariantCulture));
        Assert.Equal(offsetHours, stated.Value.Offset?.Hours);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a date")]
    [InlineData("1234567890123456")]
    [InlineData("42")]
    public void Metadata_values_without_a_date_give_none(string value) => Assert.Null(DateMentionScanner.ParseValue(value));

    [Theory]
    [InlineData("juin", 6)]
    [InlineData("FÉVRIER", 2)]
    [InlineData("Dez.", 12)]
    [InlineData("października", 10)]
    [InlineData("серпня", 8)]
    [InlineData("Ağustos", 8)]
    [InlineData("Αυγούστου", 8)]
    [InlineData("հոկտեմբերի", 10)]
    [InlineData("أكتوبر", 10)]
    [InlineData("tammikuuta", 1)]
    [InlineData("Monday", null)]
    [InlineData("ma", null)]
    public void Month_words_are_read_without_case_or_accents(string word, int? month) => Assert.Equal(month, MonthWords.Number(word));

    private static string? Show(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
