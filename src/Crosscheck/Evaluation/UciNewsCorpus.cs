using System.Globalization;
using System.Text;
using Crosscheck.Clustering;

namespace Crosscheck.Evaluation;

/// <summary>
/// The UCI News Aggregator headlines (CSV: ID, TITLE, URL, PUBLISHER, CATEGORY, STORY, HOSTNAME, TIMESTAMP) as
/// documents to cluster, built as <c>../shared/eval/uci_to_jsonl.py</c> builds them: rows without a STORY are left
/// out; id, title (the headline, no text), outlet (PUBLISHER), url, the UTC date of TIMESTAMP (milliseconds since the
/// epoch; none when it is not a number) and the story; in file order. The file is decoded as UTF-8 with invalid bytes
/// replaced and parsed as Python's <c>csv.DictReader</c> parses it (<see cref="ExcelCsvReader"/>).
/// </summary>
public static class UciNewsCorpus
{
    /// <summary>Reads one CSV file of the corpus.</summary>
    /// <exception cref="InvalidDataException">The header lacks the ID column.</exception>
    public static ClusteringCorpus Read(string csvFile)
    {
        using var text = new StreamReader(csvFile, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: false);
        var documents = new List<CorpusDocument>();
        string[]? header = null;
        foreach (var record in new ExcelCsvReader(text).Records())
        {
            if (header is null)
            {
                header = [.. record];
                if (!header.Contains("ID", StringComparer.Ordinal)) throw new InvalidDataException($"{csvFile}: the header has no ID column; is this the UCI News Aggregator CSV (ID, TITLE, URL, PUBLISHER, CATEGORY, STORY, HOSTNAME, TIMESTAMP)?");
                continue;
            }
            if (record.Count == 0) continue;
            var row = Row(header, record);
            if (string.IsNullOrEmpty(row.GetValueOrDefault("STORY"))) continue;
            documents.Add(new CorpusDocument(
                new ClusterDocument(row["ID"] ?? string.Empty, row.GetValueOrDefault("TITLE") ?? string.Empty, string.Empty, UtcDate(row.GetValueOrDefault("TIMESTAMP")), row.GetValueOrDefault("PUBLISHER")),
                row["STORY"], Url: row.GetValueOrDefault("URL")));
        }
        return new ClusteringCorpus("uci", [.. documents]);
    }

    /// <summary>A record by column name, as <c>csv.DictReader</c> makes it: missing trailing fields are null, a repeated name takes the later field.</summary>
    private static Dictionary<string, string?> Row(string[] header, IReadOnlyList<string> record)
    {
        var row = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++) row[header[i]] = i < record.Count ? record[i] : null;
        return row;
    }

    /// <summary>
    /// The UTC date of a timestamp in milliseconds, rounded to the microsecond (half to even) first, as Python's
    /// <c>datetime.fromtimestamp(float(ms) / 1000, timezone.utc)</c>; null when it is not a finite number or out of range.
    /// </summary>
    internal static DateOnly? UtcDate(string? milliseconds)
    {
        if (milliseconds is null || !double.TryParse(milliseconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) || !double.IsFinite(ms)) return null;
        var time = ms / 1000;
        var seconds = Math.Truncate(time);
        var microseconds = Math.Round((time - seconds) * 1e6, MidpointRounding.ToEven);
        if (microseconds >= 1e6) seconds += 1;
        else if (microseconds < 0) seconds -= 1;
        if (seconds < -62135596800 || seconds > 253402300799) return null;
        return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds((long)seconds).UtcDateTime);
    }
}
