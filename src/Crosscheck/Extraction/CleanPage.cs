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
    ImmutableArray<RemovedBlock> Removed);
