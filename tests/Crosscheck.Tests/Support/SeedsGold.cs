using System.Text.Json;
using System.Text.Json.Nodes;

namespace Crosscheck.Tests.Support;

/// <summary>
/// Builds the seeds' gold from eval/seeds/gold-spec.json (written by line number, so the repository holds no seed
/// text), the same way eval/seeds_gold.py does.
/// </summary>
public static class SeedsGold
{
    public static JsonElement Build(string seedsFolder)
    {
        var spec = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "eval", "seeds", "gold-spec.json")))!;
        var articles = new JsonObject();
        foreach (var (name, node) in spec["files"]!.AsObject())
        {
            var lines = File.ReadAllText(Path.Combine(seedsFolder, name)).Split('\n');
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
        var gold = new JsonObject { ["articles"] = articles, ["stories"] = spec["stories"]!.DeepClone() };
        return JsonDocument.Parse(gold.ToJsonString()).RootElement.Clone();
    }

    private static string Take(string[] lines, JsonNode entry)
    {
        if (entry is JsonValue) return lines[entry.GetValue<int>() - 1].Trim();
        var line = lines[entry["line"]!.GetValue<int>() - 1];
        if (entry["from"] is { } from) return line[line.IndexOf(from.GetValue<string>(), StringComparison.Ordinal)..].Trim();
        return line[..line.IndexOf(entry["until"]!.GetValue<string>(), StringComparison.Ordinal)].Trim();
    }
}
