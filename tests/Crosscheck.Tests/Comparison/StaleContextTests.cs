using Crosscheck.Analysis;
using Crosscheck.Comparison;
using Crosscheck.Extraction;
using Crosscheck.Tests.Analysis;

namespace Crosscheck.Tests.Comparison;

/// <summary>Stale context: one retelling speaks of an event as possible or to come while others report it done.</summary>
public sealed class StaleContextTests
{
    private static readonly DateOnly Monday = new(2031, 3, 17);

    private static StoryComparison Compare(params Article[] articles) => StoryFixtures.CompareAnalyzed(articles);

    private static IEnumerable<Conflict> Stale(StoryComparison comparison) =>
        comparison.Conflicts.Where(c => c.About.StartsWith("whether", StringComparison.Ordinal));

    private static Article Done1() => TestArticles.Create("a1", "Kovac wins Dornbridge runoff", Monday,
        "Ana Kovac won the mayoral runoff in Dornbridge on Sunday, the electoral board said.",
        "Turnout reached 58 percent, the highest in a decade.");

    private static Article Done2() => TestArticles.Create("a3", "Dornbridge has a new mayor", Monday,
        "Ana Kovac's victory in Sunday's runoff was confirmed by the electoral board on Monday morning.",
        "Her first council meeting is planned for April.");

    private static Article Pending(string id) => TestArticles.Create(id, "Dornbridge prepares for change at the town hall", Monday,
        "Council staff in Dornbridge are preparing for the possible election of Ana Kovac as mayor, the Dornbridge Ledger reported.",
        "The harbour budget will be the first test for whoever leads the town.");

    [Fact]
    public void An_event_one_outlet_calls_possible_and_others_report_done_is_a_conflict()
    {
        var comparison = Compare(Done1(), Pending("a2"), Done2());

        var conflict = Assert.Single(Stale(comparison));
        Assert.Equal("whether Ana Kovac's election has happened: pending in one retelling, done in another", conflict.About);
        Assert.Equal(2, conflict.Versions.Length);
        Assert.Contains("possible election", conflict.Versions[0].Text, StringComparison.Ordinal);
        Assert.Equal(["a2"], conflict.Versions[0].ArticleIds.ToArray());
        Assert.Equal(["a1", "a3"], conflict.Versions[1].ArticleIds.ToArray());
    }

    [Fact]
    public void A_passive_event_pending_against_done_is_a_conflict()
    {
        var pending = TestArticles.Create("b1", "Pressure grows on harbour chief", Monday,
            "Harbour chief Marten Olsby could be arrested this week over the missing funds, prosecutors in Dornbridge said.");
        var done = TestArticles.Create("b2", "Harbour chief detained", Monday,
            "Harbour chief Marten Olsby was arrested on Saturday over the missing funds, prosecutors in Dornbridge said.");

        var conflict = Assert.Single(Stale(Compare(pending, done)));

        Assert.StartsWith("whether Marten Olsby's arrest", conflict.About, StringComparison.Ordinal);
        Assert.Equal(["b1"], conflict.Versions[0].ArticleIds.ToArray());
        Assert.Equal(["b2"], conflict.Versions[1].ArticleIds.ToArray());
    }

    [Fact]
    public void An_event_every_outlet_calls_possible_is_no_conflict()
    {
        var a = TestArticles.Create("c1", "Runoff ahead in Dornbridge", Monday,
            "Ana Kovac could win the mayoral runoff in Dornbridge on Sunday, pollsters said.");
        Assert.Empty(Stale(Compare(a, Pending("c2"))));
    }

    [Fact]
    public void An_article_that_tells_the_event_both_ways_is_recounting_history()
    {
        var history = TestArticles.Create("d2", "How Kovac took Dornbridge", Monday,
            "In January, party leaders dismissed the possible election of Ana Kovac as a fantasy of her supporters in Dornbridge.",
            "On Sunday Ana Kovac won the runoff with 600 votes to spare.");

        Assert.Empty(Stale(Compare(Done1(), history)));
    }

