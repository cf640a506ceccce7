using System.Globalization;
using System.Text;
using Crosscheck.Pipeline;
using Crosscheck.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crosscheck.Server;

/// <summary>What <c>POST /api/articles</c> answers: the article's id and the id of the story it is in.</summary>
public sealed record IngestedArticle(string Id, string Story);

/// <summary>A search result: an article, its story and the words around the match.</summary>
public sealed record SearchResult(string Article, string Story, string Title, string? Outlet, string Snippet, double Rank);

/// <summary>The <c>/api</c> endpoints. Each one reads the request, asks the store (or the ingestor) and writes the answer.</summary>
internal static class ApiEndpoints
{
    private const int DefaultSearchLimit = 20;
    private const int MaxLimit = 1000;

    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api");

        api.MapPost("/articles", PostArticle)
            .WithName("PostArticle")
            .WithSummary("Ingest one page")
            .WithDescription("The page as text/plain or text/html with ?source=NAME (its path or URL; the name and the text make the article's id), "
                + "or as JSON { \"source\", \"content\" }. 201 with the new article's id and story; 200 when the same page was stored before (500 while its story has no analysis); "
                + "500 when the page was stored but a stage broke on a story (the problem's id, story and failures say what was stored and what failed). "
                + "Needs 'Authorization: Bearer TOKEN' when the server has a write token.")
            .Accepts<PostedArticle>("application/json", "text/plain", "text/html")
            .Produces<IngestedArticle>(StatusCodes.Status201Created)
            .Produces<IngestedArticle>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status500InternalServerError)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapGet("/stories", ListStories)
            .WithName("ListStories")
            .WithSummary("List stories, newest first")
            .WithDescription("A JSON array of { id, title, articles, outlets, firstPublished, lastPublished, updated }, the array "
                + "'crosscheck stories --format json' prints. ?since= (a date or ISO 8601 date-time) keeps stories updated since then; "
                + "?q= those whose articles match a full-text query; ?limit= caps the count.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        MapStoryOutput(api, "", "application/json", story => story.Json, "GetStory", "One story in the crosscheck/analysis@1 contract",
            "A document holding the story and its articles, as 'crosscheck analyze --format json' prints them.");
        MapStoryOutput(api, "/brief.md", "text/markdown", story => story.Markdown, "GetStoryBriefMarkdown", "The story's brief in Markdown", null);
        MapStoryOutput(api, "/brief.html", "text/html", story => story.Html, "GetStoryBriefHtml", "The story's brief as a self-contained HTML page", null);

        api.MapGet("/search", Search)
            .WithName("Search")
            .WithSummary("Full-text search over article titles and text, best first")
            .WithDescription("?q= the words to find; ?limit= caps the count (default 20).")
            .Produces<SearchResult[]>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    /// <summary>
    /// <c>GET /api/stories/{id}SUFFIX</c>: one of a stored story's outputs. The id of a story that has since grown into
    /// another redirects (301) to the same output of that story; an unknown id is a 404 naming it.
    /// </summary>
    private static void MapStoryOutput(RouteGroupBuilder api, string suffix, string contentType, Func<StoredStory, string> output, string name, string summary, string? description)
    {
        api.MapGet("/stories/{id}" + suffix, async (string id, IStoryStore store, CancellationToken cancellationToken) =>
            {
                var story = await store.GetStoryAsync(id, cancellationToken).ConfigureAwait(false);
                if (story is null) return ApiProblem.StoryNotFound(id).ToResult();
                if (!string.Equals(story.Id, id, StringComparison.Ordinal)) return Results.Redirect(StoryPath(story.Id, suffix), permanent: true);
                return Results.Text(output(story), contentType, Encoding.UTF8);
            })
            .WithName(name)
            .WithSummary(summary)
            .WithDescription((description is null ? "" : description + " ") + "The id of a story that has since grown into another redirects (301) to that story.")
            .Produces(StatusCodes.Status200OK, contentType: contentType)
            .Produces(StatusCodes.Status301MovedPermanently)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> PostArticle(
        HttpRequest request, WriteToken token, PostedPage reader, SerialIngestor ingestor, IStoryStore store, CancellationToken cancellationToken)
    {
        if (token.Refusal(request) is { } refusal)
        {
            request.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return new ApiProblem(StatusCodes.Status401Unauthorized, "Token required", refusal).ToResult();
        }
        var (document, problem) = await reader.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        if (problem is not null) return problem.ToResult();

        IngestResult result;
        try
        {
            result = await ingestor.IngestAsync(document!, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreConflictException)
        {
            // Another writer (a CLI ingest on the same store) kept committing first, past the ingestor's retries.
            request.HttpContext.Response.Headers.RetryAfter = "1";
            return new ApiProblem(StatusCodes.Status503ServiceUnavailable, "Store busy",
                $"{document!.Source}: other ingests kept changing the store while this page was being added; nothing was stored, send it again").ToResult();
        }
        if (!result.Rejected.IsEmpty)
        {
            var rejection = result.Rejected[0];
            return new ApiProblem(StatusCodes.Status422UnprocessableEntity, "No article in the page", $"{rejection.Source}: {rejection.Reason}")
                .ToResult(new Dictionary<string, object?> { ["source"] = rejection.Source, ["reason"] = rejection.Reason });
        }
        var (stored, isNew) = result.Added.IsEmpty ? (result.AlreadyStored[0], false) : (result.Added[0], true);
        var story = await StoryOf(stored.ArticleId, store, cancellationToken).ConfigureAwait(false);
        // A page sent again whose story still has no analysis gets its failure too (StoryIngestor reports it).
        if (!result.Failed.IsEmpty) return NotAnalysed(document!.Source, stored.ArticleId, story, result.Failed).ToResult(FailureExtensions(stored.ArticleId, story, result.Failed));
        var answer = new IngestedArticle(stored.ArticleId, story);
        return isNew ? Results.Created(StoryPath(story, ""), answer) : Results.Ok(answer);
    }

    /// <summary>
    /// The answer when the page was stored but a story of its batch broke a stage (a bug; <c>crosscheck ingest</c> names it
    /// and exits with 1): not a success. The page stays stored and the story kept without analysis, as the detail says
    /// in the CLI's words; sending the page again stores nothing, does not analyse the story again and gets the same answer.
    /// </summary>
    private static ApiProblem NotAnalysed(string source, string article, string story, IEnumerable<StoryFailure> failures) => new(
        StatusCodes.Status500InternalServerError, "Stored, but a story could not be analysed",
        $"{source}: stored as article {article} in story {story}, but " + string.Join("; ", failures.Select(f => f.Description)));

    /// <summary>The members a 500 for a broken story adds: what was stored (<c>id</c>, <c>story</c>, as a 201 gives them) and each failure.</summary>
    private static Dictionary<string, object?> FailureExtensions(string article, string story, IEnumerable<StoryFailure> failures) => new()
    {
        ["id"] = article,
        ["story"] = story,
        ["failures"] = failures.Select(f => new Dictionary<string, object?>
        {
            ["story"] = f.StoryId,
            ["stage"] = f.StageName,
            ["error"] = f.Error,
            ["sources"] = f.Sources,
        }).ToList(),
    };

    private static async Task<IResult> ListStories(string? since, string? q, string? limit, IStoryStore store, CancellationToken cancellationToken)
    {
        var query = new StoryQuery { Text = string.IsNullOrWhiteSpace(q) ? null : q };
        if (!string.IsNullOrEmpty(since))
        {
            if (!TryParseSince(since, out var moment)) return ApiProblem.BadRequest($"since='{since}' is not a date (YYYY-MM-DD) or an ISO 8601 date-time").ToResult();
            query = query with { Since = moment };
        }
        if (!string.IsNullOrEmpty(limit))
        {
            if (!TryParseLimit(limit, out var count)) return ApiProblem.BadRequest($"limit='{limit}' is not a whole number from 1 to {MaxLimit}").ToResult();
            query = query with { Limit = count };
        }
        var stories = await store.ListStoriesAsync(query, cancellationToken).ConfigureAwait(false);
        return Results.Text(StoryListJsonWriter.Write(stories), "application/json", Encoding.UTF8);
    }

    private static async Task<IResult> Search(string? q, string? limit, IStoryStore store, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q)) return ApiProblem.BadRequest("say what to search for: ?q=WORDS").ToResult();
        var count = DefaultSearchLimit;
        if (!string.IsNullOrEmpty(limit) && !TryParseLimit(limit, out count)) return ApiProblem.BadRequest($"limit='{limit}' is not a whole number from 1 to {MaxLimit}").ToResult();
        var hits = await store.SearchAsync(q, count, cancellationToken).ConfigureAwait(false);
        return Results.Ok(hits.Select(h => new SearchResult(h.ArticleId, h.StoryId, h.Title, h.Outlet, h.Snippet, h.Rank)).ToList());
    }

    private static async Task<string> StoryOf(string articleId, IStoryStore store, CancellationToken cancellationToken)
    {
        var members = await store.LoadStoryMembersAsync(cancellationToken).ConfigureAwait(false);
        return members.Where(m => m.Value.Contains(articleId, StringComparer.Ordinal)).Select(m => m.Key).FirstOrDefault()
            ?? throw new InvalidOperationException($"The store holds article {articleId} in no story; every stored article must be in one (a store bug).");
    }

    internal static string StoryPath(string id, string suffix) => "/api/stories/" + Uri.EscapeDataString(id) + suffix;

    internal static bool TryParseSince(string text, out DateTimeOffset moment)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            moment = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return true;
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out moment)
            && text.Contains('T', StringComparison.Ordinal);
    }

    private static bool TryParseLimit(string text, out int count) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out count) && count is >= 1 and <= MaxLimit;
}
