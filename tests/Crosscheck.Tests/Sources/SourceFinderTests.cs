using System.Diagnostics;
using Crosscheck.Sources;

namespace Crosscheck.Tests.Sources;

/// <summary>A fact about Unix files (symbolic links, named pipes, permissions); skipped, with a message saying so, on Windows.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "needs Unix files (symbolic links, named pipes, permissions)";
    }
}

/// <summary>Folders, links, pipes and permissions: every page file is found once, and what cannot be read is named, never a crash or a hang.</summary>
public sealed class SourceFinderTests : IDisposable
{
    private const string Article = "Harbour board backs dredging plan\n\nThe harbour board approved a plan on Wednesday to dredge the eastern channel before the autumn storms arrive.\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("crosscheck-sources-").FullName;

    public void Dispose()
    {
        var locked = Path.Combine(_folder, "locked");
        if (!OperatingSystem.IsWindows() && Directory.Exists(locked)) File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>
    /// A link back to a folder above was followed: its pages were read again at every level until the path grew too
    /// long (41 copies of one page for one link), and two such links made the walk exponential, a hang. Links to folders
    /// inside a folder are not followed; links to files are read.
    /// </summary>
    [UnixFact]
    public void Links_to_folders_inside_a_folder_are_not_followed()
    {
        File.WriteAllText(Path.Combine(_folder, "good.txt"), Article);
        var sub = Directory.CreateDirectory(Path.Combine(_folder, "sub")).FullName;
        File.CreateSymbolicLink(Path.Combine(sub, "linked.txt"), Path.Combine("..", "good.txt"));
        Directory.CreateSymbolicLink(Path.Combine(sub, "loop"), "..");
        Directory.CreateSymbolicLink(Path.Combine(sub, "again"), _folder);

        var (files, missing) = SourceFinder.Expand([_folder]);

        Assert.Equal([Path.Combine(_folder, "good.txt"), Path.Combine(sub, "linked.txt")], files);
        Assert.Empty(missing);
        // A link given as a path is followed, and the links inside the folder it leads to are not.
        Assert.Equal([Path.Combine(sub, "loop", "good.txt"), Path.Combine(sub, "loop", "sub", "linked.txt")], SourceFinder.Expand([Path.Combine(sub, "loop")]).Files);
    }

    /// <summary>An unreadable folder threw UnauthorizedAccessException out of the walk and stopped the whole run.</summary>
    [UnixFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void An_unreadable_folder_is_named_and_the_rest_is_read()
    {
        File.WriteAllText(Path.Combine(_folder, "good.txt"), Article);
        var locked = Directory.CreateDirectory(Path.Combine(_folder, "locked")).FullName;
        File.WriteAllText(Path.Combine(locked, "hidden.txt"), Article);
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            if (Directory.EnumerateFiles(locked).Any()) return; // as root permissions do not apply: nothing to check
        }
        catch (UnauthorizedAccessException)
        {
            // Locked, as wanted.
        }

        var (files, missing) = SourceFinder.Expand([_folder]);

        Assert.Equal([Path.Combine(_folder, "good.txt")], files);
        var (path, problem) = Assert.Single(missing);
        Assert.Equal(locked, path);
        Assert.StartsWith("cannot read the folder: ", problem);
    }

    /// <summary>
    /// A named pipe among the pages opens only once something writes to it: `crosscheck analyze` of such a folder waited
    /// for ever. A file that states no length is given a time to open; a pipe that is written to is read as a page.
    /// </summary>
    [UnixFact]
    public void A_named_pipe_nothing_writes_to_is_rejected_in_time_and_one_written_to_is_read()
    {
        var pipe = Path.Combine(_folder, "pipe.txt");
        var writtenPipe = Path.Combine(_folder, "written.txt");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [pipe, writtenPipe]) { UseShellExecute = false })!) mkfifo.WaitForExit();
        Assert.True(File.Exists(pipe) && File.Exists(writtenPipe), "mkfifo made no pipe");
        var decoder = new SourceDecoder(new SourceDecoderOptions { OpenTimeout = TimeSpan.FromMilliseconds(300) });
        var watch = Stopwatch.StartNew();

        var unwritten = decoder.DecodeFile(pipe, pipe, 0);

        Assert.Null(unwritten.Document);
        Assert.StartsWith("the file did not open within 0.3 s", unwritten.RejectionReason);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{watch.Elapsed.TotalSeconds:F1} s");

        // Another pipe: the first one's opening is still waiting for a writer, and would take this one.
        var writer = Task.Run(() => File.WriteAllText(writtenPipe, Article));
        var written = new SourceDecoder(new SourceDecoderOptions { OpenTimeout = TimeSpan.FromSeconds(30) }).DecodeFile(writtenPipe, writtenPipe, 0);
        Assert.True(writer.Wait(TimeSpan.FromSeconds(30)));
        Assert.Equal(Article, written.Document?.Content);
    }

    [Fact]
    public void An_empty_file_is_still_rejected_as_empty()
    {
        var empty = Path.Combine(_folder, "empty.txt");
        File.WriteAllBytes(empty, []);
        Assert.Equal("file is empty", new SourceDecoder().DecodeFile(empty, empty, 0).RejectionReason);
    }
}
