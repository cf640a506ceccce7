using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Crosscheck.Analysis;
using Crosscheck.Dedup;
using Crosscheck.Text;

namespace Crosscheck.Comparison;

/// <summary>Tuning of <see cref="ConflictDetector"/>.</summary>
/// <param name="PairThreshold">Similarity two units need before their differences count as a conflict.</param>
/// <param name="MaxConflicts">At most this many conflicts per story, strongest first.</param>
internal sealed record ConflictDetectorSettings(double PairThreshold = 0.36, int MaxConflicts = 5);

/// <summary>
/// Finds retellings that fill the same slot with different values. For each pair of similar units of different
/// articles it looks at the terms one has and the other lacks: a different number or day-precision date (one the
/// other article never prints), or, in attributed speech with a direct quotation, a run of two or more
/// content words on each side that the other does not share (a re-worded quote). Pair findings are merged per
/// slot into conflicts whose versions group the articles that say the same thing.
/// </summary>
internal static partial class ConflictDetector
{
    private enum Slot
    {
        Number,
        Date,
        Wording,
        Party,
    }

    /// <summary>
    /// A conflict between two units; for value slots, the value each unit gives (empty for wording) and where in its
    /// article the value is printed, so that one unit's "6am" and "6 million" stay two values.
    /// </summary>
    private sealed record PairFinding(Slot Slot, int A, int B, double Strength, string About, string ValueA = "", string ValueB = "", int AtA = -1, int AtB = -1);

    public static ImmutableArray<Conflict> Detect(ClaimAlignment alignment, StoryAnalysis analysis, ConflictDetectorSettings settings)
    {
        var units = alignment.Units;
        if (units.Count == 0) return [];
        var storyValues = StoryValues.Of(units);
        var articleKeys = storyValues.ArticleKeys;
        var heldValues = storyValues.Held;

        var findings = new List<PairFinding>();
        foreach (var (key, sim) in alignment.Similarities.OrderBy(p => p.Key))
        {
            if (sim >= settings.PairThreshold) FindWordingConflict(units[(int)(key >> 32)], units[(int)(key & 0xFFFFFFFF)], sim, analysis, findings);
        }

        // Differing values lower the similarity of the very retellings they make conflict, so units holding
        // numbers or dates are compared without them, pair by pair (few units of a story hold values).
        var valueUnits = units.Where(u => heldValues.ContainsKey(u.Index)).ToList();
        var exhaustive = valueUnits.Count <= MaxValueUnits;
        for (var i = 0; i < valueUnits.Count; i++)
        {
            for (var j = i + 1; j < valueUnits.Count; j++)
            {
                var a = valueUnits[i];
                var b = valueUnits[j];
                if (a.ArticleIndex == b.ArticleIndex) continue;
                if (!exhaustive && alignment.Similarity(a.Index, b.Index) <= 0) continue;
                if (!HasValueMissingFrom(heldValues[a.Index], articleKeys[b.ArticleIndex]) || !HasValueMissingFrom(heldValues[b.Index], articleKeys[a.ArticleIndex])) continue;
                FindValueConflicts(a, b, ValueBlindSimilarity(a, b, alignment), settings.PairThreshold, storyValues, findings);
            }
        }
        FindPartyConflicts(alignment, analysis, articleKeys, findings);
        if (findings.Count == 0) return [];

        // One conflict per connected set of (unit, value) nodes: the same unit can hold several conflicting values
        // (a passenger count and an injury count), each its own conflict. Findings join strongest first, and a finding
        // that would put one article in two versions of a value is left out: "€22 million" paired with a story's
        // "€35 million" fee is another amount of that article, not a third version of the fee.
        var nodes = new Dictionary<(Slot, int, string, int), int>();
        var sets = new DisjointSets();
        var told = new List<Dictionary<int, string>>();
        int Node(Slot slot, int unit, string value, int at)
        {
            if (nodes.TryGetValue((slot, unit, value, at), out var node)) return node;
            nodes[(slot, unit, value, at)] = node = sets.Add();
            told.Add(new Dictionary<int, string> { [units[unit].ArticleIndex] = value });
            return node;
        }
        var joined = new List<(PairFinding Finding, int Node)>();
        foreach (var f in findings.Select((f, i) => (f, i)).OrderByDescending(x => x.f.Strength).ThenBy(x => x.i).Select(x => x.f))
        {
            var ra = sets.Find(Node(f.Slot, f.A, f.ValueA, f.AtA));
            var rb = sets.Find(Node(f.Slot, f.B, f.ValueB, f.AtB));
            if (ra != rb)
            {
                if (f.Slot != Slot.Wording && told[ra].Any(t => told[rb].TryGetValue(t.Key, out var v) && v != t.Value)) continue;
                var root = sets.Union(ra, rb);
                var (into, from) = root == ra ? (told[ra], told[rb]) : (told[rb], told[ra]);
                foreach (var (article, value) in from) into.TryAdd(article, value);
            }
            joined.Add((f, nodes[(f.Slot, f.A, f.ValueA, f.AtA)]));
        }

        var conflicts = new List<(double Strength, int First, string Values, Conflict Conflict)>();
        foreach (var component in joined.GroupBy(j => sets.Find(j.Node), j => j.Finding))
        {
            var pairs = component.ToList();
            var slot = pairs[0].Slot;
            List<List<int>> versions;
            List<string>? versionValues = null;
            if (slot == Slot.Wording)
            {
                var edges = pairs.Select(p => ClaimAlignment.PairKey(p.A, p.B)).ToHashSet();
                var involved = pairs.SelectMany(p => new[] { p.A, p.B }).Distinct().OrderBy(u => units[u].ArticleIndex).ThenBy(u => u).ToList();
                versions = [];
                foreach (var u in involved)
                {
                    var home = versions.FirstOrDefault(v => v.All(m => !edges.Contains(ClaimAlignment.PairKey(m, u)) && units[m].ArticleIndex != units[u].ArticleIndex));
                    if (home is null) versions.Add([u]);
                    else home.Add(u);
                }
            }
            else
            {
                // Versions are the values: every unit that gives the same value joins that value's version.
                var byValue = pairs.SelectMany(p => new[] { (Unit: p.A, Value: p.ValueA), (Unit: p.B, Value: p.ValueB) })
                    .Distinct()
                    .GroupBy(x => x.Value)
                    .Select(g => (g.Key, Units: g.Select(x => x.Unit).Distinct().OrderBy(u => units[u].ArticleIndex).ThenBy(u => u).ToList()))
                    .OrderBy(v => units[v.Units[0]].ArticleIndex)
                    .ToList();
                versions = byValue.Select(v => v.Units).ToList();
                versionValues = byValue.Select(v => v.Key).ToList();
            }
            if (versions.Count < 2) continue;
            var built = versions.Select((v, i) =>
            {
                // A version is shown in the wording that gives its value outright: "on 9 April" rather than "last Thursday",
                // "412 million tessels" rather than "Ts 412m".
                var representative = v.OrderByDescending(m => versionValues is not null && WritesValueOutright(units[m], versionValues[i]))
                    .ThenByDescending(m => units[m].HasQuote).ThenBy(m => units[m].ArticleIndex).First();
                return ConflictVersions.Of(v.Select(m => units[m]), shown: units[representative]);
            }).ToImmutableArray();
            var best = pairs.MaxBy(p => p.Strength)!;
            var values = slot == Slot.Wording ? "" : string.Join('|', pairs.SelectMany(p => new[] { p.ValueA, p.ValueB }).Distinct().Order(StringComparer.Ordinal));
            conflicts.Add((best.Strength, pairs.Min(p => Math.Min(p.A, p.B)), values, new Conflict(best.About, built)));
        }
        // The same values told apart in two places ("86,000 cookers" against "68,000" in two sentences) are one conflict.
        return conflicts.OrderByDescending(c => c.Strength)
            .DistinctBy(c => c.Values.Length == 0 ? "#" + c.First.ToString(CultureInfo.InvariantCulture) : c.Values)
            .Take(settings.MaxConflicts).OrderBy(c => c.First).Select(c => c.Conflict)
            .DistinctBy(c => string.Join("\n", c.Versions.Select(v => v.Text))).ToImmutableArray();
    }

    private static double ValueBlindSimilarity(ClaimUnit a, ClaimUnit b, ClaimAlignment alignment) => SimilarityWithout(a, b, null, null, alignment);

    /// <summary>
    /// Named parties: two retellings of one sentence that name a different person or organisation in it ("addressed to
    /// the permanent secretary, X" against "addressed to Deputy Minister Y"; "the contract went to X" against "… to Y").
    /// Each unit names exactly one party of that type the other article never names, and without those two names the
    /// units say nearly the same thing.
    /// </summary>
    private static void FindPartyConflicts(ClaimAlignment alignment, StoryAnalysis analysis, Dictionary<int, HashSet<string>> articleKeys, List<PairFinding> findings)
    {
        if (analysis.Entities.IsDefaultOrEmpty) return;
        var types = NamedParties(analysis);
        var units = alignment.Units;
        // Most units name no party: they are left out before any pair is looked at.
        // The source a sentence is told on ("according to the fire service", "police said") is no party to what it tells.
        var parties = units.Select(u => u.HasQuote ? [] : u.Terms.Where(t => t.Kind == ClaimTermKind.Name && types.ContainsKey(t.Key) && !IsToldOn(u, t)).DistinctBy(t => t.Key).ToList()).ToList();
        foreach (var (key, sim) in alignment.Similarities.OrderBy(p => p.Key))
        {
            var a = units[(int)(key >> 32)];
            var b = units[(int)(key & 0xFFFFFFFF)];
            if (a.ArticleIndex == b.ArticleIndex || parties[a.Index].Count == 0 || parties[b.Index].Count == 0) continue;
            var onlyA = parties[a.Index].Where(t => !articleKeys[b.ArticleIndex].Contains(t.Key)).ToList();
            var onlyB = parties[b.Index].Where(t => !articleKeys[a.ArticleIndex].Contains(t.Key)).ToList();
            if (onlyA.Count != 1 || onlyB.Count != 1 || types[onlyA[0].Key] != types[onlyB[0].Key]) continue;
            var blind = SimilarityWithout(a, b, onlyA[0].Key, onlyB[0].Key, alignment);
            if (blind < PartyFloor) continue;
            var about = types[onlyA[0].Key] switch
            {
                EntityType.Person => "which person is named",
                EntityType.Organization => "which organisation is named",
                _ => "which party is named",
            };
            findings.Add(new PairFinding(Slot.Party, a.Index, b.Index, blind, about, onlyA[0].Key, onlyB[0].Key));
        }
    }

