using Crosscheck.Comparison;
using Crosscheck.Extraction;
using Crosscheck.Tests.Analysis;

namespace Crosscheck.Tests.Comparison;

/// <summary>Retellings that give one piece of work to an outside firm and to the organisation's own staff.</summary>
public sealed class InHouseConflictTests
{
    private static readonly DateOnly Tuesday = new(2031, 9, 16);

    private static StoryComparison Compare(params Article[] articles) => StoryFixtures.CompareAnalyzed(articles);

    private static IEnumerable<Conflict> Work(StoryComparison comparison) =>
        comparison.Conflicts.Where(c => c.About.StartsWith("who did the work", StringComparison.Ordinal));

    private static Article Flood(string id, params string[] paragraphs) => TestArticles.Create(id, "Lock gate fails on the Merrow canal", Tuesday, paragraphs);

    [Fact]
    public void A_firm_in_one_retelling_and_the_owners_own_staff_in_another_are_a_conflict()
    {
        var comparison = Compare(
            Flood("c1", "The lock gate at Hensby was last inspected in August by Calder Marine Surveys, a contractor that has worked on the canal since 2019."),
            Flood("c2", "The Hensby lock gate burst on Monday night, flooding 40 homes.", "The lock gate at Hensby was inspected in August by the canal trust's own surveyors, the trust said."));

        var conflict = Assert.Single(Work(comparison));
        Assert.Equal("who did the work: Calder Marine Surveys or the canal trust's own surveyors", conflict.About);
        Assert.Equal(["c1"], conflict.Versions[0].ArticleIds.ToArray());
        Assert.Equal(["c2"], conflict.Versions[1].ArticleIds.ToArray());
        Assert.Contains("own surveyors", conflict.Versions[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_firm_named_where_the_work_went_on_counts_as_the_one_at_work()
    {
        var comparison = Compare(
            Flood("c1", "Water broke through at the pump house where contractor Orwin Hydraulics was fitting new sluice motors, the trust said."),
            Flood("c2", "The trust said water broke through at the pump house where its own engineers were fitting new sluice motors."));

        Assert.Single(Work(comparison));
    }

    [Fact]
    public void The_same_thing_worked_on_is_enough_when_few_other_words_are_shared()
    {
        var comparison = Compare(
            Flood("c1", "The sluice software was supplied by Pennant Controls, which has served the waterways board since 2020."),
            Flood("c2", "According to the board, the sluice software was written in-house and tested in July."));

        var conflict = Assert.Single(Work(comparison));
        Assert.Equal("who did the work: Pennant Controls or in-house staff", conflict.About);
    }

    [Fact]
    public void An_article_that_has_both_the_firm_and_its_own_staff_at_the_work_tells_both()
    {
        var comparison = Compare(
            Flood("c1", "The lock gate at Hensby was inspected in August by Calder Marine Surveys.", "The lock gate at Hensby was also inspected in June by the canal trust's own surveyors."),
            Flood("c2", "The lock gate at Hensby was inspected in August by the canal trust's own surveyors."));

        Assert.Empty(Work(comparison));
    }

    [Theory]
    [InlineData("The failure of the Hensby lock gate was first reported by Merrow Valley Radio on Monday night.")]
    [InlineData("Calder Marine Surveys was hired by the trust in 2019 to survey bridges on the Tolley arm.")]
    [InlineData("The lock gate at Hensby is owned by Merrow Waterways Holdings, which leases it to the trust.")]
    public void A_firm_that_reported_owned_or_worked_elsewhere_is_no_conflict(string firm)
    {
        var comparison = Compare(
            Flood("c1", firm),
            Flood("c2", "The lock gate at Hensby was inspected in August by the canal trust's own surveyors, the trust said."));

        Assert.Empty(Work(comparison));
    }
}
