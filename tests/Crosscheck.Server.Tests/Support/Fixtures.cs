namespace Crosscheck.Server.Tests.Support;

/// <summary>
/// The fictional pages written for these tests (Fixtures/): three outlets' reports of a footbridge collapse in the
/// invented town of Wrenmoor, two pages whose article text holds hostile markup, and an unrelated choir story.
/// </summary>
public static class Fixtures
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static readonly string[] Bridge = ["wrenmoor-herald.txt", "ashcombe-echo.txt", "county-bulletin.html"];

    public static readonly string[] Hostile = ["tallow-valley-notes.txt", "riverside-digest.html"];

    public const string Choir = "hollins-choir.txt";

    /// <summary>The text both hostile pages print as article text.</summary>
    public const string ScriptText = "<script>window.__pwned=1</script>";

    public const string ImageText = "<img src=x onerror=\"window.__pwned=1\">";

    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder, name));
}
