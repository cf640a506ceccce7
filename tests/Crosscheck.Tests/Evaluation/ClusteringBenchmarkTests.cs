using System.Text.Json;
using Crosscheck.Evaluation;
using Crosscheck.Tests.Support;

namespace Crosscheck.Tests.Evaluation;

/// <summary>
/// The clustering ratchet: StoryStream, fed each whole corpus of ../shared/corpora in corpus order, holds the B-cubed
/// F1 and NMI floors of eval/floors.json ("clustering": NAME_b3_f1, NAME_nmi; mstream-t is mstream_t).
/// </summary>
public sealed class ClusteringBenchmarkTests
{
    private static readonly JsonElement Floors = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "eval", "floors.json"))).RootElement.GetProperty("clustering").Clone();

    [SharedCorpusFact]
    public void Ecb_holds_its_floors() => AssertFloors("ecb");

    [SharedCorpusFact]
    public void Uci_holds_its_floors() => AssertFloors("uci");

    [SharedCorpusFact]
    public void Mstream_holds_its_floors() => AssertFloors("mstream");

    [SharedCorpusFact]
    public void Mstream_t_holds_its_floors() => AssertFloors("mstream-t");

    [SharedCorpusFact]
    public void What_Add_returns_is_where_the_document_is_right_after_it_even_when_a_cut_moved_it()
    {
        // ECB+ holds two events per topic, so young stories get cut while documents arrive.
        var clusterer = new Crosscheck.Clustering.OnlineStoryClusterer();
        foreach (var document in SharedClusteringRuns.Corpus("ecb").Documents)
        {
            var returned = clusterer.Add(document.Document);
            Assert.Equal(clusterer.StoryOf(document.Document.Id), returned);
        }
    }

    [Fact]
    public void Every_corpus_has_both_floors_and_no_floor_names_an_unknown_corpus()
    {
        var expected = ClusteringCorpora.Names.SelectMany(n => new[] { FloorKey(n, "b3_f1"), FloorKey(n, "nmi") }).Order(StringComparer.Ordinal);
        Assert.Equal(expected, Floors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    private static void AssertFloors(string name)
    {
        var run = SharedClusteringRuns.Run(name);
        Assert.Empty(run.Corpus.Problems);
        Assert.True(run.Score.BCubedF1 >= Floors.GetProperty(FloorKey(name, "b3_f1")).GetDouble() - 1e-9, $"B-cubed F1 below its floor: {run.Format(ClusteringSplit.All)}");
        Assert.True(run.Score.Nmi >= Floors.GetProperty(FloorKey(name, "nmi")).GetDouble() - 1e-9, $"NMI below its floor: {run.Format(ClusteringSplit.All)}");
    }

    private static string FloorKey(string corpus, string measure) => corpus.Replace('-', '_') + "_" + measure;
}
