using Crosscheck.Evaluation;
using Crosscheck.Tests.Support;

namespace Crosscheck.Tests.Evaluation;

public sealed class DateEvaluationTests
{
    /// <summary>The all-200 accuracy measured without URLs: the floor the finder must hold (eval/floors.json, "dates").</summary>
    private static readonly double AccuracyFloor = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "eval", "floors.json"))).RootElement.GetProperty("dates").GetProperty("accuracy").GetDouble();

    private static readonly DateOnly June7 = new(2020, 6, 7);
    private static readonly DateOnly June8 = new(2020, 6, 8);

    [Fact]
    public void Scores_as_htmldate_does()
    {
        var scores = DateEvaluation.Score(
        [
            new("right.html", "u1", June7, June7),
            new("wrong.html", "u2", June7, June8),
            new("missed.html", "u3", June7, null),
            new("undated-and-silent.html", "u4", null, null),
            new("undated-but-answered.html", "u5", null, June7),
        ]);
        Assert.Equal(new DateScores(Pages: 5, TruePositives: 1, FalsePositives: 2, TrueNegatives: 1, FalseNegatives: 2), scores);
        Assert.Equal(1.0 / 3, scores.Precision, 9);
        Assert.Equal(1.0 / 3, scores.Recall, 9);
        Assert.Equal(2.0 / 5, scores.Accuracy, 9);
        Assert.Equal(1.0 / 3, scores.F1, 9);
        Assert.Equal("pages=5 tp=1 fp=2 tn=1 fn=2 precision=0.333 recall=0.333 accuracy=0.400 f1=0.333", scores.Format());
    }

    [Fact]
    public void An_empty_set_scores_zero_without_dividing_by_zero()
    {
        var scores = DateEvaluation.Score([]);
        Assert.Equal(0, scores.Accuracy);
        Assert.Equal(0, scores.F1);
    }

    [Fact]
    public void Gold_files_with_a_bare_nan_for_an_undated_page_are_read()
    {
        const string json = """{"https://a.example/x": {"file": "1.html", "date": "2020-06-07"}, "https://b.example/NaN": {"file": "2.html", "date": NaN}}""";
        var gold = DateEvaluation.ReadGold(json);
        Assert.Equal([("https://a.example/x", "1.html", (DateOnly?)June7), ("https://b.example/NaN", "2.html", null)], gold);
    }

    [Fact]
    public void The_dev_and_test_halves_split_pages_stably()
    {
        var files = Enumerable.Range(0, 200).Select(i => $"{1_500_000_000 + (i * 7919)}.html").ToList();
        var dev = files.Count(DateEvaluation.IsDevPage);
        Assert.InRange(dev, 70, 130);
        Assert.Equal(files.Select(DateEvaluation.IsDevPage), files.Select(DateEvaluation.IsDevPage));
    }

    [SharedCorpusFact]
    public void Publication_dates_of_the_htmldate_mediacloud_pages_hold_their_floor()
    {
        var folder = Path.Combine(RepositoryPaths.Shared!, "corpora", "htmldate-mediacloud");
        Assert.True(Directory.Exists(folder), $"the benchmark is missing: expected {folder} (eval_mediacloud_2020.json and html/)");
        var run = DateEvaluation.Run(folder, useUrl: false, DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime));
        Assert.Equal(200, run.Scores.Pages);
        var misses = string.Join("\n", run.Misses.Select(m => $"{m.File} gold={m.Gold} found={m.Predicted}"));
        Assert.True(run.Scores.Accuracy >= AccuracyFloor, $"{run.Scores.Format()} is below the floor {AccuracyFloor}\n{misses}");
    }
}
