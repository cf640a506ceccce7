using System.Collections.Immutable;
using Crosscheck.Clustering;
using Crosscheck.Hashing;

namespace Crosscheck.Evaluation;

/// <summary>Which part of a clustering corpus to use.</summary>
public enum ClusteringSplit
{
    /// <summary>Every document.</summary>
    All,

    /// <summary>The half to tune on.</summary>
    Dev,

    /// <summary>The other half, held out.</summary>
    Test,
}

/// <summary>A document of a clustering corpus with what the corpus says about it.</summary>
/// <param name="Document">What the clusterer sees.</param>
/// <param name="Gold">The gold story (the label documents of one story share); null when the input has none.</param>
/// <param name="Group">
/// The unit of the dev/test split when it is wider than the story (ECB+'s topic, which holds two confusable
/// events); null means the story itself.
/// </param>
/// <param name="Url">The source address, when the corpus gives one.</param>
public sealed record CorpusDocument(ClusterDocument Document, string? Gold, string? Group = null, string? Url = null)
{
    /// <summary>What decides the side of the split: the group, or else the story.</summary>
    public string SplitKey => Group ?? Gold ?? Document.Id;
}

/// <summary>
/// A labelled set of documents in corpus order, for scoring a clustering: every document has a gold story. Read one
/// with <see cref="ClusteringCorpora"/> (the shared corpora) or <see cref="ClusteringJsonl"/> (any clustering JSONL).
/// </summary>
public sealed class ClusteringCorpus
{
    /// <summary>Seed of the split hash. Changing it reshuffles every corpus's halves: keep it.</summary>
    private const ulong SplitSeed = 0x6372_6f73_7363_6b31; // "crossck1"

    public ClusteringCorpus(string name, ImmutableArray<CorpusDocument> documents, ImmutableArray<string> problems = default)
    {
        foreach (var document in documents)
        {
            if (document.Gold is null)
            {
                throw new ArgumentException($"Document '{document.Document.Id}' of corpus {name} has no gold story; a corpus to score needs one for every document.", nameof(documents));
            }
        }
        Name = name;
        Documents = documents;
        Problems = problems.IsDefault ? [] : problems;
    }

    /// <summary>A short name: <c>ecb</c>, <c>uci</c>, <c>mstream</c>, <c>mstream-t</c>, or the file read.</summary>
    public string Name { get; }

    /// <summary>The documents in corpus order, which is the order they are clustered in.</summary>
    public ImmutableArray<CorpusDocument> Documents { get; }

    /// <summary>Lines of the source that could not be read, each naming the file, the line and the problem.</summary>
    public ImmutableArray<string> Problems { get; }

    /// <summary>
    /// One side of a deterministic split that keeps whole groups (<see cref="CorpusDocument.SplitKey"/>) on one side,
    /// chosen by a seeded XXH64 of the group key: about half the groups each. Documents keep their relative order.
    /// </summary>
    public ClusteringCorpus Split(ClusteringSplit split) => split switch
    {
        ClusteringSplit.All => this,
        _ => new ClusteringCorpus(Name, [.. Documents.Where(d => IsDev(d.SplitKey) == (split == ClusteringSplit.Dev))], Problems),
    };

    /// <summary>True when the group goes to the dev side, false for the test side.</summary>
    public static bool IsDev(string groupKey) => (XxHash64.Hash(groupKey, SplitSeed) & 1) == 0;

    /// <summary>The gold labels, in corpus order, for <see cref="ClusteringScorer"/>.</summary>
    public IReadOnlyList<ClusterLabel> GoldLabels() => [.. Documents.Select(d => new ClusterLabel(d.Document.Id, d.Gold!))];
}
