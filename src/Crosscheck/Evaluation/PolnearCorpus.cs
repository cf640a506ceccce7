using System.Collections.Immutable;
using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Crosscheck.Text;

namespace Crosscheck.Evaluation;

/// <summary>
/// One attribution relation of PolNeAR: who (source), by which words (cue), said or thought what (content). Each
/// part is a list of spans (brat allows discontinuous spans: a quote split by "he said" is one content in two
/// pieces) into <see cref="PolnearArticle.Text"/>; <see cref="Source"/> is empty for an attribution without one
/// ("it is believed that …").
/// </summary>
public sealed record GoldAttribution(string Id, ImmutableArray<TextSpan> Source, ImmutableArray<TextSpan> Cue, ImmutableArray<TextSpan> Content);

/// <summary>One article of PolNeAR: its file name (without <c>.txt</c>), split, the annotator whose annotation is read, its text, its attributions.</summary>
public sealed record PolnearArticle(string Name, string Split, string Annotator, string Text, ImmutableArray<GoldAttribution> Attributions);

/// <summary>
/// The PolNeAR corpus (Newell, Margolin &amp; Ruths, LREC 2018) read straight from
/// <c>polnear-text-attributions.tar.gz</c>: <c>data/SPLIT/text/NAME.txt</c> and
/// <c>data/SPLIT/attributions/NAME_ANNOTATOR.ann</c> in brat standoff (<c>T</c> lines: a Source, Cue or Content
/// span, possibly discontinuous as <c>start end;start end</c>; <c>E</c> lines: an <c>Attribution</c> or
/// <c>Attribution-no-source</c> event tying them, with <c>Content2</c> for a second content). Offsets count Unicode
/// code points and are turned into UTF-16 positions. A brat text field may run over several lines; the reader keeps
/// them.
/// <para>
/// Gold annotation: most articles have one annotator; the few used to measure agreement have six. The README
/// names no gold one, and the corpus' own Python loader picks one at random. This reader takes, deterministically,
/// the annotator id that sorts first (ordinal), which is also the one listed first in <c>metadata.tsv</c> for
/// every multiply-annotated article of train, dev and test.
/// </para>
/// </summary>
public static class PolnearCorpus
{
    /// <summary>The archive's file name inside the corpus folder.</summary>
    public const string ArchiveName = "polnear-text-attributions.tar.gz";

    /// <summary>The core splits.</summary>
    public static readonly ImmutableArray<string> Splits = ["train", "dev", "test"];

    /// <summary>The archive of a corpus folder, or <paramref name="path"/> itself when it is the archive; null when neither exists.</summary>
    public static string? FindArchive(string path)
    {
        if (File.Exists(path)) return path;
        var inFolder = Path.Combine(path, ArchiveName);
        return File.Exists(inFolder) ? inFolder : null;
    }

