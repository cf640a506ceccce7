using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Crosscheck.Analysis.Entities;
using Crosscheck.Text;

namespace Crosscheck.Comparison;

/// <summary>
/// Finds retellings that give one act to different unnamed people, described by what they are or do: "the alarm was
/// raised by a taxi driver" against "the alarm was raised at 3.10am by a baker"; "a farmer raised the alarm" against
/// "the group's minibus driver, who had waited below the cave, raised the alarm"; "a second fragment was found by a
/// dog walker" against "… was picked up by two schoolboys"; "the first to reach the basket were a farmer and his son"
/// against "two off-duty nurses … were the first to reach the basket". An act is a verb's sense and the head of what it
/// acts on ("raise:alarm", "find:second fragment"); a party is the head noun of a description of people
/// (<see cref="People"/>). As with named roles (<see cref="RoleConflictDetector"/>), no article may give the act to two
/// parties: an article that tells of a cyclist and a night keeper both raising the alarm tells of two people.
/// </summary>
internal static partial class DescribedPartyDetector
{
    /// <summary>Nouns that describe a person or a crew by what they are or do, in the singular.</summary>
    private static readonly FrozenSet<string> People = """
        passer-by bystander witness neighbour neighbor resident local villager walker jogger runner cyclist motorist driver
        rider biker hiker climber caver diver swimmer surfer kayaker canoeist sailor fisherman angler boatman farmer shepherd
        gardener baker butcher grocer shopkeeper cashier waiter waitress barman bartender chef cook cleaner caretaker janitor
        porter postman courier guard watchman keeper warden ranger lifeguard steward marshal nurse doctor paramedic medic
        surgeon firefighter fireman policeman policewoman officer constable soldier engineer technician mechanic electrician
        plumber builder labourer laborer worker employee inspector pilot passenger pedestrian tourist visitor spectator fan
        student pupil schoolboy schoolgirl teenager pensioner teacher volunteer crew crewman photographer journalist reporter
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Words for the same party, by the one it is compared as: plurals that do not end in "s", and other words for the
    /// same people ("a fireman" is one of the firefighters, "a crewman" one of the crew).
    /// </summary>
    private static readonly FrozenDictionary<string, string> SameParty = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["fishermen"] = "fisherman", ["boatmen"] = "boatman", ["watchmen"] = "watchman", ["postmen"] = "postman", ["barmen"] = "barman",
        ["passers-by"] = "passer-by", ["fireman"] = "firefighter", ["firemen"] = "firefighter", ["crewman"] = "crew", ["crewmen"] = "crew",
        ["policeman"] = "officer", ["policemen"] = "officer", ["policewoman"] = "officer", ["policewomen"] = "officer", ["constable"] = "officer",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Verbs of acts a described person does, by sense, as participles and past forms: "spotted" and "found" are one act.</summary>
    private static readonly FrozenDictionary<string, string> Acts = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["raised"] = "raised", ["found"] = "found", ["discovered"] = "found", ["spotted"] = "found", ["located"] = "found",
        ["noticed"] = "found", ["sighted"] = "found", ["picked"] = "found", ["closed"] = "closed", ["shut"] = "closed",
        ["rescued"] = "rescued", ["freed"] = "rescued", ["started"] = "started", ["lit"] = "started", ["reached"] = "reached",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words that may stand between the object and its verb's agent: particles and adverbs ("picked up", "first raised").</summary>
    private static readonly FrozenSet<string> Fillers = """
        up first already later eventually then also only finally quickly
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that open a description of people: articles, numbers, possessives.</summary>
    private static readonly FrozenSet<string> Openers = """
        a an the two three four five six seven eight nine ten several some his her their its our one
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Modifiers kept in the key of what was acted on: "a second fragment" is not the first one, "the north gate" not the south one.</summary>
    private static readonly FrozenSet<string> KeptModifiers = """
        first second third fourth fifth another other last final north south east west northern southern eastern western
        upper lower left right front rear back inner outer main side
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"a farmer raised the alarm", "a shift engineer closed an isolation valve": an act with its object.</summary>
    [GeneratedRegex(@"\b(?:(?<filler>first|already|later|eventually|then|also|finally|quickly)\s+)?(?<verb>raised|found|discovered|spotted|located|noticed|sighted|picked|closed|shut|rescued|freed|started|lit|reached)\s+(?:up\s+)?(?<object>(?:[\p{Ll}\d'’-]+\s+){0,3}[\p{Ll}'’-]+)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Active();

    /// <summary>"were the first to reach the basket" / "The first to reach the basket were".</summary>
    [GeneratedRegex(@"\b(?:were|was)\s+the\s+first\s+to\s+(?<verb>reach|arrive\s+at|find|spot)\s+(?<object>(?:[\p{Ll}'’-]+\s+){0,2}[\p{Ll}'’-]+)|\b[Tt]he\s+first\s+to\s+(?<verb2>reach|arrive\s+at|find|spot)\s+(?<object2>(?:[\p{Ll}'’-]+\s+){0,2}[\p{Ll}'’-]+)\s+(?:were|was)\s+(?<agent>[^.;:!?]{1,80})",
        RegexOptions.CultureInvariant)]
    private static partial Regex FirstTo();

    /// <summary>One unit giving an act to a described party.</summary>
    private sealed record Assignment(string Act, string About, string Party, ClaimUnit Unit);

    public static ImmutableArray<Conflict> Detect(IReadOnlyList<ClaimUnit> units, int maxConflicts)
    {
        if (maxConflicts <= 0) return [];
        var assignments = new List<Assignment>();
        foreach (var unit in units)
        {
            // "When a smaller shed burned in 2029, the alarm was raised by neighbours": an act of another year is another event's.
            if (NamesAnotherYear(unit)) continue;
            foreach (var found in AssignmentsIn(unit.Text)) assignments.Add(new Assignment(found.Act, found.About, found.Party, unit));
        }

        var conflicts = new List<(int First, Conflict Conflict)>();
        foreach (var act in assignments.GroupBy(a => a.Act, StringComparer.Ordinal))
        {
            var versions = ConflictVersions.ByParty(act.Select(a => (a.Party, a.Unit)));
            if (versions.IsEmpty) continue;
            conflicts.Add((act.Min(a => a.Unit.Index), new Conflict(act.First().About, versions)));
        }
        return conflicts.OrderBy(c => c.First).Take(maxConflicts).Select(c => c.Conflict).ToImmutableArray();
    }

    /// <summary>The acts a text gives to described parties: (act key, description of the act, party).</summary>
    internal static IEnumerable<(string Act, string About, string Party)> AssignmentsIn(string text)
    {
        foreach (var passive in Passives(text))
        {
            if (ObjectOfSubject(passive.Subject) is not { } acted || PartyOf(passive.Agent) is not { } party) continue;
            yield return Assigned(passive.Sense, acted, party);
        }
        foreach (Match match in Active().Matches(text))
        {
            var sense = Acts[match.Groups["verb"].Value];
            if (ObjectAfter(match.Groups["object"].Value) is not { } acted || PartyBefore(text, match.Index) is not { } party) continue;
            yield return Assigned(sense, acted, party);
        }
        foreach (Match match in FirstTo().Matches(text))
        {
            var second = match.Groups["verb2"].Success;
            var acted = ObjectAfter(match.Groups[second ? "object2" : "object"].Value);
            var party = second ? PartyOf(match.Groups["agent"].Value) : PartyBefore(text, match.Index);
            if (acted is null || party is null) continue;
            yield return ("first-to:" + acted.Value.Key, $"who was first to reach the {acted.Value.Shown}", party);
        }
    }

    /// <summary>Words between a passive verb and "by" at most ("raised at 3.10am by", "found on Tuesday morning in a field behind the church by").</summary>
    private const int PassiveReach = 12;

    /// <summary>
    /// The passive acts of a text: "The alarm was raised at 3.10am by a baker", "The alarm had already been raised by a
    /// cyclist", "was picked up on Tuesday by two schoolboys". The subject is the text before the auxiliary (from the last
    /// sentence mark), the agent the text after "by" (to the next sentence mark). Read word by word: one expression for
    /// all of it backtracked without end over long sentences.
    /// </summary>
    private static IEnumerable<(string Sense, string Subject, string Agent)> Passives(string text)
    {
        var words = WordMatches().Matches(text);
        for (var i = 0; i < words.Count; i++)
        {
            var aux = words[i].Value;
            var at = i + 1;
            if (aux is "had" or "has" or "have")
            {
                if (at < words.Count && Fillers.Contains(words[at].Value)) at++;
                if (at >= words.Count || words[at].Value != "been") continue;
                at++;
            }
            else if (aux is not ("was" or "were")) continue;
            if (at < words.Count && Fillers.Contains(words[at].Value)) at++;
            if (at >= words.Count || !Acts.TryGetValue(words[at].Value, out var sense)) continue;
            for (var by = at + 1; by < words.Count && by <= at + 1 + PassiveReach; by++)
            {
                if (words[by].Value != "by") continue;
                var from = words[by].Index + 2;
                var stop = text.IndexOfAny(SentenceMarks, from);
                var agent = text[from..(stop < 0 ? text.Length : stop)];
                var open = text.LastIndexOfAny(SentenceMarks, words[i].Index);
                yield return (sense, text[(open + 1)..words[i].Index], agent);
                break;
            }
        }
    }

    private static readonly char[] SentenceMarks = ['.', ';', ':', '!', '?'];

    /// <summary>Whether a unit names a year other than its article's.</summary>
    private static bool NamesAnotherYear(ClaimUnit unit)
    {
        foreach (Match year in Year().Matches(unit.Text))
        {
            if (unit.Article.Published is not { } published || int.Parse(year.Value, System.Globalization.CultureInfo.InvariantCulture) != published.Year) return true;
        }
        return false;
    }

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    /// <summary>Words with the apostrophes, hyphens and digits they hold ("group's", "off-duty", "3.10am" reads as "3", "10am").</summary>
    [GeneratedRegex(@"[\p{L}\p{M}\d'’-]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordMatches();

    private static (string Act, string About, string Party) Assigned(string sense, (string Key, string Shown) acted, string party) =>
        ($"{sense}:{acted.Key}", $"who {sense} the {acted.Shown}", party);

    /// <summary>
    /// What a passive sentence acts on: the head of its subject ("The alarm", "A second, smaller fragment", the last
    /// noun before an aside in commas: "A second fragment, of about 200 grams,"), with an ordinal or a side kept
    /// (<see cref="KeptModifiers"/>); null for a pronoun or a name.
    /// </summary>
    private static (string Key, string Shown)? ObjectOfSubject(string subject)
    {
        // "A second fragment, of about 200 grams, was": the aside between commas is not the subject.
        var words = Words(WithoutTrailingAside(subject));
        if (words.Count == 0) return null;
        var head = words[^1];
        if (!IsLowerWord(head) || Stopwords.IsStopword(head)) return null;
        var ordinal = words.Take(words.Count - 1).LastOrDefault(KeptModifiers.Contains);
        return Acted(ordinal, head);
    }

    /// <summary>What an active verb acts on: the last of up to four lower-case words after it, before a function word ("raised the alarm when" → "alarm").</summary>
    private static (string Key, string Shown)? ObjectAfter(string phrase)
    {
        var words = Words(phrase);
        // "rescued from flooded cave", "found them": no object (a headline's passive, a pronoun).
        if (words.Count == 0 || (Stopwords.IsStopword(words[0]) && !Openers.Contains(words[0]))) return null;
        var kept = new List<string>();
        foreach (var word in words)
        {
            if (kept.Count > 0 && (Stopwords.IsStopword(word) || word is "by" or "when" or "after" or "before" or "as")) break;
            // "found the six huddled under a bag": a participle after the object ends it.
            if (kept.Count > 0 && word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal)) break;
            kept.Add(word);
        }
        while (kept.Count > 0 && (Openers.Contains(kept[0]) || Stopwords.IsStopword(kept[0]))) kept.RemoveAt(0);
        if (kept.Count == 0) return null;
        var head = kept[^1];
        if (!IsLowerWord(head) || Stopwords.IsStopword(head) || (head.Length > 4 && head.EndsWith("ed", StringComparison.Ordinal))) return null;
        return Acted(kept.Take(kept.Count - 1).LastOrDefault(KeptModifiers.Contains), head);
    }

    private static (string Key, string Shown) Acted(string? ordinal, string head) =>
        ((ordinal is null ? "" : ordinal + " ") + LightStemmer.Stem(head), ordinal is null ? head : ordinal + " " + head);

    /// <summary>
    /// The party a description of people after "by" or "were" names: its head, the last word of the description found
    /// in <see cref="People"/> ("a taxi driver who" → "driver", "two schoolboys walking home" → "schoolboy",
    /// "a farmer and his son" → "farmer"); null when it names no such person.
    /// </summary>
    private static string? PartyOf(string phrase)
    {
        var words = Words(phrase);
        var at = 0;
        // "the group's minibus driver": an opener or a possessive, then up to three words.
        while (at < words.Count && at < 2 && IsOpener(words[at])) at++;
        string? party = null;
        for (var i = at; i < Math.Min(words.Count, at + 3); i++)
        {
            if (!IsLowerWord(words[i]) || (i > at && Stopwords.IsStopword(words[i]))) break;
            // "a fan heater": a people word before another noun names a thing.
            if (Person(words[i]) is { } person && !(i + 1 < words.Count && IsModified(words[i + 1]))) party = person;
            else if (party is not null) break;
        }
        return party;
    }

    /// <summary>
    /// The party described right before an active verb or "were the first": "says a farmer raised", "A postman on his
    /// round raised", "a farmer and his daughter … were the first" (the first person of the description), "The group's
    /// minibus driver, who had waited …, raised". The description opens with an article, a number or a possessive at most
    /// six words before the verb, or opens the text ("Firefighters closed the valve").
    /// </summary>
    private static string? PartyBefore(string text, int verbAt)
    {
        // An aside in commas between the description and its verb ("…driver, who had waited in a lay-by, raised").
        var before = WithoutTrailingAside(text[..verbAt]);
        // A description does not reach back over a comma: "After a jogger saw smoke, police closed the road".
        before = before[(before.LastIndexOfAny([',', ';']) + 1)..];
        var words = Words(before);
        var from = Math.Max(0, words.Count - DescriptionWords);
        for (var opener = words.Count - 1; opener >= from; opener--)
        {
            var opens = IsOpener(words[opener]);
            var bareStart = opener == 0 && words.Count <= 3 && char.IsUpper(words[0][0]);
            if (!opens && !bareStart) continue;
            var description = words.Skip(opens ? opener + 1 : opener).ToList();
            // A name inside is no description of people ("a visit by Marta Lind").
            if (description.Count == 0 || description.Skip(opens ? 0 : 1).Any(w => !IsLowerWord(w))) return null;
            if (HeadOf(description) is { } party) return party;
        }
        return null;
    }

    /// <summary>
    /// The party a description ending right before its verb names: its last word ("the group's minibus driver"), the
    /// first of two joined by "and" ("a farmer and his daughter"), or the word before a phrase of place ("a postman on his
    /// round"); null when it ends in no such word ("a jogger saw smoke").
    /// </summary>
    private static string? HeadOf(List<string> description)
    {
        var and = description.IndexOf("and");
        if (and > 0 && Person(description[and - 1]) is { } first) return first;
        if (Person(description[^1]) is { } last) return last;
        for (var p = 1; p < description.Count; p++)
        {
            if (description[p] is "on" or "in" or "at" or "from" or "near" or "with") return Person(description[p - 1]);
        }
        return null;
    }

    /// <summary>A text without the aside in commas it ends with ("A second fragment, of about 200 grams," → "A second fragment"), trimmed.</summary>
    private static string WithoutTrailingAside(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.EndsWith(',') && trimmed[..^1].LastIndexOf(',') is var open and > 0 ? trimmed[..open].TrimEnd() : trimmed;
    }

    /// <summary>Words a description before its verb spans at most ("a postman on his round", "a farmer and his daughter").</summary>
    private const int DescriptionWords = 6;

    /// <summary>The singular of a word that describes people, or null.</summary>
    private static string? Person(string word)
    {
        var lower = word.ToLowerInvariant();
        var singular = lower.Length > 3 && lower.EndsWith('s') && People.Contains(lower[..^1]) ? lower[..^1] : lower;
        if (SameParty.TryGetValue(singular, out var same)) return same;
        return People.Contains(singular) ? singular : null;
    }

    /// <summary>Whether a word after a people word makes that word a modifier: a lower-case noun, not a function word or a participle ("walking", "trapped").</summary>
    private static bool IsModified(string next) =>
        IsLowerWord(next) && !Stopwords.IsStopword(next) && !next.EndsWith("ing", StringComparison.Ordinal) && !next.EndsWith("ed", StringComparison.Ordinal) && next != "near";

    /// <summary>An article, a number or a possessive: what opens a description of people.</summary>
    private static bool IsOpener(string word) => Openers.Contains(word.ToLowerInvariant()) || EntityRecognizer.HasPossessive(word);

    private static bool IsLowerWord(string word) => word.Length > 0 && char.IsLower(word[0]);

    private static List<string> Words(string text) =>
        [.. text.Split((char[])[' ', ',', '\n', '\r', '\t', '(', ')', '"', '\u201C', '\u201D'], StringSplitOptions.RemoveEmptyEntries)];
}
