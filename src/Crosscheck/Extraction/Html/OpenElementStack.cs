namespace Crosscheck.Extraction.Html;

/// <summary>What <see cref="OpenElementStack"/> makes of a start tag.</summary>
internal enum StartTagOutcome
{
    /// <summary>Keep the tag (it opened an element, or nothing: a void element, a tag the parser ignores).</summary>
    Kept,

    /// <summary>Keep the tag; what follows is raw text up to its end tag (script, style, textarea, title…).</summary>
    OpensRawText,

    /// <summary>Keep the tag; everything after it is text (plaintext, outside svg and math).</summary>
    EndsMarkup,

    /// <summary>Take the tag out: it would nest deeper than the limit, or sits where the parser should ignore it.</summary>
    Dropped,
}

/// <summary>
/// An estimate of the HTML tree builder's stack of open elements while a page is read, kept to the rules that decide
/// how deep it grows: void and raw-text elements open nothing; block start tags close an open paragraph; li, dd/dt,
/// option, headings and table cells, rows and sections close their open predecessor (with implied tbody and tr);
/// "any other end tag" stops at a special element; formatting elements closed by a block are reopened before the next
/// text or phrase (bounded by the Noah's Ark clause of three alike, and by markers in cells), and an end tag for a
/// formatting element around a block removes just that element (the adoption agency's effect on depth); in svg and
/// math, "/&gt;" closes and nothing is raw text, until an HTML block tag breaks out.
/// <para>
/// <see cref="HtmlInputGuard"/> asks it, tag by tag, whether a start tag would nest deeper than the limit and drops
/// those tags, so the real parser, whose scope checks walk this stack, never sees a stack deeper than about the limit.
/// Estimating (not reproducing) the tree builder is enough: every search here is bounded by the limit.
/// </para>
/// <para>
/// Inside a select list it also drops every tag but option, optgroup, hr and script, as the HTML standard's "in select"
/// mode ignores them. AngleSharp 1.10.3 instead nests them, void elements included, and a stray tag in an option (an
/// unclosed &lt;a&gt;) then keeps the select from closing: the rest of the page, article and all, ends up inside it.
/// </para>
/// </summary>
internal sealed class OpenElementStack(int maxDepth)
{
    private static readonly HashSet<string> BreaksOutOfForeignContent = new(StringComparer.Ordinal)
    {
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5",
        "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong",
        "strike", "sub", "sup", "table", "tt", "u", "ul", "var",
    };

    private static readonly HashSet<string> SvgIntegrationPoints = new(StringComparer.Ordinal) { "foreignobject", "desc", "title" };

    private static readonly HashSet<string> MathIntegrationPoints = new(StringComparer.Ordinal) { "mi", "mo", "mn", "ms", "mtext", "annotation-xml" };

    private static readonly HashSet<string> KeptInSelect = new(StringComparer.Ordinal) { "option", "optgroup", "hr", "select", "input", "keygen", "textarea", "script", "template", "style" };

    private readonly List<Entry> _stack = [new("html", 0, Namespace.Html), new("body", 0, Namespace.Html)];
    private readonly Dictionary<string, int> _open = new(StringComparer.Ordinal) { ["html"] = 1, ["body"] = 1 };
    private readonly Dictionary<string, int> _dropped = new(StringComparer.Ordinal);
    private readonly List<Entry> _closing = [];
    private List<Entry> _reopen = [];
    private int _droppedOpen;

    /// <summary>The names of the open elements, outermost first.</summary>
    public IEnumerable<string> OpenNames => _stack.Select(e => e.Name);

    /// <summary>How many elements are open now.</summary>
    public int Depth => _stack.Count;

    /// <summary>The deepest an element would have been, had no start tag been dropped (the root element is 1).</summary>
    public int DeepestUnbounded { get; private set; } = 2;

    /// <summary>Start tags dropped for nesting deeper than the limit.</summary>
    public int DroppedForDepth { get; private set; }

