using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Crosscheck.Text;

namespace Crosscheck.Analysis.Entities;

/// <summary>
/// Resolves the mentions of a story's articles into entities: the same folded name (accents, case, hyphens and a
/// leading "the" ignored), a gazetteer name and its aliases and demonyms ("French" → France), an acronym and its
/// expansion (defined in the text, or matching the initials of exactly one name), and a surname or a shorter form
/// of exactly one person's full name ("Barrot" → "Jean-Noël Barrot"), and the first word of exactly one
/// organisation's name ("Fjordlink" → "Fjordlink Ferries"). The canonical name is the most complete,
/// most frequent form, accented when any form is; for gazetteer entities it is the gazetteer's name.
/// </summary>
public sealed class EntityResolver(Gazetteer gazetteer)
{
    /// <summary>A resolver on the built-in gazetteer.</summary>
    public EntityResolver() : this(Gazetteer.Default) { }

    public Gazetteer Gazetteer { get; } = gazetteer;

    internal ResolvedEntities Resolve(IReadOnlyList<RecognizedMention> mentions, IReadOnlyList<ArticleDocument> documents)
    {
        var parent = new int[mentions.Count];
        for (var i = 0; i < parent.Length; i++) parent[i] = i;
        // The first mention of each gazetteer entry and of each other name key.
        var byKnown = new Dictionary<string, int>(StringComparer.Ordinal);
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        // Every pass below compares names by their folded key: fold each printed name once (a story prints most many times).
        var keyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var nameKeys = mentions.Select(m => keyOf.TryGetValue(m.Text, out var key) ? key : keyOf[m.Text] = NameKey(m.Text)).ToArray();
        var wordsOf = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var nameWords = nameKeys.Select(key => wordsOf.TryGetValue(key, out var words) ? words : wordsOf[key] = key.Split(' ')).ToArray();
        for (var i = 0; i < mentions.Count; i++)
        {
            var (table, key) = mentions[i].Known is { } known ? (byKnown, known.Name) : (byKey, nameKeys[i]);
            if (table.TryGetValue(key, out var first)) Union(parent, first, i);
            else table[key] = i;
        }

        // Acronyms defined in the text: "Défense Conseil International (DCI)".
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Acronym is not { } acronym) continue;
            var known = Gazetteer.Find(acronym);
            if ((known is not null ? byKnown.TryGetValue(known.Name, out var other) : byKey.TryGetValue(NameKey(acronym), out other))) Union(parent, i, other);
        }

        var votes = ClusterVotes(mentions, parent);

        // Undefined acronyms that spell the initials of exactly one multi-word name.
        var initials = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var initialsOf = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Known is not null) continue;
            var text = mentions[i].Text;
            if (!initialsOf.TryGetValue(text, out var letters)) initialsOf[text] = letters = Initials(text);
            if (letters.Length < 2) continue;
            if (!initials.TryGetValue(letters, out var set)) initials[letters] = set = [];
            set.Add(Find(parent, i));
        }
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Known is not null) continue;
            var text = mentions[i].Text.Replace(".", "", StringComparison.Ordinal);
            if (!Gazetteer.IsAllCaps(text) || text.Contains(' ', StringComparison.Ordinal)) continue;
            if (initials.TryGetValue(text, out var set) && set.Select(r => Find(parent, r)).Distinct().Count() == 1) Union(parent, i, set.First());
        }

        // Surnames and shortened names of people: "Barrot", "Donald J. Trump" → "Donald Trump".
        votes = ClusterVotes(mentions, parent);
        // A multi-word name without other cues whose last word also stands alone in the story is a person's
        // full name and surname ("Ana Ruiz" … "Ruiz said").
        var standalone = new HashSet<string>(StringComparer.Ordinal);
        var bonus = new TypeVotes[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
        {
            // One word, or two for surnames such as "Ní Bhriain" (a full name of three or more words ends in them).
            if (mentions[i].Known is null && nameWords[i].Length <= 2) standalone.Add(nameKeys[i]);
        }
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Known is not null) continue;
            var root = Find(parent, i);
            var words = nameWords[i];
            if (words.Length is < 2 or > 4 || votes[root].Organization > 0 || votes[root].Location > 0 || votes[root].Person > 0) continue;
            var surname = standalone.Contains(words[^1]) || (words.Length >= 3 && standalone.Contains(words[^2] + " " + words[^1]));
            if (!surname || Gazetteer.IsAllCaps(mentions[i].Text)) continue;
            votes[root] += new TypeVotes(1, 0, 0);
            bonus[i] += new TypeVotes(1, 0, 0);
        }
        var bySurname = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var byFirstLast = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var byLastTwo = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Known is not null) continue;
            var root = Find(parent, i);
            var words = nameWords[i];
            if (words.Length < 2) continue;
            // "the Sentinel" is the outlet "The Carrow Sentinel", as "Barrot" is the person "Jean-Noël Barrot".
            var outlet = votes[root].Winner == EntityType.Organization && Gazetteer.OutletHeads.Contains(words[^1]);
            if (votes[root].Winner != EntityType.Person && !outlet) continue;
            Add(bySurname, words[^1], root);
            Add(byFirstLast, words[0] + " " + words[^1], root);
            // "Ní Fhaoláin" is "Siobhán Ní Fhaoláin": a surname of two words.
            if (words.Length >= 3) Add(byLastTwo, words[^2] + " " + words[^1], root);
        }
        var shapes = new ClusterShapes(mentions, nameWords, parent);
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Known is not null) continue;
            var root = Find(parent, i);
            var type = votes[root].Winner;
            var words = nameWords[i];
            // "Aurell's officials" after "the culture minister, Benedikt Aurell": a surname that one cue after it made an
            // organisation's is still the person's named in the same article.
            var surnameInContext = words.Length == 1 && type == EntityType.Organization && votes[root].Organization <= 2 && votes[root].Location == 0
                && !CompanyCueAfter(documents, mentions[i]);
            if (type is not (EntityType.Person or EntityType.Other) && !(words.Length == 1 && Gazetteer.OutletHeads.Contains(words[0])) && !surnameInContext) continue;
            var table = words.Length == 1 ? bySurname : byFirstLast;
            var key = words.Length == 1 ? words[0] : words[0] + " " + words[^1];
            var other = new OtherCluster(parent, root);
            if (table.TryGetValue(key, out var roots)) other.AddAll(roots);
            if (words.Length == 2 && byLastTwo.TryGetValue(key, out var lastTwo)) other.AddAll(lastTwo);
            if (other.Only < 0) continue;
            // Only a word that stands alone in its cluster, and only beside the person in the same article.
            if (surnameInContext && (shapes.LongestName(root) > 1 || !shapes.InArticle(other.Only, mentions[i].ArticleIndex))) continue;
            shapes.Union(other.Only, root);
        }

        votes = ClusterVotes(mentions, parent);
        for (var i = 0; i < mentions.Count; i++) votes[Find(parent, i)] += bonus[i];
        var demonyms = JoinDemonyms(mentions, nameKeys, parent, votes, bonus);

        // "Fjordlink" is "Fjordlink Ferries" when exactly one organisation's name starts with it (after a leading
        // article: "Courrier" is "Le Courrier d'Orsène"), and no place or person's name does ("Cressmoor" may be
        // "Cressmoor Province" as well as "Cressmoor Savings Bank").
        votes = ClusterVotes(mentions, parent);
        for (var i = 0; i < mentions.Count; i++) votes[Find(parent, i)] += bonus[i];
        var byFirstWord = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var startsOther = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
        {
            var root = Find(parent, i);
            var words = nameWords[i];
            if (words.Length < 2) continue;
            var skip = LeadingArticles.Contains(words[0]) && words.Length >= 3 ? 1 : 0;
            var first = words[skip];
            // "Venholm Savings" is "Venholm Savings Bank": the first two words of a longer name are looked up too, unless
            // they make a name of their own ("Structure Weekly" is not "Structure Weekly Awards").
            var firstTwo = words.Length - skip >= 3 && !Gazetteer.OutletHeads.Contains(words[skip + 1]) && !Gazetteer.OrganizationHeads.Contains(words[skip + 1])
                ? first + " " + words[skip + 1] : null;
            if (mentions[i].Known is null && votes[root].Winner is EntityType.Organization or EntityType.Other)
            {
                Add(byFirstWord, first, root);
                if (firstTwo is not null) Add(byFirstWord, firstTwo, root);
            }
            else
            {
                startsOther.Add(first);
                if (firstTwo is not null) startsOther.Add(firstTwo);
            }
        }
        shapes = new ClusterShapes(mentions, nameWords, parent);
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Known is not null) continue;
            var root = Find(parent, i);
            var key = nameKeys[i];
            if (nameWords[i].Length > 2 || votes[root].Winner is not (EntityType.Organization or EntityType.Other)) continue;
            // A short form already joined to a longer name (a surname of the person it stands for) stays with it.
            if (shapes.LongestName(root) > nameWords[i].Length) continue;
            if (startsOther.Contains(key) || !byFirstWord.TryGetValue(key, out var roots)) continue;
            var targets = roots.Select(r => Find(parent, r)).Distinct().ToList();
            // One side must be an organisation: two untyped names are not joined on a shared first word.
            if (targets.Count == 1 && targets[0] != root && (votes[targets[0]].Winner == EntityType.Organization || votes[root].Winner == EntityType.Organization))
            {
                shapes.Union(targets[0], root);
            }
        }
        JoinShortForms(mentions, nameWords, documents, parent, votes);

        return Build(mentions, nameKeys, keyOf, documents, parent, bonus, demonyms);
    }

    /// <param name="demonyms">The name keys that are a place's demonym ("gessan"): the place is named by its own name.</param>
    private ResolvedEntities Build(IReadOnlyList<RecognizedMention> mentions, string[] nameKeys, Dictionary<string, string> keyOf, IReadOnlyList<ArticleDocument> documents, int[] parent, TypeVotes[] bonus, HashSet<string> demonyms)
    {
        var clusters = new Dictionary<int, List<int>>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var root = Find(parent, i);
            if (!clusters.TryGetValue(root, out var list)) clusters[root] = list = [];
            list.Add(i);
        }

        var built = new List<(Entity Entity, List<int> Members, int FirstArticle, int FirstPosition)>();
        foreach (var members in clusters.Values)
        {
            var votes = default(TypeVotes);
            Dictionary<string, (GazetteerEntry Entry, int Count)>? knownCounts = null;
            foreach (var i in members)
            {
                votes += mentions[i].Votes + bonus[i];
                if (mentions[i].Known is { } k)
                {
                    knownCounts ??= new Dictionary<string, (GazetteerEntry Entry, int Count)>(StringComparer.Ordinal);
                    knownCounts[k.Name] = (k, knownCounts.TryGetValue(k.Name, out var c) ? c.Count + 1 : 1);
                }
            }
            var known = knownCounts?.Values.OrderByDescending(v => v.Count).ThenBy(v => v.Entry.Name, StringComparer.Ordinal).First().Entry;
            var type = known?.Type ?? votes.Winner;
            var naming = members.Any(i => !demonyms.Contains(nameKeys[i])) ? members.Where(i => !demonyms.Contains(nameKeys[i])) : members;
            var name = known?.Name ?? CanonicalName(naming.Select(i => (mentions[i].Text, nameKeys[i])).ToList());
            var aliases = Aliases(members, mentions, name);
            // Members come in mention order, which is text order article by article: the sort seldom has work to do.
            var ordered = InTextOrder(members, mentions) ? members : members.OrderBy(i => mentions[i].ArticleIndex).ThenBy(i => mentions[i].Span.Start).ToList();
            var articleIds = ordered.Select(i => documents[mentions[i].ArticleIndex].Article.Id).Distinct(StringComparer.Ordinal).ToImmutableArray();
            var entityMentions = ImmutableArray.CreateBuilder<EntityMention>(ordered.Count);
            foreach (var i in ordered) entityMentions.Add(new EntityMention(documents[mentions[i].ArticleIndex].Article.Id, mentions[i].Span, mentions[i].Text));
            built.Add((new Entity(name, type, aliases, articleIds, entityMentions.MoveToImmutable()), ordered,
                mentions[ordered[0]].ArticleIndex, mentions[ordered[0]].Span.Start));
        }

        var sorted = built
            .OrderByDescending(b => b.Entity.ArticleIds.Length)
            .ThenByDescending(b => b.Entity.Mentions.Length)
            .ThenBy(b => b.Entity.Name, StringComparer.Ordinal)
            .ThenBy(b => b.FirstArticle)
            .ThenBy(b => b.FirstPosition)
            .ToList();
        var entityOf = new int[mentions.Count];
        for (var e = 0; e < sorted.Count; e++)
        {
            foreach (var i in sorted[e].Members) entityOf[i] = e;
        }
        return new ResolvedEntities(Gazetteer, sorted.Select(b => b.Entity).ToImmutableArray(), mentions, keyOf, entityOf);
    }

    /// <summary>A cluster's printed forms other than its name, once each, in ordinal order.</summary>
    private static ImmutableArray<string> Aliases(List<int> members, IReadOnlyList<RecognizedMention> mentions, string name)
    {
        HashSet<string>? others = null;
        foreach (var i in members)
        {
            var text = mentions[i].Text;
            if (!string.Equals(text, name, StringComparison.Ordinal)) (others ??= new HashSet<string>(StringComparer.Ordinal)).Add(text);
        }
        if (others is null) return [];
        var sorted = others.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return ImmutableCollectionsMarshal.AsImmutableArray(sorted);
    }

    private static bool InTextOrder(List<int> members, IReadOnlyList<RecognizedMention> mentions)
    {
        for (var k = 1; k < members.Count; k++)
        {
            var (previous, next) = (mentions[members[k - 1]], mentions[members[k]]);
            if (previous.ArticleIndex > next.ArticleIndex || (previous.ArticleIndex == next.ArticleIndex && previous.Span.Start > next.Span.Start)) return false;
        }
        return true;
    }

    /// <summary>
    /// The most complete form (most words), then the most frequent, then the one with accents, then a leading "The"
    /// only for a one-word name ("The Lantern", but "Harlow Ridge Sentinel"), then the first.
    /// </summary>
    /// <param name="forms">The printed forms with their <see cref="NameKey"/>.</param>
    internal static string CanonicalName(IReadOnlyList<(string Form, string Key)> forms)
    {
        // Most entities are printed one way only.
        var first = forms[0].Form;
        if (forms.All(f => string.Equals(f.Form, first, StringComparison.Ordinal))) return first;
        var best = forms
            .Select((f, order) => (form: f.Form, order, key: f.Key))
            .GroupBy(f => f.key, StringComparer.Ordinal)
            .OrderByDescending(g => g.Key.Count(c => c == ' ') + 1)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Min(f => f.order))
            .First();
        return best
            .GroupBy(f => f.form, StringComparer.Ordinal)
            .OrderByDescending(g => g.Key.Count(c => c > 127))
            .ThenByDescending(g => g.Any(f => f.form.StartsWith("The ", StringComparison.Ordinal)) == TakesThe(g.Key))
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Min(f => f.order))
            .First().Key;
    }

    /// <summary>Articles that can lead a name ("Le Courrier d'Orsène", "The Lantern"), folded.</summary>
    private static readonly HashSet<string> LeadingArticles = new(StringComparer.Ordinal) { "le", "la", "les", "l", "el", "il", "lo", "der", "die", "das", "de", "het", "the" };

    /// <summary>
    /// An organisation's shorter forms join it when exactly one organisation of the story fits: its head word after
    /// "the" ("the Inspectorate" → "National Water Inspectorate"), its name without what follows "of" ("National
    /// Lottery Board" → "National Lottery Board of Brevania"), or its name without a leading demonym or place
    /// ("National Heritage Office" → "Keldish National Heritage Office").
    /// </summary>
    private static void JoinShortForms(IReadOnlyList<RecognizedMention> mentions, string[][] nameWords, IReadOnlyList<ArticleDocument> documents, int[] parent, TypeVotes[] votes)
    {
        // The organisations' names, each with its mentions: a name is compared once, not once per mention that prints it
        // (mentions with the same name key share one words array).
        var organisations = new Dictionary<string[], List<int>>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < mentions.Count; i++)
        {
            var root = Find(parent, i);
            var words = nameWords[i];
            if (words.Length < 2 || votes[root].Winner != EntityType.Organization) continue;
            if (!organisations.TryGetValue(words, out var printing)) organisations[words] = printing = [];
            printing.Add(i);
        }
        if (organisations.Count == 0) return;
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Known is not null) continue;
            var root = Find(parent, i);
            if (votes[root].Winner is not (EntityType.Organization or EntityType.Other)) continue;
            var words = nameWords[i];
            if (words.Length == 1)
            {
                // Only "the Inspectorate": a bare capitalised head word is as often a sentence's first word.
                var text = documents[mentions[i].ArticleIndex].Text;
                var start = mentions[i].Span.Start;
                if (start < 4 || !text.AsSpan(start - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase)) continue;
            }
            // Joined when the fitting names' mentions are of exactly one other entity.
            var other = new OtherCluster(parent, root);
            foreach (var (name, printing) in organisations)
            {
                if (!(words.Length == 1 ? name[^1] == words[0] : name.Length > words.Length && (IsPrefixBeforeOf(words, name) || name.AsSpan(name.Length - words.Length).SequenceEqual(words)))) continue;
                other.AddAll(printing);
                if (other.Several) break;
            }
            if (other.Only >= 0) Union(parent, other.Only, root);
        }
    }

    private static bool IsPrefixBeforeOf(string[] shorter, string[] name) =>
        name.Length > shorter.Length && name[shorter.Length] == "of" && name.AsSpan(0, shorter.Length).SequenceEqual(shorter);

    /// <summary>Endings of demonyms made from a place name: "Valdorian" (Valdoria), "Kessalian" (Kessaly), "Taiwanese", "Halvikers" (Halvik), plurals.</summary>
    private static readonly string[] DemonymEndings = ["ians", "ian", "ans", "an", "ese", "ish", "ers", "er", "i"];

    /// <summary>
    /// A single word not in the gazetteer that is a demonym of exactly one place of the story joins that place:
    /// its stem ("Valdori", "Kessal") begins the place's one-word name, which it falls short of by at most two letters,
    /// or the place is its stem and "land" ("Brennish", "Brennland"). A name whose demonym the story prints is a place
    /// whatever its other cues say ("Gessa says …", "the Gessan coast guard"): people have no demonyms.
    /// </summary>
    /// <returns>The name keys of the demonyms joined to their places.</returns>
    private static HashSet<string> JoinDemonyms(IReadOnlyList<RecognizedMention> mentions, string[] nameKeys, int[] parent, TypeVotes[] votes, TypeVotes[] bonus)
    {
        var demonyms = new HashSet<string>(StringComparer.Ordinal);
        // A person with a full name ("Senator Mara Jackson", "Jackson") has no demonym: "Jacksonian" is an adjective of
        // hers. A full name is one printed with a role or opening with a given name ("Neighbouring Kessaly" is neither).
        var fullNamed = new HashSet<int>();
        for (var i = 0; i < mentions.Count; i++)
        {
            if (nameKeys[i].Contains(' ', StringComparison.Ordinal) && (mentions[i].Role is not null || GivenNames.Contains(mentions[i].Text.Split(' ')[0]))) fullNamed.Add(Find(parent, i));
        }
        var places = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
        {
            var key = nameKeys[i];
            var root = Find(parent, i);
            if (mentions[i].Known is null && !key.Contains(' ', StringComparison.Ordinal) && !(votes[root].Winner == EntityType.Person && fullNamed.Contains(root))) places.TryAdd(key, i);
        }
        if (places.Count == 0) return demonyms;
        // The places a word may be a demonym of depend on the word alone: found once per word.
        var placesOf = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
        {
            var key = nameKeys[i];
            if (mentions[i].Known is not null || key.Contains(' ', StringComparison.Ordinal) || votes[Find(parent, i)].Winner == EntityType.Person) continue;
            if (!placesOf.TryGetValue(key, out var candidates)) placesOf[key] = candidates = DemonymPlaces(key, places);
            var match = -1;
            var place = -1;
            var several = false;
            foreach (var candidate in candidates)
            {
                var root = Find(parent, candidate);
                several |= match >= 0 && root != match;
                match = root;
                place = candidate;
            }
            var own = Find(parent, i);
            if (match < 0 || several || match == own) continue;
            var joined = votes[match] + votes[own];
            if (joined.Winner != EntityType.Location)
            {
                var more = new TypeVotes(0, 0, Math.Max(joined.Person, joined.Organization) - joined.Location + 1);
                bonus[place] += more;
                joined += more;
            }
            Union(parent, match, own);
            votes[Find(parent, own)] = joined;
            demonyms.Add(key);
        }
        return demonyms;
    }

    /// <summary>The mentions of the places <paramref name="word"/> is a demonym of (see <see cref="DemonymEndings"/>); a plural ("Republicans") is no demonym of its singular.</summary>
    private static List<int> DemonymPlaces(string word, Dictionary<string, int> places)
    {
        // The stems the word's endings leave ("Valdorian": "Valdori", "Valdor"); most words have none, and are done.
        var stems = DemonymEndings.Where(e => word.Length > e.Length + 3 && word.EndsWith(e, StringComparison.Ordinal)).Select(e => word[..^e.Length]).ToList();
        if (stems.Count == 0) return [];
        return places
            .Where(p => p.Key != word && !IsPluralOf(word, p.Key) && stems.Any(stem => IsDemonymStem(stem, p.Key)))
            .Select(p => p.Value).ToList();
    }

    private static bool IsPluralOf(string word, string singular) =>
        word.Length == singular.Length + 1 && word[^1] == 's' && word.StartsWith(singular, StringComparison.Ordinal);

    /// <summary>A demonym's stem fits a place that begins with it and is at most two letters longer, or that is the stem and "land".</summary>
    private static bool IsDemonymStem(ReadOnlySpan<char> stem, string place) =>
        (place.AsSpan().StartsWith(stem, StringComparison.Ordinal) && place.Length - stem.Length <= 2)
        || (place.Length > 7 && place.EndsWith("land", StringComparison.Ordinal) && stem.SequenceEqual(place.AsSpan(0, place.Length - 4)));

    /// <summary>Whether a name keeps a leading "The": a single word after it is too bare to stand alone ("The Lantern").</summary>
    private static bool TakesThe(string form)
    {
        var words = Words(form);
        return words.Length - (words.Length > 0 && words[0] == "The" ? 1 : 0) == 1;
    }

    /// <summary>The folded comparison key of a name: "Jean-Noël Barrot" and "jean noel barrot" share one.</summary>
    internal static string NameKey(string name)
    {
        var key = Gazetteer.Key(name).Replace('-', ' ').Replace("'s", "", StringComparison.Ordinal);
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = 0;
        while (start < words.Length - 1 && Gazetteer.Honorifics.Contains(words[start])) start++;
        return string.Join(' ', words, start, words.Length - start);
    }

    private static string[] Words(string text) => text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The initials of a name's capitalised words ("Défense Conseil International" → "DCI"); empty for a single word.</summary>
    private static string Initials(string name)
    {
        var words = Words(name);
        return words.Length < 2 ? "" : string.Concat(words.Where(w => char.IsUpper(w[0])).Select(w => char.ToUpperInvariant(TextFolding.StripDiacritics(w)[0])));
    }

    /// <summary>
    /// Per cluster of mentions, the most words a name of it has and the articles it is named in, read once and kept up
    /// to date through <see cref="Union"/> (a scan of every mention per question was quadratic).
    /// </summary>
    private sealed class ClusterShapes
    {
        private readonly int[] _parent;
        private readonly Dictionary<int, (int Longest, HashSet<int> Articles)> _byRoot = [];

        public ClusterShapes(IReadOnlyList<RecognizedMention> mentions, string[][] nameWords, int[] parent)
        {
            _parent = parent;
            for (var i = 0; i < mentions.Count; i++)
            {
                var root = Find(parent, i);
                if (!_byRoot.TryGetValue(root, out var shape)) _byRoot[root] = shape = (0, []);
                shape.Articles.Add(mentions[i].ArticleIndex);
                _byRoot[root] = (Math.Max(shape.Longest, nameWords[i].Length), shape.Articles);
            }
        }

        public int LongestName(int mention) => _byRoot.TryGetValue(Find(_parent, mention), out var shape) ? shape.Longest : 0;

        public bool InArticle(int mention, int article) => _byRoot.TryGetValue(Find(_parent, mention), out var shape) && shape.Articles.Contains(article);

        public void Union(int a, int b)
        {
            var ra = Find(_parent, a);
            var rb = Find(_parent, b);
            if (ra == rb) return;
            EntityResolver.Union(_parent, ra, rb);
            var kept = Find(_parent, ra);
            var gone = kept == ra ? rb : ra;
            if (!_byRoot.Remove(gone, out var absorbed)) return;
            if (!_byRoot.TryGetValue(kept, out var shape)) shape = (0, []);
            shape.Articles.UnionWith(absorbed.Articles);
            _byRoot[kept] = (Math.Max(shape.Longest, absorbed.Longest), shape.Articles);
        }
    }

    /// <summary>
    /// Whether the word after a mention is one only a company has ("Velta's shareholders", "Velta shares"), which no
    /// person's surname takes; "officials" and "staff" a minister has too.
    /// </summary>
    private static bool CompanyCueAfter(IReadOnlyList<ArticleDocument> documents, RecognizedMention mention)
    {
        if (mention.ArticleIndex < 0 || mention.ArticleIndex >= documents.Count) return false;
        var text = documents[mention.ArticleIndex].Text;
        var at = mention.Span.End;
        if (at + 2 <= text.Length && text[at] is '\'' or '\u2019' && text[at + 1] == 's') at += 2;
        while (at < text.Length && text[at] == ' ') at++;
        var end = at;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return Gazetteer.CompanyOnlyContext.Contains(text[at..end]);
    }

    /// <summary>The cluster, other than its own, that a name's candidate mentions belong to: it joins one only when there is exactly one.</summary>
    private struct OtherCluster(int[] parent, int own)
    {
        private int _found = -1;

        /// <summary>The candidates are of more than one other cluster: nothing more to learn.</summary>
        public bool Several { get; private set; }

        /// <summary>The one other cluster, or -1.</summary>
        public readonly int Only => Several ? -1 : _found;

        public void AddAll(IEnumerable<int> mentions)
        {
            foreach (var mention in mentions)
            {
                var root = Find(parent, mention);
                if (root == own || root == _found) continue;
                Several |= _found >= 0;
                _found = root;
            }
        }
    }

    private static TypeVotes[] ClusterVotes(IReadOnlyList<RecognizedMention> mentions, int[] parent)
    {
        var votes = new TypeVotes[mentions.Count];
        for (var i = 0; i < mentions.Count; i++) votes[Find(parent, i)] += mentions[i].Votes;
        return votes;
    }

    private static void Add(Dictionary<string, HashSet<int>> table, string key, int root)
    {
        if (!table.TryGetValue(key, out var set)) table[key] = set = [];
        set.Add(root);
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        a = Find(parent, a);
        b = Find(parent, b);
        if (a == b) return;
        if (a < b) parent[b] = a;
        else parent[a] = b;
    }
}

