using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using System.Xml;
using Crosscheck.Clustering;

namespace Crosscheck.Bench;

/// <summary>
/// The 982 documents of ECB+ (../shared/corpora/ecbplus/ECB+.xml.tar.gz, or CROSSCHECK_ECBPLUS) as clustering input:
/// each document's tokens joined by spaces, one line a sentence; the first sentence doubles as the title. The source
/// address that ecbplus files carry as sentence 0 is left out. Undated. In ordinal order of the archive paths.
/// </summary>
internal static class EcbPlusDocuments
{
    public static string ArchivePath =>
        Environment.GetEnvironmentVariable("CROSSCHECK_ECBPLUS")
        ?? Path.Combine(BenchPaths.Shared, "corpora", "ecbplus", "ECB+.xml.tar.gz");

    public static List<ClusterDocument> Load()
    {
        var path = ArchivePath;
        if (!File.Exists(path)) throw new FileNotFoundException($"ECB+ archive not found at {path}; set CROSSCHECK_ECBPLUS to ECB+.xml.tar.gz.", path);
        var documents = new List<(string Path, ClusterDocument Document)>();
        using var archive = new TarReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        while (archive.GetNextEntry() is { } entry)
        {
            if (entry.DataStream is null || !entry.Name.EndsWith(".xml", StringComparison.Ordinal)) continue;
            var sentences = Sentences(entry.DataStream, skipAddress: entry.Name.EndsWith("ecbplus.xml", StringComparison.Ordinal));
            if (sentences.Count == 0) continue;
            var id = Path.GetFileNameWithoutExtension(entry.Name);
            documents.Add((entry.Name, new ClusterDocument(id, sentences[0], string.Join('\n', sentences))));
        }
        return [.. documents.OrderBy(d => d.Path, StringComparer.Ordinal).Select(d => d.Document)];
    }

    private static List<string> Sentences(Stream xml, bool skipAddress)
    {
        var sentences = new List<string>();
        var current = new StringBuilder();
        var currentSentence = -1;
        using var reader = XmlReader.Create(xml, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element || reader.Name != "token")
            {
                reader.Read();
                continue;
            }
            // Reading the content moves past the element, onto whatever follows it.
            var sentence = int.Parse(reader.GetAttribute("sentence") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
            var token = reader.ReadElementContentAsString();
            if (skipAddress && sentence == 0) continue;
            if (sentence != currentSentence && current.Length > 0)
            {
                sentences.Add(current.ToString());
                current.Clear();
            }
            currentSentence = sentence;
            if (current.Length > 0) current.Append(' ');
            current.Append(token);
        }
        if (current.Length > 0) sentences.Add(current.ToString());
        return sentences;
    }
}