    /// <summary>Start and end tags dropped because they sit inside a select list, where the parser ignores them.</summary>
    public int DroppedInSelect { get; private set; }

    /// <summary>Visible text: the parser first reopens the formatting elements a block closed.</summary>
    public void Text() => Reopen();

    /// <summary>Applies a start tag and says whether to keep it.</summary>
    /// <param name="name">The lower-case element name.</param>
    /// <param name="identity">A hash of the tag's attributes: formatting elements alike in name and attributes count as the same.</param>
    /// <param name="selfClosing">Whether the tag ends in "/&gt;", which only foreign content (svg, math) honours.</param>
    public StartTagOutcome StartTag(string name, int identity, bool selfClosing)
    {
        if (InForeignContent)
        {
            if (!BreaksOutOfForeignContent.Contains(name)) return OpenForeign(name, _stack[^1].Namespace, selfClosing);
            while (InForeignContent) Pop();
        }
        if (IsOpen("select") && !KeptInSelect.Contains(name))
        {
            DroppedInSelect++;
            return StartTagOutcome.Dropped;
        }
        switch (name)
        {
            case "html" or "body" or "head" or "frameset":
                return StartTagOutcome.Kept;
            case "td" or "th" or "tr" or "tbody" or "thead" or "tfoot" or "caption" or "col" or "colgroup" when !IsOpen("table"):
                // Outside a table the parser ignores these tags.
                return StartTagOutcome.Kept;
            case "select" when IsOpen("select"):
                // A select inside a select closes the first.
                CloseInScope("select", button: false);
                return StartTagOutcome.Kept;
            case "input" or "keygen" or "textarea" when IsOpen("select"):
                CloseInScope("select", button: false);
                break;
            case "svg" or "math":
                Reopen();
                return OpenForeign(name, name == "svg" ? Namespace.Svg : Namespace.MathMl, selfClosing);
        }
        if (HtmlElementNames.Void.Contains(name))
        {
            if (name == "hr" && Top is "option") Pop();
            if (name == "hr" && Top is "optgroup") Pop();
            if (HtmlElementNames.ReopensFormatting(name)) Reopen();
            Reach(_stack.Count + 1);
            return StartTagOutcome.Kept;
        }
        CloseImpliedBy(name);
        if (HtmlElementNames.ReopensFormatting(name)) Reopen();
        var rawText = HtmlElementNames.RawText.Contains(name);
        if (!rawText && !Fits()) return DropForDepth(name);
        var formatting = HtmlElementNames.Formatting.Contains(name);
        if (formatting) ApplyNoahsArk(name, identity);
        Push(new Entry(name, identity, Namespace.Html) { Formatting = formatting });
        return name == "plaintext" ? StartTagOutcome.EndsMarkup : rawText ? StartTagOutcome.OpensRawText : StartTagOutcome.Kept;
    }

    /// <summary>Applies an end tag. False when the caller should drop it: its start tag was dropped, or it sits in a select list.</summary>
    public bool EndTag(string name)
    {
        if (_dropped.TryGetValue(name, out var dropped) && dropped > 0)
        {
            _dropped[name] = dropped - 1;
            _droppedOpen--;
            return false;
        }
        if (IsOpen("select") && !KeptInSelect.Contains(name))
        {
            DroppedInSelect++;
            return false;
        }
        if (InForeignContent && name is "p" or "br")
        {
            // These two end tags break out of svg and math.
            while (InForeignContent) Pop();
        }
        else if (InForeignContent)
        {
            // In svg and math an end tag closes the nearest foreign element of its name.
            for (var i = _stack.Count - 1; i > 0 && _stack[i].Foreign; i--)
            {
                if (_stack[i].Name == name)
                {
                    PopTo(i);
                    return true;
                }
            }
        }
        switch (name)
        {
            case "html" or "body" or "head" or "br":
                return true;
            case "p":
                if (IsOpen("p")) CloseInScope("p", button: true);
                return true;
        }
        if (HtmlElementNames.Formatting.Contains(name))
        {
            CloseFormatting(name);
            return true;
        }
        if (HtmlElementNames.ClosedInScope.Contains(name))
        {
            CloseByEndTag(name);
            return true;
        }
        if (!IsOpen(name)) return true;
        // Any other end tag: it closes the nearest open element of its name unless a special element is in the way.
        for (var i = _stack.Count - 1; i > 0; i--)
        {
            var entry = _stack[i];
            if (entry.Name == name)
            {
                PopTo(i);
                return true;
            }
            if (entry.IsSpecial) return true;
        }
        return true;
    }

