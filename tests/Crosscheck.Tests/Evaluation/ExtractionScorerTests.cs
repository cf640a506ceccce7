using Crosscheck.Evaluation;

namespace Crosscheck.Tests.Evaluation;

public sealed class ExtractionScorerTests
{
    [Fact]
    public void Tokens_are_runs_of_letters_digits_and_underscores_as_python_reads_them()
    {
        Assert.Equal<string>(["Café", "naïve", "x_1", "2024", "Ünal", "s"], ExtractionScorer.Tokens("Café, naïve x_1 — 2024 (Ünal's)"));
    }

    [Fact]
    public void A_combining_mark_splits_a_token_as_it_does_in_python()
    {
        // "e" followed by U+0301 COMBINING ACUTE ACCENT: the mark is not alphanumeric for Python's \w.
        Assert.Equal<string>(["cafe", "s"], ExtractionScorer.Tokens("cafe\u0301s"));
    }

    [Fact]
    public void Shingles_are_counted_with_multiplicity()
    {
        var shingles = ExtractionScorer.Shingles("a b c d a b c d");
        Assert.Equal(5, shingles.Values.Sum());
        Assert.Equal(2, shingles.Values.Max());
    }

    [Fact]
    public void A_text_shorter_than_a_shingle_is_one_shingle()
    {
        Assert.Single(ExtractionScorer.Shingles("two words"));
        Assert.Empty(ExtractionScorer.Shingles("  — "));
    }

    [Fact]
    public void Extra_text_costs_precision_and_missing_text_costs_recall()
    {
        const string truth = "the ferry left the harbour at dawn and reached the island by noon";
        Assert.Equal((1.0, 1.0), ExtractionScorer.ScorePage(truth, truth));
        var (precision, recall) = ExtractionScorer.ScorePage(truth, truth + " subscribe to our newsletter for more stories like this");
        Assert.True(precision < 1 && recall == 1);
        (precision, recall) = ExtractionScorer.ScorePage(truth, "the ferry left the harbour at dawn");
        Assert.True(precision == 1 && recall < 1);
        Assert.Equal((0.0, 0.0), ExtractionScorer.ScorePage(truth, string.Empty));
    }
}
