using System.Diagnostics;
using System.Globalization;
using System.Text;
using Crosscheck.Clustering;
using Crosscheck.Dedup;
using Crosscheck.Extraction;

namespace Crosscheck.Tests.Clustering;

/// <summary>
/// A coarse guard on speed: dedup plus clustering of 1,000 synthetic 500-word articles. On an idle 2-core machine
/// this takes about 0.3–0.5 s in Release; the bound (the whole analyze budget) leaves room for Debug builds and a busy machine.
/// </summary>
public sealed class ThroughputTests
{
    [Fact]
    [Trait("Category", "Speed")]
    public void A_thousand_articles_are_deduplicated_and_clustered_in_well_under_the_pipeline_budget()
    {
        var documents = SyntheticArticles(1000, topics: 150, words: 500, seed: 2031);
        var articles = documents.Select((d, i) => new Article { Id = d.Id, Source = d.Id, Title = d.Title, Body = [d.Text], Ordinal = i }).ToList();
        // Warm up the JIT on a small batch so that the measurement is of the algorithms.
        new DuplicateDetector().FindDuplicates(articles.Take(20).ToList());
        new OnlineStoryClusterer().AddRange(documents.Take(20).ToList());

        var stopwatch = Stopwatch.StartNew();
        var duplicates = new DuplicateDetector().FindDuplicates(articles);
        var clusterer = new OnlineStoryClusterer();
        clusterer.AddRange(documents);
        stopwatch.Stop();

        Assert.Empty(duplicates);
        Assert.InRange(clusterer.StoryCount, 100, 300);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"dedup + clustering took {stopwatch.Elapsed.TotalMilliseconds:F0} ms");
    }

    /// <summary>Articles mixing topic words, topic names and a Zipf-like background vocabulary.</summary>
    internal static List<ClusterDocument> SyntheticArticles(int count, int topics, int words, int seed)
    {
        var random = new Random(seed);
        var documents = new List<ClusterDocument>(count);
        for (var i = 0; i < count; i++)
        {
            var topic = random.Next(topics);
            var text = new StringBuilder();
            for (var w = 0; w < words; w++)
            {
                if (w % 15 == 14) text.Append(". ");
                var roll = random.NextDouble();
                if (roll < 0.25) text.Append("topic").Append(Hex(topic * 40 + random.Next(40)));
                else if (roll < 0.32) text.Append(" Name").Append(Hex(topic * 4 + random.Next(4)));
                else text.Append("word").Append(Hex((int)(Math.Pow(random.NextDouble(), 3) * 30000)));
                text.Append(' ');
            }
            documents.Add(new ClusterDocument("a" + i.ToString(CultureInfo.InvariantCulture), "Report on topic" + Hex(topic * 40), text.ToString()));
        }
        return documents;
    }

    private static string Hex(int value) => value.ToString("x", CultureInfo.InvariantCulture);
}