    /// <summary>The current node's name, or empty when it is an svg or math element.</summary>
    private string Top => _stack[^1].Foreign ? string.Empty : _stack[^1].Name;

    /// <summary>In svg or math, outside their HTML integration points (foreignObject, desc, title, MathML text).</summary>
    private bool InForeignContent => _stack[^1].Foreign && !_stack[^1].IsIntegrationPoint;

    private bool IsOpen(string name) => _open.GetValueOrDefault(name) > 0;

    private bool Fits()
    {
        Reach(_stack.Count + 1);
        return _stack.Count < maxDepth;
    }

    private void Reach(int depth) => DeepestUnbounded = Math.Max(DeepestUnbounded, depth + _droppedOpen);

    private StartTagOutcome DropForDepth(string name)
    {
        _dropped[name] = _dropped.GetValueOrDefault(name) + 1;
        _droppedOpen++;
        DroppedForDepth++;
        return StartTagOutcome.Dropped;
    }

    /// <summary>
    /// An svg or math element, or one inside them (in their namespace, whatever its name): "/&gt;" closes it at once,
    /// and nothing in it is raw text.
    /// </summary>
    private StartTagOutcome OpenForeign(string name, Namespace space, bool selfClosing)
    {
        if (selfClosing)
        {
            Reach(_stack.Count + 1);
            return StartTagOutcome.Kept;
        }
        if (!Fits()) return DropForDepth(name);
        Push(new Entry(name, 0, space));
        return StartTagOutcome.Kept;
    }

    /// <summary>The end tags a start tag implies: of an open paragraph, list item, option, heading, cell, row or section.</summary>
    private void CloseImpliedBy(string name)
    {
        if (HtmlElementNames.ClosesParagraph.Contains(name) && IsOpen("p")) CloseInScope("p", button: true);
        switch (name)
        {
            case "li":
                CloseListItem("li", "li");
                break;
            case "dd" or "dt":
                CloseListItem("dd", "dt");
                break;
            case "option" when Top == "option":
                Pop();
                break;
            case "optgroup":
                if (Top == "option") Pop();
                if (Top == "optgroup") Pop();
                break;
            case "button" when IsOpen("button"):
                CloseInScope("button", button: false);
                break;
            case "a" or "nobr" when IsOpen(name) || LastWaiting(name) >= 0:
                // A new link while one is open closes the old one first.
                CloseFormatting(name);
                break;
            case "tbody" or "thead" or "tfoot":
                ClearToTable("table");
                break;
            case "tr":
                ClearToTable("tbody", "thead", "tfoot", "table");
                if (Top == "table") Push(new Entry("tbody", 0, Namespace.Html));
                break;
            case "td" or "th":
                ClearToTable("tr", "tbody", "thead", "tfoot", "table");
                if (Top == "table") Push(new Entry("tbody", 0, Namespace.Html));
                if (Top != "tr") Push(new Entry("tr", 0, Namespace.Html));
                break;
        }
        if (HtmlElementNames.Headings.Contains(name) && HtmlElementNames.Headings.Contains(Top)) Pop();
    }

