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

    /// <summary>The largest --max-size: a page is read into one array, and a gigabyte is far beyond any news page.</summary>
    private const double MaxMegabytes = 1024;

    public static Option<double> MaxSize()
    {
        var option = new Option<double>("--max-size")
        {
            Description = $"Largest page to accept, in megabytes (after decompression), more than 0 and at most {MaxMegabytes:0}.",
            DefaultValueFactory = _ => 16,
        };
        // 0, a negative or NaN size rejected every page ("file is 0 MB, larger than the -5 MB limit"), and sizes past
        // what one array holds failed on the first large page.
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<double>();
            if (!(value > 0 && value <= MaxMegabytes)) result.AddError(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"--max-size must be more than 0 and at most {MaxMegabytes:0} (megabytes), e.g. 16; got {value}."));
        });
        return option;
    }

    public static long Megabytes(double value) => (long)(value * 1024 * 1024);

    /// <summary>Prints per-file problems to standard error, one line each, naming the file.</summary>
    public static void Report(TextWriter error, LoadedInputs inputs, IEnumerable<Pipeline.Rejection> moreRejections)
    {
        foreach (var warning in inputs.Warnings) error.WriteLine($"crosscheck: warning: {warning.Source}: {warning.Message}");
        foreach (var rejection in inputs.Rejections.Concat(moreRejections)) error.WriteLine($"crosscheck: skipped {rejection.Source}: {rejection.Reason}");
    }
}
