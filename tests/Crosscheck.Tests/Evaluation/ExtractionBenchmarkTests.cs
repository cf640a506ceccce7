using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Crosscheck.Evaluation;
using Crosscheck.Tests.Support;

namespace Crosscheck.Tests.Evaluation;

/// <summary>
/// The Zyte article-extraction benchmark: our port of the metric agrees with ../shared/eval/zyte_score.py on
/// the 17 tools' stored outputs, and our extractor holds the floor kept in eval/floors.json.
/// </summary>
public sealed class ExtractionBenchmarkTests
{
    private static string Corpus => Path.Combine(RepositoryPaths.Shared!, "corpora", "zyte-article-extraction");

    [SharedCorpusFact]
    public void Ported_metric_agrees_with_the_reference_scorer_on_every_stored_tool_output()
    {
        var truth = ExtractionBenchmark.ReadGroundTruth(Corpus);
        var folder = Directory.CreateTempSubdirectory("crosscheck-zyte-").FullName;
        try
        {
            foreach (var stored in Directory.GetFiles(Path.Combine(Corpus, "predictions"), "*.json.gz").Order(StringComparer.Ordinal))
            {
                var json = Path.Combine(folder, Path.GetFileNameWithoutExtension(stored));
                using (var gzip = new GZipStream(File.OpenRead(stored), CompressionMode.Decompress))
                using (var file = File.Create(json)) gzip.CopyTo(file);
                var reference = RunReferenceScorer(json);
                var ours = ExtractionScorer.Score(truth, ReadToolOutput(json)).ToString();
                Assert.True(reference == ours, $"{Path.GetFileName(stored)}: reference '{reference}', ours '{ours}'");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [SharedCorpusFact]
    public void Extractor_holds_its_floor_on_the_benchmark()
    {
        var score = ExtractionBenchmark.Score(Corpus, new ExtractionBenchmark().Run(Corpus));
        var floors = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "eval", "floors.json"))).RootElement.GetProperty("zyte");
        Assert.True(score.F1 >= floors.GetProperty("f1").GetDouble() - 1e-9, $"F1 below its floor: {score}");
        Assert.True(score.Precision >= floors.GetProperty("precision").GetDouble() - 1e-9, $"precision below its floor: {score}");
        Assert.Equal(0, score.Missing);
    }

    private static Dictionary<string, string> ReadToolOutput(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var root = json.RootElement.TryGetProperty("output", out var output) && output.ValueKind == JsonValueKind.Object ? output : json.RootElement;
        return root.EnumerateObject().ToDictionary(
            p => p.Name,
            p => p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("articleBody", out var body) && body.ValueKind == JsonValueKind.String ? body.GetString()! : string.Empty);
    }

    private static string RunReferenceScorer(string predictions)
    {
        var python = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Select(d => Path.Combine(d, "python3")).FirstOrDefault(File.Exists);
        Assert.True(python is not null, "python3 is needed to run ../shared/eval/zyte_score.py");
        var start = new ProcessStartInfo(python!) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.Shared!, "eval", "zyte_score.py"));
        start.ArgumentList.Add(Path.Combine(Corpus, "ground-truth.json"));
        start.ArgumentList.Add(predictions);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
        return output;
    }
}
