using System.Collections.Immutable;

namespace Crosscheck.Extraction;

/// <summary>A block the cleaner removed, and why.</summary>
public sealed record RemovedBlock(string Text, FurnitureKind Kind);

/// <summary>What the cleaner recovered from one page: the article text and the metadata the furniture held.</summary>
public sealed record CleanPage(
    string? Title,
    string? Author,
    string? Outlet,
    DateOnly? Published,
    ImmutableArray<string> Body,
    ImmutableArray<RemovedBlock> Removed)
{
    /// <summary><see cref="Published"/> read with day and month swapped, when the page wrote it both ways ("09/03/2026").</summary>
    public DateOnly? PublishedOtherReading { get; init; }
}
