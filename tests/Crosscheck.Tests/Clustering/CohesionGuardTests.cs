using Crosscheck.Clustering;

namespace Crosscheck.Tests.Clustering;

/// <summary>
/// The cohesion guard: a story of close retellings refuses an article that merely shares its place and people. The
/// coverage is invented (every name, place and figure is fictional): two retellings of a mine accident, a follow-up
/// two days later that also names the town's mayor, street and an old fire, and an article about another event in
/// the same town two days before (a library opening by the same mayor, paid for by the same mining company), which
/// shares many names with the accident's coverage but few of its words.
/// </summary>
public sealed class CohesionGuardTests
{
    private static readonly ClusterDocument PitA = new("pit-a", "Seven miners trapped after roof collapse at Brennholt colliery", """
        Seven miners were trapped on Tuesday night when part of the roof of the Brennholt colliery in the Aldermoor valley caved in, the Orsk Mining Company said.
        The collapse happened about 340 metres below ground in the north shaft, where a crew of twelve was cutting a new seam. Five men walked out on their own.
        Rescue teams from the state mine rescue service were drilling a narrow hole towards the chamber where the men are believed to be sheltering, said its director, Pieter Vahl.
        Vahl said air was being pumped down an old ventilation borehole and that rescuers had heard tapping from below.
        The company said the north shaft had passed a safety inspection in March. Mayor Katrin Solberg said the whole of Brennholt was waiting for news.
        """, new DateOnly(2033, 5, 11));

    private static readonly ClusterDocument PitB = new("pit-b", "Rescuers drill towards seven men trapped in Brennholt mine", """
        Rescuers were drilling on Wednesday towards seven miners who have been trapped since a roof fall at the Brennholt colliery late on Tuesday.
        The Orsk Mining Company said the roof gave way 340 metres down the north shaft while twelve men were working a new seam; five managed to climb out.
        Pieter Vahl, who heads the state mine rescue service, said his teams had heard tapping and were pumping air through a ventilation borehole.
        A narrow rescue hole could reach the men within two days, Vahl said.
        The north shaft was last inspected in March, according to the company. Relatives gathered at the school on Quarry Road, where the Aldermoor council set up a help centre.
        """, new DateOnly(2033, 5, 11));

    /// <summary>A wire re-run of <see cref="PitA"/> under its own headline and opening: a near copy.</summary>
    private static readonly ClusterDocument PitAWire = new("pit-a-wire", "Roof collapse traps seven at Brennholt colliery", """
        Seven miners were trapped late on Tuesday when part of the roof of the Brennholt colliery in the Aldermoor valley caved in, the Orsk Mining Company said on Wednesday.
        The collapse happened about 340 metres below ground in the north shaft, where a crew of twelve was cutting a new seam. Five men walked out on their own.
        Rescue teams from the state mine rescue service were drilling a narrow hole towards the chamber where the men are believed to be sheltering, said its director, Pieter Vahl.
        Vahl said air was being pumped down an old ventilation borehole and that rescuers had heard tapping from below.
        The company said the north shaft had passed a safety inspection in March.
        """, new DateOnly(2033, 5, 11));

    private static readonly ClusterDocument FollowUp = new("pit-c", "Four dead at Brennholt colliery as families wait at the pithead", """
        Four of the seven miners trapped at the Brennholt colliery have been found dead, the state mine rescue service said on Thursday, and hopes for the other three were fading.
        Pieter Vahl, the service's director, said the rescue hole had reached the chamber in the north shaft on Thursday morning.
        Mayor Katrin Solberg, who has spent two days with the families in the school on Quarry Road, said the Aldermoor valley would stand by them.
        The Orsk Mining Company said it would cooperate with an inquiry into the roof fall.
        Brennholt last mourned its miners in November 2023, when a fire on Quarry Road killed two retired colliers.
        """, new DateOnly(2033, 5, 13));

    private static readonly ClusterDocument Library = new("library", "Mayor opens new library in Brennholt, ten years after the fire", """
        Mayor Katrin Solberg opened the new public library in Brennholt on Sunday, replacing the building on Quarry Road that burned down in November 2023.
        The library, which cost 3.1 million crowns, also houses a youth club and a small museum of the Aldermoor valley.
        "For ten years our children had to take the bus to Tarnby to borrow a book," Solberg said at the opening.
        Teacher Jonas Ekdal, who led the fundraising, said the town had finally got its heart back.
        The Orsk Mining Company, which runs the Brennholt colliery, paid a third of the cost, and the Aldermoor council the rest.
        Solberg said the council would next repair the bridge on Quarry Road, next to the school.
        """, new DateOnly(2033, 5, 9));

    [Fact]
    public void A_story_of_two_retellings_refuses_an_article_that_only_shares_its_names()
    {
        var clusterer = new OnlineStoryClusterer();
        var story = clusterer.Add(PitA);
        Assert.Equal(story, clusterer.Add(PitB));

        // Similar enough to join a story without a guard, but far less similar than the two retellings are.
        Assert.NotEqual(story, clusterer.Add(Library));
        Assert.Equal(2, clusterer.StoryCount);
    }

    [Fact]
    public void A_follow_up_joins_the_retellings_and_the_article_about_another_event_in_the_same_town_stands_alone()
    {
        // With the guard armed only from the second join, the library article got into the story as its third
        // document; the cut at four documents then took it out together with the follow-up, which shares its mayor
        // and street, and left the follow-up in the library's story. The follow-up also loosens the story enough that it
        // would now take the library article in; a story whose guard refused a document does not take it in later.
        var partition = OnlineStoryClustererTests.Cluster([PitA, PitB, Library, FollowUp]);

        Assert.Equal(["library", "pit-a,pit-b,pit-c"], partition);
    }

    [Fact]
    public void A_near_copy_does_not_make_the_story_refuse_its_looser_retellings()
    {
        var clusterer = new OnlineStoryClusterer();
        var story = clusterer.Add(PitA);
        Assert.Equal(story, clusterer.Add(PitAWire));

        // The near copy joined far above the merge threshold; counted at full strength it would set the guard above
        // the follow-up's similarity, but it counts at most at the merge threshold.
        Assert.Equal(story, clusterer.Add(FollowUp));
        Assert.Equal(1, clusterer.StoryCount);
    }
}