/// <summary>The entities of a story and the ways back to them: by mention, by name, by role, by position.</summary>
internal sealed class ResolvedEntities
{
    private readonly Gazetteer _gazetteer;
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<int>> _bySurname = new(StringComparer.Ordinal);
    private readonly List<(int Entity, string[] RoleWords, string? Country)> _roles = [];
    private readonly Dictionary<int, List<(int Position, int End, int Entity)>> _byArticle = [];
    private readonly Dictionary<Entity, EntityForms> _forms = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, string> _nameKeys;

    /// <param name="nameKeys">The <see cref="EntityResolver.NameKey"/> of printed names, the mentions' at least: kept and added to.</param>
    public ResolvedEntities(Gazetteer gazetteer, ImmutableArray<Entity> entities, IReadOnlyList<RecognizedMention> mentions, Dictionary<string, string> nameKeys, int[] entityOf)
    {
        _gazetteer = gazetteer;
        _nameKeys = nameKeys;
        Entities = entities;
        for (var i = 0; i < mentions.Count; i++)
        {
            var e = entityOf[i];
            var m = mentions[i];
            var key = NameKey(m.Text);
            _byKey.TryAdd(key, e);
            var words = key.Split(' ');
            if (entities[e].Type == EntityType.Person && words.Length > 1)
            {
                if (!_bySurname.TryGetValue(words[^1], out var set)) _bySurname[words[^1]] = set = [];
                set.Add(e);
            }
            if (m.Role is { } role && entities[e].Type == EntityType.Person)
            {
                _roles.Add((e, RoleWords(role), m.RoleCountry));
            }
            if (!_byArticle.TryGetValue(m.ArticleIndex, out var list)) _byArticle[m.ArticleIndex] = list = [];
            list.Add((m.Span.Start, m.Span.End, e));
        }
        foreach (var e in Enumerable.Range(0, entities.Length)) _byKey.TryAdd(NameKey(entities[e].Name), e);
        foreach (var list in _byArticle.Values) list.Sort((a, b) => a.Position.CompareTo(b.Position));
    }

