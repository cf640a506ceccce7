using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Crosscheck.Extraction;

public sealed record BoilerplateClassifierOptions
{
    /// <summary>Body paragraphs needed before an end-of-article marker ("Read more", a bio) ends the article.</summary>
    public int ParagraphsBeforeEndMarker { get; init; } = 2;

    /// <summary>Subheadings longer than this (in words) are taken for pasted related headlines.</summary>
    public int MaxSubheadingWords { get; init; } = 10;

    /// <summary>A trailing paragraph cut off by furniture that shares less than this share of its content words with the article is a teaser.</summary>
    public double TeaserOverlap { get; init; } = 0.2;

    /// <summary>Subheadings of at least this many words must share a content word with the prose after them.</summary>
    public int MinWordsForCoherenceCheck { get; init; } = 6;

    /// <summary>Most link lines an in-article box ("Read also:" and headlines) may hold before the article resumes.</summary>
    public int MaxLinksInArticleBox { get; init; } = 5;

    /// <summary>Share of content words a lone paragraph after a link box must share with the article to continue it.</summary>
    public double ResumeOverlap { get; init; } = 0.25;

    /// <summary>The same for the best paragraph of a run of two or more paragraphs after a link box.</summary>
    public double ResumeOverlapOfRun { get; init; } = 0.2;
}

/// <summary>
/// Separates an article from its page furniture over a sequence of blocks (lines of scraped text, or the
/// paragraphs of an HTML page's main container), in the spirit of jusText: each block gets features and a
/// furniture kind of its own, then context decides. The title is the headline-like block that the body
/// talks about (and that pages often print twice); the body runs from it to the first end-of-article marker;
/// short lines inside the body are subheadings when prose follows them and pasted headlines when long;
/// captions take their neighbouring alt text with them; a trailing paragraph cut off by furniture and
/// unrelated to the article is a teaser. Metadata comes from the furniture it removes.
/// </summary>
public sealed partial class BoilerplateClassifier(BoilerplateClassifierOptions options)
{
    public BoilerplateClassifier() : this(new BoilerplateClassifierOptions()) { }

    public BoilerplateClassifierOptions Options { get; } = options;

