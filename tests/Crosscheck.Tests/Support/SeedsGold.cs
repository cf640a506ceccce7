using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Crosscheck.Tests.Support;

/// <summary>
/// Builds the seeds' gold from eval/seeds/gold-spec.json (written by line number, so the repository holds no seed
/// text), the same way eval/seeds_gold.py does.
/// </summary>
public static partial class SeedsGold
{
    public static JsonElement Build(string seedsFolder)
    {
        var spec = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "eval", "seeds", "gold-spec.json")))!;
        var files = spec["files"]!.AsObject().ToDictionary(f => f.Key, f => File.ReadAllText(Path.Combine(seedsFolder, f.Key)).Split('\n'));
        var articles = new JsonObject();
        foreach (var (name, node) in spec["files"]!.AsObject())
        {
            var lines = files[name];
            var f = node!.AsObject();
            articles[name] = new JsonObject
            {
                ["story"] = f["story"]!.GetValue<string>(),
                ["duplicateOf"] = null,
                ["title"] = Take(lines, f["title"]!),
                ["author"] = f["author"]?.GetValue<string>(),
                ["outlet"] = f["outlet"]?.GetValue<string>(),
                ["published"] = f["published"]?.GetValue<string>(),
                ["body"] = new JsonArray(f["body"]!.AsArray().Select(e => (JsonNode?)Take(lines, e!)).ToArray()),
                ["boilerplate"] = new JsonArray(f["boilerplate"]!.AsArray().Select(e => (JsonNode?)Take(lines, e!)).ToArray()),
            };
        }
        var stories = spec["stories"]!.DeepClone().AsObject();
        foreach (var (_, story) in stories)
        {
            foreach (var quote in story!["quotes"]!.AsArray())
            {
                var variants = new JsonObject();
                foreach (var (name, reference) in quote!["variants"]!.AsObject()) variants[name] = Quoted(files[name], reference!);
                quote["variants"] = variants;
            }
        }
        var gold = new JsonObject { ["articles"] = articles, ["stories"] = stories };
        return JsonDocument.Parse(gold.ToJsonString()).RootElement.Clone();
    }

    private static string Take(string[] lines, JsonNode entry)
    {
        if (entry is JsonValue) return lines[entry.GetValue<int>() - 1].Trim();
        var line = lines[entry["line"]!.GetValue<int>() - 1];
        if (entry["from"] is { } from) return line[line.IndexOf(from.GetValue<string>(), StringComparison.Ordinal)..].Trim();
        return line[..line.IndexOf(entry["until"]!.GetValue<string>(), StringComparison.Ordinal)].Trim();
    }

    /// <summary>The k-th passage of a line between straight or curly double quotes: <c>{"line": n, "quote": k}</c>.</summary>
    private static string Quoted(string[] lines, JsonNode reference)
    {
        var line = lines[reference["line"]!.GetValue<int>() - 1];
        var match = QuotedPassage().Matches(line)[reference["quote"]!.GetValue<int>() - 1];
        return (match.Groups[1].Success ? match.Groups[1] : match.Groups[2]).Value.Trim();
    }

    [GeneratedRegex("\"([^\"]+)\"|\u201C([^\u201D]+)\u201D")]
    private static partial Regex QuotedPassage();
}
