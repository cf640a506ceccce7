using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using Crosscheck.Clustering;
using Crosscheck.Dedup;
using Crosscheck.Tests.Support;

namespace Crosscheck.Bench;

/// <summary>
/// The state a long stream keeps: the managed bytes still reachable after N generated articles (full, compacting
/// collections before and after; articles are generated one at a time and dropped, so only what the stream retains
/// is counted: its indexes, story state and the ids it holds), divided by N. Also the wall time of each run.
/// </summary>
internal static class StreamMemory
{
    public static void Report(int count, TextWriter output)
    {
        output.WriteLine($"retained state after {count.ToString("N0", CultureInfo.InvariantCulture)} generated articles (seed 2031), per article:");
        Measure("StoryStream (dedup + clustering)", count, output, () => new StoryStream(), (s, d) => s.Add(d));
        Measure("StoryStream, RetireAfterDays = 7", count, output, () => new StoryStream(new StoryClustererOptions { RetireAfterDays = 7 }), (s, d) => s.Add(d));
        Measure("NearDuplicateIndex alone", count, output, () => new NearDuplicateIndex(), (s, d) => s.Add(d.Id, d.Title, d.Text, d.Published));
        Measure("OnlineStoryClusterer alone", count, output, () => new OnlineStoryClusterer(), (s, d) => s.Add(d));
    }

    private static void Measure<T>(string name, int count, TextWriter output, Func<T> create, Action<T, ClusterDocument> add)
    {
        var before = Collect();
        var stopwatch = Stopwatch.StartNew();
        var state = create();
        Fill(state, count, add);
        stopwatch.Stop();
        var after = Collect();
        GC.KeepAlive(state);
        var perArticle = (after - before) / (double)count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-36} {perArticle,8:N0} B/article   ({stopwatch.Elapsed.TotalSeconds:F1} s with generation)"));
    }

    /// <summary>Adds the generated articles; a method of its own, so that the generator is unreachable once it returns.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Fill<T>(T state, int count, Action<T, ClusterDocument> add)
    {
        foreach (var article in SyntheticNewsStream.Generate(count, seed: 2031)) add(state, article.Document);
    }

    private static long Collect()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
