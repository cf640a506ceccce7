using System.Collections.Frozen;
using Crosscheck.Text;

namespace Crosscheck.Analysis.Entities;

/// <summary>Evidence for the type of a mention, added up over a cluster of mentions.</summary>
public readonly record struct TypeVotes(int Person, int Organization, int Location)
{
    public static TypeVotes operator +(TypeVotes a, TypeVotes b) => new(a.Person + b.Person, a.Organization + b.Organization, a.Location + b.Location);

    /// <summary>The type with most votes, or <see cref="EntityType.Other"/> without any.</summary>
    public EntityType Winner =>
        Person == 0 && Organization == 0 && Location == 0 ? EntityType.Other
        : Person >= Organization && Person >= Location ? EntityType.Person
        : Organization >= Location ? EntityType.Organization
        : EntityType.Location;
}

/// <summary>
/// A name found in an article, before resolution. <see cref="Span"/> points into <c>Article.Text</c> and
/// <see cref="Text"/> is the name as printed (without a possessive "'s").
/// </summary>
/// <param name="Known">The gazetteer entry when the name is world knowledge ("French" → France).</param>
/// <param name="Role">The title or role printed before a person ("Foreign Minister").</param>
/// <param name="RoleCountry">The country qualifying that role ("French Foreign Minister" → France).</param>
/// <param name="Acronym">An acronym the text defines for this name: "Défense Conseil International (DCI)".</param>
public sealed record RecognizedMention(
    int ArticleIndex,
    TextSpan Span,
    string Text,
    GazetteerEntry? Known,
    TypeVotes Votes,
    string? Role,
    string? RoleCountry,
    string? Acronym);