    public ImmutableArray<Entity> Entities { get; }

    /// <summary>An entity's forms, folded and as name keys: worked out once per story, as every article's attribution compares them.</summary>
    public EntityForms FormsOf(Entity entity)
    {
        if (!_forms.TryGetValue(entity, out var forms))
        {
            var printed = entity.Aliases.Prepend(entity.Name).ToList();
            _forms[entity] = forms = new EntityForms(
                printed.Select(TextFolding.Fold).ToImmutableArray(),
                printed.Select(NameKey).ToHashSet(StringComparer.Ordinal));
        }
        return forms;
    }

    /// <summary>The <see cref="EntityResolver.NameKey"/> of a printed name, worked out once per story.</summary>
    public string NameKey(string name)
    {
        if (!_nameKeys.TryGetValue(name, out var key)) _nameKeys[name] = key = EntityResolver.NameKey(name);
        return key;
    }

    /// <summary>The entity a printed name refers to: the same folded form, or the surname of exactly one person.</summary>
    public Entity? FindByName(string name)
    {
        var key = NameKey(name);
        if (_byKey.TryGetValue(key, out var e)) return Entities[e];
        if (_gazetteer.Find(name) is { } known && _byKey.TryGetValue(NameKey(known.Name), out e)) return Entities[e];
        var words = key.Split(' ');
        if (_bySurname.TryGetValue(words[^1], out var set) && set.Count == 1) return Entities[set.First()];
        return null;
    }

