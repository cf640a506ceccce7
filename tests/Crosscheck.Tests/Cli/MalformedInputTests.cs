using System.Text;
using System.Text.Json;
using Crosscheck.Tests.Support;

namespace Crosscheck.Tests.Cli;

/// <summary>A batch with broken files: each is named with its problem on stderr, the rest is analysed, the exit code tells.</summary>
public sealed class MalformedInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("crosscheck-malformed-").FullName;

    private const string GoodArticle = """
        Night ferry to Marrow Island returns after repairs
        By Ruth Okonkwo
        The night ferry between Port Selden and Marrow Island will run again from Friday after three weeks in dry dock for repairs to its propeller shaft.
        The ferry company said the late sailing would keep its old timetable, leaving the mainland at 22:40 and returning at dawn.
        Islanders had complained that the last boat of the day left too early for anyone working an evening shift on the mainland.
        """;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Each_bad_file_is_named_with_its_problem_and_the_rest_is_analysed()
    {
        File.WriteAllText(Path.Combine(_folder, "good.txt"), GoodArticle);
        File.WriteAllBytes(Path.Combine(_folder, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(_folder, "binary.html"), [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1]);
        var latin1 = Encoding.Latin1.GetBytes(GoodArticle.Replace("Marrow", "Mårrow", StringComparison.Ordinal).Replace("night ferry", "nuit ferry", StringComparison.Ordinal));
        File.WriteAllBytes(Path.Combine(_folder, "latin1.txt"), latin1);
        using (var huge = File.Create(Path.Combine(_folder, "huge.txt"))) huge.SetLength(50L * 1024 * 1024);

        var run = CliRunner.Run("analyze", _folder, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("empty.txt: file is empty", run.StandardError);
        Assert.Contains("binary.html: file looks binary", run.StandardError);
        Assert.Contains("huge.txt: file is 50 MB, larger than the 16 MB limit", run.StandardError);
        Assert.Contains("latin1.txt: not valid UTF-8", run.StandardError);
        using var json = JsonDocument.Parse(run.StandardOutput);
        var sources = json.RootElement.GetProperty("articles").EnumerateArray().Select(a => Path.GetFileName(a.GetProperty("source").GetString()!)).Order().ToArray();
        Assert.Equal(["good.txt", "latin1.txt"], sources);
        Assert.Equal(3, json.RootElement.GetProperty("rejected").GetArrayLength());
    }

    /// <summary>
    /// A page gzipped in two parts and concatenated (cat a.gz b.gz) was rejected as truncated; it is one page. A gzipped
    /// page cut short is still rejected, named with its problem.
    /// </summary>
    [Fact]
    public void A_multi_member_gzip_page_is_analysed_and_a_cut_short_one_is_named()
    {
        var lines = GoodArticle.Split('\n');
        var whole = Gzip(string.Join('\n', lines[..3]) + "\n").Concat(Gzip(string.Join('\n', lines[3..]))).ToArray();
        File.WriteAllBytes(Path.Combine(_folder, "ferry.txt.gz"), whole);
        File.WriteAllBytes(Path.Combine(_folder, "cut.txt.gz"), whole[..^3]);

        var run = CliRunner.Run("analyze", _folder, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"crosscheck: skipped {Path.Combine(_folder, "cut.txt.gz")}: gzip data is truncated or damaged", run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("ferry.txt.gz", run.StandardError, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(run.StandardOutput);
        var article = Assert.Single(json.RootElement.GetProperty("articles").EnumerateArray());
        Assert.Equal("Night ferry to Marrow Island returns after repairs", article.GetProperty("title").GetString());
        Assert.Contains("Islanders had complained", string.Join("\n", article.GetProperty("body").EnumerateArray().Select(p => p.GetString())), StringComparison.Ordinal);
    }

    private static byte[] Gzip(string text)
    {
        using var packed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(Encoding.UTF8.GetBytes(text));
        return packed.ToArray();
    }

    [Fact]
    public void A_clean_batch_exits_with_zero()
    {
        File.WriteAllText(Path.Combine(_folder, "good.txt"), GoodArticle);
        var run = CliRunner.Run("analyze", _folder, "--format", "json");
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void A_missing_path_is_reported_and_nothing_to_analyse_fails()
    {
        var run = CliRunner.Run("analyze", Path.Combine(_folder, "nope"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nope: no such file or directory", run.StandardError);
    }

    /// <summary>
    /// A --max-size of 0, below 0 or NaN rejected every page ("file is 0 MB, larger than the -5 MB limit"); an --out that
    /// names a file, or a folder that cannot be made, threw out of the run after all the work (exit 1, a stack trace);
    /// and a wrong command line exited with 1, which means partial output. Each is now a message and exit code 2.
    /// </summary>
    [Theory]
    [InlineData("--max-size", "0", "--max-size must be more than 0 and at most 1024")]
    [InlineData("--max-size", "-5", "--max-size must be more than 0 and at most 1024")]
    [InlineData("--max-size", "NaN", "--max-size must be more than 0 and at most 1024")]
    [InlineData("--max-size", "5000", "--max-size must be more than 0 and at most 1024")]
    [InlineData("--format", "yaml", "yaml")]
    [InlineData("--out", "good.txt", "cannot write into ")]
    public void A_wrong_command_line_is_named_and_exits_with_two(string option, string value, string message)
    {
        var good = Path.Combine(_folder, "good.txt");
        File.WriteAllText(good, GoodArticle);

        var run = CliRunner.Run("analyze", good, option, option == "--out" ? Path.Combine(_folder, value) : value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", run.StandardError, StringComparison.Ordinal);
    }

    /// <summary>'eval extraction --pred' threw JsonReaderException out of the command on a line that is not JSON.</summary>
    [Fact]
    public void A_bad_line_of_an_extraction_prediction_file_is_named_by_file_and_line()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(_folder, "zyte")).FullName;
        File.WriteAllText(Path.Combine(corpus, "ground-truth.json"), "{}");
        var predictions = Path.Combine(_folder, "pred.jsonl");
        File.WriteAllLines(predictions, ["""{"source":"a.html","text":"The quay reopens."}""", "{broken", """{"source":"b.html","body":[1,2]}"""]);

        var run = CliRunner.Run("eval", "extraction", corpus, "--pred", predictions);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"crosscheck: {predictions}:2: ", run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", run.StandardError, StringComparison.Ordinal);
    }
}
