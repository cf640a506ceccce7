using System.CommandLine;
using Crosscheck.Output;
using Crosscheck.Extraction;
using Crosscheck.Pipeline;
using Crosscheck.Sources;

namespace Crosscheck.Cli;

/// <summary><c>crosscheck extract PATH... --format jsonl</c>: the clean article and metadata of every page.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var format = new Option<string>("--format", "-f") { Description = "Output format (one JSON object per input file).", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl");
        var maxSize = CommonOptions.MaxSize();
        var explain = new Option<bool>("--explain") { Description = "Also list every block removed as page furniture, and what kind of furniture it was." };
        var command = new Command("extract", "Extract the clean article (title, author, outlet, date, body) of every page, one JSON line per file.")
        {
            paths, format, maxSize, explain,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(parse.GetValue(paths)!, CommonOptions.Megabytes(parse.GetValue(maxSize)), parse.GetValue(explain), cancellationToken)));
        return command;
    }

    /// <summary>
    /// Streams the pages: each file is decoded, extracted and turned into its line on any core, and the lines are
    /// written in file order. No page is kept once its line is written, so memory stays flat for any number of files.
    /// </summary>
    private static int Run(string[] paths, long maxBytes, bool explain, CancellationToken cancellationToken)
    {
        var (files, missing) = SourceFinder.Expand(paths);
        var decoder = new SourceDecoder(new SourceDecoderOptions { MaxBytes = maxBytes });
        var pipeline = CrosscheckPipeline.CreateDefault();
        var rejections = missing.Select(m => new Rejection(m, "no such file or directory")).ToList();
        foreach (var rejection in rejections)
        {
            Console.Out.WriteLine(ExtractionJsonlWriter.Line(rejection.Source, new ExtractionResult(null, null, rejection.Reason)));
        }
        var warnings = new List<SourceWarning>();
        var decodedCount = 0;
        var extractedRejections = new List<Rejection>();
        var pages = files.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select((file, index) =>
        {
            var decoded = decoder.DecodeFile(file, file, index);
            if (decoded.Document is null) return new ExtractedPage(file, null, new ExtractionResult(null, null, decoded.RejectionReason ?? "unreadable"), null);
            var result = pipeline.Extract(decoded.Document);
            return new ExtractedPage(file, decoded.Warning, result, ExtractionJsonlWriter.Line(file, result, explain));
        });
        foreach (var page in pages)
        {
            if (page.Line is null)
            {
                rejections.Add(new Rejection(page.File, page.Result.RejectionReason!));
                Console.Out.WriteLine(ExtractionJsonlWriter.Line(page.File, page.Result));
                continue;
            }
            decodedCount++;
            Console.Out.WriteLine(page.Line);
            if (page.Warning is not null) warnings.Add(new SourceWarning(page.File, page.Warning));
            if (!page.Result.Succeeded) extractedRejections.Add(new Rejection(page.File, page.Result.RejectionReason ?? "no article"));
        }
        CommonOptions.Report(Console.Error, new LoadedInputs([], rejections, warnings), extractedRejections);
        if (decodedCount == 0) return ExitCodes.Failure;
        return rejections.Count + extractedRejections.Count == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }

    private sealed record ExtractedPage(string File, string? Warning, ExtractionResult Result, string? Line);
}
