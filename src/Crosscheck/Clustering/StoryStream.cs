using Crosscheck.Dedup;

namespace Crosscheck.Clustering;

/// <summary>Where one arriving document went: its story, and the earlier document it copies, if any.</summary>
/// <param name="Id">The document's id.</param>
/// <param name="Story">The story's id: <c>s</c> and its number, in order of creation (after merges, the surviving story's).</param>
/// <param name="DuplicateOf">The id of the earliest copy of this document, or null when it is not a copy.</param>
public sealed record StoryAssignment(string Id, string Story, string? DuplicateOf);

/// <summary>
/// Groups an endless stream of documents into stories as they arrive, and spots copies on the way: the front door
/// of the dedup and clustering stages. Each document is first checked by a <see cref="NearDuplicateIndex"/>. A copy
/// (exact, near or syndicated) does not reach the clusterer: it joins the story of its copy group, which is the
/// story of the group's first document to arrive (the one that was clustered). Every other document is assigned by
/// <see cref="OnlineStoryClusterer"/>. <see cref="Assignments"/> gives the final view of every document so far:
/// merges can renumber stories, and a copy dated earlier than its group's earliest so far becomes the group's
/// earliest, so <c>DuplicateOf</c> of its group changes to it (see <see cref="NearDuplicateIndex"/>).
/// Deterministic for a given input order. Not thread-safe.
/// </summary>
public sealed class StoryStream
{
    private readonly OnlineStoryClusterer _clusterer;
    private readonly NearDuplicateIndex _duplicates;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    // Per document in order of arrival: its number in the clusterer, or −1 for a copy (which the clusterer never sees).
    private readonly List<int> _clustered = [];

    public StoryStream() : this(new StoryClustererOptions()) { }

    public StoryStream(StoryClustererOptions options) : this(options, new DuplicateDetectorOptions()) { }

    public StoryStream(StoryClustererOptions clustering, DuplicateDetectorOptions duplicates)
    {
        _clusterer = new OnlineStoryClusterer(clustering);
        _duplicates = new NearDuplicateIndex(duplicates);
    }

    /// <summary>The number of documents added.</summary>
    public int Count => _clustered.Count;

    /// <summary>The number of documents that copy an earlier one (they did not go to the clusterer).</summary>
    public int CopyCount => _clustered.Count - _clusterer.Count;

    /// <summary>Adds a document and says where it went at the time it arrived. Throws when the id was already added.</summary>
    public StoryAssignment Add(ClusterDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Id is null) throw new ArgumentException("A ClusterDocument needs an Id.", nameof(document));
        if (!_ids.Add(document.Id))
        {
            throw new ArgumentException($"A document with id '{document.Id}' was already added to this stream; give every document its own id.", nameof(document));
        }
        var match = _duplicates.Add(document.Id, document.Title, document.Text, document.Published);
        int story;
        if (match.IsCopy)
        {
            _clustered.Add(-1);
            story = _clusterer.StoryOf(_duplicates.IdAt(match.Group));
        }
        else
        {
            _clustered.Add(_clusterer.Count);
            story = _clusterer.Add(document);
        }
        return new StoryAssignment(document.Id, StoryId(story), match.DuplicateOf);
    }

    /// <summary>The final assignment of every document added, in the order they were added.</summary>
    public IReadOnlyList<StoryAssignment> Assignments()
    {
        var stories = _clusterer.Assignments();
        var result = new StoryAssignment[_clustered.Count];
        for (var i = 0; i < result.Length; i++)
        {
            // A group's first document is never a copy, so it was clustered.
            var story = stories[_clustered[_duplicates.GroupOf(i)]];
            result[i] = new StoryAssignment(_duplicates.IdAt(i), StoryId(story), _duplicates.DuplicateOf(i));
        }
        return result;
    }

    private static string StoryId(int number) => "s" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
