using System.Collections.Immutable;
using System.CommandLine;
using Crosscheck.Briefing;
using Crosscheck.Output;
using Crosscheck.Pipeline;

namespace Crosscheck.Cli;

/// <summary><c>crosscheck analyze PATH... [--format markdown|json|html] [--out DIR]</c>.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: markdown (briefs), json (the crosscheck/analysis@1 contract) or html (one self-contained page).",
            DefaultValueFactory = _ => "markdown",
        };
        format.AcceptOnlyFromAmong("markdown", "json", "html");
        var output = new Option<DirectoryInfo?>("--out", "-o") { Description = "Write the result into this folder (brief.md, analysis.json or brief.html) instead of standard output." };
        var maxSize = CommonOptions.MaxSize();
        var command = new Command("analyze", "Clean every page, spot copies, group articles into stories and print a brief per story.")
        {
            paths, format, output, maxSize,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            parse.GetValue(paths)!, parse.GetValue(format)!, parse.GetValue(output), CommonOptions.Megabytes(parse.GetValue(maxSize)), cancellationToken)));
        return command;
    }

    private static int Run(string[] paths, string format, DirectoryInfo? output, long maxBytes, CancellationToken cancellationToken)
    {
        // The folder first: a run is not spent on pages whose brief cannot be written.
        if (output is not null && !TryWrite(output, () => output.Create())) return ExitCodes.Failure;
        var inputs = InputLoader.Load(paths, maxBytes);
        var pipeline = CrosscheckPipeline.CreateDefault();
        var analysed = pipeline.Analyze(inputs.Documents, cancellationToken);
        var report = analysed with { Rejections = inputs.Rejections.Concat(analysed.Rejections).ToImmutableArray() };
        CommonOptions.Report(Console.Error, inputs, analysed.Rejections);

        var text = format switch
        {
            "json" => AnalysisJsonWriter.Write(report),
            "html" => HtmlBriefRenderer.Render(report),
            _ => MarkdownBriefRenderer.Render(report),
        };
        if (output is null)
        {
            Console.Out.Write(text);
            if (!text.EndsWith('\n')) Console.Out.WriteLine();
        }
        else
        {
            var name = format switch { "json" => "analysis.json", "html" => "brief.html", _ => "brief.md" };
            var path = Path.Combine(output.FullName, name);
            if (!TryWrite(output, () => File.WriteAllText(path, text))) return ExitCodes.Failure;
            Console.Error.WriteLine($"crosscheck: wrote {path}");
        }
        return Conclude(report, Console.Error);
    }

    /// <summary>
    /// Names each story a stage broke on (kept in the output without analysis), prints the closing line of counts and
    /// gives the exit code: a broken story makes the output partial, as a rejected input does.
    /// </summary>
    internal static int Conclude(AnalysisReport report, TextWriter error)
    {
        var failures = report.StoryFailures.ToList();
        foreach (var failure in failures) error.WriteLine($"crosscheck: error: {failure.Description}");
        var unanalysed = failures.Count == 0 ? "" : $"; {failures.Count} stories without analysis";
        error.WriteLine($"crosscheck: {report.Articles.Length} articles in {report.Stories.Length} stories; {report.Rejections.Length} inputs rejected{unanalysed}");
        if (report.Articles.IsEmpty) return ExitCodes.Failure;
        return report.Rejections.IsEmpty && failures.Count == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }

    /// <summary>Does a write into the --out folder; when it fails (a file of that name, no permission, a full disk), says so and gives false.</summary>
    private static bool TryWrite(DirectoryInfo output, Action write)
    {
        try
        {
            write();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"crosscheck: cannot write into {output.FullName} (--out): {e.Message}");
            return false;
        }
    }
}
