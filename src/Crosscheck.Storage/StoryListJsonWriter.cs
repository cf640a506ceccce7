using System.Text.Encodings.Web;
using System.Text.Json;
using Crosscheck.Output;

namespace Crosscheck.Storage;

/// <summary>
/// The story list as JSON: what <c>crosscheck stories --format json</c> prints and <c>GET /api/stories</c> serves, an
/// array of <c>{ "id", "title", "articles": [article id, …], "outlets", "firstPublished", "lastPublished",
/// "updated" }</c> in the store's order (latest first, then largest). Keys are stable: add, never rename.
/// </summary>
public static class StoryListJsonWriter
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(IEnumerable<StoryListing> stories, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stories);
        using var json = new Utf8JsonWriter(stream, WriterOptions);
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
            json.WriteString("updated", StoreTimestamps.ToText(story.UpdatedAt));
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    public static string Write(IEnumerable<StoryListing> stories)
    {
        using var stream = new MemoryStream();
        Write(stories, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
