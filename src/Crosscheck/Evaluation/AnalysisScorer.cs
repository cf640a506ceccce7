using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Crosscheck.Evaluation;

/// <summary>
/// Scores an analysis (<c>crosscheck/analysis@1</c> JSON) against a gold file, exactly as the reference scorer
/// <c>../shared/eval/analysis_score.py</c> does: same folding, same token containment thresholds, same metric
/// names, so the numbers agree to the digit (a test checks this against the Python script).
/// </summary>
public static partial class AnalysisScorer
{
    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[\p{L}\p{Mn}\p{Nd}\p{Pc}]+")]
    private static partial Regex Word();

    /// <summary>The scores in the reference scorer's order; counts (articles_missing, summary_sentences) are whole numbers.</summary>
    public static IReadOnlyList<(string Name, double Value)> Score(JsonElement gold, JsonElement analysis)
    {
        var results = new List<(string, double)>();
        var outArticles = Array(analysis, "articles").ToList();
        var outStories = Array(analysis, "stories").ToList();
        var arts = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var a in outArticles) arts[Path.GetFileName(Str(a, "source") ?? string.Empty)] = a;
        var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var a in outArticles) byId[Str(a, "id") ?? string.Empty] = a;
        var goldArticles = gold.GetProperty("articles").EnumerateObject().ToList();
        results.Add(("articles_missing", goldArticles.Count(g => !arts.ContainsKey(g.Name))));

        // Clustering: B-cubed over gold files; distractors are their own stories.
        var goldLabel = goldArticles.ToDictionary(g => g.Name, g => Str(g.Value, "story") is { Length: > 0 } s ? s : "solo:" + g.Name);
        var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in outStories)
        {
            foreach (var aid in Array(s, "articles").Select(x => x.GetString() ?? string.Empty))
            {
                if (byId.TryGetValue(aid, out var a)) storyOf[Path.GetFileName(Str(a, "source") ?? string.Empty)] = Str(s, "id") ?? string.Empty;
            }
        }
        var predLabel = goldArticles.ToDictionary(g => g.Name, g => storyOf.GetValueOrDefault(g.Name) ?? "none:" + g.Name);
        var goldMembers = goldArticles.GroupBy(g => goldLabel[g.Name]).ToDictionary(x => x.Key, x => x.Select(g => g.Name).ToHashSet());
        var predMembers = goldArticles.GroupBy(g => predLabel[g.Name]).ToDictionary(x => x.Key, x => x.Select(g => g.Name).ToHashSet());
        double bp = 0, br = 0;
        foreach (var g in goldArticles)
        {
            var gm = goldMembers[goldLabel[g.Name]];
            var pm = predMembers[predLabel[g.Name]];
            var both = gm.Count(pm.Contains);
            bp += (double)both / pm.Count;
            br += (double)both / gm.Count;
        }
        bp /= goldArticles.Count;
        br /= goldArticles.Count;
        results.Add(("cluster_b3_f1", bp + br > 0 ? 2 * bp * br / (bp + br) : 0));

        // Body extraction.
        int keep = 0, total = 0, leak = 0, boilerplate = 0;
        foreach (var g in goldArticles)
        {
            var body = arts.TryGetValue(g.Name, out var a) ? string.Join(' ', Array(a, "body").Select(p => p.GetString())) : string.Empty;
            var foldedBody = Fold(body);
            foreach (var p in Array(g.Value, "body"))
            {
                total++;
                keep += Contained(p.GetString(), body, 0.95) ? 1 : 0;
            }
            foreach (var b in Array(g.Value, "boilerplate"))
            {
                if (Tokens(b.GetString()).Count == 0) continue;
                boilerplate++;
                leak += foldedBody.Contains(Fold(b.GetString()), StringComparison.Ordinal) ? 1 : 0;
            }
        }
        results.Add(("body_recall", total > 0 ? (double)keep / total : 1));
        results.Add(("boilerplate_rejected", boilerplate > 0 ? 1 - (double)leak / boilerplate : 1));

        double Accuracy(string field, Func<string, JsonElement?, bool> same)
        {
            int n = 0, ok = 0;
            foreach (var g in goldArticles)
            {
                if (!Truthy(g.Value, field)) continue;
                n++;
                JsonElement? predicted = arts.TryGetValue(g.Name, out var a) && a.TryGetProperty(field, out var v) ? v : null;
                ok += same(Str(g.Value, field)!, predicted) ? 1 : 0;
            }
            return n > 0 ? (double)ok / n : 1;
        }
        static string? Value(JsonElement? e) => e is { ValueKind: JsonValueKind.String } s ? s.GetString() : e is { ValueKind: JsonValueKind.Number } n ? n.GetRawText() : null;
        results.Add(("title_acc", Accuracy("title", (g, p) => Value(p) is { Length: > 0 } v && Fold(g) == Fold(v))));
        results.Add(("author_acc", Accuracy("author", (g, p) => Value(p) is { Length: > 0 } v && Fold(g) == Fold(v))));
        results.Add(("outlet_acc", Accuracy("outlet", (g, p) => Value(p) is { Length: > 0 } v && Fold(g) == Fold(v))));
        results.Add(("date_acc", Accuracy("published", (g, p) => Value(p) is { Length: > 0 } v && (v.Length >= g.Length ? v[..g.Length] : v) == g)));
        var dups = goldArticles.Where(g => Truthy(g.Value, "duplicateOf")).ToList();
        results.Add(("duplicates_found", dups.Count > 0 ? (double)dups.Count(g => arts.TryGetValue(g.Name, out var a) && Truthy(a, "duplicateOf")) / dups.Count : 1));

        ScoreStories(gold, goldArticles, predLabel, outArticles, outStories, results);
        return results;
    }

    private static void ScoreStories(JsonElement gold, List<JsonProperty> goldArticles, Dictionary<string, string> predLabel, List<JsonElement> outArticles, List<JsonElement> outStories, List<(string, double)> results)
    {
        var fileOfId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in outArticles) fileOfId[Str(a, "id") ?? string.Empty] = Path.GetFileName(Str(a, "source") ?? string.Empty);
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in outArticles) bodies[Str(a, "id") ?? string.Empty] = string.Join(' ', Array(a, "body").Select(p => p.GetString()));
        int psOk = 0, entN = 0, entOk = 0, entFrag = 0, qN = 0, qOk = 0, qSpk = 0, tN = 0, tOk = 0, uN = 0, uOk = 0, cN = 0, cOk = 0, faithN = 0, faithOk = 0;
        var goldStories = gold.TryGetProperty("stories", out var gs0) ? gs0.EnumerateObject().ToList() : [];
        foreach (var goldStory in goldStories)
        {
            var gs = goldStory.Value;
            var counts = new List<(string Label, int Count)>();
            foreach (var g in goldArticles.Where(g => Str(g.Value, "story") == goldStory.Name))
            {
                var label = predLabel[g.Name];
                var index = counts.FindIndex(c => c.Label == label);
                if (index < 0) counts.Add((label, 1));
                else counts[index] = (label, counts[index].Count + 1);
            }
            var best = counts.Count == 0 ? null : counts.Aggregate((x, y) => y.Count > x.Count ? y : x).Label;
            JsonElement? s = outStories.Cast<JsonElement?>().FirstOrDefault(o => Str(o!.Value, "id") == best);
            JsonElement story = s ?? default;
            bool has = s is not null;

            psOk += has && Array(story, "primarySources").Any(p => Fold(Str(gs, "primarySource")) == Fold(Str(p, "name"))) ? 1 : 0;
            var predEntities = has ? Array(story, "entities").ToList() : [];
            foreach (var e in Array(gs, "entities"))
            {
                var names = NamesOf(e);
                var hits = predEntities.Count(p => NamesOf(p).Overlaps(names));
                entN++;
                entOk += hits > 0 ? 1 : 0;
                entFrag += hits > 1 ? 1 : 0;
            }
            foreach (var q in Array(gs, "quotes"))
            {
                var speaker = Fold(Str(q, "speaker"));
                var names = new HashSet<string>(StringComparer.Ordinal) { speaker };
                foreach (var e in Array(gs, "entities").Where(e => Fold(Str(e, "name")) == speaker))
                {
                    foreach (var alias in Array(e, "aliases")) names.Add(Fold(alias.GetString()));
                }
                foreach (var variant in q.GetProperty("variants").EnumerateObject())
                {
                    qN++;
                    var text = variant.Value.GetString();
                    foreach (var pq in has ? Array(story, "quotes") : [])
                    {
                        var match = Array(pq, "variants").Any(v => fileOfId.GetValueOrDefault(Str(v, "article") ?? string.Empty) == variant.Name
                            && Contained(text, Str(v, "text") ?? string.Empty, 0.7) && Contained(Str(v, "text") ?? string.Empty, text, 0.7));
                        if (!match) continue;
                        qOk++;
                        var spk = Fold(Str(pq, "speaker") ?? string.Empty);
                        qSpk += spk.Length > 0 && (names.Contains(spk) || names.Any(n => n.Length > 0 && (spk.Contains(n, StringComparison.Ordinal) || n.Contains(spk, StringComparison.Ordinal)))) ? 1 : 0;
                        break;
                    }
                }
            }
            var dates = has ? Array(story, "timeline").Select(t => t.TryGetProperty("date", out var d) ? (d.ValueKind == JsonValueKind.String ? d.GetString() : d.GetRawText()) : "None").ToHashSet() : [];
            foreach (var t in Array(gs, "timeline"))
            {
                tN++;
                tOk += dates.Contains(Str(t, "date")) ? 1 : 0;
            }
            foreach (var u in Array(gs, "unique"))
            {
                uN++;
                var file = Str(u, "file");
                var keywords = Array(u, "keywords").Select(k => Fold(k.GetString())).ToList();
                uOk += has && Array(story, "claims").Any(c => Str(c, "status") == "unique"
                    && Array(c, "articles").Select(a => fileOfId.GetValueOrDefault(a.GetString() ?? string.Empty)).SequenceEqual([file])
                    && keywords.Any(k => Fold(Str(c, "text")).Contains(k, StringComparison.Ordinal))) ? 1 : 0;
            }
            foreach (var c in Array(gs, "conflicts"))
            {
                cN++;
                var values = Array(c, "versions").Select(v => Str(v, "value")).ToList();
                foreach (var pc in has ? Array(story, "conflicts") : [])
                {
                    var texts = Array(pc, "versions").Select(v => Str(v, "text") ?? string.Empty).ToList();
                    var matched = Enumerable.Range(0, values.Count).Count(i => texts.Any(t => Contained(values[i], t, 0.6)));
                    if (matched >= 2)
                    {
                        cOk++;
                        break;
                    }
                }
            }
            foreach (var sentence in has ? Array(story, "summary") : [])
            {
                faithN++;
                var cited = Array(sentence, "articles").Select(a => a.GetString() ?? string.Empty).ToList();
                faithOk += cited.Count > 0 && cited.Any(a => Contained(Str(sentence, "text"), bodies.GetValueOrDefault(a) ?? string.Empty, 0.8)) ? 1 : 0;
            }
        }
        var ns = goldStories.Count;
        results.Add(("primary_source_acc", ns > 0 ? (double)psOk / ns : 1));
        results.Add(("entity_recall", entN > 0 ? (double)entOk / entN : 1));
        results.Add(("entity_fragmented", entN > 0 ? (double)entFrag / entN : 0));
        results.Add(("quote_recall", qN > 0 ? (double)qOk / qN : 1));
        results.Add(("quote_speaker_acc", qOk > 0 ? (double)qSpk / qOk : 0));
        results.Add(("timeline_recall", tN > 0 ? (double)tOk / tN : 1));
        results.Add(("unique_recall", uN > 0 ? (double)uOk / uN : 1));
        results.Add(("conflict_recall", cN > 0 ? (double)cOk / cN : 1));
        results.Add(("summary_faithful", faithN > 0 ? (double)faithOk / faithN : 0));
        results.Add(("summary_sentences", faithN));
    }

    /// <summary>One key=value line per score, as the reference scorer prints them (floats with three decimals).</summary>
    public static string Format(IEnumerable<(string Name, double Value)> scores) =>
        string.Join('\n', scores.Select(s => s.Name is "articles_missing" or "summary_sentences"
            ? $"{s.Name}={s.Value.ToString(CultureInfo.InvariantCulture)}"
            : $"{s.Name}={s.Value.ToString("0.000", CultureInfo.InvariantCulture)}")) + "\n";

    /// <summary>The reference scorer's folding: NFKD without marks, typographic quotes to ASCII, spaces collapsed, lower case.</summary>
    public static string Fold(string? text)
    {
        var decomposed = (text ?? string.Empty).Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            sb.Append(ch switch { '\u2019' or '\u2018' => '\'', '\u201C' or '\u201D' => '"', _ => ch });
        }
        return Whitespace().Replace(sb.ToString(), " ").Trim().ToLowerInvariant();
    }

    public static List<string> Tokens(string? text) => Word().Matches(Fold(text)).Select(m => m.Value).ToList();

    public static bool Contained(string? needle, string? hay, double need)
    {
        var n = Tokens(needle);
        if (n.Count == 0) return false;
        var h = Tokens(hay).ToHashSet(StringComparer.Ordinal);
        return (double)n.Count(h.Contains) / n.Count >= need;
    }

    private static HashSet<string> NamesOf(JsonElement entity)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { Fold(Str(entity, "name") ?? string.Empty) };
        foreach (var alias in Array(entity, "aliases")) names.Add(Fold(alias.GetString()));
        return names;
    }

    private static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [];

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool Truthy(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!.Length > 0,
            JsonValueKind.Null or JsonValueKind.Undefined or JsonValueKind.False => false,
            JsonValueKind.Array => value.GetArrayLength() > 0,
            _ => true,
        };
}
