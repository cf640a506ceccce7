using System.Collections.Immutable;

namespace Crosscheck.Briefing;

/// <summary>A sentence of a story's summary, as printed by the cited articles, which all say it.</summary>
public sealed record SummarySentence(string Text, ImmutableArray<string> ArticleIds);