    /// <summary>
    /// The person a role description refers to ("France's foreign minister", "the minister"), when exactly one
    /// person of the story was introduced with a matching title.
    /// </summary>
    public Entity? FindByRole(string description)
    {
        var words = EntityResolver.NameKey(description).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var roleWords = words.Where(w => Gazetteer.RoleHeads.Contains(w) || Gazetteer.RoleModifiers.Contains(w)).ToArray();
        if (roleWords.Length == 0 || !Gazetteer.RoleHeads.Contains(roleWords[^1])) return null;
        string? country = null;
        foreach (var w in words)
        {
            if (_gazetteer.Find(w) is { Kind: GazetteerKind.Country } c) country = c.Name;
        }
        var candidates = _roles
            .Where(r => r.RoleWords.Length > 0 && r.RoleWords[^1] == roleWords[^1] && roleWords.All(r.RoleWords.Contains))
            .Where(r => country is null || r.Country is null || r.Country == country)
            .Select(r => r.Entity)
            .Distinct()
            .ToList();
        return candidates.Count == 1 ? Entities[candidates[0]] : null;
    }

    /// <summary>
    /// Whether a person was introduced with an office somewhere in the story ("chief executive Ruben Castellane",
    /// "Governor Ilse Dravenholt", "Hélène Marquardt, the museum's director"): one who speaks for a body. A courtesy
    /// or academic title ("Dr", "Professor") is not an office.
    /// </summary>
    public bool HoldsOffice(Entity person)
    {
        foreach (var (entity, roleWords, _) in _roles)
        {
            if (ReferenceEquals(Entities[entity], person) && roleWords.Any(w => Gazetteer.RoleHeads.Contains(w) && !NotAnOffice.Contains(w))) return true;
        }
        return false;
    }

