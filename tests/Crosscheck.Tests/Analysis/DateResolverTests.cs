using Crosscheck.Analysis.Time;
using Crosscheck.Text;

namespace Crosscheck.Tests.Analysis;

public sealed class DateResolverTests
{
    private static readonly DateResolver Resolver = new();

    [Theory]
    // expression in a sentence, publication date, expected key, precision
    [InlineData("The vote took place on Nov. 23, officials said.", "2030-11-25", "2030-11-23", DatePrecision.Day)]
    [InlineData("It was signed on November 25, 2024 in the capital.", "2031-03-14", "2024-11-25", DatePrecision.Day)]
    [InlineData("The court sat on 25 November to hear the case.", "2030-12-01", "2030-11-25", DatePrecision.Day)]
    [InlineData("Ministers met on 17 November in the port city.", "2030-11-25", "2030-11-17", DatePrecision.Day)]
    [InlineData("The report was dated 25/11/2024.", "2031-03-14", "2024-11-25", DatePrecision.Day)]
    [InlineData("The report was dated 2024-11-25.", "2031-03-14", "2024-11-25", DatePrecision.Day)]
    [InlineData("The council voted on Monday to close the mine.", "2031-03-14", "2031-03-10", DatePrecision.Day)]
    [InlineData("The council will vote next Monday.", "2031-03-14", "2031-03-17", DatePrecision.Day)]
    [InlineData("The diplomats must leave by Monday.", "2031-03-14", "2031-03-17", DatePrecision.Day)]
    [InlineData("Talks between the two sides will resume on Monday in the capital.", "2031-03-14", "2031-03-17", DatePrecision.Day)]
    [InlineData("The board is due to ratify the decision on Monday.", "2031-03-14", "2031-03-17", DatePrecision.Day)]
    [InlineData("The minister, who will retire, said on Monday that the plan was dead.", "2031-03-14", "2031-03-10", DatePrecision.Day)]
    [InlineData("The minister who will retire soon said on Monday that the plan was dead.", "2031-03-14", "2031-03-10", DatePrecision.Day)]
    [InlineData("Trains were cancelled due to a signal failure on Monday.", "2031-03-14", "2031-03-10", DatePrecision.Day)]
    [InlineData("Will Pym said on Monday that the plan was dead.", "2031-03-14", "2031-03-10", DatePrecision.Day)]
    [InlineData("The company will compensate passengers stranded on Monday.", "2031-03-14", "2031-03-10", DatePrecision.Day)]
    [InlineData("The mayor resigned yesterday.", "2031-03-14", "2031-03-13", DatePrecision.Day)]
    [InlineData("Talks collapsed last week after a dispute.", "2031-03-14", "2031-03", DatePrecision.Week)]
    [InlineData("The plan was first floated in February.", "2031-11-25", "2031-02", DatePrecision.Month)]
    [InlineData("The handover is expected in January.", "2031-11-25", "2032-01", DatePrecision.Month)]
    [InlineData("The tariff takes effect in January 2025.", "2024-11-25", "2025-01", DatePrecision.Month)]
    [InlineData("Earlier this year the fleet was grounded.", "2031-03-14", "2031", DatePrecision.Year)]
    [InlineData("The treaty was first signed in 2019.", "2031-03-14", "2019", DatePrecision.Year)]
    [InlineData("Prices rose last month.", "2031-03-14", "2031-02", DatePrecision.Month)]
    [InlineData("The bridge opened two days ago.", "2031-03-14", "2031-03-12", DatePrecision.Day)]
    [InlineData("Strikes began on Jan. 3 across the region.", "2031-03-14", "2031-01-03", DatePrecision.Day)]
    [InlineData("Founded in 1891 by two brothers, the chain grew to 40 stores.", "2031-03-14", "1891", DatePrecision.Year)]
    [InlineData("Records suggest the fault last ruptured in 1783, flattening the town.", "2031-03-14", "1783", DatePrecision.Year)]
    [InlineData("The largest source is a 2005 dissertation by a student in Tessel.", "2031-03-14", "2005", DatePrecision.Year)]
    public void Resolves_expressions_against_the_publication_date(string sentence, string published, string expectedKey, DatePrecision precision)
    {
        var mentions = Resolver.Resolve(sentence, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));

