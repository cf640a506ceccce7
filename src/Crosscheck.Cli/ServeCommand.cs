using System.CommandLine;
using Crosscheck.Pipeline;
using Crosscheck.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crosscheck.Cli;

/// <summary><c>crosscheck serve [--urls URL] [--db PATH] [--token TOKEN] [--max-size MB]</c>: the HTTP API and web page over a store (created when missing).</summary>
internal static class ServeCommand
{
    public const string TokenVariable = "CROSSCHECK_TOKEN";

    public static Command Create()
    {
        var urls = new Option<string[]>("--urls")
        {
            Description = $"Where to listen (several separated by ';'). Default {CrosscheckServerOptions.DefaultUrl}: this machine only. Any other address needs --token.",
            DefaultValueFactory = _ => [CrosscheckServerOptions.DefaultUrl],
            AllowMultipleArgumentsPerToken = true,
        };
        var db = StoreOptions.Db();
        var token = new Option<string?>("--token")
        {
            Description = $"The token writes (POST /api/articles) must send as 'Authorization: Bearer TOKEN'; default ${TokenVariable}. Required unless every address is loopback.",
        };
        var maxSize = CommonOptions.MaxSize();
        maxSize.Description = "Largest request body (a posted page) to accept, in megabytes.";
        var command = new Command("serve", "Serve the stored stories: the HTTP API under /api (OpenAPI at /openapi/v1.json) and the web page at /. Ctrl+C stops it.")
        {
            urls, db, token, maxSize,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(urls)!, parse.GetValue(db), parse.GetValue(token), CommonOptions.Megabytes(parse.GetValue(maxSize)), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] urls, string? db, string? token, long maxBytes, CancellationToken cancellationToken)
    {
        var options = new CrosscheckServerOptions
        {
            Urls = [.. urls.SelectMany(u => u.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
            WriteToken = string.IsNullOrEmpty(token) ? Environment.GetEnvironmentVariable(TokenVariable) : token,
            MaxRequestBytes = maxBytes,
        };
        if (options.Problem() is { } problem)
        {
            Console.Error.WriteLine($"crosscheck: cannot serve: {problem}");
            return ExitCodes.Failure;
        }
        await using var store = await StoreOptions.OpenAsync(db, mustExist: false, cancellationToken).ConfigureAwait(false);
        if (store is null) return ExitCodes.Failure;

        await using var app = CrosscheckServer.Create(store, CrosscheckPipeline.CreateDefault(), options, builder =>
            builder.Logging.AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"crosscheck: cannot listen on {string.Join(", ", options.Urls)}: {e.Message}; pick another port with --urls");
            return ExitCodes.Failure;
        }
        var counts = await store.CountAsync(cancellationToken).ConfigureAwait(false);
        foreach (var url in app.Urls)
        {
            Console.Error.WriteLine($"crosscheck: serving {counts.Stories} stories ({counts.Articles} articles) from {StoreOptions.Describe(db)} at {url}");
        }
        Console.Error.WriteLine(options.WriteToken is null
            ? "crosscheck: writes need no token (loopback only); press Ctrl+C to stop"
            : "crosscheck: writes need 'Authorization: Bearer TOKEN'; press Ctrl+C to stop");
        // Ctrl+C (or SIGTERM) cancels the token: the server finishes the requests in flight, then stops.
        await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        Console.Error.WriteLine("crosscheck: stopped");
        return ExitCodes.Success;
    }
}
