using System.Collections.Immutable;
using System.Text;

namespace Crosscheck.Extraction.Html;

/// <summary>
/// Turns the chosen parts of a <see cref="PageTree"/> into <see cref="PageBlock"/>s: a new block starts at
/// every block-level element and at a double line break; inline elements join their text; table cells of a
/// row share one block. Each block knows its tag (heading, list item, quote, caption, preformatted) and how
/// much of it is link text. Whitespace is collapsed.
/// </summary>
internal sealed class HtmlBlockCollector
{
    private readonly PageTree _tree;
    private readonly ImmutableArray<PageBlock>.Builder _blocks = ImmutableArray.CreateBuilder<PageBlock>();
    private readonly StringBuilder _text = new();
    private readonly Stack<(int End, string Name)> _open = new();
    private int _linkChars;
    private int _anchors;
    private bool _pendingSpace;
    private bool _afterBreak;

    private HtmlBlockCollector(PageTree tree) => _tree = tree;

    public static ImmutableArray<PageBlock> Collect(PageTree tree, IReadOnlyList<int> containers)
    {
        var collector = new HtmlBlockCollector(tree);
        foreach (var container in containers) collector.Walk(container);
        return collector._blocks.ToImmutable();
    }

    private void Walk(int container)
    {
        var end = _tree.End(container);
        for (var i = container; i < end; i++)
        {
            Leave(i);
            if (_tree.Removed[i])
            {
                i = _tree.End(i) - 1;
                continue;
            }
            if (_tree.IsText(i))
            {
                Append(_tree.Text(i));
                continue;
            }
            var name = _tree.Name(i);
            if (name == "br")
            {
                if (_afterBreak) Flush();
                else _pendingSpace = true;
                _afterBreak = true;
                continue;
            }
            if (name is "td" or "th") _pendingSpace = true;
            else if (HtmlVocabulary.Block.Contains(name)) Flush();
            if (name == "a") _anchors++;
            _open.Push((_tree.End(i), name));
        }
        Leave(end);
        Flush();
    }

    private void Leave(int position)
    {
        while (_open.Count > 0 && _open.Peek().End <= position)
        {
            var name = _open.Peek().Name;
            if (name is "td" or "th") _pendingSpace = true;
            else if (name != "a" && HtmlVocabulary.Block.Contains(name)) Flush();
            _open.Pop();
            if (name == "a") _anchors--;
        }
    }

    private void Append(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                _pendingSpace = true;
                continue;
            }
            if (_pendingSpace && _text.Length > 0) _text.Append(' ');
            _pendingSpace = false;
            _afterBreak = false;
            _text.Append(c);
            if (_anchors > 0) _linkChars++;
        }
    }

    private void Flush()
    {
        _pendingSpace = false;
        _afterBreak = false;
        if (_text.Length == 0) return;
        var text = _text.ToString();
        var visible = text.Count(c => c != ' ');
        _blocks.Add(new PageBlock(text, CurrentTag()) { LinkDensity = visible == 0 ? 0 : Math.Min(1, (double)_linkChars / visible) });
        _text.Clear();
        _linkChars = 0;
    }

    private BlockTag CurrentTag()
    {
        foreach (var (_, name) in _open)
        {
            switch (name)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6": return BlockTag.Heading;
                case "li" or "dd" or "dt": return BlockTag.ListItem;
                case "blockquote": return BlockTag.Quote;
                case "pre": return BlockTag.Preformatted;
                case "figcaption" or "caption": return BlockTag.Caption;
                case "p" or "div" or "section" or "article" or "td" or "th" or "tr": return BlockTag.Paragraph;
            }
        }
        return BlockTag.Paragraph;
    }
}
