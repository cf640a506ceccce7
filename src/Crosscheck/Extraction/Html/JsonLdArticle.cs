using System.Text.Json;

namespace Crosscheck.Extraction.Html;

/// <summary>The fields of a schema.org NewsArticle/Article in a page's JSON-LD scripts.</summary>
internal sealed record JsonLdArticle(string? Headline, string? Author, string? Publisher)
{
    public static JsonLdArticle Read(IEnumerable<string> scripts)
    {
        foreach (var script in scripts)
        {
            try
            {
                using var json = JsonDocument.Parse(script, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                var article = FindArticle(json.RootElement);
                if (article is { } a)
                {
                    return new JsonLdArticle(Str(a, "headline"), Name(a, "author"), Name(a, "publisher"));
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the page's other metadata still counts.
            }
        }
        return new JsonLdArticle(null, null, null);
    }

    private static JsonElement? FindArticle(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (FindArticle(item) is { } found) return found;
            }
            return null;
        }
        if (element.ValueKind != JsonValueKind.Object) return null;
        if (element.TryGetProperty("@type", out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.ToString()) : [type.ToString()];
            if (types.Any(t => t.EndsWith("Article", StringComparison.OrdinalIgnoreCase) || t is "BlogPosting" or "Report" or "LiveBlogPosting")) return element;
        }
        return element.TryGetProperty("@graph", out var graph) ? FindArticle(graph) : null;
    }

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Name(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object => Str(value, "name"),
            JsonValueKind.Array => string.Join(" and ", value.EnumerateArray().Select(v => v.ValueKind switch { JsonValueKind.Object => Str(v, "name"), JsonValueKind.String => v.GetString(), _ => null }).Where(n => !string.IsNullOrWhiteSpace(n))) is { Length: > 0 } joined ? joined : null,
            _ => null,
        };
    }
}
