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

    [Theory]
    [InlineData("Fitters from Orwin Hydraulics had been replacing the sluice motors at the pump house since May.")]
    [InlineData("Orwin Hydraulics, whose fitters had been replacing the sluice motors at the pump house, said it was shocked.")]
    public void People_of_a_firm_at_the_work_give_it_to_the_firm(string firm)
    {
        var comparison = Compare(
            Flood("c1", firm),
            Flood("c2", "The work was being carried out by the trust's own engineers, who had been replacing the sluice motors at the pump house."));

        var conflict = Assert.Single(Work(comparison));
        Assert.Equal("who did the work: Orwin Hydraulics or the trust's own engineers", conflict.About);
    }

    [Fact]
    public void A_firm_and_the_own_staff_as_subjects_of_the_same_work_are_a_conflict()
    {
        var comparison = Compare(
            Flood("c1", "Tidemark, a company that monitors water levels for the waterways board, flagged the rising level above the Hensby lock on Monday evening.", "The board has paid Tidemark for the work since 2020."),
            Flood("c2", "The alarm was raised after the board's own monitoring team noticed the rising level above the Hensby lock."));

        var conflict = Assert.Single(Work(comparison));
        Assert.Equal("who did the work: Tidemark or the board's own monitoring team", conflict.About);
    }

    [Theory]
    [InlineData("Drone footage filmed by Merrow Valley Radio shows the sluice motors at the pump house under water.")]
    [InlineData("Posted by Orwin Hydraulics on Monday: the sluice motors at the pump house are being replaced.")]
    [InlineData("Fitters from Orwin Hydraulics said the sluice motors at the pump house were under water.")]
    public void An_outlet_that_filmed_a_byline_and_a_firm_that_spoke_are_no_firm_at_work(string firm)
    {
        var outlet = Flood("c1", firm) with { Outlet = "Merrow Valley Radio" };
        var comparison = Compare(
            outlet,
            Flood("c2", "The work was being carried out by the trust's own engineers, who had been replacing the sluice motors at the pump house."));

        Assert.Empty(Work(comparison));
    }
}