    [Fact]
    public void A_hedge_shortly_before_the_done_form_cancels_it()
    {
        var pending = Pending("e1");
        var hedged = TestArticles.Create("e2", "Recount requested", Monday,
            "A recount requested by the Harbour Party could delay Ana Kovac's victory in Dornbridge by a week.");

        Assert.Empty(Stale(Compare(pending, hedged)));
    }

    [Fact]
    public void Different_people_are_different_events()
    {
        var pending = Pending("f1");
        var other = TestArticles.Create("f2", "Valley town picks mayor", Monday,
            "Tomas Berg won the mayoral runoff in Dornbridge's neighbour Eskerby on Sunday, the electoral board said.");

        Assert.Empty(Stale(Compare(pending, other)));
    }

    [Fact]
    public void A_pronoun_stands_for_the_person_named_before_it()
    {
        var refusing = TestArticles.Create("g1", "Harbour chief under fire", Monday,
            "Harbour chief Marten Olsby faced questions from the council on Friday over the missing funds.",
            "He said he would not resign before the audit was finished.");
        var done = TestArticles.Create("g2", "Harbour chief quits", Monday,
            "Marten Olsby resigned as harbour chief on Sunday, two days after the council questioned him over the missing funds.");

        var conflict = Assert.Single(Stale(Compare(refusing, done)));

        Assert.StartsWith("whether Marten Olsby's resignation", conflict.About, StringComparison.Ordinal);
        Assert.Equal(["g1"], conflict.Versions[0].ArticleIds.ToArray());
        Assert.Equal(["g2"], conflict.Versions[1].ArticleIds.ToArray());
    }

    [Theory]
    [InlineData("Marten Olsby refused to resign on Friday, telling the council the audit would clear him.")]
    [InlineData("Marten Olsby faces calls to step down from the harbour board over the missing funds.")]
    [InlineData("Marten Olsby is under pressure to quit after the audit found the missing funds.")]
    [InlineData("Marten Olsby could be forced to resign if the audit confirms the missing funds.")]
    public void Refusing_or_being_pressed_to_go_is_pending_against_a_reported_resignation(string pendingSentence)
    {
        var pending = TestArticles.Create("h1", "Harbour chief under pressure", Monday, pendingSentence);
        var done = TestArticles.Create("h2", "Harbour chief quits", Monday,
            "Marten Olsby resigned as harbour chief on Sunday after the audit found the missing funds.");

        var conflict = Assert.Single(Stale(Compare(pending, done)));
        Assert.StartsWith("whether Marten Olsby's resignation", conflict.About, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pronoun_with_no_person_before_it_names_no_one()
    {
        var pending = TestArticles.Create("i1", "Harbour board meets", Monday,
            "The harbour board met on Friday.", "She said she would not resign.");
        var done = TestArticles.Create("i2", "Harbour chief quits", Monday,
            "Marten Olsby resigned as harbour chief on Sunday.");

        Assert.Empty(Stale(Compare(pending, done)));
    }

    [Fact]
    public void An_event_one_outlet_says_still_awaits_its_body_and_another_reports_done_is_a_conflict()
    {
        var comparison = Compare(
            TestArticles.Create("t1", "Orsk water tariff waits for a ruling", Monday, "The new water tariff for Orsk still awaits approval by the Orsk Energy Board, whose members meet on Thursday."),
            TestArticles.Create("t2", "Orsk water bills to rise", Monday, "The Orsk Energy Board approved the new water tariff on Monday, so bills will rise by a tenth in May."));

        var conflict = Assert.Single(Stale(comparison));
        Assert.Equal(["t1"], conflict.Versions[0].ArticleIds.ToArray());
        Assert.Equal(["t2"], conflict.Versions[1].ArticleIds.ToArray());
    }
}
