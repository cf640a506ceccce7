using System.Globalization;

namespace Crosscheck.Cli;

/// <summary>What an ingest run has done so far.</summary>
/// <param name="StoriesFailed">Stories stored without analysis because a stage broke on them.</param>
internal sealed record IngestTotals(int Pages, int Added, int AlreadyStored, int Rejected, int StoriesAnalysed, int StoriesFailed)
{
    public static IngestTotals None { get; } = new(0, 0, 0, 0, 0, 0);

    public string Counts => string.Create(CultureInfo.InvariantCulture,
        $"{Added} added, {AlreadyStored} already stored, {Rejected} rejected; {StoriesAnalysed} stories analysed")
        + (StoriesFailed == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" ({StoriesFailed} without analysis)"));
}

/// <summary>
/// Progress of a long ingest on standard error: a bar redrawn in place when standard error is a terminal, otherwise a
/// line at most every few seconds (logs and CI output stay readable). Messages (a skipped page) print above the bar.
/// </summary>
internal sealed class IngestProgress(TextWriter error, bool terminal, int totalPages, TimeProvider clock)
{
    private static readonly TimeSpan LineInterval = TimeSpan.FromSeconds(5);
    private const int BarWidth = 30;

    private readonly long _started = clock.GetTimestamp();
    private long _lastLine = clock.GetTimestamp();
    private IngestTotals _totals = IngestTotals.None;
    private bool _barShown;
    private bool _drawn;

    public void Message(string line)
    {
        Clear();
        error.WriteLine(line);
        if (terminal && _drawn) Draw();
    }

    public void Report(IngestTotals totals)
    {
        _totals = totals;
        if (terminal)
        {
            Draw();
        }
        else if (clock.GetElapsedTime(_lastLine) >= LineInterval && totals.Pages < totalPages)
        {
            _lastLine = clock.GetTimestamp();
            error.WriteLine($"crosscheck: {totals.Pages}/{totalPages} pages ({Percent(totals.Pages)}): {totals.Counts}");
        }
    }

    /// <summary>Ends the bar and prints the closing line of counts.</summary>
    public void Finish(IngestTotals totals, string store)
    {
        Clear();
        var seconds = clock.GetElapsedTime(_started).TotalSeconds;
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"crosscheck: {totals.Pages} pages into {store} in {seconds:0.0} s: {totals.Counts}"));
    }

    private void Draw()
    {
        var filled = totalPages == 0 ? BarWidth : (int)((long)BarWidth * _totals.Pages / totalPages);
        error.Write($"\r[{new string('#', filled)}{new string('.', BarWidth - filled)}] {_totals.Pages}/{totalPages} pages {Percent(_totals.Pages)} · {_totals.Added} added · {_totals.AlreadyStored} stored · {_totals.Rejected} rejected\u001b[K");
        error.Flush();
        _barShown = _drawn = true;
    }

    private void Clear()
    {
        if (!_barShown) return;
        error.Write("\r\u001b[K");
        _barShown = false;
    }

    private string Percent(int pages) => totalPages == 0 ? "100%" : (100L * pages / totalPages).ToString(CultureInfo.InvariantCulture) + "%";
}
