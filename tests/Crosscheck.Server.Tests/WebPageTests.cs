using System.Net;
using System.Text.RegularExpressions;
using Crosscheck.Server.Tests.Support;
using static Crosscheck.Server.Tests.ArticleApiTests;

namespace Crosscheck.Server.Tests;

/// <summary>The server-rendered pages as HTML: what they show, and that article text is always encoded.</summary>
public sealed partial class WebPageTests
{
    private static async Task<(ServerHost Server, string BridgeStory)> WithFixturesAsync()
    {
        var server = await ServerHost.StartAsync();
        string story = "";
        foreach (var name in Fixtures.Bridge.Concat(Fixtures.Hostile).Append(Fixtures.Choir))
        {
            using var response = await server.PostPageAsync(name, Fixtures.Read(name));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            if (name == Fixtures.Hostile[^1]) story = (await Json(response)).GetProperty("story").GetString()!;
        }
        return (server, story);
    }

    [Fact]
    public async Task The_list_shows_every_story_with_its_outlets_dates_and_size_and_a_search_box()
    {
        var (server, _) = await WithFixturesAsync();
        await using var _server = server;
        using var response = await server.Client.GetAsync("/");

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<form class=\"search\" method=\"get\" action=\"/\"", html, StringComparison.Ordinal);
        Assert.Equal(2, StoryItem().Count(html));
        Assert.Contains("Hollins community choir wins national folk song prize", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"pill\">County Bulletin</span>", html, StringComparison.Ordinal);
        Assert.Contains("5 articles · 2024-03-12 – 2024-03-13", html, StringComparison.Ordinal);
        Assert.Contains("1 article · 2024-02-02", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Searching_the_list_keeps_the_matching_stories_and_the_words_in_the_box()
    {
        var (server, _) = await WithFixturesAsync();
        await using var _server = server;
        var html = await server.Client.GetStringAsync("/?q=" + Uri.EscapeDataString("shepherds \"<b>"));
        Assert.Contains("value=\"shepherds &quot;&lt;b&gt;\"", html, StringComparison.Ordinal);

        html = await server.Client.GetStringAsync("/?q=shepherds");
        Assert.Equal(1, StoryItem().Count(html));
        Assert.Contains("Hollins community choir", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_story_page_shows_the_brief_a_legend_and_one_marked_column_per_article()
    {
        var (server, story) = await WithFixturesAsync();
        await using var _server = server;
        using var response = await server.Client.GetAsync("/stories/" + story);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<div class=\"summary\">", html, StringComparison.Ordinal);
        Assert.Contains("<ul class=\"legend\">", html, StringComparison.Ordinal);
        Assert.Equal(5, Column().Count(html));
        Assert.Contains("<span class=\"outlet\">The Ashcombe Echo</span>", html, StringComparison.Ordinal);
        foreach (var kind in new[] { "agreed", "shared", "unique", "conflicting" })
        {
            Assert.Contains($"<mark class=\"{kind}\"", html, StringComparison.Ordinal);
        }
        // The Echo's six injured against the others' four.
        Assert.Matches("<mark class=\"conflicting\"[^>]*>Six people were injured", html);
        Assert.Contains("Where they differ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_article_text_is_encoded_everywhere_on_the_story_page()
    {
        var (server, story) = await WithFixturesAsync();
        await using var _server = server;
        var html = await server.Client.GetStringAsync("/stories/" + story);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_old_story_page_redirects_and_an_unknown_one_is_a_404_page_naming_the_id()
    {
        await using var server = await ServerHost.StartAsync();
        var first = (await Json(await server.PostPageAsync("wrenmoor-herald.txt", Fixtures.Read("wrenmoor-herald.txt")))).GetProperty("story").GetString()!;
        var grown = (await Json(await server.PostPageAsync("ashcombe-echo.txt", Fixtures.Read("ashcombe-echo.txt")))).GetProperty("story").GetString()!;

        using var moved = await server.Client.GetAsync("/stories/" + first);
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("/stories/" + grown, moved.Headers.Location?.OriginalString);

        using var missing = await server.Client.GetAsync("/stories/s%3Cb%3E");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var html = await missing.Content.ReadAsStringAsync();
        Assert.Contains("No story with id &#x27;s&lt;b&gt;&#x27; is stored", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_store_says_how_to_fill_it()
    {
        await using var server = await ServerHost.StartAsync();
        var html = await server.Client.GetStringAsync("/");
        Assert.Contains("No stories yet.", html, StringComparison.Ordinal);
        Assert.Contains("0 stories from 0 articles", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<li class=\"story\">")]
    private static partial Regex StoryItem();

    [GeneratedRegex("<article class=\"column\"")]
    private static partial Regex Column();
}
