using System.Globalization;
using System.Text;

namespace Crosscheck.Extraction.Html;

/// <summary>Bounds on the markup <see cref="HtmlInputGuard"/> lets through to the parser.</summary>
public sealed record HtmlInputLimits
{
    public static HtmlInputLimits Default { get; } = new();

    /// <summary>
    /// Deepest element nesting kept. Real pages nest a few dozen levels; a page that nests thousands makes the parser's
    /// scope checks, which walk the stack of open elements, quadratic (50,000 nested list items: 37 s).
    /// </summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>Longest attribute value kept, in characters (a data: URI of an inline image can be megabytes).</summary>
    public int MaxAttributeLength { get; init; } = 64 * 1024;

    /// <summary>Most attributes kept on one element.</summary>
    public int MaxAttributes { get; init; } = 256;
}

/// <summary>The markup to parse, and what <see cref="HtmlInputGuard"/> had to change to bound it.</summary>
/// <param name="Html">The page, or a copy with over-deep tags and oversized attributes taken out.</param>
/// <param name="DeepestNesting">How deep the page nests elements (estimated as the parser would open them).</param>
/// <param name="DroppedTags">Start tags taken out (with their end tags) because they nested deeper than the limit; their text stays.</param>
/// <param name="DroppedInSelect">Tags taken out of select lists, where the HTML standard ignores all but options.</param>
/// <param name="TrimmedAttributes">Attribute values emptied or attributes left out for their size or number.</param>
public sealed record GuardedHtml(string Html, int DeepestNesting, int DroppedTags, int DroppedInSelect, int TrimmedAttributes)
{
    public bool Changed => DroppedTags > 0 || DroppedInSelect > 0 || TrimmedAttributes > 0;

    /// <summary>A sentence for the user when the page was changed, else null.</summary>
    public string? Summary(HtmlInputLimits limits)
    {
        if (!Changed) return null;
        var parts = new List<string>();
        if (DroppedTags > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"the page nests elements {DeepestNesting:N0} levels deep; {DroppedTags:N0} tags deeper than the {limits.MaxDepth} supported were dropped (their text kept)"));
        }
        if (DroppedInSelect > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{DroppedInSelect:N0} tags inside select lists were dropped"));
        }
        if (TrimmedAttributes > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{TrimmedAttributes:N0} attributes longer than {limits.MaxAttributeLength:N0} characters or beyond {limits.MaxAttributes} on one element were left out"));
        }
        return string.Join("; ", parts);
    }
}

