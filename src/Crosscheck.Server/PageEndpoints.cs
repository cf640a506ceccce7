using System.Text;
using Crosscheck.Server.Views;
using Crosscheck.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Crosscheck.Server;

/// <summary>The web page: the story list at <c>/</c> and one story at <c>/stories/{id}</c>, rendered on the server from the store.</summary>
internal static class PageEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/", async (string? q, IStoryStore store, CancellationToken cancellationToken) =>
        {
            var query = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
            var stories = await store.ListStoriesAsync(new StoryQuery { Text = query }, cancellationToken).ConfigureAwait(false);
            var counts = await store.CountAsync(cancellationToken).ConfigureAwait(false);
            return Html(new StoryListPage(stories, query, counts).Render());
        }).ExcludeFromDescription();

        app.MapGet("/stories/{id}", async (string id, IStoryStore store, CancellationToken cancellationToken) =>
        {
            var stored = await store.GetStoryAsync(id, cancellationToken).ConfigureAwait(false);
            if (stored is null) return Html(NotFoundPage(id), StatusCodes.Status404NotFound);
            if (!string.Equals(stored.Id, id, StringComparison.Ordinal)) return Results.Redirect("/stories/" + Uri.EscapeDataString(stored.Id), permanent: true);
            return Html(new StoryPage(stored, StoryDocument.Parse(stored.Json)).Render());
        }).ExcludeFromDescription();
    }

    private static IResult Html(string html, int status = StatusCodes.Status200OK) => Results.Text(html, "text/html", Encoding.UTF8, status);

    private static string NotFoundPage(string id)
    {
        var page = new HtmlPage("Story not found");
        page.Markup("<div class=\"narrow\">").Element("h1", "Story not found")
            .Element("p", $"No story with id '{id}' is stored. It may come from another store, or the id is mistyped.")
            .Markup("<p><a href=\"/\">All stories</a></p></div>\n");
        return page.Finish();
    }
}
