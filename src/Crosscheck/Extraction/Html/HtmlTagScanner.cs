using System.Buffers;

namespace Crosscheck.Extraction.Html;

/// <summary>What <see cref="HtmlTagScanner"/> found next.</summary>
internal enum HtmlPieceKind
{
    /// <summary>Character data between tags (entities not decoded).</summary>
    Text,

    StartTag,

    EndTag,

    /// <summary>A comment, doctype, processing instruction or other bogus comment: nothing that nests.</summary>
    Comment,

    /// <summary>The text of a raw-text element (script, style, textarea, title…), up to its end tag.</summary>
    RawText,
}

/// <summary>One attribute of a start tag, as offsets into the page.</summary>
internal readonly record struct HtmlAttributeSpan(int Start, int NameEnd, int ValueStart, int ValueEnd, int End);

/// <summary>
/// Reads HTML as the HTML standard's tokenizer splits it, without building anything: text, start and end tags (with
/// their attributes as offsets), comments and raw text, each a span of the page. Just enough of the tokenizer to know
/// where tags are: quoted attribute values may hold '&gt;', comments and script bodies may hold tags, a tag cut off by
/// the end of the page is no tag. Names are lower-cased and shared (no string per tag for the common names).
/// </summary>
internal sealed class HtmlTagScanner(string html)
{
    private static readonly SearchValues<char> TagNameEnd = SearchValues.Create(" \t\n\f\r/>");
    private static readonly SearchValues<char> AttributeNameEnd = SearchValues.Create(" \t\n\f\r/>=");
    private static readonly SearchValues<char> UnquotedValueEnd = SearchValues.Create(" \t\n\f\r>");
    private static readonly SearchValues<char> Whitespace = SearchValues.Create(" \t\n\f\r");

    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _names = HtmlElementNames.Shared.GetAlternateLookup<ReadOnlySpan<char>>();
    private string? _rawTextElement;

    public string Html { get; } = html;

    public int Position { get; private set; }

    public HtmlPieceKind Kind { get; private set; }

    public int Start { get; private set; }

    /// <summary>The element's lower-case name, for tags.</summary>
    public string Name { get; private set; } = string.Empty;

    public bool IsSelfClosing { get; private set; }

    /// <summary>The attributes of the last start tag.</summary>
    public List<HtmlAttributeSpan> Attributes { get; } = [];

    /// <summary>Where the last tag's attributes begin and end (the raw text between its name and its '&gt;').</summary>
    public Range AttributeText { get; private set; }

    /// <summary>
    /// Tells the scanner that the start tag just read opens raw text (script, style…), so what follows up to its end
    /// tag is read as one <see cref="HtmlPieceKind.RawText"/> piece. The tree builder decides this, not the tokenizer.
    /// </summary>
    public void EnterRawText(string element) => _rawTextElement = element;

    /// <summary>Reads the next piece; false at the end of the page.</summary>
    public bool Next()
    {
        if (Position >= Html.Length) return false;
        Start = Position;
        if (_rawTextElement is { } element)
        {
            _rawTextElement = null;
            Kind = HtmlPieceKind.RawText;
            Position = FindEndTag(element);
            return Position > Start || Next();
        }
        var lt = Html.IndexOf('<', Position);
        if (lt != Position)
        {
            Kind = HtmlPieceKind.Text;
            Position = lt < 0 ? Html.Length : lt;
            return true;
        }
        var next = Position + 1 < Html.Length ? Html[Position + 1] : '\0';
        if (char.IsAsciiLetter(next)) return ReadTag(isEnd: false);
        if (next == '/' && Position + 2 < Html.Length && char.IsAsciiLetter(Html[Position + 2])) return ReadTag(isEnd: true);
        if (next == '!' || next == '?' || next == '/')
        {
            Kind = HtmlPieceKind.Comment;
            Position = CommentEnd();
            return true;
        }
        // A '<' that starts nothing is text.
        Kind = HtmlPieceKind.Text;
        var following = Html.IndexOf('<', Position + 1);
        Position = following < 0 ? Html.Length : following;
        return true;
    }

    /// <summary>True when the non-tag piece just read holds something other than whitespace.</summary>
    public bool HasVisibleText() => Html.AsSpan(Start, Position - Start).ContainsAnyExcept(Whitespace);

