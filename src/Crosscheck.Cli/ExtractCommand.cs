using System.CommandLine;
using Crosscheck.Output;
using Crosscheck.Pipeline;

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

    private static int Run(string[] paths, long maxBytes, bool explain, CancellationToken cancellationToken)
    {
        var inputs = InputLoader.Load(paths, maxBytes);
        var pipeline = CrosscheckPipeline.CreateDefault();
        var failed = inputs.Rejections.Count;
        foreach (var rejection in inputs.Rejections)
        {
            Console.Out.WriteLine(ExtractionJsonlWriter.Line(rejection.Source, new Extraction.ExtractionResult(null, null, rejection.Reason)));
        }
        var rejected = new List<Rejection>();
        foreach (var (document, result) in pipeline.ExtractAll(inputs.Documents, cancellationToken))
        {
            Console.Out.WriteLine(ExtractionJsonlWriter.Line(document.Source, result, explain));
            if (!result.Succeeded) rejected.Add(new Rejection(document.Source, result.RejectionReason ?? "no article"));
        }
        CommonOptions.Report(Console.Error, inputs, rejected);
        failed += rejected.Count;
        if (inputs.Documents.Count == 0) return ExitCodes.Failure;
        return failed == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }
}
