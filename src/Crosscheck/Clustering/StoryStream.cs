namespace Crosscheck.Clustering;

/// <summary>Where one arriving document went: its story, and the earlier document it copies, if any.</summary>
/// <param name="Id">The document's id.</param>
/// <param name="Story">The story's id: <c>s</c> and its number, in order of creation (after merges, the surviving story's).</param>
/// <param name="DuplicateOf">The id of the earliest copy of this document, or null when it is not a copy.</param>
public sealed record StoryAssignment(string Id, string Story, string? DuplicateOf);

/// <summary>
/// Groups an endless stream of documents into stories as they arrive: the front door of the clustering stage.
/// Each document is assigned with <see cref="OnlineStoryClusterer"/>; <see cref="Assignments"/> gives the final
/// story of every document so far (merges can renumber earlier ones). Deterministic for a given input order.
/// Not thread-safe.
/// </summary>
public sealed class StoryStream
{
    private readonly OnlineStoryClusterer _clusterer;

    public StoryStream() : this(new StoryClustererOptions()) { }

    public StoryStream(StoryClustererOptions options) => _clusterer = new OnlineStoryClusterer(options);

    /// <summary>The number of documents added.</summary>
    public int Count => _clusterer.Count;

    /// <summary>Adds a document and says where it went at the time it arrived.</summary>
    public StoryAssignment Add(ClusterDocument document)
    {
        var story = _clusterer.Add(document);
        return new StoryAssignment(document.Id, StoryId(story), null);
    }

    /// <summary>The final assignment of every document added, in the order they were added.</summary>
    public IReadOnlyList<StoryAssignment> Assignments()
    {
        var stories = _clusterer.Assignments();
        var ids = _clusterer.DocumentIds;
        var result = new StoryAssignment[stories.Count];
        for (var i = 0; i < result.Length; i++) result[i] = new StoryAssignment(ids[i], StoryId(stories[i]), null);
        return result;
    }

    private static string StoryId(int number) => "s" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
