using System.Collections.Frozen;
using System.Collections.Immutable;
using Crosscheck.Text;

namespace Crosscheck.Comparison;

/// <summary>
/// What a date dates in its clause: the verb nearest before it in a past form ("raided", "broke out", "was discovered",
/// "stolen"), the terms before that verb (who or what acted or was acted on: "the fire that", "a landslide", "the
/// permit, which the ministry") and its direct object (the terms after it up to the first preposition: "raided city
/// hall on …"). Two dates of different articles date one event when their verbs are one verb (or two verbs of one
/// sense, or two verbs of an event breaking out), they share a participant, and their direct objects, when both
/// have one, share a term: "the fire that broke out on Monday evening" and "the wildfire that has torn through the
/// hills since Tuesday afternoon"; not "rescuers found two bodies on Thursday" and "rescuers found a survivor on Friday".
/// </summary>
internal sealed class DatedEvent
{
    private DatedEvent(string verb, bool breaksOut, string? subject, HashSet<string> participants, HashSet<string> objects)
    {
        Verb = verb;
        BreaksOut = breaksOut;
        Subject = subject;
        Participants = participants;
        Objects = objects;
    }

    /// <summary>The verb's sense: its lemma, or the first lemma of its group of synonyms ("issued" → "grant").</summary>
    public string Verb { get; }

    /// <summary>Whether the verb tells an event breaking out or striking ("broke out", "struck", "swept"), or the date follows "since".</summary>
    public bool BreaksOut { get; }

    /// <summary>The term right before the verb (or before the relative pronoun that leads to it): what acted.</summary>
    public string? Subject { get; }

    /// <summary>"the fire broke out", "the break-in was discovered": the subject and its verb in the article's words; null without a subject.</summary>
    public string? Description { get; private init; }

    /// <summary>Term keys before the verb in the date's clause.</summary>
    public HashSet<string> Participants { get; }

    /// <summary>Term keys of the verb's direct object.</summary>
    public HashSet<string> Objects { get; }

    /// <summary>Words of the clause before the date looked at, at most.</summary>
    private const int MaxWords = 16;

