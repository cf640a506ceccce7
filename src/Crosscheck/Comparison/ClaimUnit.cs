using System.Collections.Frozen;
using System.Collections.Immutable;
using Crosscheck.Extraction;
using Crosscheck.Text;

namespace Crosscheck.Comparison;

/// <summary>What a term of a claim unit stands for.</summary>
internal enum ClaimTermKind
{
    Word,
    Name,
    Number,
    Date,
}

/// <summary>A normalised term of a claim unit (stemmed, paraphrase-mapped) with the span of the words it came from.</summary>
internal readonly record struct ClaimTerm(string Key, ClaimTermKind Kind, TextSpan Span);

/// <summary>
/// One claim-sized piece of an article: a sentence, or a clause of a sentence that carries several facts.
/// <see cref="Span"/> points into the article text; <see cref="Text"/> is the verbatim wording.
/// </summary>
internal sealed class ClaimUnit
{
    public required int Index { get; init; }

    public required int ArticleIndex { get; init; }

    public required Article Article { get; init; }

    public required TextSpan Span { get; init; }

    public required string Text { get; init; }

    /// <summary>Position of the unit's sentence in its article, 0 for the lead.</summary>
    public required int SentenceIndex { get; init; }

    /// <summary>Relative position of the unit in its article: 0 at the lead, close to 1 at the end.</summary>
    public required double Position { get; init; }

    public required ImmutableArray<ClaimTerm> Terms { get; init; }

    /// <summary>True when the unit contains a direct quotation.</summary>
    public required bool HasQuote { get; init; }

    /// <summary>True when the unit attributes words to someone ("said", "told", "according to").</summary>
    public required bool IsAttributed { get; init; }

    private HashSet<string>? _keys;

    /// <summary>The distinct term keys of the unit.</summary>
    public HashSet<string> Keys => _keys ??= Terms.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>Number of content terms (names, words, numbers) in the unit.</summary>
    public int ContentCount => Keys.Count;

    /// <summary>Whether <paramref name="key"/> is a name in this unit ("marrow star", a person, a place), not a word.</summary>
    public bool IsName(string key) => Terms.Any(t => t.Kind == ClaimTermKind.Name && t.Key == key);

    private HashSet<string>? _nameHeads;

    /// <summary>
    /// The word keys of the head words of the unit's names, as a plain word would be keyed: the word before "of", or the
    /// last word ("museum" for "the Tamberra Museum of Natural Sciences", "board" for "the National Examinations Board";
    /// "street" for "Bridge Street", whose "bridge" names no bridge).
    /// </summary>
    public HashSet<string> NameHeads => _nameHeads ??= Terms.Where(t => t.Kind == ClaimTermKind.Name)
        .Select(t => HeadWord(Tokenizer.Tokenize(Article.Text, t.Span).Where(w => w.IsWord).Select(w => ClaimSplitter.FoldWord(w.Value)).ToList()))
        .OfType<string>()
        .Select(ParaphraseLexicon.Canonical)
        .ToHashSet(StringComparer.Ordinal);

    private static string? HeadWord(List<string> words)
    {
        var of = words.IndexOf("of");
        // "River Orvik", "Lake Varrow": the kind of thing leads.
        var head = of > 0 ? words[of - 1] : words.Count > 1 ? (LeadingKinds.Contains(words[0]) ? words[0] : words[^1]) : null;
        return head is { Length: >= 2 } && !Stopwords.IsStopword(head) ? head : null;
    }