    private bool ReadTag(bool isEnd)
    {
        var nameStart = Position + (isEnd ? 2 : 1);
        var nameEnd = Html.AsSpan(nameStart).IndexOfAny(TagNameEnd);
        nameEnd = nameEnd < 0 ? Html.Length : nameStart + nameEnd;
        Name = InternName(Html.AsSpan(nameStart, nameEnd - nameStart));
        Attributes.Clear();
        IsSelfClosing = false;
        var position = nameEnd;
        while (true)
        {
            position = SkipWhitespace(position);
            if (position >= Html.Length) return CutOff();
            var c = Html[position];
            if (c == '>')
            {
                position++;
                break;
            }
            if (c == '/')
            {
                position++;
                if (position < Html.Length && Html[position] == '>')
                {
                    IsSelfClosing = true;
                    position++;
                    break;
                }
                continue;
            }
            var attributeStart = position;
            // An '=' that starts a name is part of it; after that, '=' ends the name.
            var nameLength = Html.AsSpan(position + 1).IndexOfAny(AttributeNameEnd);
            var attributeNameEnd = nameLength < 0 ? Html.Length : position + 1 + nameLength;
            position = SkipWhitespace(attributeNameEnd);
            int valueStart = position, valueEnd = position;
            if (position < Html.Length && Html[position] == '=')
            {
                position = SkipWhitespace(position + 1);
                if (position >= Html.Length) return CutOff();
                var quote = Html[position];
                if (quote is '"' or '\'')
                {
                    var close = Html.IndexOf(quote, position + 1);
                    if (close < 0) return CutOff();
                    valueStart = position + 1;
                    valueEnd = close;
                    position = close + 1;
                }
                else
                {
                    var end = Html.AsSpan(position).IndexOfAny(UnquotedValueEnd);
                    valueStart = position;
                    valueEnd = end < 0 ? Html.Length : position + end;
                    position = valueEnd;
                }
            }
            else
            {
                valueStart = valueEnd = attributeNameEnd;
            }
            if (!isEnd) Attributes.Add(new HtmlAttributeSpan(attributeStart, attributeNameEnd, valueStart, valueEnd, position));
        }
        Kind = isEnd ? HtmlPieceKind.EndTag : HtmlPieceKind.StartTag;
        AttributeText = nameEnd..Math.Max(nameEnd, position - (IsSelfClosing ? 2 : 1));
        Position = position;
        return true;
    }

    /// <summary>A tag the end of the page cuts off is dropped, as the tokenizer does; the scan ends.</summary>
    private bool CutOff()
    {
        Kind = HtmlPieceKind.Comment;
        Position = Html.Length;
        return true;
    }

    /// <summary>The end of a comment ("&lt;!-- … --&gt;", "&lt;!--&gt;"), or of a bogus one (doctype, "&lt;?…&gt;", "&lt;/ …&gt;"): the next '&gt;'.</summary>
    private int CommentEnd()
    {
        var span = Html.AsSpan(Position);
        if (span.StartsWith("<!--", StringComparison.Ordinal))
        {
            if (span.StartsWith("<!-->", StringComparison.Ordinal)) return Position + 5;
            if (span.StartsWith("<!--->", StringComparison.Ordinal)) return Position + 6;
            var close = span[4..].IndexOf("-->", StringComparison.Ordinal);
            return close < 0 ? Html.Length : Position + 4 + close + 3;
        }
        var gt = span.IndexOf('>');
        return gt < 0 ? Html.Length : Position + gt + 1;
    }

    /// <summary>Where the raw text of <paramref name="element"/> ends: at "&lt;/name" followed by whitespace, '/' or '&gt;'.</summary>
    private int FindEndTag(string element)
    {
        var from = Position;
        while (true)
        {
            var at = Html.AsSpan(from).IndexOf("</", StringComparison.Ordinal);
            if (at < 0) return Html.Length;
            at += from;
            var after = at + 2 + element.Length;
            if (after <= Html.Length && Html.AsSpan(at + 2, element.Length).Equals(element, StringComparison.OrdinalIgnoreCase)
                && (after == Html.Length || TagNameEnd.Contains(Html[after])))
            {
                return at;
            }
            from = at + 2;
        }
    }

    private int SkipWhitespace(int position)
    {
        var skip = Html.AsSpan(position).IndexOfAnyExcept(Whitespace);
        return skip < 0 ? Html.Length : position + skip;
    }

    private string InternName(ReadOnlySpan<char> name)
    {
        Span<char> lower = stackalloc char[Math.Min(name.Length, 32)];
        if (name.Length <= 32)
        {
            name.ToLowerInvariant(lower);
            if (_names.TryGetValue(lower, out var known)) return known;
            return lower.ToString();
        }
        return name.ToString().ToLowerInvariant();
    }
}
