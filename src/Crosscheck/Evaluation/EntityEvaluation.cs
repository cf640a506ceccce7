using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Crosscheck.Analysis;
using Crosscheck.Text;

namespace Crosscheck.Evaluation;

/// <summary>How one article fared on named mentions, strictly matched: its counts, the names missed and the false alarms.</summary>
public sealed record EntityArticleResult(MeantimeArticle Article, MentionCounts Strict, ImmutableArray<TypedMention> Missed, ImmutableArray<TypedMention> Spurious);

/// <summary>
/// The scores of one run of the analysis stage over MEANTIME. <see cref="NamedStrict"/> is the headline (NER-style:
/// gold = PER/ORG/LOC mentions headed by a proper noun); the all-mention scores count every PER/ORG/LOC mention,
/// pronouns and common-noun phrases ("the company") included, which a name recogniser cannot find, so only their
/// recall means something.
/// </summary>
public sealed record EntityEvaluationRun(
    ClusteringSplit Split,
    bool PerArticle,
    int Articles,
    MentionScores NamedStrict,
    MentionScores NamedLenient,
    MentionScores NamedUntyped,
    MentionScores AllStrict,
    MentionScores AllLenient,
    ImmutableArray<EntityArticleResult> Results,
    TimeSpan Elapsed)
{
    /// <summary>The one-line summary: named-mention strict, lenient and untyped scores, then all-mention recall.</summary>
    public string Format() => string.Create(
        CultureInfo.InvariantCulture,
        $"meantime split={Split.ToString().ToLowerInvariant()} unit={(PerArticle ? "article" : "topic")} articles={Articles} named={NamedStrict.Micro.Gold} "
        + $"strict: {NamedStrict.Micro.Format()} lenient: {NamedLenient.Micro.Format()} untyped: {NamedUntyped.Micro.Format()} "
        + $"all_mentions={AllStrict.Micro.Gold} all_recall_strict={AllStrict.Micro.Recall:0.000} all_recall_lenient={AllLenient.Micro.Recall:0.000}");

    /// <summary>Named-mention scores by type, strict and lenient: one line per type.</summary>
    public IEnumerable<string> FormatByType() => EntityMentionScorer.Types.Select(type => string.Create(
        CultureInfo.InvariantCulture,
        $"  {Short(type)} named={NamedStrict[type].Gold} predicted={NamedStrict[type].Predicted} strict: {NamedStrict[type].Format()} lenient: {NamedLenient[type].Format()} all_mentions={AllStrict[type].Gold} all_recall_lenient={AllLenient[type].Recall:0.000}"));

    /// <summary>PER, ORG or LOC: MEANTIME's name of a type.</summary>
    public static string Short(EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Organization => "ORG",
        EntityType.Location => "LOC",
        _ => "OTHER",
    };
}

/// <summary>
/// Runs the analysis stage (<see cref="StoryAnalyzer"/>) over MEANTIME and scores the mentions of the entities it
/// finds (typed person, organisation or location) against the gold mentions. By default each topic's articles
/// (30 retellings of one company's news) are analysed together as one story, as <c>crosscheck analyze</c> would
/// analyse a story; <c>perArticle</c> analyses each article alone. The split selects the scored articles by a
/// seeded hash of the doc key (<see cref="ClusteringCorpus.IsDev"/>); the analysis always sees the whole topic,
/// which uses no gold, so the halves add up to the whole. Only the fully annotated part of each article is scored
/// (<see cref="MeantimeArticle.Annotated"/>: the title, dateline and first four sentences), gold and predictions
/// alike; the analysis reads the whole article. Gold spans are compared without a leading "the"
/// (<see cref="NameExtent"/>).
/// </summary>
public static class EntityEvaluation
{
    public static EntityEvaluationRun Run(MeantimeCorpus corpus, ClusteringSplit split = ClusteringSplit.All, bool perArticle = false, StoryAnalyzer? analyzer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        analyzer ??= new StoryAnalyzer();
        var clock = Stopwatch.StartNew();
        var predicted = new List<TypedMention>();
        var groups = perArticle
            ? corpus.Articles.Select(a => (IReadOnlyList<MeantimeArticle>)[a])
            : corpus.Articles.GroupBy(a => a.Topic, StringComparer.Ordinal).Select(g => (IReadOnlyList<MeantimeArticle>)[.. g]);
        foreach (var group in groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var analysis = analyzer.Analyze([.. group.Select(a => a.Article)]);
            foreach (var entity in analysis.Entities)
            {
                if (entity.Type == EntityType.Other) continue;
                predicted.AddRange(entity.Mentions.Select(m => new TypedMention(m.ArticleId, m.Span, entity.Type)));
            }
        }
        var elapsed = clock.Elapsed;

        var scored = corpus.Articles
            .Where(a => a.Annotated.Length > 0 && (split == ClusteringSplit.All || ClusteringCorpus.IsDev(a.Key) == (split == ClusteringSplit.Dev)))
            .ToList();
        var windows = scored.ToDictionary(a => a.Key, a => a.Annotated, StringComparer.Ordinal);
        predicted = [.. predicted.Where(p => windows.TryGetValue(p.Document, out var window) && window.Contains(p.Span))];
        var named = Gold(scored, named: true);
        var unnamed = Gold(scored, named: false);
        var all = named.Concat(unnamed).ToList();

        var (_, (missed, spurious)) = EntityMentionScorer.Align(named, predicted, MentionMatch.Strict, unnamed);
        var missedBy = missed.ToLookup(m => m.Document, StringComparer.Ordinal);
        var spuriousBy = spurious.ToLookup(m => m.Document, StringComparer.Ordinal);
        var results = scored.Select(a =>
        {
            var gold = named.Count(m => m.Document == a.Key);
            var wrong = spuriousBy[a.Key].Count();
            var matched = gold - missedBy[a.Key].Count();
            return new EntityArticleResult(a, new MentionCounts(gold, matched + wrong, matched), [.. missedBy[a.Key]], [.. spuriousBy[a.Key]]);
        }).ToImmutableArray();

        return new EntityEvaluationRun(
            split,
            perArticle,
            scored.Count,
            EntityMentionScorer.Score(named, predicted, MentionMatch.Strict, unnamed),
            EntityMentionScorer.Score(named, predicted, MentionMatch.Lenient, unnamed),
            EntityMentionScorer.Score(named, predicted, MentionMatch.Untyped, unnamed),
            EntityMentionScorer.Score(all, predicted, MentionMatch.Strict),
            EntityMentionScorer.Score(all, predicted, MentionMatch.Lenient),
            results,
            elapsed);
    }

    private static List<TypedMention> Gold(IEnumerable<MeantimeArticle> articles, bool named) =>
        [.. articles.SelectMany(a => a.Mentions.Where(m => m.Named == named && a.Annotated.Contains(m.Span)).Select(m => new TypedMention(a.Key, NameExtent(a.Article.Text, m.Span), m.Type)))];

    /// <summary>
    /// A gold span without its leading "the": MEANTIME's extents include the determiner ("the United States"),
    /// name extents (CoNLL, OntoNotes) and ours do not.
    /// </summary>
    public static TextSpan NameExtent(string text, TextSpan span) =>
        span.Length > 4 && (string.CompareOrdinal(text, span.Start, "the ", 0, 4) == 0 || string.CompareOrdinal(text, span.Start, "The ", 0, 4) == 0)
            ? TextSpan.FromBounds(span.Start + 4, span.End)
            : span;
}
