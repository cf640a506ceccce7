using Crosscheck.Clustering;

namespace Crosscheck.Tests.Clustering;

/// <summary>
/// An outlet's report of one event, then, days later, three retellings of another event of the same town and people.
/// The early report came first, so the retellings joined its story through the names they share; the cut check then
/// finds the early report alone against the three. The coverage is invented.
/// </summary>
public sealed class LoneReportCutTests
{
    private static readonly ClusterDocument CouncilVote = new("vote", "Orrin council backs repairs to cracked north harbour wall", """
        Orrin town council voted on Tuesday to pay for repairs to the north harbour wall, after divers from Tarn Marine found cracks in its stonework.
        Harbour master Eskil Brandvold told councillors that the wall protects the inner basin and the fishing boats moored behind it, and that the cracks had widened over the winter.
        Councillor Mette Olvik voted against, saying the fishermen of Orrin had waited long enough for a new ferry terminal.
        The council will also ask for bids to rebuild the ferry terminal next year.
        """, new DateOnly(2031, 5, 6));

    private static readonly ClusterDocument CollapseA = new("collapse-a", "Section of Orrin harbour wall collapses into the sea", """
        A forty-metre section of the north harbour wall in Orrin collapsed into the sea early on Sunday, sinking two moored fishing boats and leaving a gap through which waves now break into the inner basin.
        Nobody was hurt. Harbour master Eskil Brandvold said a night watchman heard a long rumble shortly after 4am and saw the stones slide away under the floodlights.
        The harbour has been closed to all traffic and fishermen have been told to move their boats to Kessel until divers from Tarn Marine have checked the rest of the wall.
        """, new DateOnly(2031, 5, 11));

    private static readonly ClusterDocument CollapseB = new("collapse-b", "Fishing boats sunk as Orrin sea wall gives way", """
        Two fishing boats sank at their moorings when part of Orrin's north harbour wall gave way before dawn on Sunday, the harbour master said.
        Eskil Brandvold said about forty metres of the wall had fallen, and that the inner basin was now exposed to the swell. A watchman raised the alarm at around 4am.
        Divers from Tarn Marine will inspect the remaining stonework on Monday. Until then the harbour is shut and the fleet has moved to Kessel.
        """, new DateOnly(2031, 5, 11));

    private static readonly ClusterDocument CollapseC = new("collapse-c", "Orrin harbour shut after wall collapse sinks boats", """
        Orrin harbour was closed on Sunday after a stretch of its north wall collapsed overnight, sending two fishing boats to the bottom of the basin.
        A watchman alerted harbour master Eskil Brandvold at about 4am. Nobody was on board the boats, which sank within minutes as the stones fell.
        Brandvold said divers from Tarn Marine would examine the rest of the wall, and that the fleet would work out of Kessel in the meantime.
        """, new DateOnly(2031, 5, 12));

    [Fact]
    public void An_earlier_report_of_another_event_that_came_first_is_cut_out_alone()
    {
        Assert.Equal(["collapse-a,collapse-b,collapse-c", "vote"], OnlineStoryClustererTests.Cluster([CouncilVote, CollapseA, CollapseB, CollapseC]));
    }

    private static readonly ClusterDocument CollapseD = new("collapse-d", "Orrin fleet moves to Kessel after harbour wall falls", """
        Orrin's fishing fleet was working out of Kessel on Monday, a day after part of the north harbour wall fell into the sea and sank two boats.
        Harbour master Eskil Brandvold said divers from Tarn Marine had begun checking the stonework that still stands, and that the forty-metre gap would take months to close.
        """, new DateOnly(2031, 5, 12));

    private static readonly ClusterDocument Inspection = new("inspection", "Orrin council to weigh repairs after survey of harbour wall", """
        Divers from Tarn Marine found cracks in the stonework of the north harbour wall in Orrin during a survey on Tuesday, harbour master Eskil Brandvold said.
        Brandvold said the wall shelters the fishing boats moored in the inner basin, and that the cracks had widened over the winter.
        The town council will decide next month whether to pay for repairs, which engineers put at two million crowns, or to wait for a grant from the ministry.
        """, new DateOnly(2031, 5, 6));

    [Fact]
    public void An_earlier_report_that_came_among_the_retellings_is_cut_out_and_stays_out_as_the_story_grows()
    {
        // The early report arrives after the first retelling and is close to the retellings (the same wall, cracks and
        // people): with a cut threshold that reaches it, it is cut out alone, and the story it was cut from does not take
        // it back when later retellings move the story's centroid.
        var options = new StoryClustererOptions { SplitThreshold = 0.6 };
        Assert.Equal(["collapse-a,collapse-b,collapse-c,collapse-d", "inspection"], OnlineStoryClustererTests.Cluster([CollapseA, Inspection, CollapseB, CollapseC, CollapseD], options));
    }

    [Fact]
    public void An_undated_report_alone_is_too_little_to_cut_out()
    {
        // Guard: without dates, one article that words things its own way may be a retelling; the story keeps it.
        ClusterDocument[] undated = [CouncilVote with { Published = null }, CollapseA with { Published = null }, CollapseB with { Published = null }, CollapseC with { Published = null }];
        Assert.Single(OnlineStoryClustererTests.Cluster(undated));
    }

    private static readonly ClusterDocument SkippersInKessel = new("skippers", "Orrin skippers count losses in Kessel", """
        Skippers from Orrin tied up in Kessel on Sunday night, counting the cost of the collapse that sank the trawlers Morgenrød and Svale at their moorings when forty metres of stonework fell.
        Insurers from Nordkyst Mutual said assessors would board the wrecks once the swell eased, and the Kessel harbour office offered the visiting boats free berths for a month. A watchman had raised the alarm at about 4am, and nobody was on board the boats when the stones fell.
        """, new DateOnly(2031, 5, 11));

    private static readonly ClusterDocument CollapseNamingTrawlers = new("collapse-c", "Orrin harbour shut after wall collapse sinks boats", """
        Orrin harbour was closed on Sunday after a stretch of its north wall collapsed overnight, sending the trawlers Morgenrød and Svale to the bottom of the basin.
        A watchman alerted harbour master Eskil Brandvold at about 4am. Nobody was on board the boats, which sank within minutes as the stones fell.
        Brandvold said divers from Tarn Marine would examine the rest of the wall, and that the fleet would work out of Kessel in the meantime.
        """, new DateOnly(2031, 5, 12));

    [Fact]
    public void A_retelling_kept_out_while_the_early_report_was_in_the_story_joins_it_once_the_report_is_cut_out()
    {
        // The skippers' piece came while the council vote was still in the story, which refused it; it joins the collapse
        // retellings when it comes after them. Once the cut takes the vote out, the story as it now stands takes it in.
        Assert.Equal(["collapse-a,collapse-b,collapse-c,skippers"], OnlineStoryClustererTests.Cluster([CollapseA, CollapseB, CollapseNamingTrawlers, SkippersInKessel]));
        Assert.Equal(["collapse-a,collapse-b,collapse-c,skippers", "vote"], OnlineStoryClustererTests.Cluster([CouncilVote, CollapseA, SkippersInKessel, CollapseB, CollapseNamingTrawlers]));
    }
}
