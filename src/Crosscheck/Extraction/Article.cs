using System.Collections.Immutable;

namespace Crosscheck.Extraction;

/// <summary>
/// One outlet's article after extraction: page furniture removed, metadata recovered.
/// <see cref="Text"/> is the body paragraphs joined by blank lines; every span produced by later stages
/// (tokens, sentences, entities, quotes) points into it.
/// </summary>
public sealed record Article
{
    /// <summary>Stable id derived from the source name and content: the same input always gets the same id.</summary>
    public required string Id { get; init; }

    /// <summary>Where the page came from: a path or URL as given.</summary>
    public required string Source { get; init; }

    public required string Title { get; init; }

    public string? Author { get; init; }

    public string? Outlet { get; init; }

    public DateOnly? Published { get; init; }

    /// <summary>
    /// <see cref="Published"/> read with its day and month swapped, when the page wrote it as an all-number date that
    /// reads both ways ("09/03/2026") and nothing on the page settled which. Clustering settles it: when the article is
    /// more like its story under this reading, the two change places.
    /// </summary>
    public DateOnly? PublishedOtherReading { get; init; }

    /// <summary>ISO 639-1 code, or null when the language could not be told.</summary>
    public string? Language { get; init; }

    public required ImmutableArray<string> Body { get; init; }

    /// <summary>Id of the earliest article this one copies, or null.</summary>
    public string? DuplicateOf { get; init; }

    /// <summary>Position of the article in the input, used to keep every ordering stable.</summary>
    public int Ordinal { get; init; }

    private string? _text;

    /// <summary>Body paragraphs joined by a blank line.</summary>
    public string Text => _text ??= string.Join(ParagraphSeparator, Body);

    public const string ParagraphSeparator = "\n\n";

    /// <summary>The span of each body paragraph inside <see cref="Text"/>.</summary>
    public ImmutableArray<Text.TextSpan> ParagraphSpans()
    {
        var spans = ImmutableArray.CreateBuilder<Text.TextSpan>(Body.Length);
        var start = 0;
        foreach (var p in Body)
        {
            spans.Add(new Text.TextSpan(start, p.Length));
            start += p.Length + ParagraphSeparator.Length;
        }
        return spans.MoveToImmutable();
    }
}
