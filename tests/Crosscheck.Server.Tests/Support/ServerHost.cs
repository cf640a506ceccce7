using System.Net.Http.Headers;
using Crosscheck.Pipeline;
using Crosscheck.Storage;
using Crosscheck.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Crosscheck.Server.Tests.Support;

/// <summary>
/// A started Crosscheck server for a test: in memory (TestServer, the default) or on real Kestrel at a free loopback
/// port, with an <see cref="HttpClient"/> that does not follow redirects.
/// </summary>
public sealed class ServerHost : IAsyncDisposable
{
    /// <summary>One pipeline for every test: it is immutable and reusable.</summary>
    public static CrosscheckPipeline Pipeline { get; } = CrosscheckPipeline.CreateDefault();

    private readonly WebApplication _app;
    private string? _folder;

    private ServerHost(WebApplication app, HttpClient client, IStoryStore store, Uri address)
    {
        _app = app;
        Client = client;
        Store = store;
        Address = address;
    }

    public HttpClient Client { get; }

    public IStoryStore Store { get; }

    /// <summary>Where the server listens (http://localhost/ for the in-memory one).</summary>
    public Uri Address { get; }

    /// <summary>A started server; <paramref name="pipeline"/> replaces the default one (a test breaks a stage with it).</summary>
    public static async Task<ServerHost> StartAsync(CrosscheckServerOptions? options = null, IStoryStore? store = null, bool kestrel = false, CrosscheckPipeline? pipeline = null)
    {
        store ??= new MemoryStoryStore();
        options ??= new CrosscheckServerOptions();
        if (kestrel) options = options with { Urls = ["http://127.0.0.1:0"] };
        var app = CrosscheckServer.Create(store, pipeline ?? Pipeline, options, kestrel ? null : builder => builder.WebHost.UseTestServer());
        await app.StartAsync();
        if (kestrel)
        {
            var address = new Uri(app.Urls.Single());
            var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
            return new ServerHost(app, client, store, address);
        }
        var testClient = app.GetTestServer().CreateClient();
        testClient.Timeout = TimeSpan.FromMinutes(2);
        return new ServerHost(app, testClient, store, testClient.BaseAddress!);
    }

    /// <summary>A server over a fresh SQLite store in a temporary folder, removed when the server is disposed.</summary>
    public static async Task<ServerHost> StartWithSqliteAsync(CrosscheckServerOptions? options = null, bool kestrel = false)
    {
        var folder = Directory.CreateTempSubdirectory("crosscheck-server-").FullName;
        var store = new SqliteStoryStore(Path.Combine(folder, "stories.db"));
        await store.MigrateAsync();
        var host = await StartAsync(options, store, kestrel);
        host._folder = folder;
        return host;
    }

    /// <summary>Posts a page as text/plain or text/html (by its name) with ?source=NAME.</summary>
    public Task<HttpResponseMessage> PostPageAsync(string source, string content, string? token = null)
    {
        var type = source.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? "text/html" : "text/plain";
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles?source=" + Uri.EscapeDataString(source))
        {
            Content = new StringContent(content, System.Text.Encoding.UTF8, type),
        };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Store.DisposeAsync();
        if (_folder is not null) Directory.Delete(_folder, recursive: true);
    }
}