    private void Push(Entry entry)
    {
        if (!entry.Foreign && HtmlElementNames.Marker.Contains(entry.Name))
        {
            entry = entry with { Stashed = new Stash(_reopen) };
            _reopen = [];
        }
        _stack.Add(entry);
        if (!entry.Foreign) _open[entry.Name] = _open.GetValueOrDefault(entry.Name) + 1;
    }

    private void Pop() => PopTo(_stack.Count - 1);

    /// <summary>
    /// Pops the entry at <paramref name="index"/> and all above it. Formatting elements above it are to be reopened;
    /// popping a cell or other marker forgets those opened inside it and brings back those from before it.
    /// </summary>
    private void PopTo(int index)
    {
        var reopened = _closing;
        reopened.Clear();
        for (var i = _stack.Count - 1; i >= index; i--)
        {
            var entry = _stack[i];
            if (!entry.Foreign) _open[entry.Name]--;
            if (entry.Stashed is { } stash)
            {
                reopened.Clear();
                _reopen = stash.Entries;
            }
            else if (i > index && entry.Formatting && entry.Active)
            {
                reopened.Add(entry);
            }
        }
        _stack.RemoveRange(index, _stack.Count - index);
        reopened.Reverse();
        _reopen.AddRange(reopened);
        reopened.Clear();
    }

    /// <summary>Reopens the formatting elements a block closed, as the parser does before text and phrases.</summary>
    private void Reopen()
    {
        if (_reopen.Count == 0) return;
        var reopen = _reopen;
        _reopen = [];
        foreach (var entry in reopen) Push(entry);
    }

    /// <summary>
    /// The adoption agency's effect on depth: the formatting element goes; when blocks were opened inside it, only it
    /// goes (they stay open), else everything above it closes and the formatting elements among them are reopened later.
    /// </summary>
    private void CloseFormatting(string name)
    {
        if (!IsOpen(name))
        {
            var waiting = LastWaiting(name);
            if (waiting >= 0) _reopen.RemoveAt(waiting);
            return;
        }
        var index = LastOpen(name);
        if (!InScope(index, button: false)) return;
        if (AnySpecialAbove(index))
        {
            _open[name]--;
            _stack.RemoveAt(index);
        }
        else
        {
            PopTo(index);
        }
    }

    /// <summary>At most three alike formatting elements stay active (after the last marker); the earliest gives way.</summary>
    private void ApplyNoahsArk(string name, int identity)
    {
        var alike = 0;
        var inReopen = -1;
        for (var i = 0; i < _reopen.Count; i++)
        {
            if (_reopen[i].Name != name || _reopen[i].Identity != identity) continue;
            alike++;
            if (inReopen < 0) inReopen = i;
        }
        var markerAt = _stack.Count - 1;
        while (markerAt >= 0 && _stack[markerAt].Stashed is null) markerAt--;
        var first = -1;
        for (var i = _stack.Count - 1; i > markerAt; i--)
        {
            var entry = _stack[i];
            if (!entry.Formatting || !entry.Active || entry.Name != name || entry.Identity != identity) continue;
            alike++;
            first = i;
        }
        if (alike < 3) return;
        if (first >= 0) _stack[first] = _stack[first] with { Active = false };
        else if (inReopen >= 0) _reopen.RemoveAt(inReopen);
    }

    /// <summary>
    /// An end tag matched in scope: a block, list item or heading in the default scope (list items also stop at a list),
    /// table parts in table scope (a cell's end is implied by the row's or table's), a select in any case.
    /// </summary>
    private void CloseByEndTag(string name)
    {
        var tablePart = name is "table" or "tbody" or "thead" or "tfoot" or "tr" or "td" or "th" or "caption" or "colgroup";
        var heading = HtmlElementNames.Headings.Contains(name);
        for (var i = _stack.Count - 1; i > 0; i--)
        {
            var entry = _stack[i];
            if (!entry.Foreign && (entry.Name == name || (heading && HtmlElementNames.Headings.Contains(entry.Name))))
            {
                PopTo(i);
                return;
            }
            var boundary = tablePart ? !entry.Foreign && entry.Name is "table" or "template"
                : name != "select" && (entry.IsScopeBoundary || (name == "li" && !entry.Foreign && entry.Name is "ul" or "ol"));
            if (boundary) return;
        }
    }

