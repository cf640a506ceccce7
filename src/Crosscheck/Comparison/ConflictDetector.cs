using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Crosscheck.Analysis;
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
    }

    private sealed record PairFinding(Slot Slot, int A, int B, double Strength, string About);

    public static ImmutableArray<Conflict> Detect(ClaimAlignment alignment, StoryAnalysis analysis, ConflictDetectorSettings settings)
    {
        var units = alignment.Units;
        if (units.Count == 0) return [];
        var articleKeys = new Dictionary<int, HashSet<string>>();
        foreach (var unit in units)
        {
            if (!articleKeys.TryGetValue(unit.ArticleIndex, out var set)) articleKeys[unit.ArticleIndex] = set = new HashSet<string>(StringComparer.Ordinal);
            set.UnionWith(unit.Keys);
        }

        var findings = new List<PairFinding>();
        foreach (var (key, sim) in alignment.Similarities.OrderBy(p => p.Key))
        {
            var a = units[(int)(key >> 32)];
            var b = units[(int)(key & 0xFFFFFFFF)];
            // Differing values lower the similarity of the very retellings they make conflict: compare without them.
            var valueBlind = ValueBlindSimilarity(a, b, alignment);
            if (valueBlind >= settings.PairThreshold) FindValueConflicts(a, b, valueBlind, articleKeys, findings);
            if (sim >= settings.PairThreshold) FindWordingConflict(a, b, sim, analysis, findings);
        }
        if (findings.Count == 0) return [];

        // One conflict per slot and connected set of units.
        var parent = new Dictionary<(Slot, int), (Slot, int)>();
        (Slot, int) Find((Slot, int) x)
        {
            while (parent.TryGetValue(x, out var p) && p != x) x = p;
            return x;
        }
        foreach (var f in findings)
        {
            var ra = Find((f.Slot, f.A));
            var rb = Find((f.Slot, f.B));
            parent.TryAdd(ra, ra);
            parent.TryAdd(rb, rb);
            if (ra != rb) parent[ra.Item2 < rb.Item2 ? rb : ra] = ra.Item2 < rb.Item2 ? ra : rb;
        }

        var conflicts = new List<(double Strength, int First, Conflict Conflict)>();
        foreach (var component in findings.GroupBy(f => Find((f.Slot, f.A))))
        {
            var pairs = component.ToList();
            var edges = pairs.Select(p => ClaimAlignment.PairKey(p.A, p.B)).ToHashSet();
            var involved = pairs.SelectMany(p => new[] { p.A, p.B }).Distinct().OrderBy(u => units[u].ArticleIndex).ThenBy(u => u).ToList();
            var versions = new List<List<int>>();
            foreach (var u in involved)
            {
                var home = versions.FirstOrDefault(v => v.All(m => !edges.Contains(ClaimAlignment.PairKey(m, u)) && units[m].ArticleIndex != units[u].ArticleIndex));
                if (home is null) versions.Add([u]);
                else home.Add(u);
            }
            if (versions.Count < 2) continue;
            var built = versions.Select(v =>
            {
                var representative = v.OrderByDescending(m => units[m].HasQuote).ThenBy(m => units[m].ArticleIndex).First();
                return new ConflictVersion(units[representative].Text, v.Select(m => units[m].ArticleIndex).Distinct().Order().Select(i => units.First(x => x.ArticleIndex == i).Article.Id).ToImmutableArray());
            }).ToImmutableArray();
            var best = pairs.MaxBy(p => p.Strength)!;
            conflicts.Add((pairs.Max(p => p.Strength), involved.Min(), new Conflict(best.About, built)));
        }
        return conflicts.OrderByDescending(c => c.Strength).Take(settings.MaxConflicts).OrderBy(c => c.First).Select(c => c.Conflict)
            .DistinctBy(c => string.Join("\n", c.Versions.Select(v => v.Text))).ToImmutableArray();
    }

    private static double ValueBlindSimilarity(ClaimUnit a, ClaimUnit b, ClaimAlignment alignment)
    {
        double shared = 0, na = 0, nb = 0;
        foreach (var term in a.Keys)
        {
            if (term[0] is '#' or '@') continue;
            var w = alignment.Weight(term);
            na += w;
            if (b.Keys.Contains(term)) shared += w;
        }
        foreach (var term in b.Keys)
        {
            if (term[0] is not ('#' or '@')) nb += alignment.Weight(term);
        }
        return na <= 0 || nb <= 0 ? 0 : shared / Math.Sqrt(na * nb);
    }

    private static void FindValueConflicts(ClaimUnit a, ClaimUnit b, double sim, Dictionary<int, HashSet<string>> articleKeys, List<PairFinding> findings)
    {
        foreach (var kind in (ClaimTermKind[])[ClaimTermKind.Number, ClaimTermKind.Date])
        {
            var onlyA = ValuesMissingFrom(a, b, kind, articleKeys[b.ArticleIndex]);
            var onlyB = ValuesMissingFrom(b, a, kind, articleKeys[a.ArticleIndex]);
            foreach (var ta in onlyA)
            {
                foreach (var tb in onlyB)
                {
                    if (kind == ClaimTermKind.Number && IsYear(ta.Key) != IsYear(tb.Key)) continue;
                    if (!SharesNeighbour(a, ta, b, tb)) continue;
                    var about = kind == ClaimTermKind.Date ? DateAbout(a, ta) : NumberAbout(a, ta);
                    findings.Add(new PairFinding(kind == ClaimTermKind.Date ? Slot.Date : Slot.Number, a.Index, b.Index, sim + 0.5, about));
                }
            }
        }
    }

    private static List<ClaimTerm> ValuesMissingFrom(ClaimUnit unit, ClaimUnit other, ClaimTermKind kind, HashSet<string> otherArticle)
    {
        var result = new List<ClaimTerm>();
        foreach (var term in unit.Terms)
        {
            if (term.Kind == kind && !other.Keys.Contains(term.Key) && !otherArticle.Contains(term.Key)) result.Add(term);
        }
        return result;
    }

    private static bool IsYear(string key) => key.Length == 5 && int.TryParse(key.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100;

    /// <summary>The values fill the same slot when a content term right next to each (within two terms) is shared.</summary>
    private static bool SharesNeighbour(ClaimUnit a, ClaimTerm ta, ClaimUnit b, ClaimTerm tb)
    {
        var near = Neighbours(a, ta);
        near.IntersectWith(Neighbours(b, tb));
        return near.Count > 0;
    }

    private static HashSet<string> Neighbours(ClaimUnit unit, ClaimTerm term)
    {
        var i = unit.Terms.IndexOf(term);
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var k = Math.Max(0, i - 2); k <= Math.Min(unit.Terms.Length - 1, i + 2); k++)
        {
            var t = unit.Terms[k];
            if (k != i && t.Kind is ClaimTermKind.Word or ClaimTermKind.Name && !ParaphraseLexicon.IsLight(t.Key)) set.Add(t.Key);
        }
        return set;
    }

    private static string NumberAbout(ClaimUnit unit, ClaimTerm number)
    {
        var words = new List<string>();
        var text = unit.Article.Text;
        foreach (var token in Tokenizer.Tokenize(text, TextSpan.FromBounds(number.Span.End, unit.Span.End)))
        {
            if (token.Kind != TokenKind.Word) continue;
            var folded = TextFolding.Fold(token.Value);
            if (Stopwords.IsStopword(folded)) continue;
            words.Add(folded);
            if (words.Count == 2) break;
        }
        return words.Count == 0 ? "figure reported" : "number of " + string.Join(' ', words);
    }

    private static string DateAbout(ClaimUnit unit, ClaimTerm date)
    {
        var text = unit.Article.Text;
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
        var runA = DivergentRun(a, b);
        var runB = DivergentRun(b, a);
        if (runA < 2 || runB < 2) return;
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

    private static string WordingAbout(string? speaker)
    {
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