    /// <summary>Words that lead a name with the kind of thing it names ("River Orvik", "Mount Kelderan").</summary>
    private static readonly FrozenSet<string> LeadingKinds = new[] { "river", "lake", "loch", "mount", "cape", "port", "fort", "isle", "lough", "glen" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// <see cref="SharedContent"/>, counting also a word of one unit that is the head word of a name in the other ("the
    /// museum has yet to confirm" against "the Tamberra Museum of Natural Sciences confirmed"): what a name calls a thing
    /// is the thing a retelling names by that word. A one-word name has no head of its own.
    /// </summary>
    public int SharedContentWithNameHeads(ClaimUnit other, Func<string, bool>? leaveOut = null)
    {
        var count = SharedContent(other, leaveOut);
        foreach (var (unit, names) in new[] { (this, other), (other, this) })
        {
            foreach (var key in unit.Terms.Where(t => t.Kind == ClaimTermKind.Word).Select(t => t.Key).Distinct(StringComparer.Ordinal))
            {
                if (ParaphraseLexicon.IsLight(key) || (leaveOut is not null && leaveOut(key))) continue;
                if (!names.Keys.Contains(key) && names.NameHeads.Contains(key) && !unit.NameHeads.Contains(key)) count++;
            }
        }
        return count;
    }

    /// <summary>
    /// How many content words and names this unit shares with <paramref name="other"/>: numbers, dates and light words
    /// ("said", "also") aside, and any key <paramref name="leaveOut"/> names.
    /// </summary>
    public int SharedContent(ClaimUnit other, Func<string, bool>? leaveOut = null)
    {
        var count = 0;
        foreach (var key in Keys)
        {
            if (key[0] is '#' or '@' || ParaphraseLexicon.IsLight(key) || (leaveOut is not null && leaveOut(key))) continue;
            if (other.Keys.Contains(key)) count++;
        }
        return count;
    }

    /// <summary>
    /// Whether the two units tell of two parts of a thing, or two opposite acts, by words that set them apart: each names
    /// a side or a rank the other does not ("the north gallery" against "the south gallery", "the first train" against
    /// "the second"), or one tells an act and the other its opposite ("polling stations opened" against "… closed").
    /// </summary>
    public bool ToldApartFrom(ClaimUnit other)
    {
        var mine = Keys.Where(ContrastWords.Contains).ToList();
        if (mine.Count > 0 && mine.Any(k => !other.Keys.Contains(k)) && other.Keys.Any(k => ContrastWords.Contains(k) && !Keys.Contains(k))) return true;
        foreach (var (act, opposite) in OppositeActs)
        {
            if ((Keys.Contains(act) && !Keys.Contains(opposite) && other.Keys.Contains(opposite) && !other.Keys.Contains(act))
                || (Keys.Contains(opposite) && !Keys.Contains(act) && other.Keys.Contains(act) && !other.Keys.Contains(opposite)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Acts and their opposites, as claim keys: opening and closing, starting and ending, arriving and leaving.</summary>
    private static readonly (string Act, string Opposite)[] OppositeActs =
    [
        .. new[] { ("opened", "closed"), ("reopened", "closed"), ("began", "ended"), ("arrived", "departed"), ("arrived", "left"), ("rose", "fell") }
            .Select(p => (ParaphraseLexicon.Canonical(p.Item1), ParaphraseLexicon.Canonical(p.Item2))),
    ];

    /// <summary>Words that set apart parts or members of one kind of thing: sides, levels and ranks.</summary>
    private static readonly FrozenSet<string> ContrastWords = new[]
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "upper", "lower", "left", "right",
        "front", "rear", "inner", "outer", "first", "second", "third", "fourth", "fifth",
    }.Select(ParaphraseLexicon.Canonical).ToFrozenSet(StringComparer.Ordinal);

    public override string ToString() => $"#{Index} a{ArticleIndex}: {Text}";
}

/// <summary>Builds the version of a conflict that a set of claim units tells.</summary>
internal static class ConflictVersions
{
    /// <summary>
    /// One side of a conflict: the wording of <paramref name="shown"/>, or else of its first unit, and every article on
    /// that side, in article order.
    /// </summary>
    public static ConflictVersion Of(IEnumerable<ClaimUnit> side, ClaimUnit? shown = null)
    {
        var units = side.ToList();
        shown ??= units.MinBy(u => u.Index)!;
        var articles = units.OrderBy(u => u.ArticleIndex).Select(u => u.Article.Id).Distinct(StringComparer.Ordinal).ToImmutableArray();
        return new ConflictVersion(shown.Text, articles);
    }

    /// <summary>
    /// The sides of one slot (a role, an act) that the story's articles give to different parties, one side per party in
    /// article order; empty when fewer than two parties fill it, or when an article gives it to two: that article tells
    /// of both (a change of hands, two people who raised the alarm), which is no version of its own.
    /// </summary>
    public static ImmutableArray<ConflictVersion> ByParty(IEnumerable<(string Party, ClaimUnit Unit)> fills)
    {
        var byParty = fills.GroupBy(f => f.Party, StringComparer.Ordinal).ToList();
        if (byParty.Count < 2) return [];
        if (byParty.SelectMany(p => p.Select(f => f.Unit.ArticleIndex).Distinct()).GroupBy(a => a).Any(g => g.Count() > 1)) return [];
        return [.. byParty.OrderBy(p => p.Min(f => f.Unit.ArticleIndex)).Select(p => Of(p.Select(f => f.Unit)))];
    }
}
