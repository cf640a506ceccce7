using System.Buffers.Binary;
using System.Net;
using System.Text.Json;
using Crosscheck.Server.Tests.Support;
using Crosscheck.Tests.Support;
using static Crosscheck.Server.Tests.ArticleApiTests;

namespace Crosscheck.Server.Tests;

/// <summary>
/// The web page in a real browser: a server on a free loopback port, filled through the API with the fixtures (two of
/// them print <c>&lt;script&gt;</c> and <c>&lt;img onerror&gt;</c> as article text), looked at by headless Chromium.
/// Screenshots: artifacts/web-stories.png and artifacts/web-story.png.
/// </summary>
public sealed class BrowserPageTests
{
    [BrowserFact]
    public async Task The_list_and_the_story_render_in_chromium_with_hostile_text_inert()
    {
        await using var server = await ServerHost.StartWithSqliteAsync(kestrel: true);
        var story = "";
        foreach (var name in Fixtures.Bridge.Concat(Fixtures.Hostile).Append(Fixtures.Choir))
        {
            using var response = await server.PostPageAsync(name, Fixtures.Read(name));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            if (name == Fixtures.Hostile[^1]) story = (await Json(response)).GetProperty("story").GetString()!;
        }
        var stored = (await server.Store.GetStoryAsync(story))!;
        Assert.Equal(story, stored.Id);
        var artifacts = Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "artifacts")).FullName;
        foreach (var png in new[] { "web-stories.png", "web-story.png" }) File.Delete(Path.Combine(artifacts, png));

        var (exitCode, output, error) = BrowserScript.Run("check-pages.mjs",
            server.Address.AbsoluteUri, "/stories/" + story, "shepherds", "Hollins community choir", stored.ArticleIds.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), artifacts);

        Assert.True(exitCode == 0, $"the browser checks failed (exit {exitCode}):\n{output}\n{error}");
        var seen = JsonDocument.Parse(output).RootElement;
        Assert.Equal("undefined", seen.GetProperty("pwned").GetString());
        Assert.Equal(0, seen.GetProperty("dialogs").GetArrayLength());
        Assert.Equal(0, seen.GetProperty("consoleErrors").GetArrayLength());
        Assert.Contains("The Ashcombe Echo", seen.GetProperty("outlets").EnumerateArray().Select(o => o.GetString()));
        foreach (var png in new[] { "web-stories.png", "web-story.png" })
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(artifacts, png));
            Assert.Equal("\u0089PNG", System.Text.Encoding.Latin1.GetString(bytes, 0, 4));
            Assert.True(BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)) >= 1280, $"{png} is narrower than the window");
            Assert.True(bytes.Length > 20_000, $"{png}: {bytes.Length} bytes, too small to hold a rendered page");
        }
    }
}
