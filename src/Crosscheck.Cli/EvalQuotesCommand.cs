using System.CommandLine;
using System.Globalization;
using Crosscheck.Evaluation;

namespace Crosscheck.Cli;

/// <summary>
/// <c>crosscheck eval quotes [CORPUS] [--split train|dev|test] [--worst N]</c>: quote and speaker extraction on
/// PolNeAR, content and source span P/R/F1 (strict and soft), for all gold attributions and for direct quotes.
/// </summary>
internal static class EvalQuotesCommand
{
    public static Command Create()
    {
        var corpus = new Argument<string>("CORPUS")
        {
            Description = $"The PolNeAR folder (with {PolnearCorpus.ArchiveName}) or the archive itself; default ../shared/corpora/polnear, or $CROSSCHECK_SHARED/corpora/polnear when that is set.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => Path.Combine(Environment.GetEnvironmentVariable("CROSSCHECK_SHARED") is { Length: > 0 } shared ? shared : Path.Combine("..", "shared"), "corpora", "polnear"),
        };
        var split = new Option<string>("--split") { Description = "Which split to score (tune on train and dev; report test).", DefaultValueFactory = _ => "test" };
        split.AcceptOnlyFromAmong([.. PolnearCorpus.Splits]);
        var worst = new Option<int>("--worst") { Description = "Also list this many articles with the lowest content soft F1.", DefaultValueFactory = _ => 0 };
        var command = new Command("quotes", "Score quote extraction and speaker attribution on PolNeAR: content and source span P/R/F1, strict and soft (token-overlap).")
        {
            corpus, split, worst,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(parse.GetValue(corpus)!, parse.GetValue(split)!, parse.GetValue(worst), cancellationToken)));
        return command;
    }

    private static int Run(string corpus, string split, int worst, CancellationToken cancellationToken)
    {
        if (PolnearCorpus.FindArchive(corpus) is not { } archive)
        {
            Console.Error.WriteLine($"crosscheck: no PolNeAR corpus at {Path.GetFullPath(corpus)}: expected {PolnearCorpus.ArchiveName} there (or pass the archive itself as CORPUS)");
            return ExitCodes.Failure;
        }
        QuoteEvaluationRun run;
        try
        {
            run = QuoteEvaluation.Run(PolnearCorpus.Read(archive, split, cancellationToken), cancellationToken: cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            Console.Error.WriteLine($"crosscheck: cannot read {archive}: {e.Message}");
            return ExitCodes.Failure;
        }
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"polnear {split}: {run.Articles.Count} articles, {run.Elapsed.TotalSeconds:0.0}s"));
        Console.Out.WriteLine(run.Scores.All.Format("all   "));
        Console.Out.WriteLine(run.Scores.Direct.Format("direct"));
        foreach (var article in run.Worst(worst))
        {
            var all = article.Scores.All;
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  content F1 {all.ContentSoft.F1:0.00} (gold {all.ContentSoft.Gold}, predicted {all.ContentSoft.Predicted})  source F1 {all.SourceSoft.F1:0.00}  {article.Name}"));
        }
        return ExitCodes.Success;
    }
}
