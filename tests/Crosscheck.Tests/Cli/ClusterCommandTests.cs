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

    /// <summary>
    /// A gzipped stream cut short was read quietly as far as the cut: the whole output for a lost trailer (exit 0), and
    /// for a cut in the compressed data a last line named as bad JSON and 'partial output' (exit 1), as if the file held
    /// a malformed line. It is now an error that names the file, the problem and the line read up to, with no output.
    /// </summary>
    [Theory]
    [InlineData(1, 3)]
    [InlineData(1, 8)]
    [InlineData(1, 1500)]
    [InlineData(2, 3)]
    [InlineData(2, 1500)]
    public void A_gzip_file_cut_short_is_named_with_the_line_read_up_to_and_nothing_is_clustered(int members, int bytesCut)
    {
        var whole = Gzip(LongStream(), members);
        var cut = whole[..^bytesCut];
        var file = WriteBytes("cut.jsonl.gz", cut);

        var run = CliRunner.Run("cluster", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.StandardOutput);
        Assert.StartsWith($"crosscheck: cannot read {file}: gzip data is truncated or damaged: the file does not end with the CRC-32 and length", run.StandardError, StringComparison.Ordinal);
        Assert.EndsWith($"fetch or copy it again. Read up to line {WholeLinesIn(cut)}; nothing was clustered.\n", run.StandardError.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Single(run.StandardError.Trim().Split('\n'));
    }

    /// <summary>A damaged byte in the compressed data gave the runtime's 'The archive entry was compressed using an unsupported compression method.'</summary>
    [Fact]
    public void A_gzip_file_with_damaged_bytes_is_named_as_corrupt_and_nothing_is_clustered()
    {
        var damaged = Gzip(LongStream(), members: 1);
        for (var i = damaged.Length / 2; i < damaged.Length / 2 + 16; i++) damaged[i] ^= 0x5A;
        var file = WriteBytes("damaged.jsonl.gz", damaged);

        var run = CliRunner.Run("cluster", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.StandardOutput);
        Assert.StartsWith($"crosscheck: cannot read {file}: gzip data is corrupt: ", run.StandardError, StringComparison.Ordinal);
        Assert.Matches(@"fetch or copy it again\. (Read up to line [0-9]+; n|N)othing was clustered\.\s*$", run.StandardError);
        Assert.DoesNotContain("unsupported compression method", run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("skipped", run.StandardError, StringComparison.Ordinal);
    }

    /// <summary>
    /// Gzip was recognised by the name alone: a gzipped file named .jsonl gave one 'not valid JSON' per line of binary,
    /// and a plain file named .gz 'unsupported compression method'. As for pages, the bytes decide; several members are one stream.
    /// </summary>
    [Fact]
    public void Gzip_is_recognised_by_its_bytes_whatever_the_name_and_several_members_are_one_stream()
    {
        var plain = CliRunner.Run("cluster", Write("stream.jsonl", Stream));
        var text = string.Join('\n', Stream) + "\n";

        var gzipped = CliRunner.Run("cluster", WriteBytes("gzipped.jsonl", Gzip(text, members: 2)));
        var misnamed = CliRunner.Run("cluster", WriteBytes("plain.jsonl.gz", System.Text.Encoding.UTF8.GetBytes(text)));

        Assert.Equal(0, plain.ExitCode);
        Assert.Equal((0, string.Empty, plain.StandardOutput), (gzipped.ExitCode, gzipped.StandardError, gzipped.StandardOutput));
        Assert.Equal((0, string.Empty, plain.StandardOutput), (misnamed.ExitCode, misnamed.StandardError, misnamed.StandardOutput));
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

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Three hundred lines on one invented topic, numbered so that they do not compress to nothing.</summary>
    private static string LongStream() => string.Concat(Enumerable.Range(1, 300).Select(i =>
        $$"""{"id":"g{{i}}","title":"Sluice {{i}} on the Orrin canal reopens","text":"Sluice number {{i}} reopened after {{i % 17 + 2}} days of repairs, the Orrin Waterways Trust said; {{i * 37 % 101}} boats had waited."}""" + "\n"));

    /// <summary><paramref name="text"/> gzipped as <paramref name="members"/> members, each holding the next part of its lines (as cat a.gz b.gz makes).</summary>
    private static byte[] Gzip(string text, int members)
    {
        var lines = text.Split('\n');
        var per = (lines.Length + members - 1) / members;
        using var packed = new MemoryStream();
        for (var m = 0; m < members; m++)
        {
            var part = string.Join('\n', lines.Skip(m * per).Take(per)) + (m < members - 1 ? "\n" : string.Empty);
            using var gzip = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true);
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(part));
        }
        return packed.ToArray();
    }

    /// <summary>The lines a cut-short gzip file holds whole: the runtime's decompressor gives the data up to the cut without complaint.</summary>
    private static int WholeLinesIn(byte[] cut)
    {
        using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(cut), System.IO.Compression.CompressionMode.Decompress);
        using var data = new MemoryStream();
        gzip.CopyTo(data);
        return data.ToArray().Count(b => b == (byte)'\n');
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
