using System.Text;

namespace Crosscheck.Sources;

/// <summary>
/// Finds the charset a page declares about itself in its first bytes: an XML declaration's <c>encoding</c>, or a
/// <c>&lt;meta charset&gt;</c> / <c>&lt;meta http-equiv="Content-Type" content="…; charset=…"&gt;</c>. The meta
/// search follows the HTML standard's "prescan a byte stream to determine its encoding"
/// (https://html.spec.whatwg.org/multipage/parsing.html#prescan-a-byte-stream-to-determine-its-encoding):
/// comments and other tags are skipped with the same attribute reader, so a charset inside a comment, a script's
/// string or another tag's attribute does not count.
/// </summary>
public static class CharsetDeclaration
{
    /// <summary>How far into the bytes a declaration is looked for (the standard says 1024; real pages put long heads first).</summary>
    public const int PrescanLength = 4096;

    /// <summary>
    /// The label of the first declaration, as written (for instance <c>ISO-8859-1</c>), or null when there is none.
    /// A declaration whose label no encoding answers to still counts: the caller decides what to tell the user.
    /// </summary>
    public static string? Find(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, PrescanLength)];
        return XmlDeclarationEncoding(head) ?? PrescanMeta(head);
    }

    /// <summary><c>&lt;?xml version="1.0" encoding="…"?&gt;</c>, which must open the document.</summary>
    private static string? XmlDeclarationEncoding(ReadOnlySpan<byte> head)
    {
        if (!StartsWithIgnoreCase(head, "<?xml") || head.Length < 6 || !IsWhitespace(head[5])) return null;
        var end = head.IndexOf("?>"u8);
        var declaration = end < 0 ? head : head[..end];
        var at = declaration.IndexOf("encoding"u8);
        if (at < 0) return null;
        var position = at + "encoding".Length;
        SkipWhitespace(declaration, ref position);
        if (position >= declaration.Length || declaration[position] != '=') return null;
        position++;
        SkipWhitespace(declaration, ref position);
        if (position >= declaration.Length || declaration[position] is not ((byte)'"' or (byte)'\'')) return null;
        var quote = declaration[position++];
        var close = declaration[position..].IndexOf(quote);
        return close <= 0 ? null : Encoding.ASCII.GetString(declaration.Slice(position, close));
    }

    private static string? PrescanMeta(ReadOnlySpan<byte> head)
    {
        var position = 0;
        while (position < head.Length)
        {
            var rest = head[position..];
            if (rest.StartsWith("<!--"u8))
            {
                // The '>' that ends "-->", where the dashes may be those of "<!--" itself ("<!-->").
                var close = head[(position + 2)..].IndexOf("-->"u8);
                if (close < 0) return null;
                position += 2 + close + 3;
                continue;
            }
            if (StartsWithIgnoreCase(rest, "<meta") && rest.Length > 5 && (IsWhitespace(rest[5]) || rest[5] == '/'))
            {
                position += 6;
                var label = MetaCharset(head, ref position);
                if (label is not null) return label;
                continue;
            }
            if (rest.Length > 1 && rest[0] == '<' && (IsAsciiLetter(rest[1]) || (rest[1] == '/' && rest.Length > 2 && IsAsciiLetter(rest[2]))))
            {
                // Another tag: skip its name, then its attributes, so their values cannot fake a declaration.
                position += rest[1] == '/' ? 2 : 1;
                while (position < head.Length && !IsWhitespace(head[position]) && head[position] != '>') position++;
                while (ReadAttribute(head, ref position) is not null) { }
                position++;
                continue;
            }
            if (rest.Length > 1 && rest[0] == '<' && rest[1] is (byte)'!' or (byte)'/' or (byte)'?')
            {
                var close = rest.IndexOf((byte)'>');
                if (close < 0) return null;
                position += close + 1;
                continue;
            }
            position++;
        }
        return null;
    }

    /// <summary>The attributes of one meta element, read as the standard says; the charset it declares, if any.</summary>
    private static string? MetaCharset(ReadOnlySpan<byte> head, ref int position)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        bool gotPragma = false;
        bool? needPragma = null;
        string? charset = null;
        while (ReadAttribute(head, ref position) is { } attribute)
        {
            if (!seen.Add(attribute.Name)) continue;
            switch (attribute.Name)
            {
                case "http-equiv":
                    if (attribute.Value == "content-type") gotPragma = true;
                    break;
                case "content":
                    if (charset is null && CharsetInContent(attribute.Value) is { } fromContent)
                    {
                        charset = fromContent;
                        needPragma = true;
                    }
                    break;
                case "charset":
                    charset = attribute.Value;
                    needPragma = false;
                    break;
            }
        }
        if (needPragma is null || (needPragma == true && !gotPragma) || string.IsNullOrWhiteSpace(charset)) return null;
        return charset;
    }

    /// <summary>The standard's "algorithm for extracting a character encoding from a meta element" (a content value).</summary>
    internal static string? CharsetInContent(string content)
    {
        var position = 0;
        while (true)
        {
            var at = content.IndexOf("charset", position, StringComparison.OrdinalIgnoreCase);
            if (at < 0) return null;
            position = at + "charset".Length;
            while (position < content.Length && IsWhitespace(content[position])) position++;
            if (position >= content.Length || content[position] != '=') continue;
            position++;
            while (position < content.Length && IsWhitespace(content[position])) position++;
            if (position >= content.Length) return null;
            if (content[position] is '"' or '\'')
            {
                var close = content.IndexOf(content[position], position + 1);
                return close < 0 ? null : content[(position + 1)..close];
            }
            var end = position;
            while (end < content.Length && !IsWhitespace(content[end]) && content[end] != ';') end++;
            return content[position..end];
        }
    }

    /// <summary>The standard's "get an attribute": one name/value pair (both lower-cased), or null at '&gt;' or the end.</summary>
    private static (string Name, string Value)? ReadAttribute(ReadOnlySpan<byte> head, ref int position)
    {
        while (position < head.Length && (IsWhitespace(head[position]) || head[position] == '/')) position++;
        if (position >= head.Length || head[position] == '>') return null;
        var name = new StringBuilder();
        var value = new StringBuilder();
        while (true)
        {
            if (position >= head.Length) return (name.ToString(), string.Empty);
            var b = head[position];
            if (b == '=' && name.Length > 0)
            {
                position++;
                break;
            }
            if (IsWhitespace(b))
            {
                SkipWhitespace(head, ref position);
                if (position >= head.Length || head[position] != '=') return (name.ToString(), string.Empty);
                position++;
                break;
            }
            if (b is (byte)'/' or (byte)'>') return (name.ToString(), string.Empty);
            name.Append(Lower(b));
            position++;
        }
        SkipWhitespace(head, ref position);
        if (position >= head.Length) return (name.ToString(), string.Empty);
        if (head[position] is (byte)'"' or (byte)'\'')
        {
            var quote = head[position++];
            while (position < head.Length && head[position] != quote) value.Append(Lower(head[position++]));
            position++;
            return (name.ToString(), value.ToString());
        }
        if (head[position] == '>') return (name.ToString(), string.Empty);
        while (position < head.Length && !IsWhitespace(head[position]) && head[position] != '>') value.Append(Lower(head[position++]));
        return (name.ToString(), value.ToString());
    }

    private static char Lower(byte b) => b is >= (byte)'A' and <= (byte)'Z' ? (char)(b + 32) : (char)b;

    private static bool IsWhitespace(byte b) => b is 0x09 or 0x0A or 0x0C or 0x0D or 0x20;

    private static bool IsWhitespace(char c) => c is '\t' or '\n' or '\f' or '\r' or ' ';

    private static bool IsAsciiLetter(byte b) => b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z');

    private static void SkipWhitespace(ReadOnlySpan<byte> bytes, ref int position)
    {
        while (position < bytes.Length && IsWhitespace(bytes[position])) position++;
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> bytes, string ascii)
    {
        if (bytes.Length < ascii.Length) return false;
        for (var i = 0; i < ascii.Length; i++)
        {
            if (Lower(bytes[i]) != ascii[i]) return false;
        }
        return true;
    }
}
