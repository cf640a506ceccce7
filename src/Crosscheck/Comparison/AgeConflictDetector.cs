using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Crosscheck.Analysis;
using Crosscheck.Text;

namespace Crosscheck.Comparison;

/// <summary>
/// Finds retellings that give one person two ages: "the 27-year-old" against "Karnik, aged 28". An age is read where
/// news prints it ("a 27-year-old", "27 years old", "aged 28", "age 28", "Karnik, 27,") and belongs to the person it
/// stands by: the name right before it (", aged 28", ", a 27-year-old runner", ", 27,"), the name right after it
/// ("27-year-old Ysolde Karnik", with only describing nouns between, or a clause about the person before the name in
/// apposition: "the 29-year-old researcher who found it, Jonas Albescu", or who named them: "a 52-year-old national named by
/// police as Tomas Ferrand"), or, for a sentence that opens "The 27-year-old"
/// and goes on with what she did, the person named last before it (not "the 45-year-old was arrested").
/// An article that gives one person two ages (a birthday in the story) takes no side.
/// </summary>
internal static partial class AgeConflictDetector
{
    [GeneratedRegex(@"\b(?<old>\d{1,3}|[a-z]+(?:-[a-z]+)?)[-\s]years?[-\s]old\b|\baged\s+(?<n>\d{1,3})\b|\bage\s+(?:of\s+)?(?<n>\d{1,3})\b|(?<=\p{L},\s)(?<n>\d{1,3})(?=,)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex AgePattern();

    /// <summary>What may stand between a name and its age after it: ", " (", aged 28", ", 27,"), ", a ", " is ".</summary>
    [GeneratedRegex(@"^(?:\s*,\s*(?:(?:a|an|the|now)\s+)?|\s+(?:is|was|,)\s+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NameThenAge();

    /// <summary>
    /// What may stand between an age and the name it qualifies: a few lower-case words ("27-year-old runner Ysolde Karnik"),
    /// a capitalised one only before another ("a 52-year-old Orlanian national").
    /// </summary>
    [GeneratedRegex(@"^\s+(?:(?:\p{Lu}\p{Ll}+\s+)?\p{Ll}[\p{Ll}-]*\s+){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex AgeThenName();

    /// <summary>A clause about the person, then the name in apposition: "who found it, " in "the 29-year-old researcher who found it, Jonas Albescu".</summary>
    [GeneratedRegex(@"(?<=\s)who\s+[^,.;:]{1,60},\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeThenName();

    /// <summary>Who named the person, then the name: "named by police as " in "a 52-year-old national named by police as Tomas Ferrand".</summary>
    [GeneratedRegex(@"(?<=\s)(?:named|identified)\s+(?:(?:by|in)\s+[^,.;:]{1,40}?\s+|locally\s+)?as\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex NamedAs();

    /// <summary>
    /// Whether the words between an age and a name are nouns that describe the person ("runner", "former sprinter"),
    /// not a verb and what follows it ("a man aged 45 was arrested after Odile Vanterpool …").
    /// </summary>
    private static bool DescribesName(ReadOnlySpan<char> between)
    {
        // "The 29-year-old researcher who found it, Jonas Albescu,": the describing nouns, a clause about the person, the name.
        if (RelativeThenName().Match(between.ToString()) is { Success: true } relative) between = between[..relative.Index];
        else if (NamedAs().Match(between.ToString()) is { Success: true } named) between = between[..named.Index];
        else if (between.Length > 40) return false;
        if (!AgeThenName().IsMatch(between)) return false;
        foreach (var word in between.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Text.Stopwords.IsStopword(word) || word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal)) return false;
        }
        return true;
    }

    /// <summary>Verbs after "the 45-year-old was …" that tell of a suspect or a victim, whom a report seldom names first.</summary>
    private static readonly FrozenSet<string> SuspectVerbs = new[]
    {
        "arrested", "charged", "detained", "held", "remanded", "questioned", "convicted", "sentenced", "jailed", "injured", "killed", "found",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words after "the N-year-old" that make it stand for someone already named: a verb, or the person's occupation.</summary>
    private static readonly FrozenSet<string> AnaphoraFollowers = new[]
    {
        "said", "says", "told", "has", "had", "was", "is", "will", "would", "who", "added", "insisted", "denied", "admitted",
    }.ToFrozenSet(StringComparer.Ordinal);

    private sealed record Age(Entity Person, int Years, ClaimUnit Unit);

    /// <summary>An age given to no named person ("a 17-year-old student", "the bride's grandmother, aged 84"), with its unit and the sex its sentence tells.</summary>
    private sealed record DescribedAge(int Years, ClaimUnit Unit, bool Female, bool Male);

    /// <summary>Two ages of an unnamed person further apart than this are two people.</summary>
    private const int MaxDescribedGap = 5;

    /// <summary>Content words two sentences must share, the ages aside, to describe one unnamed person.</summary>
    private const int DescribedSharedWords = 2;

    /// <summary>Words that tell a person's sex: two sentences that differ in it describe two people.</summary>
    private static readonly FrozenSet<string> FemaleWords = new[]
    {
        "she", "her", "woman", "women", "girl", "schoolgirl", "mother", "daughter", "wife", "sister", "grandmother", "aunt", "niece", "bride", "widow", "mrs", "ms",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> MaleWords = new[]
    {
        "he", "his", "him", "man", "men", "boy", "schoolboy", "father", "son", "husband", "brother", "grandfather", "uncle", "nephew", "groom", "widower", "mr",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static ImmutableArray<Conflict> Detect(IReadOnlyList<ClaimUnit> units, StoryAnalysis analysis, int maxConflicts)
    {
        if (maxConflicts <= 0) return [];
        var people = analysis.Entities.IsDefaultOrEmpty ? [] : PersonMentions(analysis);
        var ages = new List<Age>();
        var described = new List<DescribedAge>();
        foreach (var unit in units)
        {
            // An age is written with a digit or with "years" ("twenty years old"): other sentences are passed over.
            if (unit.Text.AsSpan().IndexOfAnyInRange('0', '9') < 0 && !unit.Text.Contains("year", StringComparison.OrdinalIgnoreCase)) continue;
            var mentions = people.GetValueOrDefault(unit.Article.Id) ?? [];
            var unitAges = new List<int>();
            var unnamed = 0;
            foreach (Match match in AgePattern().Matches(unit.Text))
            {
                var yearOld = match.Groups["old"].Success;
                if (Years(match.Groups[yearOld ? "old" : "n"].Value) is not { } years || years is < 1 or > 120) continue;
                var at = unit.Span.Start + match.Index;
                unitAges.Add(years);
                if (PersonOf(unit.Article.Text, at, at + match.Length, mentions, yearOld) is { } person) ages.Add(new Age(person, years, unit));
                else if (DescribesPerson(unit, match, yearOld)) unnamed++;
            }
            // A sentence with one age, given to no one named, describes one person.
            if (unnamed == 1 && unitAges.Count == 1)
            {
                var words = Tokenizer.FoldedWords(unit.Text).ToList();
                described.Add(new DescribedAge(unitAges[0], unit, words.Any(FemaleWords.Contains), words.Any(MaleWords.Contains)));
            }
        }

        var conflicts = new List<(int First, Conflict Conflict)>();
        foreach (var person in ages.GroupBy(a => a.Person, ReferenceEqualityComparer.Instance))
        {
            var byYears = person.GroupBy(a => a.Years).OrderBy(g => g.Min(a => a.Unit.ArticleIndex)).ToList();
            if (byYears.Count < 2) continue;
            if (byYears.SelectMany(g => g.Select(a => a.Unit.ArticleIndex).Distinct()).GroupBy(i => i).Any(g => g.Count() > 1)) continue;
            var versions = byYears
                .Select(g => ConflictVersions.Of(g.Select(a => a.Unit)))
                .ToImmutableArray();
            var name = ((Entity)person.Key!).Name;
            conflicts.Add((person.Min(a => a.Unit.Index), new Conflict($"how old {name} is", versions)));
        }
        conflicts.AddRange(DescribedConflicts(described));
        return conflicts.OrderBy(c => c.First).Take(maxConflicts).Select(c => c.Conflict).ToImmutableArray();
    }

    /// <summary>
    /// One unnamed person given two ages: "a 17-year-old student from Orvanne" among the dead against "a schoolgirl from
    /// Orvanne, aged 16" who died. The sentences share <see cref="DescribedSharedWords"/> content words, the ages are at most
    /// <see cref="MaxDescribedGap"/> years apart, the sentences do not differ in the person's sex, and neither article gives
    /// the other's age to someone unnamed.
    /// </summary>
    private static IEnumerable<(int First, Conflict Conflict)> DescribedConflicts(List<DescribedAge> described)
    {
        var used = new HashSet<int>();
        var yearsByArticle = described.ToLookup(d => d.Unit.ArticleIndex, d => d.Years);
        foreach (var a in described)
        {
            foreach (var b in described)
            {
                if (b.Unit.ArticleIndex <= a.Unit.ArticleIndex || !OnePerson(a, b, yearsByArticle) || used.Contains(a.Unit.Index) || used.Contains(b.Unit.Index)) continue;
                // A third article that gives one side's age to the person so described joins that side.
                var sideA = described.Where(o => o == a || (o.Years == a.Years && o.Unit.ArticleIndex != b.Unit.ArticleIndex && !used.Contains(o.Unit.Index) && OnePerson(o, b, yearsByArticle, sameAge: false))).ToList();
                var sideB = described.Where(o => o == b || (o.Years == b.Years && o.Unit.ArticleIndex != a.Unit.ArticleIndex && !used.Contains(o.Unit.Index) && OnePerson(o, a, yearsByArticle, sameAge: false))).ToList();
                foreach (var unit in sideA.Concat(sideB)) used.Add(unit.Unit.Index);
                yield return (Math.Min(a.Unit.Index, b.Unit.Index),
                    new Conflict("how old the person described is", [ConflictVersions.Of(sideA.Select(d => d.Unit)), ConflictVersions.Of(sideB.Select(d => d.Unit))]));
            }
        }
    }

    /// <summary>
    /// Whether two described ages of two articles are one person's told two ways: <see cref="DescribedSharedWords"/> content
    /// words in common, at most <see cref="MaxDescribedGap"/> years apart, the same sex where both tell it, not one killed
    /// and the other hurt, and neither article giving the other age too.
    /// </summary>
    private static bool OnePerson(DescribedAge a, DescribedAge b, ILookup<int, int> yearsByArticle, bool sameAge = true)
    {
        if (a.Unit.ArticleIndex == b.Unit.ArticleIndex || a.Years == b.Years || Math.Abs(a.Years - b.Years) > MaxDescribedGap) return false;
        if (sameAge && (yearsByArticle[a.Unit.ArticleIndex].Contains(b.Years) || yearsByArticle[b.Unit.ArticleIndex].Contains(a.Years))) return false;
        if ((a.Female && b.Male && !b.Female) || (a.Male && b.Female && !b.Male)) return false;
        if (Fate(a.Unit) is { } fateA && Fate(b.Unit) is { } fateB && fateA != fateB) return false;
        return a.Unit.SharedContent(b.Unit) >= DescribedSharedWords;
    }

    /// <summary>"killed" or "injured" when a sentence tells of one of the two only; null otherwise.</summary>
    private static string? Fate(ClaimUnit unit)
    {
        var killed = unit.Keys.Contains(KilledKey);
        var injured = unit.Keys.Contains(InjuredKey) || unit.Keys.Contains(HospitalKey);
        return killed == injured ? null : killed ? KilledKey : InjuredKey;
    }

    private static readonly string KilledKey = ParaphraseLexicon.Canonical("killed");
    private static readonly string InjuredKey = ParaphraseLexicon.Canonical("injured");
    private static readonly string HospitalKey = ParaphraseLexicon.Canonical("hospital");

    /// <summary>
    /// Whether an age given to no one named describes a person: the noun after "N-year-old", or one of the few words
    /// before "aged N", names people ("student", "woman", "snowboarder", "grandmother"), or the sentence speaks of them
    /// as people ("who", "she"). "The 15-year-old ferry" does not; "at the age of 16" is an age at a time, not now.
    /// </summary>
    private static bool DescribesPerson(ClaimUnit unit, Match match, bool yearOld)
    {
        if (!yearOld && !match.Value.StartsWith("aged", StringComparison.OrdinalIgnoreCase)) return false;
        var words = Tokenizer.FoldedWords(unit.Text).ToList();
        if (words.Any(PersonPronouns.Contains)) return true;
        var text = unit.Text;
        var near = yearOld
            ? Tokenizer.FoldedWords(text[(match.Index + match.Length)..]).Take(1)
            : Tokenizer.FoldedWords(text[..match.Index]).TakeLast(4);
        return near.Any(IsPersonNoun);
    }

    private static readonly FrozenSet<string> PersonPronouns = new[] { "who", "whom", "she", "he", "her", "his", "him" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] PersonSuffixes = ["er", "or", "ist", "ent", "ant", "ian", "man", "hand", "girl", "boy"];

    private static bool IsPersonNoun(string word) =>
        FemaleWords.Contains(word) || MaleWords.Contains(word) || (word.Length > 4 && PersonSuffixes.Any(s => word.EndsWith(s, StringComparison.Ordinal)))
        || word is "person" or "child" or "baby" or "teenager" or "teen" or "youth" or "adult" or "victim" or "pupil" or "patient" or "guest" or "tourist";

    private static int? Years(string printed) =>
        int.TryParse(printed, NumberStyles.None, CultureInfo.InvariantCulture, out var years) ? years : ClaimSplitter.NumberWordValue(printed.ToLowerInvariant());

    /// <summary>The person an age at [<paramref name="start"/>, <paramref name="end"/>) belongs to, or null.</summary>
    private static Entity? PersonOf(string text, int start, int end, List<(TextSpan Span, Entity Person)> mentions, bool yearOld)
    {
        var before = -1;
        for (var i = 0; i < mentions.Count && mentions[i].Span.End <= start; i++) before = i;
        if (before >= 0 && start - mentions[before].Span.End <= 8 && NameThenAge().IsMatch(text.AsSpan(mentions[before].Span.End, start - mentions[before].Span.End)))
        {
            return mentions[before].Person;
        }
        var after = before + 1;
        if (after < mentions.Count && mentions[after].Span.Start >= end && mentions[after].Span.Start - end <= 100
            && DescribesName(text.AsSpan(end, mentions[after].Span.Start - end)) && !SpeaksNext(text, mentions[after].Span.End)
            && !PossessiveAt(text, mentions[after].Span.End))
        {
            return mentions[after].Person;
        }
        // "The 27-year-old broke the news herself": a sentence opening with the age stands for the person named last, in
        // its paragraph or the one before; "at the age of 12" and "the 45-year-old was arrested" do not.
        if (yearOld && before >= 0 && StandsForSomeoneNamed(text, start, end) && ParagraphBreaks(text.AsSpan(mentions[before].Span.End, start - mentions[before].Span.End)) <= 1)
        {
            return mentions[before].Person;
        }
        return null;
    }

    /// <summary>"named as Ana Lind's successor": a name in the possessive is not the one described.</summary>
    private static bool PossessiveAt(string text, int nameEnd) =>
        nameEnd + 1 < text.Length && text[nameEnd] is '\'' or '\u2019' && text[nameEnd + 1] is 's' or 'S';

    /// <summary>A name followed by a speech verb ("…, Ivo Brandtner said, …") interjects a speaker; it is no apposition.</summary>
    private static bool SpeaksNext(string text, int nameEnd) => SpeechAfter().IsMatch(text.AsSpan(nameEnd, Math.Min(20, text.Length - nameEnd)));

    [GeneratedRegex(@"^\s*(?:said|says|told|added|explained|noted)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpeechAfter();

    private static int ParagraphBreaks(ReadOnlySpan<char> between)
    {
        var breaks = 0;
        for (var i = 0; i < between.Length; i++)
        {
            if (between[i] == '\n' && (i == 0 || between[i - 1] != '\n')) breaks++;
        }
        return breaks;
    }

    /// <summary>"the 27-year-old" followed by a verb or a comma, not by a noun of its own ("the 40-year-old bridge").</summary>
    private static bool StandsForSomeoneNamed(string text, int start, int end)
    {
        // "The 27-year-old …" opens its sentence: "Police said the 45-year-old …" speaks of someone else.
        var lead = text.AsSpan(0, start).TrimEnd(' ');
        if (!lead.EndsWith("The", StringComparison.Ordinal)) return false;
        var opening = lead[..^3].TrimEnd(' ');
        if (!opening.IsEmpty && opening[^1] is not ('.' or '!' or '?' or '\n' or '"' or '\u201D')) return false;
        var rest = text.AsSpan(end).TrimStart(' ');
        if (rest.IsEmpty || !char.IsLetter(rest[0])) return !rest.IsEmpty && rest[0] == ',';
        var length = 0;
        while (length < rest.Length && char.IsLetter(rest[length])) length++;
        var word = rest[..length].ToString().ToLowerInvariant();
        if (word is "was" or "is" or "has" or "had")
        {
            // "The 45-year-old was arrested at the scene": a suspect.
            var next = rest[length..].TrimStart(' ');
            var nextLength = 0;
            while (nextLength < next.Length && char.IsLetter(next[nextLength])) nextLength++;
            if (next[..nextLength] is "been" && next[nextLength..].TrimStart(' ') is var after)
            {
                var afterLength = 0;
                while (afterLength < after.Length && char.IsLetter(after[afterLength])) afterLength++;
                next = after;
                nextLength = afterLength;
            }
            if (SuspectVerbs.Contains(next[..nextLength].ToString())) return false;
        }
        return AnaphoraFollowers.Contains(word) || ScheduledEventDetector.LemmaOfPastForm(word) is not null;
    }

    /// <summary>Per article, the mentions of the story's people in text order.</summary>
    private static Dictionary<string, List<(TextSpan Span, Entity Person)>> PersonMentions(StoryAnalysis analysis)
    {
        var byArticle = new Dictionary<string, List<(TextSpan, Entity)>>(StringComparer.Ordinal);
        foreach (var person in analysis.Entities.Where(e => e.Type == EntityType.Person))
        {
            foreach (var mention in person.Mentions)
            {
                if (!byArticle.TryGetValue(mention.ArticleId, out var list)) byArticle[mention.ArticleId] = list = [];
                list.Add((mention.Span, person));
            }
        }
        foreach (var list in byArticle.Values) list.Sort((a, b) => a.Item1.Start.CompareTo(b.Item1.Start));
        return byArticle;
    }
}
