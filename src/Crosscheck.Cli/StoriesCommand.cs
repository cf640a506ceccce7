using System.CommandLine;
using System.Globalization;
using Crosscheck.Storage;

namespace Crosscheck.Cli;

/// <summary><c>crosscheck stories [--since DATE|DATETIME] [--query TEXT] [--format text|json] [--db PATH]</c>.</summary>
internal static class StoriesCommand
{
    public static Command Create()
    {
        var since = new Option<string?>("--since") { Description = "Only stories analysed since this date (YYYY-MM-DD, midnight UTC) or date-time (ISO 8601; UTC unless it has an offset)." };
        var query = new Option<string?>("--query", "-q") { Description = "Only stories with an article containing every one of these words (title or text)." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text (a line per story) or json (the array GET /api/stories serves).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var limit = new Option<int>("--limit") { Description = "At most this many stories.", DefaultValueFactory = _ => new StoryQuery().Limit };
        var db = StoreOptions.Db();
        var command = new Command("stories", "List the stored stories, latest first, then the largest.")
        {
            since, query, format, limit, db,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(since), parse.GetValue(query), parse.GetValue(format)!, parse.GetValue(limit), parse.GetValue(db), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? since, string? query, string format, int limit, string? db, CancellationToken cancellationToken)
    {
        DateTimeOffset? from = null;
        if (since is not null)
        {
            from = ParseSince(since);
            if (from is null)
            {
                Console.Error.WriteLine($"crosscheck: --since '{since}' is not a date (YYYY-MM-DD) or an ISO 8601 date-time (YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM])");
                return ExitCodes.Failure;
            }
        }
        await using var store = await StoreOptions.OpenAsync(db, mustExist: true, cancellationToken);
        if (store is null) return ExitCodes.Failure;
        var stories = await store.ListStoriesAsync(new StoryQuery { Since = from, Text = query, Limit = limit }, cancellationToken);
        if (format == "json")
        {
            Console.Out.WriteLine(StoryListJsonWriter.Write(stories));
            return ExitCodes.Success;
        }
        foreach (var story in stories)
        {
            var dates = story.FirstPublished is null ? "" : story.FirstPublished == story.LastPublished
                ? $"  {story.FirstPublished:yyyy-MM-dd}"
                : $"  {story.FirstPublished:yyyy-MM-dd}..{story.LastPublished:yyyy-MM-dd}";
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{story.Id}  {story.ArticleIds.Length,3} article{(story.ArticleIds.Length == 1 ? " " : "s")}  {story.Outlets.Length,3} outlet{(story.Outlets.Length == 1 ? " " : "s")}{dates}  {story.Title}"));
        }
        Console.Error.WriteLine(stories.Count == 1 ? "crosscheck: 1 story" : $"crosscheck: {stories.Count} stories");
        return ExitCodes.Success;
    }

    /// <summary>A date (midnight UTC) or an ISO 8601 date-time (UTC unless it states an offset), or null.</summary>
    internal static DateTimeOffset? ParseSince(string text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var moment) && text.Contains('T', StringComparison.OrdinalIgnoreCase)
            ? moment
            : null;
    }
}
