using System.Diagnostics;
using System.Text.Json;
using Crosscheck.Evaluation;
using Crosscheck.Tests.Support;

namespace Crosscheck.Tests.Cli;

/// <summary>
/// <c>crosscheck cluster</c> end to end on a small fictional stream, and <c>crosscheck eval clustering</c>: one line
/// per good document in input order, bad lines named by file and line, an exit code that says when output is partial.
/// </summary>
public sealed class ClusterCommandTests : IDisposable
{
    /// <summary>Two retellings of a lock-gate story, two of a festival, one loner (invented places and people).</summary>
    private static readonly string[] Stream =
    [
        """{"id":"w1","title":"Lock gate at Brindlewick jams, stranding forty narrowboats","text":"The upper lock gate at Brindlewick jammed on Tuesday, stranding forty narrowboats on the Orrin canal, the Orrin Waterways Trust said. Engineer Talia Vosk said the gate would be freed by Friday.","published":"2031-03-04","outlet":"Orrin Courier"}""",
        """{"id":"f1","title":"Quillmoor lantern festival draws record crowd","text":"The Quillmoor lantern festival drew 12,000 visitors on Saturday, organiser Benedek Arlo said, as 900 paper lanterns were floated down the Sallow river.","published":"2031-03-08","outlet":"Fen Lantern"}""",
        """{"id":"w2","title":"Forty narrowboats stuck as Brindlewick lock gate jams","text":"Forty narrowboats were stranded on the Orrin canal after the upper lock gate at Brindlewick jammed, the Orrin Waterways Trust said. Talia Vosk, its engineer, expects the gate to be freed by Friday.","published":"2031-03-05T09:30:00Z","outlet":"Canal Weekly"}""",
        """{"id":"x1","title":"Glassworks in Tarrowmere wins export prize","text":"A family glassworks in Tarrowmere has won the regional export prize for its cobalt bottles, shipped to 14 countries.","outlet":"Tarrowmere Post"}""",
        """{"id":"f2","title":"Record 12,000 at Quillmoor lantern festival","text":"Some 12,000 people came to the Quillmoor lantern festival on Saturday to watch 900 paper lanterns float down the Sallow river, said organiser Benedek Arlo.","published":"2031-03-09","outlet":"Sallow Times"}""",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("crosscheck-cluster-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Every_document_gets_one_line_in_input_order_with_its_story_and_duplicate_of()
    {
        var run = CliRunner.Run("cluster", Write("stream.jsonl", Stream), "--format", "jsonl");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.StandardError);
        var lines = Parse(run.StandardOutput);
        Assert.Equal(["w1", "f1", "w2", "x1", "f2"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.All(lines, l => Assert.Equal(["id", "story", "duplicateOf"], l.EnumerateObject().Select(p => p.Name)));
        Assert.All(lines, l => Assert.Equal(JsonValueKind.Null, l.GetProperty("duplicateOf").ValueKind));
        var story = lines.ToDictionary(l => l.GetProperty("id").GetString()!, l => l.GetProperty("story").GetString());
        Assert.Equal(story["w1"], story["w2"]);
        Assert.Equal(story["f1"], story["f2"]);
        Assert.Equal(3, story.Values.Distinct().Count());
    }

    [Fact]
    public void Bad_lines_are_named_by_file_and_line_left_out_and_the_exit_code_says_the_output_is_partial()
    {
        string[] input = [Stream[0], Stream[1], """{"id":"broken","title":"Unclosed""", string.Empty, Stream[2].Replace("\"w2\"", "\"w1\"", StringComparison.Ordinal), Stream[3], """{"id":"no-text"}"""];
        var file = Write("broken.jsonl", input);

        var run = CliRunner.Run("cluster", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["w1", "f1", "x1"], Parse(run.StandardOutput).Select(l => l.GetProperty("id").GetString()));
        Assert.Contains($"crosscheck: skipped {file}:3: not valid JSON", run.StandardError);
        Assert.Contains($"crosscheck: skipped {file}:5: duplicate id \"w1\" (first on line 1)", run.StandardError);
        Assert.Contains($"crosscheck: skipped {file}:7: neither \"title\" nor \"text\"", run.StandardError);
        Assert.Contains("crosscheck: partial output: 3 documents in", run.StandardError);
        Assert.Contains("3 lines skipped", run.StandardError);
    }

    [Fact]
    public void Nothing_usable_fails_and_a_missing_file_is_named()
    {
        var bad = CliRunner.Run("cluster", Write("bad.jsonl", ["not json"]));
        Assert.Equal(2, bad.ExitCode);
        Assert.Equal(string.Empty, bad.StandardOutput);

        var missing = CliRunner.Run("cluster", Path.Combine(_folder, "absent.jsonl"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("absent.jsonl", missing.StandardError);
    }

    [Fact]
    public void Standard_input_is_read_when_the_file_is_a_dash_or_absent()
    {
        var fromFile = CliRunner.Run("cluster", Write("stream.jsonl", Stream)).StandardOutput;
        Assert.Equal(fromFile, RunWithInput(string.Join('\n', Stream), "cluster", "-").StandardOutput);
        Assert.Equal(fromFile, RunWithInput(string.Join('\n', Stream), "cluster").StandardOutput);
    }

    [Fact]
    public void Eval_scores_a_gold_and_a_prediction_file_as_cluster_score_py_prints_them()
    {
        var gold = Write("gold.jsonl", ["""{"id":"w1","event":"lock"}""", """{"id":"w2","event":"lock"}""", """{"id":"f1","event":"lanterns"}"""]);
        var predicted = Write("pred.jsonl", ["""{"id":"w2","story":"s1"}""", """{"id":"w1","story":"s1"}""", """{"id":"f1","story":"s1"}"""]);

        var run = CliRunner.Run("eval", "clustering", "--gold", gold, "--pred", predicted, "--key", "event");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(ClusteringScorer.Score(gold, predicted, "event").Format(), run.StandardOutput.Trim());
        Assert.StartsWith("n=3 gold_clusters=2 pred_clusters=1 b3_p=0.5556 b3_r=1.0000 ", run.StandardOutput);

        var partial = Write("partial.jsonl", ["""{"id":"w2","story":"s1"}"""]);
        var missing = CliRunner.Run("eval", "clustering", "--gold", gold, "--pred", partial, "--key", "event");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("2 gold ids missing from the prediction, e.g. 'w1', 'f1'", missing.StandardError);
    }

    [Fact]
    public void Eval_without_the_corpora_names_the_path_it_expected()
    {
        var run = CliRunner.Run("eval", "clustering", "--corpus", "ecb", "--corpora", _folder);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"no ecb corpus at {Path.Combine(_folder, "ecbplus", "ECB+.xml.tar.gz")}", run.StandardError);
        Assert.Contains("--corpora DIR", run.StandardError);
    }

    [SharedCorpusFact]
    public void Eval_writes_gold_that_crosscheck_cluster_turns_into_the_very_predictions_it_scored()
    {
        var output = Path.Combine(_folder, "out");
        var run = CliRunner.Run("eval", "clustering", "--corpus", "ecb", "--split", "dev", "--corpora", Path.Combine(RepositoryPaths.Shared!, "corpora"), "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("ecb dev: n=", run.StandardOutput);
        Assert.Matches(@" nmi=[01]\.\d{4} docs/s=\d+\s*$", run.StandardOutput);
        var gold = Path.Combine(output, "ecb-dev.gold.jsonl");
        var predicted = Path.Combine(output, "ecb-dev.pred.jsonl");
        Assert.Equal(File.ReadAllText(predicted), CliRunner.Run("cluster", gold).StandardOutput);
        Assert.Contains(ClusteringScorer.Score(gold, predicted).Format(), run.StandardOutput);
    }

    private string Write(string name, IEnumerable<string> lines)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    private static List<JsonElement> Parse(string jsonl) =>
        [.. jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];

    /// <summary>Runs the CLI with <paramref name="input"/> on its standard input.</summary>
    private static CliRun RunWithInput(string input, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "crosscheck.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "crosscheck did not finish within 3 minutes");
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }
}
