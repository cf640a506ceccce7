using System.Text.Json;
using Crosscheck.Evaluation;

namespace Crosscheck.Tests.Evaluation;

/// <summary>
/// The port of ../shared/eval/cluster_score.py: the metrics on hand-worked cases, Python's <c>:.4f</c> rounding, the
/// rule that every gold id is predicted, and the very same line as the script on synthetic and real labelings.
/// </summary>
public sealed class ClusteringScorerTests
{
    [Fact]
    public void A_clustering_equal_to_the_gold_up_to_names_scores_one_everywhere()
    {
        var score = Score("a=x b=x c=y", "a=1 b=1 c=2");
        Assert.Equal("n=3 gold_clusters=2 pred_clusters=2 b3_p=1.0000 b3_r=1.0000 b3_f1=1.0000 pw_p=1.0000 pw_r=1.0000 pw_f1=1.0000 nmi=1.0000", score.Format());
    }

    [Fact]
    public void A_worked_example_gives_the_textbook_b_cubed_and_pairwise_figures()
    {
        // Gold A={1,2,3}, B={4,5}; predicted P={1,2}, Q={3,4,5}.
        // B³ precision: 1, 1, 1/3, 2/3, 2/3 → 11/15; recall: 2/3, 2/3, 1/3, 1, 1 → 11/15.
        // Pairs: together in both {1,2}, {4,5}; predicted pairs 1 + 3; gold pairs 3 + 1 → P = R = 0.5.
        var score = Score("1=A 2=A 3=A 4=B 5=B", "1=P 2=P 3=Q 4=Q 5=Q");
        Assert.Equal(11.0 / 15, score.BCubedPrecision, 12);
        Assert.Equal(11.0 / 15, score.BCubedRecall, 12);
        Assert.Equal(0.5, score.PairwisePrecision, 12);
        Assert.Equal(0.5, score.PairwiseRecall, 12);
        Assert.Equal(0.5, score.PairwiseF1, 12);
        Assert.Equal((5, 2, 2), (score.N, score.GoldClusters, score.PredictedClusters));
    }

    [Fact]
    public void One_big_cluster_has_full_recall_and_no_information()
    {
        var score = Score("a=x b=x c=y d=y", "a=s b=s c=s d=s");
        Assert.Equal(0.5, score.BCubedPrecision, 12);
        Assert.Equal(1.0, score.BCubedRecall, 12);
        Assert.Equal(2.0 / 6, score.PairwisePrecision, 12);
        Assert.Equal(0.0, score.Nmi, 12);
    }

    [Fact]
    public void All_singletons_have_full_precision_and_pairwise_precision_one_by_convention()
    {
        var score = Score("a=x b=x c=y d=y", "a=1 b=2 c=3 d=4");
        Assert.Equal(1.0, score.BCubedPrecision, 12);
        Assert.Equal(0.5, score.BCubedRecall, 12);
        Assert.Equal(1.0, score.PairwisePrecision, 12); // no predicted pairs: the script says 1.0
        Assert.Equal(0.0, score.PairwiseRecall, 12);
        Assert.Equal(0.0, score.PairwiseF1, 12);
    }

    [Fact]
    public void Predicted_ids_outside_the_gold_are_ignored()
    {
        Assert.Equal(Score("a=x b=x c=y", "a=1 b=1 c=2").Format(), Score("a=x b=x c=y", "z=1 a=1 b=1 c=2 y=2").Format());
    }

    [Fact]
    public void A_gold_id_without_a_prediction_is_an_error_that_names_it()
    {
        var error = Assert.Throws<ArgumentException>(() => Score("a=x b=x c=y", "a=1 c=2"));
        Assert.Contains("1 gold ids missing from the prediction, e.g. 'b'", error.Message);
        Assert.Contains("every gold id must be predicted", error.Message);
    }

    [Theory]
    [InlineData(0.03125, 4, "0.0312")] // an exact tie goes to the even digit (.NET's "F4" gives 0.0313)
    [InlineData(0.84375, 4, "0.8438")]
    [InlineData(0.03135, 4, "0.0314")] // not a tie in binary: the double lies above it
    [InlineData(0.00015, 4, "0.0001")] // ... and this one below
    [InlineData(0.99995, 4, "1.0000")]
    [InlineData(0.6496905406453068, 4, "0.6497")]
    [InlineData(1.0, 4, "1.0000")]
    [InlineData(-1e-17, 4, "-0.0000")]
    [InlineData(-0.0, 4, "-0.0000")]
    [InlineData(123.456789, 4, "123.4568")]
    [InlineData(1e22, 4, "10000000000000000000000.0000")]
    [InlineData(2.675, 2, "2.67")]
    [InlineData(0.125, 2, "0.12")]
    [InlineData(0.375, 2, "0.38")]
    [InlineData(double.NaN, 4, "nan")]
    public void Fixed_point_formatting_is_pythons(double value, int decimals, string expected) =>
        Assert.Equal(expected, PythonFloat.Fixed(value, decimals));

