using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Crosscheck.Clustering;
using Crosscheck.Sources;
using Crosscheck.Text;

namespace Crosscheck.Evaluation;

/// <summary>Which keys of a clustering JSONL line hold what. The defaults are the clustering input of DESIGN.md.</summary>
public sealed record ClusteringJsonlFields
{
    /// <summary>The document's id (a string, or a number taken as written). Required.</summary>
    public string Id { get; init; } = "id";

    /// <summary>The headline. A line needs a title or a text.</summary>
    public string Title { get; init; } = "title";

    /// <summary>The body, or null when the corpus has none.</summary>
    public string? Text { get; init; } = "text";

    /// <summary>The publication date: <c>YYYY-MM-DD</c> or an ISO 8601 date-time (its UTC date is taken). Optional.</summary>
    public string? Published { get; init; } = "published";

    public string? Outlet { get; init; } = "outlet";

    public string? Url { get; init; } = "url";

    /// <summary>The gold story, required on every line when set; null reads no gold (input to be clustered).</summary>
    public string? Gold { get; init; }

    /// <summary>The split group when wider than the story (ECB+'s <c>topic</c>); optional on a line.</summary>
    public string? Group { get; init; }

    /// <summary>The input of <c>crosscheck cluster</c>: <c>{ "id", "title", "text", "published"?, "outlet"?, "url"? }</c>.</summary>
    public static ClusteringJsonlFields Input { get; } = new();

    /// <summary>The input keys plus a gold story under <paramref name="goldKey"/>.</summary>
    public static ClusteringJsonlFields WithGold(string goldKey, string? groupKey = null) => new() { Gold = goldKey, Group = groupKey };
}

/// <summary>
/// A clustering JSONL stream that broke off before its end: gzip data cut short or corrupt, or a read that failed. What
/// was read before is not the whole input, so a reader should use none of it. The message is the cause's.
/// </summary>
/// <param name="linesRead">The lines read whole before it broke (0: none).</param>
/// <param name="cause">The stream's exception.</param>
public sealed class ClusteringJsonlReadException(int linesRead, Exception cause)
    : IOException(linesRead == 0 ? cause.Message : $"{cause.Message} (read up to line {linesRead.ToString(CultureInfo.InvariantCulture)})", cause)
{
    /// <summary>The lines read whole before the stream broke (0: none).</summary>
    public int LinesRead { get; } = linesRead;
}

/// <summary>One non-blank line of a clustering JSONL stream: the document, or why the line was not used.</summary>
/// <param name="LineNumber">The line's number in its file, from 1.</param>
public sealed record ClusteringJsonlLine(int LineNumber, CorpusDocument? Document, string? Problem);

