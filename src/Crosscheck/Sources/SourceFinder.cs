namespace Crosscheck.Sources;

/// <summary>
/// Expands the paths a user gives into the page files to read: files as given, directories recursively
/// (every .txt, .html, .htm, optionally .gz, in ordinal path order so runs are reproducible).
/// </summary>
public static class SourceFinder
{
    private static readonly string[] Extensions = [".txt", ".html", ".htm"];

    public static bool IsPageFile(string path)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return Extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The files to read, and the paths that gave none with the reason: neither a file nor a directory, or a folder
    /// that could not be read (its other files are read).
    /// </summary>
    /// <remarks>
    /// Links to folders inside a folder are not followed (as <c>grep -r</c> does not); a link given as a path is. A
    /// link back to a folder above it was read again at every level until the path grew too long, and two such links
    /// made the walk exponential.
    /// </remarks>
    public static (IReadOnlyList<string> Files, IReadOnlyList<(string Path, string Problem)> Missing) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var missing = new List<(string Path, string Problem)>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = FilesBelow(path, missing);
                found.Sort(StringComparer.Ordinal);
                files.AddRange(found);
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                missing.Add((path, "no such file or directory"));
            }
        }
        return (files, missing);
    }

    /// <summary>The page files in a folder and the folders below it that are not links; each folder that cannot be read is a problem.</summary>
    private static List<string> FilesBelow(string root, List<(string Path, string Problem)> problems)
    {
        var found = new List<string>();
        var folders = new Stack<string>();
        folders.Push(root);
        while (folders.Count > 0)
        {
            var folder = folders.Pop();
            try
            {
                found.AddRange(Directory.EnumerateFiles(folder).Where(IsPageFile));
                foreach (var below in Directory.EnumerateDirectories(folder))
                {
                    if (new DirectoryInfo(below).LinkTarget is null) folders.Push(below);
                }
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                // Unreadable (permissions), or gone since it was listed: the folder is named with its problem, the rest is read.
                problems.Add((folder, $"cannot read the folder: {e.Message}"));
            }
        }
        return found;
    }
}
