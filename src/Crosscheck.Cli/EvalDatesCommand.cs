using System.CommandLine;
using System.Globalization;
using Crosscheck.Evaluation;

namespace Crosscheck.Cli;

/// <summary>
/// <c>crosscheck eval dates [CORPUS_DIR]</c>: publication-date accuracy on an htmldate-style benchmark, scored
/// as htmldate's evaluation scores it.
/// </summary>
internal static class EvalDatesCommand
{
    public static Command Create()
    {
        var corpus = new Argument<string>("CORPUS_DIR")
        {
            Description = "The benchmark folder: a gold file eval_*.json and the pages (optionally .gz) in html/.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => Path.Combine("..", "shared", "corpora", "htmldate-mediacloud"),
        };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Also list every page whose date was missed or wrong: file, gold date, date found." };
        var withUrl = new Option<bool>("--with-url") { Description = "Give the finder each page's URL from the gold file, as htmldate's evaluation may; by default it sees only the page." };
        var half = new Option<string>("--half") { Description = "Score only one half of the pages, split by a hash of the file name.", DefaultValueFactory = _ => "all" };
        half.AcceptOnlyFromAmong("all", "dev", "test");
        var command = new Command("dates", "Score publication-date extraction on an htmldate-style benchmark (TP/FP/TN/FN, precision, recall, accuracy, F1).")
        {
            corpus, verbose, withUrl, half,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(parse.GetValue(corpus)!, parse.GetValue(verbose), parse.GetValue(withUrl), parse.GetValue(half)!, cancellationToken)));
        return command;
    }

    private static int Run(string folder, bool verbose, bool withUrl, string half, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"crosscheck: no benchmark folder at {Path.GetFullPath(folder)}; pass CORPUS_DIR (a folder with eval_*.json and html/)");
            return ExitCodes.Failure;
        }
        Func<string, bool>? include = half switch
        {
            "dev" => DateEvaluation.IsDevPage,
            "test" => file => !DateEvaluation.IsDevPage(file),
            _ => null,
        };
        DateEvaluationRun run;
        try
        {
            run = DateEvaluation.Run(folder, withUrl, DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime), include, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException or System.Text.Json.JsonException)
        {
            Console.Error.WriteLine($"crosscheck: cannot read the benchmark: {e.Message}");
            return ExitCodes.Failure;
        }
        Console.Out.WriteLine(run.Scores.Format());
        if (verbose)
        {
            foreach (var miss in run.Misses)
            {
                Console.Out.WriteLine($"miss {miss.File} gold={Show(miss.Gold)} found={Show(miss.Predicted)} {miss.Url}");
            }
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"elapsed={run.Elapsed.TotalSeconds:0.00}s"));
        }
        return ExitCodes.Success;
    }

    private static string Show(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none";
}
