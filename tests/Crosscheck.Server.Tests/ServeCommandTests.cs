using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Crosscheck.Server.Tests.Support;

namespace Crosscheck.Server.Tests;

/// <summary><c>crosscheck serve</c> as a user runs it: a store file, an address, a token, and a clean stop.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("crosscheck-serve-").FullName;

    private string Database => Path.Combine(_folder, "stories.db");

    private static readonly Dictionary<string, string?> NoToken = new() { ["CROSSCHECK_TOKEN"] = null };

    [Fact]
    public async Task Serve_answers_on_its_address_keeps_what_is_posted_in_the_store_and_stops_cleanly()
    {
        await using (var serve = ServeProcess.Start(NoToken, "--urls", "http://127.0.0.1:0", "--db", Database))
        {
            var address = await serve.ListeningAsync();
            using var client = new HttpClient { BaseAddress = address };
            using var posted = await client.PostAsync("/api/articles?source=wrenmoor-herald.txt", new StringContent(Fixtures.Read("wrenmoor-herald.txt"), Encoding.UTF8, "text/plain"));
            Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
            Assert.Contains("Footbridge over the Tallow collapses", await client.GetStringAsync("/"), StringComparison.Ordinal);

            Assert.Equal(0, await serve.StopAsync());
            Assert.EndsWith("crosscheck: stopped", serve.StandardError, StringComparison.Ordinal);
        }

        // The store file kept the article: a second server over it lists the story.
        await using var again = ServeProcess.Start(NoToken, "--urls", "http://127.0.0.1:0", "--db", Database);
        using var second = new HttpClient { BaseAddress = await again.ListeningAsync() };
        Assert.Contains("Footbridge over the Tallow collapses", await second.GetStringAsync("/api/stories"), StringComparison.Ordinal);
        Assert.Contains("serving 1 stories (1 articles) from " + Database, again.StandardError, StringComparison.Ordinal);
        Assert.Equal(0, await again.StopAsync());
    }

    [Fact]
    public async Task Serve_refuses_an_address_other_machines_reach_without_a_token()
    {
        await using var serve = ServeProcess.Start(NoToken, "--urls", "http://0.0.0.0:5080", "--db", Database);
        Assert.Equal(2, await serve.ExitCodeAsync());
        Assert.Contains("cannot serve: 'http://0.0.0.0:5080' is reachable from other machines, so writes need a token: pass --token or set CROSSCHECK_TOKEN", serve.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Database), "serve opened the store before refusing to start");
    }

    [Fact]
    public async Task Serve_takes_the_token_from_CROSSCHECK_TOKEN()
    {
        const string token = "b1d2c3e4f5a60718293a4b5c6d7e8f90";
        await using var serve = ServeProcess.Start(new Dictionary<string, string?> { ["CROSSCHECK_TOKEN"] = token }, "--urls", "http://127.0.0.1:0", "--db", Database);
        using var client = new HttpClient { BaseAddress = await serve.ListeningAsync() };

        using var refused = await client.PostAsync("/api/articles?source=wrenmoor-herald.txt", new StringContent(Fixtures.Read("wrenmoor-herald.txt"), Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles?source=wrenmoor-herald.txt")
        {
            Content = new StringContent(Fixtures.Read("wrenmoor-herald.txt"), Encoding.UTF8, "text/plain"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var accepted = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.Equal(0, await serve.StopAsync());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
