using AngleSharp.Dom;

namespace Crosscheck.Extraction.Html;

/// <summary>
/// Bounds how deep a parsed document nests, so that every later recursive walk over it (block collection, scoring)
/// is bounded too: afterwards no element is deeper than <c>maxDepth</c> (the root element is depth 1). Walks the tree
/// with an explicit stack (no recursion, however deep the tree) and, under each element at <c>maxDepth - 1</c>, lifts
/// every descendant up to be its child, in document order: each lifted element keeps the
/// text that came before its first child element (a leaf keeps all its text; a script keeps its code), and text that
/// came after a child element follows as a loose text node. Nothing is dropped and the text reads in the same order.
/// </summary>
public static class DomDepthLimiter
{
    public const int DefaultMaxDepth = 256;

    /// <summary>Flattens <paramref name="document"/> so that no element is deeper than <paramref name="maxDepth"/> (the root element is depth 1).</summary>
    /// <returns>How many nodes were lifted; 0 for a document within the limit, which is not changed.</returns>
    public static int Flatten(IDocument document, int maxDepth = DefaultMaxDepth)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDepth, 2);
        if (document.DocumentElement is not { } root) return 0;
        var lifted = 0;
        foreach (var (element, depth) in Walk(root, maxDepth - 1))
        {
            // The walk does not go below this element, so changing its subtree is safe.
            if (depth == maxDepth - 1) lifted += LiftDescendants(element);
        }
        return lifted;
    }

    /// <summary>The deepest element's depth (the root element is 1), measured without recursion.</summary>
    public static int MeasureDepth(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.DocumentElement is { } root ? Walk(root, int.MaxValue).Max(e => e.Depth) : 0;
    }

    /// <summary>The elements from <paramref name="root"/> down to <paramref name="deepest"/>, in document order, with an explicit stack.</summary>
    private static IEnumerable<(IElement Element, int Depth)> Walk(IElement root, int deepest)
    {
        var pending = new Stack<(IElement Element, int Depth)>();
        pending.Push((root, 1));
        while (pending.Count > 0)
        {
            var (element, depth) = pending.Pop();
            yield return (element, depth);
            if (depth >= deepest) continue;
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                // Every element of AngleSharp's DOM is an Element; a class test is cheaper than an interface test,
                // which scans all the interfaces of each text node before it fails.
                if (children[i] is Element child) pending.Push((child, depth + 1));
            }
        }
    }

    /// <summary>Makes every descendant of <paramref name="top"/> that is not already its child a child of it, in order.</summary>
    private static int LiftDescendants(IElement top)
    {
        var order = LiftOrder(top, out var deepChildren);
        if (!deepChildren) return 0;
        var ownChildren = top.ChildNodes.Length;
        // Detach from the bottom up, so no node is ever moved with a deep subtree still under it.
        for (var i = order.Count - 1; i >= 0; i--)
        {
            if (order[i].Parent is { } parent) parent.RemoveChild(order[i]);
        }
        foreach (var node in order) top.AppendChild(node);
        return order.Count - ownChildren;
    }

    /// <summary>
    /// The nodes that are to be <paramref name="top"/>'s children, in document order: its own children, and below them
    /// every element and every text that follows a child element; a text before an element's first child element stays
    /// inside it. <paramref name="deepChildren"/> says whether any of its children has a child element at all.
    /// </summary>
    private static List<INode> LiftOrder(IElement top, out bool deepChildren)
    {
        var order = new List<INode>();
        deepChildren = false;
        // Children are visited last first from a stack, so push them in reverse.
        var pending = new Stack<INode>();
        var own = top.ChildNodes;
        for (var i = own.Length - 1; i >= 0; i--) pending.Push(own[i]);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            order.Add(node);
            if (node is not IElement element) continue;
            // Everything from the first child element on is lifted; the text before it stays.
            var children = element.ChildNodes;
            var firstElement = 0;
            while (firstElement < children.Length && children[firstElement] is not IElement) firstElement++;
            if (firstElement == children.Length) continue;
            if (element.Parent == top) deepChildren = true;
            for (var i = children.Length - 1; i >= firstElement; i--) pending.Push(children[i]);
        }
        return order;
    }
}
