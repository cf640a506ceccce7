using System.Globalization;
using System.Text.Json;
using Crosscheck.Text;

namespace Crosscheck.Evaluation;

/// <summary>
/// How well a clustering matches gold labels: B-cubed and pairwise precision, recall and F1, and normalised mutual
/// information (arithmetic-mean normalisation), over the <see cref="N"/> gold documents.
/// </summary>
public sealed record ClusteringScore(
    int N, int GoldClusters, int PredictedClusters,
    double BCubedPrecision, double BCubedRecall, double BCubedF1,
    double PairwisePrecision, double PairwiseRecall, double PairwiseF1,
    double Nmi)
{
    /// <summary>
    /// The reference scorer's own line, character for character:
    /// <c>n=982 gold_clusters=86 pred_clusters=90 b3_p=0.9000 b3_r=… b3_f1=… pw_p=… pw_r=… pw_f1=… nmi=…</c>.
    /// </summary>
    public string Format() =>
        $"n={N.ToString(CultureInfo.InvariantCulture)} gold_clusters={GoldClusters.ToString(CultureInfo.InvariantCulture)} " +
        $"pred_clusters={PredictedClusters.ToString(CultureInfo.InvariantCulture)} " +
        $"b3_p={PythonFloat.Fixed(BCubedPrecision, 4)} b3_r={PythonFloat.Fixed(BCubedRecall, 4)} b3_f1={PythonFloat.Fixed(BCubedF1, 4)} " +
        $"pw_p={PythonFloat.Fixed(PairwisePrecision, 4)} pw_r={PythonFloat.Fixed(PairwiseRecall, 4)} pw_f1={PythonFloat.Fixed(PairwiseF1, 4)} " +
        $"nmi={PythonFloat.Fixed(Nmi, 4)}";

    public override string ToString() => Format();
}

/// <summary>One document's label in a gold or predicted clustering.</summary>
public sealed record ClusterLabel(string Id, string Label);

/// <summary>
/// The clustering metrics of <c>../shared/eval/cluster_score.py</c>, ported: the same sums in the same order (gold
/// ids in the order given, clusters in order of first appearance), so that <see cref="ClusteringScore.Format"/>
/// prints the script's line. Sums of floating-point terms are left to right, as Python 3.11's <c>sum()</c> adds
/// (3.12's compensated <c>sum()</c> can differ in the last bits only). A test checks agreement with the script.
/// </summary>
public static class ClusteringScorer
{
    /// <summary>Scores a predicted clustering against the gold one. Predicted ids that are not gold are ignored.</summary>
    /// <param name="gold">Each gold document once, in the order the sums run (the gold file's order).</param>
    /// <param name="predicted">Every gold id's predicted cluster.</param>
    /// <exception cref="ArgumentException">No gold documents, a gold id twice, or a gold id without a prediction.</exception>
    public static ClusteringScore Score(IReadOnlyList<ClusterLabel> gold, IReadOnlyDictionary<string, string> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count == 0) throw new ArgumentException("There are no gold documents to score against; give at least one.", nameof(gold));
        var predictedLabels = new string[gold.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var missing = new List<string>();
        for (var i = 0; i < gold.Count; i++)
        {
            var id = gold[i].Id;
            if (!seen.Add(id)) throw new ArgumentException($"Gold id '{id}' appears twice; give each gold document once.", nameof(gold));
            if (predicted.TryGetValue(id, out var label)) predictedLabels[i] = label;
            else missing.Add(id);
        }
        if (missing.Count > 0)
        {
            throw new ArgumentException(
                $"{missing.Count} gold ids missing from the prediction, e.g. {string.Join(", ", missing.Take(3).Select(m => $"'{m}'"))}; every gold id must be predicted (cluster the same documents the gold file lists).",
                nameof(predicted));
        }

        var goldClusters = Clusters(gold.Select(g => g.Label));
        var predictedClusters = Clusters(predictedLabels);
        var joint = Clusters(gold.Select((g, i) => (Gold: g.Label, Predicted: predictedLabels[i])));
        var n = gold.Count;

        // B-cubed: per document, the overlap of its gold and predicted clusters over each one's size.
        double precision = 0.0, recall = 0.0;
        for (var i = 0; i < n; i++)
        {
            var overlap = joint.SizeOf((gold[i].Label, predictedLabels[i]));
            precision += (double)overlap / predictedClusters.SizeOf(predictedLabels[i]);
            recall += (double)overlap / goldClusters.SizeOf(gold[i].Label);
        }
        precision /= n;
        recall /= n;
        var f1 = precision + recall != 0 ? 2 * precision * recall / (precision + recall) : 0.0;

        // Pairwise: pairs of documents together in both clusterings, over pairs together in each.
        var truePairs = Pairs(joint);
        var predictedPairs = Pairs(predictedClusters);
        var goldPairs = Pairs(goldClusters);
        var pairPrecision = predictedPairs != 0 ? truePairs / predictedPairs : 1.0;
        var pairRecall = goldPairs != 0 ? truePairs / goldPairs : 1.0;
        var pairF1 = pairPrecision + pairRecall != 0 ? 2 * pairPrecision * pairRecall / (pairPrecision + pairRecall) : 0.0;

        // NMI: mutual information over the mean of the two entropies.
        var mutualInformation = 0.0;
        foreach (var ((goldLabel, predictedLabel), count) in joint.Sizes)
        {
            var goldShare = (double)goldClusters.SizeOf(goldLabel) / n;
            var predictedShare = (double)predictedClusters.SizeOf(predictedLabel) / n;
            mutualInformation += (double)count / n * Math.Log((double)count / n / (goldShare * predictedShare));
        }
        var entropies = Entropy(goldClusters, n) + Entropy(predictedClusters, n);
        var nmi = entropies != 0 ? 2 * mutualInformation / entropies : 1.0;

        return new ClusteringScore(n, goldClusters.Sizes.Count, predictedClusters.Sizes.Count, precision, recall, f1, pairPrecision, pairRecall, pairF1, nmi);
    }