    /// <summary>The articles of one split (train, dev or test), in name order.</summary>
    /// <exception cref="ArgumentException">An unknown split.</exception>
    /// <exception cref="InvalidDataException">An annotation that does not parse, or an article without text.</exception>
    public static IReadOnlyList<PolnearArticle> Read(string archive, string split, CancellationToken cancellationToken = default)
    {
        if (!Splits.Contains(split)) throw new ArgumentException($"unknown PolNeAR split '{split}'; use train, dev or test", nameof(split));
        var textPrefix = $"data/{split}/text/";
        var annPrefix = $"data/{split}/attributions/";
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var annotations = new Dictionary<string, (string Annotator, string Ann)>(StringComparer.Ordinal);
        using (var file = File.OpenRead(archive))
        using (var gzip = new GZipStream(file, CompressionMode.Decompress))
        using (var tar = new TarReader(gzip))
        {
            while (tar.GetNextEntry() is { } entry)
            {
                cancellationToken.ThrowIfCancellationRequested();
                // An empty file (one article's annotation in train) comes without a data stream.
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile)) continue;
                var name = entry.Name.StartsWith("./", StringComparison.Ordinal) ? entry.Name[2..] : entry.Name;
                if (name.StartsWith(textPrefix, StringComparison.Ordinal) && name.EndsWith(".txt", StringComparison.Ordinal))
                {
                    texts[name[textPrefix.Length..^4]] = ReadAll(entry.DataStream);
                }
                else if (name.StartsWith(annPrefix, StringComparison.Ordinal) && name.EndsWith(".ann", StringComparison.Ordinal))
                {
                    var stem = name[annPrefix.Length..^4];
                    var cut = stem.LastIndexOf('_');
                    if (cut <= 0) throw new InvalidDataException($"{name}: an annotation file is named NAME_ANNOTATOR.ann");
                    var (article, annotator) = (stem[..cut], stem[(cut + 1)..]);
                    if (!annotations.TryGetValue(article, out var known) || string.CompareOrdinal(annotator, known.Annotator) < 0)
                    {
                        annotations[article] = (annotator, ReadAll(entry.DataStream));
                    }
                }
            }
        }
        var articles = new List<PolnearArticle>(annotations.Count);
        foreach (var (name, (annotator, ann)) in annotations.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            if (!texts.TryGetValue(name, out var text)) throw new InvalidDataException($"{annPrefix}{name}_{annotator}.ann has no text {textPrefix}{name}.txt in the archive");
            articles.Add(new PolnearArticle(name, split, annotator, text, ParseStandoff(ann, text, $"{name}_{annotator}.ann")));
        }
        return articles;
    }

    /// <summary>A brat span with its text field (as the .ann file prints it), for checks against the article text.</summary>
    public sealed record BratSpan(string Id, string Type, ImmutableArray<TextSpan> Spans, string Text);

    /// <summary>The attributions of a .ann file: each <c>E</c> event of type <c>Attribution</c> or <c>Attribution-no-source</c> that has a content.</summary>
    public static ImmutableArray<GoldAttribution> ParseStandoff(string ann, string text, string fileName = "the annotation")
    {
        var spans = ParseSpans(ann, text, fileName).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<GoldAttribution>();
        foreach (var (id, body) in Records(ann))
        {
            if (id[0] != 'E') continue;
            // An event is one line; what follows it up to the next record is stray text of a broken text field.
            var roles = body.Split('\n')[0].Split((char[])[' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
            if (roles.Length == 0 || !roles[0].StartsWith("Attribution", StringComparison.Ordinal)) continue;
            var source = ImmutableArray.CreateBuilder<TextSpan>();
            var cue = ImmutableArray.CreateBuilder<TextSpan>();
            var content = ImmutableArray.CreateBuilder<TextSpan>();
            foreach (var role in roles.Skip(1))
            {
                var colon = role.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0) throw new InvalidDataException($"{fileName}: event {id} has a role '{role}' that is not ROLE:T<n>");
                if (!spans.TryGetValue(role[(colon + 1)..], out var span)) throw new InvalidDataException($"{fileName}: event {id} refers to {role[(colon + 1)..]}, which is not defined");
                var target = role[..colon].TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9') switch
                {
                    "Source" => source,
                    "Cue" => cue,
                    "Content" => content,
                    _ => null,
                };
                target?.AddRange(span.Spans);
            }
            // A few events hold only their trigger (no content): nothing that could be extracted, so not an attribution.
            if (content.Count == 0) continue;
            content.Sort((a, b) => a.Start.CompareTo(b.Start));
            result.Add(new GoldAttribution(id, source.ToImmutable(), cue.ToImmutable(), content.ToImmutable()));
        }
        return result.ToImmutable();
    }

    /// <summary>The <c>T</c> lines of a .ann file, offsets turned into UTF-16 spans of <paramref name="text"/>.</summary>
    public static IReadOnlyList<BratSpan> ParseSpans(string ann, string text, string fileName = "the annotation")
    {
        var utf16 = CodePointOffsets(text);
        var list = new List<BratSpan>();
        foreach (var (id, body) in Records(ann))
        {
            if (id[0] != 'T') continue;
            var tab = body.IndexOf('\t', StringComparison.Ordinal);
            var head = tab < 0 ? body : body[..tab];
            var space = head.IndexOf(' ', StringComparison.Ordinal);
            if (space <= 0) throw new InvalidDataException($"{fileName}: {id} has no offsets ('{head}')");
            var fragments = ImmutableArray.CreateBuilder<TextSpan>();
            foreach (var fragment in head[(space + 1)..].Split(';'))
            {
                var bounds = fragment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (bounds.Length != 2
                    || !int.TryParse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                    || !int.TryParse(bounds[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
                    || start > end || end >= utf16.Length)
                {
                    throw new InvalidDataException($"{fileName}: {id} has offsets '{fragment}' outside its text of {utf16.Length - 1} characters");
                }
                fragments.Add(TextSpan.FromBounds(utf16[start], utf16[end]));
            }
            list.Add(new BratSpan(id, head[..space], fragments.ToImmutable(), tab < 0 ? string.Empty : body[(tab + 1)..]));
        }
        return list;
    }

    /// <summary>The records of a .ann file as (id, rest): a line opening with an id and a tab starts one; any other line continues it.</summary>
    private static IEnumerable<(string Id, string Body)> Records(string ann)
    {
        string? id = null;
        var body = new StringBuilder();
        foreach (var line in ann.Split('\n'))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var opens = tab > 0 && line[0] is 'T' or 'E' or 'A' or 'R' or 'N' or '#' or '*' && line.AsSpan(1, tab - 1).IndexOfAnyExceptInRange('0', '9') < 0;
            if (!opens)
            {
                if (id is not null) body.Append('\n').Append(line);
                continue;
            }
            if (id is not null) yield return (id, body.ToString());
            id = line[..tab];
            body.Clear().Append(line, tab + 1, line.Length - tab - 1);
        }
        if (id is not null) yield return (id, body.ToString());
    }

    /// <summary>For each code-point offset 0…n, the UTF-16 index (the two differ after a character outside the BMP).</summary>
    private static int[] CodePointOffsets(string text)
    {
        var map = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            map.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
        }
        map.Add(text.Length);
        return [.. map];
    }

    private static string ReadAll(Stream? stream)
    {
        if (stream is null) return string.Empty;
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
