using Crosscheck.Dedup;

namespace Crosscheck.Tests.Dedup;

public sealed class MinHashTests
{
    private const ulong Seed = 42;

    [Fact]
    public void The_estimate_stays_near_the_exact_jaccard_over_many_random_pairs()
    {
        // Property: for random pairs of every overlap, the 128-permutation estimate is unbiased and within ±0.1 of the
        // exact Jaccard (about 2.3 standard errors at worst), so nearly every pair falls inside and none far outside.
        var random = new Random(1978);
        var permutations = new MinHashPermutations(128, Seed);
        var errors = new List<double>();
        for (var pair = 0; pair < 300; pair++)
        {
            var size = random.Next(20, 400);
            var shared = random.Next(0, size + 1);
            var common = Enumerable.Range(0, shared).Select(_ => "c" + random.Next().ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var left = ShingleSet.FromWords([.. common, .. Unique("l", size - shared, random)], 1, Seed);
            var right = ShingleSet.FromWords([.. common, .. Unique("r", random.Next(0, size - shared + 1), random)], 1, Seed);

            var estimate = permutations.Sign(left).EstimateJaccard(permutations.Sign(right));
            errors.Add(estimate - left.Jaccard(right));
        }

        var inside = errors.Count(e => Math.Abs(e) <= 0.1) / (double)errors.Count;
        Assert.True(inside >= 0.97, $"only {inside:P1} of estimates were within ±0.1");
        Assert.All(errors, e => Assert.InRange(Math.Abs(e), 0, 0.2));
        Assert.InRange(errors.Average(), -0.02, 0.02);
        Assert.InRange(errors.Average(Math.Abs), 0, 0.05);
    }

    [Fact]
    public void Identical_sets_estimate_one_and_disjoint_sets_nearly_zero()
    {
        var permutations = new MinHashPermutations(128, Seed);
        var random = new Random(7);
        var a = ShingleSet.FromWords(Unique("a", 300, random), 3, Seed);
        var b = ShingleSet.FromWords(Unique("b", 300, random), 3, Seed);

        Assert.Equal(1.0, permutations.Sign(a).EstimateJaccard(permutations.Sign(a)));
        Assert.InRange(permutations.Sign(a).EstimateJaccard(permutations.Sign(b)), 0, 0.05);
    }

    [Fact]
    public void The_same_seed_gives_the_same_signature_and_another_seed_a_different_one()
    {
        var set = ShingleSet.FromText("The Orlen valley dam released water for the first time in eleven years.", 3, Seed);

        var once = new MinHashPermutations(64, Seed).Sign(set);
        var again = new MinHashPermutations(64, Seed).Sign(set);
        var other = new MinHashPermutations(64, Seed + 1).Sign(set);

        Assert.True(once.Values.SequenceEqual(again.Values));
        Assert.False(once.Values.SequenceEqual(other.Values));
    }

    [Fact]
    public void Signatures_of_different_permutations_do_not_compare()
    {
        var set = ShingleSet.FromText("a b c d e f", 2, Seed);

        var error = Assert.Throws<ArgumentException>(() => new MinHashPermutations(64, 1).Sign(set).EstimateJaccard(new MinHashPermutations(64, 2).Sign(set)));
        Assert.Contains("same MinHashPermutations", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_set_gives_an_empty_signature()
    {
        Assert.True(new MinHashPermutations(16, Seed).Sign(ShingleSet.Empty).IsEmpty);
        Assert.False(new MinHashPermutations(16, Seed).Sign(ShingleSet.FromText("one word", 1, Seed)).IsEmpty);
    }

    private static List<string> Unique(string prefix, int count, Random random) =>
        [.. Enumerable.Range(0, count).Select(i => prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + random.Next().ToString(System.Globalization.CultureInfo.InvariantCulture))];
}
