using System.Text.Encodings.Web;
using System.Text.Json;
using Crosscheck.Output;
using Crosscheck.Pipeline;

namespace Crosscheck.Storage;

/// <summary>
/// Everything a store holds as one <c>crosscheck/analysis@1</c> document: every article in ingest order, and every
/// story as it was analysed when stored, in the order <c>analyze</c> gives them (most distinct articles first, then
/// the earliest article). For the same pages ingested in the same order, the document equals the one
/// <c>crosscheck analyze --format json</c> prints, with an empty "rejected" list (a store keeps no rejections).
/// </summary>
public static class StoreExport
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(IStoryStore store, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var articles = await store.LoadArticlesAsync(cancellationToken).ConfigureAwait(false);
        var members = await store.LoadStoryMembersAsync(cancellationToken).ConfigureAwait(false);
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var order = members
            .OrderByDescending(s => s.Value.Count(id => byId[id].DuplicateOf is null))
            .ThenBy(s => s.Value.Min(id => byId[id].Ordinal))
            .Select(s => s.Key)
            .ToList();

        // The articles as the contract writes them, taken from a report that holds only them.
        using var articleDocument = JsonDocument.Parse(AnalysisJsonWriter.Write(new AnalysisReport([.. articles], [], [])));
        await using var json = new Utf8JsonWriter(stream, WriterOptions);
        json.WriteStartObject();
        json.WriteString("schema", AnalysisJsonWriter.Schema);
        json.WritePropertyName("articles");
        articleDocument.RootElement.GetProperty("articles").WriteTo(json);
        json.WriteStartArray("stories");
        foreach (var id in order)
        {
            var story = await store.GetStoryAsync(id, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Story {id} was listed but could not be read; is another process changing the store? Export again.");
            using var document = JsonDocument.Parse(story.Json);
            foreach (var stored in document.RootElement.GetProperty("stories").EnumerateArray()) stored.WriteTo(json);
        }
        json.WriteEndArray();
        json.WriteStartArray("rejected");
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
