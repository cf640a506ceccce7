namespace Crosscheck.Sources;

public enum SourceFormat
{
    /// <summary>A page saved as plain text by a scraper, furniture and all, one paragraph per line.</summary>
    ScrapedText,

    Html,
}

/// <summary>A decoded input page, ready for extraction.</summary>
/// <param name="Source">The path or URL as given.</param>
/// <param name="Content">The decoded text of the page.</param>
/// <param name="Format">How to read <paramref name="Content"/>.</param>
/// <param name="Ordinal">Position in the input, which keeps every later ordering stable.</param>
public sealed record SourceDocument(string Source, string Content, SourceFormat Format, int Ordinal = 0);

/// <summary>Something worth telling the user about an input that was still used (a fallback encoding, say).</summary>
public sealed record SourceWarning(string Source, string Message);
