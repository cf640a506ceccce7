using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Crosscheck.Analysis;

namespace Crosscheck.Comparison;

/// <summary>
/// Finds retellings that disagree on who did a piece of work: an outside firm in one ("the control was carried out by
/// Hochgrat Snow Services", "where contractor Pellam Services was replacing the cooling", "a server run by Quillon
/// Data Systems") against the organisation's own staff in another ("set off by the resort's own ski patrol", "where
/// Vedragrid's own engineers were working", "written in-house"). The two sentences must tell of one piece of work: they
/// share <see cref="SharedWordsNeeded"/> content words besides the parties, or the thing the work was done on ("the
/// update was supplied by …" against "the update was written in-house …"). An article that names the firm at work
/// itself, or that has its own staff at the same work, tells both and is no version.
/// </summary>
internal static partial class InHouseConflictDetector
{
    /// <summary>The organisation's own people at work: "by the prison service's own officers", "where Vedragrid's own engineers", "in-house".</summary>
    [GeneratedRegex(@"\b(?:(?:by|where)\s+(?<staff>(?:the\s+)?(?:[\p{L}\p{M}-]+\s+){0,3}?(?:[\p{L}\p{M}-]+['’]s|its|their)\s+own\s+[\p{L}-]+(?:\s+(?!(?:was|were|is|are|had|has|have|and|or|not|to|in|on|at|of|for|from|with|who|which|that)\b)[\p{Ll}-]+)?)|in-house)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnStaff();

    /// <summary>What stands right before a firm named as the one at work: "by ", "by a private contractor, ", "where contractor ".</summary>
    [GeneratedRegex(@"(?:(?:\b(?<verb>\p{Ll}+)\s+)?\bby|\bwhere|\bcontractor)\s+(?:(?:a|an|the)\s+)?(?:(?:private|outside|external|specialist)\s+)?(?:(?:contractor|subcontractor|firm|company|supplier)\s*,?\s+)?$",
        RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex FirmAtWorkBefore();

    /// <summary>The subject of a passive right before its verb: "the update was supplied …", "the server was operated …".</summary>
    [GeneratedRegex(@"(?<subject>\p{L}+)\s+(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+(?:[\p{Ll}-]+\s+){1,6}?(?:by|in-house)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PassiveSubject();

    /// <summary>Verbs whose "by" names who reported, owned or saw a thing, not who worked on it.</summary>
    private static readonly FrozenSet<string> NotWork = new[]
    {
        "reported", "seen", "obtained", "quoted", "cited", "published", "confirmed", "announced", "owned", "commissioned", "criticised",
        "criticized", "condemned", "welcomed", "told", "said", "founded", "acquired", "bought", "funded", "paid", "hired",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Content words two sentences must share, the parties aside, to tell of one piece of work.</summary>
    private const int SharedWordsNeeded = 2;

    /// <summary>Characters before a name within which what introduces it as the firm at work is looked for.</summary>
    private const int Reach = 80;

    /// <summary>A unit that gives the work to a party: a named firm (its claim key) or, when null, the organisation's own staff, as printed.</summary>
    private sealed record Worker(ClaimUnit Unit, string? Firm, string? Subject, string Staff = "");

    public static ImmutableArray<Conflict> Detect(IReadOnlyList<ClaimUnit> units, StoryAnalysis analysis, int maxConflicts)
    {
        if (maxConflicts <= 0 || analysis.Entities.IsDefaultOrEmpty) return [];
        var parties = ConflictDetector.NamedParties(analysis);
        var workers = new List<Worker>();
        foreach (var unit in units) Find(unit, parties, workers);
        var staff = workers.Where(w => w.Firm is null).ToList();
        if (staff.Count == 0) return [];

        var conflicts = new List<(int First, Conflict Conflict)>();
        foreach (var firm in workers.Where(w => w.Firm is not null).GroupBy(w => w.Firm!, StringComparer.Ordinal))
        {
            var firmArticles = firm.Select(w => w.Unit.ArticleIndex).ToHashSet();
            var pairs = (from f in firm
                         from s in staff
                         where !firmArticles.Contains(s.Unit.ArticleIndex) && OneWork(f, s, firm.Key)
                         && !staff.Any(o => o.Unit.ArticleIndex == f.Unit.ArticleIndex && OneWork(f, o, firm.Key))
                         select (Firm: f.Unit, Staff: s.Unit)).ToList();
            if (pairs.Count == 0) continue;
            var name = firm.First().Unit.Terms.First(t => t.Key == firm.Key) is var term ? firm.First().Unit.Article.Text.Substring(term.Span.Start, term.Span.Length) : firm.Key;
            var versions = new[] { pairs.Select(p => p.Firm), pairs.Select(p => p.Staff) }
                .OrderBy(side => side.Min(u => u.ArticleIndex))
                .Select(ConflictVersions.Of)
                .ToImmutableArray();
            var ownStaff = staff.First(s => s.Unit == pairs.MinBy(p => p.Staff.Index).Staff).Staff;
            conflicts.Add((pairs.Min(p => Math.Min(p.Firm.Index, p.Staff.Index)), new Conflict($"who did the work: {name} or {ownStaff}", versions)));
        }
        return conflicts.OrderBy(c => c.First).Take(maxConflicts).Select(c => c.Conflict).ToImmutableArray();
    }

    /// <summary>Whether a firm's unit and a staff unit tell of one piece of work.</summary>
    private static bool OneWork(Worker firm, Worker staff, string firmKey) =>
        firm.Unit.SharedContent(staff.Unit, k => k == firmKey) + (firm.Subject is not null && firm.Subject == staff.Subject ? 1 : 0) >= SharedWordsNeeded;

    /// <summary>The parties a unit gives work to: each firm named as the one at work, and the organisation's own staff.</summary>
    private static void Find(ClaimUnit unit, Dictionary<string, EntityType> parties, List<Worker> workers)
    {
        var text = unit.Article.Text;
        var subject = PassiveSubject().Match(unit.Text) is { Success: true } passive ? ClaimSplitter.FoldWord(passive.Groups["subject"].Value) : null;
        if (OwnStaff().Match(unit.Text) is { Success: true } own)
        {
            var printed = own.Groups["staff"].Success ? own.Groups["staff"].Value : "in-house staff";
            workers.Add(new Worker(unit, null, subject, printed));
        }
        foreach (var term in unit.Terms)
        {
            if (term.Kind != ClaimTermKind.Name || !parties.TryGetValue(term.Key, out var type) || type == EntityType.Person) continue;
            var start = Math.Max(unit.Span.Start, term.Span.Start - Reach);
            var before = FirmAtWorkBefore().Match(text, start, term.Span.Start - start);
            if (!before.Success || (before.Groups["verb"].Success && NotWork.Contains(before.Groups["verb"].Value))) continue;
            if (workers.Any(w => w.Unit == unit && w.Firm == term.Key)) continue;
            workers.Add(new Worker(unit, term.Key, subject));
        }
    }
}
