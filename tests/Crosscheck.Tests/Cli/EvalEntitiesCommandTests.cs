using Crosscheck.Tests.Support;

namespace Crosscheck.Tests.Cli;

/// <summary><c>crosscheck eval entities</c>: one summary line on MEANTIME, and a clear error for a wrong folder.</summary>
public sealed class EvalEntitiesCommandTests
{
    [Fact]
    public void A_folder_that_is_not_the_corpus_is_named_in_the_error()
    {
        var folder = Directory.CreateTempSubdirectory("crosscheck-not-meantime-").FullName;
        try
        {
            var run = CliRunner.Run("eval", "entities", folder);
            Assert.Equal(2, run.ExitCode);
            Assert.Contains(folder, run.StandardError);
            Assert.Contains("meantime.conll.gz", run.StandardError);
            Assert.Empty(run.StandardOutput);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [SharedCorpusFact]
    public void The_test_half_prints_one_line_and_the_worst_article_its_errors()
    {
        var run = CliRunner.Run("eval", "entities", Path.Combine(RepositoryPaths.Shared!, "corpora", "meantime-en"), "--split", "test", "--worst", "1");
        Assert.True(run.ExitCode == 0, run.StandardError);
        var lines = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("meantime split=test unit=topic articles=", lines[0]);
        Assert.Contains(" strict: p=", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("  missed:", lines[2]);
        Assert.StartsWith("  spurious:", lines[3]);
    }
}
