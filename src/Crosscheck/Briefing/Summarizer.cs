using System.Collections.Immutable;
using Crosscheck.Analysis;
using Crosscheck.Comparison;
using Crosscheck.Extraction;

namespace Crosscheck.Briefing;

/// <summary>Tuning of the <see cref="Summarizer"/>.</summary>
/// <param name="MinSentences">Fewest sentences of a summary, when the story has that many usable sentences.</param>
/// <param name="MaxSentences">Most sentences of a summary.</param>
/// <param name="CitationContainment">Share of a sentence's words a cited article must contain.</param>
/// <param name="Diversity">Weight of redundancy against relevance in the maximal-marginal-relevance selection (0–1).</param>
/// <param name="RedundancyCutoff">A candidate this similar to a chosen sentence is never chosen.</param>
public sealed record SummarizerOptions(
    int MinSentences = 3,
    int MaxSentences = 7,
    double CitationContainment = 0.8,
    double Diversity = 0.35,
    double RedundancyCutoff = 0.45);

/// <summary>
/// Selects the summary sentences of a story, each citing the articles that say it. Candidates are whole sentences
/// of the articles, aligned across outlets as the comparison stage aligns claims. Relevance rewards a sentence
/// whose claim more outlets carry, an early position (news leads first) and wording central to the story (terms
/// other outlets also use); maximal marginal relevance keeps the selection free of repeats. Each sentence is
/// printed verbatim and cites its own article plus the aligned articles that contain at least
/// <see cref="SummarizerOptions.CitationContainment"/> of its words. Sentences are ordered by where the story's
/// articles tell them, leads first.
/// </summary>
public sealed class Summarizer(SummarizerOptions options)
{
    public Summarizer() : this(new SummarizerOptions()) { }

    public SummarizerOptions Options { get; } = options;

    public ImmutableArray<SummarySentence> Summarize(IReadOnlyList<Article> articles, StoryAnalysis analysis, StoryComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(articles);
        analysis ??= StoryAnalysis.Empty;
        if (articles.Count == 0) return [];

        var units = ClaimSplitter.Split(articles, analysis, splitClauses: false);
        if (units.Count == 0) return [];
        var alignment = ClaimAligner.Align(units, new ClaimAlignerSettings());
        var articleWords = articles.Select(a => WordContainment.Words(a.Text).ToHashSet(StringComparer.Ordinal)).ToList();

        // How many articles use each term: terms shared across outlets mark the story's core.
        var termArticles = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            foreach (var key in unit.Keys)
            {
                if (!termArticles.TryGetValue(key, out var set)) termArticles[key] = set = [];
                set.Add(unit.ArticleIndex);
            }
        }

        var minorityVersions = MinorityVersions(comparison);
        var articleKeys = articles.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToList();
        foreach (var unit in units) articleKeys[unit.ArticleIndex].UnionWith(unit.Keys);

        var candidates = new List<(ClaimUnit Unit, double Relevance, int Group, double GroupPosition)>();
        foreach (var unit in units)
        {
            if (!IsSummaryWorthy(unit)) continue;
            // A figure or wording fewer outlets give than a rival version stays out of the summary.
            if (minorityVersions.Exists(v => unit.Text.Contains(v, StringComparison.Ordinal) || v.Contains(unit.Text, StringComparison.Ordinal))) continue;
            var group = alignment.GroupOf[unit.Index];
            var members = group >= 0 ? alignment.Groups[group] : [unit.Index];
            var support = members.Select(m => units[m].ArticleIndex).Distinct().Count();
            double shared = 0, total = 0;
            foreach (var key in unit.Keys)
            {
                var w = alignment.Weight(key);
                total += w;
                if (termArticles[key].Count >= 2) shared += w;
            }
            var centrality = total > 0 ? shared / total : 0;
            var coverage = articles.Count > 1 ? (support - 1.0) / (articles.Count - 1) : 0;
            var lead = 1 - unit.Position + (unit.SentenceIndex == 0 ? 0.2 : 0);
            var relevance = articles.Count > 1 ? 0.5 * coverage + 0.25 * lead + 0.25 * centrality : 0.6 * lead + 0.4 * centrality;
            if (!StandsAlone(unit.Text)) relevance -= 0.35;
            candidates.Add((unit, relevance, group, members.Average(m => units[m].Position)));
        }
        if (candidates.Count == 0) return [];

