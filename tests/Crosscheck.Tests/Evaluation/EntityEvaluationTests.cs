using System.Text.Json;
using Crosscheck.Analysis;
using Crosscheck.Evaluation;
using Crosscheck.Tests.Support;
using Crosscheck.Text;

namespace Crosscheck.Tests.Evaluation;

public sealed class EntityEvaluationTests
{
    private static readonly JsonElement Floors = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "eval", "floors.json"))).RootElement.GetProperty("entities").Clone();

    private static readonly Lazy<MeantimeCorpus> Corpus = new(() => MeantimeCorpus.Load(Path.Combine(RepositoryPaths.Shared!, "corpora", "meantime-en")));

    private static TypedMention M(int start, int end, EntityType type, string document = "d") => new(document, TextSpan.FromBounds(start, end), type);

    [Fact]
    public void Strict_matching_needs_the_same_span_and_type()
    {
        TypedMention[] gold = [M(0, 5, EntityType.Person), M(10, 20, EntityType.Organization), M(30, 35, EntityType.Location)];
        TypedMention[] predicted = [M(0, 5, EntityType.Person), M(10, 19, EntityType.Organization), M(30, 35, EntityType.Person), M(40, 45, EntityType.Location)];
        var scores = EntityMentionScorer.Score(gold, predicted, MentionMatch.Strict);
        Assert.Equal(new MentionCounts(Gold: 3, Predicted: 4, Matched: 1), scores.Micro);
        Assert.Equal(new MentionCounts(1, 2, 1), scores[EntityType.Person]);
        Assert.Equal(new MentionCounts(1, 1, 0), scores[EntityType.Organization]);
        Assert.Equal(new MentionCounts(1, 1, 0), scores[EntityType.Location]);
        Assert.Equal(0.25, scores.Micro.Precision, 9);
        Assert.Equal(1.0 / 3, scores.Micro.Recall, 9);
        Assert.Equal(2 * 0.25 * (1.0 / 3) / (0.25 + (1.0 / 3)), scores.Micro.F1, 9);
    }

    [Fact]
    public void Lenient_matching_takes_overlaps_of_the_same_type_one_to_one()
    {
        // Two predictions overlap one gold mention: one matches, the other is a false alarm.
        TypedMention[] gold = [M(0, 10, EntityType.Organization), M(20, 30, EntityType.Person)];
        TypedMention[] predicted = [M(0, 4, EntityType.Organization), M(5, 10, EntityType.Organization), M(25, 40, EntityType.Location)];
        var scores = EntityMentionScorer.Score(gold, predicted, MentionMatch.Lenient);
        Assert.Equal(new MentionCounts(Gold: 2, Predicted: 3, Matched: 1), scores.Micro);
    }

    [Fact]
    public void Exact_pairs_win_over_overlaps_so_nested_gold_mentions_are_both_found()
    {
        // Gold "Airbus parent EADS" holds gold "EADS"; the prediction "EADS" goes to its exact twin.
        TypedMention[] gold = [M(0, 18, EntityType.Organization), M(14, 18, EntityType.Organization)];
        TypedMention[] predicted = [M(14, 18, EntityType.Organization), M(0, 6, EntityType.Organization)];
        var (matched, unmatched) = EntityMentionScorer.Align(gold, predicted, MentionMatch.Lenient);
        Assert.Contains((gold[1], predicted[0]), matched);
        Assert.Contains((gold[0], predicted[1]), matched);
        Assert.Empty(unmatched.Gold);
        Assert.Empty(unmatched.Predicted);
    }

    [Fact]
    public void Untyped_matching_ignores_types_but_not_spans_or_documents()
    {
        TypedMention[] gold = [M(0, 5, EntityType.Person), M(0, 5, EntityType.Location, "other")];
        TypedMention[] predicted = [M(0, 5, EntityType.Organization), M(0, 6, EntityType.Location, "other")];
        Assert.Equal(new MentionCounts(2, 2, 1), EntityMentionScorer.Score(gold, predicted, MentionMatch.Untyped).Micro);
        Assert.Equal(new MentionCounts(2, 2, 0), EntityMentionScorer.Score(gold, predicted, MentionMatch.Strict).Micro);
    }

    [Fact]
    public void Predictions_of_type_other_are_ignored_and_neutral_mentions_are_neither_right_nor_wrong()
    {
        TypedMention[] gold = [M(0, 5, EntityType.Person)];
        TypedMention[] neutral = [M(10, 18, EntityType.Location)];
        TypedMention[] predicted = [M(0, 5, EntityType.Person), M(10, 18, EntityType.Location), M(10, 18, EntityType.Other), M(20, 25, EntityType.Organization)];
        var scores = EntityMentionScorer.Score(gold, predicted, MentionMatch.Strict, neutral);
        Assert.Equal(new MentionCounts(Gold: 1, Predicted: 2, Matched: 1), scores.Micro);
        Assert.Equal(0.5, scores.Micro.Precision, 9);
    }

    [Fact]
    public void Empty_inputs_score_zero_without_dividing_by_zero()
    {
        var scores = EntityMentionScorer.Score([], [], MentionMatch.Lenient);
        Assert.Equal(MentionCounts.Zero, scores.Micro);
        Assert.Equal(0, scores.Micro.F1);
    }

    [Theory]
    [InlineData(new[] { "Apple", "'s", "shares", "rose", "3", "%", "." }, "Apple's shares rose 3%.")]
    [InlineData(new[] { "He", "said", ",", "``", "We", "do", "n't", "''", "(", "yes", ")", ":", "$", "40", "billion", "." }, "He said, \"We don't\" (yes): $40 billion.")]
    [InlineData(new[] { "a", "\"", "quoted", "\"", "word", "and", "US$", "3.5" }, "a \"quoted\" word and US$3.5")]
    public void Tokens_are_joined_as_news_prints_them_and_each_token_keeps_its_span(string[] tokens, string expected)
    {
        var (text, spans) = MeantimeCorpus.Detokenize(tokens);
        Assert.Equal(expected.Replace("``", "\"").Replace("''", "\""), text.Replace("``", "\"").Replace("''", "\""));
        Assert.Equal(tokens, spans.Select(s => s.Slice(text)));
        Assert.True(spans.Zip(spans.Skip(1)).All(p => p.First.End <= p.Second.Start));
    }

    [Theory]
    [InlineData("in the United States now", 3, 20, "United States")]
    [InlineData("The White House said", 0, 15, "White House")]
    [InlineData("Boeing and theme parks", 0, 6, "Boeing")]
    [InlineData("there", 0, 5, "there")]
    public void Gold_name_extents_drop_a_leading_the(string text, int start, int end, string expected) =>
        Assert.Equal(expected, EntityEvaluation.NameExtent(text, TextSpan.FromBounds(start, end)).Slice(text));

    [Fact]
    public void A_missing_corpus_is_named()
    {
        var folder = Path.Combine(Path.GetTempPath(), "crosscheck-no-meantime-" + Guid.NewGuid().ToString("N"));
        Assert.Contains(folder, MeantimeCorpus.Missing(folder));
        Assert.Throws<FileNotFoundException>(() => MeantimeCorpus.Load(folder));
    }

    [SharedCorpusFact]
    public void The_corpus_has_120_articles_in_4_topics_and_106_with_entity_annotations()
    {
        var corpus = Corpus.Value;
        Assert.Equal(120, corpus.Articles.Length);
        Assert.Equal(["corpus_airbus", "corpus_apple", "corpus_gm", "corpus_stock"], corpus.Articles.Select(a => a.Topic).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(106, corpus.Articles.Count(a => a.Annotated.Length > 0));
        Assert.All(corpus.Articles, a => Assert.Equal(a.Article.Title, a.Article.Body[0]));
        // PER 402, ORG 1111, LOC 317 less the discontinuous ones and spans annotated twice.
        var mentions = corpus.Articles.Sum(a => a.Mentions.Length);
        Assert.InRange(mentions + corpus.SkippedMentions, 1780, 402 + 1111 + 317);
    }

    [SharedCorpusFact]
    public void Every_gold_span_holds_the_tokens_of_its_mention()
    {
        var wrong = Corpus.Value.Articles
            .SelectMany(a => a.Mentions.Select(m => (a.Key, Text: m.Span.Slice(a.Article.Text), m.Tokens)))
            .Where(m => Squeeze(m.Text) != Squeeze(m.Tokens))
            .Select(m => $"{m.Key}: span '{m.Text}' vs tokens '{m.Tokens}'")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(20)));
    }

    [SharedCorpusFact]
    public void The_dev_and_test_halves_are_about_even_and_add_up_to_the_whole()
    {
        var corpus = Corpus.Value;
        var all = EntityEvaluation.Run(corpus);
        var dev = EntityEvaluation.Run(corpus, ClusteringSplit.Dev);
        var test = EntityEvaluation.Run(corpus, ClusteringSplit.Test);
        Assert.Equal(all.Articles, dev.Articles + test.Articles);
        Assert.InRange(dev.Articles, all.Articles * 0.35, all.Articles * 0.65);
        Assert.Equal(all.NamedStrict.Micro, dev.NamedStrict.Micro + test.NamedStrict.Micro);
        Assert.Equal(all.NamedStrict.Micro.Gold, all.Results.Sum(r => r.Strict.Gold));
    }

    [SharedCorpusFact]
    public void Named_mention_f1_holds_its_floors()
    {
        var failures = new List<string>();
        foreach (var (split, key) in new[] { (ClusteringSplit.All, "named_strict_f1"), (ClusteringSplit.Dev, "named_strict_f1_dev"), (ClusteringSplit.Test, "named_strict_f1_test") })
        {
            var run = EntityEvaluation.Run(Corpus.Value, split);
            var floor = Floors.GetProperty(key).GetDouble();
            if (run.NamedStrict.Micro.F1 < floor - 1e-9) failures.Add($"{key} = {run.NamedStrict.Micro.F1:0.00000}, below its floor {floor:0.000}: {run.Format()}");
            if (split == ClusteringSplit.All && run.NamedLenient.Micro.F1 < Floors.GetProperty("named_lenient_f1").GetDouble() - 1e-9) failures.Add($"named_lenient_f1 = {run.NamedLenient.Micro.F1:0.00000}, below its floor: {run.Format()}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
