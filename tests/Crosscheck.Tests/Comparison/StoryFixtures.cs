using System.Collections.Immutable;
using Crosscheck.Extraction;

namespace Crosscheck.Tests.Comparison;

/// <summary>Fictional multi-outlet stories written for these tests.</summary>
internal static class StoryFixtures
{
    /// <summary>Compares articles as the pipeline does: with the story analysis (entities, quotes) of those articles.</summary>
    public static Crosscheck.Comparison.StoryComparison CompareAnalyzed(params Article[] articles) =>
        new Crosscheck.Comparison.StoryComparer().Compare(articles, new Crosscheck.Analysis.StoryAnalyzer().Analyze(articles));

    public static Article Article(string id, string outlet, string title, params string[] paragraphs) => new()
    {
        Id = id,
        Source = $"samples/{id}.txt",
        Title = title,
        Outlet = outlet,
        Published = new DateOnly(2031, 3, 4),
        Body = [.. paragraphs],
        Ordinal = int.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>A footbridge collapse told by three outlets: shared facts, one figure that differs, one quote worded two ways.</summary>
    public static IReadOnlyList<Article> BridgeCollapse() =>
    [
        Article("a1", "Velden Courier", "Footbridge collapses over the Aare canal",
            "A pedestrian bridge collapsed over the Aare canal in Velden on Tuesday morning, sending commuters into the water.",
            "Officials said 40 people were injured in the collapse, most of them with minor cuts.",
            "Mayor Ilse Brandt said: \"We will rebuild the crossing with a stronger steel frame before the winter floods arrive.\"",
            "The regional transport authority will open an inquiry into the bridge next week."),
        Article("a2", "Northern Ledger", "Dozens hurt as Velden bridge gives way",
            "A footbridge over the Aare canal in Velden collapsed on Tuesday morning and threw commuters into the water.",
            "According to the fire brigade, 48 people were injured in the collapse.",
            "\"We will rebuild the crossing with a temporary wooden walkway before the winter floods arrive,\" Mayor Ilse Brandt said.",
            "Engineers blamed corrosion of the main suspension cables, which had not been replaced since 1987."),
        Article("a3", "Radio Aare", "Velden bridge collapse: inquiry ordered",
            "The Velden pedestrian bridge over the Aare canal collapsed on Tuesday morning, plunging commuters into the water.",
            "Officials said 40 people were injured in the collapse.",
            "The regional transport authority is to open an inquiry into the collapse of the bridge next week.",
            "Shops along the canal promenade stayed closed for the rest of the day."),
    ];

    /// <summary>A longer fictional story with enough sentences for a full summary.</summary>
    public static IReadOnlyList<Article> HarbourStrike() =>
    [
        Article("b1", "Port Gazette", "Dock workers in Saltmere begin indefinite strike",
            "Dock workers at the port of Saltmere began an indefinite strike on Monday after wage talks with the harbour board collapsed.",
            "The union, Harbour Workers United, said about 2,300 members had walked out at dawn. Container ships were left waiting at anchor outside the breakwater.",
            "Union leader Tomas Ferreira said the board had offered a pay rise well below inflation. \"Our members cannot feed their families on promises,\" he told reporters at the gate.",
            "The harbour board said it regretted the walkout and remained open to talks. Exporters warned that perishable cargo would spoil within days.",
            "The last strike at Saltmere, in 2019, lasted eleven days."),
        Article("b2", "Coastal Times", "Saltmere port paralysed as dockers walk out",
            "Thousands of dock workers in Saltmere walked off the job on Monday after pay negotiations with the harbour board broke down.",
            "Harbour Workers United said roughly 2,300 of its members joined the strike. Ships queued at anchor outside the breakwater as cranes stood idle.",
            "The harbour board said it regretted the walkout and remained open to talks.",
            "Fruit exporters said they were losing money every hour the port stayed shut. The regional government urged both sides to return to the table.",
            "Police reported no incidents at the picket lines."),
        Article("b3", "Saltmere Radio", "Strike halts Saltmere port",
            "Dockers at Saltmere port went on an indefinite strike on Monday, the union said, after wage talks with the harbour board failed.",
            "Union leader Tomas Ferreira said the pay offer was well below inflation.",
            "The harbour board said it regretted the walkout and remained open to talks. The regional government urged both sides to return to the table.",
            "A ferry operator said passenger services would continue from the northern terminal."),
    ];
}
