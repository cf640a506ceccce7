using System.Buffers.Binary;
using Crosscheck.Briefing;
using Crosscheck.Tests.Support;

namespace Crosscheck.Tests.Briefing;

/// <summary>
/// The HTML brief of the seeds in a real browser: Chromium parses it into the brief's sections and takes a
/// screenshot, kept as a CI artifact (artifacts/brief-seeds.png).
/// </summary>
public sealed class BriefScreenshotTests
{
    [BrowserFact]
    public void The_seeds_brief_renders_in_headless_chromium_and_is_saved_as_a_screenshot()
    {
        var seeds = Path.Combine(RepositoryPaths.Shared!, "seeds");
        var report = CorpusRun.Analyze(seeds, "seeds/").Report;
        var artifacts = Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "artifacts")).FullName;
        var page = Path.Combine(artifacts, "brief-seeds.html");
        var png = Path.Combine(artifacts, "brief-seeds.png");
        File.WriteAllText(page, HtmlBriefRenderer.Render(report));
        File.Delete(png);

        var dom = HeadlessChromium.DumpDom(page);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(report.Stories[0].Title), dom, StringComparison.Ordinal);
        Assert.Contains("class=\"summary\"", dom, StringComparison.Ordinal);

        HeadlessChromium.Screenshot(page, png, width: 1280, height: 4000);
        var bytes = File.ReadAllBytes(png);
        Assert.True(bytes.Length > 20_000, $"{png}: {bytes.Length} bytes, too small to hold a rendered brief");
        Assert.Equal("\u0089PNG", System.Text.Encoding.Latin1.GetString(bytes, 0, 4));
        Assert.Equal(1280, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Equal(4000, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
    }
}
