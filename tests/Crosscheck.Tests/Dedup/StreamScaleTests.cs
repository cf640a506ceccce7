using System.Diagnostics;
using System.Runtime.CompilerServices;
using Crosscheck.Clustering;
using Crosscheck.Dedup;
using Crosscheck.Tests.Support;
using Xunit.Abstractions;

namespace Crosscheck.Tests.Dedup;

/// <summary>Tests that time or weigh the process run alone, so that no other test's work or objects are counted.</summary>
[CollectionDefinition(nameof(MeasuredAlone), DisableParallelization = true)]
public sealed class MeasuredAlone;

/// <summary>
/// CI's guard on the stream's scale: cost that grows linearly with the number of articles, and state per article
/// (issue 4: 100,000 articles in at most 12× the time of 10,000; everything within 2 KB an article). Smaller streams
/// than the benchmarks (bench/Crosscheck.Bench: StreamScalingBenchmarks and the <c>memory</c> command), so it runs
/// in seconds.
/// </summary>
[Collection(nameof(MeasuredAlone))]
public sealed class StreamScaleTests(ITestOutputHelper output)
{
    /// <summary>The duplicate index's share of the 2 KB an article: it measures about 700 bytes.</summary>
    private const int DuplicateIndexBytesPerArticle = 1024;

    /// <summary>
    /// The whole stream's budget, with stories retired after 7 days: it measures about 1.6 KB an article after 62 days
    /// (1.2 KB after 125 days: retired stories keep almost nothing, so the share of the live ones falls).
    /// </summary>
    private const int StreamBytesPerArticle = 2048;

    /// <summary>Half the benchmarks' news day (50 new stories, about 400 articles), so the stream is many days long sooner.</summary>
    private static readonly SyntheticNewsOptions HalfDay = new() { StoriesPerDay = 50 };

    [Fact]
    [Trait("Category", "Speed")]
    public void Once_the_live_stories_fill_their_window_an_article_costs_no_more_as_the_stream_grows()
    {
        // Linear cost means a flat cost per article once the stream is in its steady state: with stories retired
        // after 7 days (what long streams need, see the README), about 12 days into the stream. At 50 new stories a
        // day (about 400 articles) that is 5,000 articles in, and 25,000 articles are 62 days. The cost per article of
        // the last 5,000 is compared with that of articles 5,000 to 10,000, each as the least over windows of 250
        // articles, which filters out pauses from a busy machine. It measures about 1.0×; the bound leaves room for
        // a noisy machine and still catches a cost per article that grows with the stream (a scan of all articles or
        // stories so far would double it over this span).
        const int Count = 25_000;
        const int Window = 250;
        var options = new StoryClustererOptions { RetireAfterDays = 7 };
        Run(new StoryStream(options), 3_000, out _); // warm-up: every method compiled at its final tier before timing
        var before = RetainedBytes();
        var stream = new StoryStream(options);
        Run(stream, Count, out var windows, Window);
        var perArticle = (RetainedBytes() - before) / (double)Count;
        GC.KeepAlive(stream);

        var early = windows[(5_000 / Window)..(10_000 / Window)].Min();
        var late = windows[((Count - 5_000) / Window)..].Min();
        output.WriteLine($"µs an article: {early:F0} at 5,000–10,000, {late:F0} at {Count - 5_000:N0}–{Count:N0} ({late / early:F2}×); state {perArticle:N0} B/article");
        Assert.True(late <= 1.5 * early, $"an article costs {late:F0} µs at the end of the stream, {late / early:F2}× the {early:F0} µs at 5,000–10,000");
        Assert.True(perArticle <= StreamBytesPerArticle, $"the stream keeps {perArticle:N0} bytes an article");
    }

    [Fact]
    public void The_duplicate_index_keeps_well_under_a_kilobyte_an_article()
    {
        var before = RetainedBytes();
        var index = new NearDuplicateIndex();
        Fill(index, 30_000);
        var perArticle = (RetainedBytes() - before) / 30_000.0;
        GC.KeepAlive(index);
        output.WriteLine($"duplicate index: {perArticle:N0} B/article");

        Assert.True(perArticle <= DuplicateIndexBytesPerArticle, $"the duplicate index keeps {perArticle:N0} bytes an article");
        Assert.Equal(30_000, index.Count);
    }

    /// <summary>Adds generated articles; <paramref name="windows"/> gets the microseconds an article of each window of additions took (generation not counted).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Run(StoryStream stream, int count, out double[] windows, int window = 250)
    {
        windows = new double[count / window];
        var stopwatch = new Stopwatch();
        var i = 0;
        foreach (var article in SyntheticNewsStream.Generate(count, seed: 2031, HalfDay))
        {
            stopwatch.Start();
            stream.Add(article.Document);
            stopwatch.Stop();
            if (++i % window == 0)
            {
                windows[i / window - 1] = stopwatch.Elapsed.TotalMicroseconds / window;
                stopwatch.Reset();
            }
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Fill(NearDuplicateIndex index, int count)
    {
        foreach (var article in SyntheticNewsStream.Generate(count, seed: 2031))
        {
            var d = article.Document;
            index.Add(d.Id, d.Title, d.Text, d.Published);
        }
    }

    private static long RetainedBytes()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
