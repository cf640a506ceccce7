using Crosscheck.Clustering;

namespace Crosscheck.Tests.Clustering;

/// <summary>
/// A document that found no story when it came is reconsidered as its neighbours grow: it moves into a story it would
/// join had it arrived now, unless that story's cohesion guard refused it. The coverage is invented (every name, place
/// and figure is fictional): a ferry fire first reported in brief, an explainer on the car deck that comes second, and
/// two retellings that tell both the fire and what the explainer is about.
/// </summary>
public sealed class LateCompanyTests
{
    private static readonly ClusterDocument FirstReport = new("ferry-brief", "Fire on ferry Marisol off Quenby, 212 passengers taken off", """
        Fire broke out on the passenger ferry Marisol late on Friday as it crossed from Quenby to the island of Orrel, the coastguard said.
        All 212 passengers and 31 crew were taken off by lifeboats and two fishing vessels, and nobody was seriously hurt.
        The coastguard said smoke was first seen shortly after 11pm, about six nautical miles out of Quenby harbour.
        Tugs were towing the ship back to port on Saturday morning. Saltway Lines, which runs the route, said sailings were cancelled until further notice.
        """, new DateOnly(2034, 8, 12));

    private static readonly ClusterDocument Explainer = new("ferry-explainer", "Why battery fires on car decks are so hard to put out", """
        Lithium battery cells in an electric car can overheat in a chain reaction that engineers call thermal runaway, and once it starts the cells feed the flames with their own oxygen.
        Drenchers, the sprinkler systems fitted above ro-ro car decks, were designed for petrol fires and cool the cars around a burning vehicle rather than put it out.
        Ventilation makes things worse: fans meant to clear fumes push fresh air into the deck, and toxic gas from the cells spreads between the lanes.
        Naval architect Vesna Kolar said operators should park electric cars near the stern ramp, where crews can reach them with water lances and thermal cameras.
        Saltway Lines said the Marisol fire began in an electric car on its lower deck and that the lithium cells flared again for hours after crew shut the fans.
        Investigators will want to know where the ship's other electric cars were parked and when the drenchers came on, Kolar said.
        """, new DateOnly(2034, 8, 13));

    private static readonly ClusterDocument RetellingA = new("ferry-a", "Marisol fire began in electric car on lower deck, Saltway says", """
        The fire that forced 212 passengers off the ferry Marisol off Quenby on Friday night started in an electric car parked on its lower car deck, Saltway Lines said on Saturday.
        The company said the drenchers came on within minutes but the battery kept reigniting, and crew closed the ventilation fans to starve the fire of air.
        Passengers and 31 crew were taken off by lifeboats and two fishing vessels about six nautical miles from Quenby harbour; nobody was seriously hurt.
        Naval architect Vesna Kolar said thermal runaway in lithium cells made such fires hard to fight and urged operators to park electric cars near the stern ramp.
        The coastguard said tugs had brought the ship back to Quenby. Sailings to Orrel are cancelled.
        """, new DateOnly(2034, 8, 13));

    private static readonly ClusterDocument RetellingB = new("ferry-b", "Electric car battery blamed for Marisol ferry blaze", """
        An electric car battery is thought to have caused the fire on the Saltway Lines ferry Marisol, which was evacuated off Quenby late on Friday with 212 passengers and 31 crew on board.
        Crew members said smoke poured from a car on the lower deck; the drenchers were switched on and the ventilation fans shut down, but the lithium cells flared again for hours.
        Lifeboats and two fishing vessels took everyone off six nautical miles from Quenby harbour, the coastguard said, and nobody was seriously hurt.
        Thermal runaway, in which overheating cells set off their neighbours, is a known risk on car decks, engineers said. Tugs towed the ship back to Quenby on Saturday.
        """, new DateOnly(2034, 8, 13));

    [Fact]
    public void The_explainer_finds_no_story_when_it_comes_second()
    {
        var clusterer = new OnlineStoryClusterer();
        var brief = clusterer.Add(FirstReport);

        Assert.NotEqual(brief, clusterer.Add(Explainer));
    }

    [Fact]
    public void An_article_that_came_before_its_company_joins_the_story_once_the_retellings_arrive()
    {
        var partition = OnlineStoryClustererTests.Cluster([FirstReport, Explainer, RetellingA, RetellingB]);

        Assert.Equal(["ferry-a,ferry-b,ferry-brief,ferry-explainer"], partition);
    }

    [Fact]
    public void The_late_join_gives_the_stories_the_explainer_would_have_had_arriving_last()
    {
        var early = OnlineStoryClustererTests.Cluster([FirstReport, Explainer, RetellingA, RetellingB]);
        var last = OnlineStoryClustererTests.Cluster([FirstReport, RetellingA, RetellingB, Explainer]);

        Assert.Equal(last, early);
    }
}
