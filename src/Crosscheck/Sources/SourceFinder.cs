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

    /// <summary>The files to read, and the paths that are neither a file nor a directory.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Missing) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var missing = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(IsPageFile).ToList();
                found.Sort(StringComparer.Ordinal);
                files.AddRange(found);
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                missing.Add(path);
            }
        }
        return (files, missing);
    }
}
