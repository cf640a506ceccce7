using Crosscheck.Analysis;
using Crosscheck.Comparison;
using Crosscheck.Extraction;
using Crosscheck.Tests.Analysis;
using Crosscheck.Tests.Comparison;

namespace Crosscheck.Tests.Review;

/// <summary>
/// Review probes of 39485c7..7f1a91d (outside Extraction): one count under two nouns told by what befell it, kin in
/// apposition, modals continuing a speaker, and clock words. Each passed at 39485c7, failed at 7f1a91d, and passes
/// since the fixes that followed the review.
/// Every name, place and figure is invented.
/// </summary>
public sealed class Session7LateProbes
{
    private static readonly DateOnly Day = new(2031, 11, 14);

    private static Article Story(string id, params string[] paragraphs) => TestArticles.Create(id, "Snow and storms at Varnholt", Day, paragraphs);

    private static bool Pairs(Conflict c, string a, string b) =>
        c.Versions.Any(v => v.Text.Contains(a, StringComparison.Ordinal)) && c.Versions.Any(v => v.Text.Contains(b, StringComparison.Ordinal));

    // ---------------------------------------------------------------- one count under two nouns

    [Fact]
    public void flights_cancelled_and_trains_cancelled_are_two_counts()
    {
        // CountPredicate matches what befell the counts ("cancel") but nothing ties the two nouns together.
        var comparison = StoryFixtures.CompareAnalyzed(
            Story("c1", "On Tuesday the snow at Varnholt cancelled 420 flights, the airport operator said."),
            Story("c2", "On Tuesday the snow at Varnholt cancelled 300 trains, the rail operator said."));

        Assert.DoesNotContain(comparison.Conflicts, c => Pairs(c, "flights", "trains"));
    }

    [Fact]
    public void passengers_injured_and_deckhands_injured_are_two_counts()
    {
        var comparison = StoryFixtures.CompareAnalyzed(
            Story("c1", "The ferry Marrow Star struck the pier at Orrin on Friday, injuring 12 passengers."),
            Story("c2", "The ferry Marrow Star struck the pier at Orrin on Friday, injuring 8 deckhands."));

        Assert.DoesNotContain(comparison.Conflicts, c => Pairs(c, "passengers", "deckhands"));
    }

    [Fact]
    public void including_is_no_thing_that_befell_a_count()
    {
        // The verb before the count is taken whenever it ends in "ing": "including" is then the shared predicate.
        var comparison = StoryFixtures.CompareAnalyzed(
            Story("c1", "Dozens were hurt in the Halden coach crash, including 30 pupils from Tessby."),
            Story("c2", "Dozens were hurt in the Halden coach crash, including 24 pensioners from Brill."));

        Assert.DoesNotContain(comparison.Conflicts, c => Pairs(c, "pupils", "pensioners"));
    }

    // ---------------------------------------------------------------- kin in apposition

    [Fact]
    public void a_company_parent_in_apposition_is_no_relative()
    {
        // "parent", "partner", "child", "sister" are kin words and also business words.
        var analysis = TestArticles.AnalyzeOne(
            "The airline's parent, Corvanta, said on Monday it would sell the regional fleet.",
            "Shares in Corvanta fell 4 percent after the announcement.");

        Assert.NotEqual(EntityType.Person, TestArticles.EntityNamed(analysis, "Corvanta").Type);
    }

    [Fact]
    public void a_business_partner_in_apposition_is_no_relative()
    {
        var analysis = TestArticles.AnalyzeOne(
            "The port's partner, Heldra, will run the new container terminal from May.",
            "Heldra already operates terminals in three countries.");

        Assert.NotEqual(EntityType.Person, TestArticles.EntityNamed(analysis, "Heldra").Type);
    }

    // ---------------------------------------------------------------- modals continuing a speaker

    [Fact]
    public void a_quote_inside_a_relative_clause_after_and_would_is_not_the_speakers()
    {
        // CoordinatedInSentence looks only at the word after "and"; the inspectors speak the second quote.
        var article = TestArticles.Create("a", "Ferry", null,
            "Mayor Ana Ruiz of Orrin met the harbour board on Monday.",
            "Ruiz said the ferry was \u201Cnot fit to sail\u201D and would stay in port until the inspectors, who called its hull \u201Cpaper thin\u201D, had finished.");
        var quotes = new StoryAnalyzer().ExtractQuotes([article]).Quotes;

        Assert.DoesNotContain(quotes, q => q.Text == "paper thin" && q.Speaker == "Ana Ruiz");
    }

    // ---------------------------------------------------------------- clock words

    [Fact]
    public void shortly_before_midnight_agrees_with_eleven_forty_five()
    {
        // "before midnight" is read as exactly 00:00, yet it bounds the time from above.
        var comparison = StoryFixtures.CompareAnalyzed(
            Story("t1", "The fire at the Orrin fish market broke out shortly before midnight, the fire service said."),
            Story("t2", "The fire at the Orrin fish market broke out at 11.45pm on Saturday, the fire service said."));

        Assert.DoesNotContain(comparison.Conflicts, c => c.About == "time of day");
    }

    [Fact]
    public void fighting_a_fire_until_midnight_is_not_when_it_broke_out()
    {
        // "until midnight" ends an act; with the sole-time rule it fills the slot of another act's start.
        var comparison = StoryFixtures.CompareAnalyzed(
            Story("t1", "Firefighters fought the fire at the Orrin fish market until midnight."),
            Story("t2", "The fire at the Orrin fish market broke out at 9pm on Saturday."));

        Assert.DoesNotContain(comparison.Conflicts, c => c.About == "time of day");
    }
}
