using System.Net;
using System.Text;
using Crosscheck.Server.Tests.Support;
using static Crosscheck.Server.Tests.ArticleApiTests;

namespace Crosscheck.Server.Tests;

/// <summary>The write token, the rule that binds it to non-loopback addresses, and the request size limit.</summary>
public sealed class WriteAccessTests
{
    private const string Token = "7f3c9a61e2b04d58a1c6e9f0b2d4a8c3";

    [Theory]
    [InlineData(null, "this server needs a token to write")]
    [InlineData("Basic dXNlcjpwYXNz", "must be 'Bearer TOKEN'")]
    [InlineData("Bearer not-the-token", "not the one this server was started with")]
    [InlineData("Bearer " + Token + "x", "not the one this server was started with")]
    public async Task With_a_token_a_write_without_it_is_a_401_that_says_how_to_send_it(string? authorization, string detail)
    {
        await using var server = await ServerHost.StartAsync(new CrosscheckServerOptions { WriteToken = Token });
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles?source=wrenmoor-herald.txt")
        {
            Content = new StringContent(Fixtures.Read("wrenmoor-herald.txt"), Encoding.UTF8, "text/plain"),
        };
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detail, (await Json(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await server.Store.CountAsync()).Articles);
    }

    [Fact]
    public async Task With_a_token_the_right_one_writes_and_reads_need_none()
    {
        await using var server = await ServerHost.StartAsync(new CrosscheckServerOptions { WriteToken = Token });
        using var written = await server.PostPageAsync("wrenmoor-herald.txt", Fixtures.Read("wrenmoor-herald.txt"), Token);
        Assert.Equal(HttpStatusCode.Created, written.StatusCode);

        using var list = await server.Client.GetAsync("/api/stories");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(1, (await Json(list)).GetArrayLength());
    }

    [Fact]
    public async Task Without_a_token_a_loopback_server_takes_writes()
    {
        await using var server = await ServerHost.StartAsync(kestrel: true);
        Assert.Equal("127.0.0.1", server.Address.Host);
        using var response = await server.PostPageAsync("wrenmoor-herald.txt", Fixtures.Read("wrenmoor-herald.txt"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://127.3.4.5:80", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://LOCALHOST", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("https://127.0.0.1:0/", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("http://[::]:5080", false)]
    [InlineData("http://192.168.1.20:5080", false)]
    [InlineData("http://news.example:5080", false)]
    public void Only_loopback_addresses_may_serve_without_a_token(string url, bool loopback)
    {
        var open = new CrosscheckServerOptions { Urls = [url] };
        Assert.Equal(loopback, open.Problem() is null);
        if (!loopback)
        {
            Assert.Contains("--token or set CROSSCHECK_TOKEN", open.Problem(), StringComparison.Ordinal);
            var error = Assert.Throws<ArgumentException>(() => CrosscheckServer.Create(new MemoryStoryStore(), ServerHost.Pipeline, open));
            Assert.Contains(url, error.Message, StringComparison.Ordinal);
        }
        Assert.Null((open with { WriteToken = Token }).Problem());
    }

    [Theory]
    [InlineData("127.0.0.1:5080")]
    [InlineData("ftp://127.0.0.1")]
    [InlineData("http://127.0.0.1:http")]
    [InlineData("http://:5080")]
    [InlineData("http://127.0.0.1:70000")]
    public void A_url_that_is_not_one_is_named(string url)
    {
        var problem = new CrosscheckServerOptions { Urls = [url], WriteToken = Token }.Problem();
        Assert.Equal($"'{url}' is not a URL to listen on; write it like http://127.0.0.1:5080", problem);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public async Task A_body_over_the_size_limit_is_a_413(bool kestrel, bool chunked)
    {
        await using var server = await ServerHost.StartAsync(new CrosscheckServerOptions { MaxRequestBytes = 4096 }, kestrel: kestrel);
        var page = Fixtures.Read("wrenmoor-herald.txt") + new string('\n', 4096);
        HttpContent content = chunked
            ? new StreamContent(new NonSeekableStream(Encoding.UTF8.GetBytes(page)))
            : new StringContent(page, Encoding.UTF8, "text/plain");
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
        // As curl does for large bodies: the client waits for the server's go-ahead, so it sends no body into a refusal
        // (one sent anyway would race the 413 with the connection's reset).
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles?source=big.txt") { Content = content };
        request.Headers.ExpectContinue = true;
        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("limit of 4,096 bytes", (await Json(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await server.Store.CountAsync()).Articles);

        using var small = await server.PostPageAsync("wrenmoor-herald.txt", Fixtures.Read("wrenmoor-herald.txt"));
        Assert.Equal(HttpStatusCode.Created, small.StatusCode);
    }

    [Fact]
    public void The_default_limit_is_16_megabytes()
    {
        Assert.Equal(16 * 1024 * 1024, new CrosscheckServerOptions().MaxRequestBytes);
        Assert.Equal(["http://127.0.0.1:5080"], new CrosscheckServerOptions().Urls.ToArray());
    }

    /// <summary>A stream of unknown length, so the client sends it chunked, without a Content-Length.</summary>
    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
