namespace Crosscheck.Extraction.Html;

/// <summary>
/// Clears the chosen container of what sits inside articles without being article: the headline (it is
/// metadata, not body), headings that are mostly links or named like furniture, and — readability's
/// conditional cleaning — lists, tables, forms and divisions that look like link lists, image galleries or
/// widgets (more list items than paragraphs, many inputs, little text, dense links for their class weight).
/// Works from the innermost element out, so that an outer element is judged on what is left inside it.
/// </summary>
internal static class ContentPruner
{
    public static void Prune(PageTree tree, SubtreeStats stats, IReadOnlyList<int> chosen, double[] scores, bool useClassWeights, bool conditional)
    {
        foreach (var container in chosen)
        {
            for (var i = tree.End(container) - 1; i >= container; i--)
            {
                if (tree.IsText(i) || tree.IsRemovedOrUnder(i)) continue;
                var name = tree.Name(i);
                if (name == "h1" || (HtmlVocabulary.IsHeading(name) && IsFurnitureHeading(tree, stats, i, useClassWeights)))
                {
                    stats.Remove(i);
                    continue;
                }
                if (conditional && i != container && name is "form" or "fieldset" or "table" or "ul" or "ol" or "dl" or "div" or "section" or "figure" && LooksLikeWidget(tree, stats, i, scores, useClassWeights))
                {
                    stats.Remove(i);
                }
            }
        }
    }

    private static bool IsFurnitureHeading(PageTree tree, SubtreeStats stats, int node, bool useClassWeights)
    {
        if (stats.LinkDensity(node) > 0.33) return true;
        return useClassWeights && ClassNameSignals.Weight(tree.Words(node)) < 0;
    }

    private static bool LooksLikeWidget(PageTree tree, SubtreeStats stats, int node, double[] scores, bool useClassWeights)
    {
        var words = tree.Words(node);
        if (ClassNameSignals.NamesEmbeddedPost(words)) return false;
        var weight = useClassWeights ? ClassNameSignals.Weight(words) : 0;
        if (weight + scores[node] < 0) return true;
        if (stats.Commas[node] >= 10) return false;
        var name = tree.Name(node);
        var isList = name is "ul" or "ol" or "dl";
        var isFigure = name == "figure" || InsideFigure(tree, node);
        var paragraphs = stats.Paragraphs[node];
        var images = stats.Images[node];
        var listItems = stats.ListItems[node] - 100;
        var inputs = stats.Inputs[node];
        var chars = stats.Chars[node];
        var density = stats.LinkDensity(node);
        var headingDensity = chars == 0 ? 0 : (double)stats.HeadingChars[node] / chars;
        if (chars == 0) return true;
        if (images > 1 && (double)paragraphs / images < 0.5 && !isFigure) return true;
        if (!isList && listItems > paragraphs) return true;
        if (inputs > paragraphs / 3) return true;
        if (!isList && headingDensity < 0.9 && chars < 25 && (images == 0 || images > 2) && !isFigure) return true;
        if (!isList && weight < 25 && density > 0.2) return true;
        if (weight >= 25 && density > 0.5) return true;
        return isList && density > 0.5;
    }

    private static bool InsideFigure(PageTree tree, int node)
    {
        for (var a = tree.Parent(node); a >= 0; a = tree.Parent(a))
        {
            if (tree.Name(a) == "figure") return true;
        }
        return false;
    }
}