    private void CloseInScope(string name, bool button)
    {
        var index = LastOpen(name);
        if (index > 0 && InScope(index, button)) PopTo(index);
    }

    /// <summary>Where the nearest open HTML element of this name is on the stack, or -1.</summary>
    private int LastOpen(string name)
    {
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            if (_stack[i].Name == name && !_stack[i].Foreign) return i;
        }
        return -1;
    }

    /// <summary>Where the last formatting element of this name waiting to be reopened is, or -1.</summary>
    private int LastWaiting(string name)
    {
        for (var i = _reopen.Count - 1; i >= 0; i--)
        {
            if (_reopen[i].Name == name) return i;
        }
        return -1;
    }

    private bool InScope(int index, bool button)
    {
        for (var i = _stack.Count - 1; i > index; i--)
        {
            var above = _stack[i];
            if (above.IsScopeBoundary || (button && !above.Foreign && above.Name == "button")) return false;
        }
        return true;
    }

    private bool AnySpecialAbove(int index)
    {
        for (var i = index + 1; i < _stack.Count; i++)
        {
            if (_stack[i].IsSpecial) return true;
        }
        return false;
    }

    /// <summary>li closes an open li (dd/dt one of those) unless a special element other than address, div or p lies between.</summary>
    private void CloseListItem(string first, string second)
    {
        for (var i = _stack.Count - 1; i > 0; i--)
        {
            var entry = _stack[i];
            if (!entry.Foreign && (entry.Name == first || entry.Name == second))
            {
                PopTo(i);
                return;
            }
            if (entry.IsSpecial && (entry.Foreign || entry.Name is not ("address" or "div" or "p"))) return;
        }
    }

    /// <summary>Pops up to the nearest of the given table elements (within the table), as the table insertion modes do.</summary>
    private void ClearToTable(params ReadOnlySpan<string> names)
    {
        for (var i = _stack.Count - 1; i > 0; i--)
        {
            var entry = _stack[i];
            if (entry.Foreign) continue;
            if (names.Contains(entry.Name))
            {
                if (i < _stack.Count - 1) PopTo(i + 1);
                return;
            }
            if (entry.Name is "table" or "template" or "html") return;
        }
    }

    private sealed record Stash(List<Entry> Entries);

    private enum Namespace
    {
        Html,
        Svg,
        MathMl,
    }

    private readonly record struct Entry(string Name, int Identity, Namespace Namespace)
    {
        public bool Formatting { get; init; }

        /// <summary>An element of svg or math.</summary>
        public bool Foreign => Namespace != Namespace.Html;

        /// <summary>svg foreignObject, desc and title, MathML text elements: their content is HTML again.</summary>
        public bool IsIntegrationPoint =>
            (Namespace == Namespace.Svg && SvgIntegrationPoints.Contains(Name)) || (Namespace == Namespace.MathMl && MathIntegrationPoints.Contains(Name));

        /// <summary>The standard's "special" category, which includes the integration points.</summary>
        public bool IsSpecial => Foreign ? IsIntegrationPoint : HtmlElementNames.Special.Contains(Name);

        /// <summary>Ends the search of "has an element in scope".</summary>
        public bool IsScopeBoundary => Foreign ? IsIntegrationPoint : HtmlElementNames.ScopeBoundary.Contains(Name);

        /// <summary>Still in the list of active formatting elements (the Noah's Ark clause retires the earliest of four alike).</summary>
        public bool Active { get; init; } = true;

        /// <summary>For markers (cells, captions…): the formatting elements waiting to be reopened outside it.</summary>
        public Stash? Stashed { get; init; }
    }
}
