using System.Text.Json;
using Crosscheck.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Crosscheck.Tests.Cli;

/// <summary><c>crosscheck ingest</c>, <c>stories</c>, <c>show</c> and <c>export</c>, run as the real program on the samples.</summary>
public sealed class StoreCommandsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("crosscheck-store-cli-").FullName;

    private string Db => Path.Combine(_folder, "stories.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Ingesting_a_folder_twice_stores_its_pages_once_and_says_so()
    {
        var first = CliRunner.Run("ingest", RepositoryPaths.Samples, "--db", Db, "--batch", "4");
        var second = CliRunner.Run("ingest", RepositoryPaths.Samples, "--db", Db);

        Assert.True(first.ExitCode == 0, first.StandardError);
        Assert.Matches(@"crosscheck: 18 pages into .*stories\.db in [0-9.]+ s: 18 added, 0 already stored, 0 rejected; [0-9]+ stories analysed", first.StandardError);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 added, 18 already stored, 0 rejected; 0 stories analysed", second.StandardError, StringComparison.Ordinal);
        Assert.Contains("the store holds 18 articles in 6 stories", second.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void The_export_of_an_ingested_folder_is_what_analyze_prints_for_it()
    {
        CliRunner.Run("ingest", RepositoryPaths.Samples, "--db", Db, "--batch", "5");

        var export = CliRunner.Run("export", "--db", Db);
        var analyze = CliRunner.Run("analyze", RepositoryPaths.Samples, "--format", "json");

        Assert.Equal(0, export.ExitCode);
        Assert.Equal(analyze.StandardOutput, export.StandardOutput);
        var file = Path.Combine(_folder, "out", "all.json");
        Assert.Equal(0, CliRunner.Run("export", "--db", Db, "--out", file).ExitCode);
        Assert.Equal(analyze.StandardOutput.TrimEnd('\n'), File.ReadAllText(file));
    }

    [Fact]
    public void Stories_lists_what_show_prints_and_the_json_is_an_array_of_stories()
    {
        CliRunner.Run("ingest", RepositoryPaths.Samples, "--db", Db);

        var listed = CliRunner.Run("stories", "--db", Db, "--format", "json");
        using var stories = JsonDocument.Parse(listed.StandardOutput);
        Assert.Equal(JsonValueKind.Array, stories.RootElement.ValueKind);
        Assert.Equal(6, stories.RootElement.GetArrayLength());
        var largest = stories.RootElement[0];
        Assert.Equal(6, largest.GetProperty("articles").GetArrayLength());
        var id = largest.GetProperty("id").GetString()!;

        var json = CliRunner.Run("show", id, "--db", Db, "--format", "json");
        using var story = JsonDocument.Parse(json.StandardOutput);
        Assert.Equal(id, story.RootElement.GetProperty("stories")[0].GetProperty("id").GetString());
        Assert.Equal(largest.GetProperty("title").GetString(), story.RootElement.GetProperty("stories")[0].GetProperty("title").GetString());
        Assert.StartsWith("# Crosscheck brief", CliRunner.Run("show", id, "--db", Db).StandardOutput, StringComparison.Ordinal);
        Assert.Contains("<html", CliRunner.Run("show", id, "--db", Db, "--format", "html").StandardOutput, StringComparison.OrdinalIgnoreCase);

        var text = CliRunner.Run("stories", "--db", Db);
        Assert.Equal(6, text.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.StartsWith(id + " ", text.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Stories_filters_by_words_and_by_time()
    {
        CliRunner.Run("ingest", RepositoryPaths.Samples, "--db", Db);

        using var lithium = JsonDocument.Parse(CliRunner.Run("stories", "--db", Db, "--query", "lithium mine", "--format", "json").StandardOutput);
        Assert.Equal(1, lithium.RootElement.GetArrayLength());
        Assert.Contains("lithium", lithium.RootElement[0].GetProperty("title").GetString()!, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("[]", CliRunner.Run("stories", "--db", Db, "--since", "2999-01-01", "--format", "json").StandardOutput.Trim());
        using var all = JsonDocument.Parse(CliRunner.Run("stories", "--db", Db, "--since", "2000-01-01T00:00:00Z", "--format", "json").StandardOutput);
        Assert.Equal(6, all.RootElement.GetArrayLength());

        var bad = CliRunner.Run("stories", "--db", Db, "--since", "last week");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--since 'last week' is not a date", bad.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_name_the_story_or_the_store_and_the_problem()
    {
        CliRunner.Run("ingest", RepositoryPaths.Samples, "--db", Db);

        var unknown = CliRunner.Run("show", "s000000000000", "--db", Db);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no story 's000000000000' in the store " + Db, unknown.StandardError, StringComparison.Ordinal);

        var missing = Path.Combine(_folder, "never-ingested.db");
        var absent = CliRunner.Run("stories", "--db", missing);
        Assert.Equal(2, absent.ExitCode);
        Assert.Contains($"store {missing}: there is no store there yet", absent.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));

        var notDatabase = Path.Combine(_folder, "notes.db");
        File.WriteAllText(notDatabase, "these are notes, not a database\n");
        var unreadable = CliRunner.Run("stories", "--db", notDatabase);
        Assert.Equal(2, unreadable.ExitCode);
        Assert.Contains($"store {notDatabase}: cannot open it", unreadable.StandardError, StringComparison.Ordinal);

        var folder = CliRunner.Run("ingest", RepositoryPaths.Samples, "--db", _folder);
        Assert.Equal(2, folder.ExitCode);
        Assert.Contains("it is a folder", folder.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_store_written_by_a_newer_crosscheck_is_refused_with_both_versions()
    {
        CliRunner.Run("ingest", RepositoryPaths.Samples, "--db", Db);
        using (var connection = new SqliteConnection($"Data Source={Db};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO schema_version (version, description, applied_at) VALUES (99, 'from the future', '2099-01-01T00:00:00.000000Z');";
            command.ExecuteNonQuery();
        }

        var run = CliRunner.Run("stories", "--db", Db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("its schema is version 99, newer than this build of Crosscheck knows (2); upgrade Crosscheck", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_db_the_store_is_the_CROSSCHECK_DB_file_else_one_in_the_users_data_folder()
    {
        var data = Path.Combine(_folder, "data");
        var home = new Dictionary<string, string?> { ["XDG_DATA_HOME"] = data, ["CROSSCHECK_DB"] = null };
        var page = Path.Combine(RepositoryPaths.Samples, "01-nordwire.txt");

        Assert.Equal(0, CliRunner.Run(home, "ingest", page).ExitCode);
        Assert.True(File.Exists(Path.Combine(data, "crosscheck", "crosscheck.db")));

        var configured = Path.Combine(_folder, "configured.db");
        Assert.Equal(0, CliRunner.Run(new Dictionary<string, string?> { ["XDG_DATA_HOME"] = data, ["CROSSCHECK_DB"] = configured }, "ingest", page).ExitCode);
        Assert.True(File.Exists(configured));
    }

    [Fact]
    public void A_url_is_fetched_and_stored_under_its_address_and_an_error_status_is_a_rejection()
    {
        var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var page = File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "04-scandi-report.html"));
        using var listener = new System.Net.HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        _ = Task.Run(async () =>
        {
            while (true)
            {
                System.Net.HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception e) when (e is System.Net.HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }
                if (context.Request.Url!.AbsolutePath == "/nordic/ferry-aground")
                {
                    context.Response.ContentType = "text/html; charset=utf-8";
                    await context.Response.OutputStream.WriteAsync(page);
                }
                else
                {
                    context.Response.StatusCode = 404;
                }
                context.Response.Close();
            }
        });
        var url = $"http://127.0.0.1:{port}/nordic/ferry-aground";

        var run = CliRunner.Run("ingest", url, $"http://127.0.0.1:{port}/gone", "--db", Db);
        listener.Stop();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"skipped http://127.0.0.1:{port}/gone: the server answered 404 Not Found", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("1 added, 0 already stored, 1 rejected", run.StandardError, StringComparison.Ordinal);
        using var export = JsonDocument.Parse(CliRunner.Run("export", "--db", Db).StandardOutput);
        var article = Assert.Single(export.RootElement.GetProperty("articles").EnumerateArray());
        Assert.Equal(url, article.GetProperty("source").GetString());
        Assert.Equal("Scandi Report", article.GetProperty("outlet").GetString());
    }

    [Fact]
    public void A_url_that_cannot_be_fetched_is_rejected_with_the_reason_and_the_rest_is_stored()
    {
        var page = Path.Combine(RepositoryPaths.Samples, "01-nordwire.txt");
        var run = CliRunner.Run("ingest", "http://127.0.0.1:9/no-server-here", page, Path.Combine(_folder, "missing.txt"), "--db", Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("skipped http://127.0.0.1:9/no-server-here: could not fetch the page", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("missing.txt: no such file or directory", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("1 added, 0 already stored, 2 rejected", run.StandardError, StringComparison.Ordinal);
    }
}
