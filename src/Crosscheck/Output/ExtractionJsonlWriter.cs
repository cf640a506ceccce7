using System.Text.Encodings.Web;
using System.Text.Json;
using Crosscheck.Extraction;

namespace Crosscheck.Output;

/// <summary>
/// Writes one <c>crosscheck extract --format jsonl</c> line per page:
/// <c>{ "source", "title", "author", "outlet", "published", "language", "body", "text" }</c>, plus "error"
/// for a page that yielded no article, and "removed" (each furniture block and its kind) when asked to explain.
/// </summary>
public static class ExtractionJsonlWriter
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="explain">Also write "removed": every block dropped as furniture, with its kind.</param>
    public static string Line(string source, ExtractionResult result, bool explain = false)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            json.WriteStartObject();
            var article = result.Article;
            if (article is null)
            {
                AnalysisJsonWriter.WriteArticleFields(json, source, null, null, null, null, null, []);
                json.WriteString("text", string.Empty);
                json.WriteString("error", result.RejectionReason);
            }
            else
            {
                AnalysisJsonWriter.WriteArticleFields(json, source, article.Title, article.Author, article.Outlet, article.Published, article.Language, article.Body);
                json.WriteString("text", article.Text);
            }
            if (explain && result.Page is { } page)
            {
                json.WriteStartArray("removed");
                foreach (var removed in page.Removed)
                {
                    json.WriteStartObject();
                    json.WriteString("kind", removed.Kind.ToString());
                    json.WriteString("text", removed.Text);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