    /// <summary>Titles that introduce a person without making them speak for a body.</summary>
    private static readonly FrozenSet<string> NotAnOffice = Gazetteer.Honorifics.Concat(["professor", "prof", "lord", "lady", "father", "rev", "reverend"]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The entities mentioned inside a span of an article, in text order.</summary>
    public IEnumerable<(TextSpan Span, Entity Entity)> MentionsIn(int article, TextSpan span)
    {
        if (!_byArticle.TryGetValue(article, out var list)) yield break;
        // From the first mention starting in the span, not the article's first: a scan of every mention for each quote
        // and clause made quote extraction quadratic in the length of an article.
        for (var i = FirstStartingAfter(list, span.Start - 1); i < list.Count && list[i].Position <= span.End; i++)
        {
            var (position, end, e) = list[i];
            if (end <= span.End) yield return (TextSpan.FromBounds(position, end), Entities[e]);
        }
    }

    /// <summary>The index of the first of an article's mentions (sorted by position) that starts after <paramref name="position"/>; the count when none does.</summary>
    private static int FirstStartingAfter(List<(int Position, int End, int Entity)> mentions, int position)
    {
        int low = 0, high = mentions.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (mentions[middle].Position <= position) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    /// <summary>The person mentioned last before <paramref name="position"/> in an article: what "he" or "she" refers to.</summary>
    public Entity? LastPersonBefore(int article, int position) => LastBefore(article, position, EntityType.Person);

    /// <summary>
    /// What the pronoun at <paramref name="position"/> of an article (<paramref name="text"/>) refers to: the person
    /// mentioned last before it, passing over anyone the article marks with the other gender ("his sister Helen" is not
    /// "he"); the last person of all when everyone is passed over.
    /// </summary>
    public Entity? PersonForPronoun(int article, string text, int position, string pronoun)
    {
        var wanted = GenderCues.OfPronoun(pronoun);
        if (wanted == Gender.Unknown || !_byArticle.TryGetValue(article, out var list)) return LastPersonBefore(article, position);
        var before = FirstStartingAfter(list, position);
        for (var i = before - 1; i >= 0; i--)
        {
            if (list[i].End > position || Entities[list[i].Entity].Type != EntityType.Person) continue;
            var gender = GenderOf(list, list[i].Entity, text);
            if (gender == Gender.Unknown || gender == wanted) return Entities[list[i].Entity];
        }
        // Everyone typed a person is the other gender: a name of two or three words of no known type that the article
        // does not mark with the other gender ("Ivo Marsh runs the orchard with his sister Nadia. … he said").
        for (var i = before - 1; i >= 0; i--)
        {
            var entity = Entities[list[i].Entity];
            if (list[i].End > position || entity.Type != EntityType.Other || entity.Name.Count(c => c == ' ') is not (1 or 2)) continue;
            if (GenderOf(list, list[i].Entity, text) is var gender && (gender == Gender.Unknown || gender == wanted)) return entity;
        }
        return LastPersonBefore(article, position);
    }

    /// <summary>The gender an article's mentions of one entity mark, when they agree; else the hint of its given name.</summary>
    private Gender GenderOf(List<(int Position, int End, int Entity)> mentions, int entity, string text)
    {
        var found = Gender.Unknown;
        foreach (var (position, end, e) in mentions)
        {
            if (e != entity) continue;
            var gender = GenderCues.Around(text, position, end);
            if (gender == Gender.Unknown) continue;
            if (found != Gender.Unknown && found != gender) return Gender.Unknown;
            found = gender;
        }
        if (found != Gender.Unknown) return found;
        var name = Entities[entity].Name;
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? GivenNames.Of(name[..space]) : Gender.Unknown;
    }

    /// <summary>The entity of the given type mentioned last before <paramref name="position"/> in an article.</summary>
    public Entity? LastBefore(int article, int position, EntityType type, Func<Entity, bool>? accept = null)
    {
        if (!_byArticle.TryGetValue(article, out var list)) return null;
        // Mentions that start after the position end after it too: they are passed over without a look.
        for (var i = FirstStartingAfter(list, position) - 1; i >= 0; i--)
        {
            var entity = Entities[list[i].Entity];
            if (list[i].End <= position && entity.Type == type && (accept is null || accept(entity))) return entity;
        }
        return null;
    }

    /// <summary>
    /// The one entity named before <paramref name="position"/> in an article, not a person or place, whose name's head is
    /// <paramref name="head"/>: its last word, or the last before "of" ("the zoo" for "Marrow Zoo", "the trust" for
    /// "Corvel Heritage Trust", "the museum" for "Tamberra Museum of Natural Sciences"); null when none or when two do
    /// ("the court" after both "Eskelby Court" and "Supreme Court").
    /// </summary>
    public Entity? OnlyWithHead(int article, int position, string head)
    {
        if (!_byArticle.TryGetValue(article, out var list)) return null;
        Entity? found = null;
        for (var i = FirstStartingAfter(list, position) - 1; i >= 0; i--)
        {
            var entity = Entities[list[i].Entity];
            if (list[i].End > position || entity.Type is EntityType.Person or EntityType.Location || entity == found) continue;
            var name = entity.Name;
            // "Museum of Natural Sciences" is a museum; "Museum of Boats Trust" a trust, whose head is its last word.
            var of = name.IndexOf(" of ", StringComparison.Ordinal);
            if (of > 0 && !Gazetteer.OrganizationHeads.Contains(name[(name.LastIndexOf(' ') + 1)..].ToLowerInvariant())) name = name[..of];
            if (name.Length <= head.Length || name[^(head.Length + 1)] != ' ' || !name.EndsWith(head, StringComparison.OrdinalIgnoreCase)) continue;
            if (found is not null) return null;
            found = entity;
        }
        return found;
    }

    private static string[] RoleWords(string role) =>
        EntityResolver.NameKey(role).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => Gazetteer.RoleHeads.Contains(w) || Gazetteer.RoleModifiers.Contains(w))
            .ToArray();
}

/// <summary>The forms of an entity, its name first and then its aliases: folded (<see cref="TextFolding.Fold"/>), and the set of their name keys (<see cref="EntityResolver.NameKey"/>).</summary>
internal sealed record EntityForms(ImmutableArray<string> Folded, HashSet<string> Keys);
