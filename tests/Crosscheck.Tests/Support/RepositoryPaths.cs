namespace Crosscheck.Tests.Support;

/// <summary>Where the repository and the shared corpora (../shared beside the checkout) are.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string Holdout => Path.Combine(Root, "eval", "holdout");

    public static string Holdout2 => Path.Combine(Root, "eval", "holdout2");

    public static string Holdout3 => Path.Combine(Root, "eval", "holdout3");

    public static string Holdout4 => Path.Combine(Root, "eval", "holdout4");

    public static string Holdout5 => Path.Combine(Root, "eval", "holdout5");

    public static string Holdout6 => Path.Combine(Root, "eval", "holdout6");

    public static string Holdout7 => Path.Combine(Root, "eval", "holdout7");

    public static string Holdout8 => Path.Combine(Root, "eval", "holdout8");

    public static string Holdout9 => Path.Combine(Root, "eval", "holdout9");

    public static string Holdout10 => Path.Combine(Root, "eval", "holdout10");

    public static string Holdout11 => Path.Combine(Root, "eval", "holdout11");

    public static string Holdout12 => Path.Combine(Root, "eval", "holdout12");

    public static string Holdout13 => Path.Combine(Root, "eval", "holdout13");

    public static string Holdout14 => Path.Combine(Root, "eval", "holdout14");

    public static string Holdout15 => Path.Combine(Root, "eval", "holdout15");

    public static string Holdout16 => Path.Combine(Root, "eval", "holdout16");

    public static string Holdout17 => Path.Combine(Root, "eval", "holdout17");

    public static string Holdout18 => Path.Combine(Root, "eval", "holdout18");

    /// <summary>The shared folder beside the checkout (seeds, corpora, reference scorers), or null when absent.</summary>
    public static string? Shared
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("CROSSCHECK_SHARED") ?? Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(Path.Combine(path, "seeds")) ? path : null;
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Crosscheck.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (Crosscheck.slnx) above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that needs ../shared (real corpora); it is skipped, with a message saying so, when the folder is absent.</summary>
public sealed class SharedCorpusFactAttribute : FactAttribute
{
    public SharedCorpusFactAttribute()
    {
        if (RepositoryPaths.Shared is null)
        {
            Skip = "needs ../shared (seeds, corpora, reference scorers) beside the checkout, or CROSSCHECK_SHARED; not found";
        }
    }
}
