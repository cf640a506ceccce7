using System.Collections.Immutable;
using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using Crosscheck.Clustering;

namespace Crosscheck.Evaluation;

/// <summary>
/// The ECB+ corpus (<c>ECB+.xml.tar.gz</c>: <c>ECB+/&lt;topic&gt;/&lt;topic&gt;_&lt;n&gt;ecb[plus].xml</c>, token-level XML)
/// as documents to cluster, read straight from the archive and built exactly as <c>../shared/eval/ecb_to_jsonl.py</c>
/// builds them: each sentence's tokens joined by spaces and re-glued around punctuation and English clitics, a
/// leading sentence holding <c>http</c> taken as the URL (spaces removed), the next sentence as the title and the rest,
/// one sentence a line, as the text; the story is the topic and its <c>ecb</c> or <c>ecbplus</c> half (two similar
/// events per topic), the split group the topic; documents sorted by id.
/// </summary>
public static partial class EcbPlusCorpus
{
    /// <summary>Python's <c>\s</c> on text (<c>str.isspace()</c>), which is wider than .NET's (it has U+001C–U+001F).</summary>
    private const string PythonSpace = @"[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]";

    /// <summary>Reads the archive.</summary>
    /// <exception cref="InvalidDataException">A document whose name is not <c>topic_nECB.xml</c> or a token without a sentence number.</exception>
    public static ClusteringCorpus Read(string archive)
    {
        var documents = new List<CorpusDocument>();
        using (var file = File.OpenRead(archive))
        using (var gzip = new GZipStream(file, CompressionMode.Decompress))
        using (var tar = new TarReader(gzip))
        {
            while (tar.GetNextEntry() is { } entry)
            {
                if (!entry.Name.EndsWith(".xml", StringComparison.Ordinal) || entry.DataStream is null) continue;
                documents.Add(ReadDocument(entry.DataStream, entry.Name));
            }
        }
        return new ClusteringCorpus("ecb", [.. documents.OrderBy(d => d.Document.Id, StringComparer.Ordinal)]);
    }

    /// <summary>One document of the archive; <paramref name="entryName"/> names it when it has no <c>doc_name</c>.</summary>
    internal static CorpusDocument ReadDocument(Stream xml, string entryName)
    {
        var (name, sentences) = ReadTokens(xml, entryName);
        var lines = sentences.Values.Select(Glue).ToList();
        var match = DocumentName().Match(name);
        if (!match.Success) throw new InvalidDataException($"ECB+ document {entryName} is named '{name}', not <topic>_<n>ecb.xml or <topic>_<n>ecbplus.xml; is this the ECB+ archive?");
        var topic = match.Groups[1].Value;
        string? url = null;
        if (lines.Count > 0 && lines[0].Contains("http", StringComparison.Ordinal))
        {
            url = Spaces().Replace(lines[0], string.Empty);
            lines.RemoveAt(0);
        }
        var title = lines.Count > 0 ? lines[0] : string.Empty;
        var text = string.Join('\n', lines.Skip(1));
        return new CorpusDocument(new ClusterDocument(name[..^4], title, text), topic + match.Groups[3].Value, topic, url);
    }

    /// <summary>The document's name and the text of its tokens by sentence number, each sentence in document order.</summary>
    private static (string Name, SortedDictionary<int, List<string>> Sentences) ReadTokens(Stream xml, string entryName)
    {
        var settings = new XmlReaderSettings { IgnoreComments = true, IgnoreProcessingInstructions = true, XmlResolver = null, CloseInput = false };
        using var reader = XmlReader.Create(xml, settings);
        string? name = null;
        var sentences = new SortedDictionary<int, List<string>>();
        var more = reader.Read();
        while (more)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                more = reader.Read();
                continue;
            }
            if (name is null)
            {
                var docName = reader.GetAttribute("doc_name");
                name = string.IsNullOrEmpty(docName) ? entryName[(entryName.LastIndexOf('/') + 1)..] : docName;
            }
            if (reader.LocalName != "token" || reader.NamespaceURI.Length != 0)
            {
                more = reader.Read();
                continue;
            }
            var number = reader.GetAttribute("sentence");
            if (!int.TryParse(number, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var sentence))
            {
                throw new InvalidDataException($"ECB+ document {entryName}: a token has sentence=\"{number}\", not a sentence number");
            }
            if (!sentences.TryGetValue(sentence, out var tokens)) sentences[sentence] = tokens = [];
            // The token's own text: everything up to its first child element or its end (ElementTree's .text).
            var text = new StringBuilder();
            if (reader.IsEmptyElement)
            {
                more = reader.Read();
            }
            else
            {
                while ((more = reader.Read()) && reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
                {
                    text.Append(reader.Value);
                }
            }
            tokens.Add(text.ToString());
        }
        return (name ?? entryName[(entryName.LastIndexOf('/') + 1)..], sentences);
    }

    /// <summary>A sentence's tokens joined by spaces, without the space before closing punctuation, after opening brackets and <c>$</c>, and before clitics.</summary>
    internal static string Glue(List<string> tokens)
    {
        var sentence = string.Join(' ', tokens);
        sentence = SpaceBeforeClosing().Replace(sentence, "$1");
        sentence = SpaceAfterOpening().Replace(sentence, "$1");
        return SpaceBeforeClitic().Replace(sentence, "$1");
    }

    [GeneratedRegex(PythonSpace + @"+([.,;:!?%)\]])", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceBeforeClosing();

    [GeneratedRegex(@"([(\[$])" + PythonSpace + "+", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceAfterOpening();

    /// <summary>Python's <c>\b</c> after the clitic: the next character is not a Python word character (letter, number, underscore).</summary>
    [GeneratedRegex(PythonSpace + @"+('s|n't|'re|'ve|'ll|'d)(?![\p{L}\p{N}_])", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceBeforeClitic();

    [GeneratedRegex(PythonSpace + "+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(\d+)_(\d+)(ecbplus|ecb)\.xml", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentName();
}
