using Crosscheck.Dedup;

namespace Crosscheck.Tests.Dedup;

public sealed class LshTests
{
    [Fact]
    public void The_banding_for_threshold_0_8_and_128_permutations_makes_sense()
    {
        var banding = LshParameters.Optimal(0.8, 128);

        Assert.True(banding.Bands * banding.Rows <= 128, $"{banding.Bands} × {banding.Rows} exceeds 128 permutations");
        Assert.True(banding.Bands > 1 && banding.Rows > 1, $"{banding.Bands} × {banding.Rows} is degenerate");
        Assert.True(banding.CandidateProbability(0.95) > 0.99);
        Assert.True(banding.CandidateProbability(0.9) > 0.9);
        Assert.True(banding.CandidateProbability(0.5) < 0.05);
        Assert.True(banding.CandidateProbability(0.3) < 0.001);
        // The curve's steepest rise, near (1/b)^(1/r), sits close to the threshold.
        var knee = Math.Pow(1.0 / banding.Bands, 1.0 / banding.Rows);
        Assert.InRange(knee, 0.7, 0.9);
    }

    [Theory]
    [InlineData(0.5, 128)]
    [InlineData(0.6, 128)]
    [InlineData(0.7, 128)]
    [InlineData(0.8, 256)]
    [InlineData(0.9, 64)]
    public void Any_threshold_gives_a_banding_that_separates_far_below_from_far_above(double threshold, int permutations)
    {
        var banding = LshParameters.Optimal(threshold, permutations);

        Assert.True(banding.SignatureValuesUsed <= permutations);
        Assert.True(banding.CandidateProbability(Math.Min(1, threshold + 0.1)) > banding.CandidateProbability(threshold));
        Assert.True(banding.CandidateProbability(threshold - 0.3) < 0.1);
        Assert.True(banding.CandidateProbability(Math.Min(1, threshold + 0.15)) > 0.85);
    }

    [Fact]
    public void More_weight_on_false_negatives_lowers_the_knee()
    {
        var balanced = LshParameters.Optimal(0.7, 128);
        var recall = LshParameters.Optimal(0.7, 128, falsePositiveWeight: 0.1, falseNegativeWeight: 0.9);

        Assert.True(recall.CandidateProbability(0.6) > balanced.CandidateProbability(0.6));
    }

    [Fact]
    public void The_index_returns_near_copies_and_not_unrelated_sets()
    {
        var permutations = new MinHashPermutations(128, 5);
        var index = new LshIndex(LshParameters.Optimal(0.7, 128));
        var random = new Random(11);
        var words = Enumerable.Range(0, 400).Select(i => "w" + random.Next().ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var original = ShingleSet.FromWords(words, 4, 5);
        var edited = ShingleSet.FromWords([.. words.Take(180), .. words.Skip(190)], 4, 5);
        var unrelated = ShingleSet.FromWords([.. words.Select(w => w + "x")], 4, 5);
        index.Add(10, permutations.Sign(original));
        index.Add(20, permutations.Sign(unrelated));

        Assert.Equal([10], index.Query(permutations.Sign(edited)));
        Assert.Equal(2, index.Count);
    }

    [Fact]
    public void A_signature_too_short_for_the_banding_is_refused()
    {
        var index = new LshIndex(new LshParameters(16, 8));
        var signature = new MinHashPermutations(64, 1).Sign(ShingleSet.FromText("a b c", 1, 1));

        var error = Assert.Throws<ArgumentException>(() => index.Add(1, signature));
        Assert.Contains("at least", error.Message, StringComparison.Ordinal);
    }
}
