using System.Diagnostics;

using Crosscheck.Tests.Support;

namespace Crosscheck.Server.Tests.Support;

/// <summary>
/// The Node script under <c>browser/</c> that drives Debian's headless Chromium with npm <c>playwright-core</c>.
/// It needs Node.js, the script's packages (<c>npm ci --prefix tests/Crosscheck.Server.Tests/browser</c>, which
/// <c>.ci/run</c> does) and Chromium at /usr/bin/chromium (or CROSSCHECK_CHROMIUM).
/// </summary>
public static class BrowserScript
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "Crosscheck.Server.Tests", "browser");

    public static string Chromium => Environment.GetEnvironmentVariable("CROSSCHECK_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    /// <summary>Why the browser tests cannot run here, with what to do about it; null when they can.</summary>
    public static string? Missing()
    {
        if (FindOnPath("node") is null) return "needs Node.js (Debian package nodejs, or the machine's node) on PATH; not found";
        if (!File.Exists(Path.Combine(Folder, "node_modules", "playwright-core", "package.json")))
        {
            return "needs npm playwright-core: run 'npm ci --prefix tests/Crosscheck.Server.Tests/browser' (.ci/run does); not installed";
        }
        if (!File.Exists(Chromium)) return $"needs Chromium at {Chromium} (apt-get install chromium; .ci/run installs it) or CROSSCHECK_CHROMIUM; not found";
        return null;
    }

    /// <summary>Runs <paramref name="script"/> with Node in the browser folder; its exit code, standard output and error.</summary>
    public static (int ExitCode, string Output, string Error) Run(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo(FindOnPath("node")!)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish within 2 minutes");
        }
        return (process.ExitCode, output.Result, error.Result);
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);
}

/// <summary>A fact that runs the browser script; skipped, with a message saying how to enable it, when something it needs is missing.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserScript.Missing() is { } missing) Skip = missing;
    }
}
