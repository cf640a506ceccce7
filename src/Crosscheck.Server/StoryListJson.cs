using System.Text.Encodings.Web;
using System.Text.Json;
using Crosscheck.Output;
using Crosscheck.Storage;

namespace Crosscheck.Server;

/// <summary>A list of stories as JSON: an array of <c>{ "id", "title", "articles", "outlets", "firstPublished", "lastPublished", "updatedAt" }</c>.</summary>
internal static class StoryListJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IReadOnlyList<StoryListing> stories)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartArray();
            foreach (var story in stories)
            {
                json.WriteStartObject();
                json.WriteString("id", story.Id);
                json.WriteString("title", story.Title);
                json.WriteStartArray("articles");
                foreach (var id in story.ArticleIds) json.WriteStringValue(id);
                json.WriteEndArray();
                json.WriteStartArray("outlets");
                foreach (var outlet in story.Outlets) json.WriteStringValue(outlet);
                json.WriteEndArray();
                json.WriteString("firstPublished", AnalysisJsonWriter.FormatDate(story.FirstPublished));
                json.WriteString("lastPublished", AnalysisJsonWriter.FormatDate(story.LastPublished));
                json.WriteString("updatedAt", story.UpdatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
