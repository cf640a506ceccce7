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

    /// <summary>What stands right before a firm named as the one at work: "by ", "by a private contractor, ", "where contractor ", "workers from ".</summary>
    [GeneratedRegex(@"(?:(?:\b(?<verb>\p{L}+)\s+)?\b(?<lead>by)|\b(?<lead>where)|\b(?<people>\p{L}+)\s+(?<lead>from)|\bcontractor)\s+(?:(?:a|an|the)\s+)?(?:(?:private|outside|external|specialist)\s+)?(?:(?:contractor|subcontractor|firm|company|supplier)\s*,?\s+)?$",
        RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex FirmAtWorkBefore();

    /// <summary>After a party named after "where": the work it was doing, "was replacing", "were carrying".</summary>
    [GeneratedRegex(@"^\s+(?:was|were|is|are|had\s+been|has\s+been)\s+(?<work>\p{Ll}+ing)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WorkingAfter();

    /// <summary>After a party named as the subject: its verb in the past, "replaced", "had been replacing", "were checking".</summary>
    [GeneratedRegex(@"^\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?<work>\p{Ll}+ing)|(?<work>\p{Ll}+))\b", RegexOptions.CultureInvariant)]
    private static partial Regex VerbAfter();

    /// <summary>After a firm: the people of it at work, ", whose workers had been repairing".</summary>
    [GeneratedRegex(@"^\s*,\s+whose\s+(?<people>\p{Ll}+)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?<work>\p{Ll}+ing)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WhosePeopleWorking();

    /// <summary>After a firm: what it is, set off by commas, ", a company that monitors betting markets,".</summary>
    [GeneratedRegex(@"^\s*,\s+(?:a|an|the)\s+[^,.;:]{1,100}?,", RegexOptions.CultureInvariant)]
    private static partial Regex Apposition();

    /// <summary>The start of a clause a party may be the subject of: the unit's start, or a word that opens a clause.</summary>
    private const string ClauseOpener = @"(?:^|\b(?:after|when|because|before|since|until|and|but)\s+)";

    /// <summary>
    /// The organisation's own people as the subject of a clause, "after the league's own integrity unit noticed …", with
    /// the next three words (the head of who they are and the verb of the work are found among them).
    /// </summary>
    [GeneratedRegex(ClauseOpener + @"(?<staff>(?:the\s+)?(?:[\p{L}\p{M}-]+\s+){0,3}?(?:[\p{L}\p{M}-]+['’]s|its|their)\s+own)\s+(?<next>[\p{Ll}-]+)\s+(?<next>[\p{Ll}-]+)(?:\s+(?<next>[\p{Ll}-]+))?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OwnStaffAsSubject();

    /// <summary>What may stand before a party that is the subject of its clause: nothing, or a word that opens a clause.</summary>
    [GeneratedRegex(ClauseOpener + @"(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex ClauseOpenerBefore();

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
        // The outlets that tell the story film and interview; they are not the firm at work ("footage filmed by PNN").
        foreach (var unit in units)
        {
            if (unit.Article.Outlet is { Length: > 0 } outlet) parties.Remove(ClaimSplitter.EntityKey(outlet));
        }
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
                         where !firmArticles.Contains(s.Unit.ArticleIndex) && !IsOwner(f.Party, s.Party) && OneWork(f, s)
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

    /// <summary>
    /// Whether the firm is the organisation whose own staff the other side names: the head of "the X's own" is the last
    /// word of the firm's name ("the trust's own engineers" and "the Merrow Canal Trust"; not "Merrow Hydraulics").
    /// </summary>
    private static bool IsOwner(string firmKey, string ownStaff)
    {
        var at = ownStaff.IndexOf(" own ", StringComparison.Ordinal);
        if (at < 0) return false;
        var owner = ownStaff[..at].Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        if (owner.EndsWith("'s", StringComparison.Ordinal) || owner.EndsWith("\u2019s", StringComparison.Ordinal)) owner = owner[..^2];
        var firm = (ClaimSplitter.IsEntityKey(firmKey) ? firmKey[2..] : firmKey).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return firm.Length > 0 && firm[^1] == ClaimSplitter.FoldWord(owner);
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
        var text = unit.Article.Text;
        if (OwnStaff().Match(sentence) is { Success: true } own && (!own.Groups["staff"].Success || IsStaffGroup(own.Groups["head"].Captures[^1].Value)))
        {
            var at = unit.Span.Start + own.Index;
            var work = own.Groups["lead"].Value == "where"
                ? WorkingAfter().Match(text, at + own.Length, unit.Span.End - at - own.Length) is { Success: true } working ? working.Groups["work"].Value : null
                : WorkBefore(text, unit.Span.Start, at);
            return new Worker(unit, own.Groups["staff"].Success ? own.Groups["staff"].Value : "in-house staff", InHouse: true, SubjectOf(unit), work);
        }
        // "after the league's own integrity unit noticed unusual bets": the head is the first or second word after "own",
        // the verb of the work right after it.
        if (OwnStaffAsSubject().Match(sentence) is not { Success: true } subject) return null;
        var next = subject.Groups["next"].Captures;
        for (var head = 0; head < next.Count - 1 && head < 2; head++)
        {
            if (!IsStaffGroup(next[head].Value) || WorkVerb(next[head + 1].Value) is not { } verb) continue;
            var staff = sentence[subject.Groups["staff"].Index..(next[head].Index + next[head].Length)];
            return new Worker(unit, staff, InHouse: true, SubjectOf(unit), verb);
        }
        return null;
    }

    /// <summary>The lemma of a past-form verb that tells of work, not of saying or reporting ("noticed", not "said").</summary>
    private static string? WorkVerb(string word)
    {
        var folded = word.ToLowerInvariant();
        return IsReporting(folded) ? null : ScheduledEventDetector.LemmaOfPastForm(folded);
    }

    /// <summary>Whether a verb says, reports or posts rather than works ("said", "reported", "posted").</summary>
    private static bool IsReporting(string verb) =>
        ReportingVerbs.Speech.Contains(verb) || ReportingVerbs.Reported.Contains(verb) || ReportingVerbs.Reporting.Contains(verb);

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
            if (WorkOfFirm(text, unit.Span, start, term.Span) is not { } work) continue;
            workers.Add(new Worker(unit, term.Key, InHouse: false, subject ??= SubjectOf(unit), work.Length == 0 ? null : work));
        }
    }

    /// <summary>
    /// The verb of the work when the name at <paramref name="name"/> is a firm at work ("" when the unit gives none), or
    /// null: "carried out by X" (not "fined by X"), "where X was replacing", "workers from X had been replacing",
    /// "X, whose workers had been repairing", "X, a company that monitors betting markets, flagged".
    /// </summary>
    private static string? WorkOfFirm(string text, TextSpan unit, int start, TextSpan name)
    {
        var before = FirmAtWorkBefore().Match(text, start, name.Start - start);
        if (before.Success)
        {
            switch (before.Groups["lead"].Value)
            {
                case "by":
                    // "supplied by X", "carried out by X", "carried out at dawn by X"; not "fined by X" nor "a report by X".
                    var verb = before.Groups["verb"].Value;
                    // A capitalised word before "by" is a name or a day ("at dawn on Saturday by X"), unless it opens the
                    // sentence with a verb of saying ("Posted by X").
                    if (verb.Length > 0 && char.IsUpper(verb[0])) verb = IsReporting(verb.ToLowerInvariant()) ? verb.ToLowerInvariant() : "";
                    if (verb.Length > 0 && (NotWork.Contains(verb) || IsReporting(verb) || (!Particles.Contains(verb) && !PlainParticiples.Contains(verb) && ScheduledEventDetector.LemmaOfPastForm(verb) is null))) return null;
                    return WorkBefore(text, unit.Start, before.Index + before.Length) ?? "";
                case "where":
                    // "where X was replacing …": the firm at work, not "where X is based".
                    return WorkingAfter().Match(text, name.End, unit.End - name.End) is { Success: true } working ? working.Groups["work"].Value : null;
                case "from":
                    // "workers from X had been replacing …", not "a spokesman from X said".
                    return IsStaffGroup(before.Groups["people"].Value) && VerbAfter().Match(text, name.End, unit.End - name.End) is { Success: true } after
                        && WorkOf(after.Groups["work"].Value) is { } fromWork ? fromWork : null;
                default:
                    return "";
            }
        }
        if (WhosePeopleWorking().Match(text, name.End, unit.End - name.End) is { Success: true } whose && IsStaffGroup(whose.Groups["people"].Value)) return whose.Groups["work"].Value;
        // The firm as the subject of its clause, with what it is between commas: "X, a company that …, flagged bets".
        if (!ClauseOpenerBefore().Match(text, unit.Start, name.Start - unit.Start).Success) return null;
        var verbAt = Apposition().Match(text, name.End, unit.End - name.End) is { Success: true } apposition ? apposition.Index + apposition.Length : name.End;
        return VerbAfter().Match(text, verbAt, unit.End - verbAt) is { Success: true } subjectVerb && WorkOf(subjectVerb.Groups["work"].Value) is { } subjectWork ? subjectWork : null;
    }

    /// <summary>A progressive form ("replacing") as it stands, a past form of a verb of work as its lemma; null for anything else.</summary>
    private static string? WorkOf(string verb) =>
        NoWorkDone.Contains(verb) || (NotWork.Contains(verb) && !Detections.Contains(verb)) ? null
        : verb.EndsWith("ing", StringComparison.Ordinal) ? verb : WorkVerb(verb);

    /// <summary>Verbs of finding that are the work itself when the firm is their subject ("Oddvik flagged the bets").</summary>
    private static readonly FrozenSet<string> Detections = new[] { "flagged", "spotted", "detected", "found", "discovered", "uncovered", "noticed" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs after a party that tell of no work it did ("declined to comment", "refused", "went into administration").</summary>
    private static readonly FrozenSet<string> NoWorkDone = new[]
    {
        "declined", "refused", "denied", "failed", "admitted", "apologised", "apologized", "responded", "went", "came", "agreed", "won",
        "lost", "wanted", "hoped", "planned", "expected", "declining", "refusing", "denying", "failing",
    }.ToFrozenSet(StringComparer.Ordinal);

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
