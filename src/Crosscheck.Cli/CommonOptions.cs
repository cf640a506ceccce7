using System.CommandLine;

namespace Crosscheck.Cli;

/// <summary>Arguments and options shared by the commands that read pages.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Paths() => new("PATH")
    {
        Description = "Files or folders of pages (.txt, .html, .htm, optionally .gz); folders are read recursively.",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<double> MaxSize() => new("--max-size")
    {
        Description = "Largest page to accept, in megabytes (after decompression).",
        DefaultValueFactory = _ => 16,
    };

    public static long Megabytes(double value) => (long)(value * 1024 * 1024);

    /// <summary>Prints per-file problems to standard error, one line each, naming the file.</summary>
    public static void Report(TextWriter error, LoadedInputs inputs, IEnumerable<Pipeline.Rejection> moreRejections)
    {
        foreach (var warning in inputs.Warnings) error.WriteLine($"crosscheck: warning: {warning.Source}: {warning.Message}");
        foreach (var rejection in inputs.Rejections.Concat(moreRejections)) error.WriteLine($"crosscheck: skipped {rejection.Source}: {rejection.Reason}");
    }
}
