using System.Collections.Immutable;
using Crosscheck.Analysis;
using Crosscheck.Briefing;
using Crosscheck.Clustering;
using Crosscheck.Comparison;
using Crosscheck.Dedup;
using Crosscheck.Extraction;
using Crosscheck.Sources;
using Crosscheck.Text;

namespace Crosscheck.Pipeline;

/// <summary>
/// Runs every stage over a batch of pages: extract, dedup, cluster into stories, then analyse, compare and
/// summarise each story. Immutable and reusable; the same input always gives the same report and ids.
/// </summary>
public sealed class CrosscheckPipeline
{
    private readonly ArticleExtractor _extractor;
    private readonly DuplicateDetector _duplicates;
    private readonly StoryClustererOptions _clustering;
    private readonly Func<IReadOnlyList<Article>, StoryAnalysis> _analyze;
    private readonly Func<IReadOnlyList<Article>, StoryAnalysis, StoryComparison> _compare;
    private readonly Func<IReadOnlyList<Article>, StoryAnalysis, StoryComparison, ImmutableArray<SummarySentence>> _summarize;
    private readonly int _parallelism;

    internal CrosscheckPipeline(CrosscheckPipelineBuilder builder)
    {
        _extractor = new ArticleExtractor(builder.Extraction);
        _duplicates = new DuplicateDetector(builder.Dedup);
        _clustering = builder.Clustering;
        _analyze = builder.AnalysisStage ?? new StoryAnalyzer(builder.Analysis).Analyze;
        _compare = builder.ComparisonStage ?? new StoryComparer(builder.Comparison).Compare;
        _summarize = builder.SummaryStage ?? new Summarizer(builder.Summary).Summarize;
        _parallelism = builder.MaxDegreeOfParallelism;
    }

    public static CrosscheckPipeline CreateDefault() => new CrosscheckPipelineBuilder().Build();

    /// <summary>Extracts one page; a page that breaks the extractor becomes a rejection, never an exception.</summary>
    public ExtractionResult Extract(SourceDocument document) => ExtractSafely(document);

    /// <summary>Extracts every page (in parallel, results in input order).</summary>
    public IReadOnlyList<(SourceDocument Document, ExtractionResult Result)> ExtractAll(IReadOnlyList<SourceDocument> documents, CancellationToken cancellationToken = default) =>
        documents.AsParallel().AsOrdered().WithDegreeOfParallelism(_parallelism).WithCancellation(cancellationToken)
            .Select(d => (d, ExtractSafely(d)))
            .ToList();

