using System.Net;
using System.Text.Json;
using Crosscheck.Server.Tests.Support;
using static Crosscheck.Server.Tests.ArticleApiTests;

namespace Crosscheck.Server.Tests;

/// <summary>The read endpoints: story list, one story, its briefs, search, redirects from grown stories and 404s.</summary>
public sealed class StoryApiTests
{
    private static async Task<ServerHost> WithFixturesAsync()
    {
        var server = await ServerHost.StartAsync();
        foreach (var name in Fixtures.Bridge.Append(Fixtures.Choir))
        {
            using var response = await server.PostPageAsync(name, Fixtures.Read(name));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }
        return server;
    }

    [Fact]
    public async Task The_story_list_is_a_json_array_of_stories_with_their_articles_newest_first()
    {
        await using var server = await WithFixturesAsync();
        using var response = await server.Client.GetAsync("/api/stories");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var stories = (await Json(response)).EnumerateArray().ToList();
        Assert.Equal(2, stories.Count);
        Assert.Equal("Hollins community choir wins national folk song prize", stories[0].GetProperty("title").GetString());
        Assert.Equal(3, stories[1].GetProperty("articles").GetArrayLength());
        Assert.Contains("County Bulletin", stories[1].GetProperty("outlets").EnumerateArray().Select(o => o.GetString()));
        foreach (var story in stories) Assert.Matches("^s[0-9a-f]+$", story.GetProperty("id").GetString()!);
    }

    [Fact]
    public async Task The_story_list_filters_by_words_and_by_when_stories_changed()
    {
        await using var server = await WithFixturesAsync();

        var choir = (await Json(await server.Client.GetAsync("/api/stories?q=choir"))).EnumerateArray().ToList();
        Assert.Equal("Hollins community choir wins national folk song prize", Assert.Single(choir).GetProperty("title").GetString());
        Assert.Equal(2, (await Json(await server.Client.GetAsync("/api/stories?since=2000-01-01"))).GetArrayLength());
        Assert.Equal(0, (await Json(await server.Client.GetAsync("/api/stories?since=2999-01-01T00:00:00Z"))).GetArrayLength());
        Assert.Equal(1, (await Json(await server.Client.GetAsync("/api/stories?limit=1"))).GetArrayLength());
    }

