using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Crosscheck.Evaluation;
using Crosscheck.Tests.Support;

namespace Crosscheck.Tests.Evaluation;

/// <summary>
/// The quality ratchet: the scores of eval/floors.json hold on the seeds, the samples (dev set) and the held-out
/// set, measured with the port of the reference scorer, which must agree with the Python original.
/// </summary>
public sealed class QualityFloorTests
{
    private static readonly JsonElement Floors = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "eval", "floors.json"))).RootElement.Clone();

    [Fact]
    public void Samples_scores_hold_their_floors() =>
        AssertFloors("samples", Gold(RepositoryPaths.Samples), CorpusRun.Analyze(RepositoryPaths.Samples, "samples/").Json);

    [Fact]
    public void Holdout_scores_hold_their_floors() =>
        AssertFloors("holdout", Gold(RepositoryPaths.Holdout), CorpusRun.Analyze(RepositoryPaths.Holdout, "eval/holdout/").Json);

    [Fact]
    public void Second_holdout_scores_hold_their_floors() =>
        AssertFloors("holdout2", Gold(RepositoryPaths.Holdout2), CorpusRun.Analyze(RepositoryPaths.Holdout2, "eval/holdout2/").Json);

    [Fact]
    public void Third_holdout_scores_hold_their_floors() =>
        AssertFloors("holdout3", Gold(RepositoryPaths.Holdout3), CorpusRun.Analyze(RepositoryPaths.Holdout3, "eval/holdout3/").Json);

    [Fact]
    public void Fourth_holdout_scores_hold_their_floors() =>
        AssertFloors("holdout4", Gold(RepositoryPaths.Holdout4), CorpusRun.Analyze(RepositoryPaths.Holdout4, "eval/holdout4/").Json);

    [Fact]
    public void Fifth_holdout_scores_hold_their_floors() =>
        AssertFloors("holdout5", Gold(RepositoryPaths.Holdout5), CorpusRun.Analyze(RepositoryPaths.Holdout5, "eval/holdout5/").Json);

    [Fact]
    public void Sixth_holdout_scores_hold_their_floors() =>
        AssertFloors("holdout6", Gold(RepositoryPaths.Holdout6), CorpusRun.Analyze(RepositoryPaths.Holdout6, "eval/holdout6/").Json);

    [Fact]
    public void Seventh_holdout_scores_hold_their_floors() =>
        AssertFloors("holdout7", Gold(RepositoryPaths.Holdout7), CorpusRun.Analyze(RepositoryPaths.Holdout7, "eval/holdout7/").Json);

    [Fact]
    public void Eighth_holdout_scores_hold_their_floors() =>
        AssertFloors("holdout8", Gold(RepositoryPaths.Holdout8), CorpusRun.Analyze(RepositoryPaths.Holdout8, "eval/holdout8/").Json);

    [Fact]
    public void Ninth_holdout_scores_hold_their_floors() =>
        AssertFloors("holdout9", Gold(RepositoryPaths.Holdout9), CorpusRun.Analyze(RepositoryPaths.Holdout9, "eval/holdout9/").Json);

    [Fact]
    public void Tenth_holdout_scores_hold_their_floors() =>
        AssertFloors("holdout10", Gold(RepositoryPaths.Holdout10), CorpusRun.Analyze(RepositoryPaths.Holdout10, "eval/holdout10/").Json);

    [Fact]
    public void Eleventh_holdout_scores_hold_their_floors() =>
        AssertFloors("holdout11", Gold(RepositoryPaths.Holdout11), CorpusRun.Analyze(RepositoryPaths.Holdout11, "eval/holdout11/").Json);

    [Fact]
    public void Twelfth_holdout_scores_hold_their_floors() =>
        AssertFloors("holdout12", Gold(RepositoryPaths.Holdout12), CorpusRun.Analyze(RepositoryPaths.Holdout12, "eval/holdout12/").Json);

    [Fact]
    public void Thirteenth_holdout_scores_hold_their_floors() =>
        AssertFloors("holdout13", Gold(RepositoryPaths.Holdout13), CorpusRun.Analyze(RepositoryPaths.Holdout13, "eval/holdout13/").Json);

    [Fact]
    public void Fourteenth_holdout_scores_hold_their_floors() =>
        AssertFloors("holdout14", Gold(RepositoryPaths.Holdout14), CorpusRun.Analyze(RepositoryPaths.Holdout14, "eval/holdout14/").Json);

    [Fact]
    public void Fifteenth_holdout_scores_hold_their_floors() =>
        AssertFloors("holdout15", Gold(RepositoryPaths.Holdout15), CorpusRun.Analyze(RepositoryPaths.Holdout15, "eval/holdout15/").Json);

    [Fact]
    public void Sixteenth_holdout_scores_hold_their_floors() =>
        AssertFloors("holdout16", Gold(RepositoryPaths.Holdout16), CorpusRun.Analyze(RepositoryPaths.Holdout16, "eval/holdout16/").Json);

    [Fact]
    public void Seventeenth_holdout_scores_hold_their_floors() =>
        AssertFloors("holdout17", Gold(RepositoryPaths.Holdout17), CorpusRun.Analyze(RepositoryPaths.Holdout17, "eval/holdout17/").Json);

    [Fact]
    public void Eighteenth_holdout_scores_hold_their_floors() =>
        AssertFloors("holdout18", Gold(RepositoryPaths.Holdout18), CorpusRun.Analyze(RepositoryPaths.Holdout18, "eval/holdout18/").Json);

    [SharedCorpusFact]
    public void Seeds_scores_hold_their_floors()
    {
        var seeds = Path.Combine(RepositoryPaths.Shared!, "seeds");
        var (report, json) = CorpusRun.Analyze(seeds, "seeds/");
        Assert.Single(report.Stories);
        Assert.Equal(5, report.Stories[0].ArticleIds.Length);
        AssertFloors("seeds", SeedsGold.Build(seeds), json);
    }

    [SharedCorpusFact]
    public void Ported_scorer_agrees_with_the_reference_scorer()
    {
        var python = FindPython();
        Assert.True(python is not null, "python3 is needed to run ../shared/eval/analysis_score.py");
        var folder = Directory.CreateTempSubdirectory("crosscheck-scorer-").FullName;
        try
        {
            var json = CorpusRun.Analyze(RepositoryPaths.Samples, "samples/").Json;
            File.WriteAllText(Path.Combine(folder, "analysis.json"), json);
            var start = new ProcessStartInfo(python!) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { Path.Combine(RepositoryPaths.Shared!, "eval", "analysis_score.py"), Path.Combine(RepositoryPaths.Samples, "gold.json"), Path.Combine(folder, "analysis.json") }) start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
            var reference = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('=')).ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));
            var ours = AnalysisScorer.Score(Gold(RepositoryPaths.Samples), CorpusRun.Parse(json));
            Assert.Equal(reference.Keys.Order(), ours.Select(s => s.Name).Order());
            foreach (var (name, value) in ours) Assert.True(Math.Abs(reference[name] - value) < 0.0005, $"{name}: reference {reference[name]}, ours {value}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static JsonElement Gold(string folder) => JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "gold.json"))).RootElement.Clone();

    private static void AssertFloors(string set, JsonElement gold, string json)
    {
        var scores = AnalysisScorer.Score(gold, CorpusRun.Parse(json)).ToDictionary(s => s.Name, s => s.Value);
        var failures = Floors.GetProperty(set).EnumerateObject()
            .Where(floor => scores[floor.Name] < floor.Value.GetDouble() - 1e-9)
            .Select(floor => $"{floor.Name} = {scores[floor.Name]:0.000}, below its floor {floor.Value.GetDouble():0.000}")
            .ToList();
        Assert.True(failures.Count == 0, $"{set}: " + string.Join("; ", failures) + "\n" + AnalysisScorer.Format(scores.Select(kv => (kv.Key, kv.Value))));
    }

    private static string? FindPython() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Select(d => Path.Combine(d, "python3")).FirstOrDefault(File.Exists);
}
