using System.Collections.Immutable;
using Crosscheck.Text;

namespace Crosscheck.Analysis;

public enum EntityType
{
    Person,
    Organization,
    Location,
    Other,
}

/// <summary>One occurrence of an entity in an article; <see cref="Span"/> points into <c>Article.Text</c>.</summary>
public sealed record EntityMention(string ArticleId, TextSpan Span, string Text);

/// <summary>An entity resolved across a story's articles, under one canonical name.</summary>
public sealed record Entity(
    string Name,
    EntityType Type,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> ArticleIds,
    ImmutableArray<EntityMention> Mentions);

/// <summary>How one article prints a quote; <see cref="Span"/> points into that article's text.</summary>
public sealed record QuoteVariant(string ArticleId, string Text, TextSpan Span);

/// <summary>The variants of one quote across articles, with the canonical speaker when known.</summary>
public sealed record QuoteGroup(string? Speaker, ImmutableArray<QuoteVariant> Variants);

/// <summary>A dated event. <see cref="Date"/> is "YYYY-MM-DD", "YYYY-MM" or "YYYY" by precision.</summary>
public sealed record TimelineEvent(string Date, string Text, ImmutableArray<string> ArticleIds);

/// <summary>A source the story's articles cite ("Le Monde reports, citing…"), with the articles that cite it.</summary>
public sealed record PrimarySource(string Name, ImmutableArray<string> ArticleIds);

/// <summary>What the analysis stage finds in one story.</summary>
public sealed record StoryAnalysis(
    ImmutableArray<Entity> Entities,
    ImmutableArray<QuoteGroup> Quotes,
    ImmutableArray<TimelineEvent> Timeline,
    ImmutableArray<PrimarySource> PrimarySources)
{
    public static StoryAnalysis Empty { get; } = new([], [], [], []);
}