        var mention = Assert.Single(mentions);
        Assert.Equal(expectedKey, mention.Key);
        Assert.Equal(precision, mention.Precision);
        Assert.True(mention.Span.End <= sentence.Length);
    }

    [Fact]
    public void A_list_of_months_shares_its_year()
    {
        var mentions = Resolver.Resolve("In February and March of this year, the minister said so.", new DateOnly(2031, 11, 25));

        Assert.Equal(["2031-02", "2031-03"], mentions.Select(m => m.Key));
    }

    [Fact]
    public void Month_with_day_is_not_read_as_a_bare_month()
    {
        var mentions = Resolver.Resolve("Documents revealed on November 20 show the plan.", new DateOnly(2031, 11, 25));

        Assert.Equal("2031-11-20", Assert.Single(mentions).Key);
    }

    [Theory]
    [InlineData("They may well decide to march on.")]
    [InlineData("The army has 2,000 troops and 45% of the budget.")]
    [InlineData("He said it would happen on Monday.")]
    public void Needs_a_reference_or_finds_no_date(string sentence)
    {
        Assert.Empty(Resolver.Resolve(sentence, reference: null));
    }

    [Theory]
    [InlineData("The fire destroyed roofs in 1800 homes across the valley.")]
    [InlineData("Water reached the third floor in 1650 metre-high surges.")]
    [InlineData("Volunteers have planted trees since 1600 people signed up.")]
    public void A_count_after_in_or_since_is_no_year_before_1900(string sentence)
    {
        Assert.Empty(Resolver.Resolve(sentence, DateOnly.Parse("2031-03-14", System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// The expression's \d takes the digits of every script, and parsing them threw FormatException, which stopped the
    /// whole analysis (`crosscheck analyze` of a page with "٣/١١/2024" crashed). They are read as the digits they are,
    /// with the spans of the text as written.
    /// </summary>
    [Theory]
    [InlineData("The council met on ٣/١١/2024 to vote.", "٣/١١/2024", "2024-11-03")] // Arabic-Indic
    [InlineData("The council met on ۳/۱۱/۲۰۲۴ to vote.", "۳/۱۱/۲۰۲۴", "2024-11-03")] // Persian
    [InlineData("The council met on ३ November २०२४ to vote.", "३ November २०२४", "2024-11-03")] // Devanagari
    [InlineData("The council met on Nov ２３ to vote.", "Nov ２３", "2031-11-23")] // full-width
    [InlineData("The council met on ২০২৪-১১-০৩ to vote.", "২০২৪-১১-০৩", "2024-11-03")] // Bengali
    [InlineData("The council met ৩ days ago.", "৩ days ago", "2031-11-22")]
    [InlineData("The council met in ๒๐๒๔.", "๒๐๒๔", "2024")] // Thai
    public void Digits_of_other_scripts_are_read_as_digits(string sentence, string expression, string expectedKey)
    {
        var mention = Assert.Single(Resolver.Resolve(sentence, new DateOnly(2031, 11, 25)));

        Assert.Equal(expectedKey, mention.Key);
        Assert.Equal(expression, mention.Span.Slice(sentence));
    }

    [Theory]
    [InlineData("市議会は２０２４年１１月３日、橋を閉鎖した。")]
    [InlineData("Le conseil a voté le ٣١/٠٢/٢٠٢٤ et le 2024-١٣-٠١.")]
    [InlineData("The council met on 𝟑/𝟏𝟏/𝟐𝟎𝟐𝟒 in mathematical digits.")] // not single UTF-16 units, so no \d
    public void Digits_of_other_scripts_that_make_no_date_are_no_mention(string sentence)
    {
        Assert.Empty(Resolver.Resolve(sentence, new DateOnly(2031, 11, 25)));
    }

    /// <summary>
    /// A reference date is what the article says, and a library caller may give any (DateOnly.MinValue, MaxValue): what is
    /// counted from it threw ArgumentOutOfRangeException past either end of the calendar ("tomorrow" on 31 December 9999,
    /// "last year" in year 1, "in January" near either end). Every kind of expression, at every reference near the ends,
    /// gives a date inside the calendar or none.
    /// </summary>
    [Fact]
    public void References_at_the_ends_of_the_calendar_give_dates_inside_it_or_none()
    {
        const string text = "On Monday, last Monday, next Sunday, yesterday, today and tomorrow; last week, next week, this month, "
            + "next month, last year, next year; 99 days ago, 99 weeks ago, 99 months ago, 99 years ago, two years earlier; "
            + "in January, in December, in January and December of next year, in December of last year; on 31 December, "
            + "on Jan. 1, Feb. 29 and 29 February; in 2024, on 25/11/2024 and 2024-11-25.";
        DateOnly[] references =
        [
            DateOnly.MinValue, DateOnly.MinValue.AddDays(1), new DateOnly(1, 1, 31), new DateOnly(1, 3, 1), new DateOnly(1, 12, 31), new DateOnly(2, 1, 1),
            DateOnly.MaxValue, DateOnly.MaxValue.AddDays(-1), new DateOnly(9999, 12, 1), new DateOnly(9999, 11, 1), new DateOnly(9999, 1, 1), new DateOnly(9998, 12, 31),
        ];
        foreach (var reference in references)
        {
            var mentions = Resolver.Resolve(text, reference);

            Assert.NotEmpty(mentions);
            Assert.All(mentions, m => Assert.InRange(m.Span.End, m.Span.Start, text.Length));
        }
        Assert.Empty(Resolver.Resolve("It happened yesterday.", DateOnly.MinValue));
        Assert.Equal("0001-01-01", Assert.Single(Resolver.Resolve("It happened yesterday.", new DateOnly(1, 1, 2))).Key);
        Assert.Empty(Resolver.Resolve("It happens tomorrow and next year.", DateOnly.MaxValue));
        Assert.Equal("9999-01", Assert.Single(Resolver.Resolve("It happened in January.", DateOnly.MaxValue)).Key);
        Assert.Equal("0001-12", Assert.Single(Resolver.Resolve("It happens in December.", new DateOnly(1, 11, 20))).Key);
        Assert.Empty(Resolver.Resolve("It happened in December.", new DateOnly(1, 1, 20)));
        Assert.Equal("0001-11-25", Assert.Single(Resolver.Resolve("It happened on 25 November.", new DateOnly(1, 11, 30))).Key);
        Assert.Equal("9999-12-31", Assert.Single(Resolver.Resolve("It happens on 31 December.", new DateOnly(9999, 12, 1))).Key);
    }

    /// <summary>
    /// Trying the expression near each cue finds what trying it at every position finds: random sentences of date words,
    /// numbers (in ASCII and in other scripts' digits), hyphens, white space and a character the cues miss (the Kelvin
    /// sign), inside a longer text so the range's ends matter.
    /// </summary>
    [Fact]
    public void Trying_near_the_cues_finds_what_trying_every_position_finds()
    {
        string[] pieces =
        [
            "last", "Last", "week", "WEEK", "wee\u212A", "earlier", "later", "this", "past", "month", "year", "years", "ago", "two", "a", "six",
            "3", "12", "25th", "2024", "1999", "11/03/2024", "2024-11-05", "3.4.2020", "in", "mid", "mid-", "-", "--", " ", "  ", "\t",
            "\u00A0", ",", ".", "/", ":", "(", "\"", "'", "\u2019", "\u2014", "\u200D", "x-", "on", "since", "between", "throughout", "of", "the",
            "and", "or", "to", "Monday", "monday", "Sunday", "yesterday", "today", "tonight", "tomorrow", "day", "days", "January", "Jan",
            "Jan.", "Ju", "Jun", "Sept", "Sept.", "May", "may", "March", "Mayor", "Decision", "%", "percent", "said", "foo", "\u00E9t\u00E9",
            "\u0663", "\u0661\u0661/\u0660\u0663/\u0662\u0660\u0662\u0664", "\u0968\u0966\u0968\u096A", "\uFF12\uFF15", "\uFF12\uFF10\uFF12\uFF14-\uFF11\uFF11-\uFF10\uFF15", "1\u0662",
        ];
        var random = new Random(20261121);
        var reference = new DateOnly(2031, 3, 14);
        for (var n = 0; n < 20_000; n++)
        {
            var sentence = new System.Text.StringBuilder();
            for (var k = random.Next(1, 14); k > 0; k--) sentence.Append(pieces[random.Next(pieces.Length)]).Append(random.Next(3) == 0 ? "" : " ");
            var before = random.Next(3) == 0 ? "In 2020 " : "";
            var text = before + sentence + (random.Next(3) == 0 ? " 2021" : "");
            var range = new TextSpan(before.Length, sentence.Length);

            var expected = Resolver.ResolveTryingEveryPosition(text, range, reference);
            var actual = Resolver.Resolve(text, range, reference);

            Assert.True(expected.SequenceEqual(actual), $"\"{sentence}\": {string.Join(", ", expected)} but {string.Join(", ", actual)}");
        }
    }
}
