namespace Crosscheck.Extraction;

/// <summary>Why a block of a page is furniture rather than article text.</summary>
public enum FurnitureKind
{
    None,
    Navigation,
    ReadingTime,
    Caption,
    Byline,
    AuthorBio,
    DateLine,
    /// <summary>"Read more", "Related", "Most read": what follows is other stories, not this article.</summary>
    EndOfArticle,
    /// <summary>"Read also: headline" inside the article: only this block is dropped.</summary>
    InlineLink,
    RelatedHeadline,
    Legal,
    Appeal,
    Share,
    Advertisement,
    Tags,
    LanguageSwitch,
    DuplicateTitle,
    Teaser,
}
