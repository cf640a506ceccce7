using System.Diagnostics;

namespace Crosscheck.Tests.Support;

/// <summary>
/// Headless Chromium (the Debian package <c>chromium</c>, which <c>.ci/run</c> installs) for tests that look at
/// pages in a real browser. CROSSCHECK_CHROMIUM names another executable.
/// </summary>
public static class HeadlessChromium
{
    public static string? Executable { get; } = Find();

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("CROSSCHECK_CHROMIUM") is { Length: > 0 } configured) return File.Exists(configured) ? configured : null;
        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries);
        return new[] { "chromium", "chromium-browser", "google-chrome" }
            .SelectMany(name => path.Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Saves a screenshot of <paramref name="page"/> (a local file) of the given window size to <paramref name="png"/>.</summary>
    public static void Screenshot(string page, string png, int width, int height) =>
        Run($"--screenshot={png}", $"--window-size={width},{height}", new Uri(page).AbsoluteUri);

    /// <summary>The DOM of <paramref name="page"/> after the browser has parsed it (and run its scripts, if any).</summary>
    public static string DumpDom(string page) => Run("--dump-dom", new Uri(page).AbsoluteUri);

    private static string Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("Chromium is not installed"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // A throwaway profile, no sandbox (CI runs as root) and no GPU: the flags headless runs in containers need.
        var profile = Directory.CreateTempSubdirectory("crosscheck-chromium-").FullName;
        foreach (var flag in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", $"--user-data-dir={profile}" }) start.ArgumentList.Add(flag);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("Chromium did not finish within 60 s: " + string.Join(' ', start.ArgumentList));
            }
            if (process.ExitCode != 0) throw new InvalidOperationException($"Chromium exited with {process.ExitCode}: {error.Result}");
            return output;
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }
}

/// <summary>A fact that needs ../shared and headless Chromium; skipped, with a message saying which is missing, otherwise.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (HeadlessChromium.Executable is null)
        {
            Skip = "needs Chromium (Debian package chromium: apt-get install chromium; .ci/run installs it) or CROSSCHECK_CHROMIUM; not found";
        }
        else if (RepositoryPaths.Shared is null)
        {
            Skip = "needs ../shared (seeds) beside the checkout, or CROSSCHECK_SHARED; not found";
        }
    }
}
