using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Crosscheck.Evaluation;
using Crosscheck.Text;

namespace Crosscheck.Cli;

/// <summary><c>crosscheck eval ...</c>: the project's quality measurements on the shared reference corpora.</summary>
internal static class EvalCommand
{
    public static Command Create() => new("eval", "Measure quality on a reference corpus, with the same figures as the reference scorers in ../shared/eval.")
    {
        Extraction(),
        EvalDatesCommand.Create(),
        EvalClusteringCommand.Create(),
        EvalEntitiesCommand.Create(),
        EvalQuotesCommand.Create(),
    };

    private static Command Extraction()
    {
        var corpus = new Argument<string>("CORPUS")
        {
            Description = "The Zyte article-extraction benchmark folder (html/ and ground-truth.json).",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "corpora", "zyte-article-extraction"),
        };
        var predictions = new Option<string?>("--pred") { Description = "Score this extract JSONL (from `crosscheck extract --format jsonl`) instead of extracting the pages." };
        var output = new Option<string?>("--out") { Description = "Also write the extracted pages as JSONL (source, text) to this file." };
        var worst = new Option<int>("--worst") { Description = "Also list this many pages with the lowest P+R.", DefaultValueFactory = _ => 0 };
        var command = new Command("extraction", "Article-body precision/recall/F1 on the Zyte benchmark, as ../shared/eval/zyte_score.py prints them.")
        {
            corpus, predictions, output, worst,
        };
        command.SetAction(parse => RunExtraction(parse.GetValue(corpus)!, parse.GetValue(predictions), parse.GetValue(output), parse.GetValue(worst)));
        return command;
    }

    private static int RunExtraction(string corpus, string? predictionsFile, string? outputFile, int worst)
    {
        if (!File.Exists(Path.Combine(corpus, "ground-truth.json")))
        {
            Console.Error.WriteLine($"crosscheck: {corpus}: not the Zyte benchmark folder (no ground-truth.json in it)");
            return ExitCodes.Failure;
        }
        Dictionary<string, string> texts;
        if (predictionsFile is not null)
        {
            if (!File.Exists(predictionsFile))
            {
                Console.Error.WriteLine($"crosscheck: {predictionsFile}: no such file");
                return ExitCodes.Failure;
            }
            try
            {
                texts = ReadPredictions(predictionsFile);
            }
            catch (InvalidDataException e)
            {
                Console.Error.WriteLine($"crosscheck: {e.Message}");
                return ExitCodes.Failure;
            }
        }
        else
        {
            var pages = new ExtractionBenchmark().Run(corpus);
            texts = pages.ToDictionary(p => p.Id, p => p.Text);
            if (outputFile is not null)
            {
                using var writer = new StreamWriter(outputFile);
                foreach (var page in pages) writer.WriteLine(JsonSerializer.Serialize(new { source = page.File, text = page.Text }));
            }
        }
        var truth = ExtractionBenchmark.ReadGroundTruth(corpus);
        Console.WriteLine(ExtractionScorer.Score(truth, texts));
        if (worst > 0)
        {
            var ranked = truth.EnumerateObject()
                .Select(p => (p.Name, Url: p.Value.TryGetProperty("url", out var u) ? u.GetString() : null, Score: ExtractionScorer.ScorePage(p.Value.GetProperty("articleBody").GetString() ?? string.Empty, texts.GetValueOrDefault(p.Name, string.Empty))))
                .OrderBy(p => p.Score.Precision + p.Score.Recall).ThenBy(p => p.Name, StringComparer.Ordinal)
                .Take(worst);
            foreach (var (name, url, (p, r)) in ranked) Console.WriteLine($"  P {p:0.00} R {r:0.00}  {name[..Math.Min(12, name.Length)]}  {url}");
        }
        return ExitCodes.Success;
    }

    /// <summary>An extract JSONL read as the reference scorer reads it: id = file name up to its first dot; text, or the body lines joined.</summary>
    private static Dictionary<string, string> ReadPredictions(string file)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(file))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            // A line that is not such an object threw out of the command (JsonException, InvalidOperationException): it
            // is named instead, as eval clustering names its bad lines.
            try
            {
                using var json = JsonDocument.Parse(JsonSurrogates.Repair(line));
                var root = json.RootElement;
                if (root.ValueKind != JsonValueKind.Object) throw new InvalidDataException($"not a JSON object but {root.ValueKind.ToString().ToLowerInvariant()}");
                var source = root.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()
                    : root.TryGetProperty("id", out var i) ? i.GetString() : null;
                if (source is null) continue;
                string text;
                if (root.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String) text = t.GetString()!;
                else if (root.TryGetProperty("body", out var b) && b.ValueKind == JsonValueKind.Array) text = string.Join('\n', b.EnumerateArray().Select(x => x.GetString()));
                else text = string.Empty;
                texts[ExtractionBenchmark.PageId(source)] = text;
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or InvalidDataException)
            {
                throw new InvalidDataException($"{file}:{lineNumber.ToString(CultureInfo.InvariantCulture)}: {e.Message}; each line must be a JSON object with \"source\" (or \"id\") and \"text\" (or \"body\", an array of strings)", e);
            }
        }
        return texts;
    }
}
