using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Crosscheck.Output;
using Crosscheck.Server.Tests.Support;
using Crosscheck.Sources;
using Crosscheck.Tests.Support;
using static Crosscheck.Server.Tests.ArticleApiTests;

namespace Crosscheck.Server.Tests;

/// <summary>
/// Issue 7, acceptance 1: pages posted one by one to <c>POST /api/articles</c> (into SQLite), in the order
/// <c>crosscheck analyze</c> reads them, give the stories analyze gives: the API lists every story, and each story's
/// JSON holds the same story object and articles as analyze's output for the same pages.
/// </summary>
public sealed class AcceptanceTests
{
    [Fact]
    public Task The_samples_posted_through_the_api_are_the_stories_analyze_gives() =>
        PostAndCompareAsync([("samples", RepositoryPaths.Samples)]);

    [SharedSeedsFact]
    public Task The_samples_and_the_seeds_posted_through_the_api_are_the_stories_analyze_gives() =>
        PostAndCompareAsync([("samples", RepositoryPaths.Samples), ("seeds", SharedSeedsFactAttribute.Seeds!)]);

    private static async Task PostAndCompareAsync(IReadOnlyList<(string Name, string Folder)> folders)
    {
        // The files in analyze's order (SourceFinder over the folders as given), each named as the folder's name plus its relative path.
        var files = new List<(string Path, string Source)>();
        foreach (var (name, folder) in folders)
        {
            files.AddRange(SourceFinder.Expand([folder]).Files.Select(f => (f, name + "/" + Path.GetRelativePath(folder, f).Replace('\\', '/'))));
        }
        var decoder = new SourceDecoder();
        var documents = files.Select((f, i) => decoder.DecodeFile(f.Path, f.Source, i).Document!).ToList();
        var analysed = JsonNode.Parse(AnalysisJsonWriter.Write(ServerHost.Pipeline.Analyze(documents)))!;
        var expectedStories = analysed["stories"]!.AsArray().ToDictionary(s => (string)s!["id"]!, s => s!);
        var expectedArticles = analysed["articles"]!.AsArray().ToDictionary(a => (string)a!["id"]!, a => a!);

        await using var server = await ServerHost.StartWithSqliteAsync();
        foreach (var (path, source) in files)
        {
            var content = new ByteArrayContent(await File.ReadAllBytesAsync(path));
            content.Headers.ContentType = new MediaTypeHeaderValue(source.EndsWith(".html", StringComparison.Ordinal) || source.EndsWith(".htm", StringComparison.Ordinal) ? "text/html" : "text/plain");
            using var response = await server.Client.PostAsync("/api/articles?source=" + Uri.EscapeDataString(source), content);
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"{source}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var listed = (await Json(await server.Client.GetAsync("/api/stories"))).EnumerateArray().ToList();
        Assert.Equal(expectedStories.Keys.Order(StringComparer.Ordinal), listed.Select(s => s.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        foreach (var listing in listed)
        {
            var id = listing.GetProperty("id").GetString()!;
            using var response = await server.Client.GetAsync("/api/stories/" + id);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            var story = Assert.Single(document["stories"]!.AsArray())!;
            Assert.True(JsonNode.DeepEquals(expectedStories[id], story), $"story {id} differs from analyze's:\nAPI: {story.ToJsonString()}\nanalyze: {expectedStories[id].ToJsonString()}");
            Assert.Equal(listing.GetProperty("title").GetString(), (string?)story["title"]);
            var articles = document["articles"]!.AsArray();
            Assert.Equal(story["articles"]!.AsArray().Select(a => (string)a!), articles.Select(a => (string)a!["id"]!));
            foreach (var article in articles)
            {
                var articleId = (string)article!["id"]!;
                Assert.True(JsonNode.DeepEquals(expectedArticles[articleId], article), $"article {articleId} differs from analyze's:\nAPI: {article.ToJsonString()}\nanalyze: {expectedArticles[articleId].ToJsonString()}");
            }
        }
        Assert.Equal(files.Count, (await server.Store.CountAsync()).Articles);
    }
}

/// <summary>A fact over the seeds of ../shared (or $CROSSCHECK_SHARED/seeds); skipped, saying where it looked, when they are absent.</summary>
public sealed class SharedSeedsFactAttribute : FactAttribute
{
    public static string? Seeds { get; } = Find();

    public SharedSeedsFactAttribute()
    {
        if (Seeds is null)
        {
            Skip = "needs the seeds: set CROSSCHECK_SHARED to the shared folder, or put it beside the checkout as ../shared (with seeds/ in it); not found";
        }
    }

    private static string? Find() => RepositoryPaths.Shared is { } shared ? Path.Combine(shared, "seeds") : null;
}
