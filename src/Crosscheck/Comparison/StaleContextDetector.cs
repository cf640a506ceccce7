using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Crosscheck.Analysis;
using Crosscheck.Text;

namespace Crosscheck.Comparison;

/// <summary>
/// Finds stale context: a retelling that speaks of an event as possible or still to come ("the possible election of
/// X", "X's expected resignation", "X could be arrested") while other retellings of the story report it as done
/// ("X's victory", "X won", "X was arrested"). The event is one of a hand-written list of news event families
/// (<see cref="EventFamily"/>), and both sides must name the same participant (the same entity after resolution).
/// A side whose article also says the opposite is dropped: an article that tells both is recounting history.
/// </summary>
internal static partial class StaleContextDetector
{
    /// <summary>
    /// One kind of event, in the words that speak of it as pending and as done.
    /// </summary>
    /// <param name="Name">What the event is called in the conflict's description.</param>
    /// <param name="Nouns">Nouns that name the event after a hedge ("the possible election of X").</param>
    /// <param name="PendingVerbs">Verbs after a modal ("X could win", "X may be arrested"; "be " marks the passive).</param>
    /// <param name="DoneNouns">Nouns after a possessive that presuppose the event happened ("X's victory").</param>
    /// <param name="DoneVerbs">Verbs after the participant that report it done ("X won"; "be " marks the passive: "X was arrested").</param>
    private sealed record EventFamily(string Name, string[] Nouns, string[] PendingVerbs, string[] DoneNouns, string[] DoneVerbs);

    private static readonly EventFamily[] Families =
    [
        new("election", ["election", "reelection", "re-election", "victory", "win", "return"], ["win", "be elected", "be re-elected", "be reelected"], ["victory", "win", "reelection", "re-election", "triumph"], ["won", "be elected", "be re-elected", "be reelected"]),
        new("inauguration", ["inauguration", "swearing-in"], ["be inaugurated", "be sworn"], [], ["be inaugurated", "be sworn"]),
        new("resignation", ["resignation", "departure", "ouster", "dismissal", "sacking"], ["resign", "step", "quit", "be ousted", "be fired", "be dismissed", "be sacked"], [], ["resigned", "stepped", "quit", "be ousted", "be fired", "be dismissed", "be sacked"]),
        new("arrest", ["arrest", "detention", "extradition"], ["be arrested", "be detained", "be extradited"], [], ["be arrested", "be detained", "be extradited"]),
        new("release", ["release"], ["be released", "be freed"], [], ["be released", "be freed"]),
        new("agreement", ["deal", "agreement", "accord", "treaty", "ceasefire", "truce", "settlement"], ["sign", "agree", "reach", "seal"], [], ["signed", "agreed", "reached", "sealed"]),
        new("takeover", ["merger", "acquisition", "takeover", "purchase"], ["buy", "acquire", "merge", "be sold", "be acquired", "be bought"], [], ["bought", "acquired", "merged", "be sold", "be acquired", "be bought"]),
        new("appointment", ["appointment", "nomination"], ["be appointed", "be named", "be nominated"], [], ["be appointed", "be named", "be nominated"]),
        new("approval", ["approval", "ratification", "adoption"], ["approve", "ratify", "adopt", "be approved", "be ratified", "be adopted"], [], ["approved", "ratified", "adopted", "be approved", "be ratified", "be adopted"]),
        new("conviction", ["conviction", "indictment", "sentencing"], ["be convicted", "be indicted", "be sentenced"], [], ["be convicted", "be indicted", "be sentenced"]),
        new("death", ["death"], ["die"], [], ["died", "be killed"]),
    ];