    [Theory]
    [InlineData("/api/stories?since=yesterday", "since='yesterday' is not a date")]
    [InlineData("/api/stories?since=2024-13-01", "since='2024-13-01' is not a date")]
    [InlineData("/api/stories?limit=0", "limit='0' is not a whole number")]
    [InlineData("/api/stories?limit=ten", "limit='ten' is not a whole number")]
    [InlineData("/api/search", "say what to search for")]
    [InlineData("/api/search?q=%20", "say what to search for")]
    [InlineData("/api/search?q=bridge&limit=-3", "limit='-3' is not a whole number")]
    public async Task A_bad_query_is_a_400_with_problem_details(string url, string detail)
    {
        await using var server = await ServerHost.StartAsync();
        using var response = await server.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detail, (await Json(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_story_is_its_stored_contract_json_and_its_briefs_are_markdown_and_html()
    {
        await using var server = await WithFixturesAsync();
        var id = (await Json(await server.Client.GetAsync("/api/stories?q=footbridge")))[0].GetProperty("id").GetString()!;
        var stored = (await server.Store.GetStoryAsync(id))!;

        using var json = await server.Client.GetAsync($"/api/stories/{id}");
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        Assert.Equal(stored.Json, await json.Content.ReadAsStringAsync());
        var story = (await Json(json)).GetProperty("stories")[0];
        Assert.Equal(id, story.GetProperty("id").GetString());
        foreach (var key in new[] { "title", "articles", "primarySources", "entities", "quotes", "timeline", "claims", "conflicts", "summary" })
        {
            Assert.True(story.TryGetProperty(key, out _), $"the story has no \"{key}\"");
        }

        using var markdown = await server.Client.GetAsync($"/api/stories/{id}/brief.md");
        Assert.Equal("text/markdown", markdown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(stored.Markdown, await markdown.Content.ReadAsStringAsync());

        using var html = await server.Client.GetAsync($"/api/stories/{id}/brief.html");
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Equal(stored.Html, await html.Content.ReadAsStringAsync());
        Assert.Equal("utf-8", html.Content.Headers.ContentType?.CharSet);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/brief.md")]
    [InlineData("/brief.html")]
    public async Task An_unknown_story_is_a_404_naming_the_id(string suffix)
    {
        await using var server = await WithFixturesAsync();
        using var response = await server.Client.GetAsync("/api/stories/s000000000000" + suffix);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("'s000000000000'", (await Json(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/brief.md")]
    [InlineData("/brief.html")]
    public async Task The_id_of_a_story_that_grew_redirects_to_the_story_it_became(string suffix)
    {
        await using var server = await ServerHost.StartAsync();
        var first = (await Json(await server.PostPageAsync("wrenmoor-herald.txt", Fixtures.Read("wrenmoor-herald.txt")))).GetProperty("story").GetString()!;
        var grown = (await Json(await server.PostPageAsync("county-bulletin.html", Fixtures.Read("county-bulletin.html")))).GetProperty("story").GetString()!;
        Assert.NotEqual(first, grown);

        using var response = await server.Client.GetAsync($"/api/stories/{first}{suffix}");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/api/stories/{grown}{suffix}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Search_finds_articles_with_their_story_best_first()
    {
        await using var server = await WithFixturesAsync();
        using var response = await server.Client.GetAsync("/api/search?q=shepherds");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var hit = Assert.Single((await Json(response)).EnumerateArray());
        Assert.Equal("Hollins community choir wins national folk song prize", hit.GetProperty("title").GetString());
        Assert.Equal("Hollins Weekly", hit.GetProperty("outlet").GetString());
        var story = (await server.Store.GetStoryAsync(hit.GetProperty("story").GetString()!))!;
        Assert.Contains(hit.GetProperty("article").GetString()!, story.ArticleIds);
        Assert.False(string.IsNullOrEmpty(hit.GetProperty("snippet").GetString()));
        Assert.Equal(0, (await Json(await server.Client.GetAsync("/api/search?q=zeppelin"))).GetArrayLength());
    }

    [Theory]
    [InlineData("GET", "/api/nothing-here", HttpStatusCode.NotFound)]
    [InlineData("DELETE", "/api/stories", HttpStatusCode.MethodNotAllowed)]
    [InlineData("GET", "/api/articles", HttpStatusCode.MethodNotAllowed)]
    public async Task Unknown_routes_and_methods_answer_with_problem_details(string method, string url, HttpStatusCode status)
    {
        await using var server = await ServerHost.StartAsync();
        using var response = await server.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, (await Json(response)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task The_openapi_document_lists_every_endpoint()
    {
        await using var server = await ServerHost.StartAsync();
        using var response = await server.Client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await Json(response);
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths");
        Assert.Equal(
            ["/api/articles", "/api/search", "/api/stories", "/api/stories/{id}", "/api/stories/{id}/brief.html", "/api/stories/{id}/brief.md"],
            paths.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        var post = paths.GetProperty("/api/articles").GetProperty("post");
        Assert.Equal(["application/json", "text/html", "text/plain"], post.GetProperty("requestBody").GetProperty("content").EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
        foreach (var status in new[] { "201", "200", "400", "401", "413", "415", "422", "500", "503" }) Assert.True(post.GetProperty("responses").TryGetProperty(status, out _), $"POST /api/articles documents no {status}");
        Assert.True(paths.GetProperty("/api/stories/{id}").GetProperty("get").GetProperty("responses").TryGetProperty("404", out _));
    }

    [Fact]
    public async Task Every_answer_forbids_scripts_and_sniffing()
    {
        await using var server = await ServerHost.StartAsync();
        using var response = await server.Client.GetAsync("/");

        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
