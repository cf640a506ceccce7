using System.Net;
using Crosscheck.Comparison;
using Crosscheck.Pipeline;
using Crosscheck.Server.Tests.Support;
using static Crosscheck.Server.Tests.ArticleApiTests;

namespace Crosscheck.Server.Tests;

/// <summary>
/// A posted page whose story a stage breaks on (a bug, as for <c>crosscheck ingest</c>): the page is stored and its story
/// kept without analysis, but the answer does not claim success. It is a 500 problem document that says what was stored
/// (the article, its story) and which story failed in which stage with which error, as the CLI's error line does; the
/// story's JSON and its page carry the failure; the other pages are ingested and analysed as usual.
/// </summary>
public sealed class StoryFailureApiTests
{
    /// <summary>A word only the choir page holds: the comparison stage throws on any story that mentions it.</summary>
    private const string Poison = "Hollins";

    private static readonly CrosscheckPipeline Breaking = new CrosscheckPipelineBuilder
    {
        ComparisonStage = (articles, analysis) =>
        {
            if (articles.Any(a => a.Text.Contains(Poison, StringComparison.Ordinal))) throw new InvalidOperationException("the comparer met " + Poison);
            return new StoryComparer().Compare(articles, analysis);
        },
    }.Build();

    [Fact]
    public async Task A_page_whose_story_breaks_is_stored_but_answered_500_naming_the_article_the_story_the_stage_and_the_error()
    {
        await using var server = await ServerHost.StartAsync(pipeline: Breaking);
        using var response = await server.PostPageAsync(Fixtures.Choir, Fixtures.Read(Fixtures.Choir));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Json(response);
        Assert.Equal(500, problem.GetProperty("status").GetInt32());
        var id = problem.GetProperty("id").GetString()!;
        var story = problem.GetProperty("story").GetString()!;
        var failure = Assert.Single(problem.GetProperty("failures").EnumerateArray());
        Assert.Equal(story, failure.GetProperty("story").GetString());
        Assert.Equal("comparison", failure.GetProperty("stage").GetString());
        Assert.Equal("InvalidOperationException: the comparer met " + Poison, failure.GetProperty("error").GetString());
        Assert.Equal([Fixtures.Choir], failure.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(
            $"{Fixtures.Choir}: stored as article {id} in story {story}, but story {story} ({Fixtures.Choir}): the comparison stage failed "
            + $"(InvalidOperationException: the comparer met {Poison}); the story is kept with its articles but without analysis; please report these pages",
            problem.GetProperty("detail").GetString());

        // What the answer says was stored is stored, with the failure in the story's JSON.
        Assert.Equal(1, (await server.Store.CountAsync()).Articles);
        var document = await Json(await server.Client.GetAsync("/api/stories/" + story));
        Assert.Equal(id, document.GetProperty("articles")[0].GetProperty("id").GetString());
        Assert.Equal("comparison", document.GetProperty("stories")[0].GetProperty("failure").GetProperty("stage").GetString());
    }

    [Fact]
    public async Task The_same_page_sent_again_is_not_stored_twice_still_answers_the_failure_and_the_other_pages_are_analysed_as_usual()
    {
        await using var server = await ServerHost.StartAsync(pipeline: Breaking);
        using var broken = await server.PostPageAsync(Fixtures.Choir, Fixtures.Read(Fixtures.Choir));
        using var again = await server.PostPageAsync(Fixtures.Choir, Fixtures.Read(Fixtures.Choir));
        var bridge = new List<HttpStatusCode>();
        foreach (var name in Fixtures.Bridge)
        {
            using var response = await server.PostPageAsync(name, Fixtures.Read(name));
            bridge.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.InternalServerError, broken.StatusCode);
        // A client that retries on a 5xx must not take the second answer for success: the story still has no analysis.
        Assert.Equal(HttpStatusCode.InternalServerError, again.StatusCode);
        Assert.Equal((await Json(broken)).GetProperty("id").GetString(), (await Json(again)).GetProperty("id").GetString());
        Assert.All(bridge, status => Assert.Equal(HttpStatusCode.Created, status));
        Assert.Equal(1 + Fixtures.Bridge.Length, (await server.Store.CountAsync()).Articles);
        var listed = await Json(await server.Client.GetAsync("/api/stories"));
        var footbridge = listed.EnumerateArray().Single(s => s.GetProperty("articles").GetArrayLength() == Fixtures.Bridge.Length).GetProperty("id").GetString();
        var analysed = (await Json(await server.Client.GetAsync("/api/stories/" + footbridge))).GetProperty("stories")[0];
        Assert.False(analysed.TryGetProperty("failure", out _));
        Assert.NotEqual(0, analysed.GetProperty("summary").GetArrayLength());
    }

    [Fact]
    public async Task The_story_page_says_the_story_could_not_be_analysed_instead_of_claiming_its_articles_share_nothing()
    {
        await using var server = await ServerHost.StartAsync(pipeline: Breaking);
        var story = (await Json(await server.PostPageAsync(Fixtures.Choir, Fixtures.Read(Fixtures.Choir)))).GetProperty("story").GetString()!;

        var html = await server.Client.GetStringAsync("/stories/" + story);

        Assert.Contains(
            "<p class=\"failure\" role=\"alert\">This story could not be analysed: the comparison stage failed (InvalidOperationException: the comparer met "
            + Poison + "). Its articles are listed without analysis; please report these pages.</p>",
            html, StringComparison.Ordinal);
        Assert.DoesNotContain("No summary: the articles share no sentence worth citing.", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"outlet\">Hollins Weekly</span>", html, StringComparison.Ordinal);
    }
}
