using System.CommandLine;
using System.Globalization;
using Crosscheck.Evaluation;

namespace Crosscheck.Cli;

/// <summary>
/// <c>crosscheck eval entities [CORPUS]</c>: PER/ORG/LOC mention precision, recall and F1 of the analysis stage on
/// MEANTIME (English Wikinews), named mentions strict, lenient and untyped, and the recall of all mentions.
/// </summary>
internal static class EvalEntitiesCommand
{
    public static Command Create()
    {
        var corpus = new Argument<string>("CORPUS")
        {
            Description = "The meantime-en folder (meantime.conll.gz and entities_mentions.json.gz); default $CROSSCHECK_SHARED/corpora/meantime-en, else ../shared/corpora/meantime-en.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => Path.Combine(Environment.GetEnvironmentVariable("CROSSCHECK_SHARED") ?? Path.Combine("..", "shared"), "corpora", "meantime-en"),
        };
        var split = new Option<string>("--split") { Description = "Which articles to score (a seeded hash of the doc key splits them in halves).", DefaultValueFactory = _ => "all" };
        split.AcceptOnlyFromAmong("all", "dev", "test");
        var worst = new Option<int>("--worst") { Description = "Also list this many articles with the lowest strict named-mention F1, with the names missed and the false alarms.", DefaultValueFactory = _ => 0 };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Also print the scores per type (PER, ORG, LOC) and the analysis time." };
        var perArticle = new Option<bool>("--per-article") { Description = "Analyse each article alone instead of each topic (30 articles on one company) as one story." };
        var command = new Command("entities", "PER/ORG/LOC mention precision/recall/F1 on MEANTIME: named mentions (head a proper noun) strict, lenient and untyped, and the recall of all mentions.")
        {
            corpus, split, worst, verbose, perArticle,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            parse.GetValue(corpus)!,
            Enum.Parse<ClusteringSplit>(parse.GetValue(split)!, ignoreCase: true),
            parse.GetValue(worst),
            parse.GetValue(verbose),
            parse.GetValue(perArticle),
            cancellationToken)));
        return command;
    }

    private static int Run(string folder, ClusteringSplit split, int worst, bool verbose, bool perArticle, CancellationToken cancellationToken)
    {
        if (MeantimeCorpus.Missing(folder) is { } missing)
        {
            Console.Error.WriteLine($"crosscheck: {missing}; pass CORPUS (the meantime-en folder), set CROSSCHECK_SHARED, or run from the repository root with ../shared beside it");
            return ExitCodes.Failure;
        }
        MeantimeCorpus corpus;
        try
        {
            corpus = MeantimeCorpus.Load(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            Console.Error.WriteLine($"crosscheck: cannot read the MEANTIME corpus in {folder}: {e.Message}");
            return ExitCodes.Failure;
        }
        var run = EntityEvaluation.Run(corpus, split, perArticle, cancellationToken: cancellationToken);
        Console.Out.WriteLine(run.Format());
        if (verbose)
        {
            foreach (var line in run.FormatByType()) Console.Out.WriteLine(line);
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  analysis={run.Elapsed.TotalSeconds:0.00}s skipped_discontinuous={corpus.SkippedMentions}"));
        }
        foreach (var result in run.Results.OrderBy(r => r.Strict.F1).ThenByDescending(r => r.Missed.Length + r.Spurious.Length).ThenBy(r => r.Article.Key, StringComparer.Ordinal).Take(Math.Max(0, worst)))
        {
            var text = result.Article.Article.Text;
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Article.Key} named={result.Strict.Gold} {result.Strict.Format()}"));
            Console.Out.WriteLine("  missed:   " + string.Join(" | ", result.Missed.Select(m => $"{m.Span.Slice(text)} {EntityEvaluationRun.Short(m.Type)}")));
            Console.Out.WriteLine("  spurious: " + string.Join(" | ", result.Spurious.Select(m => $"{m.Span.Slice(text)} {EntityEvaluationRun.Short(m.Type)}")));
        }
        return ExitCodes.Success;
    }
}
