using Crosscheck.Text;

namespace Crosscheck.Extraction;

public enum BlockTag
{
    Paragraph,
    Heading,
    ListItem,
    Quote,
    Caption,
    Preformatted,
}

/// <summary>
/// One block of a page (a line of scraped text, a paragraph-like element of HTML) with the layout hints
/// the boilerplate classifier reads. <see cref="SourceSpan"/> points into the decoded source when known.
/// </summary>
public sealed record PageBlock(string Text, BlockTag Tag = BlockTag.Paragraph)
{
    /// <summary>Share of the block's characters inside links (HTML only).</summary>
    public double LinkDensity { get; init; }

    /// <summary>The block sits in a container whose class/id/role marks furniture (HTML only).</summary>
    public bool InFurnitureContainer { get; init; }

    public TextSpan? SourceSpan { get; init; }
}