    /// <summary>Scores two JSONL files as the script does: every gold id's <paramref name="goldKey"/> against the prediction's "story".</summary>
    /// <exception cref="InvalidDataException">A line that is not a JSON object with "id" and the label.</exception>
    public static ClusteringScore Score(string goldFile, string predictedFile, string goldKey = "story")
    {
        var predicted = ReadLabels(predictedFile, "story").ToDictionary(l => l.Id, l => l.Label, StringComparer.Ordinal);
        return Score(ReadLabels(goldFile, goldKey), predicted);
    }

    /// <summary>
    /// The labels of a JSONL file, read as the script reads them: blank lines skipped, "id" and the label as text
    /// (strings, or numbers as written); an id seen again takes the later label and keeps its first place.
    /// </summary>
    /// <exception cref="InvalidDataException">A line that is not a JSON object with "id" and the label, naming the file and line.</exception>
    public static IReadOnlyList<ClusterLabel> ReadLabels(string file, string key)
    {
        var labels = new List<ClusterLabel>();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(file))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            string id, label;
            try
            {
                using var json = JsonDocument.Parse(JsonSurrogates.Repair(line));
                id = LabelText(json.RootElement, "id");
                label = LabelText(json.RootElement, key);
            }
            catch (Exception e) when (e is JsonException or InvalidDataException)
            {
                throw new InvalidDataException($"{file}:{lineNumber.ToString(CultureInfo.InvariantCulture)}: {e.Message}; each line must be a JSON object with \"id\" and \"{key}\"", e);
            }
            if (positions.TryGetValue(id, out var position)) labels[position] = new ClusterLabel(id, label);
            else
            {
                positions[id] = labels.Count;
                labels.Add(new ClusterLabel(id, label));
            }
        }
        return labels;
    }

    /// <summary>A string value as is, a number as written; anything else is a malformed line.</summary>
    internal static string LabelText(JsonElement line, string key)
    {
        if (line.ValueKind != JsonValueKind.Object) throw new InvalidDataException($"not a JSON object but {Describe(line.ValueKind)}");
        if (!line.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null) throw new InvalidDataException($"no \"{key}\"");
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Number => value.GetRawText(),
            _ => throw new InvalidDataException($"\"{key}\" must be a string or a number, not {Describe(value.ValueKind)}"),
        };
    }

    internal static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static ClusterSizes<T> Clusters<T>(IEnumerable<T> labels)
        where T : notnull
    {
        var sizes = new ClusterSizes<T>();
        foreach (var label in labels) sizes.Add(label);
        return sizes;
    }

    /// <summary>Pairs within clusters, as doubles (exact below 2^53, so the order of the sum does not matter).</summary>
    private static double Pairs<T>(ClusterSizes<T> clusters)
        where T : notnull
    {
        var pairs = 0.0;
        foreach (var (_, size) in clusters.Sizes) pairs += (double)size * (size - 1) / 2;
        return pairs;
    }

    /// <summary>−Σ p·ln p over the clusters, summed in order of first appearance.</summary>
    private static double Entropy(ClusterSizes<string> clusters, int n)
    {
        var sum = 0.0;
        foreach (var (_, size) in clusters.Sizes) sum += (double)size / n * Math.Log((double)size / n);
        return -sum;
    }

    /// <summary>Cluster sizes in order of first appearance, like Python's <c>Counter</c>.</summary>
    private sealed class ClusterSizes<T>
        where T : notnull
    {
        private readonly Dictionary<T, int> _index = [];

        public List<KeyValuePair<T, int>> Sizes { get; } = [];

        public void Add(T label)
        {
            if (_index.TryGetValue(label, out var i)) Sizes[i] = new(label, Sizes[i].Value + 1);
            else
            {
                _index[label] = Sizes.Count;
                Sizes.Add(new(label, 1));
            }
        }

        public int SizeOf(T label) => Sizes[_index[label]].Value;
    }
}
