using Crosscheck.Sources;

namespace Crosscheck.Storage.Tests.Support;

/// <summary>
/// Invented pages written for the store tests, as a scraper saves them (masthead, headline, byline, date, body, a
/// footer): three stories told by several outlets, one word-for-word re-run, a late article that joins a story,
/// and a page with no article in it. Nothing here comes from a real outlet.
/// </summary>
public static class FictionalNews
{
    /// <summary>The bridge story, told by three outlets (the third re-runs the first word for word).</summary>
    public static SourceDocument BridgeHarbourPost { get; } = Page("bridge-harbour-post.txt", "HARBOUR POST", "Tarnholm glass footbridge closed after crack found in deck panel",
        "By Selma Okonkwo", "Tue 4 Mar 2031",
        "TARNHOLM, March 4 - The glass footbridge over the Veld canal in Tarnholm was closed on Tuesday morning after a cyclist reported a crack running across one of its deck panels, the city's works department said.",
        "Engineers found that the crack ran through two of the five layers of the laminated panel, said the department's head, Piet Vandermolen. \"The bridge is safe to stand on, but we will not open it until every panel has been scanned,\" he told reporters.",
        "The bridge, opened in 2027 at a cost of 4.2 million crowns, carries about 6,000 pedestrians and cyclists a day between the station and the old harbour.",
        "A ferry service across the canal will run every ten minutes while the bridge is closed, the city said.");

    public static SourceDocument BridgeCanalTimes { get; } = Page("bridge-canal-times.txt", "CANAL TIMES", "Crack shuts Tarnholm's glass bridge over the Veld canal",
        "By Arvid Lindqvist", "Tue 4 Mar 2031",
        "The glass footbridge across the Veld canal in Tarnholm has been closed after a cyclist spotted a crack in one of its deck panels on Tuesday, the city's works department said.",
        "Works department head Piet Vandermolen said the crack went through two of the panel's five glass layers. \"The bridge is safe to stand on, but we will not open it until every panel is scanned,\" he said.",
        "The footbridge cost 4.5 million crowns when it opened in 2027 and is used by some 6,000 people a day travelling between the station and the old harbour.",
        "Residents said the bridge had been slippery in winter since it opened.");

    /// <summary>
    /// The bridge story as a third outlet told it, dated "03/04/2031": 3 April read day first, 4 March (the bridge
    /// story's day) read month first; nothing on the page says which.
    /// </summary>
    public static SourceDocument BridgeDatedBothWays { get; } = Page("bridge-quay-herald.txt", "QUAY HERALD", "Cracked deck panel closes Tarnholm's glass footbridge",
        "By Noor Haddad", "03/04/2031",
        "Tarnholm's glass footbridge over the Veld canal was shut on Tuesday after a cyclist noticed a crack across one of its deck panels, the city's works department said.",
        "The crack went through two of the panel's five laminated layers, works department head Piet Vandermolen said, adding that every panel would be scanned before the bridge reopened.",
        "About 6,000 pedestrians and cyclists cross the bridge each day between the station and the old harbour; a ferry will run across the canal in the meantime.");

    /// <summary>A word-for-word re-run of <see cref="BridgeHarbourPost"/> under another masthead.</summary>
    public static SourceDocument BridgeRerun { get; } = Page("bridge-coastal-wire.txt", "COASTAL WIRE", "Tarnholm glass footbridge closed after crack found in deck panel",
        "By Selma Okonkwo", "Tue 4 Mar 2031",
        "TARNHOLM, March 4 - The glass footbridge over the Veld canal in Tarnholm was closed on Tuesday morning after a cyclist reported a crack running across one of its deck panels, the city's works department said.",
        "Engineers found that the crack ran through two of the five layers of the laminated panel, said the department's head, Piet Vandermolen. \"The bridge is safe to stand on, but we will not open it until every panel has been scanned,\" he told reporters.",
        "The bridge, opened in 2027 at a cost of 4.2 million crowns, carries about 6,000 pedestrians and cyclists a day between the station and the old harbour.",
        "A ferry service across the canal will run every ten minutes while the bridge is closed, the city said.");

