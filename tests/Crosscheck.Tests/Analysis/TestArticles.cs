using System.Collections.Immutable;
using Crosscheck.Analysis;
using Crosscheck.Extraction;

namespace Crosscheck.Tests.Analysis;

/// <summary>Builds fictional articles for the analysis specifications.</summary>
internal static class TestArticles
{
    public static Article Create(string id, string title, DateOnly? published, params string[] paragraphs) => new()
    {
        Id = id,
        Source = id + ".txt",
        Title = title,
        Published = published,
        Body = [.. paragraphs],
    };

    public static readonly DateOnly Published = new(2031, 3, 14); // a Friday

    /// <summary>The analysis of a story of one article made of <paramref name="paragraphs"/>.</summary>
    public static StoryAnalysis AnalyzeOne(params string[] paragraphs) =>
        new StoryAnalyzer().Analyze([Create("a", "Title", Published, paragraphs)]);

    /// <summary>The single entity named or aliased <paramref name="name"/>.</summary>
    public static Entity EntityNamed(StoryAnalysis analysis, string name) =>
        Assert.Single(analysis.Entities, e => e.Name == name || e.Aliases.Contains(name));
}
