using System.Globalization;
using System.Text;
using Crosscheck.Analysis;
using Crosscheck.Comparison;
using Crosscheck.Extraction;

namespace Crosscheck.Tests.Comparison;

public sealed class ClaimAlignerTests
{
    /// <summary>
    /// Units are paired only across articles, but each unit of one article went through every earlier unit of that
    /// article sharing a term: a story with a multi-megabyte paragraph took time growing with the square of its
    /// sentences (here 40,000 units: 6.9 s of CPU before, 0.3-0.4 s now).
    /// </summary>
    [Fact]
    public void A_story_with_a_multi_megabyte_paragraph_is_aligned_in_linear_time_and_every_pair_across_articles_is_found()
    {
        var random = new Random(4600);
        var vocabulary = Vocabulary(200);
        string Sentence()
        {
            var words = string.Join(" ", Enumerable.Range(0, random.Next(10, 20)).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
            return char.ToUpperInvariant(words[0]) + words[1..] + ".";
        }
        string Sentences(int count) => string.Join(" ", Enumerable.Range(0, count).Select(_ => Sentence()));
        var paragraph = Sentences(40_000);
        Assert.True(paragraph.Length > 4_000_000, $"{paragraph.Length} characters");
        var units = ClaimSplitter.Split([Article("long", 0, paragraph), Article("short", 1, Sentences(10))], StoryAnalysis.Empty, splitClauses: true);

        var watch = Support.ThreadCpuClock.StartNew();
        var alignment = ClaimAligner.Align(units, new ClaimAlignerSettings());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"{watch.Elapsed.TotalSeconds:F1} s for {units.Count} units");
        Assert.True(units.Count >= 40_000, $"{units.Count} units");

        // No term is common enough to be left out of candidate search, so every pair of units of the two articles at or
        // above the similarity floor (0.12) is found, with its similarity.
        var weights = alignment.Weights;
        var shortUnits = units.Where(u => u.ArticleIndex == 1).ToList();
        var expected = units.Where(u => u.ArticleIndex == 0)
            .SelectMany(u => shortUnits.Select(v => (Key: ClaimAlignment.PairKey(u.Index, v.Index), Similarity: ClaimAligner.Similarity(u, v, weights))))
            .Where(p => p.Similarity >= 0.12)
            .ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(p => p.Key).Order(), alignment.Similarities.Keys.Order());
        Assert.All(expected, p => Assert.Equal(p.Similarity, alignment.Similarities[p.Key], 12));
    }

    /// <summary>Invented lower-case words of three syllables, all distinct, none a stopword.</summary>
    private static string[] Vocabulary(int count)
    {
        string[] syllables = ["ka", "lo", "ven", "dar", "mi", "tor", "sul", "be", "rak", "no", "fis", "gu", "pel", "ta", "wen"];
        var words = new List<string>();
        for (var i = 0; words.Count < count; i++)
        {
            var word = new StringBuilder();
            for (int n = i, s = 0; s < 3; s++, n /= syllables.Length) word.Append(syllables[n % syllables.Length]);
            words.Add(word.ToString());
        }
        return [.. words];
    }

    private static Article Article(string id, int ordinal, string paragraph) => new()
    {
        Id = id,
        Source = id + ".txt",
        Title = string.Create(CultureInfo.InvariantCulture, $"Article {ordinal}"),
        Body = [paragraph],
        Ordinal = ordinal,
    };
}