    [ReferenceScriptFact]
    public void The_line_is_the_scripts_on_synthetic_labelings()
    {
        var random = new Random(20261121);
        var cases = new List<(string Name, List<ClusterLabel> Gold, List<ClusterLabel> Predicted)>();
        foreach (var (n, goldClusters, predictedClusters) in new[] { (1, 1, 1), (2, 1, 2), (7, 3, 3), (50, 5, 9), (300, 40, 25), (1000, 7, 200), (2000, 300, 1000), (500, 1, 1), (500, 500, 1) })
        {
            var gold = Enumerable.Range(0, n).Select(i => new ClusterLabel($"d{i}", $"g{random.Next(goldClusters)}")).ToList();
            var predicted = gold.Select(g => new ClusterLabel(g.Id, random.Next(4) == 0 ? $"p{random.Next(predictedClusters)}" : "p" + g.Label)).ToList();
            cases.Add(($"random n={n}", gold, predicted));
        }
        // Ids and labels that are not plain words, predictions in another order and with extra ids.
        cases.Add(("unusual ids", [new("ü 1", "ünïcode"), new("\"q\"", "ünïcode"), new("7", "7"), new("tab\tid", "7")],
            [new("extra", "s9"), new("7", "s1"), new("tab\tid", "s2"), new("ü 1", "s1"), new("\"q\"", "s2")]));
        foreach (var (name, gold, predicted) in cases)
        {
            using var files = new LabelFiles(gold, predicted);
            var ours = ClusteringScorer.Score(gold, predicted.ToDictionary(p => p.Id, p => p.Label)).Format();
            var reference = files.Reference();
            Assert.True(reference == ours, $"{name}: script '{reference}', ours '{ours}'");
            Assert.Equal(ours, ClusteringScorer.Score(files.Gold, files.Predicted).Format());
        }
    }

    [ReferenceScriptFact]
    public void The_line_is_the_scripts_on_the_corpora_with_our_clusterings_and_coarser_labels()
    {
        foreach (var name in ClusteringCorpora.Names)
        {
            var run = SharedClusteringRuns.Run(name);
            var gold = run.Corpus.GoldLabels();
            var predictions = run.Assignments.Select(a => new ClusterLabel(a.Id, a.Story)).ToList();
            // Our clustering against the gold, and the gold coarsened (ECB+ topics; others: first letter of the story) against it.
            var coarse = run.Corpus.Documents.Select(d => new ClusterLabel(d.Document.Id, d.Group ?? d.Gold![..1])).ToList();
            foreach (var (what, predicted) in new[] { ("our clustering", predictions), ("coarsened gold", coarse) })
            {
                using var files = new LabelFiles(gold, predicted);
                var ours = ClusteringScorer.Score(gold, predicted.ToDictionary(p => p.Id, p => p.Label)).Format();
                var reference = files.Reference();
                Assert.True(reference == ours, $"{name}, {what}: script '{reference}', ours '{ours}'");
            }
        }
    }

    /// <summary>"id=label id=label …" → a gold or predicted labeling.</summary>
    private static ClusteringScore Score(string gold, string predicted) =>
        ClusteringScorer.Score(Labels(gold), Labels(predicted).ToDictionary(l => l.Id, l => l.Label));

    private static List<ClusterLabel> Labels(string pairs) =>
        [.. pairs.Split(' ').Select(p => p.Split('=')).Select(p => new ClusterLabel(p[0], p[1]))];

    /// <summary>A gold and a prediction JSONL in a temporary folder, and the script's line on them.</summary>
    private sealed class LabelFiles : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("crosscheck-cluster-score-").FullName;

        public LabelFiles(IEnumerable<ClusterLabel> gold, IEnumerable<ClusterLabel> predicted)
        {
            File.WriteAllLines(Gold, gold.Select(l => JsonSerializer.Serialize(new { id = l.Id, story = l.Label })));
            File.WriteAllLines(Predicted, predicted.Select(l => JsonSerializer.Serialize(new { id = l.Id, story = l.Label })));
        }

        public string Gold => Path.Combine(_folder, "gold.jsonl");

        public string Predicted => Path.Combine(_folder, "pred.jsonl");

        public string Reference() => ReferenceScripts.Run("cluster_score.py", Gold, Predicted).Trim();

        public void Dispose() => Directory.Delete(_folder, recursive: true);
    }
}
