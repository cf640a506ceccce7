using Crosscheck.Tests.Support;

namespace Crosscheck.Tests.Evaluation;

/// <summary>
/// The whole <c>analyze --format json</c> output on the samples, against samples/expected/analysis.expected.json.
/// Refresh it deliberately with UPDATE_GOLDEN=1 and review the diff.
/// </summary>
public sealed class SamplesGoldenTests
{
    private static readonly string GoldenPath = Path.Combine(RepositoryPaths.Samples, "expected", "analysis.expected.json");

    [Fact]
    public void Analysis_of_the_samples_matches_the_golden_file()
    {
        var actual = CorpusRun.Analyze(RepositoryPaths.Samples, "samples/").Json + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(GoldenPath)!);
            File.WriteAllText(GoldenPath, actual);
        }
        Assert.True(File.Exists(GoldenPath), $"{GoldenPath} is missing; create it with UPDATE_GOLDEN=1 dotnet test");
        var expected = File.ReadAllText(GoldenPath);
        if (expected == actual) return;
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var first = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length)).FirstOrDefault(i => expectedLines[i] != actualLines[i], Math.Min(expectedLines.Length, actualLines.Length));
        Assert.Fail($"output differs from {GoldenPath} at line {first + 1}:\n expected: {expectedLines.ElementAtOrDefault(first)}\n actual:   {actualLines.ElementAtOrDefault(first)}\n(run UPDATE_GOLDEN=1 dotnet test to accept, then review the diff)");
    }

    [Fact]
    public void Analysis_is_deterministic()
    {
        var first = CorpusRun.Analyze(RepositoryPaths.Samples, "samples/").Json;
        var second = CorpusRun.Analyze(RepositoryPaths.Samples, "samples/").Json;
        Assert.Equal(first, second);
    }
}