/// <summary>
/// Finds names of people, organisations and places: runs of capitalised words split by gazetteer names, roles
/// and demonyms, typed by cues (a title before, "said" after, "in" before, an organisation head word, a
/// gazetteer entry). A capitalised word that starts a sentence is a name only when the story also capitalises it
/// mid-sentence, when it begins a longer name, or when the gazetteer knows it ("However", "The" are dropped).
/// </summary>
public sealed class EntityRecognizer
{
    private static readonly FrozenSet<string> Connectors = new[] { "of", "de", "du", "des", "la", "le", "van", "von", "der", "den", "al", "bin", "da", "di", "del", "do", "dos", "das", "della", "y", "and", "for", "on" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> RunConnectors = new[] { "of", "de", "du", "des", "la", "le", "van", "von", "der", "den", "al", "bin", "da", "di", "del", "do", "dos", "das", "della", "y", "for" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns after which "in" names whom something is placed in, not where: "confidence in Emberley", "faith in Ruiz".</summary>
    private static readonly FrozenSet<string> TrustNouns = new[] { "confidence", "faith", "trust", "belief" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Prepositions before a place. "from" and "to" are left out, and "at" counts only before longer names: companies take them as often ("orders from Boeing").</summary>
    private static readonly FrozenSet<string> PlacePrepositions = new[] { "in", "near", "across", "outside", "inside", "around", "throughout" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Prepositions whose object a name can be; the verb after such a name has another subject.</summary>
    private static readonly FrozenSet<string> Prepositions = PlacePrepositions
        .Concat(["at", "from", "of", "to", "for", "with", "by", "on", "into", "over", "under", "between", "among", "beyond", "towards", "toward"])
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Abbreviations that end a name with their period ("Apple Inc.", "William Ford Jr.").</summary>
    private static readonly FrozenSet<string> NameFinalAbbreviations = new[] { "Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "Bros" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> OpeningMarks = new[] { "\"", "\u201C", "\u00AB", "\u2018", "'", ":", "\u2014", "\u2013", "-", "|", "\u2022", "(", "[" }
        .ToFrozenSet(StringComparer.Ordinal);

    private readonly Gazetteer _gazetteer;
    private readonly HashSet<string> _capitalisedMidSentence = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lowerCase = new(StringComparer.Ordinal);

    /// <summary>Learns from the story's articles which words are names: those it capitalises mid-sentence.</summary>
    internal EntityRecognizer(Gazetteer gazetteer, IReadOnlyList<ArticleDocument> documents)
    {
        _gazetteer = gazetteer;
        foreach (var doc in documents)
        {
            for (var s = 0; s < doc.Sentences.Length; s++)
            {
                var (start, end) = doc.SentenceTokens(s);
                for (var i = start; i < end; i++)
                {
                    var token = doc.Tokens[i];
                    if (!token.IsWord) continue;
                    if (char.IsLower(token.Value[0])) _lowerCase.Add(token.Value);
                    else if (!IsInitial(doc, i, start)) _capitalisedMidSentence.Add(StripPossessive(token.Value).ToLowerInvariant());
                }
            }
        }
    }

    /// <summary>The names of one article, in text order.</summary>
    internal List<RecognizedMention> Recognize(ArticleDocument doc)
    {
        var result = new List<RecognizedMention>();
        for (var s = 0; s < doc.Sentences.Length; s++)
        {
            var (start, end) = doc.SentenceTokens(s);
            var i = start;
            while (i < end)
            {
                if (!IsNameWord(doc, i, end))
                {
                    i++;
                    continue;
                }
                // A chunk: capitalised words, with lower-case connectors between them, up to a possessive.
                var chunk = new List<int> { i };
                var j = i + 1;
                {
                    while (j < end)
                    {
                        var t = doc.Tokens[j];
                        if (IsNameWord(doc, j, end))
                        {
                            chunk.Add(j++);
                            continue;
                        }
                        if ((t.IsWord && Connectors.Contains(t.Value) || IsAmpersand(t)) && j + 1 < end && IsCapitalised(doc.Tokens[j + 1]))
                        {
                            chunk.Add(j++);
                            continue;
                        }
                        // "Traders' Association": a plural possessive inside an organisation's name.
                        if (IsApostrophe(t) && doc.Tokens[j - 1].Value.EndsWith('s') && OrganizationHeadAhead(doc.Tokens, j + 1, end))
                        {
                            chunk.Add(j++);
                            continue;
                        }
                        break;
                    }
                }
                Segment(doc, chunk, start, end, result);
                i = j;
            }
        }
        return result;
    }

    private void Segment(ArticleDocument doc, List<int> chunk, int sentenceStart, int sentenceEnd, List<RecognizedMention> result)
    {
        var tokens = doc.Tokens;
        var k = 0;
        // A sentence-initial word that is not a name ("However", "The", "Discussions") leaves the chunk.
        if (IsInitial(doc, chunk[0], sentenceStart) && !KeepInitial(doc, chunk, sentenceEnd)) k = 1;

        string? pendingRole = null;
        string? pendingCountry = null;
        var honorific = false;
        while (k < chunk.Count)
        {
            var word = tokens[chunk[k]].Value;
            if (!IsCapitalised(tokens[chunk[k]]))
            {
                k++;
                continue;
            }

            // Gazetteer names, longest first ("United Kingdom", "Le Monde", "French").
            var (entry, length) = LongestKnown(doc, chunk, k);
            if (entry is not null && !StartsOrganizationName(doc, chunk, k, length, entry))
            {
                var span = SpanOf(doc, chunk, k, k + length);
                var mentionText = StripPossessive(span.Slice(doc.Text));
                var isDemonym = entry.Kind is GazetteerKind.Country or GazetteerKind.Region && !string.Equals(Gazetteer.Key(mentionText), Gazetteer.Key(entry.Name), StringComparison.Ordinal) && k + length < chunk.Count;
                var possessiveCountry = entry.Kind == GazetteerKind.Country && HasPossessive(tokens[chunk[k + length - 1]].Value);
                result.Add(new RecognizedMention(doc.Index, new TextSpan(span.Start, mentionText.Length), mentionText, entry,
                    default, null, null, null));
                if (isDemonym || possessiveCountry) pendingCountry = entry.Name;
                k += length;
                continue;
            }

            if (Gazetteer.Honorifics.Contains(word.TrimEnd('.')))
            {
                honorific = true;
                k++;
                continue;
            }

            var roleLength = RoleLength(tokens, chunk, k);
            if (roleLength > 0)
            {
                pendingRole = SpanOf(doc, chunk, k, k + roleLength).Slice(doc.Text);
                k += roleLength;
                continue;
            }

            if ((Gazetteer.NonEntities.Contains(word) && !(k + 1 < chunk.Count && Gazetteer.OrganizationHeads.Contains(tokens[chunk[k + 1]].Value))
                && !BeginsUnknownName(doc, chunk, k)) || IsCodeBeforeAmount(tokens, chunk[k], sentenceEnd))
            {
                k++;
                continue;
            }

            // A name run: up to the next gazetteer name or role (unless joined by a connector such as "of").
            var runEnd = k + 1;
            var endsWithCountry = false;
            var designation = IsDesignation(tokens[chunk[k]]);
            while (runEnd < chunk.Count && !designation)
            {
                // "Brennish Fishermen's Federation", "People's Party": an irregular plural's possessive goes on to the head word,
                // as a saint's does ("St Aldhelm's Hospital", "St Bride's School").
                if (HasPossessive(tokens[chunk[runEnd - 1]].Value)
                    && !((IsIrregularPlural(StripPossessive(tokens[chunk[runEnd - 1]].Value)) || (runEnd - 1 == k + 1 && IsSaint(tokens[chunk[k]].Value)))
                         && OrganizationHeadAhead(tokens, chunk[runEnd], chunk[^1] + 1))) break;
                var t = tokens[chunk[runEnd]];
                // "Orrin & Haskett", "Marks & Spencer": an ampersand joins a firm's name.
                if (IsAmpersand(t))
                {
                    runEnd++;
                    continue;
                }
                if (RunConnectors.Contains(t.Value))
                {
                    // "Ministry of Defense" and "Bank of England" go on; "Ana Ruiz of Porto" stops at "of".
                    if (t.Value is "of" or "for" && !HasOrganizationHead(tokens, chunk, k, runEnd)) break;
                    runEnd++;
                    continue;
                }
                // "Fire and Rescue Service", "Traders' Association": an organisation's name goes on to its head word.
                if ((t.Value == "and" || IsApostrophe(t)) && !HasOrganizationHead(tokens, chunk, k, runEnd)
                    && runEnd + 1 < chunk.Count && OrganizationHeadAhead(tokens, chunk[runEnd + 1], chunk[^1] + 1))
                {
                    runEnd++;
                    continue;
                }
                // "Ministry of Agriculture and Land", "Department of Fisheries and Coastal Affairs": a body named "of" its field
                // goes on after "and" to one more field word that ends the name, or two ending in a word that names a field
                // ("Affairs", "Care"); not to another body ("the Ministry of Transport and Tolland Council"), a person ("the
                // Department of Fisheries and Orla Brannock"), a given name, nor a name the gazetteer knows ("the Ministry of
                // Defence and France's army").
                if (t.Value == "and" && NamedOfFields(tokens, chunk, k, runEnd) && FieldWordsAfterAnd(doc, tokens, chunk, runEnd + 1) is > 0)
                {
                    runEnd++;
                    continue;
                }
                if (!IsCapitalised(t) || IsDesignation(t)) break;
                var previousIsConnector = RunConnectors.Contains(tokens[chunk[runEnd - 1]].Value);
                if (!previousIsConnector)
                {
                    var (next, nextLength) = LongestKnown(doc, chunk, runEnd);
                    var joinsHead = runEnd + nextLength < chunk.Count && IsOrganizationHead(tokens[chunk[runEnd + nextLength]].Value);
                    if (next is not null && !joinsHead && !IsOrganizationHead(t.Value))
                    {
                        if (!EndsOrganizationName(doc, chunk, k, runEnd, next, nextLength)) break;
                        runEnd += nextLength;
                        endsWithCountry = true;
                        continue;
                    }
                    // "Ana King", "Tom Bishop": a role word that ends the chunk after a given name is a surname.
                    if (RoleLength(tokens, chunk, runEnd) > 0 && !IsOrganizationHead(t.Value)
                        && !(runEnd == chunk.Count - 1 && runEnd == k + 1 && GivenNames.Contains(tokens[chunk[k]].Value))) break;
                }
                runEnd++;
            }
            while (runEnd > k + 1 && !IsCapitalised(tokens[chunk[runEnd - 1]])) runEnd--;

            var runSpan = SpanOf(doc, chunk, k, runEnd);
            var text = StripPossessive(runSpan.Slice(doc.Text));
            if (NameFinalAbbreviations.Contains(text[(text.LastIndexOf(' ') + 1)..]) && runSpan.End < doc.Text.Length && doc.Text[runSpan.End] == '.')
            {
                text += ".";
            }
            var votes = designation ? default : Votes(doc, chunk, k, runEnd, sentenceStart, sentenceEnd, pendingRole is not null || honorific);
            if (endsWithCountry) votes += new TypeVotes(0, 1, 0);
            var acronym = DefinedAcronym(doc, chunk[runEnd - 1], sentenceEnd, text);
            var role = pendingRole ?? (votes.Winner == EntityType.Person ? AppositiveRole(doc, chunk[k], chunk[runEnd - 1], sentenceStart, sentenceEnd) : null);
            result.Add(new RecognizedMention(doc.Index, new TextSpan(runSpan.Start, text.Length), text, _gazetteer.Find(text), votes,
                role, pendingRole is null ? null : pendingCountry, acronym));
            pendingRole = null;
            pendingCountry = null;
            honorific = false;
            k = runEnd;
        }
    }

    private bool KeepInitial(ArticleDocument doc, List<int> chunk, int sentenceEnd)
    {
        var token = doc.Tokens[chunk[0]];
        var word = StripPossessive(token.Value);
        if (LongestKnown(doc, chunk, 0).Entry is not null) return true;
        if (Gazetteer.IsAllCaps(word)) return true;
        var lower = word.ToLowerInvariant();
        if (Stopwords.IsStopword(lower) || Gazetteer.SentenceStarters.Contains(lower))
        {
            // "The Daily Courier reported": a leading "The" belongs to an outlet's name.
            return lower == "the" && chunk.Count > 1 && Gazetteer.OutletHeads.Contains(doc.Tokens[chunk[^1]].Value);
        }
        if (Gazetteer.RoleHeads.Contains(lower) || Gazetteer.RoleModifiers.Contains(lower) || Gazetteer.Honorifics.Contains(lower)) return true;
        if (_capitalisedMidSentence.Contains(lower)) return true;
        if (_lowerCase.Contains(lower)) return false;
        if (chunk.Count > 1 && IsCapitalised(doc.Tokens[chunk[1]])) return true;
        var next = chunk[^1] + 1;
        return next < sentenceEnd && doc.Tokens[next].IsWord && ReportingVerbs.Speech.Contains(doc.Tokens[next].Value);
    }

    /// <summary>
    /// A place that begins an organisation's name, which an organisation head word ends within three capitalised
    /// words: "Singapore Airlines", "China Eastern Airlines", "Paris Police". Only a country's own name counts
    /// ("French Foreign Ministry" stays French + Foreign Ministry).
    /// </summary>
    private bool StartsOrganizationName(ArticleDocument doc, List<int> chunk, int k, int length, GazetteerEntry entry)
    {
        if (entry.Kind is not (GazetteerKind.Place or GazetteerKind.Country or GazetteerKind.Region)) return false;
        var tokens = doc.Tokens;
        if (entry.Kind != GazetteerKind.Place && !string.Equals(Gazetteer.Key(SpanOf(doc, chunk, k, k + length).Slice(doc.Text)), Gazetteer.Key(entry.Name), StringComparison.Ordinal)) return false;
        for (var i = k + length; i < chunk.Count && i < k + length + 3; i++)
        {
            var word = tokens[chunk[i]].Value;
            if (!IsCapitalised(tokens[chunk[i]])) return false;
            if (IsOrganizationHead(StripPossessive(word))) return true;
            if (HasPossessive(word) || RoleLength(tokens, chunk, i) > 0 || LongestKnown(doc, chunk, i).Entry is not null) return false;
        }
        return false;
    }

    /// <summary>
    /// A one-word name followed by a country's own name that ends the chunk: "Air France", "Garuda Indonesia" (an
    /// organisation named after its country), not "In China" or "However, China".
    /// </summary>
    private static bool EndsOrganizationName(ArticleDocument doc, List<int> chunk, int k, int runEnd, GazetteerEntry next, int nextLength)
    {
        if (next.Kind != GazetteerKind.Country || runEnd != k + 1 || runEnd + nextLength != chunk.Count) return false;
        var first = doc.Tokens[chunk[k]].Value.ToLowerInvariant();
        if (Stopwords.IsStopword(first) || Gazetteer.SentenceStarters.Contains(first) || Gazetteer.NonEntities.Contains(first)) return false;
        return string.Equals(Gazetteer.Key(SpanOf(doc, chunk, runEnd, runEnd + nextLength).Slice(doc.Text)), Gazetteer.Key(next.Name), StringComparison.Ordinal);
    }

    private (GazetteerEntry? Entry, int Length) LongestKnown(ArticleDocument doc, List<int> chunk, int k)
    {
        var first = doc.Tokens[chunk[k]].Value;
        var skipThe = first == "The";
        if (!_gazetteer.StartsName(StripPossessive(first))) return (null, 0);
        var max = Math.Min(_gazetteer.MaxTokens, chunk.Count - k);
        for (var length = max; length >= 1; length--)
        {
            var last = doc.Tokens[chunk[k + length - 1]];
            if (!IsCapitalised(last) && length > 1) continue;
            var text = StripPossessive(SpanOf(doc, chunk, k, k + length).Slice(doc.Text));
            if (length > 1 && HasPossessiveInside(doc, chunk, k, k + length)) continue;
            var entry = _gazetteer.Find(text);
            // "The French side" is not a name with "The"; "The Hague" is.
            if (entry is not null && skipThe && !entry.Name.StartsWith("The ", StringComparison.Ordinal)) continue;
            if (entry is not null) return (entry, length);
        }
        return (null, 0);
    }

    private static bool HasPossessiveInside(ArticleDocument doc, List<int> chunk, int from, int to)
    {
        for (var i = from; i < to - 1; i++)
        {
            if (HasPossessive(doc.Tokens[chunk[i]].Value)) return true;
        }
        return false;
    }

    /// <summary>The length of a role title at <paramref name="k"/>: modifiers then a head ("Deputy Prime Minister", "Secretary of State").</summary>
    private static int RoleLength(IReadOnlyList<Token> tokens, List<int> chunk, int k)
    {
        var best = 0;
        for (var i = k; i < chunk.Count; i++)
        {
            var w = tokens[chunk[i]].Value.TrimEnd('.');
            if (HasPossessive(w)) break;
            if (IsRoleHead(w)) best = i - k + 1;
            else if (Gazetteer.RoleModifiers.Contains(w) && i > k + 1 && tokens[chunk[i - 1]].Value == "of" && best > 0) best = i - k + 1;
            else if (!Gazetteer.RoleModifiers.Contains(w) && !(w == "of" && i > k))
            {
                // "Chief Fire Officer", "Chief Medical Officer": a word between a title's first word and its head is the title's.
                // Not "Councillor Ana King": a given name, or a head with no name after it, ends the title.
                if (best > 0 && i == k + best && IsCapitalised(tokens[chunk[i]]) && !GivenNames.Contains(tokens[chunk[i]].Value)
                    && ((IsRoleHeadAt(tokens, chunk, i + 1) && i + 2 < chunk.Count) || (IsRoleHeadAt(tokens, chunk, i + 2) && i + 3 < chunk.Count))) continue;
                break;
            }
        }
        // "Secretary of State", "Minister of Defence": an "of" phrase of role words closes the title.
        // "General Motors": role words that an organisation head follows name the organisation.
        return best > 0 && k + best < chunk.Count && IsOrganizationHead(StripPossessive(tokens[chunk[k + best]].Value)) ? 0 : best;
    }

    /// <summary>
    /// Capitals right before a figure: a currency code ("KRV 2.1m", "SVR 5,000") or an index ("FTSE 100"), neither a
    /// person, an organisation nor a place. Not before a span of time ("sold him to AIK 18 months ago").
    /// </summary>
    private static bool IsCodeBeforeAmount(IReadOnlyList<Token> tokens, int i, int sentenceEnd)
    {
        if (tokens[i].Value.Length is < 2 or > 4 || !Gazetteer.IsAllCaps(tokens[i].Value) || i + 1 >= sentenceEnd || tokens[i + 1].Kind != TokenKind.Number) return false;
        return !(i + 2 < sentenceEnd && tokens[i + 2].IsWord && TimeSpanWords.Contains(tokens[i + 2].Value));
    }

    private static readonly FrozenSet<string> TimeSpanWords = new[]
    {
        "seconds", "minutes", "hours", "days", "weeks", "months", "years", "second", "minute", "hour", "day", "week", "month", "year",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static bool IsRoleHeadAt(IReadOnlyList<Token> tokens, List<int> chunk, int i) => i < chunk.Count && IsRoleHead(tokens[chunk[i]].Value.TrimEnd('.'));

    /// <summary>A role word that heads a title ("Minister", "Officer"), not an honorific ("Mr").</summary>
    private static bool IsRoleHead(string word) => Gazetteer.RoleHeads.Contains(word) && !Gazetteer.Honorifics.Contains(word);

    /// <summary>
    /// Whether a name is the place of a dateline: in capitals, opening its sentence, and ended by a dash right after it, or
    /// after the date or the agency in brackets that follow it, within <see cref="DatelineReach"/> tokens
    /// ("HAVERPORT, Estovia, Oct 13 (Wire) - The ship …", "LENMOUTH — Rescuers …", "LA VESTRA, May 3 -"). Not a wire label
    /// ("EXCLUSIVE -", "UPDATE 2 -") nor an acronym set off by dashes ("ORCA - the Orrin Coastal Research Association - said").
    /// </summary>
    private static bool IsDatelinePlace(IReadOnlyList<Token> tokens, List<int> chunk, int from, int to, int sentenceStart, int sentenceEnd)
    {
        if (chunk[from] != sentenceStart) return false;
        for (var i = from; i < to; i++)
        {
            var word = tokens[chunk[i]].Value;
            if (!Gazetteer.IsAllCaps(word) || (word.Length < 3 && i == to - 1) || WireLabels.Contains(word)) return false;
        }
        var nameEnd = chunk[to - 1];
        for (var k = nameEnd + 1; k < Math.Min(sentenceEnd, nameEnd + 1 + DatelineReach); k++)
        {
            if (!IsDash(tokens[k])) continue;
            var before = tokens[k - 1];
            if (k - 1 != nameEnd && before.Value != ")" && before.Kind != TokenKind.Number) return false;
            // "ORCA - the … Association - said": a dash that opens an apposition another dash closes.
            for (var j = k + 1; j < Math.Min(sentenceEnd, k + 1 + DatelineReach); j++)
            {
                if (IsDash(tokens[j])) return false;
            }
            return true;
        }
        return false;
    }

    private static bool IsDash(Token token) => token.Value is "-" or "\u2013" or "\u2014" or "--";

    /// <summary>Whether the words after a possessive name a part of a place ("in Tarnwick's old town", "in Orrin's harbour").</summary>
    private static bool OwnsPlacePart(IReadOnlyList<Token> tokens, int at, int sentenceEnd)
    {
        for (var k = at; k < Math.Min(sentenceEnd, at + 2); k++)
        {
            var word = tokens[k].Value.ToLowerInvariant();
            if (Gazetteer.PlaceHeads.Contains(word) || word is "centre" or "center" or "streets" or "outskirts" or "suburbs" or "north" or "south" or "east" or "west") return true;
        }
        return false;
    }

    /// <summary>How many tokens after a dateline's place its closing dash may come ("HAVERPORT, Estovia, Oct 13 (Wire) -").</summary>
    private const int DatelineReach = 12;

    /// <summary>Labels that wire copy puts before a dash at the head of a story, which are no places.</summary>
    private static readonly FrozenSet<string> WireLabels = new[]
    {
        "EXCLUSIVE", "UPDATE", "UPDATED", "BREAKING", "CORRECTED", "CORRECTION", "REFILE", "ANALYSIS", "FACTBOX", "INTERVIEW", "WRAPUP", "URGENT", "FLASH", "EDITORIAL", "OPINION", "LIVE",
    }.ToFrozenSet(StringComparer.Ordinal);

    private TypeVotes Votes(ArticleDocument doc, List<int> chunk, int from, int to, int sentenceStart, int sentenceEnd, bool titled)
    {
        var tokens = doc.Tokens;
        int person = 0, organization = 0, location = 0;
        if (titled) person += 3;
        var words = to - from;
        var last = StripPossessive(tokens[chunk[to - 1]].Value);
        var hasOrganizationHead = false;
        for (var i = from; i < to; i++)
        {
            if (IsOrganizationHead(StripPossessive(tokens[chunk[i]].Value))) hasOrganizationHead = true;
        }
        if (hasOrganizationHead) organization += 2;
        // A name joined by an ampersand is a firm's.
        for (var i = from + 1; i < to - 1; i++)
        {
            if (IsAmpersand(tokens[chunk[i]])) organization += 2;
        }
        if (Gazetteer.PlaceHeads.Contains(last)) location += 2;
        if (words == 1 && Gazetteer.IsAllCaps(last)) organization += 1;
        // "Helen Pratt": a common given name opening a two- or three-word name.
        if (words is 2 or 3 && !hasOrganizationHead && !Gazetteer.PlaceHeads.Contains(last) && GivenNames.Contains(tokens[chunk[from]].Value)) person += 2;

        var before = chunk[from] - 1;
        if (IsDatelinePlace(tokens, chunk, from, to, sentenceStart, sentenceEnd)) location += 3;
        if (before >= sentenceStart && tokens[before].IsWord)
        {
            var w = tokens[before].Value;
            if (Gazetteer.OutletNouns.Contains(w)) organization += 3;
            else if (char.IsLower(w[0]) && Gazetteer.OrganizationNouns.Contains(w)) organization += 3;
            // "harbour chief Marten Olsby", "lawyer Noor Castell": a role or occupation in lower case just before the name.
            else if (char.IsLower(w[0]) && (Gazetteer.RoleHeads.Contains(w) || Gazetteer.Occupations.Contains(w)) && !hasOrganizationHead) person += 3;
            // Not "according to", nor "confidence in Emberley": trust is placed in people. Nor "in Aurell's coat": what is
            // placed there is the thing the name owns, and owners are people as often as places.
            else if (PlacePrepositions.Contains(w) && !(HasPossessive(tokens[chunk[to - 1]].Value) && !OwnsPlacePart(tokens, chunk[to - 1] + 1, sentenceEnd))
                && !(before - 1 >= sentenceStart && (tokens[before - 1].Value.Equals("according", StringComparison.OrdinalIgnoreCase) || TrustNouns.Contains(tokens[before - 1].Value)))) location += 1;
            // "at Serra do Lobo"; one word after "at" is as often a company ("jobs at Opel").
            else if (w.Equals("at", StringComparison.OrdinalIgnoreCase) && words >= 2 && !hasOrganizationHead) location += 1;
            else if (w.Equals("said", StringComparison.OrdinalIgnoreCase) || w.Equals("says", StringComparison.OrdinalIgnoreCase)) person += 1;
        }
        // "the mayor of Ribeira": a place; "Ana Ruiz, the mayor of …" / "Ana Ruiz, chair of …": a person.
        if (before - 1 >= sentenceStart && tokens[before].Value == "of" && Gazetteer.RoleHeads.Contains(tokens[before - 1].Value)) location += 2;
        var appositive = chunk[to - 1] + 1;
        if (appositive + 1 < sentenceEnd && tokens[appositive].Value == "," && !hasOrganizationHead)
        {
            // "Ana Ruiz, the mayor", "Lidia Ferrante, treasurer of the union", "Ana Ruiz, the union's lawyer"; with
            // "retired", "former" and the like before the role ("a retired teacher").
            var next = tokens[appositive + 1].Value;
            var at = appositive + 1;
            if (next is "the" or "a" or "an" && at + 1 < sentenceEnd) next = tokens[++at].Value;
            if (next is "retired" or "former" or "veteran" or "local" or "young" && at + 1 < sentenceEnd) next = tokens[++at].Value;
            var role = next.ToLowerInvariant();
            if (Gazetteer.RoleHeads.Contains(role) || Gazetteer.RoleModifiers.Contains(role) || Gazetteer.Occupations.Contains(role)) person += 2;
            // "Oddvik, a company that monitors betting markets", "Pellam, the firm behind the depot": a lower-case noun of
            // companies that heads the apposition; not "near Kethrin, the company announced" (the next clause's subject),
            // "Wyoming, the bank chief said" (not the head) nor "the Fed, the Bank of Japan and …" (a list of names).
            else if (char.IsLower(next[0]) && Gazetteer.OrganizationNouns.Contains(next) && (at + 1 >= sentenceEnd || ClosesCompanyApposition(tokens[at + 1]))) organization += 2;
            // "Dolores Whitcomb, who founded the group", "Joseph Allard, 71, a retired shepherd": a full name.
            else if (words is 2 or 3 && (role == "who" || (int.TryParse(next, out var age) && age is > 0 and < 120 && appositive + 2 < sentenceEnd && tokens[appositive + 2].Value == ","))) person += 1;
            else if (EntityRecognizer.HasPossessive(next) && appositive + 3 < sentenceEnd && IsRoleWord(tokens[appositive + 3].Value)) person += 2;
        }
        // "the council's lawyer, Noor Castell,": a role, a comma, then the name.
        if (before - 1 >= sentenceStart && tokens[before].Value == "," && tokens[before - 1].IsWord && char.IsLower(tokens[before - 1].Value[0]) && IsRoleWord(tokens[before - 1].Value) && !hasOrganizationHead)
        {
            person += 2;
        }
        var after = chunk[to - 1] + 1;
        // "people across Harrowdale reported", "residents in Orvik said": the object of a preposition is not the subject
        // of the verb after it (though "employees of Marquand Frères" is a company's still).
        var objectOfPreposition = before >= sentenceStart && tokens[before].IsWord && Prepositions.Contains(tokens[before].Value);
        if (after < sentenceEnd && tokens[after].IsWord)
        {
            var w = tokens[after].Value;
            if (ReportingVerbs.Reporting.Contains(w)) organization += objectOfPreposition ? 0 : 1;
            // "Ana Ruiz said"; a single word that speaks is as often a company ("Boeing said").
            else if (ReportingVerbs.Speech.Contains(w)) person += words is >= 2 and <= 3 && !hasOrganizationHead && !objectOfPreposition ? 1 : 0;
            // "Boeing spokesman", "Apple's board", "Airbus shares".
            else if (char.IsLower(w[0]) && Gazetteer.OrganizationContext.Contains(w) && !titled) organization += 2;
        }

        // "Apple CEO Steve Jobs", "Boeing Executive Vice President Scott Carson"; not "Privacy Commissioner".
        if (to < chunk.Count && !titled)
        {
            var roleLength = RoleLength(tokens, chunk, to);
            for (var i = to; i < to + roleLength; i++)
            {
                if (!Gazetteer.OrganizationContext.Contains(tokens[chunk[i]].Value)) continue;
                organization += 2;
                break;
            }
        }
        return new TypeVotes(person, organization, location);
    }

    /// <summary>Whether a token after "X, a company" continues an apposition: punctuation, a relative word or a participle of what a firm is.</summary>
    private static bool ClosesCompanyApposition(Token token) =>
        token.Kind == TokenKind.Punctuation ? token.Value is "," or "." or ";" or ")" : CompanyAppositionWords.Contains(token.Value);

    private static readonly FrozenSet<string> CompanyAppositionWords = new[]
    {
        "that", "which", "whose", "behind", "based", "owned", "run", "founded", "hired", "contracted", "in", "of", "from", "with", "for",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static string? DefinedAcronym(ArticleDocument doc, int lastToken, int sentenceEnd, string name)
    {
        var tokens = doc.Tokens;
        if (lastToken + 3 >= sentenceEnd) return null;
        if (tokens[lastToken + 1].Value != "(" || tokens[lastToken + 3].Value != ")") return null;
        var candidate = tokens[lastToken + 2].Value.Replace(".", "", StringComparison.Ordinal);
        if (candidate.Length is < 2 or > 8 || !Gazetteer.IsAllCaps(candidate)) return null;
        if (char.ToUpperInvariant(TextFolding.StripDiacritics(name)[0]) == candidate[0]) return candidate;
        // An acronym of the name in its own language, letters in another order: "Serra do Lobo Residents' Association (ARSL)".
        var initials = TextFolding.StripDiacritics(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0])).ToHashSet();
        return candidate.All(initials.Contains) && candidate.Distinct().Count() == candidate.Length ? candidate : null;
    }

    private static bool HasOrganizationHead(IReadOnlyList<Token> tokens, List<int> chunk, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (IsOrganizationHead(tokens[chunk[i]].Value) || Gazetteer.PlaceHeads.Contains(tokens[chunk[i]].Value)) return true;
        }
        return false;
    }

    /// <summary>
    /// A capitalised word that can be part of a name: not a designation with a hyphen ("Su-24"), nor a currency
    /// prefix ("US$40", "C$").
    /// </summary>
    private static bool IsAmpersand(Token token) => token.Value == "&";

    private static bool IsNameWord(ArticleDocument doc, int i, int end)
    {
        var token = doc.Tokens[i];
        if (!IsCapitalised(token) || IsModelNumber(doc, i, end)) return false;
        // "US$", and the currency code of an amount the tokenizer split ("Sh" of "Sh2bn"): glued to what follows, no name.
        return !(i + 1 < end && doc.Tokens[i + 1].Span.Start == token.Span.End && (doc.Tokens[i + 1].Value is "$" or "\u00A3" or "\u20AC" or "\u00A5" || doc.Tokens[i + 1].Kind == TokenKind.Number));
    }

    /// <summary>"A380", "D218": a designation of a model or a road, named but of no type, and never part of a longer name.</summary>
    private static bool IsDesignation(Token token) => token.Value.Count(char.IsDigit) >= 2;

    /// <summary>"Su-24", "F-16": a designation, not a name.</summary>
    private static bool IsModelNumber(ArticleDocument doc, int i, int end) =>
        i + 2 < end && doc.Tokens[i + 1].Value == "-" && doc.Tokens[i + 2].Kind == TokenKind.Number && doc.Tokens[i + 1].Span.Start == doc.Tokens[i].Span.End;

    private static readonly FrozenSet<string> Directions = new[] { "Western", "Eastern", "Northern", "Southern", "Central" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "Western Lantern", "Northern Courier": a direction adjective followed by a capitalised word the gazetteer does
    /// not know is the start of a name; before a known place ("Western Europe", "Eastern Ukraine") it is not.
    /// </summary>
    private bool BeginsUnknownName(ArticleDocument doc, List<int> chunk, int k) =>
        Directions.Contains(doc.Tokens[chunk[k]].Value) && k + 1 < chunk.Count && IsCapitalised(doc.Tokens[chunk[k + 1]])
        && LongestKnown(doc, chunk, k + 1).Entry is null && RoleLength(doc.Tokens, chunk, k + 1) == 0;

    /// <summary>
    /// A role set beside a person's name with commas, as lower-case words up to the role's head: "Sanna Kvistad, the
    /// health minister," or "the country's health minister, Sanna Kvistad," give "health minister"; "Emil Sande,
    /// chairman of the board" gives "chairman". Null when there is none.
    /// </summary>
    private static string? AppositiveRole(ArticleDocument doc, int firstToken, int lastToken, int sentenceStart, int sentenceEnd)
    {
        var tokens = doc.Tokens;
        static bool Head(string w) => Gazetteer.RoleHeads.Contains(w) && char.IsLower(w[0]);
        static bool Modifier(string w) => char.IsLower(w[0]) && (Gazetteer.RoleModifiers.Contains(w) || w.EndsWith("'s", StringComparison.Ordinal) || w is "the" or "a" or "an" or "its" or "their");
        // After: ", the health minister" / ", chairman of …".
        var i = lastToken + 1;
        if (i < sentenceEnd && tokens[i].Value == ",")
        {
            var words = new List<string>();
            for (var j = i + 1; j < sentenceEnd && j <= i + 5 && tokens[j].IsWord; j++)
            {
                var w = tokens[j].Value;
                if (Head(w))
                {
                    words.Add(w);
                    return string.Join(' ', words.Where(x => Gazetteer.RoleModifiers.Contains(x) || Gazetteer.RoleHeads.Contains(x)));
                }
                if (!Modifier(w)) break;
                words.Add(w);
            }
        }
        // Before: "the country's health minister, Sanna Kvistad".
        i = firstToken - 1;
        if (i - 1 >= sentenceStart && tokens[i].Value == "," && tokens[i - 1].IsWord && Head(tokens[i - 1].Value))
        {
            var words = new List<string> { tokens[i - 1].Value };
            for (var j = i - 2; j >= sentenceStart && j >= i - 5 && tokens[j].IsWord && Gazetteer.RoleModifiers.Contains(tokens[j].Value); j--) words.Insert(0, tokens[j].Value);
            return string.Join(' ', words);
        }
        return null;
    }

    private static bool IsRoleWord(string word)
    {
        var lower = word.ToLowerInvariant();
        return Gazetteer.RoleHeads.Contains(lower) || Gazetteer.Occupations.Contains(lower) || GenderCues.IsKin(lower);
    }

    private static bool IsApostrophe(Token token) => token.Kind == TokenKind.Punctuation && token.Value is "'" or "\u2019";

    /// <summary>
    /// How many field words follow "and" at <paramref name="from"/> to the end of a ministry's name: one capitalised word
    /// that ends the chunk, or two whose second names a field (<see cref="FieldHeads"/>); 0 when what follows is a given
    /// name, a possessive, a name the gazetteer knows or anything longer.
    /// </summary>
    private int FieldWordsAfterAnd(ArticleDocument doc, IReadOnlyList<Token> tokens, List<int> chunk, int from)
    {
        if (from >= chunk.Count || !IsCapitalised(tokens[chunk[from]]) || GivenNames.Contains(tokens[chunk[from]].Value)
            || HasPossessive(tokens[chunk[from]].Value) || LongestKnown(doc, chunk, from).Entry is not null) return 0;
        var capitalised = 1;
        while (from + capitalised < chunk.Count && IsCapitalised(tokens[chunk[from + capitalised]])) capitalised++;
        return capitalised == 1 || (capitalised == 2 && FieldHeads.Contains(StripPossessive(tokens[chunk[from + 1]].Value))) ? capitalised : 0;
    }

    /// <summary>Words that end the name of a field a ministry or department is named of ("Coastal Affairs", "Social Care").</summary>
    private static readonly FrozenSet<string> FieldHeads = new[]
    {
        "affairs", "care", "services", "development", "planning", "industry", "trade", "energy", "environment", "security", "resources",
        "communities", "culture", "heritage", "affair", "works", "transport", "innovation", "education", "health", "justice", "sport",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"St" or "Saint": a saint's possessive name goes on to the head word of the place named after him or her.</summary>
    private static bool IsSaint(string word) => word is "St" or "Saint";

    /// <summary>
    /// Whether the run from <paramref name="from"/> to <paramref name="to"/> is an organisation head, "of" and one field, no
    /// more: "Ministry of Agriculture", "Department of Health".
    /// </summary>
    private static bool NamedOfFields(IReadOnlyList<Token> tokens, List<int> chunk, int from, int to) =>
        to == from + 3 && IsOrganizationHead(tokens[chunk[from]].Value) && tokens[chunk[from + 1]].Value == "of";

    /// <summary>Whether capitalised words from token <paramref name="from"/> reach an organisation head within three words.</summary>
    private static bool OrganizationHeadAhead(IReadOnlyList<Token> tokens, int from, int end)
    {
        for (var i = from; i < Math.Min(from + 3, end); i++)
        {
            if (!IsCapitalised(tokens[i])) return false;
            if (IsOrganizationHead(tokens[i].Value)) return true;
        }
        return false;
    }

    private static bool IsOrganizationHead(string word) => Gazetteer.OrganizationHeads.Contains(word) || Gazetteer.OutletHeads.Contains(word);

    private static bool IsInitial(ArticleDocument doc, int tokenIndex, int sentenceStart)
    {
        if (tokenIndex <= sentenceStart) return true;
        var previous = doc.Tokens[tokenIndex - 1];
        return previous.Kind == TokenKind.Punctuation && OpeningMarks.Contains(previous.Value);
    }

    /// <summary>
    /// A capitalised word that can be part of a name: not "American-made" or "Kyiv-based". An elided particle before a
    /// capital counts ("d'Orsène", "l'Aquila", "dell'Orto").
    /// </summary>
    private static bool IsCapitalised(Token token)
    {
        if (!token.IsWord) return false;
        if (!char.IsUpper(token.Value[0])) return IsElidedName(token.Value);
        var hyphen = token.Value.LastIndexOf('-');
        return hyphen < 0 || hyphen + 3 >= token.Value.Length || !char.IsLower(token.Value[hyphen + 1]);
    }

    private static bool IsElidedName(string word)
    {
        var apostrophe = word.AsSpan().IndexOfAny('\'', '\u2019');
        return apostrophe is >= 1 and <= 4 && apostrophe + 1 < word.Length && char.IsUpper(word[apostrophe + 1])
            && word.AsSpan(0, apostrophe) is "d" or "l" or "dell" or "dall" or "nell" or "all" or "sull";
    }

    internal static bool HasPossessive(string word) =>
        word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal));

    /// <summary>Plurals without an "s", whose possessive ("Fishermen's", "Children's") is a plural possessive; not "Bremen's".</summary>
    private static bool IsIrregularPlural(string word) => IrregularPlurals.Contains(word);

    private static readonly FrozenSet<string> IrregularPlurals = new[]
    {
        "Men", "Women", "Fishermen", "Seamen", "Servicemen", "Craftsmen", "Tradesmen", "Firemen", "Policemen", "Policewomen",
        "Workmen", "Linesmen", "Clergymen", "Businessmen", "Businesswomen", "Congressmen", "Countrymen", "Sportsmen", "Sportswomen",
        "Horsemen", "Freemen", "Aldermen", "Gentlemen", "People", "Children", "Folk",
    }.ToFrozenSet(StringComparer.Ordinal);

    internal static string StripPossessive(string text) => HasPossessive(text) ? text[..^2] : text;

    private static TextSpan SpanOf(ArticleDocument doc, List<int> chunk, int from, int to) =>
        TextSpan.FromBounds(doc.Tokens[chunk[from]].Span.Start, doc.Tokens[chunk[to - 1]].Span.End);
}
