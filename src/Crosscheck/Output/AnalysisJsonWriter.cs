using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Crosscheck.Analysis;
using Crosscheck.Comparison;
using Crosscheck.Extraction;
using Crosscheck.Pipeline;

namespace Crosscheck.Output;

/// <summary>
/// Writes a report in the <c>crosscheck/analysis@1</c> contract (DESIGN.md). Keys are stable: new data is
/// added under new keys, never by renaming. Non-ASCII text is written as is, not escaped.
/// </summary>
public static class AnalysisJsonWriter
{
    public const string Schema = "crosscheck/analysis@1";

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(AnalysisReport report, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, WriterOptions);
        json.WriteStartObject();
        json.WriteString("schema", Schema);
        json.WriteStartArray("articles");
        foreach (var article in report.Articles) WriteArticle(json, article);
        json.WriteEndArray();
        json.WriteStartArray("stories");
        foreach (var story in report.Stories) WriteStory(json, story);
        json.WriteEndArray();
        json.WriteStartArray("rejected");
        foreach (var rejection in report.Rejections)
        {
            json.WriteStartObject();
            json.WriteString("source", rejection.Source);
            json.WriteString("reason", rejection.Reason);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static string Write(AnalysisReport report)
    {
        using var stream = new MemoryStream();
        Write(report, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The date as the contract prints it: "YYYY-MM-DD".</summary>
    public static string? FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Writes the metadata and body fields shared by the analysis articles and the extract lines.</summary>
    internal static void WriteArticleFields(Utf8JsonWriter json, string source, string? title, string? author, string? outlet, DateOnly? published, string? language, ImmutableArray<string> body)
    {
        json.WriteString("source", source);
        json.WriteString("title", title);
        json.WriteString("author", author);
        json.WriteString("outlet", outlet);
        json.WriteString("published", FormatDate(published));
        json.WriteString("language", language);
        Strings(json, "body", body);
    }

    private static void WriteArticle(Utf8JsonWriter json, Article article)
    {
        json.WriteStartObject();
        json.WriteString("id", article.Id);
        WriteArticleFields(json, article.Source, article.Title, article.Author, article.Outlet, article.Published, article.Language, article.Body);
        json.WriteString("duplicateOf", article.DuplicateOf);
        json.WriteEndObject();
    }

    private static void WriteStory(Utf8JsonWriter json, Story story)
    {
        var analysis = story.Analysis;
        json.WriteStartObject();
        json.WriteString("id", story.Id);
        json.WriteString("title", story.Title);
        Strings(json, "articles", story.ArticleIds);
        json.WriteStartArray("primarySources");
        foreach (var source in analysis.PrimarySources)
        {
            json.WriteStartObject();
            json.WriteString("name", source.Name);
            Strings(json, "articles", source.ArticleIds);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("entities");
        foreach (var entity in analysis.Entities)
        {
            json.WriteStartObject();
            json.WriteString("name", entity.Name);
            json.WriteString("type", TypeName(entity.Type));
            Strings(json, "aliases", entity.Aliases);
            Strings(json, "articles", entity.ArticleIds);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("quotes");
        foreach (var quote in analysis.Quotes)
        {
            json.WriteStartObject();
            json.WriteString("speaker", quote.Speaker);
            json.WriteStartArray("variants");
            foreach (var variant in quote.Variants)
            {
                json.WriteStartObject();
                json.WriteString("article", variant.ArticleId);
                json.WriteString("text", variant.Text);
                json.WriteStartArray("span");
                json.WriteNumberValue(variant.Span.Start);
                json.WriteNumberValue(variant.Span.End);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("timeline");
        foreach (var item in analysis.Timeline)
        {
            json.WriteStartObject();
            json.WriteString("date", item.Date);
            json.WriteString("text", item.Text);
            Strings(json, "articles", item.ArticleIds);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("claims");
        foreach (var claim in story.Comparison.Claims)
        {
            json.WriteStartObject();
            json.WriteString("text", claim.Text);
            json.WriteString("status", StatusName(claim.Status));
            Strings(json, "articles", claim.ArticleIds);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("conflicts");
        foreach (var conflict in story.Comparison.Conflicts)
        {
            json.WriteStartObject();
            json.WriteString("about", conflict.About);
            json.WriteStartArray("versions");
            foreach (var version in conflict.Versions)
            {
                json.WriteStartObject();
                json.WriteString("text", version.Text);
                Strings(json, "articles", version.ArticleIds);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("summary");
        foreach (var sentence in story.Summary)
        {
            json.WriteStartObject();
            json.WriteString("text", sentence.Text);
            Strings(json, "articles", sentence.ArticleIds);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        // Only on a story a stage broke on, so the output of every other story is unchanged.
        if (story.Failure is { } failure)
        {
            json.WriteStartObject("failure");
            json.WriteString("stage", failure.StageName);
            json.WriteString("error", failure.Error);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }

    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organization",
        EntityType.Location => "location",
        _ => "other",
    };

    public static string StatusName(ClaimStatus status) => status switch
    {
        ClaimStatus.Consensus => "consensus",
        ClaimStatus.Partial => "partial",
        _ => "unique",
    };
}
