using Crosscheck.Pipeline;
using Crosscheck.Sources;
using Crosscheck.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crosscheck.Server;

/// <summary>
/// Builds the Crosscheck web application around a store: the HTTP API under <c>/api</c>, the OpenAPI document at
/// <c>/openapi/v1.json</c> and the web page at <c>/</c>. Ingest, grouping and analysis are the pipeline's and the
/// store's; this only speaks HTTP and renders what the store holds.
/// </summary>
public static class CrosscheckServer
{
    /// <summary>
    /// The application, not yet started (<c>StartAsync</c> or <c>RunAsync</c> it; dispose it when done). The store must
    /// be migrated already and outlive the application. <paramref name="configure"/> may adjust the builder (tests use
    /// it for an in-memory server, the CLI for console logging).
    /// </summary>
    /// <exception cref="ArgumentException">The options cannot be served (<see cref="CrosscheckServerOptions.Problem"/> says why).</exception>
    public static WebApplication Create(IStoryStore store, CrosscheckPipeline pipeline, CrosscheckServerOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Problem() is { } problem) throw new ArgumentException("Cannot serve: " + problem, nameof(options));

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(CrosscheckServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes;
        });
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new WriteToken(options.WriteToken));
        builder.Services.AddSingleton(new PostedPage(new SourceDecoder(new SourceDecoderOptions { MaxBytes = options.MaxRequestBytes }), options.MaxRequestBytes));
        builder.Services.AddSingleton(new SerialIngestor(new StoryIngestor(pipeline, store, options.TimeProvider)));
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
        {
            // The answers the framework writes itself (no route, wrong method or media type) say what to do too.
            var request = context.HttpContext.Request;
            context.ProblemDetails.Detail ??= context.ProblemDetails.Status switch
            {
                StatusCodes.Status404NotFound => $"nothing is served at {request.Path}; the API is under /api (see /openapi/v1.json), the web page at /",
                StatusCodes.Status405MethodNotAllowed => $"{request.Method} is not allowed on {request.Path}; see /openapi/v1.json for the methods each path takes",
                StatusCodes.Status415UnsupportedMediaType => PostedPage.MediaTypeAdvice(request.ContentType),
                _ => null,
            };
        });
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Crosscheck";
            document.Info.Description = "Post news pages; read the stories Crosscheck groups them into, each in the crosscheck/analysis@1 contract, with its brief.";
            return Task.CompletedTask;
        }));
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(SecurityHeaders);
        app.MapOpenApi();
        ApiEndpoints.Map(app);
        PageEndpoints.Map(app);
        return app;
    }

    /// <summary>
    /// Pages carry their CSS inline and no script: the policy forbids scripts, plugins, frames and every outside
    /// resource, so even text that slipped through escaping could not run.
    /// </summary>
    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        return next();
    }
}
