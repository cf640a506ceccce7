using System.Collections.Immutable;
using Crosscheck.Evaluation;
using Crosscheck.Text;

namespace Crosscheck.Tests.Evaluation;

public sealed class AttributionScorerTests
{
    private const string Text = "Mayor Ana Ruiz said: \u201CThe bridge opens in May, and it will be free.\u201D Her rival thinks the plan is late.";

    private static TextSpan Of(string words, int from = 0)
    {
        var at = Text.IndexOf(words, from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{words}' is not in the test text");
        return new TextSpan(at, words.Length);
    }

    private static ScoredAttribution Attribution(TextSpan content, TextSpan? source, bool direct = false) =>
        new([content], source is { } s ? [s] : [], direct);

    private static readonly ScoredAttribution QuoteGold = Attribution(Of("\u201CThe bridge opens in May, and it will be free.\u201D"), Of("Mayor Ana Ruiz"), direct: true);
    private static readonly ScoredAttribution BeliefGold = Attribution(Of("the plan is late"), Of("Her rival"));

    private static AttributionEvaluation Score(params ScoredAttribution[] predicted) =>
        AttributionScorer.ScoreDocument(new AttributionDocument("a", Text, [QuoteGold, BeliefGold], predicted));

    [Fact]
    public void An_exact_prediction_without_its_quote_marks_earns_full_strict_and_soft_credit()
    {
        var scores = Score(Attribution(Of("The bridge opens in May, and it will be free."), Of("Ana Ruiz"), direct: true));
        Assert.Equal(new PrfScore(1, 1, 2), scores.All.ContentStrict);
        Assert.Equal(1.0, scores.All.ContentSoft.Precision, 9);
        Assert.Equal(0.5, scores.All.ContentSoft.Recall, 9);
        // Source on the one matched pair: "Ana Ruiz" against "Mayor Ana Ruiz" is no exact match, overlap F1 2*2/(3+2).
        Assert.Equal(new PrfScore(0, 1, 1), scores.All.SourceStrict);
        Assert.Equal(0.8, scores.All.SourceSoft.F1, 9);
        // The direct subset has the quote only: recall 1 there.
        Assert.Equal(new PrfScore(1, 1, 1), scores.Direct.ContentStrict);
    }

    [Fact]
    public void A_partial_content_earns_its_overlap_f1_softly_and_nothing_strictly()
    {
        // 4 of the gold's 10 tokens: 2*4/(10+4).
        var scores = Score(Attribution(Of("The bridge opens in"), null, direct: true));
        Assert.Equal(0, scores.All.ContentStrict.Credit);
        Assert.Equal(8.0 / 14, scores.All.ContentSoft.Credit, 9);
        Assert.Equal(8.0 / 14, scores.All.ContentSoft.Precision, 9);
        Assert.Equal(4.0 / 14, scores.All.ContentSoft.Recall, 9);
        // No predicted speaker: the matched gold source is a miss, and nothing is predicted.
        Assert.Equal(new PrfScore(0, 0, 1), scores.All.SourceSoft);
    }

    [Fact]
    public void A_quote_split_by_its_attribution_matches_exactly_when_predicted_in_pieces()
    {
        const string text = "\u201CWe will win,\u201D she said. \u201CThen we rest.\u201D";
        var first = new TextSpan(text.IndexOf("We", StringComparison.Ordinal), "We will win,".Length);
        var second = new TextSpan(text.IndexOf("Then", StringComparison.Ordinal), "Then we rest.".Length);
        var she = new TextSpan(text.IndexOf("she", StringComparison.Ordinal), 3);
        var gold = new ScoredAttribution([first, second], [she], true);
        var pieces = AttributionScorer.ScoreDocument(new AttributionDocument("a", text, [gold], [new ScoredAttribution([first, second], [she], true)]));
        var whole = AttributionScorer.ScoreDocument(new AttributionDocument("a", text, [gold], [new ScoredAttribution([TextSpan.FromBounds(first.Start, second.End)], [she], true)]));
        Assert.Equal(1, pieces.All.ContentStrict.F1);
        Assert.Equal(1, pieces.All.SourceStrict.F1);
        Assert.Equal(0, whole.All.ContentStrict.F1);
        Assert.Equal(2.0 * 6 / (6 + 8), whole.All.ContentSoft.F1, 9);
    }

    [Fact]
    public void Each_gold_attribution_pairs_with_at_most_one_prediction_the_best_overlap_first()
    {
        var exact = Attribution(Of("the plan is late"), Of("Her rival"));
        var worse = Attribution(Of("plan is late"), Of("rival"));
        var scores = Score(worse, exact);
        Assert.Equal(new PrfScore(1, 2, 2), scores.All.ContentStrict);
        Assert.Equal(new PrfScore(1, 1, 1), scores.All.SourceStrict);
    }

    [Fact]
    public void A_speaker_where_the_gold_has_none_costs_source_precision()
    {
        var noSource = new ScoredAttribution([Of("the plan is late")], [], false);
        var scores = AttributionScorer.ScoreDocument(new AttributionDocument("a", Text, [noSource], [Attribution(Of("the plan is late"), Of("Her rival"))]));
        Assert.Equal(new PrfScore(0, 1, 0), scores.All.SourceSoft);
        Assert.Equal(0, scores.All.SourceSoft.F1);
    }

    [Fact]
    public void The_direct_subset_counts_unpaired_predictions_marked_direct_and_leaves_out_the_others()
    {
        var scare = Attribution(Of("Her rival"), null, direct: true);
        var indirect = Attribution(Of("Mayor"), null, direct: false);
        var scores = Score(scare, indirect);
        Assert.Equal(2, scores.All.ContentSoft.Predicted);
        Assert.Equal(1, scores.Direct.ContentSoft.Predicted);
        Assert.Equal(1, scores.Direct.ContentSoft.Gold);
        Assert.Equal(0, scores.Direct.ContentSoft.F1);
    }

    [Fact]
    public void Documents_add_up_and_nothing_divides_by_zero()
    {
        var empty = AttributionScorer.Score([]);
        Assert.Equal(0, empty.All.ContentSoft.F1);
        var one = new AttributionDocument("a", Text, [QuoteGold], [QuoteGold]);
        var twice = AttributionScorer.Score([one, one]);
        Assert.Equal(new PrfScore(2, 2, 2), twice.All.ContentStrict);
        Assert.Equal("P 1.000 R 1.000 F1 1.000", twice.All.ContentSoft.ToString());
    }

    [Theory]
    [InlineData("\u201CThe bridge opens.\u201D", true)]
    [InlineData("\"The bridge opens.\"", true)]
    [InlineData("\u00AB The bridge opens \u00BB.", true)]
    [InlineData("\u201CThe bridge opens.\u201D,", true)]
    [InlineData("that the bridge opens \u201Cin May.\u201D", false)]
    [InlineData("\u201CThe bridge\u201D opens in May", false)]
    [InlineData("the bridge opens", false)]
    [InlineData("\"", false)]
    [InlineData("''The bridge opens.''", true)]
    public void A_content_is_direct_when_quotation_marks_open_and_close_it(string content, bool quoted) =>
        Assert.Equal(quoted, AttributionScorer.IsQuoted(content, [new TextSpan(0, content.Length)]));

    [Fact]
    public void A_direct_quote_in_two_pieces_is_direct()
    {
        const string text = "\u201CWe will win,\u201D she said. \u201CThen we rest.\u201D";
        ImmutableArray<TextSpan> pieces = [new TextSpan(0, 14), TextSpan.FromBounds(text.IndexOf("\u201CThen", StringComparison.Ordinal), text.Length)];
        Assert.True(AttributionScorer.IsQuoted(text, pieces));
    }
}