/// <summary>
/// A pass over the markup before it is parsed that keeps pathological pages cheap to parse and safe to walk. It reads
/// the tags (<see cref="HtmlTagScanner"/>), follows how deep the parser would nest them (<see cref="OpenElementStack"/>),
/// and takes out every start tag that would open an element deeper than <see cref="HtmlInputLimits.MaxDepth"/>, with
/// its end tag, keeping the text between them in order: what was nested 50,000 levels deep ends up side by side at the
/// limit. Tags inside a select list other than options are dropped too, as the HTML standard ignores them there
/// (AngleSharp nests them, and a stray one keeps the list from closing, burying the rest of the page in it). Attribute
/// values longer than <see cref="HtmlInputLimits.MaxAttributeLength"/> are emptied and attributes
/// beyond <see cref="HtmlInputLimits.MaxAttributes"/> on one element left out. A page within the limits is returned
/// as it is, without a copy. Linear in the page's length; never throws on any string.
/// </summary>
public static class HtmlInputGuard
{
    public static GuardedHtml Bound(string html, HtmlInputLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        limits ??= HtmlInputLimits.Default;
        // html and body are always open: a limit below three levels would leave no room for the page.
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.MaxDepth, 3, nameof(limits));
        ArgumentOutOfRangeException.ThrowIfNegative(limits.MaxAttributes, nameof(limits));
        ArgumentOutOfRangeException.ThrowIfNegative(limits.MaxAttributeLength, nameof(limits));
        var scanner = new HtmlTagScanner(html);
        var stack = new OpenElementStack(limits.MaxDepth);
        var output = new PageRewrite(html);
        var trimmedAttributes = 0;
        while (scanner.Next())
        {
            switch (scanner.Kind)
            {
                case HtmlPieceKind.Text:
                    if (scanner.HasVisibleText()) stack.Text();
                    break;
                case HtmlPieceKind.StartTag:
                    var name = scanner.Name;
                    var identity = HtmlElementNames.Formatting.Contains(name) ? string.GetHashCode(html.AsSpan(scanner.AttributeText)) : 0;
                    var outcome = stack.StartTag(name, identity, scanner.IsSelfClosing);
                    if (outcome == StartTagOutcome.Dropped)
                    {
                        output.Drop(scanner.Start, scanner.Position, HtmlElementNames.Special.Contains(name));
                        break;
                    }
                    var trimmed = OversizedAttributes(scanner, limits);
                    if (trimmed > 0)
                    {
                        output.Replace(scanner.Start, scanner.Position, TrimmedTag(scanner, limits));
                        trimmedAttributes += trimmed;
                    }
                    if (outcome == StartTagOutcome.EndsMarkup) return Result(output, stack, trimmedAttributes);
                    if (outcome == StartTagOutcome.OpensRawText) scanner.EnterRawText(name);
                    break;
                case HtmlPieceKind.EndTag:
                    if (!stack.EndTag(scanner.Name)) output.Drop(scanner.Start, scanner.Position, HtmlElementNames.Special.Contains(scanner.Name));
                    break;
            }
        }
        return Result(output, stack, trimmedAttributes);
    }

    private static GuardedHtml Result(PageRewrite output, OpenElementStack stack, int trimmedAttributes) =>
        new(output.ToString(), stack.DeepestUnbounded, stack.DroppedForDepth, stack.DroppedInSelect, trimmedAttributes);

    private static int OversizedAttributes(HtmlTagScanner scanner, HtmlInputLimits limits)
    {
        var attributes = scanner.Attributes;
        var count = Math.Max(0, attributes.Count - limits.MaxAttributes);
        for (var i = 0; i < Math.Min(attributes.Count, limits.MaxAttributes); i++)
        {
            if (attributes[i].ValueEnd - attributes[i].ValueStart > limits.MaxAttributeLength) count++;
        }
        return count;
    }

    /// <summary>The start tag again, with its first attributes only and oversized values emptied.</summary>
    private static string TrimmedTag(HtmlTagScanner scanner, HtmlInputLimits limits)
    {
        var html = scanner.Html;
        var tag = new StringBuilder().Append('<').Append(scanner.Name);
        foreach (var attribute in scanner.Attributes.Take(limits.MaxAttributes))
        {
            tag.Append(' ');
            if (attribute.ValueEnd - attribute.ValueStart > limits.MaxAttributeLength)
            {
                tag.Append(html, attribute.Start, attribute.NameEnd - attribute.Start).Append("=\"\"");
            }
            else
            {
                tag.Append(html, attribute.Start, attribute.End - attribute.Start);
            }
        }
        return tag.Append(scanner.IsSelfClosing ? "/>" : ">").ToString();
    }

    /// <summary>The page with some spans replaced, copied only once the first replacement is made.</summary>
    private sealed class PageRewrite(string html)
    {
        private StringBuilder? _builder;
        private int _copied;

        public void Replace(int start, int end, string replacement)
        {
            _builder ??= new StringBuilder(html.Length);
            _builder.Append(html, _copied, start - _copied).Append(replacement);
            _copied = end;
        }

        /// <summary>
        /// Takes a tag out. A block tag between two words leaves a space, so the words stay apart; an inline tag, or a
        /// tag next to whitespace or another tag, leaves nothing (50,000 dropped tags in a row leave no run of spaces).
        /// </summary>
        public void Drop(int start, int end, bool block)
        {
            var before = start > 0 ? html[start - 1] : ' ';
            var after = end < html.Length ? html[end] : ' ';
            var between = block && !char.IsWhiteSpace(LastKept(start, before)) && !char.IsWhiteSpace(after) && after != '<';
            Replace(start, end, between ? " " : string.Empty);
        }

        private char LastKept(int start, char before) =>
            _builder is { Length: > 0 } && _copied == start ? _builder[^1] : before;

        public override string ToString() => _builder is null ? html : _builder.Append(html, _copied, html.Length - _copied).ToString();
    }
}
