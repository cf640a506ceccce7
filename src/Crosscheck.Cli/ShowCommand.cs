using System.CommandLine;

namespace Crosscheck.Cli;

/// <summary><c>crosscheck show STORY [--format markdown|json|html] [--db PATH]</c>: a stored story's outputs.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var story = new Argument<string>("STORY") { Description = "A story id, as crosscheck stories lists it (an id a story had before it grew also works)." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "markdown (the brief), json (the story in the crosscheck/analysis@1 contract, with its articles) or html (the brief as a page).",
            DefaultValueFactory = _ => "markdown",
        };
        format.AcceptOnlyFromAmong("markdown", "json", "html");
        var db = StoreOptions.Db();
        var command = new Command("show", "Print one stored story as it was analysed.") { story, format, db };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(story)!, parse.GetValue(format)!, parse.GetValue(db), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string id, string format, string? db, CancellationToken cancellationToken)
    {
        await using var store = await StoreOptions.OpenAsync(db, mustExist: true, cancellationToken);
        if (store is null) return ExitCodes.Failure;
        var story = await store.GetStoryAsync(id.Trim(), cancellationToken);
        if (story is null)
        {
            Console.Error.WriteLine($"crosscheck: no story '{id}' in the store {StoreOptions.Describe(db)}; list the stored ones with: crosscheck stories");
            return ExitCodes.Failure;
        }
        if (story.Id != id.Trim()) Console.Error.WriteLine($"crosscheck: story {id} grew into {story.Id}; showing {story.Id}");
        var text = format switch { "json" => story.Json, "html" => story.Html, _ => story.Markdown };
        Console.Out.Write(text);
        if (!text.EndsWith('\n')) Console.Out.WriteLine();
        return ExitCodes.Success;
    }
}
