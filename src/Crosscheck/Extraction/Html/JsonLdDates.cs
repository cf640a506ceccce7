using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Crosscheck.Text;

namespace Crosscheck.Extraction.Html;

/// <summary>
/// The publication and modification dates a page's JSON-LD states (schema.org datePublished, dateCreated,
/// uploadDate, dateModified), read from every object however nested: top level, arrays, @graph, mainEntity.
/// Dates of the article itself (an object typed Article, NewsArticle, BlogPosting, WebPage, …) come before
/// those of other objects. Scripts that are not valid JSON are searched for the same keys as plain text.
/// </summary>
internal sealed partial class JsonLdDates
{
    private const int MaxScriptLength = 1_000_000;

    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    [GeneratedRegex(@"""(?<key>datePublished|dateCreated|uploadDate|dateModified)""\s{0,20}:\s{0,20}""(?<value>[^""]{4,60})""", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 500)]
    private static partial Regex DateProperty();

    private readonly List<string> articlePublished = [];
    private readonly List<string> articleCreated = [];
    private readonly List<string> otherPublished = [];
    private readonly List<string> otherCreated = [];
    private readonly List<string> modified = [];

    private JsonLdDates()
    {
    }

    /// <summary>Publication dates as written: the article's datePublished, its dateCreated or uploadDate, then other objects' in the same order.</summary>
    public IEnumerable<string> Published => articlePublished.Concat(articleCreated).Concat(otherPublished).Concat(otherCreated);

    /// <summary>Modification dates as written, in document order.</summary>
    public IReadOnlyList<string> Modified => modified;

    public static JsonLdDates Read(IDocument document)
    {
        var dates = new JsonLdDates();
        foreach (var script in PageLandmarks.Of(document).TypedScripts)
        {
            if (!(script.GetAttribute("type") ?? string.Empty).Contains("ld+json", StringComparison.OrdinalIgnoreCase)) continue;
            var text = script.TextContent;
            if (text.Length > MaxScriptLength) text = text[..MaxScriptLength];
            if (!dates.TryReadJson(text)) dates.ReadLoosely(text);
        }
        return dates;
    }

    private bool TryReadJson(string text)
    {
        try
        {
            using var json = JsonDocument.Parse(JsonSurrogates.Repair(text.Trim().TrimEnd(';')), Lenient);
            Walk(json.RootElement, depth: 0);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private void ReadLoosely(string text)
    {
        try
        {
            for (var match = DateProperty().Match(text); match.Success; match = match.NextMatch())
            {
                var value = match.Groups["value"].Value;
                var list = match.Groups["key"].Value switch
                {
                    "dateModified" => modified,
                    "datePublished" => otherPublished,
                    _ => otherCreated,
                };
                list.Add(value);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Keep what was read in time.
        }
    }

    private void Walk(JsonElement element, int depth)
    {
        if (depth > 20) return;
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray()) Walk(item, depth + 1);
            return;
        }
        if (element.ValueKind != JsonValueKind.Object) return;
        var article = HasType(element, IsArticleType);
        var aboutSomethingElse = HasType(element, IsOtherThingType);
        foreach (var property in element.EnumerateObject())
        {
            switch (property.Name)
            {
                case "datePublished" or "dateCreated" or "uploadDate" or "dateModified" when aboutSomethingElse:
                    break;
                case "datePublished":
                    Add(article ? articlePublished : otherPublished, property.Value);
                    break;
                case "dateCreated" or "uploadDate":
                    Add(article ? articleCreated : otherCreated, property.Value);
                    break;
                case "dateModified":
                    Add(modified, property.Value);
                    break;
                default:
                    if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array) Walk(property.Value, depth + 1);
                    break;
            }
        }
    }

    private static void Add(List<string> list, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String) list.Add(value.GetString() ?? string.Empty);
        else if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String) list.Add(item.GetString() ?? string.Empty);
            }
        }
        else if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("@value", out var inner) && inner.ValueKind == JsonValueKind.String)
        {
            list.Add(inner.GetString() ?? string.Empty);
        }
    }

    private static bool HasType(JsonElement element, Func<string?, bool> test)
    {
        if (!element.TryGetProperty("@type", out var type)) return false;
        if (type.ValueKind == JsonValueKind.String) return test(type.GetString());
        return type.ValueKind == JsonValueKind.Array && type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && test(t.GetString()));
    }

    /// <summary>Things whose dates are not the page's: the site, its publisher, people, places, pictures.</summary>
    private static bool IsOtherThingType(string? type) =>
        type is "WebSite" or "Organization" or "NewsMediaOrganization" or "Corporation" or "Person" or "Place" or "Brand" or "ImageObject"
            or "SiteNavigationElement" or "WPHeader" or "WPFooter" or "WPSideBar" or "BreadcrumbList" or "Event";

    private static bool IsArticleType(string? type) =>
        type is not null
        && (type.EndsWith("Article", StringComparison.OrdinalIgnoreCase)
            || type.EndsWith("Posting", StringComparison.OrdinalIgnoreCase)
            || type.EndsWith("WebPage", StringComparison.OrdinalIgnoreCase)
            || type is "Report" or "Blog" or "Review" or "Question" or "CreativeWork" or "VideoObject" or "Recipe");
}
