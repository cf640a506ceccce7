namespace Crosscheck.Evaluation;

/// <summary>
/// The story-clustering corpora of <c>../shared/corpora</c>, by short name: <c>ecb</c> (ECB+, 982 news articles,
/// two similar events per topic), <c>uci</c> (UCI News Aggregator, 6,365 headlines with outlet and time),
/// <c>mstream</c> (MStream News, 11,109 stemmed headlines) and <c>mstream-t</c> (the same, ordered by story).
/// </summary>
public static class ClusteringCorpora
{
    /// <summary>Every corpus, in the order evaluations run them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["ecb", "uci", "mstream", "mstream-t"];

    /// <summary>The fields of an MStream line: <c>{"Id", "clusterNo", "textCleaned"}</c>; the cleaned words are the title.</summary>
    public static ClusteringJsonlFields MStreamFields { get; } = new()
    {
        Id = "Id", Title = "textCleaned", Text = null, Published = null, Outlet = null, Url = null, Gold = "clusterNo",
    };

    /// <summary>The file (or, for <c>uci</c>, the folder whose first CSV file) a corpus is read from, below <paramref name="corporaFolder"/>.</summary>
    public static string PathOf(string corporaFolder, string name) => name switch
    {
        "ecb" => Path.Combine(corporaFolder, "ecbplus", "ECB+.xml.tar.gz"),
        "uci" => Path.Combine(corporaFolder, "uci-news-sample"),
        "mstream" => Path.Combine(corporaFolder, "mstream-news", "News.jsonl.gz"),
        "mstream-t" => Path.Combine(corporaFolder, "mstream-news", "News-T.jsonl.gz"),
        _ => throw new ArgumentException($"No clustering corpus is called '{name}'; use one of {string.Join(", ", Names)}.", nameof(name)),
    };

    /// <summary>
    /// Null when the corpus is in place; otherwise what is missing and what to do, naming the full path expected.
    /// </summary>
    public static string? Missing(string corporaFolder, string name)
    {
        var path = Path.GetFullPath(PathOf(corporaFolder, name));
        var present = name == "uci" ? Directory.Exists(path) && Directory.EnumerateFiles(path, "*.csv").Any() : File.Exists(path);
        return present ? null : $"no {name} corpus at {path}{(name == "uci" ? " (a folder with a .csv file)" : string.Empty)}";
    }

    /// <summary>Reads a corpus by name.</summary>
    /// <exception cref="FileNotFoundException">The corpus is not there (see <see cref="Missing"/>).</exception>
    public static ClusteringCorpus Load(string corporaFolder, string name)
    {
        if (Missing(corporaFolder, name) is { } missing)
        {
            throw new FileNotFoundException(missing + "; give the folder that holds ecbplus/, uci-news-sample/ and mstream-news/ (../shared/corpora)", PathOf(corporaFolder, name));
        }
        var path = PathOf(corporaFolder, name);
        return name switch
        {
            "ecb" => EcbPlusCorpus.Read(path),
            "uci" => UciNewsCorpus.Read(Directory.GetFiles(path, "*.csv").Order(StringComparer.Ordinal).First()),
            _ => ClusteringJsonl.ReadCorpus(path, MStreamFields, name),
        };
    }
}
