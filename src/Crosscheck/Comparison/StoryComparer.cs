using System.Collections.Immutable;
using Crosscheck.Analysis;
using Crosscheck.Extraction;

namespace Crosscheck.Comparison;

/// <summary>Tuning of the comparison stage.</summary>
/// <param name="LinkThreshold">Similarity two claim units need to be aligned (weighted term overlap, 0–1).</param>
/// <param name="AverageThreshold">Mean similarity between all units of two aligned groups needed to merge them.</param>
/// <param name="MinContentTerms">Sentences or clauses with fewer content terms are not claims.</param>
/// <param name="ConflictThreshold">Similarity two units need before their differing values count as a conflict.</param>
/// <param name="MaxConflicts">At most this many conflicts per story, the strongest.</param>
/// <param name="SplitClauses">Split sentences that carry several facts into clauses.</param>
public sealed record StoryComparerOptions(
    double LinkThreshold = 0.36,
    double AverageThreshold = 0.26,
    int MinContentTerms = 3,
    double ConflictThreshold = 0.36,
    int MaxConflicts = 10,
    bool SplitClauses = true);

/// <summary>
/// Aligns the claims of a story's articles and finds where they conflict. Each article is split into claim units
/// (sentences and clauses), units are aligned across articles by meaning (<see cref="ClaimAligner"/>), and each
/// aligned group becomes a <see cref="Claim"/>: consensus when every article carries it, unique when one does,
/// partial otherwise. A story of a single article has nothing to compare against: its claims are all reported as
/// consensus (every outlet of the story says them) and it has no conflicts.
/// </summary>
public sealed class StoryComparer(StoryComparerOptions options)
{
    public StoryComparer() : this(new StoryComparerOptions()) { }

    public StoryComparerOptions Options { get; } = options;

    public StoryComparison Compare(IReadOnlyList<Article> articles, StoryAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(articles);
        analysis ??= StoryAnalysis.Empty;
        if (articles.Count == 0) return StoryComparison.Empty;
        var units = ClaimSplitter.Split(articles, analysis, Options.SplitClauses);
        var alignment = ClaimAligner.Align(units, new ClaimAlignerSettings(Options.LinkThreshold, Options.AverageThreshold, Options.MinContentTerms));
        return new StoryComparison(BuildClaims(alignment, articles), DetectConflicts(articles, analysis, alignment));
    }

    internal StoryComparison Compare(IReadOnlyList<Article> articles, StoryAnalysis analysis, out ClaimAlignment alignment)
    {
        var units = ClaimSplitter.Split(articles, analysis, Options.SplitClauses);
        alignment = ClaimAligner.Align(units, new ClaimAlignerSettings(Options.LinkThreshold, Options.AverageThreshold, Options.MinContentTerms));
        return new StoryComparison(BuildClaims(alignment, articles), DetectConflicts(articles, analysis, alignment));
    }

    /// <summary>
    /// At most <see cref="StoryComparerOptions.MaxConflicts"/> conflicts: misquotes (<see cref="MisquoteDetector"/>),
    /// stale context (<see cref="StaleContextDetector"/>, <see cref="ScheduledEventDetector"/>), roles given to two
    /// parties (<see cref="RoleConflictDetector"/>), an act given to two described people (<see cref="DescribedPartyDetector"/>), work given to a firm and to in-house staff
    /// (<see cref="InHouseConflictDetector"/>) and one person given two ages (<see cref="AgeConflictDetector"/>),
    /// whose evidence is direct; then the strongest differing values and re-worded statements
    /// (<see cref="ConflictDetector"/>) in the room left; last, misquotes that differ only in small words. A re-worded
    /// statement of a speaker whose quote is already a misquote is left out: the misquote shows the printed words; so
    /// is a value conflict that shows the texts of a role or an age conflict.
    /// </summary>
    private ImmutableArray<Conflict> DetectConflicts(IReadOnlyList<Article> articles, StoryAnalysis analysis, ClaimAlignment alignment)
    {
        if (articles.Count < 2) return [];
        var room = Options.MaxConflicts;
        var misquotes = MisquoteDetector.Detect(analysis, room);
        room -= misquotes.Length;
        var stale = StaleContextDetector.Detect(alignment.Units, analysis, room);
        room -= stale.Length;
        var scheduled = ScheduledEventDetector.Detect(alignment.Units, room);
        room -= scheduled.Length;
        var roles = RoleConflictDetector.Detect(alignment.Units, analysis, room);
        room -= roles.Length;
        var described = DescribedPartyDetector.Detect(alignment.Units, room);
        room -= described.Length;
        var workers = InHouseConflictDetector.Detect(alignment.Units, analysis, room);
        room -= workers.Length;
        var ages = AgeConflictDetector.Detect(alignment.Units, analysis, room);
        room -= ages.Length;
        // A value conflict that shows the texts of a role or an age found above is the same conflict.
        var rest = room > 0
            ? ConflictDetector.Detect(alignment, analysis, new ConflictDetectorSettings(Options.ConflictThreshold, room))
                .Where(c => !misquotes.Any(m => m.About == c.About) && !roles.Concat(described).Concat(ages).Any(r => SameVersions(r, c)))
                .ToList()
            : [];
        // A misquote that differs in small words takes the place of the re-worded statement it shows the printed words of;
        // the others come last, in the room left.
        var minorMisquotes = MisquoteDetector.Detect(analysis, Options.MaxConflicts, minor: true);
        var last = new List<Conflict>();
        foreach (var minor in minorMisquotes)
        {
            var at = rest.FindIndex(c => c.About == minor.About);
            if (at >= 0) rest[at] = minor;
            else last.Add(minor);
        }
        return [.. rest, .. misquotes, .. stale, .. scheduled, .. roles, .. described, .. workers, .. ages, .. last.Take(room - rest.Count)];
    }


    /// <summary>Two conflicts that show the same texts (a named-party conflict also found as a role given two ways).</summary>
    private static bool SameVersions(Conflict a, Conflict b) =>
        a.Versions.Select(v => v.Text).Order(StringComparer.Ordinal).SequenceEqual(b.Versions.Select(v => v.Text).Order(StringComparer.Ordinal), StringComparer.Ordinal);

    private static ImmutableArray<Claim> BuildClaims(ClaimAlignment alignment, IReadOnlyList<Article> articles)
    {
        var units = alignment.Units;
        var built = new List<(int Rank, double Position, Claim Claim)>();
        foreach (var group in alignment.Groups)
        {
            var representative = group[0];
            var bestScore = double.MinValue;
            foreach (var u in group)
            {
                var score = 0.0;
                foreach (var v in group) if (v != u) score += alignment.Similarity(u, v);
                // Prefer the medoid; among equals, the earlier article.
                if (score > bestScore + 1e-9)
                {
                    bestScore = score;
                    representative = u;
                }
            }
            var articleIndices = group.Select(u => units[u].ArticleIndex).Distinct().Order().ToList();
            var status = articles.Count == 1 || articleIndices.Count == articles.Count
                ? ClaimStatus.Consensus
                : articleIndices.Count == 1 ? ClaimStatus.Unique : ClaimStatus.Partial;
            var claim = new Claim(units[representative].Text, status, articleIndices.Select(i => articles[i].Id).ToImmutableArray());
            built.Add(((int)status, group.Average(u => units[u].Position), claim));
        }
        return built.OrderBy(c => c.Rank).ThenBy(c => c.Position).Select(c => c.Claim).ToImmutableArray();
    }
}