    /// <summary>Words that end the date's clause looking back: a report's verb, a conjunction, or a relative "that".</summary>
    private static readonly FrozenSet<string> ClauseStarts = new[]
    {
        "said", "says", "told", "reported", "reports", "stated", "added", "announced", "according", "that", "when", "after", "before", "while", "because",
        "if", "unless",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Relative pronouns: they end the clause too, and a subject relative leads back to the word before it.</summary>
    private static readonly FrozenSet<string> Relatives = new[] { "that", "which", "who" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words after "that" that make it a subject relative ("the fire that broke out", "that has torn").</summary>
    private static readonly FrozenSet<string> Auxiliaries = new[] { "has", "have", "had", "was", "were", "is", "are", "been" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that end a direct object looking forward from the verb: prepositions and conjunctions.</summary>
    private static readonly FrozenSet<string> ObjectEnds = new[]
    {
        "on", "in", "at", "by", "from", "to", "into", "onto", "during", "since", "until", "after", "before", "near", "across", "through",
        "over", "under", "with", "without", "for", "of", "off", "out", "and", "as", "when", "while", "early", "late",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words of the time of day that stand by a date and name no participant ("late on Tuesday night").</summary>
    private static readonly FrozenSet<string> TimeOfDay = new[]
    {
        "early", "late", "night", "morning", "afternoon", "evening", "midnight", "noon", "dawn", "overnight", "hours", "a.m", "p.m", "am", "pm",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs that report speech, not an event; a date after them dates a statement.</summary>
    private static readonly FrozenSet<string> ReportingLemmas = new[] { "say", "tell", "report", "state", "add", "announc", "confirm", "claim", "quot" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs that tell an event breaking out or striking: any two date one event when they share its participant.</summary>
    private static readonly FrozenSet<string> BreakingOut = new[]
    {
        "break", "erupt", "strike", "hit", "sweep", "bury", "tear", "engulf", "occur", "happen", "ignit", "spark",
        "collaps", "destroy", "devastat", "rip", "flood", "crash",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs of one sense in news of an event, by the lemma that stands for the group.</summary>
    private static readonly FrozenDictionary<string, string> Senses = new (string Sense, string[] Lemmas)[]
    {
        ("grant", ["grant", "issu", "approv", "award", "authoris", "authoriz"]),
        ("steal", ["steal", "take", "snatch", "loot"]),
        ("discov", ["discov", "detect", "notic", "find", "spott"]),
        ("introduc", ["introduc", "pass", "adopt", "enact"]),
        ("raid", ["raid", "search"]),
        ("arrest", ["arrest", "detain"]),
        ("kill", ["kill", "die"]),
    }.SelectMany(g => g.Lemmas.Select(l => (l, g.Sense))).ToFrozenDictionary(p => p.l, p => p.Sense, StringComparer.Ordinal);

    /// <summary>The event <paramref name="date"/> dates in <paramref name="unit"/>, or null when no past-form verb comes before it in its clause.</summary>
    public static DatedEvent? Of(ClaimUnit unit, ClaimTerm date)
    {
        var text = unit.Article.Text;
        var words = Tokenizer.Tokenize(text, TextSpan.FromBounds(unit.Span.Start, date.Span.Start));
        var start = unit.Span.Start;
        var verbAt = -1;
        var verbEnd = -1;
        string? lemma = null;
        var counted = 0;
        var since = false;
        for (var i = words.Length - 1; i >= 0 && counted < MaxWords; i--)
        {
            var token = words[i];
            if (token.Kind == TokenKind.Punctuation)
            {
                if (token.Value is ";" or ":" or "\u2014" or "\u2013" or "(" or ")") { start = token.Span.End; break; }
                continue;
            }
            var folded = ClaimSplitter.FoldWord(token.Value);
            if (counted == 0 && folded == "since") since = true;
            counted++;
            // ", and temperatures on Tuesday reached 31C": a new clause after a comma.
            var afterComma = i > 0 && words[i - 1].Value == "," && folded is "and" or "but" or "or";
            if (ClauseStarts.Contains(folded) || Relatives.Contains(folded) || afterComma)
            {
                start = token.Span.End;
                // "the fire that broke out", "the Commission, which raided": the word before a relative pronoun is what acted.
                if (verbAt >= 0 && IsSubjectRelative(folded, words, i) && PreviousWord(words, i) is { } antecedent) start = antecedent;
                break;
            }
            if (verbAt < 0 && ScheduledEventDetector.LemmaOfPastForm(folded) is { } past)
            {
                verbAt = token.Span.Start;
                verbEnd = token.Span.End;
                lemma = Stem(past);
            }
            start = token.Span.Start;
        }
        if (lemma is null || ReportingLemmas.Contains(lemma)) return null;

        // The direct object runs from the verb to the first preposition or conjunction after it.
        var objectEnd = date.Span.Start;
        foreach (var token in words)
        {
            if (token.Span.Start < verbEnd || !token.IsWord || !ObjectEnds.Contains(ClaimSplitter.FoldWord(token.Value))) continue;
            objectEnd = token.Span.Start;
            break;
        }

        var participants = new HashSet<string>(StringComparer.Ordinal);
        var objects = new HashSet<string>(StringComparer.Ordinal);
        string? subject = null;
        var subjectSpan = default(TextSpan);
        foreach (var term in unit.Terms)
        {
            if (term.Span.Start < start || term.Span.Start >= date.Span.Start) continue;
            if (term.Span.Start == verbAt || !IsParticipant(term, text)) continue;
            if (term.Span.Start < verbAt)
            {
                participants.Add(term.Key);
                subject = term.Key;
                subjectSpan = term.Span;
            }
            else if (term.Span.Start < objectEnd)
            {
                objects.Add(term.Key);
            }
        }
        var sense = Senses.GetValueOrDefault(lemma, lemma);
        var description = subject is null ? null : Describe(text, subjectSpan, TextSpan.FromBounds(verbAt, verbEnd), words);
        return new DatedEvent(sense, since || BreakingOut.Contains(lemma), subject, participants, objects) { Description = description };
    }

    /// <summary>Whether this and <paramref name="other"/> (of another article) date one event.</summary>
    public bool SameAs(DatedEvent other)
    {
        // Two verbs of an event breaking out date one event when they tell it of one thing ("the fire broke out", "the wildfire has torn").
        if (Verb != other.Verb && !(BreaksOut && other.BreaksOut && Subject is not null && other.Subject is not null && SameThing(Subject, other.Subject))) return false;
        if (Objects.Count > 0 && other.Objects.Count > 0 && !Objects.Any(o => other.Objects.Any(p => SameThing(o, p)))) return false;
        var mine = Participants.Concat(Objects);
        var theirs = other.Participants.Concat(other.Objects).ToList();
        return mine.Any(t => theirs.Any(u => SameThing(t, u)));
    }

    /// <summary>
    /// One term, a compound and its head ("wildfire" and "fire", "e-bike" and "bike"), or a name and its head noun ("the
    /// Corrin Strait Bridge" and "the bridge").
    /// </summary>
    private static bool SameThing(string a, string b)
    {
        if (a == b) return true;
        if (a[0] is '#' or '@' || b[0] is '#' or '@') return false;
        if (ClaimSplitter.IsEntityKey(a) != ClaimSplitter.IsEntityKey(b))
        {
            var (name, word) = ClaimSplitter.IsEntityKey(a) ? (a, b) : (b, a);
            var head = name[(name.LastIndexOf(' ') + 1)..];
            return head.Length >= 4 && name.Contains(' ', StringComparison.Ordinal) && ParaphraseLexicon.Canonical(head) == word;
        }
        if (ClaimSplitter.IsEntityKey(a)) return false;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= 4 && longer.TrimEnd('e').EndsWith(shorter.TrimEnd('e'), StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether the relative pronoun at <paramref name="at"/> is the subject of what follows: "which" and "who" always lead
    /// back to what they stand for; "that" does when a verb follows it ("the fire that broke out"), not when a subject
    /// does ("told reporters that the break-in was discovered").
    /// </summary>
    private static bool IsSubjectRelative(string relative, ImmutableArray<Token> words, int at)
    {
        if (relative != "that") return true;
        for (var k = at + 1; k < words.Length; k++)
        {
            if (!words[k].IsWord) continue;
            var next = ClaimSplitter.FoldWord(words[k].Value);
            return Auxiliaries.Contains(next) || ScheduledEventDetector.LemmaOfPastForm(next) is not null;
        }
        return false;
    }

    /// <summary>
    /// The subject's words ("the" before them when the text has it), the verb's auxiliaries ("was", "has") and the verb
    /// with its particle ("broke out"): "the landslide struck", "the break-in was discovered".
    /// </summary>
    private static string Describe(string text, TextSpan subject, TextSpan verb, ImmutableArray<Token> words)
    {
        var parts = new List<string>();
        var before = words.LastOrDefault(w => w.IsWord && w.Span.End <= subject.Start);
        if (before.Value is { } article && ClaimSplitter.FoldWord(article) is "the" or "a" or "an") parts.Add("the");
        parts.Add(subject.Slice(text).ToString());
        var auxiliaries = words.Where(w => w.IsWord && w.Span.Start > subject.Start && w.Span.End <= verb.Start).Reverse()
            .TakeWhile(w => Auxiliaries.Contains(ClaimSplitter.FoldWord(w.Value))).Reverse().Select(w => w.Value);
        parts.AddRange(auxiliaries);
        parts.Add(verb.Slice(text).ToString());
        var next = words.FirstOrDefault(w => w.IsWord && w.Span.Start > verb.Start);
        if (next.Value is { } particle && ClaimSplitter.FoldWord(particle) is "out" or "off" or "up" or "down") parts.Add(particle);
        return string.Join(' ', parts);
    }

    /// <summary>Where the word before <paramref name="at"/> starts, across a comma; null at the start.</summary>
    private static int? PreviousWord(ImmutableArray<Token> words, int at)
    {
        for (var k = at - 1; k >= 0; k--)
        {
            if (words[k].IsWord) return words[k].Span.Start;
        }
        return null;
    }

    private static bool IsParticipant(ClaimTerm term, string text) =>
        term.Kind is ClaimTermKind.Word or ClaimTermKind.Name && !ParaphraseLexicon.IsLight(term.Key)
        && !TimeOfDay.Contains(ClaimSplitter.FoldWord(term.Span.Slice(text).ToString()));

    /// <summary>The stems the lists above are written in: of a sense, of breaking out, of reporting, in that order.</summary>
    private static readonly string[] KnownStems = [.. Senses.Keys, .. BreakingOut, .. ReportingLemmas];

    /// <summary>A lemma cut to the stem its other forms share ("discover" and "discovered" → "discov", "take" → "take").</summary>
    private static string Stem(string lemma) => Array.Find(KnownStems, stem => lemma.StartsWith(stem, StringComparison.Ordinal)) ?? lemma;
}