    public AnalysisReport Analyze(IReadOnlyList<SourceDocument> documents, CancellationToken cancellationToken = default)
    {
        var rejections = ImmutableArray.CreateBuilder<Rejection>();
        var articles = new List<Article>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (document, result) in ExtractAll(documents, cancellationToken))
        {
            if (result.Article is null)
            {
                rejections.Add(new Rejection(document.Source, result.RejectionReason ?? "no article found"));
                continue;
            }
            var article = result.Article;
            // The same file given twice (or two identical files with one name) keeps one id per input.
            var id = article.Id;
            for (var n = 2; !ids.Add(id); n++) id = article.Id + "-" + n;
            articles.Add(article with { Id = id });
        }
        cancellationToken.ThrowIfCancellationRequested();
        return Analyze(articles, rejections.ToImmutable(), cancellationToken);
    }

    /// <summary>Groups extracted articles into stories and analyses each story.</summary>
    public AnalysisReport Analyze(IReadOnlyList<Article> extracted, ImmutableArray<Rejection> rejections, CancellationToken cancellationToken = default)
    {
        var grouping = Group(extracted);
        cancellationToken.ThrowIfCancellationRequested();
        var stories = grouping.Stories.AsParallel().AsOrdered().WithDegreeOfParallelism(_parallelism).WithCancellation(cancellationToken)
            .Select(AnalyzeStory)
            .ToImmutableArray();
        return new AnalysisReport(grouping.Articles, stories, rejections);
    }

    /// <summary>
    /// Dedup and clustering alone: marks copies and groups the articles into stories, in the order and with the ids
    /// <see cref="Analyze(IReadOnlyList{Article}, ImmutableArray{Rejection}, CancellationToken)"/> gives them, without
    /// analysing any story. A store that already holds a story of the same id (the same articles) need not analyse it again.
    /// An article whose date reads both ways ("09/03/2026") comes back with the reading its story settled.
    /// </summary>
    public StoryGrouping Group(IReadOnlyList<Article> extracted)
    {
        var copies = _duplicates.FindDuplicates(extracted);
        var articles = extracted.Select(a => copies.TryGetValue(a.Id, out var original) ? a with { DuplicateOf = original } : a).ToImmutableArray();
        var stories = GroupIntoStories(ref articles).Select(StoryMembers.Of).ToImmutableArray();
        return new StoryGrouping(articles, stories);
    }

    /// <summary>
    /// Analyses, compares and summarises one story of a <see cref="Group"/>ing. A stage that throws on the story does not
    /// stop the batch: the story comes back with its articles, no analysis, and a <see cref="Story.Failure"/> naming the
    /// stage and the error. Cancellation still propagates.
    /// </summary>
    public Story AnalyzeStory(StoryMembers members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var articles = members.Articles;
        var ids = articles.Select(a => a.Id).ToImmutableArray();
        var distinct = articles.Where(a => a.DuplicateOf is null).ToList();
        var stage = StoryStage.Title;
        try
        {
            var title = RepresentativeTitle(distinct);
            stage = StoryStage.Analysis;
            var analysis = _analyze(articles);
            stage = StoryStage.Comparison;
            var comparison = _compare(distinct, analysis);
            stage = StoryStage.Summary;
            var summary = _summarize(distinct, analysis, comparison);
            return new Story(members.Id, title, ids, analysis, comparison, summary);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var failure = new StoryFailure(members.Id, [.. articles.Select(a => a.Source)], stage, $"{e.GetType().Name}: {e.Message}");
            return new Story(members.Id, distinct.FirstOrDefault()?.Title ?? "", ids, StoryAnalysis.Empty, StoryComparison.Empty, []) { Failure = failure };
        }
    }

    /// <summary>
    /// Online clustering of the distinct articles in input order; copies join their original's story. A date that reads
    /// both ways is settled by the story its article joins (<see cref="OnlineStoryClusterer.TookOtherReading"/>).
    /// </summary>
    private List<List<Article>> GroupIntoStories(ref ImmutableArray<Article> articles)
    {
        var clusterer = new OnlineStoryClusterer(_clustering);
        var originals = articles.Where(a => a.DuplicateOf is null).ToList();
        // Articles whose date reads both ways come last (in input order), so the stories they may join are there to settle it.
        foreach (var article in originals.Where(a => a.PublishedOtherReading is null).Concat(originals.Where(a => a.PublishedOtherReading is not null)))
        {
            clusterer.Add(new ClusterDocument(article.Id, article.Title, article.Text, article.Published, article.Outlet, article.PublishedOtherReading));
        }
        if (originals.Any(a => a.PublishedOtherReading is not null))
        {
            var swapped = originals.Where(a => a.PublishedOtherReading is not null && clusterer.TookOtherReading(a.Id)).ToDictionary(a => a.Id, StringComparer.Ordinal);
            // A copy dated as its original was takes the reading its original took.
            articles = [.. articles.Select(a => a.PublishedOtherReading is { } other
                && (swapped.ContainsKey(a.Id) || (a.DuplicateOf is { } of && swapped.TryGetValue(of, out var original) && original.Published == a.Published))
                ? a with { Published = other, PublishedOtherReading = a.Published }
                : a)];
        }
        var storyOf = originals.ToDictionary(a => a.Id, a => clusterer.StoryOf(a.Id), StringComparer.Ordinal);
        var byStory = new SortedDictionary<int, List<Article>>();
        foreach (var article in articles)
        {
            var story = storyOf[article.DuplicateOf ?? article.Id];
            if (!byStory.TryGetValue(story, out var list)) byStory[story] = list = [];
            list.Add(article);
        }
        return byStory.Values
            .OrderByDescending(g => g.Count(a => a.DuplicateOf is null))
            .ThenBy(g => g.Min(a => a.Ordinal))
            .ToList();
    }

    /// <summary>The title whose content words the other titles share most; the earliest on ties.</summary>
    internal static string RepresentativeTitle(IReadOnlyList<Article> articles)
    {
        if (articles.Count == 1) return articles[0].Title;
        var stems = articles.Select(a => Tokenizer.FoldedWords(a.Title).Where(w => !Stopwords.IsStopword(w)).Select(LightStemmer.Stem).ToHashSet()).ToList();
        var best = 0;
        var bestScore = double.MinValue;
        for (var i = 0; i < articles.Count; i++)
        {
            if (stems[i].Count == 0) continue;
            var score = 0.0;
            for (var j = 0; j < articles.Count; j++)
            {
                if (i != j) score += stems[i].Count(stems[j].Contains);
            }
            score /= Math.Sqrt(stems[i].Count);
            if (score > bestScore + 1e-9)
            {
                bestScore = score;
                best = i;
            }
        }
        return articles[best].Title;
    }

    private ExtractionResult ExtractSafely(SourceDocument document) => _extractor.ExtractOrReject(document);
}
