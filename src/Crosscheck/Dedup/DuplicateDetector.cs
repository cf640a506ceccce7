using System.Collections.Immutable;
using Crosscheck.Extraction;

namespace Crosscheck.Dedup;

public sealed record DuplicateDetectorOptions;

/// <summary>Finds exact and near-duplicate (syndicated) copies among articles.</summary>
public sealed class DuplicateDetector(DuplicateDetectorOptions options)
{
    public DuplicateDetector() : this(new DuplicateDetectorOptions()) { }

    public DuplicateDetectorOptions Options { get; } = options;

    /// <summary>Maps the id of every article that copies another to the id of the earliest copy.</summary>
    public ImmutableDictionary<string, string> FindDuplicates(IReadOnlyList<Article> articles) => throw new NotImplementedException();
}
