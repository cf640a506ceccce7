using System.Text.Json;
using Crosscheck.Text;

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
                using var json = JsonDocument.Parse(JsonSurrogates.Repair(script), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
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
            if (type.ValueKind != JsonValueKind.Array) return IsArticleType(type.ToString()) ? element : Graph(element);
            foreach (var item in type.EnumerateArray())
            {
                if (IsArticleType(item.ToString())) return element;
            }
        }
        return Graph(element);
    }

    private static JsonElement? Graph(JsonElement element) => element.TryGetProperty("@graph", out var graph) ? FindArticle(graph) : null;

    private static bool IsArticleType(string type) => type.EndsWith("Article", StringComparison.OrdinalIgnoreCase) || type is "BlogPosting" or "Report" or "LiveBlogPosting";

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Name(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object => Str(value, "name"),
            JsonValueKind.Array => JoinedNames(value),
            _ => null,
        };
    }

    /// <summary>The names in an array of names or named objects, joined with "and"; null when it names no one.</summary>
    private static string? JoinedNames(JsonElement array)
    {
        var names = new List<string>();
        foreach (var item in array.EnumerateArray())
        {
            var name = item.ValueKind switch { JsonValueKind.Object => Str(item, "name"), JsonValueKind.String => item.GetString(), _ => null };
            if (!string.IsNullOrWhiteSpace(name)) names.Add(name);
        }
        return names.Count > 0 ? string.Join(" and ", names) : null;
    }
}
