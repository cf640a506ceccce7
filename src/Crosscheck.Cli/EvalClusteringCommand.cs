using System.CommandLine;
using Crosscheck.Evaluation;

namespace Crosscheck.Cli;

/// <summary>
/// <c>crosscheck eval clustering</c>: story clustering on the shared corpora (ECB+, UCI News, MStream News and
/// News-T), scored as <c>../shared/eval/cluster_score.py</c> scores it; or two JSONL files scored like the script.
/// </summary>
internal static class EvalClusteringCommand
{
    private static readonly string[] SplitNames = ["all", "dev", "test"];

    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "Which corpus to cluster.", DefaultValueFactory = _ => "all" };
        corpus.AcceptOnlyFromAmong([.. ClusteringCorpora.Names, "all"]);
        var split = new Option<string>("--split") { Description = "Which side of the dev/test split (whole stories, ECB+ whole topics, by a seeded hash).", DefaultValueFactory = _ => "all" };
        split.AcceptOnlyFromAmong(SplitNames);
        var corpora = new Option<string>("--corpora")
        {
            Description = "The folder holding ecbplus/, uci-news-sample/ and mstream-news/ (default: $CROSSCHECK_SHARED/corpora, else ../shared/corpora).",
            DefaultValueFactory = _ => Path.Combine(Environment.GetEnvironmentVariable("CROSSCHECK_SHARED") ?? Path.Combine("..", "shared"), "corpora"),
        };
        var output = new Option<string?>("--out") { Description = "Also write, per corpus and split, the predictions (NAME-SPLIT.pred.jsonl) and the gold (NAME-SPLIT.gold.jsonl) to this folder, for cluster_score.py." };
        var gold = new Option<string?>("--gold") { Description = "Instead, score this gold JSONL (\"id\" and the gold key) ..." };
        var predictions = new Option<string?>("--pred") { Description = "... against this prediction JSONL (\"id\", \"story\"), as cluster_score.py GOLD PRED [KEY] does." };
        var key = new Option<string>("--key") { Description = "The gold key of --gold.", DefaultValueFactory = _ => "story" };
        var command = new Command("clustering", "Story-clustering B-cubed, pairwise F1 and NMI on the shared corpora, as ../shared/eval/cluster_score.py prints them, with docs/s.")
        {
            corpus, split, corpora, output, gold, predictions, key,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var goldFile = parse.GetValue(gold);
            var predictionFile = parse.GetValue(predictions);
            if (goldFile is not null || predictionFile is not null) return Task.FromResult(ScoreFiles(goldFile, predictionFile, parse.GetValue(key)!));
            var names = parse.GetValue(corpus) is "all" or null ? ClusteringCorpora.Names : [parse.GetValue(corpus)!];
            var side = Enum.Parse<ClusteringSplit>(parse.GetValue(split)!, ignoreCase: true);
            return Task.FromResult(Run(names, side, parse.GetValue(corpora)!, parse.GetValue(output), cancellationToken));
        });
        return command;
    }

    private static int ScoreFiles(string? goldFile, string? predictionFile, string key)
    {
        if (goldFile is null || predictionFile is null)
        {
            Console.Error.WriteLine("crosscheck: give both --gold GOLD.jsonl and --pred PRED.jsonl to score a prediction file");
            return ExitCodes.Failure;
        }
        try
        {
            Console.Out.WriteLine(ClusteringScorer.Score(goldFile, predictionFile, key).Format());
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
        {
            Console.Error.WriteLine($"crosscheck: {e.Message}");
            return ExitCodes.Failure;
        }
    }

    private static int Run(IReadOnlyList<string> names, ClusteringSplit split, string corporaFolder, string? outputFolder, CancellationToken cancellationToken)
    {
        var failed = 0;
        foreach (var name in names)
        {
            if (ClusteringCorpora.Missing(corporaFolder, name) is { } missing)
            {
                Console.Error.WriteLine($"crosscheck: {missing}; run from the repository root with ../shared beside it, set CROSSCHECK_SHARED, or pass --corpora DIR (the folder with ecbplus/, uci-news-sample/ and mstream-news/)");
                failed++;
                continue;
            }
            ClusteringCorpus corpus;
            try
            {
                corpus = ClusteringCorpora.Load(corporaFolder, name).Split(split);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or System.Xml.XmlException)
            {
                Console.Error.WriteLine($"crosscheck: cannot read the {name} corpus: {e.Message}");
                failed++;
                continue;
            }
            foreach (var problem in corpus.Problems) Console.Error.WriteLine($"crosscheck: skipped {problem}");
            var run = ClusteringBenchmark.Run(corpus, cancellationToken: cancellationToken);
            Console.Out.WriteLine(run.Format(split));
            if (outputFolder is not null) Write(run, split, outputFolder);
        }
        return failed == 0 ? ExitCodes.Success : failed < names.Count ? ExitCodes.SomeInputsFailed : ExitCodes.Failure;
    }

    /// <summary>NAME-SPLIT.pred.jsonl (as <c>crosscheck cluster</c> prints it) and NAME-SPLIT.gold.jsonl (the documents with their gold "story", also a valid <c>crosscheck cluster</c> input).</summary>
    private static void Write(ClusteringRun run, ClusteringSplit split, string folder)
    {
        Directory.CreateDirectory(folder);
        var stem = Path.Combine(folder, $"{run.Corpus.Name}-{split.ToString().ToLowerInvariant()}");
        File.WriteAllLines(stem + ".pred.jsonl", run.Assignments.Select(ClusteringJsonl.PredictionLine));
        File.WriteAllLines(stem + ".gold.jsonl", run.Corpus.Documents.Select(ClusteringJsonl.GoldLine));
    }
}