        var groupCount = candidates.Select(c => c.Group < 0 ? -1 - c.Unit.Index : c.Group).Distinct().Count();
        var target = Math.Clamp((int)Math.Round(Math.Sqrt(groupCount)), Options.MinSentences, Options.MaxSentences);
        var chosen = new List<(ClaimUnit Unit, double Relevance, int Group, double GroupPosition)>();
        var usedGroups = new HashSet<int>();
        while (chosen.Count < target)
        {
            var bestScore = double.MinValue;
            var best = -1;
            for (var i = 0; i < candidates.Count; i++)
            {
                var c = candidates[i];
                if (c.Group >= 0 && usedGroups.Contains(c.Group)) continue;
                if (chosen.Exists(x => x.Unit.Index == c.Unit.Index)) continue;
                var redundancy = 0.0;
                foreach (var s in chosen) redundancy = Math.Max(redundancy, ClaimAligner.Similarity(c.Unit, s.Unit, alignment.Weights));
                if (redundancy >= Options.RedundancyCutoff) continue;
                var score = (1 - Options.Diversity) * c.Relevance - Options.Diversity * redundancy;
                if (score > bestScore + 1e-12)
                {
                    bestScore = score;
                    best = i;
                }
            }
            if (best < 0) break;
            chosen.Add(candidates[best]);
            if (candidates[best].Group >= 0) usedGroups.Add(candidates[best].Group);
        }

        var result = ImmutableArray.CreateBuilder<SummarySentence>(chosen.Count);
        foreach (var c in chosen.OrderBy(c => Math.Min(c.GroupPosition, c.Unit.Position)).ThenBy(c => c.Unit.Article.Ordinal).ThenBy(c => c.Unit.Index))
        {
            var words = WordContainment.Words(c.Unit.Text);
            var cited = new SortedSet<int> { c.Unit.ArticleIndex };
            var members = c.Group >= 0 ? alignment.Groups[c.Group] : [];
            var values = c.Unit.Keys.Where(k => k[0] is '#' or '@').ToList();
            foreach (var m in members)
            {
                var a = units[m].ArticleIndex;
                // An article that gives another figure or date does not say this sentence, however many words it shares.
                if (WordContainment.Fraction(words, articleWords[a]) >= Options.CitationContainment && values.TrueForAll(articleKeys[a].Contains)) cited.Add(a);
            }
            result.Add(new SummarySentence(c.Unit.Text, cited.Select(i => articles[i].Id).ToImmutableArray()));
        }
        return result.MoveToImmutable();
    }

    /// <summary>Texts of conflict versions that fewer articles give than the conflict's best-supported version.</summary>
    private static List<string> MinorityVersions(StoryComparison comparison)
    {
        var result = new List<string>();
        if (comparison.Conflicts.IsDefaultOrEmpty) return result;
        foreach (var conflict in comparison.Conflicts)
        {
            var most = conflict.Versions.Max(v => v.ArticleIds.Length);
            var leaders = conflict.Versions.Count(v => v.ArticleIds.Length == most);
            foreach (var version in conflict.Versions)
            {
                if (version.ArticleIds.Length < most || leaders > 1) result.Add(version.Text);
            }
        }
        return result;
    }

    private static readonly System.Text.RegularExpressions.Regex PronounAttribution = new(
        @"\b(?:he|she|they|it)\s+(?:said|says|told|added|stated|explained)\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static readonly HashSet<string> DanglingStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "it", "they", "this", "that", "these", "those", "his", "her", "its", "their", "such", "both", "two", "three", "but", "and", "also", "meanwhile", "however",
    };

    /// <summary>True when the sentence reads on its own: it does not open on a pronoun or lean on one for its speaker.</summary>
    private static bool StandsAlone(string text)
    {
        var first = text.TrimStart('"', '\u201C', ' ');
        var end = 0;
        while (end < first.Length && char.IsLetter(first[end])) end++;
        if (DanglingStarts.Contains(first[..end])) return false;
        if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 8) return false;
        // A bare quotation with no speaker outside the quote marks.
        if (text[0] is '"' or '\u201C')
        {
            var close = text.IndexOfAny(['"', '\u201D'], 1);
            if (close < 0 || text[(close + 1)..].Trim().Length <= 1) return false;
        }
        return !PronounAttribution.IsMatch(text);
    }

    /// <summary>A complete, self-standing declarative sentence of reasonable length.</summary>
    private static bool IsSummaryWorthy(ClaimUnit unit)
    {
        var text = unit.Text;
        if (text.Length < 30 || text.Length > 360) return false;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words < 6 || words > 60 || unit.ContentCount < 4) return false;
        var first = text[0];
        if (!(char.IsUpper(first) || first is '"' or '\u201C')) return false;
        var last = text[^1];
        if (last is '\u201D' or '"' or '\'' or '\u2019' or ')') last = text.Length > 1 ? text[^2] : last;
        if (last is not ('.' or '!')) return false;
        var straight = text.Count(ch => ch == '"');
        var opening = text.Count(ch => ch == '\u201C');
        var closing = text.Count(ch => ch == '\u201D');
        return straight % 2 == 0 && opening == closing;
    }
}