    /// <summary>The orchard story, told by two outlets.</summary>
    public static SourceDocument OrchardValleyNews { get; } = Page("orchard-valley-news.txt", "VALLEY NEWS", "Orchard cooperative wins right to draw water from the Mirren river",
        "By Dana Fairweather", "Wed 5 Mar 2031",
        "The Mirren Valley fruit growers' cooperative has won its case against the regional water board and may draw water from the Mirren river for irrigation again, a court in Hallbrook ruled on Wednesday.",
        "The board had cut the cooperative's licence by half last summer, citing low river levels. Judge Inez Carvalho said the board had not consulted the growers before the cut, as the law requires.",
        "\"This ruling saves the harvest for 140 families,\" said the cooperative's chair, Bram Ostrowski. The water board said it would study the judgment before deciding whether to appeal.",
        "The cooperative's 140 member farms grow apples, pears and plums on about 900 hectares along the river.");

    public static SourceDocument OrchardRiverDaily { get; } = Page("orchard-river-daily.txt", "RIVER DAILY", "Fruit growers beat water board in Mirren river irrigation case",
        "By Tobias Renne", "Wed 5 Mar 2031",
        "A court in Hallbrook ruled on Wednesday that the regional water board acted unlawfully when it halved the irrigation licence of the Mirren Valley fruit growers' cooperative.",
        "Judge Inez Carvalho found that the water board had failed to consult the growers before cutting their licence last summer, the ruling said.",
        "\"This ruling saves the harvest for 140 families,\" cooperative chair Bram Ostrowski said outside the court. The board said it would study the judgment.",
        "The growers farm around 900 hectares of apples, pears and plums along the Mirren river.");

    /// <summary>A third orchard article that arrives later and joins the orchard story.</summary>
    public static SourceDocument OrchardLate { get; } = Page("orchard-hallbrook-echo.txt", "HALLBROOK ECHO", "Water board will not appeal Mirren river ruling on orchard irrigation",
        "By Mira Castellan", "Thu 6 Mar 2031",
        "The regional water board said on Thursday it would not appeal the Hallbrook court ruling that restored the irrigation licence of the Mirren Valley fruit growers' cooperative.",
        "Judge Inez Carvalho ruled on Wednesday that the board had cut the cooperative's licence without consulting the growers. Cooperative chair Bram Ostrowski welcomed the decision not to appeal.",
        "The cooperative's 140 member farms grow apples, pears and plums on about 900 hectares along the Mirren river.");

    /// <summary>A story told by one outlet.</summary>
    public static SourceDocument Lighthouse { get; } = Page("lighthouse-islands-herald.txt", "ISLANDS HERALD", "Keeper's diary from Skellan lighthouse sold at auction for 31,000 crowns",
        "By Ruth Abernathy", "Fri 7 Mar 2031",
        "A diary kept by the last keeper of the Skellan lighthouse between 1951 and 1968 was sold at auction in Port Avery on Friday for 31,000 crowns, three times its estimate.",
        "The diary records storms, shipwrecks and the daily weather readings that keeper Edvin Marsh sent to the coast station by radio every morning.",
        "The buyer, the Skellan Island heritage society, said it would put the diary on display in the old keeper's cottage next summer.");

    /// <summary>A page with nothing but site furniture: the extractor rejects it.</summary>
    public static SourceDocument FurnitureOnly { get; } = new("empty-page.txt", "Home\nNews\nSport\nWeather\nContact us\n", SourceFormat.ScrapedText);

    /// <summary>The stories' pages in the order they are first ingested.</summary>
    public static IReadOnlyList<SourceDocument> FirstDay { get; } = [BridgeHarbourPost, OrchardValleyNews, BridgeCanalTimes, Lighthouse, OrchardRiverDaily, BridgeRerun];

    /// <summary>Every page, the late orchard article last.</summary>
    public static IReadOnlyList<SourceDocument> All { get; } = [.. FirstDay, OrchardLate];

    /// <summary>The pages numbered in the given order, as a loader numbers the files of one run.</summary>
    public static IReadOnlyList<SourceDocument> Numbered(IEnumerable<SourceDocument> pages) => pages.Select((p, i) => p with { Ordinal = i }).ToList();

    private static SourceDocument Page(string name, string masthead, string headline, string byline, string date, params string[] paragraphs) =>
        new(name, string.Join('\n', [masthead, "Home > Local > City", headline, byline, date, "", string.Join("\n\n", paragraphs), "", "Share this article", "© 2031 " + masthead + ". All rights reserved."]) + "\n", SourceFormat.ScrapedText);
}
