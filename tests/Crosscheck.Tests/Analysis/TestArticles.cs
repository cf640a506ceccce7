using System.Collections.Immutable;
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
}
