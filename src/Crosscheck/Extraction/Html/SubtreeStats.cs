namespace Crosscheck.Extraction.Html;

/// <summary>
/// Per-node totals over each subtree of a <see cref="PageTree"/>, skipping removed nodes: visible characters
/// (whitespace not counted), characters inside links, commas, and counts of paragraphs, images, list items and
/// inputs — the quantities readability-style scoring and pruning read. Removing a node later subtracts its
/// totals from its ancestors, so the figures stay right without a recount.
/// </summary>
internal sealed class SubtreeStats
{
    private readonly PageTree _tree;

    public SubtreeStats(PageTree tree)
    {
        _tree = tree;
        var n = tree.Count;
        Chars = new int[n];
        LinkChars = new int[n];
        HeadingChars = new int[n];
        Commas = new int[n];
        Paragraphs = new int[n];
        Images = new int[n];
        ListItems = new int[n];
        Inputs = new int[n];
        HasBlock = new bool[n];
        for (var i = n - 1; i >= 0; i--)
        {
            if (tree.Removed[i]) continue;
            var name = tree.Name(i);
            if (tree.IsText(i))
            {
                Count(tree.Text(i), out Chars[i], out Commas[i]);
            }
            else
            {
                switch (name)
                {
                    case "a": LinkChars[i] = Chars[i]; break;
                    case "p": Paragraphs[i]++; break;
                    case "img": Images[i]++; break;
                    case "li": ListItems[i]++; break;
                    case "input" or "select" or "textarea" or "button": Inputs[i]++; break;
                }
                if (HtmlVocabulary.IsHeading(name)) HeadingChars[i] = Chars[i];
            }
            var parent = tree.Parent(i);
            if (parent < 0) continue;
            Chars[parent] += Chars[i];
            LinkChars[parent] += LinkChars[i];
            HeadingChars[parent] += HeadingChars[i];
            Commas[parent] += Commas[i];
            Paragraphs[parent] += Paragraphs[i];
            Images[parent] += Images[i];
            ListItems[parent] += ListItems[i];
            Inputs[parent] += Inputs[i];
            HasBlock[parent] |= HasBlock[i] || HtmlVocabulary.Block.Contains(name);
        }
    }

    public int[] Chars { get; }

    public int[] LinkChars { get; }

    public int[] HeadingChars { get; }

    public int[] Commas { get; }

    public int[] Paragraphs { get; }

    public int[] Images { get; }

    public int[] ListItems { get; }

    public int[] Inputs { get; }

    /// <summary>The subtree below the node holds a block-level element.</summary>
    public bool[] HasBlock { get; }

    public double LinkDensity(int node) => Chars[node] == 0 ? 0 : (double)LinkChars[node] / Chars[node];

    /// <summary>Removes a node from the tree and its totals from its ancestors.</summary>
    public void Remove(int node)
    {
        if (_tree.Removed[node]) return;
        _tree.Remove(node);
        for (var a = _tree.Parent(node); a >= 0; a = _tree.Parent(a))
        {
            Chars[a] -= Chars[node];
            LinkChars[a] -= LinkChars[node];
            HeadingChars[a] -= HeadingChars[node];
            Commas[a] -= Commas[node];
            Paragraphs[a] -= Paragraphs[node];
            Images[a] -= Images[node];
            ListItems[a] -= ListItems[node];
            Inputs[a] -= Inputs[node];
        }
    }

    /// <summary>Visible characters and commas (Latin, CJK and Arabic) of a run of text.</summary>
    public static void Count(string text, out int chars, out int commas)
    {
        chars = 0;
        commas = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) continue;
            chars++;
            if (c is ',' or '，' or '、' or '،') commas++;
        }
    }
}
