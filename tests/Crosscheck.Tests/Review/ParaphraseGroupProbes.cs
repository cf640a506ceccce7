using Crosscheck.Analysis;
using Crosscheck.Comparison;
using Crosscheck.Tests.Comparison;

namespace Crosscheck.Tests.Review;

/// <summary>Review probes of the paraphrase groups 'collapse', 'crew' and 'staff' and of the clock-time promotion (4d27799).</summary>
public sealed class ParaphraseGroupProbes
{
    private static StoryComparison Compare(params string[][] bodies) =>
        new StoryComparer().Compare(bodies.Select((b, i) => StoryFixtures.Article("v" + (i + 1), "Outlet " + (i + 1), "t", b)).ToList(), StoryAnalysis.Empty);

    private static string Show(StoryComparison c) =>
        string.Join(" | ", c.Conflicts.Select(x => x.About + ": " + string.Join(" / ", x.Versions.Select(v => v.Text))));

    [Fact]
    public void staff_on_the_payroll_and_workers_on_strike_are_two_counts()
    {
        // The plant's whole staff against the part of it that walked out: not one number told two ways.
        var comparison = Compare(
            ["The Orsenby bottling plant employs about 1,400 staff, the regional union said on Monday."],
            ["About 900 workers at the Orsenby bottling plant walked out on Monday, the regional union said."]);

        Assert.True(comparison.Conflicts.IsEmpty, Show(comparison));
    }

    [Fact(Skip = "Known limitation, found in review; it fails at a7f217e as well (percentages and counts of one noun compared without their verbs, dated events by one shared participant). Kept to show the next fix.")]
    public void employees_laid_off_and_staff_kept_are_two_counts()
    {
        var comparison = Compare(
            ["Dunmere Textiles will lay off 300 employees at its Kelby mill by June, the company said."],
            ["Dunmere Textiles will keep 450 staff at its Kelby mill after June, the company said."]);

        Assert.True(comparison.Conflicts.IsEmpty, Show(comparison));
    }

    [Fact]
    public void a_ships_crew_and_the_fishermen_of_the_boat_it_hit_are_two_counts()
    {
        // One collision, two vessels: the freighter's crew and the trawler's fishermen are different people.
        var comparison = Compare(
            ["All 22 crew of the freighter Valmora were safe after the collision off Hesk Point, the coastguard said."],
            ["All 14 fishermen of the trawler were safe after the collision off Hesk Point, the coastguard said."]);

        Assert.True(comparison.Conflicts.IsEmpty, Show(comparison));
    }

    [Fact]
    public void a_government_giving_way_is_not_a_collapse()
    {
        // "gave way" (conceded) is folded to "collapse": the minister's concession aligns with the talks' collapse.
        var comparison = Compare(
            ["Talks between the Corlan dockers and the port authority collapsed on Monday over a 4% pay offer."],
            ["The port authority gave way to the Corlan dockers on Thursday and raised its pay offer to 7%."]);

        Assert.True(comparison.Conflicts.IsEmpty, Show(comparison));
    }

    [Fact(Skip = "Known limitation, found in review; it fails at a7f217e as well (percentages and counts of one noun compared without their verbs, dated events by one shared participant). Kept to show the next fix.")]
    public void prices_coming_down_are_not_a_collapse()
    {
        // "came down" (eased) is folded to "collapse": a gentle fall and a crash of one price become one slot.
        var comparison = Compare(
            ["Fuel prices in Marrowby came down 3% in March, the statistics office said."],
            ["Fuel prices in Marrowby collapsed 30% in 2029, the statistics office said."]);

        Assert.True(comparison.Conflicts.IsEmpty, Show(comparison));
    }

    [Fact(Skip = "Known limitation, found in review; it fails at a7f217e as well (percentages and counts of one noun compared without their verbs, dated events by one shared participant). Kept to show the next fix.")]
    public void a_second_span_collapsing_later_is_not_the_first_collapse_retimed()
    {
        // Two collapses of one bridge at two times: the clock promotion takes them for one event at two times.
        var comparison = Compare(
            ["The eastern span of the Tolver bridge collapsed into the river shortly after 3:15 a.m., police said."],
            ["A second span of the Tolver bridge collapsed into the river around 5:40 a.m. as divers searched, police said."]);

        Assert.True(comparison.Conflicts.IsEmpty, Show(comparison));
    }

    [Fact]
    public void local_time_and_utc_of_one_quake_are_one_time()
    {
        // A wire gives UTC, a local paper local time: the promoted slot reports a conflict the clocks do not hold.
        var comparison = Compare(
            ["The earthquake struck the Vessan coast at 10:15 a.m. local time, the seismic institute said."],
            ["The earthquake struck the Vessan coast at 08:15 GMT, the seismic institute said."]);

        Assert.True(comparison.Conflicts.IsEmpty, Show(comparison));
    }

    [Fact]
    public void two_galleries_caving_in_at_two_times_are_two_events()
    {
        // Two parts of one mine give way hours apart; "caved in" and "collapsed" with a shared "roof" make one dated event,
        // and the clock promotion turns a weak match into a sure conflict.
        var comparison = Compare(
            ["The roof of the north gallery at the Harl mine caved in at 3:15 a.m., trapping two miners, the operator said."],
            ["Hours later the roof of the south gallery collapsed at 5:40 a.m. while rescuers cleared debris, the operator said."]);

        Assert.True(comparison.Conflicts.IsEmpty, Show(comparison));
    }

    [Fact]
    public void crews_of_two_boats_in_one_rescue_are_two_counts()
    {
        var comparison = Compare(
            ["The lifeboat's volunteer crew of 8 reached the stricken yacht within an hour, the harbour master said."],
            ["The 5 sailors aboard the stricken yacht were brought ashore within an hour, the harbour master said."]);

        Assert.True(comparison.Conflicts.IsEmpty, Show(comparison));
    }
}
