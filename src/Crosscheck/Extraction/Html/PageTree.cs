using AngleSharp.Dom;

namespace Crosscheck.Extraction.Html;

/// <summary>
/// A page's DOM flattened into arrays, in document order, so that every later pass is a loop rather than a
/// recursive walk (pages can nest tens of thousands of levels deep) and a node's subtree is the contiguous
/// range <c>[i, End[i])</c>. Text nodes keep their text; elements keep their name, class/id words and the
/// AngleSharp element for attribute lookups. Passes remove nodes by flag, never by mutating the DOM.
/// </summary>
internal sealed class PageTree
{
    private readonly List<string> _names = [];
    private readonly List<int> _parents = [];
    private readonly List<int> _ends = [];
    private readonly List<string?> _texts = [];
    private readonly List<IElement?> _elements = [];

    private PageTree() { }

    public int Count => _names.Count;

    /// <summary>Element local name, or "#text" for a text node.</summary>
    public string Name(int node) => _names[node];

    public int Parent(int node) => _parents[node];

    /// <summary>One past the last node of the subtree rooted at <paramref name="node"/>.</summary>
    public int End(int node) => _ends[node];

    public bool IsText(int node) => _texts[node] is not null;

    public string Text(int node) => _texts[node] ?? string.Empty;

    public IElement? Element(int node) => _elements[node];

    private IReadOnlyList<string>?[] _words = [];

    /// <summary>The lower-case words of an element's class and id (<see cref="ClassNameSignals.Words"/>), read once per page.</summary>
    public IReadOnlyList<string> Words(int node) =>
        _words[node] ??= _elements[node] is { } element ? ClassNameSignals.Words(element) : [];

    public bool[] Removed { get; private set; } = [];

    public bool IsInside(int node, int ancestor) => node >= ancestor && node < _ends[ancestor];

    /// <summary>The direct children of a node, skipping removed ones.</summary>
    public IEnumerable<int> Children(int node)
    {
        for (var child = node + 1; child < _ends[node]; child = _ends[child])
        {
            if (!Removed[child]) yield return child;
        }
    }

    /// <summary>Restores every removed node, for another pass over the same page.</summary>
    public void ClearRemovals() => Array.Clear(Removed);

    /// <summary>Removes a node and everything under it.</summary>
    public void Remove(int node) => Removed[node] = true;

    /// <summary>True when the node or one of its ancestors was removed.</summary>
    public bool IsRemovedOrUnder(int node)
    {
        for (var n = node; n >= 0; n = _parents[n])
        {
            if (Removed[n]) return true;
        }
        return false;
    }

    /// <summary>
    /// Flattens the element and everything under it; comments and processing instructions are dropped. Elements are
    /// told by class (every element of AngleSharp's DOM is an <see cref="AngleSharp.Dom.Element"/>): cheaper than an
    /// interface test, which scans every interface of a text node before it fails.
    /// </summary>
    public static PageTree From(IElement root)
    {
        var tree = new PageTree();
        var stack = new Stack<(INode Node, int Parent, bool Leaving, int Index)>();
        stack.Push((root, -1, false, -1));
        while (stack.Count > 0)
        {
            var (node, parent, leaving, index) = stack.Pop();
            if (leaving)
            {
                tree._ends[index] = tree.Count;
                continue;
            }
            var id = tree.Count;
            if (node is Element element)
            {
                tree._names.Add(element.LocalName);
                tree._texts.Add(null);
                tree._elements.Add(element);
            }
            else if (node.NodeType == NodeType.Text)
            {
                tree._names.Add("#text");
                tree._texts.Add(node.TextContent);
                tree._elements.Add(null);
            }
            else
            {
                continue;
            }
            tree._parents.Add(parent);
            tree._ends.Add(id + 1);
            if (node is Element && node.HasChildNodes)
            {
                stack.Push((node, parent, true, id));
                var children = node.ChildNodes;
                for (var i = children.Length - 1; i >= 0; i--) stack.Push((children[i], id, false, -1));
            }
        }
        tree.Removed = new bool[tree.Count];
        tree._words = new IReadOnlyList<string>?[tree.Count];
        return tree;
    }
}