    /// <summary>Adjectives that make an event pending or hypothetical.</summary>
    private static readonly FrozenSet<string> Hedges = new[]
    {
        "possible", "potential", "prospective", "likely", "probable", "expected", "anticipated", "upcoming", "forthcoming",
        "planned", "proposed", "looming", "impending", "imminent", "eventual", "hypothetical", "rumoured", "rumored", "feared",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs that put the event named after them, by the body named after "by", still ahead ("awaits ratification by X").</summary>
    private static readonly FrozenSet<string> Awaits = new[] { "await", "awaits", "awaiting", "awaited" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Modals that make what follows pending ("X could win").</summary>
    private static readonly FrozenSet<string> Modals = new[] { "could", "may", "might", "will", "would", "should" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that, shortly before a done form, make it conditional or still ahead ("ahead of X's victory").</summary>
    private static readonly FrozenSet<string> Blockers = new[] { "if", "unless", "whether", "ahead", "before", "until", "awaiting", "await", "pending", "prevent", "avoid" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PassiveAuxiliaries = new[] { "is", "are", "was", "were", "be", "been", "being" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PerfectAuxiliaries = new[] { "has", "have", "had" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Subject pronouns that stand for the person named last ("she would not resign").</summary>
    private static readonly FrozenSet<string> PersonPronouns = new[] { "he", "she" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs of refusal before "to": the event has not happened ("X refused to resign").</summary>
    private static readonly FrozenSet<string> Refusals = new[] { "refused", "refuses", "refusing", "declined", "declines", "declining", "resisted", "resists" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words of pressure before "to": the event is demanded, not done ("calls to resign", "pressure to quit", "could be forced to resign").</summary>
    private static readonly FrozenSet<string> Pressures = new[]
    {
        "calls", "call", "pressure", "demands", "demand", "urged", "urging", "forced", "asked", "pressed", "pressured", "pushed", "made",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words after the participant within which a refusal or pressure phrase still belongs to it.</summary>
    private const int PressureWindow = 5;

    /// <summary>Words before the done form within which a hedge, modal or blocker cancels it.</summary>
    private const int BlockWindow = 10;

    private sealed record Sighting(EventFamily Family, string Participant, ClaimUnit Unit, bool Done);

    public static ImmutableArray<Conflict> Detect(IReadOnlyList<ClaimUnit> units, StoryAnalysis analysis, int maxConflicts)
    {
        var persons = analysis.Entities.IsDefaultOrEmpty
            ? FrozenSet<string>.Empty
            : analysis.Entities.Where(e => e.Type == EntityType.Person).Select(e => ClaimSplitter.EntityKey(e.Name)).ToFrozenSet(StringComparer.Ordinal);
        var sightings = new List<Sighting>();
        var lastPerson = new Dictionary<int, string>();
        foreach (var unit in units.OrderBy(u => u.ArticleIndex).ThenBy(u => u.Span.Start))
        {
            var person = Find(unit, persons, lastPerson.GetValueOrDefault(unit.ArticleIndex), sightings);
            if (person is not null) lastPerson[unit.ArticleIndex] = person;
        }
        if (sightings.Count == 0) return [];

        var names = analysis.Entities.IsDefaultOrEmpty
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : analysis.Entities.GroupBy(e => ClaimSplitter.EntityKey(e.Name), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var conflicts = new List<(int First, Conflict Conflict)>();
        foreach (var slot in sightings.GroupBy(s => (s.Family.Name, s.Participant)).OrderBy(g => g.Min(s => s.Unit.Index)))
        {
            var pendingArticles = slot.Where(s => !s.Done).Select(s => s.Unit.ArticleIndex).ToHashSet();
            var doneArticles = slot.Where(s => s.Done).Select(s => s.Unit.ArticleIndex).ToHashSet();
            var both = pendingArticles.Intersect(doneArticles).ToHashSet();
            var pending = slot.Where(s => !s.Done && !both.Contains(s.Unit.ArticleIndex)).ToList();
            var done = slot.Where(s => s.Done && !both.Contains(s.Unit.ArticleIndex)).ToList();
            if (pending.Count == 0 || done.Count == 0) continue;
            var participant = names.GetValueOrDefault(slot.Key.Participant) ?? slot.Key.Participant;
            var about = $"whether {participant}'s {slot.Key.Name} has happened: pending in one retelling, done in another";
            conflicts.Add((slot.Min(s => s.Unit.Index), new Conflict(about, [Version(pending), Version(done)])));
        }
        return conflicts.OrderBy(c => c.First).Take(maxConflicts).Select(c => c.Conflict).ToImmutableArray();
    }

    private static ConflictVersion Version(List<Sighting> side) => ConflictVersions.Of(side.Select(s => s.Unit));

    /// <summary>
    /// The pending and done mentions of event families in one unit, with the named participant. "He" or "she" stands
    /// for the person named last before it in the article (<paramref name="previousPerson"/> from earlier units).
    /// Returns the person named last in the unit, or <paramref name="previousPerson"/> when it names none.
    /// </summary>
    private static string? Find(ClaimUnit unit, FrozenSet<string> persons, string? previousPerson, List<Sighting> sightings)
    {
        var names = unit.Terms.Where(t => t.Kind == ClaimTermKind.Name && ClaimSplitter.IsEntityKey(t.Key)).ToList();
        var text = unit.Article.Text;
        // A unit that names no one matters only for a "he" or "she" that stands for the person named before.
        if (names.Count == 0 && (previousPerson is null || !PersonPronoun().IsMatch(text.AsSpan(unit.Span.Start, unit.Span.Length)))) return previousPerson;
        var words = Tokenizer.Tokenize(text, unit.Span).Where(t => t.IsWord).ToList();
        var folded = words.Select(w => ClaimSplitter.FoldWord(w.Value).Replace('\u2019', '\'')).ToList();

        var person = previousPerson;
        string? NameEndingIn(int w)
        {
            var key = names.Where(n => n.Span.End > words[w].Span.Start && n.Span.End <= words[w].Span.End).Select(n => n.Key).FirstOrDefault();
            if (key is not null && persons.Contains(key)) person = key;
            return key ?? (PersonPronouns.Contains(folded[w]) ? person : null);
        }
        string? NameStartingAt(int w) => w < words.Count ? names.FirstOrDefault(n => n.Span.Start == words[w].Span.Start).Key : null;
        bool IsPossessive(int w) => folded[w].EndsWith("'s", StringComparison.Ordinal) || folded[w].EndsWith("s'", StringComparison.Ordinal);
        bool Blocked(int w)
        {
            for (var k = Math.Max(0, w - BlockWindow); k < w; k++)
            {
                if (Hedges.Contains(folded[k]) || Modals.Contains(folded[k]) || Blockers.Contains(folded[k])) return true;
            }
            return false;
        }

        for (var i = 0; i < words.Count; i++)
        {
            // What does not depend on the event family is worked out once per word.
            string? hedged = null;
            if (Hedges.Contains(folded[i]) && i + 1 < words.Count)
            {
                // "the possible election of X", "X's possible election".
                var of = i + 2 < words.Count && folded[i + 2] == "of" ? (i + 3 < words.Count && folded[i + 3] == "the" ? i + 4 : i + 3) : -1;
                hedged = (of >= 0 ? NameStartingAt(of) : null) ?? (i > 0 && IsPossessive(i - 1) ? NameEndingIn(i - 1) : null);
            }
            // Pending: "the swim awaits ratification by X", "awaiting approval from the X".
            if (Awaits.Contains(folded[i]) && i + 3 < words.Count && folded[i + 2] is "by" or "from" && NameStartingAt(folded[i + 3] == "the" ? i + 4 : i + 3) is { } actor)
            {
                foreach (var family in Families)
                {
                    if (family.Nouns.Contains(folded[i + 1])) sightings.Add(new Sighting(family, actor, unit, Done: false));
                }
            }
            var name = NameEndingIn(i);
            if (hedged is null && name is null) continue;
            var blocked = name is not null && Blocked(i);
            var possessive = IsPossessive(i);
            foreach (var family in Families)
            {
                if (hedged is not null && family.Nouns.Contains(folded[i + 1])) sightings.Add(new Sighting(family, hedged, unit, Done: false));
                if (name is null) continue;
                // Pending: "X could win", "X is expected to be arrested".
                if (i + 2 < words.Count && Modals.Contains(folded[i + 1]) && VerbPhraseAt(folded, i + 2, family.PendingVerbs, passiveAuxiliary: false))
                {
                    sightings.Add(new Sighting(family, name, unit, Done: false));
                }
                else if (i + 4 < words.Count && PassiveAuxiliaries.Contains(folded[i + 1]) && folded[i + 3] == "to" && Hedges.Contains(folded[i + 2]) && VerbPhraseAt(folded, i + 4, family.PendingVerbs, passiveAuxiliary: false))
                {
                    sightings.Add(new Sighting(family, name, unit, Done: false));
                }
                else if (i + 3 < words.Count && Modals.Contains(folded[i + 1]) && folded[i + 2] == "not" && VerbPhraseAt(folded, i + 3, family.PendingVerbs, passiveAuxiliary: false))
                {
                    // "X would not resign": refused at the time of writing, not done.
                    sightings.Add(new Sighting(family, name, unit, Done: false));
                }
                else if (RefusedOrPressedTo(folded, i + 1, family.PendingVerbs))
                {
                    sightings.Add(new Sighting(family, name, unit, Done: false));
                }
                if (blocked) continue;
                // Done: "X's victory", "X's election victory".
                if (possessive)
                {
                    for (var k = i + 1; k <= Math.Min(i + 2, words.Count - 1); k++)
                    {
                        if (Hedges.Contains(folded[k])) break;
                        if (family.DoneNouns.Contains(folded[k]))
                        {
                            sightings.Add(new Sighting(family, name, unit, Done: true));
                            break;
                        }
                    }
                }
                // Done: "X won", "X has resigned", "X was arrested".
                else if (i + 1 < words.Count && DoneVerbAt(folded, i + 1, family.DoneVerbs))
                {
                    sightings.Add(new Sighting(family, name, unit, Done: true));
                }
            }
        }
        return person;
    }

    /// <summary>"he" or "she" as a word, in any case.</summary>
    [GeneratedRegex(@"\b(?:s?he)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PersonPronoun();

    /// <summary>
    /// Whether, within a few words from <paramref name="at"/>, a refusal or a pressure phrase ends in "to" and one of the
    /// family's pending verbs: "refused to resign", "faces calls to resign", "is under pressure to step down".
    /// </summary>
    private static bool RefusedOrPressedTo(List<string> folded, int at, string[] verbs)
    {
        for (var k = at; k < Math.Min(at + PressureWindow, folded.Count - 2); k++)
        {
            if (folded[k + 1] == "to" && (Refusals.Contains(folded[k]) || Pressures.Contains(folded[k])) && VerbPhraseAt(folded, k + 2, verbs, passiveAuxiliary: false)) return true;
        }
        return false;
    }

    /// <summary>Whether a done form of the family starts at word <paramref name="at"/>: "won", "has won", "was arrested", "has been arrested".</summary>
    private static bool DoneVerbAt(List<string> folded, int at, string[] verbs)
    {
        if (at < folded.Count && PerfectAuxiliaries.Contains(folded[at])) at++;
        return VerbPhraseAt(folded, at, verbs, passiveAuxiliary: true);
    }

    /// <summary>
    /// Whether one of <paramref name="verbs"/> starts at word <paramref name="at"/>. A "be " verb is passive: after a
    /// modal it reads "be arrested"; reporting a fact it reads "was arrested" or "been arrested" (<paramref name="passiveAuxiliary"/>).
    /// </summary>
    private static bool VerbPhraseAt(List<string> folded, int at, string[] verbs, bool passiveAuxiliary)
    {
        if (at >= folded.Count) return false;
        foreach (var verb in verbs)
        {
            if (verb.StartsWith("be ", StringComparison.Ordinal))
            {
                var participle = verb[3..];
                var auxiliaryOk = passiveAuxiliary ? PassiveAuxiliaries.Contains(folded[at]) && folded[at] != "be" : folded[at] == "be";
                if (auxiliaryOk && at + 1 < folded.Count && folded[at + 1] == participle) return true;
            }
            else if (folded[at] == verb)
            {
                return true;
            }
        }
        return false;
    }
}
