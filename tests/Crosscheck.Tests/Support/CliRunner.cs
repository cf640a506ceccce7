using System.Diagnostics;

namespace Crosscheck.Tests.Support;

/// <summary>The outcome of running the real <c>crosscheck</c> program.</summary>
public sealed record CliRun(int ExitCode, string StandardOutput, string StandardError);

/// <summary>Runs the built <c>crosscheck</c> CLI (copied beside the tests) in a child process.</summary>
public static class CliRunner
{
    public static CliRun Run(params string[] arguments) => Run(new Dictionary<string, string?>(), arguments);

    /// <summary>Runs with these environment variables set (a null value removes the variable).</summary>
    public static CliRun Run(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        using var process = Start(environment, arguments);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("crosscheck did not finish within 3 minutes: " + string.Join(' ', arguments));
        }
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Starts the CLI and returns at once; the caller reads its output and waits for it (or kills it).</summary>
    public static Process Start(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "crosscheck.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        return Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
    }
}
