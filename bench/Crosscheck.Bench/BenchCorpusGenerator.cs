using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Crosscheck.Bench;

/// <summary>
/// Makes a large corpus of scraped-text pages from the bundled samples: each replica of a sample story is a
/// new fictional event, made by consistently renaming every capitalised name of the corpus (same name → same
/// invented name within a replica) and shifting every number, so replicas are distinct stories with the
/// samples' furniture, outlets per story and copy structure. Within body paragraphs (as the extractor finds them),
/// about two content words in three are also replaced by invented words, consistently within a replica, so that
/// replicas are different stories rather than one story told with other names. Deterministic for a given count.
/// </summary>
public static partial class BenchCorpusGenerator
{
    private static readonly string[] Syllables = ["ka", "lo", "mer", "vin", "sa", "tor", "el", "bra", "nu", "dis", "po", "ren", "ga", "lu", "cor", "ve", "min", "ost", "ra", "tes"];

    [GeneratedRegex(@"\b\p{Lu}\p{Ll}{2,}\b")]
    private static partial Regex CapitalisedWord();

    [GeneratedRegex(@"\b\p{Ll}{5,}\b")]
    private static partial Regex ContentWord();

    [GeneratedRegex(@"\b\d{1,3}\b")]
    private static partial Regex SmallNumber();

    public static int Generate(string samplesDir, string outDir, int count)
    {
        var extractor = new Crosscheck.Extraction.ArticleExtractor();
        var pages = Directory.EnumerateFiles(samplesDir, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => (Name: Path.GetFileNameWithoutExtension(f), Text: File.ReadAllText(f)))
            .Select(p => (p.Name, p.Text, Body: ArticleLines(extractor, p.Name, p.Text)))
            .ToList();
        if (pages.Count == 0) throw new InvalidOperationException($"no .txt samples in {samplesDir}");
        var common = CommonCapitalisedWords(pages.Select(p => p.Text));
        Directory.CreateDirectory(outDir);
        var written = 0;
        for (var replica = 0; written < count; replica++)
        {
            var renames = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var page in pages)
            {
                if (written == count) break;
                var lines = page.Text.Split('\n').Select(line => page.Body.Contains(line.Trim())
                    ? ContentWord().Replace(line, m => Crosscheck.Text.Stopwords.IsStopword(m.Value) || Crosscheck.Hashing.XxHash64.Hash(m.Value, (ulong)replica) % 3 == 0 ? m.Value : Rename(m.Value, replica, renames).ToLowerInvariant())
                    : line);
                var text = CapitalisedWord().Replace(string.Join('\n', lines), m => common.Contains(m.Value) ? m.Value : Rename(m.Value, replica, renames));
                text = SmallNumber().Replace(text, m => Shift(m.Value, replica));
                File.WriteAllText(Path.Combine(outDir, $"r{replica:D4}-{page.Name}.txt"), text, new UTF8Encoding(false));
                written++;
            }
        }
        return written;
    }

    /// <summary>The title and body paragraphs of a page, as the extractor finds them.</summary>
    private static HashSet<string> ArticleLines(Crosscheck.Extraction.ArticleExtractor extractor, string name, string text)
    {
        var article = extractor.Extract(new Crosscheck.Sources.SourceDocument(name, text, Crosscheck.Sources.SourceFormat.ScrapedText)).Article;
        return article is null ? [] : [.. article.Body, article.Title];
    }

    /// <summary>Words that start sentences or label furniture (frequent in lower case too) are kept as they are.</summary>
    private static HashSet<string> CommonCapitalisedWords(IEnumerable<string> texts)
    {
        var lower = new HashSet<string>(StringComparer.Ordinal);
        var all = string.Join('\n', texts);
        foreach (Match m in Regex.Matches(all, @"\b\p{Ll}{3,}\b")) lower.Add(m.Value);
        var keep = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in CapitalisedWord().Matches(all))
        {
            if (lower.Contains(m.Value.ToLowerInvariant())) keep.Add(m.Value);
        }
        foreach (var month in CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Concat(CultureInfo.InvariantCulture.DateTimeFormat.DayNames)) keep.Add(month);
        return keep;
    }

    private static string Rename(string word, int replica, Dictionary<string, string> renames)
    {
        if (renames.TryGetValue(word, out var name)) return name;
        var hash = (uint)(Crosscheck.Hashing.XxHash64.Hash(word, (ulong)replica) & 0xFFFFFFFF);
        var sb = new StringBuilder();
        var syllables = 2 + (int)(hash % 2);
        for (var i = 0; i < syllables; i++)
        {
            sb.Append(Syllables[(int)(hash % (uint)Syllables.Length)]);
            hash /= (uint)Syllables.Length;
            hash ^= (uint)(i * 2654435761u);
        }
        sb[0] = char.ToUpperInvariant(sb[0]);
        renames[word] = sb.ToString();
        return renames[word];
    }

    private static string Shift(string number, int replica)
    {
        var n = int.Parse(number, CultureInfo.InvariantCulture);
        if (n is >= 1900 and <= 2100) return number;
        return ((n + replica) % (n < 32 ? 28 : 1000) + (n < 32 ? 1 : 0)).ToString(CultureInfo.InvariantCulture);
    }
}
