using Crosscheck.Analysis;
using Crosscheck.Comparison;
using Crosscheck.Tests.Comparison;

namespace Crosscheck.Tests.Review;

/// <summary>Review probes of the glued currency code, glued temperature letter and the age read across a relative clause.</summary>
public sealed class ConflictProbes
{
    private static StoryComparison Compare(params string[][] bodies) =>
        new StoryComparer().Compare(bodies.Select((b, i) => StoryFixtures.Article("v" + (i + 1), "Outlet " + (i + 1), "t", b)).ToList(), StoryAnalysis.Empty);

    [Fact]
    public void a_glued_code_does_not_make_a_count_of_shares_an_amount_of_money()
    {
        // "Sh" (shillings) abbreviates "shares" by the first-letter-then-in-order rule: 2bn shillings and 3bn shares are not one slot.
        var comparison = Compare(
            ["Kerrow Dairies raised Sh2bn from investors in its listing on the Tamsa exchange on Tuesday."],
            ["Kerrow Dairies sold 3bn shares to investors in its listing on the Tamsa exchange on Tuesday."]);

        Assert.Empty(comparison.Conflicts);
    }

    // Pre-existing (fails at a3c5f83 too): Celsius and Fahrenheit are one unit "degree" with no conversion; the new
    // glued "C"/"F" rule reads both letters as that same scale-less unit.
    [Fact]
    public void a_warming_limit_in_celsius_and_in_fahrenheit_is_no_conflict()
    {
        // 1.5C and 2.7F are the same rise; the glued letters are both read as "degrees" with no scale.
        var comparison = Compare(
            ["Delegates in Varnholt agreed to keep warming below 1.5C above pre-industrial levels, the summit chair said."],
            ["Delegates in Varnholt agreed to keep warming below 2.7F above pre-industrial levels, the summit chair said."]);

        Assert.Empty(comparison.Conflicts);
    }

    [Fact]
    public void a_cold_snap_in_celsius_and_in_fahrenheit_is_no_conflict()
    {
        // -12C is about 10F.
        var comparison = Compare(
            ["Temperatures in Varnholt fell to -12C overnight, the weather office said."],
            ["Temperatures in Varnholt fell to 10F overnight, the weather office said."]);

        Assert.Empty(comparison.Conflicts);
    }

    private static readonly DateOnly Day = new(2031, 4, 8);

    private static IEnumerable<Conflict> Ages(params Crosscheck.Extraction.Article[] articles) =>
        StoryFixtures.CompareAnalyzed(articles).Conflicts.Where(c => c.About.StartsWith("how old ", StringComparison.Ordinal));

    [Theory]
    [InlineData("The 30-year-old stadium that hosted the cup final, Ivo Brandtner said, will be demolished next spring.")]
    [InlineData("A 19-year-old driver who was arrested at the scene, Ivo Brandtner said, will appear in court on Monday.")]
    public void an_age_before_a_clause_and_an_interjected_speaker_is_not_the_speakers(string sentence)
    {
        // The name after "…, " is the one speaking ("X said"), not an apposition of the aged noun.
        Assert.Empty(Ages(
            Analysis.TestArticles.Create("g1", "Stadium to go", Day, "Mayor Ivo Brandtner said the council would vote on the plan in May.", sentence),
            Analysis.TestArticles.Create("g2", "Stadium to go", Day, "Ivo Brandtner, 52, the mayor, said the stadium would be demolished next spring.")));
    }
}
