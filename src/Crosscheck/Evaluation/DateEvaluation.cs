using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Crosscheck.Extraction.Html;
using Crosscheck.Sources;

namespace Crosscheck.Evaluation;

/// <summary>One page of a date benchmark: its file, address, the gold date (null: the page has none) and the date found.</summary>
public sealed record DatePrediction(string File, string Url, DateOnly? Gold, DateOnly? Predicted);

/// <summary>
/// htmldate's confusion counts over a set of pages. A page without output is a false negative, and also a true
/// negative when it has no gold date; an output equal to the gold date is a true positive; any other output
/// is a false positive. Accuracy is (TP + TN) over the pages.
/// </summary>
public sealed record DateScores(int Pages, int TruePositives, int FalsePositives, int TrueNegatives, int FalseNegatives)
{
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double Accuracy => Ratio(TruePositives + TrueNegatives, Pages);

    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0;

    /// <summary>The one-line summary, e.g. <c>pages=200 tp=… accuracy=0.925 f1=…</c>.</summary>
    public string Format() => string.Create(
        CultureInfo.InvariantCulture,
        $"pages={Pages} tp={TruePositives} fp={FalsePositives} tn={TrueNegatives} fn={FalseNegatives} precision={Precision:0.000} recall={Recall:0.000} accuracy={Accuracy:0.000} f1={F1:0.000}");

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}

/// <summary>The outcome of running the date finder over a benchmark folder.</summary>
public sealed record DateEvaluationRun(DateScores Scores, IReadOnlyList<DatePrediction> Predictions, TimeSpan Elapsed)
{
    public IEnumerable<DatePrediction> Misses => Predictions.Where(p => p.Predicted != p.Gold);
}

/// <summary>
/// Scores publication dates the way htmldate's evaluation does (tests/evaluation.py), and runs
/// <see cref="PublicationDateFinder"/> over a benchmark folder in htmldate's layout: a gold file
/// <c>eval_*.json</c> mapping each URL to <c>{"file", "date"}</c> (the date "YYYY-MM-DD", or a bare NaN for a
/// page without one) and the pages, possibly gzipped, in <c>html/</c>.
/// </summary>
public static partial class DateEvaluation
{
    [GeneratedRegex(@"(?<=:\s*)NaN(?=\s*[,}])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex BareNaN();

    /// <summary>The confusion counts of a set of predictions.</summary>
    public static DateScores Score(IEnumerable<DatePrediction> predictions)
    {
        int pages = 0, tp = 0, fp = 0, tn = 0, fn = 0;
        foreach (var p in predictions)
        {
            pages++;
            if (p.Predicted is null)
            {
                fn++;
                if (p.Gold is null) tn++;
            }
            else if (p.Predicted == p.Gold)
            {
                tp++;
            }
            else
            {
                fp++;
            }
        }
        return new DateScores(pages, tp, fp, tn, fn);
    }

    /// <summary>
    /// The gold entries of a benchmark file: (url, file name, date or null), in file order. The bare NaN that
    /// Python's json module writes for a missing date (not JSON, so no reader accepts it) is read as null.
    /// </summary>
    public static IReadOnlyList<(string Url, string File, DateOnly? Date)> ReadGold(string json)
    {
        var entries = JsonSerializer.Deserialize<Dictionary<string, GoldEntry>>(BareNaN().Replace(json, "null"))
            ?? throw new InvalidDataException("the gold file is empty; expected an object mapping URLs to {\"file\", \"date\"}");
        return entries.Select(e => (e.Key, e.Value.File, ParseGoldDate(e.Value.Date))).ToList();
    }

    /// <summary>
    /// Runs the finder over every page of a benchmark folder. <paramref name="useUrl"/> passes each page's URL
    /// to the finder as htmldate's own evaluation may; without it the finder sees only the page.
    /// <paramref name="include"/> selects a subset of the pages by file name (a dev or test half).
    /// </summary>
    public static DateEvaluationRun Run(string folder, bool useUrl, DateOnly latestPlausible, Func<string, bool>? include = null, CancellationToken cancellationToken = default)
    {
        var goldPath = Directory.GetFiles(folder, "eval_*.json").Order(StringComparer.Ordinal).FirstOrDefault()
            ?? throw new FileNotFoundException($"no gold file eval_*.json in {folder}; pass the folder of an htmldate-style benchmark");
        var gold = ReadGold(File.ReadAllText(goldPath));
        var decoder = new SourceDecoder();
        var predictions = new List<DatePrediction>(gold.Count);
        var clock = Stopwatch.StartNew();
        var ordinal = 0;
        foreach (var (url, file, date) in gold)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (include is not null && !include(file)) continue;
            var path = PagePath(folder, file);
            var decoded = path is null ? null : decoder.DecodeFile(path, file, ordinal++).Document;
            DateOnly? predicted = null;
            if (decoded is not null)
            {
                using var document = HtmlArticleReader.Parse(decoded.Content);
                predicted = PublicationDateFinder.Find(document, useUrl ? url : null, latestPlausible);
            }
            predictions.Add(new DatePrediction(file, url, date, predicted));
        }
        return new DateEvaluationRun(Score(predictions), predictions, clock.Elapsed);
    }

    /// <summary>A stable split of a benchmark into halves by file name: true for the dev half, false for the test half.</summary>
    public static bool IsDevPage(string file)
    {
        var hash = 2166136261u;
        foreach (var ch in file)
        {
            hash = (hash ^ ch) * 16777619u;
        }
        return hash % 2 == 0;
    }

    private static string? PagePath(string folder, string file)
    {
        foreach (var candidate in new[] { Path.Combine(folder, "html", file + ".gz"), Path.Combine(folder, "html", file), Path.Combine(folder, file + ".gz"), Path.Combine(folder, file) })
        {
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static DateOnly? ParseGoldDate(string? date) =>
        DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private sealed record GoldEntry(
        [property: JsonPropertyName("file")] string File,
        [property: JsonPropertyName("date")] string? Date);
}