    /// <summary>
    /// Whether a name is the source a unit is told on: right after "according to"; after "said" or "says" at the end of its
    /// sentence or before a comma ("…, said the fire service."); or right before "said", "says" or "told" ("police said",
    /// "Lisserne Fire and Rescue told reporters"). Not a name that "said" introduces as the subject of what was said ("the
    /// board said Kessel Construction would rebuild it"), nor one that told someone to act ("Ashby Council told the
    /// operator to halt work").
    /// </summary>
    private static bool IsToldOn(ClaimUnit unit, ClaimTerm name)
    {
        var text = unit.Article.Text;
        var before = text.AsSpan(unit.Span.Start, name.Span.Start - unit.Span.Start).TrimEnd();
        if (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase)) before = before[..^4].TrimEnd();
        var after = text[name.Span.End..unit.Span.End].TrimStart();
        if (before.EndsWith("according to", StringComparison.OrdinalIgnoreCase)) return true;
        if ((before.EndsWith(" said", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" says", StringComparison.OrdinalIgnoreCase))
            && (after.Length == 0 || after[0] is ',' or '.' or ';')) return true;
        return SaidAfterName().IsMatch(after) && !ToldToAct().IsMatch(after);
    }

    /// <summary>A verb of saying right after a name: "said", "says", "told", as whole words.</summary>
    [GeneratedRegex(@"^(?:said|says|told)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SaidAfterName();

    /// <summary>"told the operator to halt": telling someone to act, an order, not a source of what the sentence tells.</summary>
    [GeneratedRegex(@"^told\s+(?:\S+\s+){1,4}to\s+\p{Ll}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ToldToAct();

    /// <summary>
    /// The story's entities that can be a party to a claim, by claim-term key: people, organisations, and names of two
    /// words or more of no known type ("Mostvale Construction").
    /// </summary>
    internal static Dictionary<string, EntityType> NamedParties(StoryAnalysis analysis) =>
        analysis.Entities.Where(e => e.Type is EntityType.Person or EntityType.Organization || (e.Type == EntityType.Other && e.Name.Contains(' ', StringComparison.Ordinal)))
            .GroupBy(e => ClaimSplitter.EntityKey(e.Name), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Type, StringComparer.Ordinal);

    /// <summary>The weighted cosine of two units without their numbers and the dates one of them lacks, and without one term of each when given.</summary>
    private static double SimilarityWithout(ClaimUnit a, ClaimUnit b, string? leftOutOfA, string? leftOutOfB, ClaimAlignment alignment)
    {
        double shared = 0, na = 0, nb = 0;
        // A date both give ("on Thursday") is a shared term like any other; a date only one gives is left out.
        foreach (var term in a.Keys)
        {
            if (term == leftOutOfA || term[0] == '#' || (term[0] == '@' && !b.Keys.Contains(term))) continue;
            var w = alignment.Weight(term);
            na += w;
            if (b.Keys.Contains(term)) shared += w;
        }
        foreach (var term in b.Keys)
        {
            if (term != leftOutOfB && term[0] != '#' && (term[0] != '@' || a.Keys.Contains(term))) nb += alignment.Weight(term);
        }
        return na <= 0 || nb <= 0 ? 0 : shared / Math.Sqrt(na * nb);
    }

    /// <summary>Similarity two units need, their differing parties left out, for a named-party conflict.</summary>
    private const double PartyFloor = 0.5;

    /// <summary>Value-blind similarity two units need at least for a value conflict whose slot matches strongly.</summary>
    private const double ValueFloor = 0.12;

    /// <summary>Above this many value-holding units, only pairs that share terms are compared.</summary>
    private const int MaxValueUnits = 600;

    /// <summary>How far apart two amounts in different units may lie and still be one amount, converted and rounded.</summary>
    private const double ConversionRounding = 0.05;

    /// <summary>Content words (names aside) that two units hardly alike must share for their sole measures to be compared: what was measured.</summary>
    private const int SoleMeasureSharedWords = 2;

    private static void FindValueConflicts(ClaimUnit a, ClaimUnit b, double valueBlind, double threshold, StoryValues values, List<PairFinding> findings)
    {
        var articleKeys = values.ArticleKeys;
        foreach (var kind in (ClaimTermKind[])[ClaimTermKind.Number, ClaimTermKind.Date])
        {
            // Units hardly alike are compared by the events their dates date, the lengths of time they last and the story's
            // sole counts (a thing each article counts once: "seven lakes" against "six lakes"), and by nothing else.
            var durationsOnly = kind == ClaimTermKind.Number && valueBlind < ValueFloor;
            // A year in either ("was closed for two months in 2019") tells of another time than the story's event.
            var durations = !durationsOnly || (values.HasDuration(a) && values.HasDuration(b) && !HoldsYear(a) && !HoldsYear(b));
            if (durationsOnly && !durations && !(values.HasSoleCount(a) && values.HasSoleCount(b)) && !(values.HasSoleMeasure(a) && values.HasSoleMeasure(b))
                && !(values.HasCountOnceNear(a) && values.HasCountOnceNear(b))) continue;
            var onlyA = ValuesMissingFrom(values.Held[a.Index], b, kind, articleKeys[b.ArticleIndex]);
            if (onlyA.Count == 0) continue;
            var onlyB = ValuesMissingFrom(values.Held[b.Index], a, kind, articleKeys[a.ArticleIndex]);
            PairFinding? best = null;
            foreach (var ta in onlyA)
            {
                if (kind == ClaimTermKind.Date && IsDateline(a, ta)) continue;
                if (durationsOnly && !(durations && values.IsDuration(a, ta)) && !values.IsSoleCount(a, ta) && !values.IsSoleMeasure(a, ta) && !values.CountsOnceNear(a, ta)) continue;
                foreach (var tb in onlyB)
                {
                    if (kind == ClaimTermKind.Number && IsYear(a, ta) != IsYear(b, tb)) continue;
                    if (kind == ClaimTermKind.Date && IsDateline(b, tb)) continue;
                    var soleCounts = durationsOnly && ((values.IsSoleCount(a, ta) && values.IsSoleCount(b, tb) && SameCounted(FirstCounted(a, ta)!, FirstCounted(b, tb)))
                        || SoleMeasuresOfOneThing(a, ta, b, tb, values) || CloseCountsOfOneThing(a, ta, b, tb, values));
                    if (durationsOnly && !(durations && values.IsDuration(a, ta) && values.IsDuration(b, tb)) && !soleCounts) continue;
                    // "in January" and "on 9 January" agree: one date holds the other.
                    if (kind == ClaimTermKind.Date && (ta.Key.StartsWith(tb.Key, StringComparison.Ordinal) || tb.Key.StartsWith(ta.Key, StringComparison.Ordinal))) continue;
                    int slot;
                    string? about = null;
                    if (kind == ClaimTermKind.Number)
                    {
                        slot = NumberSlotMatch(a, ta, b, tb, values);
                        // One event lasting two lengths of time ("the bridge will stay closed for at least six weeks",
                        // "the bridge would be closed for about two months").
                        if (slot > 0 && values.IsDuration(a, ta) && values.IsDuration(b, tb)
                            && values.EventOf(a, ta) is { } lastingA && values.EventOf(b, tb) is { } lastingB && lastingA.SameAs(lastingB))
                        {
                            slot = SameEventSlot;
                        }
                        else if (durationsOnly && !soleCounts) continue;
                    }
                    else if (values.EventOf(a, ta) is { } eventA && values.EventOf(b, tb) is { } eventB && eventA.SameAs(eventB))
                    {
                        // One event dated two ways ("the fire that broke out on Monday evening", "… since Tuesday afternoon").
                        slot = SameEventSlot;
                        if (eventA.Description is { } description) about = "when " + description;
                    }
                    else
                    {
                        // A weekday dates too much in passing ("closed on Friday", "killed on Wednesday") to count without its event.
                        if (valueBlind < ValueFloor || IsWeekday(a, ta) || IsWeekday(b, tb)) continue;
                        slot = DateSlotMatch(a, ta, b, tb);
                        // A month against a day ("in October" against "on February 8") is looser: it also needs the sentences alike.
                        if (Math.Min(ta.Key.Length, tb.Key.Length) == MonthKeyLength) slot--;
                    }
                    if (!(slot >= 2 || (slot >= 1 && valueBlind >= threshold))) continue;
                    var strength = valueBlind + 0.2 * slot;
                    if (best is not null && best.Strength >= strength) continue;
                    about ??= kind == ClaimTermKind.Date ? DateAbout(a, ta) : NumberAbout(a, ta, values);
                    best = new PairFinding(kind == ClaimTermKind.Date ? Slot.Date : Slot.Number, a.Index, b.Index, strength, about, ta.Key, tb.Key, ta.Span.Start, tb.Span.Start);
                }
            }
            if (best is not null) findings.Add(best);
        }
    }

    /// <summary>Whether a unit names a year ("in 2029"): it tells of another time than the story's event.</summary>
    internal static bool HoldsYear(ClaimUnit unit) => unit.Terms.Any(t => t.Kind == ClaimTermKind.Number && IsYear(unit, t));

    /// <summary>How surely two dates of one event (<see cref="DatedEvent"/>) fill one slot: above any match of the words around them.</summary>
    private const int SameEventSlot = 3;

    /// <summary>Whether a date term was read from a weekday ("on Monday evening") rather than written as a date.</summary>
    private static bool IsWeekday(ClaimUnit unit, ClaimTerm date) => ClaimSplitter.IsRelativeDay(unit.Article.Text, date.Span);

    /// <summary>A number or date of a unit, with the key it is looked up by in another article (<see cref="LookupKey"/>).</summary>
    private readonly record struct ValueTerm(ClaimTerm Term, string Lookup);

    /// <summary>
    /// The numbers and dates of a story's units, indexed once (the pair loop asks for them again and again): the terms
    /// and lookup keys of each article, the values each unit holds, and the things each article counts only once.
    /// </summary>
    private sealed class StoryValues
    {
        /// <summary>Per article, every term key it holds and the lookup key of each of its values.</summary>
        public Dictionary<int, HashSet<string>> ArticleKeys { get; } = [];

        /// <summary>Per unit holding values, each value with the key it is looked up by in another article.</summary>
        public Dictionary<int, List<ValueTerm>> Held { get; } = [];

        /// <summary>Per article and counted thing (<see cref="CountedHead"/>), the distinct counts the article gives of it.</summary>
        private readonly Dictionary<(int Article, string Counted), HashSet<string>> _counts = [];

        public static StoryValues Of(IReadOnlyList<ClaimUnit> units)
        {
            var values = new StoryValues();
            foreach (var unit in units)
            {
                if (!values.ArticleKeys.TryGetValue(unit.ArticleIndex, out var set)) values.ArticleKeys[unit.ArticleIndex] = set = new HashSet<string>(StringComparer.Ordinal);
                set.UnionWith(unit.Keys);
                List<ValueTerm>? held = null;
                foreach (var term in unit.Terms)
                {
                    if (term.Kind is not (ClaimTermKind.Number or ClaimTermKind.Date)) continue;
                    var counted = term.Kind == ClaimTermKind.Number ? FirstCounted(unit, term) : null;
                    var minutes = term.Kind == ClaimTermKind.Number ? ClockMinutes(unit, term) : null;
                    var lookup = minutes is { } clock ? ClockKey(clock) : LookupKey(term, counted);
                    set.Add(lookup);
                    // "in February" is told by any article that dates something in February.
                    if (term.Kind == ClaimTermKind.Date && term.Key.Length > MonthKeyLength) set.Add(term.Key[..MonthKeyLength]);
                    if (counted is not null)
                    {
                        var key = (unit.ArticleIndex, CountedHead(counted));
                        if (!values._counts.TryGetValue(key, out var counts)) values._counts[key] = counts = new HashSet<string>(StringComparer.Ordinal);
                        counts.Add(term.Key);
                    }
                    if (counted is not null && minutes is null && InBaseUnit(MeasureOf(unit, term, counted), term) is { } measured)
                    {
                        var key = (unit.ArticleIndex, measured.Family);
                        if (!values._measures.TryGetValue(key, out var amounts)) values._measures[key] = amounts = [];
                        amounts.Add(measured.Value);
                    }
                    if (minutes is { } time)
                    {
                        if (!values._timesOfDay.TryGetValue(unit.ArticleIndex, out var times)) values._timesOfDay[unit.ArticleIndex] = times = [];
                        times.Add(time);
                    }
                    (held ??= []).Add(new ValueTerm(term, lookup));
                }
                if (held is not null) values.Held[unit.Index] = held;
            }
            values.LearnCurrencies(units);
            return values;
        }

        /// <summary>Per short code the story writes before amounts ("Ts 412m"), the currency word it stands for ("tessel").</summary>
        private Dictionary<string, string>? _currencyOfCode;

        /// <summary>
        /// Learns the story's own currencies: a short code before an amount ("Ts 412m", "KRV 1.8 billion") stands for the
        /// word after an amount ("412 million tessels") when the story prints one amount both ways and the code abbreviates
        /// the word (its first letter, then the rest in order). Another code that abbreviates a word so learnt stands for it
        /// too ("Kv3.1bn" once "KRV 1.8 billion" is "1.8 billion krovals"). A code and a word that never give one amount are
        /// not taken for one currency ("Sh2bn" and "3bn shares").
        /// </summary>
        private void LearnCurrencies(IReadOnlyList<ClaimUnit> units)
        {
            var coded = new List<(string Amount, string Code)>();
            var worded = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            var plurals = new HashSet<string>(StringComparer.Ordinal);
            foreach (var unit in units)
            {
                foreach (var term in unit.Terms)
                {
                    if (term.Kind != ClaimTermKind.Number) continue;
                    var (_, magnitude) = UnitOf(unit, term);
                    // Amounts in millions, and plain amounts ("MRK 400", "250 mirkas").
                    if (magnitude.Length > 0 && !CountMagnitudes.Contains(magnitude)) continue;
                    var amount = term.Key + " " + magnitude;
                    if (ShortCodeBefore(unit, term) is { } code)
                    {
                        // A letter alone before a plain amount is a road, a platform or a grade ("B 40"), not a currency.
                        if (magnitude.Length > 0 || code.Length > 1) coded.Add((amount, code));
                    }
                    else if (FirstCountedTerm(unit, term) is { Kind: ClaimTermKind.Word } counted)
                    {
                        if (!worded.TryGetValue(amount, out var words)) worded[amount] = words = new HashSet<string>(StringComparer.Ordinal);
                        words.Add(counted.Key);
                        // A currency's name takes a plural "s" ("48 million marreks", "250 mirkas"); "2 million sheep" is no currency.
                        if (unit.Article.Text[counted.Span.End - 1] is 's' or 'S') plurals.Add(counted.Key);
                    }
                }
            }
            if (coded.Count == 0 || worded.Count == 0) return;
            foreach (var (amount, code) in coded)
            {
                if (!worded.TryGetValue(amount, out var words)) continue;
                foreach (var word in words.Order(StringComparer.Ordinal))
                {
                    if (!AbbreviatesWord(code, word)) continue;
                    (_currencyOfCode ??= new Dictionary<string, string>(StringComparer.Ordinal)).TryAdd(code, word);
                    break;
                }
            }
            if (_currencyOfCode is not null)
            {
                foreach (var (_, code) in coded)
                {
                    if (_currencyOfCode.ContainsKey(code)) continue;
                    var word = _currencyOfCode.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).FirstOrDefault(w => AbbreviatesWord(code, w));
                    if (word is not null) _currencyOfCode[code] = word;
                }
            }
            // A code no amount pairs with stands for the one word after an amount that it abbreviates and that is no common
            // thing counted in millions, no unit of time nor built as an English noun ("Mk84m" and "48 million marreks",
            // "MRK 400" and "250 mirkas"; not "Sh2bn" and "3bn shares", nor "Sh84m" and "48 million shipments").
            var candidates = worded.Values.SelectMany(w => w)
                .Where(w => plurals.Contains(w) && !CountedInBulk.Contains(w) && !GenericCounted.Contains(w) && !Measures.ContainsKey(w) && !TimeUnits.Contains(w) && !NounSuffixes.Any(x => w.EndsWith(x, StringComparison.Ordinal)))
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            foreach (var code in coded.Select(c => c.Code).Distinct(StringComparer.Ordinal))
            {
                if (_currencyOfCode?.ContainsKey(code) == true) continue;
                var words = candidates.Where(w => AbbreviatesWord(code, w)).Take(2).ToList();
                if (words.Count == 1) (_currencyOfCode ??= new Dictionary<string, string>(StringComparer.Ordinal))[code] = words[0];
            }
        }

        /// <summary>The story's own currency an amount is given in ("tessel" for "Ts 455m" and for "412 million tessels"), or null.</summary>
        public string? StoryCurrencyOf(ClaimUnit unit, ClaimTerm number, string? counted)
        {
            if (_currencyOfCode is null) return null;
            if (ShortCodeBefore(unit, number) is { } code && _currencyOfCode.TryGetValue(code, out var word)) return word;
            return counted is not null && _currencyOfCode.ContainsValue(counted) ? counted : null;
        }

        private readonly Dictionary<(int Unit, int At), DatedEvent?> _events = [];
        private readonly Dictionary<(int Unit, int At), bool> _durations = [];

        private readonly Dictionary<int, bool> _unitsWithDurations = [];

        /// <summary>Whether a unit holds a length of time at all: most units hardly alike are passed over on this alone.</summary>
        public bool HasDuration(ClaimUnit unit) => HoldsNumber(_unitsWithDurations, unit, IsDuration);

        /// <summary>Whether a unit holds a number that passes <paramref name="test"/>, read once per unit into <paramref name="cache"/>.</summary>
        private bool HoldsNumber(Dictionary<int, bool> cache, ClaimUnit unit, Func<ClaimUnit, ClaimTerm, bool> test)
        {
            if (!cache.TryGetValue(unit.Index, out var has))
            {
                cache[unit.Index] = has = Held.TryGetValue(unit.Index, out var held) && held.Any(v => v.Term.Kind == ClaimTermKind.Number && test(unit, v.Term));
            }
            return has;
        }

        /// <summary>Whether a number of a unit is a length of time (<see cref="DurationDays"/>), read once.</summary>
        public bool IsDuration(ClaimUnit unit, ClaimTerm number) =>
            ReadOnce(_durations, unit, number, static (_, u, n) => DurationDays(u, n, FirstCounted(u, n)) is not null);

        /// <summary>The event a date of a unit dates (<see cref="DatedEvent.Of"/>), read once.</summary>
        public DatedEvent? EventOf(ClaimUnit unit, ClaimTerm date) => ReadOnce(_events, unit, date, static (_, u, d) => DatedEvent.Of(u, d));

        /// <summary>What <paramref name="read"/> gives for a term of a unit, read once into <paramref name="cache"/> (keyed by unit and term start).</summary>
        private T ReadOnce<T>(Dictionary<(int Unit, int At), T> cache, ClaimUnit unit, ClaimTerm term, Func<StoryValues, ClaimUnit, ClaimTerm, T> read)
        {
            if (!cache.TryGetValue((unit.Index, term.Span.Start), out var value)) cache[(unit.Index, term.Span.Start)] = value = read(this, unit, term);
            return value;
        }

        private readonly Dictionary<int, bool> _unitsWithSoleCounts = [];

        /// <summary>Whether a unit holds a sole count (<see cref="IsSoleCount"/>): most units hardly alike are passed over on this alone.</summary>
        public bool HasSoleCount(ClaimUnit unit) => HoldsNumber(_unitsWithSoleCounts, unit, IsSoleCount);

        /// <summary>
        /// Whether a number is its article's only count of a specific thing ("seven lakes", not "seven people" or "seven
        /// days"), written as a plain count (no tally, year, currency or share).
        /// </summary>
        public bool IsSoleCount(ClaimUnit unit, ClaimTerm number) => ReadOnce(_soleCounts, unit, number, static (v, u, n) => v.ReadSoleCount(u, n));

        private readonly Dictionary<(int Unit, int At), bool> _soleCounts = [];

        private bool ReadSoleCount(ClaimUnit unit, ClaimTerm number)
        {
            return SpecificCount(unit, number) is { } counted && CountsOnce(unit, counted, number);
        }

        /// <summary>Per article and family of measure (length, mass, speed…), every amount it gives in the family's base unit.</summary>
        private readonly Dictionary<(int Article, string Family), List<double>> _measures = [];

        private readonly Dictionary<int, bool> _unitsWithSoleMeasures = [];

        /// <summary>Whether a unit holds a sole measure (<see cref="SoleMeasureFamily"/>): most units hardly alike are passed over on this alone.</summary>
        public bool HasSoleMeasure(ClaimUnit unit) => HoldsNumber(_unitsWithSoleMeasures, unit, IsSoleMeasure);

        public bool IsSoleMeasure(ClaimUnit unit, ClaimTerm number) => SoleMeasureFamily(unit, number) is not null;

        /// <summary>
        /// The family of a measure ("up to 5cm across", "more than 250 kilometres away") that is its article's only amount of
        /// that size in the family: every other length the article gives is more than ten times larger or smaller (the
        /// hailstones' "5cm" beside the town's "30 kilometres"). Like a sole count, such a measure is the article's one
        /// telling of that quantity; null for any other number.
        /// </summary>
        public string? SoleMeasureFamily(ClaimUnit unit, ClaimTerm number) => ReadOnce(_soleMeasures, unit, number, static (v, u, n) => v.ReadSoleMeasureFamily(u, n));

        private readonly Dictionary<(int Unit, int At), string?> _soleMeasures = [];

        private string? ReadSoleMeasureFamily(ClaimUnit unit, ClaimTerm number)
        {
            if (number.Kind != ClaimTermKind.Number || FirstCounted(unit, number) is not { } counted || ClockMinutes(unit, number) is not null) return null;
            // Lengths of time have rules of their own (DurationDays).
            if (InBaseUnit(MeasureOf(unit, number, counted), number) is not { } measured || measured.Value <= 0 || measured.Family == "time") return null;
            var amounts = _measures.GetValueOrDefault((unit.ArticleIndex, measured.Family)) ?? [];
            return amounts.All(other => other == measured.Value || !WithinFactor(other, measured.Value, MaxAmountRatio)) ? measured.Family : null;
        }

        private readonly Dictionary<(int Unit, int At), string?> _predicates = [];

        /// <summary>What befell the things a count of a unit counts (<see cref="CountPredicate"/>), read once.</summary>
        public string? PredicateOf(ClaimUnit unit, ClaimTerm number) => ReadOnce(_predicates, unit, number, static (_, u, n) => CountPredicate(u, n));

        /// <summary>Per article, the distinct times of day it gives (minutes after midnight).</summary>
        private readonly Dictionary<int, HashSet<int>> _timesOfDay = [];

        /// <summary>Whether the article of <paramref name="unit"/> gives one time of day only, however often it prints it.</summary>
        public bool GivesOneTimeOfDay(ClaimUnit unit) => _timesOfDay.TryGetValue(unit.ArticleIndex, out var times) && times.Count == 1;

        /// <summary>
        /// Whether the article of <paramref name="unit"/> gives one count only of <paramref name="counted"/>, and
        /// <paramref name="number"/> is not a count of a part of it ("fourteen of the guests" is some of them).
        /// </summary>
        public bool CountsOnce(ClaimUnit unit, string counted, ClaimTerm number) =>
            _counts.TryGetValue((unit.ArticleIndex, CountedHead(counted)), out var counts) && counts.Count == 1 && !CountsAPart(unit, number);

        /// <summary>
        /// Whether <paramref name="number"/> is its article's only count of <paramref name="counted"/> near its size: every
        /// other count of that thing in the article is more than twice or less than half of it ("47 passengers in eight
        /// cabins" beside "900,000 passengers a year"), and it is no count of a part.
        /// </summary>
        public bool CountsOnceNear(ClaimUnit unit, ClaimTerm number) => ReadOnce(_countsNear, unit, number, static (v, u, n) => v.ReadCountsOnceNear(u, n));

        private readonly Dictionary<(int Unit, int At), bool> _countsNear = [];

        private readonly Dictionary<int, bool> _unitsWithCountsNear = [];

        /// <summary>Whether a unit holds a count that is its article's only one of its thing near its size: most units hardly alike are passed over on this alone.</summary>
        public bool HasCountOnceNear(ClaimUnit unit) => HoldsNumber(_unitsWithCountsNear, unit, CountsOnceNear);

        private bool ReadCountsOnceNear(ClaimUnit unit, ClaimTerm number)
        {
            if (SpecificCount(unit, number) is not { } counted || ValueOf(number) is not { } value || CountsAPart(unit, number)) return false;
            if (!_counts.TryGetValue((unit.ArticleIndex, CountedHead(counted)), out var counts)) return false;
            foreach (var key in counts)
            {
                if (key != number.Key && ValueOf(key) is { } other && WithinFactor(other, value, 2)) return false;
            }
            return true;
        }
    }

    private static bool HasValueMissingFrom(List<ValueTerm> values, HashSet<string> otherArticle)
    {
        foreach (var value in values)
        {
            if (!otherArticle.Contains(value.Lookup)) return true;
        }
        return false;
    }

    private static List<ClaimTerm> ValuesMissingFrom(List<ValueTerm> values, ClaimUnit other, ClaimTermKind kind, HashSet<string> otherArticle)
    {
        var result = new List<ClaimTerm>();
        foreach (var (term, lookup) in values)
        {
            // A time of day is asked of the other unit by its time too: its "6 hours" does not give "6am".
            var printed = lookup.StartsWith(ClockKeyPrefix, StringComparison.Ordinal) ? lookup : term.Key;
            if (term.Kind == kind && !other.Keys.Contains(printed) && !otherArticle.Contains(lookup)) result.Add(term);
        }
        return result;
    }

    /// <summary>
    /// The key by which an article is asked whether it gives this value: a count with what it counts ("three men" is
    /// missing from an article that says "two men" and "three weeks"), anything else its value alone.
    /// </summary>
    private static string LookupKey(ClaimTerm term, string? counted) =>
        counted is null ? term.Key : term.Key + ">" + CountedHead(counted);

    /// <summary>
    /// The key by which an article is asked whether it gives a time of day: the minutes after midnight, so that "6am" is
    /// missing from an article that prints "6 hours" and told by one that prints "06:00".
    /// </summary>
    private static string ClockKey(int minutes) => ClockKeyPrefix + minutes.ToString(CultureInfo.InvariantCulture);

    private const string ClockKeyPrefix = "#clock";

    /// <summary>Length of a month-precision date key ("@02"); day dates are "@02-17".</summary>
    private const int MonthKeyLength = 3;

    /// <summary>A date in a dateline ("BERGEN, April 13 (Agency) -") dates the report, not the event.</summary>
    private static bool IsDateline(ClaimUnit unit, ClaimTerm date)
    {
        if (unit.SentenceIndex != 0 || date.Span.Start - unit.Span.Start > 40) return false;
        var text = unit.Article.Text;
        var end = Math.Min(unit.Span.End, date.Span.End + 40);
        for (var i = date.Span.End; i < end; i++)
        {
            if (text[i] is '(' or '\u2014' or '\u2013' || (text[i] == '-' && i > 0 && text[i - 1] == ' ')) return true;
            if (char.IsLetter(text[i]) && char.IsLower(text[i])) return false;
        }
        return false;
    }

    /// <summary>A year is four digits from 1900 to 2100 written without a thousands separator ("1,900 passengers" is a count).</summary>
    private static bool IsYear(ClaimUnit unit, ClaimTerm number) =>
        number.Key.Length == 5 && int.TryParse(number.Key.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100
        && number.Span.Length == 4 && char.IsDigit(unit.Article.Text[number.Span.Start]);

    /// <summary>How many content words after a share are read for the words that name its slot (the population, then what it did).</summary>
    private const int ShareClauseWords = 6;

    /// <summary>
    /// How surely two numbers count the same thing: the same currency and magnitude ("€… million") count two, and
    /// each content word shared among the two words that follow each number ("… people injured") counts one.
    /// </summary>
    private static int NumberSlotMatch(ClaimUnit a, ClaimTerm ta, ClaimUnit b, ClaimTerm tb, StoryValues values)
    {
        // What each number counts is looked up once: the currency, unit and duration tests below all read it.
        var countedA = FirstCounted(a, ta);
        var countedB = FirstCounted(b, tb);
        // "from the 14th floor" against "dropped eleven floors": a place in a row is not a count of the row. An ordinal of a
        // span of time is the time that has passed ("its 150th year" against "120 years").
        if (IsPlaceInRow(a, ta, countedA) != IsPlaceInRow(b, tb, countedB)) return 0;
        var (currencyA, magnitudeA) = UnitOf(a, ta);
        var (currencyB, magnitudeB) = UnitOf(b, tb);
        if (currencyA.Length == 0 && currencyB.Length > 0) currencyA = CurrencyAfter(countedA, currencyB);
        if (currencyB.Length == 0 && currencyA.Length > 0) currencyB = CurrencyAfter(countedB, currencyA);
        // A currency the story writes both as a code and as a word ("Ts 455m" and "412 million tessels") is one currency.
        if (values.StoryCurrencyOf(a, ta, countedA) is { } ownA) currencyA = ownA;
        if (values.StoryCurrencyOf(b, tb, countedB) is { } ownB) currencyB = ownB;
        if (currencyA != currencyB) return 0;
        // "hit the pier at 5.10am" against "hit a pier of the bridge at 05:40": a time of day, the same slot as the durations.
        if (ClockMinutes(a, ta) is { } clockA && ClockMinutes(b, tb) is { } clockB)
        {
            // "10:15 a.m. local time" and "08:15 GMT" may be one moment: times in different zones are not compared.
            if (ClockZone(a, ta) != ClockZone(b, tb)) return 0;
            // Sentences that set two parts or two opposite acts apart ("the north gallery", "the south gallery"; "polls opened",
            // "polls closed") give two times. Two articles that each give one time of day only, in sentences with two words in
            // common besides names, give the time of the story's event.
            if (clockA == clockB || a.ToldApartFrom(b)) return 0;
            var soleTimes = values.GivesOneTimeOfDay(a) && values.GivesOneTimeOfDay(b) && a.SharedContent(b, a.IsName) >= 2;
            return 1 + SharedWordsBefore(a, ta, b, tb) + (soleTimes ? 1 : 0);
        }
        // "closed for six weeks" against "closed for at least three weeks", "faulty for six weeks" against "out of order
        // for three months": a length of time, the same slot when the words before it match or the sentences are alike.
        if (DurationDays(a, ta, countedA) is { } daysA && DurationDays(b, tb, countedB) is { } daysB)
        {
            if (daysA == daysB || !WithinFactor(daysA, daysB, MaxDurationRatio)) return 0;
            return 1 + SharedWordsBefore(a, ta, b, tb);
        }
        if (magnitudeA != magnitudeB)
        {
            // "1.2 million gallons" against "900,000 gallons": written differently, the same slot when the counted
            // thing matches; a percentage never fills the slot of a count.
            // A unit of measure on both ("gallons") makes the slot as sure as a currency does.
            if (magnitudeA == "percent" || magnitudeB == "percent") return 0;
            if (countedA is null || !SameCounted(countedA, countedB)) return 0;
            // "4,000 florins" a day against "410 million florins" since 2014: amounts of another order are other amounts.
            if (!WithinOrder(Scaled(ta, magnitudeA), Scaled(tb, magnitudeB))) return 0;
            return Measures.ContainsKey(countedA) ? 2 : 1;
        }
        // A share names its slot before it: "Turnout was 64 percent" against "Turnout on May 30 was 61 percent".
        // It may also name it after the share's population: "91 per cent of the pilots who voted backed industrial action"
        // against "81% of members backed strike action".
        if (magnitudeA == "percent")
        {
            var after = 0;
            if (IsShareOf(a, ta) && IsShareOf(b, tb))
            {
                var said = Following(a, ta, ShareClauseWords);
                said.IntersectWith(Following(b, tb, ShareClauseWords));
                if (countedA is not null) said.Remove(countedA);
                if (said.Count >= 2) after = said.Count;
            }
            // A share dated alike right after it is the same period's: "eased to 2.8% in October" against "cooled to 2.6 per cent in October".
            var period = DateRightAfter(a, ta) is { } periodA && periodA == DateRightAfter(b, tb) ? 1 : 0;
            return SharedWordsBefore(a, ta, b, tb) + (countedA is not null && SameCounted(countedA, countedB) ? 1 : 0) + after + period;
        }
        var followA = Following(a, ta, 2);
        followA.IntersectWith(Following(b, tb, 2));
        // "€380 million" and "€410 million" in one story are one amount told two ways; a bare magnitude
        // ("1.2 million", "40 percent") still needs the counted thing to match.
        if (currencyA.Length > 0 && magnitudeA.Length > 0) return 2 + followA.Count;
        // "refunded MRK 400 each" against "refunding passengers 250 mirkas each": plain amounts of one currency near in size,
        // named alike by the words before or after them; a KVR 40 ticket and a KVR 25,000 fine are other amounts.
        // Only the story's own currency, which outlets write as a code or a word: two prices in euros still need the
        // things priced to match (below).
        if (currencyA.Length > 0 && magnitudeA.Length == 0 && values.StoryCurrencyOf(a, ta, countedA) is not null)
        {
            return Comparable(ta, tb) ? 1 + followA.Count + SharedWordsBefore(a, ta, b, tb) : 0;
        }
        // The counted thing is the first content word after the number: "17 people", "1.2 million TapGo accounts".
        // A unit of measure written two ways ("0.6 degrees" against "0.8°C") is the same thing, and as telling as a currency.
        // Lengths, masses and times in different units ("300 metres" against "half a kilometre") are compared as one unit.
        var measureA = MeasureOf(a, ta, countedA);
        var measureB = MeasureOf(b, tb, countedB);
        // "1.5C" and "2.7F", "-12C" and "10F": one temperature or one rise in two scales, not two values.
        if (measureA == "degree" && measureB == "degree" && TemperatureScale(a, ta) is { } scaleA && TemperatureScale(b, tb) is { } scaleB && scaleA != scaleB) return 0;
        var converted = InOneUnit(measureA, ta, measureB, tb);
        // A conversion is rounded by whoever writes it ("70mph", "110kph" for 112.7): within a twentieth it is the same amount.
        if (converted is { } amounts && Math.Abs(amounts.A - amounts.B) <= ConversionRounding * Math.Max(amounts.A, amounts.B)) return 0;
        // "27 kilometres from the finish" against "31 kilometres an hour": two measures that no conversion joins are two things.
        if (measureA is not null && measureB is not null && measureA != measureB && converted is null) return 0;
        var measure = (measureA is not null && measureA == measureB) || converted is not null ? 1 : 0;
        // A generic counter ("people", "residents") is the same thing only when what they did matches too ("people injured").
        var thing = countedA;
        var otherThing = countedB;
        // "four divers" against "seven cave divers": the head of a compound is what is counted. Not when the first word is a
        // unit: "a five-year contract" counts years, whatever has that length.
        var sameCounted = thing is not null && (SameCounted(thing, otherThing)
            || (!IsUnitWord(thing) && otherThing is not null && !IsUnitWord(otherThing) && SameCounted(CountedNounHead(a, ta) ?? thing, CountedNounHead(b, tb))));
        // "84,000 e-bikes" against "90,000 bikes": the counted thing written two ways still counts as a shared word.
        if (sameCounted && thing != otherThing) followA.Add(thing!);
        var sameThing = measure > 0 || (sameCounted && (!GenericCounted.Contains(thing!) || followA.Count > 1));
        // "420 flights were cancelled" against "nearly 600 departures and arrivals had been cancelled", "injuring two
        // groundsmen" against "three members of staff were injured": one count under two nouns, told by what befell it.
        if (!sameThing && thing is not null && otherThing is not null && currencyA.Length == 0 && measure == 0 && IsPlainCount(thing) && IsPlainCount(otherThing)
            && (CountsAnyone(thing) || CountsAnyone(otherThing))
            && Comparable(ta, tb) && values.PredicateOf(a, ta) is { } predicate && predicate == values.PredicateOf(b, tb) && !a.ToldApartFrom(b))
        {
            return 2;
        }
        // "a five-year contract" against "within eight weeks": lengths in two units of time are two lengths, whatever follows.
        // Spans near enough to be one told in two units ("a five-year contract", "a 36-month contract") still meet.
        if (!sameThing && thing is not null && otherThing is not null && TimeUnits.Contains(thing) && TimeUnits.Contains(otherThing)
            && !(SpanDays(ta, thing) is { } spanA && SpanDays(tb, otherThing) is { } spanB && WithinFactor(spanA, spanB, MaxDurationRatio)))
        {
            return 0;
        }
        // "Thirty-eight were refloated" against "43 whales were refloated": a count whose noun is left out counts whatever
        // the other count's sentence says befell the same way.
        if (!sameThing && thing is not null && otherThing is not null && currencyA.Length == 0 && measure == 0 && (ElidesNoun(a, ta) || ElidesNoun(b, tb))
            && IsPlainCount(thing) && IsPlainCount(otherThing) && Comparable(ta, tb)
            && values.PredicateOf(a, ta) is { } befell && befell == values.PredicateOf(b, tb) && !a.ToldApartFrom(b))
        {
            return 2;
        }
        if (!sameThing) return Math.Min(followA.Count, 1);
        // "made 94 guests ill" against "a reception for about 150 guests": the part that a state befell is not the whole.
        var predicateA = values.PredicateOf(a, ta);
        var predicateB = values.PredicateOf(b, tb);
        if (predicateA != predicateB && (IsStateKey(predicateA) || IsStateKey(predicateB))) return 0;
        // Retellings drift by a little, not by a factor: "three firefighters were treated" is a few of "120 firefighters".
        var comparable = converted is { } pair ? Math.Max(pair.A, pair.B) <= 2 * Math.Min(pair.A, pair.B) : Comparable(ta, tb);
        if (!comparable) return 0;
        // "340 jobs" against "430 jobs" in two sentences naming the same company: the count of one thing of one party.
        // "17 fires" against "19 fires" where each article counts fires once: the story's one count of that thing.
        var sole = sameCounted && !GenericCounted.Contains(thing!) && !TimeUnits.Contains(thing!)
            && ((values.CountsOnce(a, thing!, ta) && values.CountsOnce(b, otherThing!, tb)) || CloseCountsOfOneThing(a, ta, b, tb, values)) ? 1 : 0;
        // "within a two-kilometre radius" against "within 3km of the plant": each article's only distance of that size.
        if (measure > 0 && SoleMeasuresOfOneThing(a, ta, b, tb, values)) sole = 1;
        // "pellets had been found along 40 kilometres of coastline" against "have been found along a 15-mile stretch": the
        // words before a measure name its slot, as they do a length of time's.
        else if (measure > 0 && SharedWordsBefore(a, ta, b, tb) > 0) sole = 1;
        return followA.Count + measure + (magnitudeA.Length > 0 ? 1 : 0) + (SharesName(a, b) ? 1 : 0) + sole;
    }

    /// <summary>
    /// Whether a number is an ordinal of a place in a row: its suffix follows it ("14th" is read as 14 and "th"), and the
    /// word after is no unit of time ("the 14th floor"; not "its 150th year").
    /// </summary>
    private static bool IsPlaceInRow(ClaimUnit unit, ClaimTerm number, string? counted)
    {
        if (counted is not ("st" or "nd" or "rd" or "th")) return false;
        // The word after the suffix, light or not ("year" is a light word to Following).
        var at = unit.Terms.IndexOf(number) + 2;
        return at >= unit.Terms.Length || !TimeUnits.Contains(unit.Terms[at].Key);
    }

    /// <summary>Whether a number is written as a plain count: no tally ("the 3-2 vote" counts two things), year, currency, share or time of day.</summary>
    private static bool IsBareCount(ClaimUnit unit, ClaimTerm number)
    {
        if (number.Kind != ClaimTermKind.Number || number.Key.Contains('-', StringComparison.Ordinal) || IsYear(unit, number)) return false;
        var (currency, magnitude) = UnitOf(unit, number);
        return currency.Length == 0 && magnitude != "percent" && ClockMinutes(unit, number) is null;
    }

    /// <summary>
    /// What a plain count (<see cref="IsBareCount"/>) counts when that is a specific thing ("seven lakes"), or null: no
    /// generic counter ("seven people"), unit of time ("seven days") or measure ("seven metres").
    /// </summary>
    private static string? SpecificCount(ClaimUnit unit, ClaimTerm number) =>
        IsBareCount(unit, number) && FirstCounted(unit, number) is { } counted && !GenericCounted.Contains(counted) && !TimeUnits.Contains(counted) && !Measures.ContainsKey(counted)
            ? counted
            : null;

    /// <summary>How far apart two counts may lie and still be one count retold (<see cref="CloseCountsOfOneThing"/>).</summary>
    private const double RetoldCountRatio = 1.25;

    /// <summary>
    /// Whether two counts are one count retold: plain counts of one specific thing ("carrying 64 passengers", "with 70
    /// passengers on board"), each its article's only count of that thing near its size
    /// (<see cref="StoryValues.CountsOnceNear"/>), within a quarter of each other (<see cref="RetoldCountRatio"/>), and told
    /// with the same thing befalling them, or with nothing. Eight passengers treated at the scene and seven kept in
    /// hospital are two sub-counts, told apart by what befell them.
    /// </summary>
    private static bool CloseCountsOfOneThing(ClaimUnit a, ClaimTerm ta, ClaimUnit b, ClaimTerm tb, StoryValues values)
    {
        if (ValueOf(ta) is not { } x || ValueOf(tb) is not { } y || x == y || !WithinFactor(x, y, RetoldCountRatio)) return false;
        if (!values.CountsOnceNear(a, ta) || !values.CountsOnceNear(b, tb) || !SameCounted(FirstCounted(a, ta)!, FirstCounted(b, tb))) return false;
        // One told with what befell the things counted and one without is no retelling: "a school with 300 pupils" and
        // "260 pupils sat the paper", "48 children on board" and "40 children who walked away".
        return values.PredicateOf(a, ta) == values.PredicateOf(b, tb);
    }

    /// <summary>
    /// Whether two units give their articles' sole measures (<see cref="StoryValues.SoleMeasureFamily"/>) of one family
    /// for one thing: a word right before or after each measure, the unit aside, is the same ("up to 5cm across" against
    /// "seven centimetres across", "residents within a two-kilometre radius" against "residents living within 3km"), and
    /// the sentences share at least <see cref="SoleMeasureSharedWords"/> content words. "6cm of water in the cellars" is
    /// not the size of the hailstones.
    /// </summary>
    private static bool SoleMeasuresOfOneThing(ClaimUnit a, ClaimTerm ta, ClaimUnit b, ClaimTerm tb, StoryValues values)
    {
        if (values.SoleMeasureFamily(a, ta) is not { } family || family != values.SoleMeasureFamily(b, tb)) return false;
        var after = Following(a, ta, 2);
        after.IntersectWith(Following(b, tb, 2));
        after.RemoveWhere(Measures.ContainsKey);
        return (after.Count > 0 || SharedWordsBefore(a, ta, b, tb) > 0 || NamesMeasuredThing(a, ta, b, tb) || NamesMeasuredThing(b, tb, a, ta))
            && a.SharedContent(b, a.IsName) >= SoleMeasureSharedWords;
    }

    /// <summary>
    /// Whether the thing a measure written into a compound measures ("a 48-metre Brontek tower crane": the crane, the last
    /// word of the words right after it) is named just before the other measure ("the crane, 62 metres tall").
    /// </summary>
    private static bool NamesMeasuredThing(ClaimUnit a, ClaimTerm ta, ClaimUnit b, ClaimTerm tb)
    {
        if (CompoundHead(a, ta) is not { } head || Measures.ContainsKey(head)) return false;
        return Around(b, tb, 3, 0).ContainsKey(head);
    }

    /// <summary>The last word of the words that follow a measure with nothing between them ("48-metre Brontek tower crane": "crane"), at most four, or null.</summary>
    private static string? CompoundHead(ClaimUnit unit, ClaimTerm number)
    {
        var text = unit.Article.Text;
        var i = unit.Terms.IndexOf(number);
        string? head = null;
        var end = number.Span.End;
        for (var k = i + 1; k < unit.Terms.Length && k <= i + 4; k++)
        {
            var t = unit.Terms[k];
            var gap = text.AsSpan(end, Math.Max(0, t.Span.Start - end)).Trim();
            // The unit glued to the number ("48-metre") and the words after it, with spaces or a hyphen between.
            if (t.Kind is ClaimTermKind.Number or ClaimTermKind.Date || !(gap.IsEmpty || gap is "-")) break;
            if (t.Kind == ClaimTermKind.Word) head = t.Key;
            end = t.Span.End;
        }
        return head;
    }

    /// <summary>Content words shared among the three before each number: the words that name a share's, a duration's or a time's slot.</summary>
    private static int SharedWordsBefore(ClaimUnit a, ClaimTerm ta, ClaimUnit b, ClaimTerm tb) =>
        Around(a, ta, 3, 0).Keys.Count(Around(b, tb, 3, 0).ContainsKey);

    /// <summary>Whether two units name one entity of the story.</summary>
    private static bool SharesName(ClaimUnit a, ClaimUnit b) =>
        a.Terms.Any(t => t.Kind == ClaimTermKind.Name && ClaimSplitter.IsEntityKey(t.Key) && b.Keys.Contains(t.Key));

    /// <summary>
    /// The currency and magnitude a number is written with: "€620 million" (€, million), "ZEL 1.4bn" (zel, billion),
    /// "1.2 billion zels" (zel, billion: a currency word after the number is taken when the other side gives that
    /// currency's code), "55%" (percent). Magnitudes are normalised ("bn" is "billion", "per cent" is "percent").
    /// </summary>
    private static (string Currency, string Magnitude) UnitOf(ClaimUnit unit, ClaimTerm number)
    {
        var text = unit.Article.Text;
        var before = number.Span.Start - 1;
        while (before >= unit.Span.Start && text[before] == ' ') before--;
        var currency = "";
        if (before >= unit.Span.Start && text[before] is '€' or '$' or '£' or '¥') currency = text[before].ToString();
        else if (CurrencyCodeBefore(text, unit.Span.Start, before) is { } code) currency = CurrencyCodes.GetValueOrDefault(code, code);
        else if (GluedCurrencyCode(text, unit.Span.Start, number.Span.Start) is { } glued) currency = glued;
        var after = number.Span.End;
        while (after < unit.Span.End && text[after] == ' ') after++;
        if (after < unit.Span.End && text[after] == '%') return (currency, "percent");
        var end = after;
        while (end < unit.Span.End && char.IsLetter(text[end])) end++;
        var word = text[after..end].ToLowerInvariant();
        if (word == "per" && text.AsSpan(end, Math.Min(5, unit.Span.End - end)).Trim().StartsWith("cent", StringComparison.OrdinalIgnoreCase)) return (currency, "percent");
        // "the 212-million-crown contract": a magnitude joined to its number by a hyphen.
        if (word.Length == 0 && after < unit.Span.End && text[after] == '-')
        {
            end = after + 1;
            while (end < unit.Span.End && char.IsLetter(text[end])) end++;
            // Only a magnitude written out: "12-m" and "10-k" are a unit of length, not millions and thousands.
            var joined = text[(after + 1)..end].ToLowerInvariant();
            if (CountMagnitudes.Contains(joined)) return (currency, joined);
        }
        return (currency, NormalMagnitudes.GetValueOrDefault(word, ""));
    }

    /// <summary>
    /// Whether the unit writes <paramref name="value"/> out: a date with its day or year in figures ("9 April", "April 7"),
    /// not only relative to the article's date ("last Thursday"); an amount with its magnitude in words ("412 million
    /// tessels"), not abbreviated ("Ts 412m").
    /// </summary>
    private static bool WritesValueOutright(ClaimUnit unit, string value)
    {
        foreach (var term in unit.Terms)
        {
            if (term.Key != value) continue;
            if (term.Kind == ClaimTermKind.Date && unit.Article.Text.AsSpan(term.Span.Start, term.Span.Length).IndexOfAnyInRange('0', '9') >= 0) return true;
            if (term.Kind == ClaimTermKind.Number && TextAfter(unit, term, 12).TrimStart().ToString() is var after
                && CountMagnitudes.Any(m => after.StartsWith(m, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The key of a date within the two terms after a number ("2.8% in October"), or null.</summary>
    private static string? DateRightAfter(ClaimUnit unit, ClaimTerm number)
    {
        var i = unit.Terms.IndexOf(number);
        for (var k = i + 1; k < unit.Terms.Length && k <= i + 2; k++)
        {
            if (unit.Terms[k].Kind == ClaimTermKind.Date) return unit.Terms[k].Key;
            if (unit.Terms[k].Kind == ClaimTermKind.Number) return null;
        }
        return null;
    }

    /// <summary>Whether a share is written of a population: "91 per cent of the pilots", "81% of members".</summary>
    private static bool IsShareOf(ClaimUnit unit, ClaimTerm number)
    {
        var after = TextAfter(unit, number, 16).TrimStart();
        if (after.StartsWith("%")) after = after[1..];
        else if (after.StartsWith("per cent", StringComparison.OrdinalIgnoreCase)) after = after[8..];
        else if (after.StartsWith("percent", StringComparison.OrdinalIgnoreCase)) after = after[7..];
        else return false;
        return after.StartsWith(" of ", StringComparison.Ordinal);
    }

    /// <summary>An upper-case three-letter code right before a number ("ZEL 1.4bn", "USD 20m"), lower-cased; null otherwise.</summary>
    private static string? CurrencyCodeBefore(string text, int floor, int last)
    {
        if (last - 2 < floor || (last - 3 >= floor && char.IsLetter(text[last - 3]))) return null;
        for (var i = last - 2; i <= last; i++)
        {
            if (text[i] is < 'A' or > 'Z') return null;
        }
        return text.Substring(last - 2, 3).ToLowerInvariant();
    }

    /// <summary>
    /// A currency code glued to the number it precedes ("Sh2bn", "R5m", "Mk6.5m", as <see cref="Tokenizer"/> splits them):
    /// a capital and at most two more letters right before the number, lower-cased; null otherwise.
    /// </summary>
    private static string? GluedCurrencyCode(string text, int floor, int numberStart)
    {
        var start = numberStart;
        while (start > floor && numberStart - start < 3 && char.IsAsciiLetter(text[start - 1])) start--;
        if (start == numberStart || !char.IsAsciiLetterUpper(text[start]) || (start > floor && char.IsLetterOrDigit(text[start - 1]))) return null;
        return text[start..numberStart].ToLowerInvariant();
    }

    /// <summary>Currency codes of the symbols the detector reads, so "EUR 5m" and "€5m" are one currency.</summary>
    private static readonly FrozenDictionary<string, string> CurrencyCodes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["eur"] = "€", ["usd"] = "$", ["gbp"] = "£", ["jpy"] = "¥",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Names of the world's currencies, singular, that a short code glued to an amount may abbreviate ("Sh", "KSh", "Rs", "R").</summary>
    private static readonly FrozenSet<string> CurrencyNames = new[]
    {
        "shilling", "rand", "rupee", "kwacha", "naira", "cedi", "birr", "dirham", "dinar", "riyal", "rial", "ringgit", "rupiah",
        "peso", "real", "reais", "lira", "zloty", "forint", "koruna", "krona", "krone", "kronor", "kroner", "lev", "leu", "lek",
        "dram", "lari", "manat", "som", "tenge", "hryvnia", "rouble", "ruble", "yuan", "renminbi", "won", "baht", "dong", "kip",
        "riel", "taka", "afghani", "kyat", "franc", "pound", "shekel", "sol", "guarani", "bolivar", "colon", "lempira", "quetzal",
        "cordoba", "balboa", "lilangeni", "loti", "pula", "kwanza", "metical", "ouguiya", "leone", "dalasi", "ariary", "rufiyaa",
        "ngultrum", "tugrik", "pataca", "kina", "vatu", "tala", "dollar", "euro", "yen", "mark",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Currency words after a number ("20 million euros"), as their symbols.</summary>
    private static readonly FrozenDictionary<string, string> CurrencyWords = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["euro"] = "€", ["euros"] = "€", ["dollar"] = "$", ["dollars"] = "$", ["yen"] = "¥",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Two amounts further apart than this factor are not one amount told two ways.</summary>
    private const double MaxAmountRatio = 10;

    /// <summary>Whether two amounts are within <see cref="MaxAmountRatio"/> of each other; true when either is unknown.</summary>
    private static bool WithinOrder(double? a, double? b) => a is not { } x || b is not { } y || WithinFactor(x, y, MaxAmountRatio);

    /// <summary>The value of a number with its magnitude ("1.2" and "million" is 1,200,000), or null when it reads as no number.</summary>
    private static double? Scaled(ClaimTerm number, string magnitude) => ValueOf(number) is { } value ? value * MagnitudeSizes.GetValueOrDefault(magnitude, 1) : null;

    /// <summary>The value a number term holds ("#1.5" is 1.5), or null when its key reads as no number (a tally, "#6-1").</summary>
    private static double? ValueOf(ClaimTerm number) => ValueOf(number.Key);

    /// <summary>The value of a number's claim key ("#47").</summary>
    private static double? ValueOf(string key) =>
        double.TryParse(key.AsSpan(1), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>Whether two positive values are within <paramref name="factor"/> of each other.</summary>
    private static bool WithinFactor(double x, double y, double factor) => x > 0 && y > 0 && Math.Max(x, y) <= factor * Math.Min(x, y);

    /// <summary>Magnitude words after a number, by their normal form ("bn" is "billion").</summary>
    private static readonly FrozenDictionary<string, string> NormalMagnitudes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["thousand"] = "thousand", ["k"] = "thousand", ["million"] = "million", ["m"] = "million", ["mn"] = "million",
        ["billion"] = "billion", ["bn"] = "billion", ["trillion"] = "trillion", ["tn"] = "trillion", ["percent"] = "percent",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The magnitudes of counts and amounts written out ("412 million"), as <see cref="NormalMagnitudes"/> names them, by their size.</summary>
    private static readonly FrozenDictionary<string, double> MagnitudeSizes = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> CountMagnitudes = MagnitudeSizes.Keys.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Things news counts in thousands and millions, as <see cref="FirstCounted"/> reads them: such a word after "3bn" is
    /// what is counted, never a currency a short code stands for.
    /// </summary>
    private static readonly FrozenSet<string> CountedInBulk = new[]
    {
        "shares", "people", "barrels", "tonnes", "tons", "users", "customers", "passengers", "visitors", "viewers", "votes", "voters",
        "doses", "units", "copies", "subscribers", "homes", "jobs", "workers", "members", "students", "patients", "acres", "hectares",
        "litres", "gallons", "miles", "kilometres", "records", "accounts", "devices", "downloads", "streams", "tickets", "vehicles",
        "cars", "items", "animals", "birds", "trees", "cases", "deaths", "calls", "messages", "files", "documents", "pages", "words",
    }.Select(ParaphraseLexicon.Canonical).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Endings of English nouns made from other words ("shipment", "container"): no currency's name is built so.</summary>
    private static readonly string[] NounSuffixes = ["ment", "tion", "sion", "ness", "ity", "ance", "ence", "ship", "hood", "ing", "ist", "er", "or", "age", "ure"];

    /// <summary>Words that scale a number rather than name what it counts: the magnitudes, and "per cent" in two words.</summary>
    private static readonly FrozenSet<string> Magnitudes = NormalMagnitudes.Keys.Concat(["per", "cent"]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The currency of a number when the words after it name one: a known currency word ("euros"), a word that is
    /// the other side's currency code in the plural or singular ("zels" against "ZEL"), or a longer word the other
    /// side's short code abbreviates, its first letter and the rest in order ("shillings" against "Sh2bn").
    /// </summary>
    private static string CurrencyAfter(string? counted, string otherCurrency)
    {
        if (counted is null) return "";
        if (CurrencyWords.TryGetValue(counted, out var symbol)) return symbol;
        if (otherCurrency.Length == 3 && (counted == otherCurrency || counted == otherCurrency + "s")) return otherCurrency;
        return Abbreviates(otherCurrency, counted) ? otherCurrency : "";
    }

    /// <summary>
    /// A short code right before a number, glued or after one space, one to three letters the first of them upper-case
    /// ("Ts 455m", "KRV 1.8 billion", "Mk84m"), lower-cased; null for anything else or a word such as "At" or "By".
    /// </summary>
    private static string? ShortCodeBefore(ClaimUnit unit, ClaimTerm number)
    {
        var text = unit.Article.Text;
        var end = number.Span.Start;
        if (end > unit.Span.Start && text[end - 1] == ' ') end--;
        var start = end;
        while (start > unit.Span.Start && end - start < 4 && char.IsLetter(text[start - 1])) start--;
        if (start == end || end - start > 3 || !char.IsUpper(text[start]) || (start > unit.Span.Start && char.IsLetterOrDigit(text[start - 1]))) return null;
        var code = text[start..end];
        return Text.Stopwords.IsStopword(code.ToLowerInvariant()) ? null : code.ToLowerInvariant();
    }

    /// <summary>Whether a code abbreviates a word: the word starts with the code's first letter and holds the rest in order, and is longer.</summary>
    private static bool AbbreviatesWord(string code, string word)
    {
        if (code.Length is 0 or > 3 || word.Length < code.Length + 2 || word[0] != code[0]) return false;
        var at = 1;
        for (var k = 1; k < code.Length; k++)
        {
            at = word.IndexOf(code[k], at);
            if (at < 0) return false;
            at++;
        }
        return true;
    }

    /// <summary>
    /// Whether a short lower-case code abbreviates a currency's name: the name is a currency's (<see cref="CurrencyNames"/>,
    /// singular or plural; "shares" is none) that the code abbreviates (<see cref="AbbreviatesWord"/>).
    /// </summary>
    private static bool Abbreviates(string code, string word)
    {
        // The counted word is a stem ("shill" of "shillings"): it names a currency when it is one or begins one.
        if (!CurrencyNames.Contains(word) && !CurrencyNames.Contains(word.TrimEnd('s')) && !(word.Length >= 4 && CurrencyNames.Any(n => n.StartsWith(word, StringComparison.Ordinal)))) return false;
        return code.Length > 0 && char.IsAsciiLetter(code[0]) && AbbreviatesWord(code, word);
    }

    /// <summary>
    /// The unit of measure a number is given in ("0.8°C", "0.6 degrees", "38 kilometres", "42-km", "five hours"),
    /// as one canonical word; null when the number is followed by no known unit.
    /// </summary>
    private static string? MeasureOf(ClaimUnit unit, ClaimTerm number, string? counted)
    {
        var text = unit.Article.Text;
        if (number.Span.End < unit.Span.End && text[number.Span.End] == '\u00B0') return "degree";
        var measure = counted is null ? null : Measures.GetValueOrDefault(counted);
        // "31 kilometres an hour", "70km/h": a speed is never a distance.
        return measure is "km" or "mile" or "metre" && SpeedAfter().IsMatch(TextAfter(unit, number, 32)) ? "speed " + measure : measure;
    }

    [GeneratedRegex(@"^\s*[a-z]+\s*(?:/\s*h\b|/\s*s\b|an\s+hour\b|per\s+hour\b|a\s+second\b|per\s+second\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpeedAfter();

    /// <summary>The scale of a temperature: 'C' or 'F' from "23C", "23°C", "23 °F", "23 degrees Celsius"; null when it does not say.</summary>
    private static char? TemperatureScale(ClaimUnit unit, ClaimTerm number)
    {
        var after = TextAfter(unit, number, 24).TrimStart();
        if (after.StartsWith("\u00B0")) after = after[1..].TrimStart();
        if (after.Length > 0 && after[0] is 'C' or 'F' && (after.Length == 1 || !char.IsLetter(after[1]))) return after[0];
        if (after.StartsWith("degrees", StringComparison.OrdinalIgnoreCase)) after = after[7..].TrimStart();
        else if (after.StartsWith("degree", StringComparison.OrdinalIgnoreCase)) after = after[6..].TrimStart();
        if (after.StartsWith("celsius", StringComparison.OrdinalIgnoreCase) || after.StartsWith("centigrade", StringComparison.OrdinalIgnoreCase)) return 'C';
        if (after.StartsWith("fahrenheit", StringComparison.OrdinalIgnoreCase)) return 'F';
        return null;
    }

    /// <summary>At most <paramref name="reach"/> characters of a unit's text right after one of its numbers.</summary>
    /// <summary>Whether a count is of a part of a group: "fourteen of the guests", "two of them", "three of its crew".</summary>
    private static bool CountsAPart(ClaimUnit unit, ClaimTerm number) => PartOf().IsMatch(TextAfter(unit, number, 16));

    [GeneratedRegex(@"^\s+of\s+(?:the|them|its|their|his|her|those|these|our)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PartOf();

    private static ReadOnlySpan<char> TextAfter(ClaimUnit unit, ClaimTerm number, int reach) =>
        unit.Article.Text.AsSpan(number.Span.End, Math.Max(0, Math.Min(unit.Span.End, number.Span.End + reach) - number.Span.End));

    /// <summary>A capital C or F right after a number, ending the word there: "23C", "73F".</summary>
    private static bool GluedDegreeLetter(string text, int at, int end) =>
        at < end && text[at] is 'C' or 'F' && (at + 1 >= end || !char.IsLetterOrDigit(text[at + 1]));

    /// <summary>Stemmed unit words and abbreviations, by the unit they measure in.</summary>
    private static readonly FrozenDictionary<string, string> Measures = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["degre"] = "degree", ["degree"] = "degree", ["celsius"] = "degree", ["fahrenheit"] = "degree",
        ["km"] = "km", ["kilometr"] = "km", ["kilometre"] = "km", ["kilometer"] = "km", ["mile"] = "mile",
        ["metr"] = "metre", ["metre"] = "metre", ["meter"] = "metre",
        ["cm"] = "cm", ["centimetr"] = "cm", ["centimetre"] = "cm", ["centimeter"] = "cm",
        ["mm"] = "mm", ["millimetr"] = "mm", ["millimetre"] = "mm", ["millimeter"] = "mm",
        ["ft"] = "foot", ["foot"] = "foot", ["feet"] = "foot", ["inch"] = "inch", ["inche"] = "inch",
        ["nautical"] = "nautical mile", ["nautic"] = "nautical mile", ["mph"] = "speed mile", ["kph"] = "speed km", ["kmh"] = "speed km", ["gram"] = "gram", ["gramm"] = "gram",
        ["hour"] = "hour", ["hr"] = "hour", ["minut"] = "minute", ["minute"] = "minute",
        ["kg"] = "kg", ["kilogram"] = "kg", ["tonn"] = "tonne", ["tonne"] = "tonne", ["ton"] = "tonne",
        ["litr"] = "litre", ["litre"] = "litre", ["liter"] = "litre", ["gallon"] = "gallon",
        ["hectar"] = "hectare", ["hectare"] = "hectare", ["acr"] = "acre", ["acre"] = "acre",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Units of measure of one family, with their size in its base unit (metre, kilogram, minute, litre).</summary>
    private static readonly FrozenDictionary<string, (string Family, double Size)> UnitSizes = new Dictionary<string, (string, double)>(StringComparer.Ordinal)
    {
        ["km"] = ("length", 1000), ["metre"] = ("length", 1), ["mile"] = ("length", 1609.344),
        ["cm"] = ("length", 0.01), ["mm"] = ("length", 0.001), ["foot"] = ("length", 0.3048), ["inch"] = ("length", 0.0254), ["nautical mile"] = ("length", 1852),
        ["speed km"] = ("speed", 1000), ["speed mile"] = ("speed", 1609.344), ["gram"] = ("mass", 0.001),
        ["kg"] = ("mass", 1), ["tonne"] = ("mass", 1000), ["hour"] = ("time", 60), ["minute"] = ("time", 1),
        ["litre"] = ("volume", 1), ["gallon"] = ("volume", 3.785),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Two numbers measured in different units of one family, in its base unit: "300 metres" and "half a kilometre" are
    /// (300, 500), "0.3 kilometres" and "300 metres" (300, 300). Null when the units are the same or of different families.
    /// </summary>
    private static (double A, double B)? InOneUnit(string? measureA, ClaimTerm a, string? measureB, ClaimTerm b)
    {
        if (measureA is null || measureB is null || measureA == measureB) return null;
        if (InBaseUnit(measureA, a) is not { } x || InBaseUnit(measureB, b) is not { } y || x.Family != y.Family) return null;
        return (x.Value, y.Value);
    }

    /// <summary>A measured number in its family's base unit ("half a kilometre" is 500 metres); null for a unit of no family.</summary>
    private static (string Family, double Value)? InBaseUnit(string? measure, ClaimTerm number) =>
        measure is not null && UnitSizes.TryGetValue(measure, out var size) && ValueOf(number) is { } value
            ? (size.Family, value * size.Size)
            : null;

    private static string? FirstCounted(ClaimUnit unit, ClaimTerm term)
    {
        // "23C", "73F": a temperature, counted in degrees as "19 degrees Celsius" is.
        if (GluedDegreeLetter(unit.Article.Text, term.Span.End, unit.Span.End)) return "degre";
        return FirstCountedTerm(unit, term) is { Kind: ClaimTermKind.Word } counted ? counted.Key : null;
    }

    /// <summary>The first term after a number in its phrase, names and magnitudes passed over ("1.2 million TapGo accounts"), or null.</summary>
    private static ClaimTerm? FirstCountedTerm(ClaimUnit unit, ClaimTerm term)
    {
        var text = unit.Article.Text;
        for (var k = unit.Terms.IndexOf(term) + 1; k < unit.Terms.Length; k++)
        {
            var t = unit.Terms[k];
            // What a number counts follows it in its phrase: "4.50%, the bank said" counts no bank.
            if (text.AsSpan(term.Span.End, Math.Max(0, t.Span.Start - term.Span.End)).IndexOfAny(PhraseBreaks) >= 0) return null;
            if (t.Kind == ClaimTermKind.Name || Magnitudes.Contains(t.Key)) continue;
            return t;
        }
        return null;
    }

    /// <summary>
    /// The last word of the run of content words right after a number, only spaces or hyphens between them: "seven cave
    /// divers and a team" counts "diver"; "43 whales were refloated" counts "whal". Null when no word follows the number.
    /// </summary>
    private static string? CountedNounHead(ClaimUnit unit, ClaimTerm term)
    {
        if (FirstCountedTerm(unit, term) is not { Kind: ClaimTermKind.Word } first) return null;
        var text = unit.Article.Text;
        var head = first;
        for (var k = unit.Terms.IndexOf(first) + 1; k < unit.Terms.Length; k++)
        {
            var next = unit.Terms[k];
            if (next.Kind != ClaimTermKind.Word || !text.AsSpan(head.Span.End, Math.Max(0, next.Span.Start - head.Span.End)).Trim().IsEmpty) break;
            // "62 people injured", "40 riders caught": a participle after the noun tells what befell it, and is no part of it.
            var word = next.Span.Slice(text);
            if (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) break;
            // "four rival bidders" against "five bidders": the rivals are the others, a part of the whole.
            if (PartWords.Contains(head.Key)) return null;
            head = next;
        }
        return head.Key;
    }

    private static bool IsUnitWord(string counted) => TimeUnits.Contains(counted) || Measures.ContainsKey(counted);

    /// <summary>Words before a counted noun that make the count a part of a larger one: "four rival bidders", "three other firms".</summary>
    private static readonly FrozenSet<string> PartWords = new[] { "other", "rival", "remaining", "further", "additional", "extra", "fellow", "more" }
        .Select(ParaphraseLexicon.Canonical).ToFrozenSet(StringComparer.Ordinal);

    private static readonly System.Buffers.SearchValues<char> PhraseBreaks = System.Buffers.SearchValues.Create(",;:.()\u2013\u2014");

    /// <summary>
    /// The head of a counted word, by which two spellings of one thing meet: the last part of a compound ("e-bik" →
    /// "bik") without a final e, which the stemmer keeps on short words only ("bike" → "bik").
    /// </summary>
    private static string CountedHead(string counted)
    {
        var head = counted.AsSpan(counted.LastIndexOf('-') + 1);
        if (head.Length == 0) return counted;
        if (head.Length > 3 && head[^1] == 'e') head = head[..^1];
        return head.Length == counted.Length ? counted : head.ToString();
    }

    /// <summary>Whether two counts are within a factor of two of each other; a tally or score ("6-1") is not measured so.</summary>
    private static bool Comparable(ClaimTerm a, ClaimTerm b) => ValueOf(a) is not { } x || ValueOf(b) is not { } y || WithinFactor(x, y, 2);

    private static bool SameCounted(string counted, string? other) =>
        other is not null && (counted == other || CountedHead(counted) == CountedHead(other) || CountedKind(counted) is { } kind && kind == CountedKind(other));

    /// <summary>
    /// Nouns that count the same things in news, as claim keys, by the first of their group: "412 doses" and "600 jabs",
    /// "46 containers" and "31 boxes". Not a kind and its members: pupils are some of a school's children, cars some of
    /// a crash's vehicles.
    /// </summary>
    private static readonly FrozenDictionary<string, string> CountedKinds = BuildCountedKinds(
    [
        ["dose", "jab", "vaccination", "inoculation"],
        ["container", "box"],
        ["home", "property", "house", "household", "dwelling"],
        ["ship", "vessel", "boat"],
        ["plane", "aircraft", "airliner", "jet"],
        ["passenger", "traveller", "traveler"],
        ["firefighter", "fireman", "firemen"],
    ]);

    private static FrozenDictionary<string, string> BuildCountedKinds(string[][] groups)
    {
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var kind = ParaphraseLexicon.Canonical(group[0]);
            foreach (var word in group)
            {
                kinds.TryAdd(ParaphraseLexicon.Canonical(word), kind);
                kinds.TryAdd(ParaphraseLexicon.Canonical(word + "s"), kind);
            }
        }
        return kinds.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The kind of thing a counted noun counts (<see cref="CountedKinds"/>), or null.</summary>
    private static string? CountedKind(string counted) => CountedKinds.GetValueOrDefault(CountedHead(counted)) ?? CountedKinds.GetValueOrDefault(counted);

    /// <summary>The zone a time of day is given in ("GMT", "UTC"), read from the words after it; empty when it names none or says "local time".</summary>
    private static string ClockZone(ClaimUnit unit, ClaimTerm number)
    {
        var match = ClockZonePattern().Match(TextAfter(unit, number, 24).ToString());
        // A local time is what a time without a zone is too.
        return match.Success && !match.Groups[1].Value.Equals("local", StringComparison.OrdinalIgnoreCase) ? match.Groups[1].Value.ToLowerInvariant() : "";
    }

    [GeneratedRegex(@"^\s*(?:[ap]\.?m\.?\s*)?\(?(GMT|UTC|Z\b|BST|CET|CEST|EST|EDT|PST|PDT|local)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClockZonePattern();

    /// <summary>
    /// The minutes after midnight of a number that gives a time of day: "05:40", "17:05", "5.10am", "6.40 a.m.", "9 pm";
    /// null for any other number.
    /// </summary>
    private static int? ClockMinutes(ClaimUnit unit, ClaimTerm number)
    {
        var key = number.Key.AsSpan(1);
        var after = TextAfter(unit, number, 6).TrimStart();
        var meridiem = after.StartsWith("am", StringComparison.OrdinalIgnoreCase) || after.StartsWith("a.m.", StringComparison.OrdinalIgnoreCase) ? 0
            : after.StartsWith("pm", StringComparison.OrdinalIgnoreCase) || after.StartsWith("p.m.", StringComparison.OrdinalIgnoreCase) ? 12 : -1;
        if (meridiem >= 0 && after.Length > 2 && after[1] is 'm' or 'M' && char.IsLetter(after[2])) meridiem = -1;
        var separator = key.IndexOfAny(':', '.');
        if (separator < 0)
        {
            return meridiem >= 0 && int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var hour) && hour is >= 1 and <= 12 ? (hour % 12 + meridiem) * 60 : null;
        }
        // "05:40" is a time by its colon; "5.10" only with "am" or "pm" after it (otherwise it is a decimal).
        if (key[separator] == '.' && meridiem < 0) return null;
        if (!int.TryParse(key[..separator], NumberStyles.None, CultureInfo.InvariantCulture, out var h) || !int.TryParse(key[(separator + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || key.Length - separator - 1 != 2 || m > 59 || h > 23 || (meridiem >= 0 && h is < 1 or > 12)) return null;
        return ((meridiem >= 0 ? h % 12 + meridiem : h) * 60) + m;
    }

    /// <summary>Two lengths of time further apart than this are not one length told two ways.</summary>
    private const double MaxDurationRatio = 3;

    /// <summary>Days in each unit of time a duration is given in, by the unit's stem.</summary>
    private static readonly FrozenDictionary<string, double> DaysPerUnit = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["day"] = 1, ["week"] = 7, ["month"] = 30.4, ["year"] = 365.25,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The length in days of a number of units of time ("five" years), or null when the unit has no length in days.</summary>
    private static double? SpanDays(ClaimTerm number, string unit) =>
        DaysPerUnit.TryGetValue(unit, out var days) && ValueOf(number) is { } value ? value * days : null;

    /// <summary>Words between "for" and the number of a duration ("for at least three weeks", "for about six months").</summary>
    private static readonly FrozenSet<string> DurationQualifiers = new[] { "at", "least", "about", "around", "nearly", "almost", "some", "more", "than", "up", "to", "over", "another", "a", "further" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The length in days of a number that gives a duration: "for six weeks", "for at least three weeks", "for three
    /// months"; null for any other number ("six weeks ago", "three weeks after the fire").
    /// </summary>
    private static double? DurationDays(ClaimUnit unit, ClaimTerm number, string? counted)
    {
        if (counted is null || SpanDays(number, counted) is not { } length) return null;
        var before = Tokenizer.Tokenize(unit.Article.Text, TextSpan.FromBounds(unit.Span.Start, number.Span.Start));
        for (var i = before.Length - 1; i >= 0; i--)
        {
            if (!before[i].IsWord) return null;
            var word = ClaimSplitter.FoldWord(before[i].Value);
            if (word == "for") return length;
            if (!DurationQualifiers.Contains(word)) return null;
        }
        return null;
    }

    /// <summary>Stems of units of time: a duration is told many ways in one story ("four days of rain", "two days later").</summary>
    private static readonly FrozenSet<string> TimeUnits = new[] { "year", "month", "week", "day", "hour", "minut", "second", "decad", "century", "night", "time" }.ToFrozenSet(StringComparer.Ordinal);

    private static HashSet<string> Following(ClaimUnit unit, ClaimTerm term, int count)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var k = unit.Terms.IndexOf(term) + 1; k < unit.Terms.Length && set.Count < count; k++)
        {
            var t = unit.Terms[k];
            // "the two boats were nine miles inside": what follows the next number is that number's, not this one's.
            if (t.Kind == ClaimTermKind.Number) break;
            if (t.Kind == ClaimTermKind.Date) continue;
            if (ParaphraseLexicon.IsLight(t.Key) || Magnitudes.Contains(t.Key)) continue;
            set.Add(t.Key);
        }
        return set;
    }

    /// <summary>
    /// What befell the things a count counts, as a claim key: the participle or state after the counted words and any
    /// auxiliary ("420 flights were cancelled", "made 94 guests ill"), else the verb right before the count ("injuring
    /// two groundsmen", "buried nine skiers"); null when neither is there or a relative clause comes first ("120 people
    /// who attended …").
    /// </summary>
    private static string? CountPredicate(ClaimUnit unit, ClaimTerm number)
    {
        var text = unit.Article.Text;
        var after = Tokenizer.Tokenize(text, TextSpan.FromBounds(number.Span.End, unit.Span.End)).ToList();
        var seen = 0;
        for (var k = 0; k < after.Count; k++)
        {
            var token = after[k];
            if (!token.IsWord)
            {
                if (token.Value is "," or ";" or ":" or "." or "(" or ")") break;
                continue;
            }
            var word = ClaimSplitter.FoldWord(token.Value);
            if (word is "who" or "which" or "that" or "whom" || ++seen > 6) break;
            if (Auxiliaries.Contains(word) || Magnitudes.Contains(word)) continue;
            // "70 passengers on board", "with 64 aboard": carried, as "carrying 64 passengers" is.
            if (word == "aboard" || (word == "on" && after.Skip(k + 1).FirstOrDefault(t => t.IsWord).Value is { } next && next.Equals("board", StringComparison.OrdinalIgnoreCase)))
            {
                return ParaphraseLexicon.Canonical("carrying");
            }
            if (States.Contains(word) || (seen > 1 && ScheduledEventDetector.LemmaOfPastForm(word) is { } lemma && !PlainVerbs.Contains(lemma))) return ParaphraseLexicon.Canonical(word);
        }
        var before = Tokenizer.Tokenize(text, TextSpan.FromBounds(unit.Span.Start, number.Span.Start)).Where(t => t.IsWord).Select(t => ClaimSplitter.FoldWord(t.Value)).Reverse()
            .SkipWhile(Approximators.Contains).FirstOrDefault();
        // "made three arrests", "carried out two raids": a count of the acts its plural noun names, as "arrested two people" is.
        if (before is "made" or "make" or "makes" or "making" or "out" && after.FirstOrDefault(t => t.IsWord) is { } noun
            && ClaimSplitter.FoldWord(noun.Value) is { Length: > 4 } plural && plural[^1] == 's' && !plural.EndsWith("ss", StringComparison.Ordinal))
        {
            return ParaphraseLexicon.Canonical(plural[..^1]);
        }
        return before is not null && ((before.EndsWith("ing", StringComparison.Ordinal) && !Prepositional.Contains(before)) || ScheduledEventDetector.LemmaOfPastForm(before) is { } verb && !PlainVerbs.Contains(verb))
            ? ParaphraseLexicon.Canonical(before)
            : null;
    }

    /// <summary>
    /// Whether a counted word counts people of any kind ("62 people injured", "more than 80 injured"): only then may a
    /// count under another noun be the same count ("420 flights" and "300 trains" are two things; so may "passengers"
    /// and "deckhands" be).
    /// </summary>
    private static bool CountsAnyone(string counted) => GenericCounted.Contains(counted) || States.Contains(counted) || InjuredOrDead.Contains(counted);

    /// <summary>Whether what befell a count is a state it was left in ("ill", "injured", "dead"), as <see cref="CountPredicate"/> keys it.</summary>
    private static bool IsStateKey(string? predicate) => predicate is not null && (StateKeys.Contains(predicate) || InjuredOrDead.Contains(predicate));

    private static readonly FrozenSet<string> InjuredOrDead = new[] { "injured", "dead", "killed", "wounded" }.Select(ParaphraseLexicon.Canonical).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a counted word is a plain noun a count of one thing may go under: no part of a population, no unit of time, no "16th-century".</summary>
    private static bool IsPlainCount(string counted) =>
        !Subgroups.Contains(counted) && !TimeUnits.Contains(counted) && !counted.Contains('-', StringComparison.Ordinal);

    /// <summary>Words in "-ing" that work as prepositions before a count ("including 30 pupils"), not verbs of what befell it.</summary>
    private static readonly FrozenSet<string> Prepositional = new[] { "including", "according", "during", "following", "regarding", "concerning", "excluding", "involving", "totalling", "totaling", "numbering" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a count stands without its noun, straight before an auxiliary: "Thirty-eight were refloated", "Two have died".</summary>
    private static bool ElidesNoun(ClaimUnit unit, ClaimTerm number)
    {
        var text = unit.Article.Text;
        // "Pier 3 was damaged" names a pier; "Of the crew, 11 were winched up" counts a group named before it.
        var before = TextSpan.FromBounds(unit.Span.Start, number.Span.Start);
        var last = Tokenizer.Tokenize(text, before).LastOrDefault();
        if ((last.Value is not null && last.IsCapitalized) || before.Slice(text).StartsWith("of ", StringComparison.OrdinalIgnoreCase)) return false;
        foreach (var token in Tokenizer.Tokenize(text, TextSpan.FromBounds(number.Span.End, unit.Span.End)))
        {
            return token.Kind == TokenKind.Word && NounlessAuxiliaries.Contains(ClaimSplitter.FoldWord(token.Value));
        }
        return false;
    }

    private static readonly FrozenSet<string> NounlessAuxiliaries = new[] { "were", "was", "had", "have", "has", "are", "is" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words between a count and what befell it: "were", "had been".</summary>
    private static readonly FrozenSet<string> Auxiliaries = new[] { "were", "was", "had", "have", "has", "been", "are", "is", "being", "all", "reportedly", "later" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>States a count of people or things is left in, told without a past form: "94 guests ill", "three dead".</summary>
    private static readonly FrozenSet<string> States = new[] { "ill", "dead", "missing", "injured", "hurt", "homeless", "stranded", "trapped", "unaccounted" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The states, as <see cref="CountPredicate"/> keys them ("hurt" is "injured"); declared after the states it reads.</summary>
    private static readonly FrozenSet<string> StateKeys = States.Select(ParaphraseLexicon.Canonical).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words before a count that only make it approximate: "more than 60", "nearly 600", "some 900".</summary>
    private static readonly FrozenSet<string> Approximators = new[] { "more", "than", "nearly", "almost", "some", "about", "around", "at", "least", "over", "up", "to", "the", "all", "only", "just", "roughly", "approximately" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs too plain to tell what befell a count ("made", "said", "had").</summary>
    private static readonly FrozenSet<string> PlainVerbs = new[] { "make", "say", "tell", "have", "get", "take", "give", "put", "see", "do", "go", "come", "include" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Parts of a population a story may count besides its whole ("three killed, two of them children"): never one count under two nouns.</summary>
    private static readonly FrozenSet<string> Subgroups = new[]
    {
        "children", "child", "women", "woman", "men", "man", "girls", "boys", "minors", "teenagers", "babies", "infants", "foreigners", "elderly", "officers", "firefighters", "police",
    }.Select(ParaphraseLexicon.Canonical).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>How surely two dates date the same event: shared content words among the three before and two after each, plus one when a shared word sits right by both dates.</summary>
    private static int DateSlotMatch(ClaimUnit a, ClaimTerm ta, ClaimUnit b, ClaimTerm tb)
    {
        var nearA = Around(a, ta, 3, 2);
        var nearB = Around(b, tb, 3, 2);
        var score = 0;
        var adjacent = false;
        foreach (var (key, distance) in nearA)
        {
            if (!nearB.TryGetValue(key, out var other)) continue;
            score++;
            adjacent |= distance <= 2 && other <= 2;
        }
        return score + (adjacent ? 1 : 0);
    }

    private static Dictionary<string, int> Around(ClaimUnit unit, ClaimTerm term, int before, int after)
    {
        var i = unit.Terms.IndexOf(term);
        var near = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = Math.Max(0, i - before); k <= Math.Min(unit.Terms.Length - 1, i + after); k++)
        {
            var t = unit.Terms[k];
            if (k == i || t.Kind is ClaimTermKind.Number or ClaimTermKind.Date || ParaphraseLexicon.IsLight(t.Key)) continue;
            near.TryAdd(t.Key, Math.Abs(k - i));
        }
        return near;
    }

    private static readonly HashSet<string> Counters = new(StringComparer.Ordinal) { "people", "persons", "person", "residents", "others" };

    /// <summary>Claim keys of counted words that say nothing of what was counted ("people", "residents"), stemmed or not.</summary>
    private static readonly FrozenSet<string> GenericCounted = Counters.Concat(["resid", "resident", "other", "individu", "individual"]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"number of people injured", "number of direct jobs", "amount in € million".</summary>
    private static string NumberAbout(ClaimUnit unit, ClaimTerm number, StoryValues values)
    {
        var text = unit.Article.Text;
        var (currency, magnitude) = UnitOf(unit, number);
        // The story's own currency reads as a word, however the amount writes it: "amount in million tessels" for "Ts 45m".
        if (values.StoryCurrencyOf(unit, number, FirstCounted(unit, number)) is { } own)
        {
            return magnitude.Length > 0 ? $"amount in {magnitude} {own}s" : $"amount in {own}s";
        }
        if (DurationDays(unit, number, FirstCounted(unit, number)) is not null) return "length of time";
        if (ClockMinutes(unit, number) is not null) return "time of day";
        // "0.6C every ten years": the degrees are the value, whatever words follow.
        if (MeasureOf(unit, number, FirstCounted(unit, number)) == "degree") return "number of degrees";
        if (currency.Length > 0) return magnitude.Length > 0 ? $"amount in {currency} {magnitude}" : $"amount in {currency}";
        // A share not of a population names its slot before it, in words too free to quote ("Annual inflation eased to 2.8%").
        if (magnitude == "percent" && !IsShareOf(unit, number)) return "percentage reported";
        var words = new List<string>();
        var counter = false;
        foreach (var token in Tokenizer.Tokenize(text, TextSpan.FromBounds(number.Span.End, unit.Span.End)))
        {
            var folded = token.Kind == TokenKind.Word ? ClaimSplitter.FoldWord(token.Value) : "";
            if (words.Count == 0 && (Magnitudes.Contains(folded) || token.Value == "%")) continue;
            var content = token.Kind == TokenKind.Word && !Stopwords.IsStopword(folded) && !char.IsUpper(token.Value[0]);
            if (content)
            {
                words.Add(folded);
                counter = Counters.Contains(folded);
                if (words.Count == 2) break;
                continue;
            }
            if (words.Count == 0) continue;
            if (counter && token.Kind == TokenKind.Word) continue;
            break;
        }
        return words.Count == 0 ? "figure reported" : "number of " + string.Join(' ', words);
    }

    /// <summary>Prepositions that lead a date ("on March 16") and are left out of what the date is of.</summary>
    private static readonly HashSet<string> DatePrepositions = new(StringComparer.Ordinal) { "on", "in", "at", "by", "from", "until", "till", "since", "before", "after", "of" };

    /// <summary>Words that give a clause a time of its own ("three days after", "a week before").</summary>
    private static readonly HashSet<string> RelativeTimeWords = new(StringComparer.Ordinal) { "after", "before", "since", "until", "ago", "earlier", "later", "days", "weeks", "months", "years" };

    /// <summary>Words of a clause that fit in a conflict's description.</summary>
    private const int MaxEventWords = 8;

    /// <summary>
    /// "when the repairs would begin": the words of the date's clause before it (after "said", "that" or a comma), when
    /// few; otherwise "date of the" and the last plain noun before the date ("date of the vote"), or "date reported".
    /// </summary>
    private static string DateAbout(ClaimUnit unit, ClaimTerm date)
    {
        var text = unit.Article.Text;
        var clause = new List<string>();
        foreach (var token in Tokenizer.Tokenize(text, TextSpan.FromBounds(unit.Span.Start, date.Span.Start)))
        {
            var folded = token.Kind == TokenKind.Word ? ClaimSplitter.FoldWord(token.Value) : token.Value;
            if (folded is "said" or "says" or "that" or "," or ";" or ":" or "\u2014" or "\u2013") clause.Clear();
            else if (token.Kind is TokenKind.Word or TokenKind.Number) clause.Add(token.Value);
        }
        while (clause.Count > 0 && DatePrepositions.Contains(clause[^1].ToLowerInvariant())) clause.RemoveAt(clause.Count - 1);
        // "…, which Brandão defended at the university in 2012": the relative pronoun stands for what the sentence is about.
        var relative = clause.Count > 2 && clause[0] is "which" or "who";
        if (relative) clause.RemoveAt(0);
        // A clause with its own time reference ("three days after the authority detected it") is not one event.
        var plain = clause.All(w => !char.IsDigit(w[0]) && ClaimSplitter.NumberWordValue(w.ToLowerInvariant()) is null && !RelativeTimeWords.Contains(w.ToLowerInvariant()));
        if (clause.Count is >= 2 and <= MaxEventWords && plain && (relative || char.IsLower(clause[0][0]))) return "when " + string.Join(' ', clause);

        string? best = null;
        foreach (var term in unit.Terms)
        {
            if (term.Span.Start >= date.Span.Start) break;
            var word = term.Span.Slice(text);
            if (term.Kind == ClaimTermKind.Word && !ParaphraseLexicon.IsLight(term.Key) && char.IsLower(word[0])
                && !word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("ing", StringComparison.Ordinal))
            {
                best = word;
            }
        }
        return best is null ? "date reported" : "date of the " + best;
    }

    private static void FindWordingConflict(ClaimUnit a, ClaimUnit b, double sim, StoryAnalysis analysis, List<PairFinding> findings)
    {
        if (!a.HasQuote && !b.HasQuote) return;
        if (!(a.HasQuote || a.IsAttributed) || !(b.HasQuote || b.IsAttributed)) return;
        if (MissingCount(a, b) < 2 || MissingCount(b, a) < 2) return;
        var runA = DivergentRun(a, b);
        var runB = DivergentRun(b, a);
        if (runA < 2 || runB < 2) return;
        // A re-worded quote keeps most of its words; a different statement by the same speaker does not.
        if (SharedFraction(a, b) < 0.5 || SharedFraction(b, a) < 0.5) return;
        var speaker = SpeakerOf(a.HasQuote ? a : b, analysis) ?? SpeakerOf(a.HasQuote ? b : a, analysis);
        findings.Add(new PairFinding(Slot.Wording, a.Index, b.Index, sim + 0.1 * Math.Min(runA, runB), WordingAbout(speaker)));
    }

    /// <summary>
    /// Length of the longest run of consecutive content terms of <paramref name="unit"/> that <paramref name="other"/>
    /// lacks, inside the unit's quotation when it has one, with shared terms on both sides of the run.
    /// </summary>
    private static int DivergentRun(ClaimUnit unit, ClaimUnit other)
    {
        var quotes = unit.HasQuote ? QuotationSpans(unit.Article.Text, unit.Span) : [];
        var best = 0;
        var run = 0;
        var sharedBefore = false;
        var pending = 0;
        foreach (var term in unit.Terms)
        {
            if (term.Kind == ClaimTermKind.Word && ParaphraseLexicon.IsLight(term.Key)) continue;
            var inQuote = quotes.Count == 0 || quotes.Exists(q => q.Contains(term.Span));
            if (other.Keys.Contains(term.Key) || term.Kind == ClaimTermKind.Name)
            {
                if (sharedBefore && pending > best) best = pending;
                sharedBefore = true;
                run = 0;
                pending = 0;
            }
            else if (inQuote)
            {
                run++;
                pending = Math.Max(pending, run);
            }
            else
            {
                run = 0;
            }
        }
        return best;
    }

    private static int MissingCount(ClaimUnit unit, ClaimUnit other)
    {
        var missing = 0;
        foreach (var key in unit.Keys)
        {
            if (!other.Keys.Contains(key) && ++missing >= 2) break;
        }
        return missing;
    }

    /// <summary>Share of the unit's content terms (those inside its quotation, when it has one) that the other unit has.</summary>
    private static double SharedFraction(ClaimUnit unit, ClaimUnit other)
    {
        var quotes = unit.HasQuote ? QuotationSpans(unit.Article.Text, unit.Span) : [];
        int total = 0, shared = 0;
        foreach (var term in unit.Terms)
        {
            if (term.Kind == ClaimTermKind.Word && ParaphraseLexicon.IsLight(term.Key)) continue;
            if (quotes.Count > 0 && !quotes.Exists(q => q.Contains(term.Span))) continue;
            total++;
            if (other.Keys.Contains(term.Key)) shared++;
        }
        return total == 0 ? 0 : (double)shared / total;
    }

    private static List<TextSpan> QuotationSpans(string text, TextSpan range)
    {
        var spans = new List<TextSpan>();
        var open = -1;
        for (var i = range.Start; i < range.End; i++)
        {
            var ch = text[i];
            if (ch is '\u201C' or '\u00AB' || (ch == '"' && open < 0)) open = i;
            else if ((ch is '\u201D' or '\u00BB' or '"') && open >= 0)
            {
                spans.Add(TextSpan.FromBounds(open, i + 1));
                open = -1;
            }
        }
        if (open >= 0) spans.Add(TextSpan.FromBounds(open, range.End));
        return spans;
    }

    private static string? SpeakerOf(ClaimUnit unit, StoryAnalysis analysis)
    {
        if (!analysis.Quotes.IsDefaultOrEmpty)
        {
            foreach (var group in analysis.Quotes)
            {
                if (group.Speaker is null) continue;
                if (group.Variants.Any(v => v.ArticleId == unit.Article.Id && unit.Span.Contains(v.Span))) return group.Speaker;
            }
        }
        foreach (var pattern in (Regex[])[AfterQuoteSpeakerVerb(), AfterQuoteVerbSpeaker(), LeadingSpeaker(), AccordingTo()])
        {
            var match = pattern.Match(unit.Text);
            if (!match.Success) continue;
            var speaker = CleanSpeaker(match.Groups["s"].Value);
            if (speaker is not null) return speaker;
        }
        return null;
    }

    private static string? CleanSpeaker(string raw)
    {
        var words = raw.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 0 && words[0].ToLowerInvariant() is "a" or "an" or "the") words.RemoveAt(0);
        if (words.Count is 0 or > 6) return null;
        if (words.Count == 1 && Stopwords.IsStopword(words[0])) return null;
        return string.Join(' ', words);
    }

    internal static string WordingAbout(string? speaker)
    {
        // "a British military source" (an anonymous speaker from the analysis) reads "the British military source's quote".
        speaker = speaker is null ? null : CleanSpeaker(speaker) ?? speaker;
        if (speaker is null) return "wording of a quote";
        var words = speaker.Split(' ');
        var proper = words.All(w => w.Length > 0 && char.IsUpper(w[0]));
        return proper ? $"wording of {speaker}'s quote" : $"wording of the {speaker}'s quote";
    }

    [GeneratedRegex("""[\u201D"\u00BB],?\s+(?<s>(?:(?:an?|the)\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,5}?)\s+(?:said|says|told|stated|added|explained)\b""", RegexOptions.CultureInvariant)]
    private static partial Regex AfterQuoteSpeakerVerb();

    [GeneratedRegex("""[\u201D"\u00BB],?\s+(?:said|says|told|stated|added|explained)\s+(?<s>(?:(?:an?|the)\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,5}?)(?:[,.;:]|\s+(?:in|on|to|at|who|during)\b|$)""", RegexOptions.CultureInvariant)]
    private static partial Regex AfterQuoteVerbSpeaker();

    [GeneratedRegex("""^(?<s>[A-Z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,5}?)\s+(?:said|says|told|stated|explained|urged|added)\b""", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingSpeaker();

    [GeneratedRegex("""[Aa]ccording to (?<s>(?:(?:an?|the)\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,5}?)(?:[,;:]|\s+(?:quoted|cited|in|on)\b)""", RegexOptions.CultureInvariant)]
    private static partial Regex AccordingTo();
}
