using System.CommandLine;
using Crosscheck.Storage;

namespace Crosscheck.Cli;

/// <summary><c>crosscheck export [--format json] [--out FILE] [--db PATH]</c>: the whole store as one analysis document.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format", "-f") { Description = "json: one crosscheck/analysis@1 document of every stored article and story.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json");
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write to this file instead of standard output." };
        var db = StoreOptions.Db();
        var command = new Command("export", "Print everything the store holds: every article and every story, as analyze --format json prints them.") { format, output, db };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(output), parse.GetValue(db), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo? output, string? db, CancellationToken cancellationToken)
    {
        await using var store = await StoreOptions.OpenAsync(db, mustExist: true, cancellationToken);
        if (store is null) return ExitCodes.Failure;
        if (output is null)
        {
            await using var stdout = Console.OpenStandardOutput();
            await StoreExport.WriteAsync(store, stdout, cancellationToken);
            await stdout.WriteAsync("\n"u8.ToArray(), cancellationToken);
            return ExitCodes.Success;
        }
        try
        {
            output.Directory?.Create();
            await using (var file = output.Create()) await StoreExport.WriteAsync(store, file, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"crosscheck: cannot write {output.FullName}: {e.Message}");
            return ExitCodes.Failure;
        }
        var counts = await store.CountAsync(cancellationToken);
        Console.Error.WriteLine($"crosscheck: wrote {output.FullName}: {counts.Articles} articles in {counts.Stories} stories");
        return ExitCodes.Success;
    }
}
