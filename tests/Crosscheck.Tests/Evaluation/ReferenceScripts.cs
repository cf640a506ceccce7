using System.Diagnostics;
using Crosscheck.Tests.Support;

namespace Crosscheck.Tests.Evaluation;

/// <summary>The Python reference scripts of ../shared/eval, run as a child process.</summary>
public static class ReferenceScripts
{
    /// <summary>python3 on the PATH, or null.</summary>
    public static string? Python { get; } = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(d => Path.Combine(d, "python3"))
        .FirstOrDefault(File.Exists);

    /// <summary>Why the scripts cannot run here, or null when they can.</summary>
    public static string? Unavailable =>
        RepositoryPaths.Shared is null ? "needs ../shared (reference scripts and corpora) beside the checkout, or CROSSCHECK_SHARED; not found"
        : Python is null ? "needs python3 on the PATH to run the reference scripts of ../shared/eval; not found"
        : null;

    /// <summary>Runs <c>../shared/eval/SCRIPT ARGS…</c> and returns its standard output; fails the test on a non-zero exit.</summary>
    public static string Run(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo(Python!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.Shared!, "eval", script));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start python3");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{script} failed: {error.Result}");
        return output.Result;
    }
}

/// <summary>A fact that compares with a reference script of ../shared/eval; skipped, saying why, without ../shared or python3.</summary>
public sealed class ReferenceScriptFactAttribute : FactAttribute
{
    public ReferenceScriptFactAttribute()
    {
        if (ReferenceScripts.Unavailable is { } reason) Skip = reason;
    }
}
