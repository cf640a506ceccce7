using Crosscheck.Comparison;
using Crosscheck.Extraction;
using Crosscheck.Tests.Analysis;

namespace Crosscheck.Tests.Comparison;

/// <summary>Retellings that give one role (who ran a thing, who holds a title) to different named parties.</summary>
public sealed class RoleConflictTests
{
    private static readonly DateOnly Monday = new(2031, 6, 2);

    private static StoryComparison Compare(params Article[] articles) => StoryFixtures.CompareAnalyzed(articles);

    private static IEnumerable<Conflict> Roles(StoryComparison comparison) =>
        comparison.Conflicts.Where(c => c.About.StartsWith("who ", StringComparison.Ordinal));

    private static Article Ferry(string id, params string[] paragraphs) => TestArticles.Create(id, "Ferry adrift in the Orsk Strait", Monday, paragraphs);

    [Fact]
    public void Two_operators_of_one_ferry_are_a_conflict()
    {
        var comparison = Compare(
            Ferry("f1", "The Tarn Star, operated by Kelso Ferries, lost power in the Orsk Strait on Sunday night with 240 passengers aboard."),
            Ferry("f2", "Tugs reached the Tarn Star on Monday morning.", "The ship, which is run by Harwick Shipping, had drifted for nine hours."),
            Ferry("f3", "Passengers on the Tarn Star, run by Harwick Shipping, spent the night on deck."));

        var conflict = Assert.Single(Roles(comparison));
        Assert.Equal("who operated the Tarn Star", conflict.About);
        Assert.Equal(["f1"], conflict.Versions[0].ArticleIds.ToArray());
        Assert.Equal(["f3"], conflict.Versions[1].ArticleIds.ToArray());
    }

    [Fact]
    public void Two_firms_appointed_to_one_post_are_a_conflict()
    {
        var comparison = Compare(
            TestArticles.Create("p1", "Harwick Stores insolvent", Monday, "The Tessel District Court named Brandt & Kole as administrator on Monday, the filing shows."),
            TestArticles.Create("p2", "Harwick Stores files for insolvency", Monday, "The court has appointed Ostrava Restructuring as administrator of Harwick Stores."));

        var conflict = Assert.Single(Roles(comparison));
        Assert.Equal("who was appointed administrator", conflict.About);
        Assert.Contains("Brandt & Kole", conflict.Versions[0].Text, StringComparison.Ordinal);
        Assert.Contains("Ostrava Restructuring", conflict.Versions[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_holders_of_a_possessive_title_are_a_conflict()
    {
        var comparison = Compare(
            TestArticles.Create("s1", "Brisk bid", Monday, "Brisk's largest shareholder, Oldmere Capital, has agreed to back the offer from Hallam Foods."),
            TestArticles.Create("s2", "Brisk shares jump", Monday, "The Fenland Pension Fund, Brisk's largest shareholder, is said to support the offer from Hallam Foods."));

        var conflict = Assert.Single(Roles(comparison));
        Assert.Equal("who is Brisk's largest shareholder", conflict.About);
        Assert.Contains("Oldmere Capital", conflict.Versions[0].Text, StringComparison.Ordinal);
        Assert.Contains("Fenland Pension Fund", conflict.Versions[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_that_names_both_holders_tells_a_change_of_hands_not_a_conflict()
    {
        var comparison = Compare(
            Ferry("g1", "The Tarn Star was operated by Kelso Ferries until March, when the route was taken over by Harwick Shipping.",
                "Since then the Tarn Star has been run by Harwick Shipping."),
            Ferry("g2", "The Tarn Star, operated by Kelso Ferries, lost power in the Orsk Strait."));

        Assert.Empty(Roles(comparison));
    }

    [Fact]
    public void A_plural_role_has_many_holders_and_is_no_slot()
    {
        var comparison = Compare(
            TestArticles.Create("t1", "Brisk bid", Monday, "Brisk's advisers, Harrowgate Partners, said the offer undervalued the company."),
            TestArticles.Create("t2", "Brisk rejects bid", Monday, "Quill Advisory, Brisk's advisers, said the offer undervalued the company."));

        Assert.Empty(Roles(comparison));
    }
}
