using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Crosscheck.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Crosscheck.Tests.Cli;

/// <summary>
/// <c>kill -9</c> during a large ingest, then the same ingest again: nothing lost, nothing stored twice, and the store
/// ends as an uninterrupted ingest of the same folder leaves it.
/// </summary>
public sealed class IngestCrashTests(ITestOutputHelper output) : IDisposable
{
    private const int Pages = 240;
    private const int Batch = 8;

    private readonly string _folder = Directory.CreateTempSubdirectory("crosscheck-crash-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task An_ingest_killed_midway_and_run_again_ends_as_an_uninterrupted_one()
    {
        var pages = WritePages(Path.Combine(_folder, "pages"));
        var crashed = Path.Combine(_folder, "crashed.db");

        // Killed (SIGKILL) once a few batches are committed, wherever it is then: inside a transaction or between two.
        using (var process = CliRunner.Start(new Dictionary<string, string?>(), "ingest", pages, "--db", crashed, "--batch", Batch.ToString(CultureInfo.InvariantCulture)))
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var stopwatch = Stopwatch.StartNew();
            while (!process.HasExited && CountArticles(crashed) < 3 * Batch && stopwatch.Elapsed < TimeSpan.FromMinutes(2)) await Task.Delay(20);
            if (process.HasExited) Assert.Fail("the ingest finished before it could be killed: " + await stderr);
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        var survived = CountArticles(crashed);
        Assert.InRange(survived, 3 * Batch, Pages - 1);

        var resumed = CliRunner.Run("ingest", pages, "--db", crashed, "--batch", Batch.ToString(CultureInfo.InvariantCulture));
        Assert.True(resumed.ExitCode is 0 or 1, resumed.StandardError);
        var counts = System.Text.RegularExpressions.Regex.Match(resumed.StandardError, @"([0-9]+) added, ([0-9]+) already stored");
        Assert.True(counts.Success, resumed.StandardError);
        Assert.True(int.Parse(counts.Groups[2].Value, CultureInfo.InvariantCulture) >= survived, resumed.StandardError);

        var clean = Path.Combine(_folder, "clean.db");
        var uninterrupted = CliRunner.Run("ingest", pages, "--db", clean, "--batch", Batch.ToString(CultureInfo.InvariantCulture));
        Assert.True(uninterrupted.ExitCode is 0 or 1, uninterrupted.StandardError);

        using var connection = Open(crashed);
        var stored = Scalar(connection, "SELECT count(*) FROM articles;");
        using (var cleanConnection = Open(clean)) Assert.Equal(Scalar(cleanConnection, "SELECT count(*) FROM articles;"), stored);
        Assert.Equal(stored, Scalar(connection, "SELECT count(DISTINCT content_hash) FROM articles;"));
        Assert.Equal(stored, Scalar(connection, "SELECT count(DISTINCT source) FROM articles;"));
        Assert.Equal(0, Scalar(connection, "SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM story_articles m WHERE m.article_id = a.id) <> 1;"));
        Assert.Equal(0, Scalar(connection, "SELECT count(*) FROM articles a WHERE a.story_id IS NULL OR a.story_id NOT IN (SELECT id FROM stories);"));
        AssertStoryJsonListsOnlyStoredArticles(connection);
        output.WriteLine($"{Pages} pages; killed with {survived} articles committed; after the restart {stored} articles in {Scalar(connection, "SELECT count(*) FROM stories;")} stories");
        output.WriteLine("restart: " + resumed.StandardError.Trim().Split('\n')[^2]);

        var crashedExport = CliRunner.Run("export", "--db", crashed);
        var cleanExport = CliRunner.Run("export", "--db", clean);
        Assert.Equal(0, crashedExport.ExitCode);
        Assert.Equal(cleanExport.StandardOutput, crashedExport.StandardOutput);
    }

    private static void AssertStoryJsonListsOnlyStoredArticles(SqliteConnection connection)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using (var articles = connection.CreateCommand())
        {
            articles.CommandText = "SELECT id FROM articles;";
            using var reader = articles.ExecuteReader();
            while (reader.Read()) ids.Add(reader.GetString(0));
        }
        using var stories = connection.CreateCommand();
        stories.CommandText = "SELECT id, json FROM stories;";
        using var rows = stories.ExecuteReader();
        while (rows.Read())
        {
            using var json = JsonDocument.Parse(rows.GetString(1));
            var story = Assert.Single(json.RootElement.GetProperty("stories").EnumerateArray());
            Assert.Equal(rows.GetString(0), story.GetProperty("id").GetString());
            Assert.All(story.GetProperty("articles").EnumerateArray(), a => Assert.Contains(a.GetString()!, ids));
            Assert.All(json.RootElement.GetProperty("articles").EnumerateArray(), a => Assert.Contains(a.GetProperty("id").GetString()!, ids));
        }
    }

    /// <summary>A folder of invented pages as a scraper saves them: stories told by several outlets, some re-runs.</summary>
    private static string WritePages(string folder)
    {
        Directory.CreateDirectory(folder);
        var outlets = new[] { "Harbour Post", "Valley Ledger", "Coastal Wire", "Northern Courier", "City Herald" };
        var n = 0;
        foreach (var article in SyntheticNewsStream.Generate(Pages, seed: 4242, new SyntheticNewsOptions { StoriesPerDay = 30, MeanArticlesPerStory = 4, WordsPerArticle = 160 }))
        {
            var document = article.Document;
            var outlet = document.Outlet ?? outlets[n % outlets.Length];
            var page = new StringBuilder()
                .AppendLine(outlet.ToUpperInvariant())
                .AppendLine("Home > News")
                .AppendLine(document.Title)
                .AppendLine("By Staff Reporter")
                .AppendLine(document.Published?.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture) ?? "")
                .AppendLine();
            foreach (var paragraph in Paragraphs(document.Text)) page.AppendLine(paragraph).AppendLine();
            page.AppendLine("Share this article").AppendLine($"© {outlet}. All rights reserved.");
            File.WriteAllText(Path.Combine(folder, $"p{n++:D4}.txt"), page.ToString());
        }
        return folder;
    }

    /// <summary>Three sentences a paragraph.</summary>
    private static IEnumerable<string> Paragraphs(string text)
    {
        var sentences = text.Split(". ", StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < sentences.Length; i += 3)
        {
            var paragraph = string.Join(". ", sentences.Skip(i).Take(3)).Trim();
            yield return paragraph.EndsWith('.') ? paragraph : paragraph + ".";
        }
    }

    private static int CountArticles(string db)
    {
        if (!File.Exists(db)) return 0;
        try
        {
            using var connection = Open(db);
            return Scalar(connection, "SELECT count(*) FROM articles;");
        }
        catch (SqliteException)
        {
            return 0; // not migrated yet
        }
    }

    private static SqliteConnection Open(string db)
    {
        var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    private static int Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
