using System.Collections.Immutable;
using Crosscheck.Analysis.Entities;
using Crosscheck.Analysis.Quotes;
using Crosscheck.Analysis.Sources;
using Crosscheck.Analysis.Time;
using Crosscheck.Extraction;

namespace Crosscheck.Analysis;

/// <summary>Options of the analysis stage.</summary>
public sealed record StoryAnalyzerOptions
{
    /// <summary>The world knowledge entity recognition uses.</summary>
    public Gazetteer Gazetteer { get; init; } = Gazetteer.Default;

    /// <summary>How year-less and ambiguous dates resolve.</summary>
    public DateResolver DateResolver { get; init; } = new();

    /// <summary>Quotes of at most this many words count only when a speaker is named next to them.</summary>
    public int ScareQuoteMaxWords { get; init; } = 3;

    /// <summary>Credit an unattributed quote to the source its article retells ("Le Monde reports…").</summary>
    public bool CreditSourceWhenUnattributed { get; init; } = true;

    /// <summary>Share of the shorter quote's content words that makes two quotes variants of one.</summary>
    public double QuoteOverlap { get; init; } = 0.5;

    /// <summary>Share of content words two same-date sentences of different articles share to be one event.</summary>
    public double TimelineMergeOverlap { get; init; } = 0.25;
}

/// <summary>
/// Entities, timeline, quotes and primary sources of one story. Articles are analysed in input order; relative
/// dates resolve against each article's publication date, or the story's earliest one when it has none.
/// </summary>
public sealed class StoryAnalyzer(StoryAnalyzerOptions options)
{
    public StoryAnalyzer() : this(new StoryAnalyzerOptions()) { }

    public StoryAnalyzerOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options), "Pass StoryAnalyzerOptions, or use the parameterless constructor for the defaults.");

    public StoryAnalysis Analyze(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0) return StoryAnalysis.Empty;

        var (documents, entities, citations, outlets, quotes) = ExtractQuotes(articles);
        var names = entities.Entities.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        // The contract's quotes are quoted words as printed: reported speech without quotation marks stays out.
        var quoted = quotes.Where(q => q.Kind != QuoteKind.Indirect).ToList();
        var groups = new QuoteGrouper { MinOverlap = Options.QuoteOverlap }.Group(quoted, documents, names);

        var timeline = new TimelineBuilder(Options.DateResolver) { MergeOverlap = Options.TimelineMergeOverlap }.Build(documents);

        var media = SourceAttributor.Media(entities, documents, citations, Options.Gazetteer);
        // Who speaks in each article, by the quotes (direct, partial and reported) the speakers were resolved for.
        var speakers = quotes.Where(q => q.Speaker is not null && names.Contains(q.Speaker))
            .Select(q => new SourceCitation(documents[q.ArticleIndex].Article.Id, q.Speaker!, q.SpeakerSpan, Strong: true, ByReportingCue: false))
            .ToList();
        return new StoryAnalysis(entities.Entities, groups, timeline, SourceAttributor.SelectPrimary(documents, entities, citations, outlets, media, speakers));
    }

    /// <summary>
    /// The story's quotes of every kind, each with its spans (quote and speaker), after the steps they rest on:
    /// entities, and the source each article retells (an unattributed quote is credited to it).
    /// </summary>
    internal StoryQuotes ExtractQuotes(IReadOnlyList<Article> articles)
    {
        var storyReference = ArticleDocument.StoryReference(articles);
        var documents = articles.Select((a, i) => ArticleDocument.Create(i, a, storyReference)).ToList();

        var recognizer = new EntityRecognizer(Options.Gazetteer, documents);
        var mentions = new List<RecognizedMention>();
        foreach (var doc in documents) mentions.AddRange(recognizer.Recognize(doc));
        var entities = new EntityResolver(Options.Gazetteer).Resolve(mentions, documents);

        var attributor = new SourceAttributor(Options.Gazetteer);
        var citations = new List<SourceCitation>();
        var perArticle = documents.Select(doc => attributor.Attribute(doc, entities)).ToList();
        foreach (var cited in perArticle) citations.AddRange(cited);
        var outlets = SourceAttributor.Outlets(entities, citations, Options.Gazetteer);
        var mainSource = perArticle.Select(cited => SourceAttributor.MainSource(cited, outlets)).ToArray();

        var extractor = new QuoteExtractor { ScareQuoteMaxWords = Options.ScareQuoteMaxWords, CreditSourceWhenUnattributed = Options.CreditSourceWhenUnattributed };
        var quotes = new List<ExtractedQuote>();
        foreach (var doc in documents) quotes.AddRange(extractor.Extract(doc, entities, mainSource[doc.Index]));
        return new StoryQuotes(documents, entities, citations, outlets, quotes);
    }

    internal sealed record StoryQuotes(List<ArticleDocument> Documents, ResolvedEntities Entities, List<SourceCitation> Citations, HashSet<string> Outlets, List<ExtractedQuote> Quotes);
}
