using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Crosscheck.Evaluation;

/// <summary>Article-body precision, recall and F1 over a set of pages, as the Zyte benchmark defines them.</summary>
public sealed record ExtractionScore(int Pages, int Missing, double Precision, double Recall, double F1)
{
    /// <summary>The reference scorer's own line: <c>pages=181 missing=0 precision=0.969 recall=0.967 f1=0.968</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"pages={Pages} missing={Missing} precision={Precision:0.000} recall={Recall:0.000} f1={F1:0.000}");
}

/// <summary>
/// The Zyte (ScrapingHub) article-extraction benchmark's metric, ported from <c>../shared/eval/zyte_score.py</c>:
/// 4-gram shingles of word tokens (Python's <c>\w+</c>: letters, digits, numerics and the underscore, by code
/// point), counted with multiplicity; per page P = tp/(tp+fp) and R = tp/(tp+fn); both averaged over pages;
/// F1 from the two averages. A page without a prediction scores zero. A test checks it against the script.
/// </summary>
public static class ExtractionScorer
{
    /// <summary>Scores predicted bodies (by page id) against the ground truth (<c>{"id": {"articleBody": ...}}</c>).</summary>
    public static ExtractionScore Score(JsonElement groundTruth, IReadOnlyDictionary<string, string> predictions)
    {
        double precisionSum = 0, recallSum = 0;
        int pages = 0, missing = 0;
        foreach (var page in groundTruth.EnumerateObject())
        {
            pages++;
            var truth = page.Value.TryGetProperty("articleBody", out var body) ? body.GetString() ?? string.Empty : string.Empty;
            if (!predictions.TryGetValue(page.Name, out var predicted))
            {
                missing++;
                predicted = string.Empty;
            }
            var (p, r) = ScorePage(truth, predicted);
            precisionSum += p;
            recallSum += r;
        }
        if (pages == 0) return new ExtractionScore(0, 0, 0, 0, 0);
        var precision = precisionSum / pages;
        var recall = recallSum / pages;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return new ExtractionScore(pages, missing, precision, recall, f1);
    }

    /// <summary>One page's precision and recall (zero where undefined).</summary>
    public static (double Precision, double Recall) ScorePage(string truth, string predicted)
    {
        var expected = Shingles(truth);
        var actual = Shingles(predicted);
        var tp = 0;
        foreach (var (shingle, count) in expected)
        {
            if (actual.TryGetValue(shingle, out var other)) tp += Math.Min(count, other);
        }
        var fp = actual.Values.Sum() - tp;
        var fn = expected.Values.Sum() - tp;
        return (tp + fp > 0 ? (double)tp / (tp + fp) : 0, tp + fn > 0 ? (double)tp / (tp + fn) : 0);
    }

    /// <summary>The 4-gram shingles of a text's word tokens with their counts (one shingle of fewer tokens for short texts).</summary>
    public static Dictionary<string, int> Shingles(string text, int n = 4)
    {
        var tokens = Tokens(text);
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0) return shingles;
        var count = Math.Max(1, tokens.Count - n + 1);
        for (var i = 0; i < count; i++)
        {
            var key = string.Join('\u0001', tokens.Skip(i).Take(n));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }
        return shingles;
    }

    /// <summary>Python's <c>re.findall(r'\w+', text)</c> for str patterns.</summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsPythonWordCharacter(rune))
            {
                current.Append(rune.ToString());
                continue;
            }
            if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0) tokens.Add(current.ToString());
        return tokens;
    }

    /// <summary>Python's <c>\w</c>: <c>str.isalnum()</c> (letters and numerics) or the underscore.</summary>
    private static bool IsPythonWordCharacter(Rune rune) => rune.Value == '_' || Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };
}
