namespace Crosscheck.Extraction.Html;

/// <summary>
/// Finds the element that holds the article, in the manner of Arc90's readability: every paragraph of
/// 25 characters or more (a paragraph element, a block without further blocks, or a run of inline text inside
/// a larger block) scores 1 + its commas + one per 100 characters (at most 3), damped by its link density; the
/// score goes to its parent in full, to its grandparent by half and to three further ancestors by a third of
/// their level. Candidates start from their tag and (when <paramref name="useClassWeights"/>) their class and
/// id, and end multiplied by one minus their link density. The best candidate then moves up when several
/// other strong candidates sit under one ancestor or its parent scores higher, and its siblings join it when
/// they score well, share its class, or are prose paragraphs — the article's scattered parts.
/// </summary>
internal static class MainContentFinder
{
    private const int MinParagraphChars = 25;

    /// <summary>The chosen elements in document order: the main container, or it and its joining siblings.</summary>
    public static IReadOnlyList<int> Find(PageTree tree, SubtreeStats stats, bool useClassWeights, out double[] scores)
    {
        var n = tree.Count;
        scores = new double[n];
        var scored = new bool[n];
        var root = 0;
        for (var i = 0; i < n; i++)
        {
            if (tree.Removed[i])
            {
                i = tree.End(i) - 1;
                continue;
            }
            if (tree.IsText(i)) continue;
            if (!HtmlVocabulary.Block.Contains(tree.Name(i))) continue;
            if (!stats.HasBlock[i])
            {
                // A block without blocks inside it is a paragraph; its parent is the first to gain. List items
                // are not: a list scores by the prose around it, not by the length of its items.
                if (tree.Name(i) is "li" or "dt" or "dd")
                {
                    i = tree.End(i) - 1;
                    continue;
                }
                AddParagraph(tree, tree.Parent(i), ParagraphScore(stats, i), scores, scored, useClassWeights);
                i = tree.End(i) - 1;
                continue;
            }
            foreach (var (chars, commas, linkChars) in InlineRuns(tree, stats, i))
            {
                if (chars < MinParagraphChars) continue;
                var score = (1 + commas + Math.Min(3, chars / 100.0)) * (1 - (double)linkChars / chars);
                AddParagraph(tree, i, score, scores, scored, useClassWeights);
            }
        }

        for (var i = 0; i < n; i++)
        {
            if (scored[i]) scores[i] *= 1 - stats.LinkDensity(i);
        }
        var top = -1;
        for (var i = 0; i < n; i++)
        {
            if (scored[i] && (top < 0 || scores[i] > scores[top])) top = i;
        }
        if (top < 0) return [root];

        top = ClimbToSharedAncestor(tree, scores, scored, top);
        top = ClimbWhileParentScoresHigher(tree, scores, scored, top, root);
        while (top != root && tree.Parent(top) >= 0 && tree.Children(tree.Parent(top)).Count(c => !tree.IsText(c) || stats.Chars[c] > 0) == 1) top = tree.Parent(top);
        if (top == root || tree.Parent(top) < 0) return [top];
        var chosen = WithSiblings(tree, stats, scores, scored, top);
        if (Standfirst(tree, stats, chosen[0]) is { } standfirst) chosen.Insert(0, standfirst);
        return chosen;
    }

    /// <summary>
    /// The standfirst: the paragraph right under the page's headline, when the headline and the chosen content
    /// share an &lt;article&gt; and the paragraph is a sentence of prose without links.
    /// </summary>
    private static int? Standfirst(PageTree tree, SubtreeStats stats, int first)
    {
        var article = -1;
        for (var a = tree.Parent(first); a >= 0; a = tree.Parent(a))
        {
            if (tree.Name(a) == "article") article = a;
        }
        if (article < 0) return null;
        var headline = -1;
        for (var i = article; i < first; i++)
        {
            if (tree.Removed[i])
            {
                i = tree.End(i) - 1;
                continue;
            }
            if (headline < 0)
            {
                if (tree.Name(i) == "h1") headline = i;
                continue;
            }
            if (i < tree.End(headline) || tree.IsText(i)) continue;
            if (!HtmlVocabulary.Block.Contains(tree.Name(i))) continue;
            if (stats.HasBlock[i]) continue;
            var chars = stats.Chars[i];
            if (chars == 0) continue;
            return chars is >= 50 and <= 400 && stats.LinkChars[i] == 0 && tree.Name(i) is "p" or "div" && EndsSentence(tree, i) ? i : null;
        }
        return null;
    }

    private static double ParagraphScore(SubtreeStats stats, int node)
    {
        var chars = stats.Chars[node];
        if (chars < MinParagraphChars) return 0;
        return (1 + stats.Commas[node] + Math.Min(3, chars / 100.0)) * (1 - stats.LinkDensity(node));
    }

