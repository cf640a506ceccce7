using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Crosscheck.Server.Tests.Support;

namespace Crosscheck.Server.Tests;

/// <summary><c>POST /api/articles</c>: the three ways to send a page, idempotency and every error answer.</summary>
public sealed class ArticleApiTests
{
    [Fact]
    public async Task A_page_posted_as_text_is_created_with_its_id_its_story_and_a_location()
    {
        await using var server = await ServerHost.StartAsync();
        using var response = await server.PostPageAsync("wrenmoor-herald.txt", Fixtures.Read("wrenmoor-herald.txt"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await Json(response);
        var id = body.GetProperty("id").GetString()!;
        var story = body.GetProperty("story").GetString()!;
        Assert.StartsWith("a", id, StringComparison.Ordinal);
        Assert.Equal("/api/stories/" + story, response.Headers.Location?.OriginalString);

        using var stored = await server.Client.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        var document = await Json(stored);
        Assert.Equal("crosscheck/analysis@1", document.GetProperty("schema").GetString());
        Assert.Equal(id, document.GetProperty("articles")[0].GetProperty("id").GetString());
        Assert.Equal("wrenmoor-herald.txt", document.GetProperty("articles")[0].GetProperty("source").GetString());
    }

    [Fact]
    public async Task The_same_page_again_answers_200_with_the_stored_id_and_stores_nothing_new()
    {
        await using var server = await ServerHost.StartAsync();
        using var first = await server.PostPageAsync("ashcombe-echo.txt", Fixtures.Read("ashcombe-echo.txt"));
        using var again = await server.PostPageAsync("ashcombe-echo.txt", Fixtures.Read("ashcombe-echo.txt"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((await Json(first)).GetProperty("id").GetString(), (await Json(again)).GetProperty("id").GetString());
        Assert.Equal(1, (await server.Store.CountAsync()).Articles);
    }

    [Fact]
    public async Task A_page_posted_as_json_is_read_like_a_file_of_that_name()
    {
        await using var server = await ServerHost.StartAsync();
        using var response = await server.Client.PostAsJsonAsync("/api/articles", new { source = "https://bulletin.example/county-bulletin.html", content = Fixtures.Read("county-bulletin.html") });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var story = (await Json(response)).GetProperty("story").GetString()!;
        var document = await Json(await server.Client.GetAsync("/api/stories/" + story));
        var article = document.GetProperty("articles")[0];
        Assert.Equal("County Bulletin", article.GetProperty("outlet").GetString());
        Assert.Equal("Wrenmoor footbridge collapse: engineers to inspect Tallow crossing", article.GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_html_page_posted_as_text_html_is_read_as_html_whatever_its_name()
    {
        await using var server = await ServerHost.StartAsync();
        var content = new StringContent(Fixtures.Read("county-bulletin.html"), Encoding.UTF8, "text/html");
        using var response = await server.Client.PostAsync("/api/articles?source=bulletin-page-17", content);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var story = (await Json(response)).GetProperty("story").GetString()!;
        var body = (await Json(await server.Client.GetAsync("/api/stories/" + story))).GetProperty("articles")[0].GetProperty("body");
        Assert.DoesNotContain(body.EnumerateArray(), p => p.GetString()!.Contains('<', StringComparison.Ordinal));
    }

    public static TheoryData<string, string, string, HttpStatusCode, string> BadRequests => new()
    {
        { "/api/articles", "text/plain", "Some page text.", HttpStatusCode.BadRequest, "?source=NAME" },
        { "/api/articles?source=%20", "text/plain", "Some page text.", HttpStatusCode.BadRequest, "?source=NAME" },
        { "/api/articles?source=a%01b", "text/plain", "Some page text.", HttpStatusCode.BadRequest, "control characters" },
        { "/api/articles", "application/json", "{ \"source\": \"x.txt\", ", HttpStatusCode.BadRequest, "not the JSON object" },
        { "/api/articles", "application/json", "[1, 2]", HttpStatusCode.BadRequest, "not the JSON object" },
        { "/api/articles", "application/json", "{ \"source\": \"x.txt\" }", HttpStatusCode.BadRequest, "no \"content\"" },
        { "/api/articles", "application/json", "{ \"content\": \"A page.\" }", HttpStatusCode.BadRequest, "name the page" },
        { "/api/articles?source=x.pdf", "application/pdf", "%PDF-1.7", HttpStatusCode.UnsupportedMediaType, "is not accepted; send the page as text/plain or text/html" },
        { "/api/articles?source=empty.txt", "text/plain", "  \n ", HttpStatusCode.UnprocessableEntity, "empty.txt: file is empty" },
        { "/api/articles?source=menu.txt", "text/plain", "Home | News | Sport\nLog in\n", HttpStatusCode.UnprocessableEntity, "menu.txt: " },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task A_bad_request_gets_problem_details_that_say_what_is_wrong(string url, string type, string body, HttpStatusCode status, string detail)
    {
        await using var server = await ServerHost.StartAsync();
        using var response = await server.Client.PostAsync(url, new StringContent(body, Encoding.UTF8, type));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Json(response);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await server.Store.CountAsync()).Articles);
    }

    [Fact]
    public async Task A_page_without_an_article_is_a_422_naming_the_source_and_the_reason()
    {
        await using var server = await ServerHost.StartAsync();
        using var response = await server.PostPageAsync("https://example.org/menu", "Home | News | Sport\nLog in\n");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await Json(response);
        Assert.Equal("https://example.org/menu", problem.GetProperty("source").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("reason").GetString()));
        Assert.StartsWith("https://example.org/menu: ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_that_keeps_losing_to_other_writers_is_a_503_to_send_again()
    {
        await using var server = await ServerHost.StartAsync(store: new ConflictingStore(new MemoryStoryStore()));
        using var response = await server.PostPageAsync("wrenmoor-herald.txt", Fixtures.Read("wrenmoor-herald.txt"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("1", response.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("wrenmoor-herald.txt: other ingests kept changing the store", (await Json(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_posted_at_once_are_ingested_one_at_a_time_and_all_kept()
    {
        await using var server = await ServerHost.StartAsync();
        var names = Fixtures.Bridge.Concat(Fixtures.Hostile).Append(Fixtures.Choir).ToList();
        var responses = await Task.WhenAll(names.Select(n => server.PostPageAsync(n, Fixtures.Read(n))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var counts = await server.Store.CountAsync();
        Assert.Equal(names.Count, counts.Articles);
        // Every article is in exactly one stored story.
        var members = await server.Store.LoadStoryMembersAsync();
        Assert.Equal(names.Count, members.Values.Sum(m => m.Length));
        foreach (var response in responses)
        {
            var body = await Json(response);
            // The story an early page joined may since have grown into another; its id leads there.
            var story = await server.Store.GetStoryAsync(body.GetProperty("story").GetString()!);
            Assert.Contains(body.GetProperty("id").GetString()!, story!.ArticleIds);
            response.Dispose();
        }
    }

    internal static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
