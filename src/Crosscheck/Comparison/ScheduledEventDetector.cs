using System.Collections.Frozen;
using System.Collections.Immutable;
using Crosscheck.Analysis;
using Crosscheck.Analysis.Entities;
using Crosscheck.Text;

namespace Crosscheck.Comparison;

/// <summary>
/// Finds stale context told through a schedule: one retelling says something is due, expected or set to happen
/// ("the board is due to ratify the decision on Thursday", "the ship is expected to be towed to Kettleby", "work
/// will begin next week") while another reports the same verb done ("the board formally ratified the decision",
/// "tugs towed it into Kettleby", "work began on Wednesday"; "lodged an appeal" for "expected to appeal"), or leaves a
/// state open that another reports ended ("two remain at large" against "were recaptured"). Unlike <see cref="StaleContextDetector"/> it needs no
/// list of event kinds and no named participant: the two sentences must share the verb and at least
/// <see cref="SharedWordsNeeded"/> content words besides it. An article that tells both is recounting, and is left out.
/// </summary>
internal static class ScheduledEventDetector
{
    /// <summary>
    /// Words that, followed by "to", put the next verb in the future or leave it undecided: "due to", "expected to", "set to",
    /// "whether to", "has yet to", "hoping to", "preparing to".
    /// </summary>
    private static readonly FrozenSet<string> ScheduleMarkers = new[]
    {
        "due", "expected", "set", "scheduled", "slated", "poised", "planned", "planning", "plans", "plan", "intends", "intend", "intended", "whether",
        "yet", "hoping", "hopes", "aims", "aiming", "preparing", "prepares",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether "yet to" leaves what follows undone: after "has", "have", "had", "is", "are", "was", "were" or "remains"
    /// ("had yet to appoint"), not after a superlative ("the largest ship yet to dock").
    /// </summary>
    private static bool PendingYet(List<string> folded, int yet) =>
        yet > 0 && folded[yet - 1] is "has" or "have" or "had" or "is" or "are" or "was" or "were" or "remains" or "remain";

    /// <summary>Modals of a plain future ("work will begin"); "would" and "could" are left out, as they also report hypotheses.</summary>
    private static readonly FrozenSet<string> FutureModals = new[] { "will", "shall" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words shortly before a past form that keep it from reporting the event done ("was not towed", "to be towed").</summary>
    private static readonly FrozenSet<string> DoneBlockers = new[]
    {
        "to", "will", "would", "could", "may", "might", "should", "shall", "must", "can", "not", "never", "no", "if", "unless", "whether",
        "awaiting", "pending", "until",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words right before a past form that make it an adjective ("the ratified treaty").</summary>
    private static readonly FrozenSet<string> Determiners = new[] { "the", "a", "an", "its", "their", "his", "her" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs too general to name an event ("is due to be", "expected to say").</summary>
    private static readonly FrozenSet<string> GeneralVerbs = new[]
    {
        "be", "have", "do", "get", "make", "say", "tell", "report", "expect", "plan", "schedule", "set", "hope", "intend", "need", "want",
        "try", "seem", "continue", "remain", "take", "give", "come", "go", "see", "use", "include",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Adverb particles that make a phrasal verb of their own ("walk out" is not "walk away").</summary>
    private static readonly FrozenSet<string> Particles = new[] { "out", "off", "up", "down", "away", "back", "over" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs that report an act done through a noun of the same name ("lodged an appeal", "made an offer", "filed a complaint").</summary>
    private static readonly FrozenSet<string> LightVerbs = new[]
    {
        "lodge", "file", "launch", "submit", "make", "issue", "mount", "table", "enter",
    }.Select(Key).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Irregular past forms and participles of verbs common in news, by their base form.</summary>
    private static readonly FrozenDictionary<string, string> IrregularForms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["began"] = "begin", ["begun"] = "begin", ["went"] = "go", ["gone"] = "go", ["took"] = "take", ["taken"] = "take",
        ["gave"] = "give", ["given"] = "give", ["made"] = "make", ["held"] = "hold", ["met"] = "meet", ["left"] = "leave",
        ["sold"] = "sell", ["bought"] = "buy", ["won"] = "win", ["lost"] = "lose", ["broke"] = "break", ["broken"] = "break",
        ["brought"] = "bring", ["came"] = "come", ["found"] = "find", ["paid"] = "pay", ["rose"] = "rise", ["risen"] = "rise",
        ["fell"] = "fall", ["fallen"] = "fall", ["sank"] = "sink", ["sunk"] = "sink", ["struck"] = "strike", ["spoke"] = "speak",
        ["spoken"] = "speak", ["chose"] = "choose", ["chosen"] = "choose", ["flew"] = "fly", ["flown"] = "fly", ["froze"] = "freeze",
        ["frozen"] = "freeze", ["sought"] = "seek", ["sent"] = "send", ["spent"] = "spend", ["stood"] = "stand", ["stole"] = "steal",
        ["stolen"] = "steal", ["swore"] = "swear", ["sworn"] = "swear", ["threw"] = "throw", ["thrown"] = "throw", ["withdrew"] = "withdraw",
        ["withdrawn"] = "withdraw", ["wrote"] = "write", ["written"] = "write", ["ran"] = "run", ["drew"] = "draw", ["drawn"] = "draw",
        ["drove"] = "drive", ["driven"] = "drive", ["built"] = "build", ["rebuilt"] = "rebuild", ["caught"] = "catch", ["led"] = "lead",
        ["shot"] = "shoot", ["sat"] = "sit", ["hung"] = "hang", ["laid"] = "lay", ["underwent"] = "undergo", ["undergone"] = "undergo",
        ["forbade"] = "forbid", ["forbidden"] = "forbid", ["overturned"] = "overturn", ["shut"] = "shut", ["cut"] = "cut",
        ["upheld"] = "uphold", ["fought"] = "fight", ["swept"] = "sweep", ["tore"] = "tear", ["torn"] = "tear", ["fled"] = "flee", ["burnt"] = "burn", ["taught"] = "teach", ["told"] = "tell", ["said"] = "say",
        ["kept"] = "keep", ["hidden"] = "hide", ["dug"] = "dig", ["bitten"] = "bite", ["stung"] = "sting", ["hurt"] = "hurt",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Content words two sentences must share, the verb aside, to speak of one event.</summary>
    private const int SharedWordsNeeded = 2;

    /// <summary>Words after a past form's subject within which a blocker cancels it.</summary>
    private const int BlockWindow = 4;

    /// <summary>Words of the scheduled phrase kept in the conflict's description after its verb.</summary>
    private const int PhraseWordsAfterVerb = 3;

    /// <summary>
    /// A verb or event noun seen pending or done; <paramref name="Particle"/> is the adverb that makes a phrasal verb of it
    /// ("out"), or empty; <paramref name="OpenState"/> marks a state the event would end ("still at large" for "recaptured").
    /// </summary>
    private sealed record Sighting(string Lemma, ClaimUnit Unit, bool Done, string Phrase, string Particle = "", string[]? Object = null, bool OpenState = false)
    {
        /// <summary>Words of <see cref="Object"/> another sighting's object must share: two for a decision left open on a thing of two words or more.</summary>
        public int ObjectWordsNeeded { get; init; } = 1;

        /// <summary>A decision left open ("will decide whether …"), whose <see cref="Object"/> is what is to be decided.</summary>
        public bool OpenDecision { get; init; }

        /// <summary>A pending sentence that names nothing but its acts ("No arrests have been made."): it needs no other word in common.</summary>
        public bool Bare { get; init; }

        /// <summary>Words one of which the done sentence must print: what results awaited are results of ("laboratory", "tests").</summary>
        public string[]? DoneMustName { get; init; }

        /// <summary>The head word of what an open state holds for ("viaduct" in "the Ashby viaduct remains closed"), or of what was done to end it.</summary>
        public string? Subject { get; init; }

        /// <summary>
        /// Whether the two tell of one event: the same phrasal verb, or a plain verb on one side ("walk out" and "walked
        /// out"; "towed off the reef" and "towed the ferry off the reef"), never two particles ("walk out", "walked away");
        /// a decision weighed or left open and a decision taken on things that share a word, or two when both are told in
        /// two words or more ("emergency support" and "an emergency credit line"; "whether to stop the Kingfisher violin"
        /// and "an export bar on the Kingfisher violin"; "whether the ferry can sail" and "suspended the ferry"); an open state and its end told of one thing ("the road
        /// remains closed", "the road reopened"; not "the road under the viaduct").
        /// </summary>
        public bool Meets(Sighting other) =>
            (Particle == other.Particle || Particle.Length == 0 || other.Particle.Length == 0)
            && (Object is null || other.Object is null
                || Object.Intersect(other.Object, StringComparer.Ordinal).Count() >= Math.Min(Math.Max(ObjectWordsNeeded, other.ObjectWordsNeeded), Math.Max(1, Math.Min(Object.Length, other.Object.Length))))
            && (Subject is null || other.Subject is null || Subject == other.Subject);
    }

    public static ImmutableArray<Conflict> Detect(IReadOnlyList<ClaimUnit> units, int maxConflicts)
    {
        if (maxConflicts <= 0) return [];
        var sightings = new List<Sighting>();
        foreach (var unit in units) Find(unit, sightings);
        var pendingLemmas = sightings.Where(s => !s.Done).Select(s => s.Lemma).ToHashSet(StringComparer.Ordinal);
        if (pendingLemmas.Count == 0) return [];

        var conflicts = new List<(int First, Conflict Conflict)>();
        var usedUnits = new HashSet<int>();
        // A unit goes to one slot only: the slots whose retellings share the most words claim their units first
        // ("expected to announce an inquiry" meets "ordered an independent inquiry" of the same minister before an
        // unrelated "announced").
        var slots = sightings.Where(s => pendingLemmas.Contains(s.Lemma)).GroupBy(s => s.Lemma, StringComparer.Ordinal).Select(Sides)
            .Where(s => s.Pending.Count > 0 && s.Done.Count > 0).ToList();
        // An event noun both sides name is itself a word they share ("an inquiry").
        foreach (var (key, pending, done) in slots.OrderByDescending(s => s.Pending.Max(p => s.Done.Max(d => SharedContent(p.Unit, d.Unit, s.Key))) + (IsNounKey(s.Key) ? 1 : 0))
            .ThenBy(s => s.Pending.Concat(s.Done).Min(x => x.Unit.Index)))
        {
            foreach (var p in pending)
            {
                if (usedUnits.Contains(p.Unit.Index)) continue;
                var matching = done.Where(d => !usedUnits.Contains(d.Unit.Index) && d.Meets(p) && Answers(p, d) && SharedContent(p.Unit, d.Unit, key) >= WordsNeeded(p, d)).ToList();
                if (matching.Count == 0) continue;
                var pendingSide = pending.Where(o => o.Unit == p.Unit || SharedContent(o.Unit, matching[0].Unit, key) >= SharedWordsNeeded).ToList();
                foreach (var s in pendingSide.Concat(matching)) usedUnits.Add(s.Unit.Index);
                var about = p.OpenState ? $"whether \u201C{p.Phrase}\u201D still holds: open in one retelling, ended in another"
                    : p.OpenDecision ? $"whether \u201C{p.Phrase}\u201D has been decided: open in one retelling, decided in another"
                    : $"whether \u201C{p.Phrase}\u201D has happened: pending in one retelling, done in another";
                conflicts.Add((Math.Min(p.Unit.Index, matching.Min(d => d.Unit.Index)), new Conflict(about, [Version(pendingSide), Version(matching)])));
            }
        }
        return [.. conflicts.OrderBy(c => c.First).Take(maxConflicts).Select(c => c.Conflict)];
    }

    /// <summary>Whether a slot is an event noun's ("n:inquiry") rather than a verb's.</summary>
    private static bool IsNounKey(string key) => key.StartsWith("n:", StringComparison.Ordinal);

    /// <summary>
    /// A slot's pending and done sightings, leaving out each article that tells both of one event (it is recounting). A
    /// decision stands for many, so an article recounts one only when its two sentences share words as a pair across
    /// articles must ("will decide whether to cancel the race" is not recounted by "the lorry struck a power line").
    /// </summary>
    private static (string Key, List<Sighting> Pending, List<Sighting> Done) Sides(IGrouping<string, Sighting> slot)
    {
        bool Recounted(Sighting s) => slot.Any(o => o.Done != s.Done && o.Unit.ArticleIndex == s.Unit.ArticleIndex && o.Meets(s)
            && (slot.Key != DecisionKey || SharedContent(o.Unit, s.Unit, slot.Key) >= SharedWordsNeeded));
        return (slot.Key, slot.Where(s => !s.Done && !Recounted(s)).ToList(), slot.Where(s => s.Done && !Recounted(s)).ToList());
    }

    /// <summary>
    /// The content words a pending sentence must share with a done one: <see cref="SharedWordsNeeded"/>, or as many as it
    /// has besides the event when it has fewer. "No arrests have been made." names nothing but the arrests; it speaks of
    /// the story's own.
    /// </summary>
    private static int WordsNeeded(Sighting pending, Sighting done)
    {
        if (!pending.Bare) return SharedWordsNeeded;
        var stem = VerbStem(pending.Lemma);
        var own = pending.Unit.Keys.Count(k => k[0] is not ('#' or '@') && !ParaphraseLexicon.IsLight(k) && !k.StartsWith(stem, StringComparison.Ordinal));
        return Math.Min(SharedWordsNeeded, own);
    }

    /// <summary>
    /// Whether a done sighting can answer a pending one beyond sharing words: results awaited are answered by a sentence
    /// that names what they are results of (a test, the laboratory); acts that a bare sentence says were not made yet, by
    /// the verb itself ("arrested", not "made a complaint") in a sentence that names no year (an arrest in 2029 is
    /// another matter).
    /// </summary>
    private static bool Answers(Sighting pending, Sighting done)
    {
        if (pending.DoneMustName is { } evidence)
        {
            var words = Tokenizer.Tokenize(done.Unit.Article.Text, done.Unit.Span).Where(t => t.IsWord).Select(t => ClaimSplitter.FoldWord(t.Value));
            if (!words.Any(evidence.Contains)) return false;
        }
        return !pending.Bare || (!done.Phrase.Contains(' ', StringComparison.Ordinal) && !ConflictDetector.HoldsYear(done.Unit));
    }

    /// <summary>Content words two units share, leaving out the forms of the verb both speak of.</summary>
    private static int SharedContent(ClaimUnit a, ClaimUnit b, string key)
    {
        var stem = VerbStem(key);
        return a.SharedContentWithNameHeads(b, k => k.StartsWith(stem, StringComparison.Ordinal));
    }

    /// <summary>The first four letters of a slot's verb, by which its forms are left out of the words two units share ("n:inquiry" gives "inqu").</summary>
    private static string VerbStem(string key)
    {
        var verb = IsNounKey(key) ? key[2..] : key;
        return verb.Length > 4 ? verb[..4] : verb;
    }

    private static ConflictVersion Version(List<Sighting> side) => ConflictVersions.Of(side.Select(s => s.Unit));

    /// <summary>The scheduled ("due to ratify", "will begin", "expected to be towed") and done ("ratified", "began", "was towed") verbs of a unit.</summary>
    private static void Find(ClaimUnit unit, List<Sighting> sightings)
    {
        var text = unit.Article.Text;
        var words = Tokenizer.Tokenize(text, unit.Span).Where(t => t.IsWord).ToList();
        var folded = words.Select(w => ClaimSplitter.FoldWord(w.Value)).ToList();
        for (var i = 0; i < folded.Count; i++)
        {
            // Scheduled: "due to ratify", "expected to be towed", "will begin", "will be demolished".
            var verbAt = -1;
            if (ScheduleMarkers.Contains(folded[i]) && i + 2 < folded.Count && folded[i + 1] == "to" && (folded[i] != "yet" || PendingYet(folded, i))) verbAt = i + 2;
            else if (FutureModals.Contains(folded[i]) && i + 1 < folded.Count) verbAt = i + 1;
            // "the tower could still collapse": a possibility still open, not a hypothesis (nor "could still smell smoke").
            else if (OpenModals.Contains(folded[i]) && i + 2 < folded.Count && folded[i + 1] == "still" && !PerceptionVerbs.Contains(folded[i + 2])) verbAt = i + 2;
            if (verbAt >= 0)
            {
                var passive = folded[verbAt] == "be" && verbAt + 1 < folded.Count;
                var verb = passive ? folded[verbAt + 1] : folded[verbAt];
                var lemma = passive ? LemmaOfPastForm(verb) : Lemma(verb);
                // "expected to announce an inquiry": the inquiry is an event too.
                var phraseStart = folded[i] == "whether" ? verbAt : i;
                if (NounVerbs.Contains(Key(folded[verbAt])) && EventNounAfter(folded, verbAt) is { } noun)
                {
                    sightings.Add(new Sighting(noun.Key, unit, Done: false, text[words[phraseStart].Span.Start..words[noun.At].Span.End]));
                }
                // "expected to decide whether to stop the violin", "the flights are expected to go ahead": a decision still to be
                // taken on what follows "whether" (or "on"), or on what is to go ahead.
                if (!passive && (verb is "decide" or "rule" || (verb == "go" && verbAt + 1 < folded.Count && folded[verbAt + 1] == "ahead"))
                    && (verb == "go" ? SubjectBefore(folded, i) : DecidedAfter(folded, verbAt)) is { Length: > 0 } topic)
                {
                    sightings.Add(OpenDecisionSighting(unit, DecisionPhrase(text, words, folded, phraseStart, verbAt), topic));
                }
                if (lemma is not null && !GeneralVerbs.Contains(lemma))
                {
                    var verbEnd = passive ? verbAt + 1 : verbAt;
                    var particle = ParticleAfter(folded, verbEnd);
                    var end = Math.Min(folded.Count - 1, verbEnd + PhraseWordsAfterVerb);
                    while (end > verbEnd + (particle.Length > 0 ? 1 : 0) && Stopwords.IsStopword(folded[end])) end--;
                    // "expected to walk out", but "open a criminal investigation" for "whether to open a criminal investigation".
                    var phrase = text[words[phraseStart].Span.Start..words[end].Span.End];
                    sightings.Add(new Sighting(Key(lemma), unit, Done: false, phrase, particle));
                }
                continue;
            }
            // "will meet on Friday to decide whether …", "has not said whether …": a decision still to be taken.
            if (OpenDecisionAt(folded, i) is { } openFrom && DecidedAfter(folded, i) is { Length: > 0 } decidedThing)
            {
                sightings.Add(OpenDecisionSighting(unit, DecisionPhrase(text, words, folded, openFrom, i), decidedThing));
                continue;
            }
            // "No arrests have been made", "no charges were brought": the acts the noun names, still to come.
            if (NoneYetAt(folded, i) is { } none)
            {
                sightings.Add(new Sighting(Key(none.Verb), unit, Done: false, text[words[i].Span.Start..words[none.End].Span.End]) { Bare = true });
                continue;
            }
            // "awaiting laboratory results", "results are awaited": what the results would confirm.
            if (AwaitedResultsAt(folded, i) is { } awaited)
            {
                var evidence = folded.Skip(awaited.Start).Take(awaited.End - awaited.Start + 1).Where(w => !Stopwords.IsStopword(w) && !AwaitWords.Contains(w)).Concat(TestWords).ToArray();
                sightings.Add(new Sighting(ConfirmKey, unit, Done: false, text[words[awaited.Start].Span.Start..words[awaited.End].Span.End]) { DoneMustName = evidence });
                continue;
            }
            // "two remain at large": a state that the event it awaits would end ("were recaptured").
            if (StatePhraseAt(folded, i) is { } state)
            {
                var phrase = text[words[i - 1].Span.Start..words[i + state.Phrase.Length - 1].Span.End];
                // A closure is of the thing it is told of ("the Ashby viaduct remains closed"); people at large are the story's.
                var subject = state.OfAThing ? SubjectHead(words, folded, i - 1) : null;
                foreach (var ending in state.EndedBy) sightings.Add(new Sighting(ending, unit, Done: false, phrase, OpenState: true) { Subject = subject });
                // A state told by a past form ("has been closed", "remains closed") is also that act done.
                if (LemmaOfPastForm(folded[i]) is null) continue;
            }
            // "considering an evacuation of the village": an event still weighed.
            if (NounScheduleMarkers.Contains(folded[i]) && EventNounAfter(folded, i, asVerb: true) is { } weighed)
            {
                sightings.Add(new Sighting(weighed.Key, unit, Done: false, text[words[i].Span.Start..words[weighed.At].Span.End]));
                continue;
            }
            // "was weighing emergency support for the lender": a decision still to be taken on what is weighed (not
            // "Considering the damage, …", nor "weighing whether").
            if (NounScheduleMarkers.Contains(folded[i]) && AfterDecisionAuxiliary(folded, i) && ObjectAfter(folded, i) is { Length: > 0 } weighedThing)
            {
                var end = Math.Min(folded.Count - 1, i + PhraseWordsAfterVerb);
                while (end > i + 1 && Stopwords.IsStopword(folded[end])) end--;
                sightings.Add(new Sighting(DecisionKey, unit, Done: false, text[words[i].Span.Start..words[end].Span.End], Object: weighedThing));
                continue;
            }
            // Done: a past form ("ratified", "began", "was towed", "has been towed") with no blocker just before it.
            if (LemmaOfPastForm(folded[i]) is not { } doneLemma || i == 0) continue;
            var blocked = Determiners.Contains(folded[i - 1]);
            // A marker blocks only as a schedule, with its "to": "a gale, yet a lifeboat crew towed it" reports the tow done.
            for (var k = Math.Max(0, i - BlockWindow); k < i; k++) blocked |= DoneBlockers.Contains(folded[k]) || (ScheduleMarkers.Contains(folded[k]) && k + 1 < i && folded[k + 1] == "to");
            if (blocked) continue;
            if (!GeneralVerbs.Contains(doneLemma))
            {
                sightings.Add(new Sighting(Key(doneLemma), unit, Done: true, words[i].Value, ParticleAfter(folded, i)) { Subject = Reopenings.Contains(Key(doneLemma)) ? ReopenedThing(words, folded, i) : null });
            }
            // "approved an emergency credit line", "imposed an export bar on the violin": a decision taken, on its object and
            // on what the object is laid on.
            if (DecisionVerbs.Contains(Key(doneLemma)) && DecisionTargetAfter(folded, i) is { Length: > 0 } decided) sightings.Add(new Sighting(DecisionKey, unit, Done: true, words[i].Value, Object: decided));
            // "ordered an independent inquiry": the inquiry is done too.
            if (NounVerbs.Contains(Key(doneLemma)) && EventNounAfter(folded, i) is { } brought)
            {
                sightings.Add(new Sighting(brought.Key, unit, Done: true, text[words[i].Span.Start..words[brought.At].Span.End]));
            }
            // "lodged an appeal" is "appealed", "made an offer" is "offered": the act is the noun's verb.
            if (LightVerbs.Contains(Key(doneLemma)) && i + 2 < folded.Count && folded[i + 1] is "a" or "an" && Lemma(folded[i + 2]) is { } act)
            {
                sightings.Add(new Sighting(Key(act), unit, Done: true, text[words[i].Span.Start..words[i + 2].Span.End]));
            }
        }
    }

    /// <summary>
    /// A state told in a fixed phrase ("at large"), the keys of the verbs that end it, and whether it is told of a thing
    /// that its ending must be told of too (a closed road; people at large are the story's own).
    /// </summary>
    private sealed record StatePhrase(string[] Phrase, string[] EndedBy, bool OfAThing = false);

    /// <summary>Verbs that end a fugitive's state: "recaptured", "captured", "arrested" ("caught" is also caught on camera, or offside).</summary>
    private static readonly string[] Captures = [.. new[] { "recapture", "capture", "arrest" }.Select(Key)];

    /// <summary>Verbs that end a closure: "reopened", "was opened again".</summary>
    private static readonly string[] Reopenings = [Key("reopen")];

    /// <summary>States a retelling may leave open that another reports ended: people at large or on the run until caught, a closure until reopened.</summary>
    private static readonly StatePhrase[] StatePhrases =
        [new(["at", "large"], Captures), new(["on", "the", "run"], Captures), new(["closed"], Reopenings, OfAThing: true), new(["shut"], Reopenings, OfAThing: true)];

    /// <summary>
    /// Words right before an open state's phrase that say it holds now: "still at large", "remain on the run", "are at
    /// large", "has been on the run"; not "was on the run for six years", which is over.
    /// </summary>
    private static readonly FrozenSet<string> StateHolders = new[] { "still", "remain", "remains", "remaining", "is", "are", "been", "stays", "stay" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "no" and a plural noun of acts ("arrests", "charges") at <paramref name="i"/>, told as not yet made: "have been made",
    /// "were brought", "has been reported". The verb the noun names and where the phrase ends, or null.
    /// </summary>
    private static (string Verb, int End)? NoneYetAt(List<string> folded, int i)
    {
        if (folded[i] != "no" || i + 3 >= folded.Count) return null;
        var noun = folded[i + 1];
        if (noun.Length < 5 || noun[^1] != 's' || noun.EndsWith("ss", StringComparison.Ordinal) || !noun.All(char.IsLetter)) return null;
        var k = i + 2;
        if (folded[k] is "yet") k++;
        if (k < folded.Count && folded[k] is "have" or "has" or "had") k++;
        if (k < folded.Count && folded[k] is "yet") k++;
        if (k >= folded.Count || folded[k] is not ("been" or "were" or "was")) return null;
        k++;
        if (k >= folded.Count || LemmaOfPastForm(folded[k]) is not { } done || !ActsMadeBy.Contains(done)) return null;
        return (noun[..^1], k);
    }

    /// <summary>Verbs that make the acts a noun names ("arrests have been made", "charges were brought", "complaints were filed").</summary>
    private static readonly FrozenSet<string> ActsMadeBy = new[] { "make", "bring", "file", "lodge", "issue", "report", "carry" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words of awaiting results: what a results phrase is told in, besides what the results are of.</summary>
    private static readonly FrozenSet<string> AwaitWords = new[] { "awaiting", "await", "awaits", "awaited", "results", "result", "still" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The slot of results still awaited, which a confirmation reports in.</summary>
    private static readonly string ConfirmKey = Key("confirm");

    /// <summary>
    /// Results awaited at <paramref name="i"/>: "awaiting (test, laboratory) results" or "results are (still) awaited";
    /// where the phrase starts and ends, or null.
    /// </summary>
    private static (int Start, int End)? AwaitedResultsAt(List<string> folded, int i)
    {
        if (folded[i] is not ("awaited" or "results") && AwaitWords.Contains(folded[i]))
        {
            for (var k = i + 1; k < Math.Min(folded.Count, i + 4); k++)
            {
                if (folded[k] is "results" or "result") return (i, k);
            }
            return null;
        }
        if (folded[i] is "results" && i + 2 < folded.Count && folded[i + 1] is "are" or "were")
        {
            var k = folded[i + 2] == "still" ? i + 3 : i + 2;
            if (k < folded.Count && folded[k] == "awaited") return (i, k);
        }
        return null;
    }

    /// <summary>
    /// The open state whose phrase starts at <paramref name="i"/> after a word that says it holds, and ends its clause
    /// ("on the run of their lives" is none), or null.
    /// </summary>
    private static StatePhrase? StatePhraseAt(List<string> folded, int i)
    {
        if (i == 0 || !StateHolders.Contains(folded[i - 1])) return null;
        foreach (var state in StatePhrases)
        {
            var end = i + state.Phrase.Length;
            if (end > folded.Count || (end < folded.Count && folded[end] == "of")) continue;
            var matches = true;
            for (var k = 0; k < state.Phrase.Length && matches; k++) matches = folded[i + k] == state.Phrase[k];
            if (matches) return state;
        }
        return null;
    }

    /// <summary>"out" when the verb at <paramref name="verbAt"/> is followed by a particle ("walked out"), otherwise empty.</summary>
    private static string ParticleAfter(List<string> folded, int verbAt) =>
        verbAt + 1 < folded.Count && Particles.Contains(folded[verbAt + 1]) ? folded[verbAt + 1] : "";

    /// <summary>
    /// The event noun that a verb at <paramref name="verbAt"/> acts on, after at most a determiner and two describing words
    /// ("an independent inquiry", "a snap vote"), with where it stands. Its key is the noun's own; with
    /// <paramref name="asVerb"/>, a noun made from a verb with "-tion" takes the verb's key ("considering an evacuation"
    /// meets "were evacuated"), which a noun that a verb brings about does not ("to begin construction" is not met by "a
    /// bridge constructed in 1962"). Null when none follows.
    /// </summary>
    private static (string Key, int At)? EventNounAfter(List<string> folded, int verbAt, bool asVerb = false)
    {
        var at = verbAt + 1;
        if (at < folded.Count && Particles.Contains(folded[at])) at++;
        if (at < folded.Count && Determiners.Contains(folded[at])) at++;
        for (var k = at; k < folded.Count && k <= at + 2; k++)
        {
            var word = folded[k];
            if (word.Length > 7 && word.EndsWith("tion", StringComparison.Ordinal) && word.All(char.IsLetter)) return (asVerb ? Key(word[..^3]) : "n:" + word, k);
            if (EventNouns.Contains(word)) return ("n:" + word, k);
            if (Stopwords.IsStopword(word)) return null;
        }
        return null;
    }

    /// <summary>Nouns of events news reports as planned or done, besides those made from a verb with "-tion".</summary>
    private static readonly FrozenSet<string> EventNouns = new[]
    {
        "inquiry", "probe", "review", "vote", "strike", "ban", "deal", "audit", "recall", "ballot", "trial", "raid", "hearing",
        "referendum", "walkout", "lockdown", "curfew", "closure", "shutdown", "merger", "takeover", "ceasefire", "settlement", "refund",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs that bring about the event their noun names ("announce an inquiry", "ordered an independent inquiry", "held a vote").</summary>
    private static readonly FrozenSet<string> NounVerbs = new[] { "announce", "order", "hold", "open", "call", "stage", "conduct", "begin", "start" }
        .Select(Key).Concat(LightVerbs).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Modals that, followed by "still", leave an event open ("could still collapse", "may still be found").</summary>
    private static readonly FrozenSet<string> OpenModals = new[] { "could", "may", "might" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs of perceiving or of a lasting state, which "could still" leaves no event open for ("could still smell smoke").</summary>
    private static readonly FrozenSet<string> PerceptionVerbs = new[] { "smell", "see", "hear", "feel", "taste", "sense", "remember", "recall", "remain" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The content words of the thing a verb at <paramref name="verbAt"/> acts on, up to the first small word after them
    /// ("an emergency credit line for …" gives emergency, credit, line); empty when a small word or "whether" comes first.
    /// </summary>
    private static string[] ObjectAfter(List<string> folded, int verbAt)
    {
        var at = verbAt + 1;
        if (at < folded.Count && Determiners.Contains(folded[at])) at++;
        var thing = new List<string>();
        for (var k = at; k < folded.Count && k < at + 4 && !Stopwords.IsStopword(folded[k]) && folded[k] is not ("whether" or "how"); k++) thing.Add(folded[k]);
        return [.. thing];
    }

    /// <summary>
    /// Whether the verb of weighing at <paramref name="i"/> follows a form of "be" (or "still"), right before it or with one
    /// adverb between: "was weighing", "is still considering", "to be considering", "was currently weighing".
    /// </summary>
    private static bool AfterDecisionAuxiliary(List<string> folded, int i) =>
        (i > 0 && IsDecisionAuxiliary(folded[i - 1]))
        || (i > 1 && IsDecisionAuxiliary(folded[i - 2]) && (folded[i - 1].EndsWith("ly", StringComparison.Ordinal) || folded[i - 1] is "now" or "also" or "still" or "already"));

    private static bool IsDecisionAuxiliary(string word) => word is "is" or "are" or "was" or "were" or "been" or "be" or "still";

    /// <summary>The slot of a decision weighed in one retelling ("weighing emergency support") and taken in another.</summary>
    private const string DecisionKey = "n:decision";

    /// <summary>
    /// Verbs that report a decision taken on what was weighed or left open: "approved", "granted", "rejected", and the
    /// decisions that stop or bar something ("cancelled the paper", "suspended work", "imposed an export bar", "struck the
    /// times", "grounded its aircraft"). "cancell" is "cancelled" read as a regular past form, its "l" doubled.
    /// </summary>
    private static readonly FrozenSet<string> DecisionVerbs = new[]
    {
        "approve", "grant", "reject", "adopt", "authorise", "authorize", "agree",
        "cancel", "cancell", "halt", "suspend", "ground", "impose", "strike", "scrap", "postpone", "ban",
    }.Select(Key).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Where a decision left open starts when one is at <paramref name="i"/>: "to decide whether" (or "on", "if", "how")
    /// after any verb ("will meet on Friday to decide whether"), from "to"; "not said whether" or "not decided whether",
    /// from "not". Null otherwise. A decision after a schedule ("expected to decide") is read with the schedule.
    /// </summary>
    private static int? OpenDecisionAt(List<string> folded, int i)
    {
        if (i + 1 >= folded.Count || folded[i + 1] is not ("whether" or "if" or "on" or "how")) return null;
        if (folded[i] == "decide" && i > 1 && folded[i - 1] == "to" && !ScheduleMarkers.Contains(folded[i - 2])) return i - 1;
        if (folded[i] is "said" or "decided" && i > 0 && folded[i - 1] == "not" && folded[i + 1] == "whether") return i - 1;
        if (folded[i] is "said" or "decided" && i > 1 && folded[i - 1] == "yet" && folded[i - 2] == "not" && folded[i + 1] == "whether") return i - 2;
        return null;
    }

    /// <summary>A decision left open on <paramref name="topic"/>: met by a decision taken on two of its words, or its one word.</summary>
    private static Sighting OpenDecisionSighting(ClaimUnit unit, string phrase, string[] topic) =>
        new(DecisionKey, unit, Done: false, phrase, Object: topic) { OpenDecision = true, ObjectWordsNeeded = Math.Min(2, topic.Length) };

    /// <summary>
    /// What a decision at <paramref name="verbAt"/> ("decide", "said") is to settle: the content words after the "whether",
    /// "if" or "how" within a few words of it ("will decide on Monday whether to stop the Kingfisher violin" gives stop,
    /// kingfisher, violin…), or after "on" ("will rule on the appeal"). A "whether" not followed by "to" must lead to a
    /// modal, as a decision still to be taken does ("has not said whether the fleet will fly"; not "whether he saw the
    /// signs", a fact untold). Empty when nothing is left to decide.
    /// </summary>
    private static string[] DecidedAfter(List<string> folded, int verbAt)
    {
        var opener = OpenerAfter(folded, verbAt, static w => w is "whether" or "if" or "how");
        var start = opener < 0 ? -1 : opener + 1;
        // "whether or not to suspend the ferry".
        if (start > 0 && start + 1 < folded.Count && folded[start] == "or" && folded[start + 1] == "not") start += 2;
        if (start < 0)
        {
            if (verbAt + 1 >= folded.Count || folded[verbAt + 1] != "on") return [];
            start = verbAt + 2;
        }
        else if (start < folded.Count && folded[start] == "to")
        {
            start++;
        }
        else if (!folded.Skip(start).Take(DecidedWords).Any(w => Modals.Contains(w)))
        {
            return [];
        }
        return [.. folded.Skip(start).Take(DecidedWords).Where(IsTopicWord).Select(EntityRecognizer.StripPossessive)];
    }

    /// <summary>
    /// What is to go ahead, from the words before the schedule marker at <paramref name="marker"/>: "Monday's flights were
    /// expected to go ahead" gives "flights" (a day names no thing). Up to the first small word or verb of saying.
    /// </summary>
    private static string[] SubjectBefore(List<string> folded, int marker)
    {
        var k = marker - 1;
        while (k >= 0 && Auxiliaries.Contains(folded[k])) k--;
        var subject = new List<string>();
        for (; k >= 0 && subject.Count < DecidedWords && !Stopwords.IsStopword(folded[k]) && !SayingVerbs.Contains(folded[k]); k--)
        {
            if (IsTopicWord(folded[k])) subject.Add(EntityRecognizer.StripPossessive(folded[k]));
        }
        return [.. subject];
    }

    /// <summary>
    /// The head word of the subject of a verb or state holder at <paramref name="at"/>: the word right before it (and any
    /// auxiliary), or, when that word ends a phrase after a preposition, the word before the preposition ("the road under
    /// the Ashby viaduct reopened" gives "road"; "while crews clear the oak from the road, Kessel Lane stays shut", "lane";
    /// "the Mayor of Kessel said Quarry Lane remains closed", "lane"). Null when a small word stands there.
    /// </summary>
    private static string? SubjectHead(List<Token> words, List<string> folded, int at)
    {
        var k = at - 1;
        while (k >= 0 && Auxiliaries.Contains(folded[k])) k--;
        if (k < 0 || Stopwords.IsStopword(folded[k])) return null;
        // Back over the phrase the word ends (names, "the", "and") to a preposition, if one opens it ("between Kalvstad and Vinterby").
        var p = k - 1;
        while (p >= 0 && p >= k - 5 && (Determiners.Contains(folded[p]) || folded[p] == "and" || words[p].IsCapitalized) && !Prepositions.Contains(folded[p])) p--;
        if (p > 0 && Prepositions.Contains(folded[p]) && !Stopwords.IsStopword(folded[p - 1])) k = p - 1;
        return EntityRecognizer.StripPossessive(folded[k]);
    }

    /// <summary>What a reopening at <paramref name="verbAt"/> reopened: its object when it has one ("crews reopened Kessel Lane"), else its subject.</summary>
    private static string? ReopenedThing(List<Token> words, List<string> folded, int verbAt) =>
        ObjectAfter(folded, verbAt) is { Length: > 0 } thing && !Prepositions.Contains(folded[verbAt + 1]) ? EntityRecognizer.StripPossessive(thing[^1]) : SubjectHead(words, folded, verbAt);

    /// <summary>
    /// What a decision verb at <paramref name="verbAt"/> was taken on: its object, and what the object is laid on, for or of
    /// ("imposed a temporary export bar on the Kingfisher violin" gives temporary, export, bar, kingfisher, violin;
    /// "postponed the opening of the footbridge", opening and footbridge), days aside.
    /// </summary>
    private static string[] DecisionTargetAfter(List<string> folded, int verbAt)
    {
        var thing = ObjectAfter(folded, verbAt);
        if (thing.Length == 0) return thing;
        var end = verbAt + 1 + (verbAt + 1 < folded.Count && Determiners.Contains(folded[verbAt + 1]) ? 1 : 0) + thing.Length;
        // "agreed the pier had been neglected": the words after the verb open a clause, and tell no thing decided.
        if (end < folded.Count && ClauseVerbs.Contains(folded[end])) return [];
        string[] target = end < folded.Count && folded[end] is "on" or "to" or "for" or "against" or "over" or "of" ? [.. thing, .. ObjectAfter(folded, end)] : thing;
        return [.. target.Where(IsTopicWord).Select(EntityRecognizer.StripPossessive)];
    }

    /// <summary>Whether a word can tell what a decision is on: no small word, modal, general verb or day.</summary>
    private static bool IsTopicWord(string word) =>
        !Stopwords.IsStopword(word) && !Modals.Contains(word) && !GeneralVerbs.Contains(word) && word != "ahead" && !DayWords.Contains(EntityRecognizer.StripPossessive(word));

    /// <summary>Auxiliaries and modals that, right after a verb's apparent object, show it to be the subject of a clause.</summary>
    private static readonly FrozenSet<string> ClauseVerbs = new[] { "had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "should", "might", "must" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words read for what a decision is on.</summary>
    private const int DecidedWords = 6;

    /// <summary>Words after "decide" within which its "whether" is looked for ("will decide on Monday whether").</summary>
    private const int WhetherReach = 5;

    /// <summary>Where the first word that <paramref name="opens"/> what is decided stands within <see cref="WhetherReach"/> words after <paramref name="verbAt"/>, or -1.</summary>
    private static int OpenerAfter(List<string> folded, int verbAt, Func<string, bool> opens)
    {
        for (var k = verbAt + 1; k < Math.Min(folded.Count, verbAt + WhetherReach); k++)
        {
            if (opens(folded[k])) return k;
        }
        return -1;
    }

    private static readonly FrozenSet<string> Modals = new[] { "will", "would", "can", "could", "should", "may", "might", "shall", "must" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Auxiliaries = new[] { "is", "are", "was", "were", "be", "been", "has", "have", "had", "still", "remains", "remain", "stays", "stay" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> SayingVerbs = new[] { "said", "says", "told", "tells", "added", "announced", "reported" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Prepositions = new[] { "under", "over", "of", "in", "on", "at", "near", "beside", "by", "from", "to", "into", "across", "along", "behind", "below", "above", "between", "outside", "inside", "through", "past" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Days and times that date a decision rather than tell what it is on.</summary>
    private static readonly FrozenSet<string> DayWords = new[]
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow", "tonight", "morning", "evening", "afternoon", "night", "week", "weekend",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that tell results are those of a test: what a confirmation must print to report them in.</summary>
    private static readonly string[] TestWords = ["test", "tests", "testing", "result", "results", "laboratory", "lab", "analysis", "sample", "samples"];

    /// <summary>
    /// The words of a decision left open, from <paramref name="from"/> to a few words after <paramref name="verbAt"/> or after
    /// the "whether" that follows it, small words trimmed at the end.
    /// </summary>
    private static string DecisionPhrase(string text, List<Token> words, List<string> folded, int from, int verbAt)
    {
        // "will decide on Monday whether to stop the violin": what is decided is told after "whether".
        var whether = OpenerAfter(folded, verbAt, static w => w == "whether");
        if (whether >= 0) verbAt = whether + (whether + 1 < folded.Count && folded[whether + 1] == "to" ? 1 : 0);
        var end = Math.Min(folded.Count - 1, verbAt + PhraseWordsAfterVerb);
        while (end > verbAt && Stopwords.IsStopword(folded[end])) end--;
        return text[words[from].Span.Start..words[end].Span.End];
    }

    /// <summary>Words before an event noun that leave it still to be decided: "considering an evacuation", "weighing a ban".</summary>
    private static readonly FrozenSet<string> NounScheduleMarkers = new[] { "considering", "weighing", "mulling", "preparing", "discussing" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The base form of a plain verb: itself when it looks like one.</summary>
    private static string? Lemma(string word) => word.Length >= 3 && word.All(char.IsLetter) ? word : null;

    /// <summary>The base form behind a past form or participle ("ratified" → "ratify", "towed" → "tow", "began" → "begin"), or null.</summary>
    internal static string? LemmaOfPastForm(string word)
    {
        if (IrregularForms.TryGetValue(word, out var irregular)) return irregular;
        if (word.Length < 5 || !word.EndsWith("ed", StringComparison.Ordinal) || !word.All(char.IsLetter)) return null;
        if (word.EndsWith("ied", StringComparison.Ordinal)) return word[..^3] + "y";
        // "agreed" → "agree", "freed" → "free": the verb's own "ee" (not "need", "proceed", which are no past forms).
        if (word.EndsWith("eed", StringComparison.Ordinal) && !PresentInEed.Contains(word)) return word[..^1];
        var stem = word[..^2];
        // "stopped" → "stop".
        if (stem.Length >= 3 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'e')) stem = stem[..^1];
        return stem;
    }

    /// <summary>Words in "-eed" that are no past form.</summary>
    private static readonly FrozenSet<string> PresentInEed = new[] { "exceed", "proceed", "succeed", "breed", "bleed", "speed", "creed", "greed", "steed", "tweed" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>One key for all forms of a verb: a final "e" is dropped, so "close" and "closed" (read "clos") meet.</summary>
    private static string Key(string lemma) => lemma.Length > 3 && lemma[^1] == 'e' ? lemma[..^1] : lemma;
}
