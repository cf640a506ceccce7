using System.Text.Json;
using Crosscheck.Cli;
using Crosscheck.Comparison;
using Crosscheck.Pipeline;
using Crosscheck.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Crosscheck.Tests.Cli;

/// <summary>
/// What <c>crosscheck ingest</c>'s exit code tells a script (README, "Keeping stories"): <c>0</c> every page is stored
/// (or was before) and every story analysed; <c>1</c> the store holds every page that could be read, but some were
/// rejected or a story is stored without analysis, each named on stderr; <c>2</c> nothing could be stored.
/// </summary>
public sealed class IngestExitCodeTests : IDisposable
{
    private const string HarbourArticle = """
        Tidal gate at Oskel harbour stuck open after storm
        By Marit Solberg
        The tidal gate that shields Oskel harbour has been stuck open since Sunday's storm, the harbour board said on Monday.
        Fishing boats were moved to the inner basin while divers checked the hinges, which a board engineer said were bent by a drifting container.
        The board expects the gate to close again by Thursday if replacement parts arrive from the mainland on Wednesday's ferry.
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("crosscheck-ingest-exit-").FullName;

    private string Db => Path.Combine(_folder, "stories.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>
    /// Also the closing line's counts: a path that does not exist was counted as rejected but not as a page given
    /// ("4 pages into …: 1 added, 0 already stored, 4 rejected" for five inputs, four of them rejected).
    /// </summary>
    [Fact]
    public void Rejected_pages_are_named_the_rest_is_stored_and_the_exit_code_is_1()
    {
        var pages = Directory.CreateDirectory(Path.Combine(_folder, "pages")).FullName;
        File.WriteAllText(Path.Combine(pages, "harbour.txt"), HarbourArticle);
        File.WriteAllBytes(Path.Combine(pages, "empty.txt"), []);
        File.WriteAllText(Path.Combine(pages, "menu.txt"), "Home | Harbour | Weather\nSubscribe\n");
        File.WriteAllBytes(Path.Combine(pages, "photo.html"), [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46, 0, 1]);
        var missing = Path.Combine(_folder, "not-there.txt");

        var run = CliRunner.Run("ingest", pages, missing, "--db", Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"crosscheck: skipped {missing}: no such file or directory", run.StandardError, StringComparison.Ordinal);
        Assert.Contains($"crosscheck: skipped {Path.Combine(pages, "empty.txt")}: file is empty", run.StandardError, StringComparison.Ordinal);
        Assert.Contains($"crosscheck: skipped {Path.Combine(pages, "menu.txt")}: no article text found", run.StandardError, StringComparison.Ordinal);
        Assert.Contains($"crosscheck: skipped {Path.Combine(pages, "photo.html")}: file looks binary", run.StandardError, StringComparison.Ordinal);
        Assert.Matches($@"crosscheck: 5 pages into {Regex(Db)} in [0-9.]+ s: 1 added, 0 already stored, 4 rejected; 1 stories analysed\n", run.StandardError.ReplaceLineEndings("\n"));
        Assert.Equal(["Tidal gate at Oskel harbour stuck open after storm"], ExportedTitles());

        // Run again: the good page is stored already, the bad ones are still bad.
        var again = CliRunner.Run("ingest", pages, missing, "--db", Db);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("5 pages into", again.StandardError, StringComparison.Ordinal);
        Assert.Contains("0 added, 1 already stored, 4 rejected; 0 stories analysed", again.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_stored_because_every_page_is_rejected_exits_with_2_and_leaves_the_store_empty()
    {
        var empty = Path.Combine(_folder, "empty.txt");
        File.WriteAllBytes(empty, []);
        var menu = Path.Combine(_folder, "menu.txt");
        File.WriteAllText(menu, "Home | Harbour | Weather\nSubscribe\n");

        var run = CliRunner.Run("ingest", empty, menu, "--db", Db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("2 pages into", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("0 added, 0 already stored, 2 rejected; 0 stories analysed", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("the store holds 0 articles in 0 stories", run.StandardError, StringComparison.Ordinal);
    }

    /// <summary>
    /// A story the comparison stage breaks on (a bug; here a stage made to throw on the samples' lithium story) is named
    /// with its pages, the stage and the error, stored with its articles and its failure, the batch is committed with
    /// every other story analysed, and the exit code is 1, as for <c>analyze</c>.
    /// </summary>
    [Fact]
    public async Task A_story_a_stage_breaks_on_is_named_stored_without_analysis_and_the_exit_code_is_1()
    {
        var pipeline = PoisonedPipeline();
        var error = new StringWriter();

        var exitCode = await IngestCommand.RunAsync([RepositoryPaths.Samples], 100, 16L * 1024 * 1024, Db, pipeline, error, terminal: false, CancellationToken.None);

        Assert.Equal(1, exitCode);
        var lines = error.ToString().ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var named = Assert.Single(lines, l => l.StartsWith("crosscheck: error: story ", StringComparison.Ordinal));
        Assert.Contains("16-mining-journal.txt", named, StringComparison.Ordinal);
        Assert.EndsWith(
            $": the comparison stage failed (InvalidOperationException: the comparer met {Poison}); the story is kept with its articles but without analysis; please report these pages",
            named, StringComparison.Ordinal);
        Assert.Matches(@"^crosscheck: 18 pages into .* in [0-9.]+ s: 18 added, 0 already stored, 0 rejected; 6 stories analysed \(1 without analysis\)$", lines[^2]);
        Assert.Equal("crosscheck: the store holds 18 articles in 6 stories", lines[^1]);

        using var export = JsonDocument.Parse(CliRunner.Run("export", "--db", Db).StandardOutput);
        var stories = export.RootElement.GetProperty("stories").EnumerateArray().ToList();
        Assert.Equal(6, stories.Count);
        var failed = Assert.Single(stories, s => s.TryGetProperty("failure", out _));
        Assert.Equal("comparison", failed.GetProperty("failure").GetProperty("stage").GetString());
        Assert.Equal(4, failed.GetProperty("articles").GetArrayLength());
        Assert.Equal(0, failed.GetProperty("entities").GetArrayLength());
    }

    /// <summary>
    /// Ingesting the same pages again stores nothing, and while their story has no analysis it names that story again and
    /// exits with 1: a script that re-runs an ingest after a failure is not told all is well.
    /// </summary>
    [Fact]
    public async Task Pages_sent_again_while_their_story_has_no_analysis_name_it_again_and_exit_with_1()
    {
        var pipeline = PoisonedPipeline();
        await IngestCommand.RunAsync([RepositoryPaths.Samples], 100, 16L * 1024 * 1024, Db, pipeline, new StringWriter(), terminal: false, CancellationToken.None);
        var error = new StringWriter();

        var exitCode = await IngestCommand.RunAsync([RepositoryPaths.Samples], 100, 16L * 1024 * 1024, Db, CrosscheckPipeline.CreateDefault(), error, terminal: false, CancellationToken.None);

        Assert.Equal(1, exitCode);
        var lines = error.ToString().ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var named = Assert.Single(lines, l => l.StartsWith("crosscheck: error: story ", StringComparison.Ordinal));
        Assert.Contains("16-mining-journal.txt", named, StringComparison.Ordinal);
        Assert.Contains("the comparison stage failed (InvalidOperationException: the comparer met " + Poison + ")", named, StringComparison.Ordinal);
        Assert.Matches(@"^crosscheck: 18 pages into .*: 0 added, 18 already stored, 0 rejected", lines[^2]);
    }

    /// <summary>The samples' lithium story mentions this place; the pipeline below breaks on it.</summary>
    private const string Poison = "Serra do Lobo";

    /// <summary>A pipeline whose comparison stage throws on the story that mentions <see cref="Poison"/> (a stand-in for a bug).</summary>
    private static CrosscheckPipeline PoisonedPipeline() => new CrosscheckPipelineBuilder
    {
        ComparisonStage = (articles, analysis) =>
        {
            if (articles.Any(a => a.Text.Contains(Poison, StringComparison.Ordinal))) throw new InvalidOperationException("the comparer met " + Poison);
            return new StoryComparer().Compare(articles, analysis);
        },
    }.Build();

    private List<string> ExportedTitles()
    {
        using var export = JsonDocument.Parse(CliRunner.Run("export", "--db", Db).StandardOutput);
        return [.. export.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("title").GetString()!)];
    }

    private static string Regex(string text) => System.Text.RegularExpressions.Regex.Escape(text);
}
