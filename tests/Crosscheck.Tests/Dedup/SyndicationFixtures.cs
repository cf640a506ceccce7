using System.Collections.Immutable;
using Crosscheck.Extraction;

namespace Crosscheck.Tests.Dedup;

/// <summary>An invented wire story, a syndicated re-run of it, and an independent retelling of the same event.</summary>
internal static class SyndicationFixtures
{
    public static readonly string[] WireParagraphs =
    [
        "The Orlen valley dam released water for the first time in eleven years on Thursday, after three days of rain raised the reservoir to 97 percent of capacity.",
        "Regional water director Hanne Solberg said the controlled release would lower the level by two metres before the weekend.",
        "Residents of Brask and Tollby, the two villages closest to the spillway, were told to move cars away from the riverbank.",
        "The dam, completed in 1978, holds back roughly 40 million cubic metres of water and supplies drinking water to 180,000 people.",
        "Solberg said the structure was sound and that the release was a precaution rather than a sign of danger.",
        "Farmers downstream said the flooding of low fields would delay the spring planting by at least a week.",
        "The regional council will meet on Monday to decide whether to compensate the farmers whose fields were flooded.",
        "Meteorologists expect the rain to ease on Saturday, with dry weather forecast for most of next week.",
    ];

    public static Article Wire(int ordinal = 0, DateOnly? published = null) =>
        Make("wire", "Orlen dam opens spillway after record rain", WireParagraphs, ordinal, published ?? new DateOnly(2031, 4, 10));

    /// <summary>The wire text re-run by another outlet: new title, its own first line, one sentence dropped.</summary>
    public static Article Syndicated(int ordinal = 1, DateOnly? published = null)
    {
        string[] paragraphs =
        [
            "TOLLBY (Regional Wire) -",
            .. WireParagraphs.Where((_, i) => i != 5),
        ];
        return Make("syndicated", "Water released from Orlen dam as reservoir nears capacity", paragraphs, ordinal, published ?? new DateOnly(2031, 4, 11));
    }

    /// <summary>Another outlet's own report of the same event: same facts and names, its own words.</summary>
    public static Article Retelling(int ordinal = 2, DateOnly? published = null) =>
        Make("retelling", "Spillway opened at Orlen as reservoir hits 97%",
        [
            "For the first time since records began eleven years ago, engineers opened the spillway of the Orlen valley dam on Thursday.",
            "Heavy rain over three days had pushed the reservoir to 97 percent, Hanne Solberg, the regional water director, told our reporter.",
            "People living in Brask and Tollby were asked to park away from the river, and some basements were pumped out overnight.",
            "Built in 1978, the dam provides drinking water for around 180,000 residents and stores about 40 million cubic metres.",
            "Solberg insisted the dam was safe. Farmers, however, complained that flooded fields would set their planting back.",
        ], ordinal, published ?? new DateOnly(2031, 4, 10));

    public static Article Make(string id, string title, IEnumerable<string> paragraphs, int ordinal, DateOnly? published) => new()
    {
        Id = id,
        Source = id + ".txt",
        Title = title,
        Body = [.. paragraphs],
        Ordinal = ordinal,
        Published = published,
    };

    public static ImmutableArray<string> Words(int count, Random random, string prefix = "w") =>
        [.. Enumerable.Range(0, count).Select(_ => prefix + random.Next(5000).ToString(System.Globalization.CultureInfo.InvariantCulture))];
}
