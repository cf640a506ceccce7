using System.Net;
using Crosscheck.Sources;

namespace Crosscheck.Cli;

/// <summary>
/// Fetches pages named by http(s) URLs, with a time limit and the page size limit. A fetch that fails (no answer,
/// an error status, too large, not text) is a rejection with the reason, never an exception.
/// </summary>
internal sealed class PageFetcher : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly HttpClient _http;
    private readonly SourceDecoder _decoder;

    public PageFetcher(SourceDecoder decoder)
    {
        _decoder = decoder;
        _http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All, MaxAutomaticRedirections = 5 }) { Timeout = Timeout };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("crosscheck/1.0 (+news consolidation; ingest)");
    }

    public static bool IsUrl(string input) =>
        input.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    public async Task<DecodeResult> FetchAsync(string url, int ordinal, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return DecodeResult.Rejected("not a valid URL");
        try
        {
            using var response = await _http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode) return DecodeResult.Rejected($"the server answered {(int)response.StatusCode} {response.ReasonPhrase}");
            if (response.Content.Headers.ContentLength > _decoder.Options.MaxBytes)
            {
                return DecodeResult.Rejected($"the page is {response.Content.Headers.ContentLength:N0} bytes, larger than the {_decoder.Options.MaxBytes:N0}-byte limit (--max-size)");
            }
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            // The decoder reads at most the size limit, whatever the server sends.
            return _decoder.Decode(body, url, ordinal);
        }
        catch (HttpRequestException e)
        {
            return DecodeResult.Rejected($"could not fetch the page: {e.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DecodeResult.Rejected($"no answer within {Timeout.TotalSeconds:0} s");
        }
        catch (IOException e)
        {
            return DecodeResult.Rejected($"the connection broke while reading the page: {e.Message}");
        }
    }

    public void Dispose() => _http.Dispose();
}
