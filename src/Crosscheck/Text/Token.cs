namespace Crosscheck.Text;

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
}

/// <summary>A token of an article text; <see cref="Span"/> points into that text.</summary>
public readonly record struct Token(string Value, TokenKind Kind, TextSpan Span)
{
    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>True when the word starts with an upper-case letter.</summary>
    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Value[0]);
}
