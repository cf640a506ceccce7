using System.Collections.Immutable;

namespace Crosscheck.Comparison;

public enum ClaimStatus
{
    /// <summary>Every outlet of the story reports it.</summary>
    Consensus,

    /// <summary>More than one outlet, but not all, report it.</summary>
    Partial,

    /// <summary>Only one outlet reports it.</summary>
    Unique,
}

/// <summary>An aligned claim: one representative wording and the articles that carry it.</summary>
public sealed record Claim(string Text, ClaimStatus Status, ImmutableArray<string> ArticleIds);

public sealed record ConflictVersion(string Text, ImmutableArray<string> ArticleIds);

/// <summary>Retellings that fill the same slot with different values (a number, a date, a quote's wording).</summary>
public sealed record Conflict(string About, ImmutableArray<ConflictVersion> Versions);

public sealed record StoryComparison(ImmutableArray<Claim> Claims, ImmutableArray<Conflict> Conflicts)
{
    public static StoryComparison Empty { get; } = new([], []);
}
