namespace Crosscheck.Clustering;

/// <summary>What the clusterer needs of an article.</summary>
public sealed record ClusterDocument(string Id, string Title, string Text, DateOnly? Published = null, string? Outlet = null);

public sealed record StoryClustererOptions;

/// <summary>Assigns each arriving document to a story, comparing it only with candidate stories from an index.</summary>
public sealed class OnlineStoryClusterer(StoryClustererOptions options)
{
    public OnlineStoryClusterer() : this(new StoryClustererOptions()) { }

    public StoryClustererOptions Options { get; } = options;

    /// <summary>Adds a document and returns the number of the story it joins (0, 1, 2… in order of creation).</summary>
    public int Add(ClusterDocument document) => throw new NotImplementedException();

    /// <summary>The final story of a document, after any merges.</summary>
    public int StoryOf(string id) => throw new NotImplementedException();
}
