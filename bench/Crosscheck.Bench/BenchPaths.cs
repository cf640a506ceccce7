namespace Crosscheck.Bench;

/// <summary>Where the repository is, seen from the benchmark's build output, and the shared corpora beside it.</summary>
internal static class BenchPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// The shared folder (corpora, seeds): CROSSCHECK_SHARED, else a <c>shared</c> folder beside the repository or
    /// beside any folder above it (a git worktree lives deeper than the main checkout).
    /// </summary>
    public static string Shared { get; } = FindShared();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Crosscheck.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }

    private static string FindShared()
    {
        if (Environment.GetEnvironmentVariable("CROSSCHECK_SHARED") is { Length: > 0 } configured) return configured;
        for (var dir = Directory.GetParent(Root); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "corpora"))) return candidate;
        }
        return Path.Combine(Root, "..", "shared");
    }
}
