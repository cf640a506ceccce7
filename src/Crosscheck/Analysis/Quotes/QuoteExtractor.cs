using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Crosscheck.Analysis.Entities;
using Crosscheck.Text;

namespace Crosscheck.Analysis.Quotes;

/// <summary>How a quote's speaker was found.</summary>
public enum Attribution
{
    /// <summary>No speaker found.</summary>
    None,

    /// <summary>Named next to the quote: "said X", "X said", "X told reporters", "he said".</summary>
    Adjacent,

    /// <summary>The subject of a verb of saying earlier in the sentence (partial quotes in reported speech).</summary>
    Reported,

    /// <summary>Carried over from the quote of the previous paragraph.</summary>
    Continued,

    /// <summary>Unattributed, so credited to the source the article retells.</summary>
    Source,
}

/// <summary>What a quote is: the words of its speaker in quotation marks, a quoted fragment inside reported speech, or reported speech without marks.</summary>
public enum QuoteKind
{
    /// <summary>"…," she said: the speaker's own words, in quotation marks.</summary>
    Direct,

    /// <summary>She called the plan "a disaster": quoted words inside the writer's sentence.</summary>
    Partial,

    /// <summary>She said (that) the plan failed; according to her, …: reported speech, no quotation marks.</summary>
    Indirect,
}

/// <summary>A quote in one article: <see cref="Text"/> is the quoted words as printed, without the quote marks.</summary>
/// <param name="Speaker">The canonical entity name, or the speaker as printed when anonymous ("a military source"), or null.</param>
public sealed record ExtractedQuote(int ArticleIndex, string Text, TextSpan Span, string? Speaker, Attribution Attribution)
{
    /// <summary>Where the speaker is named for this quote ("Barrot", "the minister", "he", "a senior official"), or null (none, or credited to the article's source).</summary>
    public TextSpan? SpeakerSpan { get; init; }

    public QuoteKind Kind { get; init; } = QuoteKind.Direct;

    /// <summary>The pieces of <see cref="Span"/> that are the quote's words: two for "A," he said, "B."; otherwise <see cref="Span"/> alone.</summary>
    public ImmutableArray<TextSpan> Parts
    {
        get => _parts.IsDefault ? [Span] : _parts;
        init => _parts = value;
    }

    /// <summary>
    /// What the speaker is reported to say: the quote's pieces, or for a partial quote the whole reported clause
    /// around the quoted words ("X called the plan “a disaster” on Monday"); an indirect quote's clause.
    /// </summary>
    public ImmutableArray<TextSpan> Content
    {
        get => _content.IsDefault ? Parts : _content;
        init => _content = value;
    }

    private readonly ImmutableArray<TextSpan> _parts;
    private readonly ImmutableArray<TextSpan> _content;
}

/// <summary>
/// Finds direct quotes (straight, curly and single quotes, guillemets; multi-sentence; split by "he said") and
/// partial quotes in reported speech, and attributes each to a speaker: a name next to the quote ("said X",
/// "X told reporters"), the subject of a verb of saying before it, a surname, a role ("the minister said"), a
/// pronoun (the person mentioned last), an anonymous description ("a military source", kept as printed), or
/// the source the article retells ("the report says"). Scare quotes of one to three words are skipped unless a
/// speaker is named next to them.
/// </summary>
public sealed partial class QuoteExtractor
{
    /// <summary>Quotes of at most this many words count only when clearly attributed.</summary>
    public int ScareQuoteMaxWords { get; init; } = 3;

    /// <summary>Credit unattributed quotes to the source the article retells.</summary>
    public bool CreditSourceWhenUnattributed { get; init; } = true;

    /// <summary>Also find reported speech: indirect quotes ("X said that …", "according to X, …") and the clauses around partial quotes.</summary>
    public bool ReportedSpeech { get; init; } = true;

