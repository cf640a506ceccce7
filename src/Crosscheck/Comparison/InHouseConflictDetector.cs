using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Crosscheck.Analysis;
using Crosscheck.Text;

namespace Crosscheck.Comparison;

/// <summary>
/// Finds retellings that disagree on who did a piece of work: an outside firm in one ("the control was carried out by
/// Hochgrat Snow Services", "where contractor Pellam Services was replacing the cooling", "a server run by Quillon
/// Data Systems") against the organisation's own staff in another ("set off by the resort's own ski patrol", "where
/// Vedragrid's own engineers were working", "written in-house"). The two sentences must tell of one piece of work: they
/// share <see cref="SharedWordsNeeded"/> content words besides the parties, or the thing the work was done on ("the
/// update was supplied by …" against "the update was written in-house …"), and their verbs are not of two stages of
/// work (building a wall is not inspecting it). An article that names the firm at work itself, or that has its own
/// staff at the same work, tells both and is no version.
/// </summary>
internal static partial class InHouseConflictDetector
{
    /// <summary>
    /// The organisation's own people at work, "by the prison service's own officers", "where Vedragrid's own engineers",
    /// with the head of who they are; or "in-house".
    /// </summary>
    [GeneratedRegex(@"\b(?:(?<lead>by|where)\s+(?<staff>(?:the\s+)?(?:[\p{L}\p{M}-]+\s+){0,3}?(?:[\p{L}\p{M}-]+['’]s|its|their)\s+own\s+(?<head>[\p{L}-]+)(?:\s+(?!(?:was|were|is|are|had|has|have|and|or|not|to|in|on|at|of|for|from|with|who|which|that)\b)(?<head>[\p{Ll}-]+))?)|in-house)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex OwnStaff();

    /// <summary>What stands right before a firm named as the one at work: "by ", "by a private contractor, ", "where contractor ".</summary>
    [GeneratedRegex(@"(?:(?:\b(?<verb>\p{Ll}+)\s+)?\b(?<lead>by)|\b(?<lead>where)|\bcontractor)\s+(?:(?:a|an|the)\s+)?(?:(?:private|outside|external|specialist)\s+)?(?:(?:contractor|subcontractor|firm|company|supplier)\s*,?\s+)?$",
        RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex FirmAtWorkBefore();

    /// <summary>After a party named after "where": the work it was doing, "was replacing", "were carrying".</summary>
    [GeneratedRegex(@"^\s+(?:was|were|is|are|had\s+been|has\s+been)\s+(?<work>\p{Ll}+ing)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WorkingAfter();

    /// <summary>The subject of a passive right before its verb: "the update was supplied …", "the server was operated …".</summary>
    [GeneratedRegex(@"(?<subject>\p{L}+)\s+(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+(?:[\p{Ll}-]+\s+){1,6}?(?:by|in-house)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PassiveSubject();

    /// <summary>Verbs whose "by" names who reported, owned, paid, judged or punished, not who worked on the thing.</summary>
    private static readonly FrozenSet<string> NotWork = new[]
    {
        "reported", "seen", "obtained", "quoted", "cited", "published", "confirmed", "announced", "owned", "commissioned", "criticised",
        "criticized", "condemned", "welcomed", "told", "said", "founded", "acquired", "bought", "funded", "paid", "hired", "fined", "sued",
        "charged", "prosecuted", "sanctioned", "penalised", "penalized", "ordered", "banned", "blamed", "accused", "investigated", "praised",
        "ranked", "rated", "named", "described", "called", "warned", "approved", "backed", "opposed", "rejected", "questioned",
        "uncovered", "discovered", "revealed", "exposed", "found", "spotted", "detected", "flagged", "raised",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Participles written as their base form ("a server run by X", "charges set off by Y").</summary>
    private static readonly FrozenSet<string> PlainParticiples = new[] { "run", "set", "put", "cut", "hit", "shut", "spread", "cast" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that, right before "by", belong to the verb of the work ("carried out by", "set off by").</summary>
    private static readonly FrozenSet<string> Particles = new[] { "out", "off", "up", "down", "over", "in" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Heads of own staff that are a group of people: "the resort's own ski patrol", "its own engineers".</summary>
    private static readonly FrozenSet<string> StaffGroups = new[]
    {
        "staff", "team", "teams", "crew", "crews", "patrol", "patrols", "department", "unit", "units", "police", "security", "personnel",
        "workforce", "employees", "guards", "people", "experts", "specialists", "technicians", "stewards", "divers", "pilots",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs of making a thing and of checking it, by their first letters: two stages of work, not one told two ways.</summary>
    private static readonly string[] Making = ["build", "built", "construct", "design", "install", "made", "make", "manufactur", "writ", "wrote", "develop", "suppl", "fit", "erect"];

    private static readonly string[] Checking = ["inspect", "check", "test", "audit", "examin", "survey", "certif", "review"];

    /// <summary>Content words two sentences must share, the parties aside, to tell of one piece of work.</summary>
    private const int SharedWordsNeeded = 2;

    /// <summary>Characters before a name within which what introduces it as the firm at work is looked for.</summary>
    private const int Reach = 80;

    /// <summary>
    /// A unit that gives the work to a party: a named firm (<see cref="Party"/> is its claim key) or, when
    /// <see cref="InHouse"/>, the organisation's own staff (<see cref="Party"/> as printed), with the verb of the work.
    /// </summary>
    private sealed record Worker(ClaimUnit Unit, string Party, bool InHouse, string? Subject, string? Work);

    public static ImmutableArray<Conflict> Detect(IReadOnlyList<ClaimUnit> units, StoryAnalysis analysis, int maxConflicts)
    {
        if (maxConflicts <= 0 || analysis.Entities.IsDefaultOrEmpty) return [];
        // Most stories never speak of anyone's own staff: the firms are looked for only in those that do.
        var staff = new List<Worker>();
        foreach (var unit in units)
        {
            if (OwnStaffOf(unit) is { } own) staff.Add(own);
        }
        if (staff.Count == 0) return [];
        var parties = ConflictDetector.NamedParties(analysis);
        var workers = new List<Worker>();
        foreach (var unit in units) FindFirms(unit, parties, workers);
        var staffByArticle = staff.ToLookup(s => s.Unit.ArticleIndex);

        var conflicts = new List<(int First, Conflict Conflict)>();
        foreach (var firm in workers.GroupBy(w => w.Party, StringComparer.Ordinal))
        {
            var firmArticles = firm.Select(w => w.Unit.ArticleIndex).ToHashSet();
            // A firm's sentence that has the article's own staff at the same work tells both.
            var atWork = firm.Where(f => !staffByArticle[f.Unit.ArticleIndex].Any(o => OneWork(f, o))).ToList();
            var pairs = (from f in atWork
                         from s in staff
                         where !firmArticles.Contains(s.Unit.ArticleIndex) && OneWork(f, s)
                         select (Firm: f, Staff: s)).ToList();
            if (pairs.Count == 0) continue;
            var first = pairs[0].Firm.Unit;
            var term = first.Terms.First(t => t.Key == firm.Key);
            var name = first.Article.Text.Substring(term.Span.Start, term.Span.Length);
            var versions = new[] { pairs.Select(p => p.Firm.Unit), pairs.Select(p => p.Staff.Unit) }
                .OrderBy(side => side.Min(u => u.ArticleIndex))
                .Select(side => ConflictVersions.Of(side))
                .ToImmutableArray();
            var ownStaff = pairs.MinBy(p => p.Staff.Unit.Index).Staff.Party;
            conflicts.Add((pairs.Min(p => Math.Min(p.Firm.Unit.Index, p.Staff.Unit.Index)), new Conflict($"who did the work: {name} or {ownStaff}", versions)));
        }
        return conflicts.OrderBy(c => c.First).Take(maxConflicts).Select(c => c.Conflict).ToImmutableArray();
    }

    /// <summary>Whether a firm's unit and a staff unit tell of one piece of work.</summary>
    private static bool OneWork(Worker firm, Worker staff)
    {
        if (Stage(firm.Work) is { } firmStage && Stage(staff.Work) is { } staffStage && firmStage != staffStage) return false;
        var shared = firm.Unit.SharedContent(staff.Unit, k => k == firm.Party);
        return shared + (firm.Subject is not null && firm.Subject == staff.Subject ? 1 : 0) >= SharedWordsNeeded;
    }

    /// <summary>"make" or "check" for a verb of building or of inspecting a thing; null for any other.</summary>
    private static string? Stage(string? work) =>
        work is null ? null
        : Making.Any(m => work.StartsWith(m, StringComparison.Ordinal)) ? "make"
        : Checking.Any(c => work.StartsWith(c, StringComparison.Ordinal)) ? "check"
        : null;

    /// <summary>The organisation's own staff a unit gives work to, or null.</summary>
    private static Worker? OwnStaffOf(ClaimUnit unit)
    {
        var sentence = unit.Text;
        if (!sentence.Contains(" own ", StringComparison.Ordinal) && !sentence.Contains("in-house", StringComparison.Ordinal)) return null;
        if (OwnStaff().Match(sentence) is not { Success: true } own || (own.Groups["staff"].Success && !IsStaffGroup(own.Groups["head"].Captures[^1].Value))) return null;
        var text = unit.Article.Text;
        var at = unit.Span.Start + own.Index;
        var work = own.Groups["lead"].Value == "where"
            ? WorkingAfter().Match(text, at + own.Length, unit.Span.End - at - own.Length) is { Success: true } working ? working.Groups["work"].Value : null
            : WorkBefore(text, unit.Span.Start, at);
        return new Worker(unit, own.Groups["staff"].Success ? own.Groups["staff"].Value : "in-house staff", InHouse: true, SubjectOf(unit), work);
    }

    private static string? SubjectOf(ClaimUnit unit) =>
        PassiveSubject().Match(unit.Text) is { Success: true } passive ? ClaimSplitter.FoldWord(passive.Groups["subject"].Value) : null;

    /// <summary>Each firm a unit names as the one at work.</summary>
    private static void FindFirms(ClaimUnit unit, Dictionary<string, EntityType> parties, List<Worker> workers)
    {
        var text = unit.Article.Text;
        string? subject = null;
        foreach (var term in unit.Terms)
        {
            if (term.Kind != ClaimTermKind.Name || !parties.TryGetValue(term.Key, out var type) || type == EntityType.Person) continue;
            if (workers.Any(w => w.Unit == unit && w.Party == term.Key)) continue;
            var start = Math.Max(unit.Span.Start, term.Span.Start - Reach);
            var before = FirmAtWorkBefore().Match(text, start, term.Span.Start - start);
            if (!before.Success) continue;
            string? work = null;
            if (before.Groups["lead"].Value == "by")
            {
                // "supplied by X", "carried out by X", "carried out at dawn by X"; not "fined by X" nor "a report by X".
                var verb = before.Groups["verb"].Value;
                if (verb.Length > 0 && (NotWork.Contains(verb) || (!Particles.Contains(verb) && !PlainParticiples.Contains(verb) && ScheduledEventDetector.LemmaOfPastForm(verb) is null))) continue;
                work = WorkBefore(text, unit.Span.Start, before.Index + before.Length);
            }
            else if (before.Groups["lead"].Value == "where")
            {
                // "where X was replacing …": the firm at work, not "where X is based".
                if (WorkingAfter().Match(text, term.Span.End, unit.Span.End - term.Span.End) is not { Success: true } working) continue;
                work = working.Groups["work"].Value;
            }
            workers.Add(new Worker(unit, term.Key, InHouse: false, subject ??= SubjectOf(unit), work));
        }
    }

    /// <summary>Whether the head of "X's own …" is a group of people: a listed group or a noun of people ("engineers", "officers").</summary>
    private static bool IsStaffGroup(string head)
    {
        var word = head.ToLowerInvariant();
        return StaffGroups.Contains(word) || word.EndsWith("ers", StringComparison.Ordinal) || word.EndsWith("ors", StringComparison.Ordinal)
            || word.EndsWith("ists", StringComparison.Ordinal) || word.EndsWith("ians", StringComparison.Ordinal) || word.EndsWith("men", StringComparison.Ordinal);
    }

    /// <summary>The last past-form verb in the few words before <paramref name="end"/>: the verb of the work ("carried" in "carried out at dawn by").</summary>
    private static string? WorkBefore(string text, int floor, int end)
    {
        var words = Tokenizer.Tokenize(text, TextSpan.FromBounds(Math.Max(floor, end - Reach), end)).Where(t => t.IsWord).ToList();
        for (var k = words.Count - 1; k >= 0 && k >= words.Count - 8; k--)
        {
            var folded = ClaimSplitter.FoldWord(words[k].Value);
            if (folded == "in-house") continue;
            if (ScheduledEventDetector.LemmaOfPastForm(folded) is { } lemma) return lemma;
        }
        return null;
    }
}