/// <summary>
/// Clustering JSONL (DESIGN.md: <c>{ "id", "title", "text", "published"?, "outlet"?, "url"? }</c> per line, plus a gold
/// key in evaluation files): a streaming reader that says, per line, what is wrong with a malformed one and goes on,
/// and the writers of prediction and gold lines (which <c>../shared/eval/cluster_score.py</c> reads).
/// </summary>
public static partial class ClusteringJsonl
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Reads lines as they come (nothing is kept but the ids seen, to refuse a second document with the same id).
    /// Blank lines are skipped; every other line gives a document or a problem.
    /// </summary>
    /// <exception cref="ClusteringJsonlReadException">The stream broke off (gzip data cut short or corrupt, a read that failed), naming the last line read whole.</exception>
    public static IEnumerable<ClusteringJsonlLine> Read(TextReader reader, ClusteringJsonlFields fields, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fields);
        var firstLineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (ReadLine(reader, lineNumber) is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var (document, problem) = TryParse(line, fields);
            if (document is null)
            {
                yield return new ClusteringJsonlLine(lineNumber, null, problem);
                continue;
            }
            var id = document.Document.Id;
            if (!firstLineOfId.TryAdd(id, lineNumber))
            {
                yield return new ClusteringJsonlLine(lineNumber, null, $"duplicate id \"{id}\" (first on line {firstLineOfId[id].ToString(CultureInfo.InvariantCulture)}); ids must be unique, so this line was skipped");
                continue;
            }
            yield return new ClusteringJsonlLine(lineNumber, document, null);
        }
    }

    /// <summary>
    /// A whole labelled file (gzipped when it ends in <c>.gz</c>) as a corpus; malformed lines become
    /// <see cref="ClusteringCorpus.Problems"/> (<c>file:line: problem</c>) and the rest is read.
    /// </summary>
    public static ClusteringCorpus ReadCorpus(string file, ClusteringJsonlFields fields, string? name = null)
    {
        if (fields.Gold is null) throw new ArgumentException("A corpus to score needs gold labels: set ClusteringJsonlFields.Gold (e.g. WithGold(\"story\")).", nameof(fields));
        using var reader = OpenText(file);
        var documents = ImmutableArray.CreateBuilder<CorpusDocument>();
        var problems = ImmutableArray.CreateBuilder<string>();
        foreach (var line in Read(reader, fields))
        {
            if (line.Document is not null) documents.Add(line.Document);
            else problems.Add($"{file}:{line.LineNumber.ToString(CultureInfo.InvariantCulture)}: {line.Problem}");
        }
        return new ClusteringCorpus(name ?? Path.GetFileName(file), documents.ToImmutable(), problems.ToImmutable());
    }

    /// <summary>
    /// A text file as UTF-8. Gzip data is known by its first bytes, as a page's is, whatever the file's name, and is
    /// unpacked and checked to its end: <see cref="Read"/> fails on a file cut short or damaged instead of ending early.
    /// A file that cannot seek (a named pipe) is not looked into: gunzipped, unchecked, when its name ends in <c>.gz</c>.
    /// </summary>
    public static StreamReader OpenText(string file)
    {
        var stream = File.OpenRead(file);
        try
        {
            if (!stream.CanSeek)
            {
                return new StreamReader(file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(stream, CompressionMode.Decompress) : stream, System.Text.Encoding.UTF8);
            }
            Span<byte> magic = stackalloc byte[2];
            var gzip = stream.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false) == magic.Length && magic[0] == 0x1F && magic[1] == 0x8B;
            stream.Position = 0;
            return new StreamReader(gzip ? new CheckedGzipStream(stream) : stream, System.Text.Encoding.UTF8);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>The next line, or the stream's failure as a <see cref="ClusteringJsonlReadException"/> that says how far it was read.</summary>
    private static string? ReadLine(TextReader reader, int linesRead)
    {
        try
        {
            return reader.ReadLine();
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            throw new ClusteringJsonlReadException(linesRead, e);
        }
    }

    /// <summary>One output line of <c>crosscheck cluster</c>: <c>{"id":…,"story":…,"duplicateOf":…}</c>.</summary>
    public static string PredictionLine(StoryAssignment assignment) => Line(json =>
    {
        json.WriteString("id", assignment.Id);
        json.WriteString("story", assignment.Story);
        json.WriteString("duplicateOf", assignment.DuplicateOf);
    });

    /// <summary>
    /// A corpus document as a clustering input line with its gold story under "story" (and its split group under
    /// "group"), so that the file is both the gold of <c>cluster_score.py</c> and an input of <c>crosscheck cluster</c>.
    /// </summary>
    public static string GoldLine(CorpusDocument document) => Line(json =>
    {
        var d = document.Document;
        json.WriteString("id", d.Id);
        json.WriteString("title", d.Title);
        json.WriteString("text", d.Text);
        json.WriteString("published", d.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("outlet", d.Outlet);
        json.WriteString("url", document.Url);
        json.WriteString("story", document.Gold);
        if (document.Group is not null) json.WriteString("group", document.Group);
    });

    private static string Line(Action<Utf8JsonWriter> writeFields)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            json.WriteStartObject();
            writeFields(json);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static (CorpusDocument? Document, string? Problem) TryParse(string line, ClusteringJsonlFields fields)
    {
        try
        {
            return (Parse(line, fields), null);
        }
        catch (InvalidDataException e)
        {
            return (null, e.Message);
        }
    }

    private static CorpusDocument Parse(string line, ClusteringJsonlFields fields)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(JsonSurrogates.Repair(line));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"not valid JSON ({e.Message})");
        }
        using (json)
        {
            var root = json.RootElement;
            var id = ClusteringScorer.LabelText(root, fields.Id);
            if (id.Length == 0) throw new InvalidDataException($"\"{fields.Id}\" is empty");
            var title = OptionalString(root, fields.Title);
            var text = OptionalString(root, fields.Text);
            if (title is null && text is null)
            {
                throw new InvalidDataException(fields.Text is null ? $"no \"{fields.Title}\": nothing to cluster" : $"neither \"{fields.Title}\" nor \"{fields.Text}\": nothing to cluster");
            }
            var published = OptionalString(root, fields.Published) is { } date ? ParseDate(date) ?? throw new InvalidDataException($"\"{fields.Published}\" is \"{date}\", not a date (YYYY-MM-DD) or an ISO 8601 date-time") : (DateOnly?)null;
            var gold = fields.Gold is null ? null : ClusteringScorer.LabelText(root, fields.Gold);
            var group = fields.Group is not null && root.TryGetProperty(fields.Group, out var g) && g.ValueKind != JsonValueKind.Null ? ClusteringScorer.LabelText(root, fields.Group) : null;
            return new CorpusDocument(
                new ClusterDocument(id, title ?? string.Empty, text ?? string.Empty, published, OptionalString(root, fields.Outlet)),
                gold, group, OptionalString(root, fields.Url));
        }
    }

    /// <summary>The string under <paramref name="key"/>; null when the key is unset, absent or null; a problem when not a string.</summary>
    private static string? OptionalString(JsonElement root, string? key)
    {
        if (key is null || !root.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new InvalidDataException($"\"{key}\" must be a string, not {ClusteringScorer.Describe(value.ValueKind)}");
    }

    /// <summary>
    /// <c>YYYY-MM-DD</c>, or an ISO 8601 date-time (<c>T</c> or a space; minutes, seconds and fractions; <c>Z</c>,
    /// <c>±hh:mm</c>, <c>±hhmm</c> or <c>±hh</c>; no offset means UTC), as its UTC date. Null when it is neither.
    /// </summary>
    internal static DateOnly? ParseDate(string value)
    {
        var match = IsoDate().Match(value);
        if (!match.Success) return null;
        if (!DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return null;
        if (!match.Groups["hour"].Success) return date;
        var hour = Number(match.Groups["hour"]);
        var minute = Number(match.Groups["minute"]);
        var second = match.Groups["second"].Success ? Number(match.Groups["second"]) : 0;
        if (hour > 23 || minute > 59 || second > 60) return null;
        var offset = TimeSpan.Zero;
        if (match.Groups["offsetHours"].Success)
        {
            var offsetMinutes = match.Groups["offsetMinutes"].Success ? Number(match.Groups["offsetMinutes"]) : 0;
            if (offsetMinutes > 59) return null;
            offset = new TimeSpan(Number(match.Groups["offsetHours"]), offsetMinutes, 0);
            if (match.Groups["sign"].Value == "-") offset = -offset;
        }
        var local = date.ToDateTime(new TimeOnly(hour, minute, Math.Min(second, 59)));
        if ((offset > TimeSpan.Zero && local - DateTime.MinValue < offset) || (offset < TimeSpan.Zero && DateTime.MaxValue - local < -offset)) return null;
        return DateOnly.FromDateTime(local - offset);
    }

    private static int Number(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<date>[0-9]{4}-[0-9]{2}-[0-9]{2})(?:[T ](?<hour>[0-9]{2}):(?<minute>[0-9]{2})(?::(?<second>[0-9]{2})(?:[.,][0-9]+)?)?(?:Z|(?<sign>[+-])(?<offsetHours>[0-9]{2})(?::?(?<offsetMinutes>[0-9]{2}))?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();
}