    [GeneratedRegex(@"^\p{Lu}[\p{L}.'’\- ]{0,40}:\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex SourcePrefixedHeadline();

    [GeneratedRegex(@"[\p{Ll}\d][.!?]\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex InnerSentenceBreak();

    [GeneratedRegex(@"\b(updated|modified|edited)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdateLabel();

    [GeneratedRegex(@"\((l|r|c|left|right|centre|center|front|back|pictured)\)|\bpictured\b|\bseen here\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionMarker();

    /// <param name="blocks">The blocks in page order.</param>
    /// <param name="knownTitle">The title when the page states it out of band (HTML metadata).</param>
    /// <param name="bodyStartsAtTop">True when the blocks are already the article's container (HTML).</param>
    public CleanPage Classify(IReadOnlyList<PageBlock> blocks, string? knownTitle = null, bool bodyStartsAtTop = false)
    {
        var features = blocks.Select(b => new BlockFeatures(b)).ToArray();
        MarkContextualFurniture(features);
        var titleIndex = knownTitle is null ? FindTitle(features) : -1;
        var title = knownTitle ?? (titleIndex >= 0 ? features[titleIndex].Text : null);
        var foldedTitle = title is null ? null : Text.TextFolding.Fold(title);
        var titleStems = titleIndex >= 0 ? features[titleIndex].ContentStems
            : title is null ? new HashSet<string>() : new BlockFeatures(new PageBlock(title)).ContentStems;

        var keep = new bool[features.Length];
        var start = bodyStartsAtTop || titleIndex < 0 ? 0 : titleIndex + 1;
        if (titleIndex < 0 && !bodyStartsAtTop) start = FirstProse(features, 0);
        if (start < 0) start = features.Length;
        var bodyParagraphs = 0;
        var end = features.Length;
        for (var i = start; i < features.Length; i++)
        {
            var f = features[i];
            if (foldedTitle is not null && (f.Folded == foldedTitle || (f.Words >= 4 && f.Kind == FurnitureKind.None && !f.EndsLikeSentence && foldedTitle.Contains(f.Folded, StringComparison.Ordinal))))
            {
                f.Kind = FurnitureKind.DuplicateTitle;
                continue;
            }
            var ending = f.Kind is FurnitureKind.EndOfArticle or FurnitureKind.AuthorBio
                || (f.Kind is FurnitureKind.Appeal or FurnitureKind.Legal && f.Words > 30);
            if (ending && bodyParagraphs >= Options.ParagraphsBeforeEndMarker)
            {
                var resume = ArticleResumesAfter(features, i, keep, titleStems);
                if (resume < 0)
                {
                    end = i;
                    break;
                }
                // A box of links inside the article ("Read also:" and a few headlines): skip it, go on.
                for (var j = i + 1; j < resume; j++)
                {
                    if (features[j].Kind == FurnitureKind.None) features[j].Kind = FurnitureKind.RelatedHeadline;
                }
                i = resume - 1;
                continue;
            }
            if (f.Kind != FurnitureKind.None) continue;
            if (f.IsProse)
            {
                keep[i] = true;
                bodyParagraphs++;
                continue;
            }
            if (f.EndsLikeSentence)
            {
                // A short sentence: prose once the article has begun, furniture (a caption, a label) before.
                keep[i] = bodyParagraphs > 0 || bodyStartsAtTop;
                if (keep[i]) bodyParagraphs++;
                continue;
            }
            if (bodyStartsAtTop && f.Block.LinkDensity < 0.5)
            {
                // In an HTML container a short line is a subheading, a list item or a table row: the markup
                // already vouches for it, unless the article has not begun and no prose follows.
                keep[i] = bodyParagraphs > 0 || NextContent(features, i + 1) is var after && after >= 0 && features[after].IsProse;
                if (!keep[i]) f.Kind = FurnitureKind.Navigation;
                continue;
            }
            if (f.Words > Options.MaxSubheadingWords || (f.Words >= 7 && SourcePrefixedHeadline().IsMatch(f.Text)))
            {
                f.Kind = FurnitureKind.RelatedHeadline;
                continue;
            }
            // A short line: a subheading when prose of the article follows it and speaks of what it announces.
            var next = NextContent(features, i + 1);
            keep[i] = next >= 0 && features[next].IsProse && f.Words >= 2 && (bodyParagraphs > 0 || bodyStartsAtTop) && f.Block.LinkDensity < 0.5;
            if (keep[i] && f.Words >= Options.MinWordsForCoherenceCheck && SharedStems(f, features, next, 2) == 0)
            {
                keep[i] = false;
                f.Kind = FurnitureKind.RelatedHeadline;
            }
            else if (!keep[i])
            {
                f.Kind = FurnitureKind.Navigation;
            }
        }
        for (var i = end; i < features.Length; i++)
        {
            if (features[i].Kind == FurnitureKind.None) features[i].Kind = FurnitureKind.Teaser;
        }
        DropUnrelatedTail(features, keep, start, end, titleStems);

        var body = ImmutableArray.CreateBuilder<string>();
        var removed = ImmutableArray.CreateBuilder<RemovedBlock>();
        for (var i = 0; i < features.Length; i++)
        {
            if (keep[i]) body.Add(features[i].Text);
            else if (i != titleIndex) removed.Add(new RemovedBlock(features[i].Text, features[i].Kind == FurnitureKind.None ? FurnitureKind.Navigation : features[i].Kind));
        }
        var published = FindPublished(features, start);
        // "04/11/2026" reads both ways, unless the page also prints that day plainly ("Wednesday 4 November 2026").
        if (published is { OtherReading: not null } both && features.Any(f => Html.DateMentionScanner.Scan(f.Text).Any(m => m.Date == both.Date && m.OtherReading is null)))
        {
            published = both with { OtherReading = null };
        }
        return new CleanPage(
            title,
            FindAuthor(features),
            OutletRecognizer.Recognize(
                features.Select(f => f.Text).ToArray(),
                features.Where(f => f.Kind is FurnitureKind.Legal or FurnitureKind.AuthorBio or FurnitureKind.Appeal or FurnitureKind.Navigation or FurnitureKind.Teaser or FurnitureKind.Byline).Select(f => f.Text),
                features.Take(3).Where(f => f.Kind is FurnitureKind.None or FurnitureKind.Navigation && (f.Words is >= 1 and <= 5 || FurniturePatterns.MastheadSeparator().IsMatch(f.Text)) && !f.EndsLikeSentence).Select(f => f.Text)),
            published?.Date,
            body.ToImmutable(),
            removed.ToImmutable())
        {
            PublishedOtherReading = published?.OtherReading,
        };
    }

    /// <summary>Names beside a role line or avatar are bylines; short lines that repeat a caption's words are captions.</summary>
    private static void MarkContextualFurniture(BlockFeatures[] features)
    {
        for (var i = 0; i < features.Length; i++)
        {
            var f = features[i];
            if (f.Kind == FurnitureKind.None && f.Words <= 5 && FurniturePatterns.NameOnly().IsMatch(f.Text))
            {
                var beside = (i > 0 && features[i - 1].Kind == FurnitureKind.Byline && features[i - 1].Detail is null)
                    || (i + 1 < features.Length && features[i + 1].Kind == FurnitureKind.Byline && features[i + 1].Detail is null)
                    || (i + 1 < features.Length && features[i + 1].Kind == FurnitureKind.DateLine);
                if (beside)
                {
                    f.Kind = FurnitureKind.Byline;
                    f.Detail = f.Text.Trim();
                }
            }
        }
        for (var i = 0; i < features.Length; i++)
        {
            var f = features[i];
            if (f.Kind != FurnitureKind.None || f.Words > 40) continue;
            var nearCaption = (i > 0 && features[i - 1].Kind == FurnitureKind.Caption) || (i + 1 < features.Length && features[i + 1].Kind == FurnitureKind.Caption);
            if (nearCaption && f.Words <= 15 && f.ContentStems.Count > 0)
            {
                var caption = i + 1 < features.Length && features[i + 1].Kind == FurnitureKind.Caption ? features[i + 1] : features[i - 1];
                var shared = f.ContentStems.Count(caption.ContentStems.Contains);
                if (shared >= 0.7 * f.ContentStems.Count) f.Kind = FurnitureKind.Caption;
            }
            if (f.Kind == FurnitureKind.None && f.Words <= 40 && CaptionMarker().IsMatch(f.Text)) f.Kind = FurnitureKind.Caption;
        }
    }

    /// <summary>
    /// The headline-like block, before the article's prose begins, that best predicts the body's words;
    /// a line printed twice and a line right above the prose are preferred.
    /// </summary>
    private static int FindTitle(BlockFeatures[] features)
    {
        var firstProse = FirstProse(features, 0);
        if (firstProse < 0) firstProse = features.Length;
        var bodyStems = new HashSet<string>(StringComparer.Ordinal);
        for (var i = firstProse; i < features.Length; i++)
        {
            if (features[i].IsProse) bodyStems.UnionWith(features[i].ContentStems);
        }
        var best = -1;
        var bestScore = double.MinValue;
        var limit = Math.Min(features.Length, firstProse + 1);
        for (var i = 0; i < limit; i++)
        {
            var f = features[i];
            if (!f.IsHeadlineLike || f.ContentStems.Count == 0) continue;
            var overlap = (double)f.ContentStems.Count(bodyStems.Contains) / f.ContentStems.Count;
            var repeated = features.Skip(i + 1).Take(12).Any(o => o.Folded == f.Folded);
            // A headline printed right above another headline-like line is a title over its dek (standfirst).
            // A dek follows its headline directly: a tagline over the menu is no headline over the story's headline.
            var next = i + 1;
            var hasDek = next < firstProse && features[next].IsHeadlineLike && features[next].Folded != f.Folded;
            var between = 0;
            for (var j = hasDek ? next + 1 : i + 1; j < firstProse; j++)
            {
                if (features[j].Kind == FurnitureKind.None && features[j].Folded != f.Folded) between++;
            }
            // Headlines are one sentence: a full stop inside ("… loaf. Picture: …") marks a caption or a teaser.
            var innerSentenceBreak = InnerSentenceBreak().IsMatch(f.Text) ? 1.5 : 0;
            // A masthead or a menu is no headline: a line in capitals ("NORTHGATE PRESS AGENCY — WORLD SERVICE") or opening
            // with a name in capitals ("NORTHGATE PRESS — English Edition"), one cut into fields ("Subscribe from Mk1 a week |
            // Log in", "Radio Brenna · 98.4 FM · On air now"), or an outlet's name before its tagline ("Campus Times - higher
            // education news"). Nor is a ticker's or an alert's item ("TICKER: Eruption at … — flights grounded").
            var siteLine = IsMasthead(f.Text) || SiteFields().IsMatch(f.Text) || OutletRecognizer.IsMastheadLine(f.Text) || FurniturePatterns.TickerLabel().IsMatch(f.Text) ? 1.5 : 0;
            // A byline or a date right under a line (or under its dek) signs it: the story's headline, not the masthead or a tagline above.
            var under = hasDek ? next + 1 : i + 1;
            var signed = under < features.Length && features[under].Kind is FurnitureKind.Byline or FurnitureKind.DateLine ? 1.0 : 0;
            var score = 2 * overlap + (repeated ? 1.5 : 0) + 1.0 / (1 + between) + (hasDek ? 0.5 : 0) + (f.Words is >= 5 and <= 25 ? 0.3 : 0) + signed - innerSentenceBreak - siteLine;
            if (score > bestScore)
            {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    /// <summary>Field separators of site furniture (a bar, a middle dot, a bullet or a double colon between spaces, two slashes) or a menu's label ("Menu: World Economy Opinion").</summary>
    [GeneratedRegex(@"\s(?:[|·•]|::)\s|\s/\s.*\s/\s|^(?i:menu|sections|navigation|browse|topics)\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex SiteFields();

    /// <summary>A line of two words or more in capitals only, or whose first field is ("NORTHGATE PRESS — English Edition").</summary>
    private static bool IsMasthead(string text) =>
        InCapitals(text) || FurniturePatterns.MastheadSeparator().Split(text.Trim(), 2) is [var name, _] && InCapitals(name);

    /// <summary>Two words or more, in capitals only.</summary>
    private static bool InCapitals(string text) =>
        text.Any(char.IsLetter) && !text.Any(char.IsLower) && text.Trim().Count(char.IsWhiteSpace) >= 1;

    /// <summary>
    /// After an end-of-article marker, the index where the article's prose resumes, or -1 when it does not:
    /// past a few headline-like lines, either two paragraphs of prose in a row, or one that shares enough
    /// content words with the article so far (a teaser of another story does not).
    /// </summary>
    private int ArticleResumesAfter(BlockFeatures[] features, int marker, bool[] keep, IReadOnlySet<string> titleStems)
    {
        var i = marker + 1;
        var skipped = 0;
        while (i < features.Length && !features[i].IsProse)
        {
            var f = features[i];
            var linkLike = f.Kind is FurnitureKind.InlineLink or FurnitureKind.RelatedHeadline or FurnitureKind.Advertisement
                || (f.Kind == FurnitureKind.None && !f.EndsLikeSentence && f.Words <= 20);
            if (!linkLike || ++skipped > Options.MaxLinksInArticleBox) return -1;
            i++;
        }
        if (i >= features.Length) return -1;
        var article = new HashSet<string>(StringComparer.Ordinal);
        for (var j = 0; j < marker; j++)
        {
            if (keep[j]) article.UnionWith(features[j].ContentStems);
        }
        article.UnionWith(titleStems);

        // The run of prose from here, subheadings allowed in between.
        var run = new List<BlockFeatures>();
        for (var j = i; j < features.Length; j++)
        {
            var f = features[j];
            if (f.IsProse) run.Add(f);
            else if (!(f.Kind == FurnitureKind.None && !f.EndsLikeSentence && f.Words <= Options.MaxSubheadingWords)) break;
        }
        double Coherence(BlockFeatures f) => f.ContentStems.Count == 0 ? 0 : (double)f.ContentStems.Count(article.Contains) / f.ContentStems.Count;
        var best = run.Max(Coherence);
        var resumes = run.Count >= 2 ? best >= Options.ResumeOverlapOfRun : best >= Options.ResumeOverlap;
        return resumes ? i : -1;
    }

    /// <summary>How many content words a line shares with the next few prose blocks.</summary>
    private static int SharedStems(BlockFeatures line, BlockFeatures[] features, int from, int proseBlocks)
    {
        var shared = new HashSet<string>(StringComparer.Ordinal);
        for (var i = from; i < features.Length && proseBlocks > 0; i++)
        {
            if (!features[i].IsProse) continue;
            proseBlocks--;
            foreach (var stem in line.ContentStems)
            {
                if (features[i].ContentStems.Contains(stem)) shared.Add(stem);
            }
        }
        return shared.Count;
    }

    private static int FirstProse(BlockFeatures[] features, int from)
    {
        for (var i = from; i < features.Length; i++)
        {
            if (!features[i].IsProse) continue;
            // The article starts where prose is followed by more prose, or with one long paragraph.
            if (features[i].Words >= 40 || NextProseWithin(features, i + 1, 3)) return i;
        }
        for (var i = from; i < features.Length; i++)
        {
            if (features[i].IsProse) return i;
        }
        return -1;
    }

    private static bool NextProseWithin(BlockFeatures[] features, int from, int window)
    {
        for (var i = from; i < Math.Min(features.Length, from + window); i++)
        {
            if (features[i].IsProse) return true;
        }
        return false;
    }

    private static int NextContent(BlockFeatures[] features, int from)
    {
        for (var i = from; i < features.Length; i++)
        {
            if (features[i].Kind == FurnitureKind.None) return i;
        }
        return -1;
    }

    /// <summary>
    /// Drops trailing paragraphs that furniture separates from the article and that share few content words
    /// with the title and the rest of the body: teasers of other stories.
    /// </summary>
    private void DropUnrelatedTail(BlockFeatures[] features, bool[] keep, int start, int end, IReadOnlySet<string> titleStems)
    {
        var kept = Enumerable.Range(start, Math.Max(0, end - start)).Where(i => keep[i]).ToList();
        if (kept.Count < 3) return;
        for (var k = kept.Count - 1; k >= 2; k--)
        {
            var i = kept[k];
            var gap = kept[k - 1] < i - 1 && Enumerable.Range(kept[k - 1] + 1, i - kept[k - 1] - 1).Any(j => EndsArticleText(features[j].Kind));
            if (!gap) return;
            var rest = new HashSet<string>(StringComparer.Ordinal);
            foreach (var j in kept.Take(k)) rest.UnionWith(features[j].ContentStems);
            rest.UnionWith(titleStems);
            var stems = features[i].ContentStems;
            if (stems.Count == 0) return;
            var overlap = (double)stems.Count(rest.Contains) / stems.Count;
            if (overlap >= Options.TeaserOverlap) return;
            keep[i] = false;
            features[i].Kind = FurnitureKind.Teaser;
        }
    }

    /// <summary>Furniture printed after an article (not inside it, like captions or pasted headlines).</summary>
    private static bool EndsArticleText(FurnitureKind kind) => kind is FurnitureKind.EndOfArticle or FurnitureKind.AuthorBio or FurnitureKind.Appeal
        or FurnitureKind.Legal or FurnitureKind.Share or FurnitureKind.Tags or FurnitureKind.Byline;

    private static string? FindAuthor(BlockFeatures[] features)
    {
        var byline = features.FirstOrDefault(f => f.Kind == FurnitureKind.Byline && !string.IsNullOrWhiteSpace(f.Detail));
        if (byline is not null) return CleanName(byline.Detail!);
        var bio = features.FirstOrDefault(f => f.Kind == FurnitureKind.AuthorBio && f.Detail is not null);
        return bio is null ? null : CleanName(bio.Detail!);
    }

    /// <summary>The name without trailing punctuation, or a role or outlet after a comma ("Jane Doe, Staff Reporter", "Jane Doe, Lantree Press Agency").</summary>
    internal static string CleanName(string name)
    {
        var parts = name.Split(',');
        var kept = parts.Take(1).Concat(parts.Skip(1).TakeWhile(p => !OutletRecognizer.OpensWithOutletName(p))).TakeWhile(p => !FurniturePatterns.RoleLine().IsMatch(p.Trim()));
        return string.Join(',', kept).Trim().TrimEnd('.', ',', ';', ':', '|', '-').Trim();
    }

    /// <summary>
    /// The stated publication date: from date lines, bylines and furniture before the body (including
    /// heads split off the first sentence), preferring dates not labelled as an update.
    /// </summary>
    private static (DateOnly Date, int Index, int Length, DateOnly? OtherReading)? FindPublished(BlockFeatures[] features, int bodyStart)
    {
        (DateOnly Date, int Index, int Length, DateOnly? OtherReading)? updated = null;
        for (var i = 0; i < features.Length; i++)
        {
            var f = features[i];
            var furnitureLike = f.Kind is FurnitureKind.DateLine or FurnitureKind.Byline or FurnitureKind.ReadingTime or FurnitureKind.Navigation or FurnitureKind.LanguageSwitch
                || (f.Kind != FurnitureKind.None && f.Words <= 16)
                || (f.Kind == FurnitureKind.None && f.Words <= 12 && !f.EndsLikeSentence && i <= bodyStart + 2);
            if (!furnitureLike || f.Kind is FurnitureKind.Caption or FurnitureKind.Teaser) continue;
            var date = StatedDateParser.Find(f.Text);
            if (date is null) continue;
            if (UpdateLabel().IsMatch(f.Text))
            {
                updated ??= date;
                continue;
            }
            return date;
        }
        return updated;
    }
}