    private static void AddParagraph(PageTree tree, int parent, double score, double[] scores, bool[] scored, bool useClassWeights)
    {
        if (score <= 0) return;
        var level = 0;
        for (var a = parent; a >= 0 && level < 5; a = tree.Parent(a), level++)
        {
            if (!scored[a])
            {
                scored[a] = true;
                scores[a] = InitialScore(tree, a, useClassWeights);
            }
            var divider = level switch { 0 => 1.0, 1 => 2.0, _ => level * 3.0 };
            scores[a] += score / divider;
        }
    }

    private static double InitialScore(PageTree tree, int node, bool useClassWeights)
    {
        var score = tree.Name(node) switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        if (useClassWeights) score += ClassNameSignals.Weight(tree.Words(node));
        if (tree.Element(node) is { } e && string.Equals(e.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase)) score += 25;
        return score;
    }

    /// <summary>The runs of inline content (text and inline elements) among a block's children.</summary>
    private static IEnumerable<(int Chars, int Commas, int LinkChars)> InlineRuns(PageTree tree, SubtreeStats stats, int block)
    {
        int chars = 0, commas = 0, links = 0;
        foreach (var child in tree.Children(block))
        {
            var isInline = tree.IsText(child) || (!HtmlVocabulary.Block.Contains(tree.Name(child)) && !stats.HasBlock[child]);
            if (isInline)
            {
                chars += stats.Chars[child];
                commas += stats.Commas[child];
                links += stats.LinkChars[child];
                continue;
            }
            if (chars > 0) yield return (chars, commas, links);
            chars = commas = links = 0;
        }
        if (chars > 0) yield return (chars, commas, links);
    }

    private static int ClimbToSharedAncestor(PageTree tree, double[] scores, bool[] scored, int top)
    {
        var contenders = new List<int>();
        for (var i = 0; i < scores.Length; i++)
        {
            if (scored[i] && i != top && scores[i] >= scores[top] * 0.75) contenders.Add(i);
        }
        if (contenders.Count < 3) return top;
        // The four best, the earlier on a tie.
        contenders.Sort((a, b) => scores[a] != scores[b] ? scores[b].CompareTo(scores[a]) : a.CompareTo(b));
        if (contenders.Count > 4) contenders.RemoveRange(4, contenders.Count - 4);
        for (var a = tree.Parent(top); a >= 0; a = tree.Parent(a))
        {
            if (contenders.Count(c => tree.IsInside(c, a)) >= 3) return a;
        }
        return top;
    }

    private static int ClimbWhileParentScoresHigher(PageTree tree, double[] scores, bool[] scored, int top, int root)
    {
        var last = scores[top];
        var threshold = last / 3;
        for (var parent = tree.Parent(top); parent >= 0 && parent != root; parent = tree.Parent(parent))
        {
            if (!scored[parent]) continue;
            if (scores[parent] < threshold) break;
            if (scores[parent] > last)
            {
                return parent;
            }
            last = scores[parent];
        }
        return top;
    }

    /// <summary>
    /// The page's &lt;article&gt; element when the best candidate sits a few levels inside it and the article
    /// adds little text: the standfirst and subheadings in the article's own header come with the body.
    /// </summary>
    private static int ClimbToArticleElement(PageTree tree, SubtreeStats stats, int top)
    {
        var level = 0;
        for (var a = tree.Parent(top); a >= 0 && level < 3; a = tree.Parent(a), level++)
        {
            if (tree.Name(a) != "article") continue;
            return stats.Chars[a] <= stats.Chars[top] * 1.3 ? a : top;
        }
        return top;
    }

    private static List<int> WithSiblings(PageTree tree, SubtreeStats stats, double[] scores, bool[] scored, int top)
    {
        var threshold = Math.Max(10, scores[top] * 0.2);
        var topClass = tree.Element(top)?.GetAttribute("class");
        var chosen = new List<int>();
        foreach (var sibling in tree.Children(tree.Parent(top)))
        {
            if (sibling == top)
            {
                chosen.Add(sibling);
                continue;
            }
            if (tree.IsText(sibling)) continue;
            var bonus = !string.IsNullOrEmpty(topClass) && tree.Element(sibling)?.GetAttribute("class") == topClass ? scores[top] * 0.2 : 0;
            if (scored[sibling] && scores[sibling] + bonus >= threshold)
            {
                chosen.Add(sibling);
                continue;
            }
            if (stats.HasBlock[sibling]) continue;
            var chars = stats.Chars[sibling];
            var density = stats.LinkDensity(sibling);
            if ((chars > 80 && density < 0.25) || (chars is > 0 and <= 80 && density == 0 && EndsSentence(tree, sibling)))
            {
                chosen.Add(sibling);
            }
        }
        return chosen;
    }

    private static bool EndsSentence(PageTree tree, int node)
    {
        for (var i = tree.End(node) - 1; i >= node; i--)
        {
            if (!tree.IsText(i)) continue;
            var text = tree.Text(i).TrimEnd();
            if (text.Length == 0) continue;
            return text[^1] is '.' or '!' or '?' or '。' or '！' or '？' or '…';
        }
        return false;
    }
}
