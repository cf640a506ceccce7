using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Crosscheck.Server.Views;

/// <summary>
/// The part of a stored story's <c>crosscheck/analysis@1</c> document that the story page shows: the story and its
/// articles. Read from the stored JSON, so the page shows exactly what the API serves.
/// </summary>
internal sealed record StoryDocument(
    [property: JsonPropertyName("articles")] ImmutableArray<ArticleView> Articles,
    [property: JsonPropertyName("stories")] ImmutableArray<StoryView> Stories)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public StoryView Story => Stories[0];

    /// <summary>The story's articles in the story's order.</summary>
    public ImmutableArray<ArticleView> StoryArticles()
    {
        var byId = Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        return [.. Story.Articles.Where(byId.ContainsKey).Select(id => byId[id])];
    }

    /// <exception cref="InvalidOperationException">The stored JSON is not a story document (a store bug).</exception>
    public static StoryDocument Parse(string json)
    {
        var document = JsonSerializer.Deserialize<StoryDocument>(json, Json);
        if (document is null || document.Articles.IsDefault || document.Stories.IsDefaultOrEmpty)
        {
            throw new InvalidOperationException("The stored story JSON holds no story; re-ingest the story's pages into a fresh store.");
        }
        return document;
    }
}

internal sealed record ArticleView(
    string Id,
    string Source,
    string Title,
    string? Author,
    string? Outlet,
    string? Published,
    ImmutableArray<string> Body,
    string? DuplicateOf);

internal sealed record StoryView(
    string Id,
    string Title,
    ImmutableArray<string> Articles,
    ImmutableArray<CitedText> Summary,
    ImmutableArray<ClaimView> Claims,
    ImmutableArray<ConflictView> Conflicts,
    ImmutableArray<PrimarySourceView> PrimarySources,
    FailureView? Failure)
{
    public ImmutableArray<CitedText> Summary { get; init; } = Summary.IsDefault ? [] : Summary;

    public ImmutableArray<ClaimView> Claims { get; init; } = Claims.IsDefault ? [] : Claims;

    public ImmutableArray<ConflictView> Conflicts { get; init; } = Conflicts.IsDefault ? [] : Conflicts;

    public ImmutableArray<PrimarySourceView> PrimarySources { get; init; } = PrimarySources.IsDefault ? [] : PrimarySources;
}

/// <summary>A sentence and the articles that say it (a summary sentence, or one version of a conflict).</summary>
internal sealed record CitedText(string Text, ImmutableArray<string> Articles);

/// <summary>A claim: <c>consensus</c> (every outlet), <c>partial</c> (some) or <c>unique</c> (one).</summary>
internal sealed record ClaimView(string Text, string Status, ImmutableArray<string> Articles);

internal sealed record ConflictView(string About, ImmutableArray<CitedText> Versions);

internal sealed record PrimarySourceView(string Name, ImmutableArray<string> Articles);

/// <summary>The stage that broke on a story stored without analysis, and its error (the story's <c>"failure"</c>).</summary>
internal sealed record FailureView(string Stage, string Error);