    private static readonly FrozenSet<string> Pronouns = new[] { "he", "she", "they" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Adverbs = new[] { "also", "previously", "later", "then", "reportedly", "further", "had", "has", "have", "once", "again", "recently", "earlier", "publicly", "repeatedly", "later" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> DocumentNouns = new[] { "report", "article", "newspaper", "paper", "outlet", "publication", "daily", "agency", "media", "magazine", "broadcaster", "story", "investigation", "piece", "outlet's", "newspaper's" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> SpeakerNouns = new[]
    {
        "source", "sources", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "diplomat", "diplomats", "officer", "analyst",
        "expert", "aide", "adviser", "advisor", "insider", "member", "representative", "witness", "resident", "statement", "person", "people",
        "minister", "ministry", "government", "army", "military", "police", "lawyer", "politician", "lawmaker", "leader", "commander", "soldier",
        "doctor", "researcher", "scientist", "economist", "observer", "negotiator", "envoy", "executive", "employee", "worker", "survivor", "activist",
        "holder", "owner", "engineer", "customer", "passenger", "neighbour", "neighbor", "parent", "student", "voter", "fan", "farmer", "teacher",
        "nurse", "driver", "pilot", "firefighter", "volunteer", "manager", "staffer", "villager", "local", "shopkeeper", "trader", "investigator",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Head nouns a definite description uses for an organisation the article has named ("the company said").</summary>
    private static readonly FrozenSet<string> OrganisationNouns = new[]
    {
        "company", "firm", "group", "agency", "board", "council", "authority", "ministry", "union", "association", "operator", "maker",
        "manufacturer", "airline", "bank", "carrier", "insurer", "retailer", "developer", "contractor", "supplier", "regulator", "inspectorate",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Nouns any company goes by ("the company", "the firm"): they refer to the organisation named last, not to one whose
    /// name happens to end so ("the company" after "Harlow Bus Company" was named in passing).
    /// </summary>
    private static readonly FrozenSet<string> GenericOrganisationNouns = new[]
    {
        "company", "firm", "group", "operator", "maker", "manufacturer", "carrier", "developer", "contractor", "supplier", "retailer", "insurer",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether an organisation's name ends as a public or sporting body's does, which "the company" does not refer to ("the Lirandian Football Federation").</summary>
    private static bool IsPublicBody(Entity organisation) =>
        Gazetteer.PublicBodyHeads.Contains(organisation.Name[(organisation.Name.LastIndexOf(' ') + 1)..]);

    [GeneratedRegex(@"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Jr|Sr|Prof|Rev)\.|(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{Nd}][\p{L}\p{M}\p{Nd}'’-]*|[,;:.!?()\u2014\u2013]", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\bso-called\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SoCalled();

    internal sealed record RawQuote(int Open, int Close, TextSpan Inner, int Paragraph);

    private readonly record struct Word(string Value, int Start, int End)
    {
        public bool IsPunctuation => Value.Length == 1 && !char.IsLetterOrDigit(Value[0]);
    }

    /// <summary>The quotes of one article in text order.</summary>
    internal List<ExtractedQuote> Extract(ArticleDocument doc, ResolvedEntities entities, string? articleSource)
    {
        var raw = FindQuotes(doc);
        var result = new List<(RawQuote Raw, string Text, string? Speaker, Attribution How, TextSpan? At)>();
        foreach (var q in raw)
        {
            var text = TrimQuoted(doc.Text, q.Inner);
            if (text.Length == 0 || !text.Any(char.IsLetter)) continue;
            var words = CountWords(text);
            var (speaker, how, at) = Attribute(doc, entities, q, words <= ScareQuoteMaxWords, articleSource);
            // 'X said Serkovia would respond "in a mirror fashion" and called the expulsions "a groundless provocation"':
            // verbs joined by "and" share their subject, and so the quotes they frame share a speaker.
            if (speaker is null && result.Count > 0 && result[^1].Speaker is { } previous && result[^1].How is Attribution.Adjacent or Attribution.Reported
                && CoordinatedInSentence(doc, result[^1].Raw.Close + 1, q.Open))
            {
                (speaker, how, at) = (previous, Attribution.Reported, result[^1].At);
            }
            if (words <= ScareQuoteMaxWords)
            {
                // "It is late," she said. "Very late." — a short tail of a split quote stays, to join its head.
                var tail = result.Count > 0 && result[^1].Raw.Paragraph == q.Paragraph && result[^1].How == Attribution.Adjacent
                    && how is Attribution.None && IsSplitAttribution(doc.Text, result[^1].Raw.Close + 1, q.Open);
                if (!tail && (how is not (Attribution.Adjacent or Attribution.Reported) || speaker is null)) continue;
                if (SoCalled().IsMatch(doc.Text.AsSpan(Math.Max(0, q.Open - 20), q.Open - Math.Max(0, q.Open - 20)).ToString())) continue;
            }
            result.Add((q, text, speaker, how, at));
        }

        // "A," he said. "B." is one quote split by its attribution; its text marks the cut with an ellipsis: "A … B."
        // So is "A," she said, "and B.", whose second part reads as her reported speech.
        var merged = new List<(RawQuote Raw, string Text, ImmutableArray<TextSpan> Parts, string? Speaker, Attribution How, TextSpan? At)>();
        foreach (var (q, text, speaker, how, at) in result)
        {
            if (merged.Count > 0)
            {
                var last = merged[^1];
                if (last.Raw.Paragraph == q.Paragraph && last.How == Attribution.Adjacent && IsSplitAttribution(doc.Text, last.Raw.Close + 1, q.Open)
                    && (how is Attribution.None or Attribution.Adjacent || (how is Attribution.Reported && speaker == last.Speaker && char.IsLower(text[0]))) && (speaker is null || speaker == last.Speaker))
                {
                    merged[^1] = (q with { Open = last.Raw.Open }, last.Text.TrimEnd() + " \u2026 " + text,
                        last.Parts.Add(q.Inner), last.Speaker, last.How, last.At);
                    continue;
                }
            }
            merged.Add((q, text, [q.Inner], speaker, how, at));
        }

        var quotes = new List<ExtractedQuote>();
        var paragraphs = doc.Article.ParagraphSpans();
        for (var i = 0; i < merged.Count; i++)
        {
            var (q, text, parts, speaker, how, at) = merged[i];
            if (speaker is null && i > 0)
            {
                // A quote opening a paragraph continues the previous paragraph's speaker.
                var previous = merged[i - 1];
                var startsParagraph = doc.Text.AsSpan(paragraphs[q.Paragraph].Start, q.Open - paragraphs[q.Paragraph].Start).Trim().Length == 0;
                if (startsParagraph && previous.Raw.Paragraph == q.Paragraph - 1 && previous.Speaker is not null && previous.How != Attribution.Source)
                {
                    speaker = previous.Speaker;
                    how = Attribution.Continued;
                    at = previous.At;
                }
            }
            if (speaker is null && CreditSourceWhenUnattributed && articleSource is not null)
            {
                speaker = articleSource;
                how = Attribution.Source;
            }
            var span = TextSpan.FromBounds(parts[0].Start, parts[^1].End);
            quotes.Add(new ExtractedQuote(doc.Index, text, span, speaker, how) { SpeakerSpan = at, Parts = parts });
        }
        if (ReportedSpeech) AddReported(doc, entities, articleSource, quotes);
        return quotes;
    }

    /// <summary>Whether the text between two quotes of one sentence opens with "and" or "but": a second verb of the same subject.</summary>
    private static bool CoordinatedInSentence(ArticleDocument doc, int from, int to)
    {
        if (to <= from || to - from > 120 || doc.SentenceAt(from) != doc.SentenceAt(to)) return false;
        var between = doc.Text.AsSpan(from, to - from).TrimStart(" ,\u201D\"'\u2019".AsSpan());
        if (!between.StartsWith("and ", StringComparison.Ordinal) && !between.StartsWith("but ", StringComparison.Ordinal)) return false;
        // The word after the conjunction is a verb of the same subject ("and called", "but insisted"), not a new subject
        // ("and union leaders described it as …").
        var next = between[4..].TrimStart();
        var length = 0;
        while (length < next.Length && char.IsLetter(next[length])) length++;
        var verb = next[..length];
        if (length <= 3 || !char.IsLower(verb[0]) || !(verb.EndsWith("ed", StringComparison.Ordinal) || SecondVerbs.Contains(verb.ToString()))) return false;
        // "… and would stay in port until the inspectors, who called its hull …": another speaker's verb before the quote.
        var rest = next[length..].ToString();
        return !WordPattern().Matches(rest).Any(m => ReportingVerbs.Speech.Contains(m.Value));
    }

    /// <summary>Irregular verbs a speaker goes on with ("and said", "and told", "but called it").</summary>
    private static readonly FrozenSet<string> SecondVerbs = new[]
    {
        "said", "says", "told", "tells", "called", "calls", "spoke", "wrote", "writes", "added", "adds", "described", "describes", "branded", "brands",
        "dubbed", "dubs", "labelled", "labeled", "termed", "urged", "urges", "warned", "warns", "insisted", "insists",
        "would", "will", "could", "should", "might", "must",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool IsSplitAttribution(string text, int from, int to)
    {
        // Room for a speaker with an apposition: "A," said Ana Ruiz, the mayor of Carrow since 2019, "B."
        if (to <= from || to - from > 200) return false;
        var between = text[from..to];
        var words = WordPattern().Matches(between).Select(m => m.Value).Where(w => char.IsLetter(w[0])).ToList();
        return words.Count is > 0 and <= 30 && words.Any(ReportingVerbs.Speech.Contains) && between.TrimEnd().EndsWith(',') | between.TrimEnd().EndsWith('.') | between.TrimEnd().EndsWith(':');
    }

    private (string? Speaker, Attribution How, TextSpan? At) Attribute(ArticleDocument doc, ResolvedEntities entities, RawQuote q, bool shortQuote, string? articleSource)
    {
        var text = doc.Text;
        var firstSentence = doc.Sentences[doc.SentenceAt(q.Open)];
        var lastSentence = doc.Sentences[doc.SentenceAt(Math.Max(q.Open, q.Close - 1))];

        // After the quote: ', said X.' / ', X said.' / ', he added.'
        var afterStart = Math.Min(q.Close + 1, text.Length);
        var afterEnd = Math.Max(afterStart, Math.Min(lastSentence.End, NextQuoteOpen(text, afterStart, lastSentence.End)));
        if (SpeakerAfter(doc, entities, Words(text, afterStart, afterEnd), articleSource) is ({ } named, var namedAt)) return (named, Attribution.Adjacent, namedAt);

        // Before the quote, in its sentence: 'X said that …', 'he stated: "…"', 'according to X, "…"'.
        var beforeStart = Math.Max(firstSentence.Start, PreviousQuoteClose(text, firstSentence.Start, q.Open));
        var before = Words(text, beforeStart, q.Open);
        // A short quote is a scare quote unless a verb of saying stands within ten words before it, or within twenty when a
        // "that" clause carries the quote ("told the broadcaster that officers would reconstruct the night “minute by minute”").
        var limit = shortQuote ? Math.Max(0, before.Count - 10) : 0;
        var reportedLimit = shortQuote ? Math.Max(0, before.Count - 20) : 0;
        var thatAt = before.FindLastIndex(word => word.Value.Equals("that", StringComparison.OrdinalIgnoreCase));
        for (var v = before.Count - 1; v >= reportedLimit; v--)
        {
            if (v < limit && !(thatAt > v && thatAt - v <= 8)) continue;
            var w = before[v].Value;
            if (w.Equals("according", StringComparison.OrdinalIgnoreCase) && v + 2 < before.Count && before[v + 1].Value.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                var phrase = PhraseAfterVerb(before, v + 2);
                if (phrase is { } p && Resolve(doc, entities, p, articleSource) is { } who) return (who, Attribution.Reported, p);
                continue;
            }
            if ((!ReportingVerbs.Speech.Contains(w) && !Accuses(before, v)) || char.IsUpper(w[0])) continue;
            if (Subject(doc, entities, before, v, beforeStart, articleSource) is ({ } subject, var at)) return (subject, Attribution.Reported, at);
        }
        if (!shortQuote && IntroducedBy(doc, entities, before, beforeStart) is ({ } introducer, var introducedAt)) return (introducer, Attribution.Reported, introducedAt);
        return (null, Attribution.None, null);
    }

    /// <summary>
    /// Whether the word at <paramref name="v"/> accuses in the active voice, with "of" right before the quote: "X accused
    /// the authority of \u201C…\u201D"; not "X was accused of", "who is accused of", nor "the accused".
    /// </summary>
    private static bool Accuses(List<Word> before, int v) =>
        ReportingVerbs.Accusing.Contains(before[v].Value) && v > 0 && before[^1].Value.Equals("of", StringComparison.OrdinalIgnoreCase)
        && before[v - 1].Value.ToLowerInvariant() is not ("was" or "is" or "were" or "are" or "been" or "be" or "being" or "the" or "an" or "a" or "stand" or "stands");

    /// <summary>
    /// The subject of a clause that introduces a quote with a colon or comma but no verb of saying ("She thanked
    /// the crowd and boomed, “…”", "The board was conclusive: “…”"): a pronoun opening the clause, else its first
    /// person or organisation.
    /// </summary>
    private static (string? Speaker, TextSpan At) IntroducedBy(ArticleDocument doc, ResolvedEntities entities, List<Word> before, int clauseStart)
    {
        if (before.Count < 3 || before[^1].Value is not (":" or ",")) return default;
        if (InTheNameOf(doc, entities, before, clauseStart) is ({ } principal, var principalAt)) return (principal, principalAt);
        var first = before[0].Value;
        if (Pronouns.Contains(first) && entities.PersonForPronoun(doc.Index, doc.Text, before[0].Start, first) is { } person) return (person.Name, TextSpan.FromBounds(before[0].Start, before[0].End));
        foreach (var (span, entity) in entities.MentionsIn(doc.Index, TextSpan.FromBounds(clauseStart, before[^1].Start)))
        {
            if (entity.Type is EntityType.Person or EntityType.Organization) return (entity.Name, span);
        }
        return default;
    }

    /// <summary>
    /// Whose words a statement carries when someone else gives it out in their name: "his lawyer released a statement in
    /// his name: “…”", "a spokeswoman said on her behalf: “…”", "read out on behalf of Ana Ruiz: “…”". The pronoun stands
    /// for the person named before the clause, not for whoever gives the statement out.
    /// </summary>
    private static (string? Speaker, TextSpan At) InTheNameOf(ArticleDocument doc, ResolvedEntities entities, List<Word> before, int clauseStart)
    {
        for (var i = 1; i + 2 < before.Count; i++)
        {
            var (first, second, third) = (before[i].Value.ToLowerInvariant(), before[i + 1].Value.ToLowerInvariant(), before[i + 2].Value.ToLowerInvariant());
            var onBehalfOf = (first, second, third) is ("on", "behalf", "of");
            var inTheirName = (first, third) is ("in", "name") or ("on", "behalf") && second is "his" or "her";
            // "a statement in his name", "said on her behalf"; not "a charity set up in his name".
            if (!(onBehalfOf || inTheirName) || !StatementWords.Contains(before[i - 1].Value)) continue;
            if (onBehalfOf)
            {
                var named = entities.MentionsIn(doc.Index, TextSpan.FromBounds(before[i + 2].End, before[^1].Start)).FirstOrDefault(m => m.Entity.Type is EntityType.Person or EntityType.Organization);
                if (named.Entity is { } principal) return (principal.Name, named.Span);
                continue;
            }
            var pronoun = second == "his" ? "he" : "she";
            if (entities.PersonForPronoun(doc.Index, doc.Text, clauseStart, pronoun) is { } person) return (person.Name, TextSpan.FromBounds(before[i + 1].Start, before[i + 1].End));
        }
        return default;
    }

    /// <summary>Words a statement given out for someone else is told with, right before "in his name" or "on his behalf".</summary>
    private static readonly FrozenSet<string> StatementWords = new[]
    {
        "statement", "message", "letter", "words", "said", "spoke", "speaking", "released", "issued", "out", "read", "wrote", "written",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The speaker named by the words after a quote or clause: ', said X.', ', X said.', ', he added.'</summary>
    private (string? Speaker, TextSpan At) SpeakerAfter(ArticleDocument doc, ResolvedEntities entities, List<Word> after, string? articleSource)
    {
        if (after.Count == 0) return default;
        var k = 0;
        if (after[k].IsPunctuation && after[k].Value is "," or ":" or "\u2014" or "\u2013") k++;
        // '…”, and the zoo has promised a report': a clause of its own, not who spoke.
        if (k < after.Count && after[k].Value is "and" or "but" or "while" or "whereas") return default;
        if (k < after.Count && ReportingVerbs.Speech.Contains(after[k].Value))
        {
            var phrase = PhraseAfterVerb(after, k + 1);
            if (phrase is not { } p || Resolve(doc, entities, p, articleSource) is not { } who) return default;
            // ', said Ana Ruiz, the mayor of Carrow, …': the apposition is part of how the speaker is named.
            var next = after.FindIndex(w => w.Start >= p.End);
            if (next >= 0 && after[next].Value == ",")
            {
                var close = after.FindIndex(next + 1, w => w.IsPunctuation);
                var end = close < 0 ? after.Count : close;
                if (end - next is > 1 and <= 15)
                {
                    // ', said its chief scientist, Dr Halima Sturrock.': a role, then the name of whoever holds it.
                    var apposition = TextSpan.FromBounds(after[next + 1].Start, after[end - 1].End);
                    // Only a name that opens the apposition holds the role: "…, blaming former skipper X" names someone else.
                    var holder = entities.MentionsIn(doc.Index, apposition).FirstOrDefault(m => m.Entity.Type == EntityType.Person);
                    var opens = holder.Entity is not null && (holder.Span.Start == apposition.Start
                        || (after[next + 1].Value.TrimEnd('.') is "Dr" or "Mr" or "Mrs" or "Ms" or "Prof" && next + 2 < after.Count && holder.Span.Start == after[next + 2].Start));
                    if (opens && !entities.MentionsIn(doc.Index, p).Any(m => m.Entity.Type is EntityType.Person or EntityType.Organization)) who = holder.Entity!.Name;
                    p = TextSpan.FromBounds(p.Start, after[end - 1].End);
                }
            }
            return (who, p);
        }
        // A name may carry an apposition: ', Ana Ruiz, a council member, said.'
        var comma = -1;
        for (var v = k; v < Math.Min(after.Count, k + 16); v++)
        {
            if (after[v].Value == "," && comma < 0 && v > k)
            {
                comma = v;
                continue;
            }
            // ', the Corvel Heritage Trust (CHT) said': an acronym in brackets is part of the name.
            if (after[v].Value == "(" && v + 2 < after.Count && after[v + 2].Value == ")")
            {
                v += 2;
                continue;
            }
            if (after[v].IsPunctuation && after[v].Value != ",") break;
            if (v - k >= 9 && comma < 0) break;
            if (!ReportingVerbs.Speech.Contains(after[v].Value) || v == k) continue;
            var end = comma > 0 ? comma : v;
            while (end > k && Adverbs.Contains(after[end - 1].Value)) end--;
            if (end == k) break;
            // ', the regional fire chief, Dario Lunt, said': the name in the apposition names the speaker.
            var secondComma = comma > 0 ? after.FindIndex(comma + 1, w => w.Value == ",") : -1;
            var head = TextSpan.FromBounds(after[k].Start, after[comma > 0 ? comma - 1 : k].End);
            if (secondComma > comma + 1 && secondComma < v && !entities.MentionsIn(doc.Index, head).Any(m => m.Entity.Type == EntityType.Person))
            {
                var named = TextSpan.FromBounds(after[comma + 1].Start, after[secondComma - 1].End);
                if (entities.MentionsIn(doc.Index, named).Where(m => m.Entity.Type == EntityType.Person).Select(m => m.Entity).FirstOrDefault() is { } person)
                {
                    return (person.Name, TextSpan.FromBounds(after[k].Start, named.End));
                }
            }
            var phrase = TextSpan.FromBounds(after[k].Start, after[end - 1].End);
            if (Resolve(doc, entities, phrase, articleSource) is { } who) return (who, comma > 0 ? SubjectSpan(after, phrase, v) : phrase);
            break;
        }
        return default;
    }

    /// <summary>The subject of the verb at <paramref name="v"/>: a pronoun, a name, a role, a description.</summary>
    private (string? Speaker, TextSpan? At) Subject(ArticleDocument doc, ResolvedEntities entities, List<Word> words, int v, int sentenceStart, string? articleSource)
    {
        var end = v;
        while (end > 0 && Adverbs.Contains(words[end - 1].Value)) end--;
        if (end == 0) return default;
        if (Pronouns.Contains(words[end - 1].Value))
        {
            return (entities.PersonForPronoun(doc.Index, doc.Text, words[end - 1].Start, words[end - 1].Value)?.Name, TextSpan.FromBounds(words[end - 1].Start, words[end - 1].End));
        }
        var span = TextSpan.FromBounds(sentenceStart, words[end - 1].End);
        (TextSpan Span, Entity Entity)? nearestPerson = null;
        (TextSpan Span, Entity Entity)? nearest = null;
        foreach (var mention in entities.MentionsIn(doc.Index, span))
        {
            if (mention.Entity.Type == EntityType.Person) nearestPerson = mention;
            nearest = mention;
        }
        // A name right before the verb ("Le Monde notes"), else the last person of the clause; a person "of" or "at" an
        // organisation speaks herself ("Siobhan Ni Fhaolain of DWS said").
        if (nearest is { } n && !words[end - 1].IsPunctuation && n.Span.End >= words[end - 1].End - 2 && n.Entity.Type != EntityType.Location)
        {
            if (n.Entity.Type == EntityType.Organization && nearestPerson is { } member && member.Span.End <= n.Span.Start
                && doc.Text.AsSpan(member.Span.End, n.Span.Start - member.Span.End).Trim() is "of" or "at" or "from")
            {
                return (member.Entity.Name, SubjectSpan(words, member.Span, end));
            }
            return (n.Entity.Name, SubjectSpan(words, n.Span, end));
        }
        // The sentence's subject for a second verb ("Strandt Rail has denied wrongdoing and said …"), after an
        // apposition ("Strandt Rail, a tram maker, said …") or a relative clause ("Owen Pratt, who runs it with his sister Helen, said").
        if (SentenceSubject(doc, entities, span, words, end) is { } subject) return (subject.Entity.Name, subject.Span);
        if (nearestPerson is { } person) return (person.Entity.Name, SubjectSpan(words, person.Span, end));
        // "the minister said", "a military source told …": a short noun phrase before the verb.
        var start = end - 1;
        while (start > 0 && end - start < 6 && !words[start].IsPunctuation && !IsDeterminer(words[start].Value)) start--;
        if (!IsDeterminer(words[start].Value) && !EntityRecognizer.HasPossessive(words[start].Value)) return default;
        var phrase = TextSpan.FromBounds(words[start].Start, words[end - 1].End);
        return Resolve(doc, entities, phrase, articleSource) is { } who ? (who, phrase) : default;
    }

    private static (TextSpan Span, Entity Entity)? SentenceSubject(ArticleDocument doc, ResolvedEntities entities, TextSpan clause, List<Word> words, int end)
    {
        var first = entities.MentionsIn(doc.Index, clause).Cast<(TextSpan Span, Entity Entity)?>().FirstOrDefault();
        if (first is not { } subject || subject.Entity.Type is not (EntityType.Person or EntityType.Organization)) return null;
        if (doc.Text.AsSpan(clause.Start, subject.Span.Start - clause.Start).Trim().ToString() is not ("" or "The" or "the")) return null;
        var coordinated = words[end - 1].Value.Equals("and", StringComparison.OrdinalIgnoreCase);
        var between = doc.Text[subject.Span.End..words[end - 1].End].Trim();
        var apposition = words[end - 1].Value == "," && between.StartsWith(',') && between.Count(c => c == ',') == 2
            && between[1..].TrimStart().Split(' ')[0].ToLowerInvariant() is "a" or "an" or "the" or "who" or "whose";
        return coordinated || apposition ? subject : null;
    }

    /// <summary>
    /// Where a subject is named, as printed: the name with the title words before it and what follows it up to the
    /// verb at <paramref name="verb"/> ("Alabama Sen. Jeff Sessions, a prominent supporter, said"), when short.
    /// </summary>
    private static TextSpan SubjectSpan(List<Word> words, TextSpan name, int verb)
    {
        var first = words.FindIndex(w => w.Start >= name.Start);
        if (first < 0 || first >= verb) return name;
        while (first > 0 && name.Start - words[first - 1].Start < 20 && !words[first - 1].IsPunctuation && char.IsUpper(words[first - 1].Value[0])) first--;
        var last = verb - 1;
        while (last > first && words[last].IsPunctuation) last--;
        // "Ruiz spoke on Monday, saying …": the participle's subject is the name alone.
        var participle = verb < words.Count && words[verb].Value.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        if (participle || last - first > 15 || words[last].End < name.End) return TextSpan.FromBounds(Math.Min(words[first].Start, name.Start), name.End);
        return TextSpan.FromBounds(Math.Min(words[first].Start, name.Start), words[last].End);
    }

    /// <summary>The noun phrase after a verb: up to punctuation or a preposition that ends it.</summary>
    private static TextSpan? PhraseAfterVerb(List<Word> words, int from)
    {
        var end = from;
        while (end < words.Count && end - from < 10 && !words[end].IsPunctuation && !(end > from && IsPhraseBreak(words[end].Value))) end++;
        return end > from ? TextSpan.FromBounds(words[from].Start, words[end - 1].End) : null;
    }

    private static bool IsPhraseBreak(string word) => word is "in" or "on" or "at" or "during" or "after" or "before" or "when" or "to" or "that" or "who" or "while" or "as" or "with" or "from" or "of" or "and" or "but" or "on" or "last" or "this" or "adding" or "saying" or "because" or "told";

    private static bool IsDeterminer(string word) => word.ToLowerInvariant() is "a" or "an" or "the" or "one" or "another" or "this" or "that" or "his" or "her" or "their" or "its";

    /// <summary>What a speaker phrase refers to, as the canonical name, or the phrase as printed when anonymous.</summary>
    private string? Resolve(ArticleDocument doc, ResolvedEntities entities, TextSpan phrase, string? articleSource)
    {
        var text = doc.Text.Substring(phrase.Start, phrase.Length).Trim();
        if (text.Length == 0) return null;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1 && Pronouns.Contains(words[0]))
        {
            return entities.PersonForPronoun(doc.Index, doc.Text, phrase.Start, words[0])?.Name;
        }
        Entity? best = null;
        foreach (var (_, entity) in entities.MentionsIn(doc.Index, phrase))
        {
            if (entity.Type == EntityType.Location) continue;
            if (best is null || (entity.Type == EntityType.Person && best.Type != EntityType.Person)) best = entity;
        }
        if (best is not null) return best.Name;
        var lower = text.ToLowerInvariant();
        if (words.Length <= 3 && (lower.StartsWith("the ", StringComparison.Ordinal) || lower.StartsWith("this ", StringComparison.Ordinal)) && DocumentNouns.Contains(words[^1]))
        {
            return articleSource;
        }
        if (entities.FindByRole(text) is { } person) return person.Name;
        // "the zoo said": the one organisation named before whose name ends so ("Marrow Zoo"); "the company said": the
        // organisation the article named last.
        if (words.Length <= 3 && lower.StartsWith("the ", StringComparison.Ordinal) && char.IsLower(words[^1][0]) && !GenericOrganisationNouns.Contains(words[^1])
            && entities.OnlyWithHead(doc.Index, phrase.Start, words[^1]) is { } headed)
        {
            return headed.Name;
        }
        // "The company" is neither a public body nor the news agency the company spoke to.
        if (words.Length <= 3 && lower.StartsWith("the ", StringComparison.Ordinal) && OrganisationNouns.Contains(words[^1])
            && entities.LastBefore(doc.Index, phrase.Start, EntityType.Organization, e => words[^1].ToLowerInvariant() is not ("company" or "firm") || !(IsPublicBody(e) || Gazetteer.NamesMedium(e.Name))) is { } organisation)
        {
            return organisation.Name;
        }
        if (char.IsUpper(text[0]) && entities.FindByName(text) is { } named) return named.Name;
        if (words.Length <= 8 && IsDeterminer(words[0]) && words.Any(w => SpeakerNouns.Contains(w.TrimEnd('.', ',')) || Gazetteer.RoleHeads.Contains(w)))
        {
            return words.Length <= 3 && lower.StartsWith("the ", StringComparison.Ordinal) ? Introduced(doc.Text, phrase.Start, words[^1]) ?? text : text;
        }
        return null;
    }

    /// <summary>
    /// The anonymous speaker a definite description refers back to: "the official" is the "senior city official" the
    /// article introduced earlier as "a senior city official"; null when the article introduced none. The last such
    /// introduction ending before <paramref name="before"/>, from those of the text found once per head word.
    /// </summary>
    /// <remarks>
    /// Searching the text leftwards from <paramref name="before"/> for each description (<see cref="IntroducedBySearch"/>)
    /// read the whole text before it whenever none was introduced: quadratic in the article's length, 30 s for a
    /// 570 KB page of quotes each "said the mayor". The two agree wherever a phrase can start (tests compare them).
    /// </remarks>
    internal static string? Introduced(string text, int before, string head)
    {
        var introductions = Introductions.GetOrCreateValue(text).GetOrAdd(head, FindIntroductions, text);
        int low = 0, high = introductions.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (introductions[middle].End <= before) low = middle + 1;
            else high = middle;
        }
        return low > 0 ? introductions[low - 1].Description : null;
    }

    /// <summary>The introductions of anonymous speakers by head word, per article text (so per analysis), kept as long as the text.</summary>
    private static readonly ConditionalWeakTable<string, ConcurrentDictionary<string, (int End, string Description)[]>> Introductions = new();

    /// <summary>Every "a(n) [up to three words] <paramref name="head"/>" of the text, by where it ends: for each end of the head word, the shortest description ending there.</summary>
    private static (int End, string Description)[] FindIntroductions(string head, string text)
    {
        if (head.Length == 0) return [];
        // Right to left from the given position, and anchored there (\G): the description ending at that head word, if any.
        var endingHere = new Regex(@"\b[Aa]n?\s+(?:[\p{L}'’-]+\s+){0,3}?" + Regex.Escape(head) + @"\b\G", RegexOptions.CultureInvariant | RegexOptions.RightToLeft);
        var found = new List<(int End, string Description)>();
        for (var at = text.IndexOf(head, StringComparison.Ordinal); at >= 0; at = text.IndexOf(head, at + 1, StringComparison.Ordinal))
        {
            var match = endingHere.Match(text, at + head.Length);
            if (match.Success) found.Add((at + head.Length, match.Value));
        }
        return [.. found];
    }

    /// <summary>What <see cref="Introduced"/> gives, by searching the text leftwards from <paramref name="before"/>: its former way, which the tests compare it with.</summary>
    internal static string? IntroducedBySearch(string text, int before, string head)
    {
        var description = new Regex(@"\b[Aa]n?\s+(?:[\p{L}'’-]+\s+){0,3}?" + Regex.Escape(head) + @"\b", RegexOptions.CultureInvariant | RegexOptions.RightToLeft);
        var match = description.Match(text, 0, before);
        return match.Success ? match.Value : null;
    }

    /// <summary>The words and punctuation of a span of the text, matched in place (no copy of the span, no match objects).</summary>
    private static List<Word> Words(string text, int start, int end)
    {
        if (end <= start) return [];
        // About a word in five characters: room for most spans without growing the list.
        var list = new List<Word>((end - start) / 5 + 4);
        foreach (var m in WordPattern().EnumerateMatches(text.AsSpan(start, end - start)))
        {
            list.Add(new Word(text.Substring(start + m.Index, m.Length), start + m.Index, start + m.Index + m.Length));
        }
        return list;
    }

    /// <summary>How many of a text's words start with a letter or digit.</summary>
    private static int CountWords(string text)
    {
        var count = 0;
        foreach (var m in WordPattern().EnumerateMatches(text))
        {
            if (char.IsLetterOrDigit(text[m.Index])) count++;
        }
        return count;
    }

    private static int NextQuoteOpen(string text, int from, int limit)
    {
        for (var i = from; i < limit; i++)
        {
            if (text[i] is '\u201C' or '\u00AB' or '"') return i;
        }
        return limit;
    }

    private static int PreviousQuoteClose(string text, int limit, int from)
    {
        for (var i = from - 1; i >= limit; i--)
        {
            if (text[i] is '\u201D' or '\u00BB' or '"') return i + 1;
        }
        return limit;
    }

    private static string TrimQuoted(string text, TextSpan inner)
    {
        var s = text.Substring(inner.Start, inner.Length).Trim();
        return s.TrimEnd(',', ' ', '\u00A0').Trim();
    }

    /// <summary>Quote pairs per paragraph: “…”, «…», "…", ''…'', ‘…’ and '…'; an unclosed quote runs to the paragraph's end.</summary>
    internal static List<RawQuote> FindQuotes(ArticleDocument doc)
    {
        var text = doc.Text;
        var quotes = new List<RawQuote>();
        var paragraphs = doc.Article.ParagraphSpans();
        for (var p = 0; p < paragraphs.Length; p++)
        {
            var end = paragraphs[p].End;
            var i = paragraphs[p].Start;
            // Where a search for a closing mark of each kind found none before the paragraph's end: a later opening mark's
            // search, which reads less of the same text, finds none either. (Searching again for each made a paragraph of
            // unclosed marks quadratic: 20,000 of them, a minute.)
            int noDoubledCloseFrom = int.MaxValue, noDoubleCloseFrom = int.MaxValue, noSingleCloseFrom = int.MaxValue, noStraightCloseFrom = int.MaxValue;
            while (i < end)
            {
                var ch = text[i];
                // ''…'': two apostrophes for a double quotation mark, as some wire feeds print it.
                var doubled = ch == '\'' && i + 1 < end && text[i + 1] == '\'' && (i == paragraphs[p].Start || !char.IsLetterOrDigit(text[i - 1]));
                if (doubled)
                {
                    var closing = i + 2 >= noDoubledCloseFrom ? -1 : text.IndexOf("''", i + 2, end - i - 2, StringComparison.Ordinal);
                    if (closing < 0)
                    {
                        noDoubledCloseFrom = Math.Min(noDoubledCloseFrom, i + 2);
                        i += 2;
                        continue;
                    }
                    quotes.Add(new RawQuote(i, closing + 1, Trimmed(text, TextSpan.FromBounds(i + 2, closing)), p));
                    i = closing + 2;
                    continue;
                }
                var close = ch switch
                {
                    '\u201C' => '\u201D',
                    '\u00AB' => '\u00BB',
                    '"' => '"',
                    '\u2018' when i == paragraphs[p].Start || !char.IsLetterOrDigit(text[i - 1]) => '\u2019',
                    // 'We left with what we could carry,' said …: straight single quotes, as plain-text pages print them. An
                    // apostrophe inside a word ("husband's") neither opens nor closes one.
                    '\'' when (i == paragraphs[p].Start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '\u2014' or '\u2013') && OpensStraightQuote(text, i, end) => '\'',
                    _ => '\0',
                };
                if (close == '\0')
                {
                    i++;
                    continue;
                }
                if ((close == '"' && i + 1 >= noDoubleCloseFrom) || (close == '\u2019' && i + 1 >= noSingleCloseFrom) || (close == '\'' && i + 1 >= noStraightCloseFrom))
                {
                    i++;
                    continue;
                }
                var j = i + 1;
                while (j < end && !(text[j] == close && close switch
                {
                    '\u2019' => j + 1 >= end || !char.IsLetter(text[j + 1]),
                    '\'' => ClosesStraightQuote(text, j, end),
                    _ => true,
                })) j++;
                if (j >= end && close is '"' or '\u2019' or '\'')
                {
                    if (close == '"') noDoubleCloseFrom = i + 1;
                    else if (close == '\'') noStraightCloseFrom = i + 1;
                    else noSingleCloseFrom = i + 1;
                    i++;
                    continue;
                }
                quotes.Add(new RawQuote(i, Math.Min(j, end), Trimmed(text, TextSpan.FromBounds(i + 1, Math.Min(j, end))), p));
                i = j + 1;
            }
        }
        return quotes;
    }

    /// <summary>
    /// Whether the straight single quote at <paramref name="at"/> closes a quote: no letter or digit after it, and after
    /// punctuation that ends a quote (",' said") or a letter other than the "s" of a plural possessive ("the members' pay").
    /// </summary>
    private static bool ClosesStraightQuote(string text, int at, int end)
    {
        if (at + 1 < end && char.IsLetterOrDigit(text[at + 1])) return false;
        var before = text[at - 1];
        if (before is ',' or '.' or '!' or '?' or ';' or ':') return true;
        // "the members' pay": a plural possessive goes on to its noun; "described them as 'lies'." closes.
        return char.IsLetter(before) && (before != 's' || !(at + 2 < end && text[at + 1] == ' ' && char.IsLower(text[at + 2])));
    }

    /// <summary>
    /// Whether the straight single quote at <paramref name="at"/> opens a quote: a letter after it, not an elided year
    /// ("the '90s") or word ("rock 'n' roll", "'til", "'em").
    /// </summary>
    private static bool OpensStraightQuote(string text, int at, int end)
    {
        if (at + 1 >= end || !char.IsLetter(text[at + 1])) return false;
        var length = 0;
        while (at + 1 + length < end && char.IsLetter(text[at + 1 + length])) length++;
        return !ElidedWords.Contains(text.Substring(at + 1, length));
    }

    /// <summary>Words printed with an apostrophe in front of them, which opens no quote.</summary>
    private static readonly FrozenSet<string> ElidedWords = new[] { "n", "em", "til", "tis", "twas", "cause", "bout", "round" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The words between quote marks without the whitespace around them and a trailing comma.</summary>
    private static TextSpan Trimmed(string text, TextSpan inner)
    {
        var start = inner.Start;
        var end = inner.End;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ',')) end--;
        return TextSpan.FromBounds(start, end);
    }
}
