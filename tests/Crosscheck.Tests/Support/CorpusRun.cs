using System.Text.Json;
using Crosscheck.Output;
using Crosscheck.Pipeline;
using Crosscheck.Sources;

namespace Crosscheck.Tests.Support;

/// <summary>Runs the default pipeline over a folder, as <c>crosscheck analyze DIR --format json</c> does.</summary>
public static class CorpusRun
{
    /// <param name="folder">The folder of pages.</param>
    /// <param name="sourcePrefix">How sources are named in the output (relative names keep golden files machine-independent).</param>
    public static (AnalysisReport Report, string Json) Analyze(string folder, string sourcePrefix)
    {
        var decoder = new SourceDecoder();
        var files = SourceFinder.Expand([folder]).Files;
        var documents = files.Select((f, i) => decoder.DecodeFile(f, sourcePrefix + Path.GetRelativePath(folder, f).Replace('\\', '/'), i).Document!).ToList();
        var report = CrosscheckPipeline.CreateDefault().Analyze(documents);
        return (report, AnalysisJsonWriter.Write(report));
    }

    public static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
