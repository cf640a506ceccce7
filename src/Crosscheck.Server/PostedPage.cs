using System.Text;
using System.Text.Json;
using Crosscheck.Sources;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Crosscheck.Server;

/// <summary>The JSON form of <c>POST /api/articles</c>: the page's name (a path or URL) and its text.</summary>
public sealed record PostedArticle(string? Source, string? Content);

/// <summary>
/// Reads the page a <c>POST /api/articles</c> carries (text/plain or text/html with <c>?source=</c>, or JSON
/// <c>{ "source", "content" }</c>) and decodes it as the CLI decodes a file. The body is read up to the size limit only.
/// </summary>
internal sealed class PostedPage(SourceDecoder decoder, long maxBytes)
{
    private const int MaxSourceLength = 2048;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The decoded page, or the problem with the request (a page the decoder cannot read is a 422).</summary>
    public async Task<(SourceDocument? Document, ApiProblem? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes) return (null, ApiProblem.TooLarge(maxBytes));
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType))
        {
            return (null, new ApiProblem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", MediaTypeAdvice(request.ContentType)));
        }
        var type = mediaType.MediaType.Value?.ToLowerInvariant();
        var body = await ReadCappedAsync(request, cancellationToken).ConfigureAwait(false);
        if (body is null) return (null, ApiProblem.TooLarge(maxBytes));

        string? source;
        byte[] page;
        if (type is "application/json" || (type?.EndsWith("+json", StringComparison.Ordinal) ?? false))
        {
            PostedArticle? posted;
            try
            {
                posted = JsonSerializer.Deserialize<PostedArticle>(body, Json);
            }
            catch (JsonException e)
            {
                return (null, ApiProblem.BadRequest($"the body is not the JSON object {{ \"source\", \"content\" }}: {e.Message}"));
            }
            if (posted?.Content is null) return (null, ApiProblem.BadRequest("the JSON body has no \"content\" (the page's text)"));
            source = posted.Source;
            page = Encoding.UTF8.GetBytes(posted.Content);
        }
        else if (type is "text/plain" or "text/html")
        {
            source = request.Query["source"].ToString();
            page = body;
        }
        else
        {
            return (null, new ApiProblem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", MediaTypeAdvice(request.ContentType)));
        }

        if (SourceProblem(source) is { } problem) return (null, ApiProblem.BadRequest(problem));
        var decoded = decoder.Decode(new MemoryStream(page, writable: false), source!, 0);
        if (decoded.Document is null)
        {
            return (null, new ApiProblem(StatusCodes.Status422UnprocessableEntity, "No article in the page", $"{source}: {decoded.RejectionReason}"));
        }
        // A page posted as HTML is read as HTML whatever its name says (the name decides otherwise, as for files).
        var document = type == "text/html" ? decoded.Document with { Format = SourceFormat.Html } : decoded.Document;
        return (document, null);
    }

    /// <summary>What a 415 answer says: which media type was refused and which are taken.</summary>
    public static string MediaTypeAdvice(string? contentType) =>
        (string.IsNullOrEmpty(contentType) ? "the request has no Content-Type" : $"'{contentType}' is not accepted")
        + "; send the page as text/plain or text/html with ?source=NAME, or as application/json { \"source\", \"content\" }";

    private static string? SourceProblem(string? source)
    {
        if (string.IsNullOrWhiteSpace(source)) return "name the page: add ?source=NAME (its path or URL) to the request, or \"source\" to the JSON body";
        if (source.Length > MaxSourceLength) return $"the source name is {source.Length:N0} characters long; at most {MaxSourceLength:N0} are accepted";
        if (source.Any(char.IsControl)) return "the source name holds control characters; give the page's path or URL";
        return null;
    }

    /// <summary>The body, or null when it is larger than the limit (Kestrel's own limit ends the read the same way).</summary>
    private async Task<byte[]?> ReadCappedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes) return null;
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        return buffer.ToArray();
    }
}
