using Crosscheck.Dedup;

namespace Crosscheck.Tests.Dedup;

public sealed class ShingleSetTests
{
    [Theory]
    [InlineData("The dam opened on Thursday.", "the DAM opened on thursday", 1.0)]
    [InlineData("Jean-Noel said \u201Cyes\u201D", "jean-noel said \"yes\"", 1.0)]
    [InlineData("one two three four five", "six seven eight nine ten", 0.0)]
    [InlineData("a b c d", "a b c e", 2.0 / 4)]
    [InlineData("a b c d e", "a b x d e", 2.0 / 6)]
    public void Jaccard_of_word_bigrams_ignores_case_spacing_and_quote_style(string left, string right, double expected)
    {
        var a = ShingleSet.FromText(left, 2, 1);
        var b = ShingleSet.FromText(right, 2, 1);

        Assert.Equal(expected, a.Jaccard(b), 6);
    }

    [Fact]
    public void Repeated_shingles_count_once()
    {
        var set = ShingleSet.FromText("go go go go go", 2, 1);

        Assert.Equal(1, set.Count);
    }

    [Fact]
    public void A_text_shorter_than_the_window_is_one_shingle_and_an_empty_text_none()
    {
        Assert.Equal(1, ShingleSet.FromText("just three words", 5, 1).Count);
        Assert.Equal(0, ShingleSet.FromText(" ... ", 5, 1).Count);
        Assert.Equal(0, ShingleSet.Empty.Jaccard(ShingleSet.Empty));
    }

    [Fact]
    public void Containment_is_one_when_a_text_is_cut_from_another()
    {
        var full = ShingleSet.FromText(string.Join(' ', SyndicationFixtures.WireParagraphs), 5, 1);
        var cut = ShingleSet.FromText(string.Join(' ', SyndicationFixtures.WireParagraphs.Take(4)), 5, 1);

        Assert.Equal(1.0, full.ContainmentOfSmaller(cut));
        Assert.True(full.Jaccard(cut) < 0.6);
    }

    [Fact]
    public void Hashes_are_sorted_and_distinct()
    {
        var hashes = ShingleSet.FromText(string.Join(' ', SyndicationFixtures.WireParagraphs), 3, 9).Hashes.ToArray();

        Assert.Equal(hashes.Order().Distinct(), hashes);
    }
}
