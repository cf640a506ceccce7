using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Crosscheck.Analysis.Entities;
using Crosscheck.Text;

namespace Crosscheck.Analysis.Sources;

/// <summary>
/// One article citing a source. A strong citation names the source of the story ("Le Monde reported, citing…",
/// "according to X", "the French newspaper X", a headline "…, X reports"); a weak one names where a person spoke
/// ("X told the BBC", "in an interview with the BBC").
/// </summary>
/// <param name="ByReportingCue">Cited as a publication ("reported", "according to", "the newspaper X"), not only as a speaker ("X notes").</param>
public sealed record SourceCitation(string ArticleId, string Source, TextSpan? Span, bool Strong, bool ByReportingCue = true, bool ByMediaNoun = false);

/// <summary>
/// Builds per article the attribution of its content (who it says it got the story from) and picks the primary
/// source(s) the story's retellings lean on: the source most articles cite, strong citations first. A source
/// cited by a single article of a larger story is secondary, and an outlet citing itself does not count.
/// </summary>
public sealed partial class SourceAttributor(Gazetteer gazetteer)
{
    public SourceAttributor() : this(Gazetteer.Default) { }

    [GeneratedRegex(@"^\s*(?:\([\p{Lu}.]{2,10}\)\s*)?,?\s*(?:(?:also|previously|further|earlier|now|first|later|then|exclusively|recently|reportedly)\s+)?(?<verb>[\p{L}]+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex VerbAfterPattern();

    /// <summary>
    /// The verb <see cref="VerbAfterPattern"/> finds at the start of <paramref name="text"/>, or empty: the letters that end
    /// its match, which no letter precedes. Matched in place, as most mentions have a word after them and a match
    /// object apiece added up.
    /// </summary>
    private static ReadOnlySpan<char> VerbAfter(ReadOnlySpan<char> text)
    {
        foreach (var match in VerbAfterPattern().EnumerateMatches(text))
        {
            var found = text.Slice(match.Index, match.Length);
            var start = found.Length;
            while (start > 0 && char.IsLetter(found[start - 1])) start--;
            return found[start..];
        }
        return [];
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportingVerb = ReportingVerbs.Reporting.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OutletSpeechVerb = ReportingVerbs.OutletSpeech.GetAlternateLookup<ReadOnlySpan<char>>();


    [GeneratedRegex(@"(?:\b(?<strong>according\s+to\s+(?:the\s+)?(?:court\s+)?(?:documents|papers|records|filings?)\s+(?:filed|lodged|submitted)\s+(?:with|to|at)|according\s+to|citing|cited\s+by|quoted\s+by|reported\s+by|revealed\s+by|reports|reported|writes|wrote|reveals|published\s+by|published\s+(?:(?:on|last|this|earlier)\s+\p{L}+\s+)?in|(?:appeared|described|detailed)\s+in|told\s+by)|\b(?<weak>told|interview\s+with|speaking\s+to|speaking\s+with|talking\s+to|asked\s+by|said\s+to|in\s+comments\s+to|appearance\s+on|spoke\s+to|spoke\s+with))\s+(?:the\s+)?(?:[\p{L}\p{M}'’-]+\s+){0,3}?$|\b(?<noun>" + MediaNouns + @")\s+$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft)]
    private static partial Regex CueBefore();

    /// <summary>Nouns that introduce a medium by name ("the broadcaster RTM", "the daily Ostra").</summary>
    private const string MediaNouns = @"newspaper|daily|outlet|agency|broadcaster|magazine|publication|channel|tabloid|weekly|website|news\s+site|paper";

    /// <summary>A media noun right before a name, even where a weaker cue comes first ("an interview with the public broadcaster RTM").</summary>
    [GeneratedRegex(@"\b(?:" + MediaNouns + @")\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex MediaNounBefore();

    [GeneratedRegex(@"\b(?:published|appeared|appears?|described|reported)\s+(?:(?:on|last|this|earlier)\s+\p{L}+\s+)?in\s+(?:the\s+(?:journal\s+)?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PublicationCueBefore();

    private static bool PublishedIn(ReadOnlySpan<char> before) => PublicationCueBefore().IsMatch(before);

    [GeneratedRegex(@"^\s*,\s*(?:the|a|an)\s+[^,.;]{1,50},", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Apposition();

    /// <summary>A relative clause between a name and its verb: ", which broke the story on Wednesday,".</summary>
    [GeneratedRegex(@"^\s*,\s*(?:which|who)\s+[^,.;]{1,60},", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeClause();

    /// <summary>A reporting verb whose object is a figure or a result ("reported a 12% fall", "published its accounts", "reports record sales").</summary>
    [GeneratedRegex(@"^\s*,?\s*(?:\p{L}+ly\s+)?(?:reports?|reported|publishe[sd]|reveal(?:s|ed))\s+(?:(?:a|an|its|their|his|her)\s+(?:\d|record|net|first|second|third|fourth|full|half|quarterly|annual|profit|loss|revenue|sales|results|earnings|figures|accounts|fall|rise|drop|increase|decrease)|record\b|\d|[€$£¥])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReportsFigures();

    /// <summary>Whether a name says it is a news medium: a known outlet, or built on a media word ("Harbour Gazette").</summary>
    private static bool IsMediumByName(Entity entity, Gazetteer gazetteer) =>
        gazetteer.Find(entity.Name) is { Kind: GazetteerKind.Outlet } || entity.Aliases.Prepend(entity.Name).Any(Gazetteer.HasMediaWord);

    [GeneratedRegex(@"^\s*(?:interview|report|article|investigation|story|documentary|broadcast|exclusive|podcast)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WeakAfter();

    /// <summary>The citations of one article, in text order (headline citations first).</summary>
    internal List<SourceCitation> Attribute(ArticleDocument doc, ResolvedEntities entities)
    {
        var citations = new List<SourceCitation>();
        var article = doc.Article;
        var outlet = article.Outlet is { Length: > 0 } o ? entities.NameKey(o) : null;
        bool IsSelf(Entity e) => outlet is not null && entities.FormsOf(e).Keys.Contains(outlet);

        // Headlines: "…, X reports", "… says X", "… - X", "X: …".
        var title = TextFolding.Fold(article.Title);
        if (title.Length > 0)
        {
            foreach (var entity in entities.Entities)
            {
                if (entity.Type is EntityType.Location or EntityType.Person || IsSelf(entity)) continue;
                foreach (var form in entities.FormsOf(entity).Folded)
                {
                    if (TitleCites(title, form))
                    {
                        citations.Add(new SourceCitation(article.Id, entity.Name, null, Strong: true));
                        break;
                    }
                }
            }
        }

        foreach (var (span, entity) in entities.MentionsIn(doc.Index, new TextSpan(0, doc.Text.Length)))
        {
            if (IsSelf(entity)) continue;
            var sentence = doc.Sentences[doc.SentenceAt(span.Start)];
            if (entity.Type == EntityType.Location)
            {
                // "published in Coldwater Hydrology Letters": "in" made an unknown name a place; the cue makes it a publication.
                if (!PublishedIn(doc.Text.AsSpan()[Math.Max(sentence.Start, span.Start - 40)..span.Start]) || gazetteer.Find(entity.Name) is not null || !entity.Name.Contains(' ', StringComparison.Ordinal)) continue;
                citations.Add(new SourceCitation(article.Id, entity.Name, span, Strong: true));
                continue;
            }
            var strong = (bool?)null;
            var byCue = true;
            var byMediaNoun = false;

            // The expressions look at the text around the mention in place: what they are given is all they see.
            var afterLength = Math.Max(0, Math.Min(sentence.End, span.End + 80) - span.End);
            if (afterLength > 0 && doc.Text[span.End] == ':' && span.Start == sentence.Start && entity.Type == EntityType.Organization)
            {
                strong = true;
            }
            // "Launchpad Weekly, the specialist magazine, reported": the verb after an apposition.
            var apposition = Apposition().Match(doc.Text, span.End, afterLength);
            var skipped = apposition.Success ? apposition.Length : 0;
            var verb = VerbAfter(doc.Text.AsSpan(span.End + skipped, afterLength - skipped));
            // "The Chronicle, which broke the story on Wednesday, reported": a relative clause before a reporting verb
            // (before "said" it introduces a party to the story: "the alliance, which brought the case, said").
            if (!apposition.Success && RelativeClause().Match(doc.Text, span.End, afterLength) is { Success: true } relative
                && VerbAfter(doc.Text.AsSpan(span.End + relative.Length, afterLength - relative.Length)) is var reported && ReportingVerb.Contains(reported))
            {
                verb = reported;
                skipped = relative.Length;
            }
            if (!verb.IsEmpty)
            {
                if (ReportingVerb.Contains(verb) && entity.Type != EntityType.Person)
                {
                    strong = true;
                    // "Lumiq reported a 12% fall in profit": a company reporting its figures speaks; it is not cited as a publication.
                    if (ReportsFigures().IsMatch(doc.Text.AsSpan(span.End + skipped, afterLength - skipped)) && !IsMediumByName(entity, gazetteer)) byCue = false;
                }
                else if (OutletSpeechVerb.Contains(verb) && entity.Type == EntityType.Organization)
                {
                    strong = true;
                    byCue = false;
                }
                else if (RulingVerb.Contains(verb) && entity.Type == EntityType.Organization && IsCourt(entity.Name))
                {
                    // "The Eskelby Administrative Court annulled the permit": a court speaks through its rulings.
                    strong = true;
                    byCue = false;
                }
            }
            if (strong is null && entity.Type == EntityType.Organization && WeakAfter().IsMatch(doc.Text.AsSpan(span.End, afterLength))) strong = false;

            var beforeStart = Math.Max(sentence.Start, span.Start - 60);
            var cue = CueBefore().Match(doc.Text, beforeStart, span.Start - beforeStart);
            if (cue.Success)
            {
                byMediaNoun = entity.Type != EntityType.Person && (cue.Groups["noun"].Success || MediaNounBefore().IsMatch(doc.Text.AsSpan(beforeStart, span.Start - beforeStart)));
                if (cue.Groups["strong"].Success || byMediaNoun)
                {
                    strong = true;
                    byCue = true;
                }
                else if (cue.Groups["weak"].Success && entity.Type == EntityType.Organization) strong ??= false;
            }
            if (strong is { } s) citations.Add(new SourceCitation(article.Id, entity.Name, span, s, byCue, byMediaNoun));
        }
        return citations;
    }

    /// <summary>The source an article leans on most: strong citations first, then the most cited, then the first.</summary>
    internal static string? MainSource(IReadOnlyList<SourceCitation> citations, ISet<string> outlets) =>
        citations
            .Where(c => c.ByReportingCue || outlets.Contains(c.Source))
            .Select((c, order) => (c, order))
            .GroupBy(x => x.c.Source, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count(x => x.c.Strong))
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Min(x => x.order))
            .Select(g => g.Key)
            .FirstOrDefault();

    /// <summary>
    /// The primary source(s) of a story: cited by the most articles (at least two, unless the story has one article).
    /// News media (<paramref name="media"/>) come before other cited bodies: "according to the weather office" sources
    /// a fact, while the retellings lean on the outlet that broke the story.
    /// </summary>
    internal static ImmutableArray<PrimarySource> SelectPrimary(IReadOnlyList<ArticleDocument> documents, ResolvedEntities entities, IReadOnlyList<SourceCitation> citations, ISet<string> outlets, ISet<string> media, IReadOnlyList<SourceCitation> speakers)
    {
        var voices = citations.Concat(speakers).ToList();
        citations = citations.Where(c => c.ByReportingCue || outlets.Contains(c.Source)).ToList();
        var order = documents.Select((d, i) => (d.Article.Id, i)).GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var stats = citations
            .GroupBy(c => c.Source, StringComparer.Ordinal)
            .Select(g => (
                Source: g.Key,
                Strong: g.Where(c => c.Strong).Select(c => c.ArticleId).Distinct(StringComparer.Ordinal).Count(),
                Articles: g.Select(c => c.ArticleId).Distinct(StringComparer.Ordinal).OrderBy(id => order.GetValueOrDefault(id)).ToImmutableArray()))
            .ToList();
        var minimum = documents.Count == 1 ? 1 : 2;
        // Strongly cited by enough articles; news media also when weakly cited ("told NRN", "an interview with X").
        var eligible = stats.Where(s => s.Strong >= minimum || (media.Contains(s.Source) && s.Articles.Length >= minimum)).ToList();
        if (eligible.Count == 0) eligible = stats.Where(s => s.Articles.Length >= minimum).ToList();
        if (eligible.Count == 0 && documents.Count > 1) return VoiceSource(documents, entities, voices, order);
        if (eligible.Count == 0) return [];
        var best = eligible.Max(s => (media.Contains(s.Source), s.Strong, s.Articles.Length));
        return eligible
            .Where(s => (media.Contains(s.Source), s.Strong, s.Articles.Length) == best)
            .OrderBy(s => s.Source, StringComparer.Ordinal)
            .Select(s => new PrimarySource(CitedForm(s.Source, documents, entities, citations), s.Articles))
            .ToImmutableArray();
    }

    /// <summary>
    /// When no publication is cited, whoever the retellings let speak: the organisation that speaks or is cited ("the
    /// bank said in a statement", "Tarnby County Police said", "a transcript published by the ministry") in at least
    /// half of the story's distinct articles and in more of them than any other organisation; failing that, the person
    /// quoted so (the museum director who told reporters and gave the interviews). A person who holds no office comes
    /// first when heard in more of those articles than any organisation. A story of statements leans on whoever made them.
    /// </summary>
    private static ImmutableArray<PrimarySource> VoiceSource(IReadOnlyList<ArticleDocument> documents, ResolvedEntities entities, IReadOnlyList<SourceCitation> voices, Dictionary<string, int> order)
    {
        var distinct = documents.Where(d => d.Article.DuplicateOf is null).Select(d => d.Article.Id).ToHashSet(StringComparer.Ordinal);
        var lengths = documents.GroupBy(d => d.Article.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Text.Length, StringComparer.Ordinal);
        var named = entities.Entities.GroupBy(e => e.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var counts = voices
            .Where(v => named.ContainsKey(v.Source))
            .GroupBy(v => v.Source, StringComparer.Ordinal)
            .Select(g => (Source: g.Key, Type: named[g.Key].Type, Voices: g.Count(), Articles: g.Select(c => c.ArticleId).Distinct(StringComparer.Ordinal).OrderBy(id => order.GetValueOrDefault(id)).ToImmutableArray()))
            .Select(x => (x.Source, x.Type, x.Voices, x.Articles, Distinct: x.Articles.Count(distinct.Contains), Place: Place(x.Source)))
            .Where(x => x.Distinct >= 2 && 2 * x.Distinct >= distinct.Count)
            .ToList();

        // How early the retellings let a source speak: its first voice in each article, as a share of the article's
        // length, summed over the articles (inverted pyramid: the source a story rests on speaks near the top).
        double Place(string source)
        {
            var place = 0.0;
            foreach (var first in voices.Where(v => v.Source == source && v.Span is not null).GroupBy(v => v.ArticleId, StringComparer.Ordinal))
            {
                if (lengths.GetValueOrDefault(first.Key) is > 0 and var length) place += (double)first.Min(v => v.Span!.Value.Start) / length;
            }
            return Math.Round(place, 3);
        }

        // In the most articles; between equals, the one that speaks most often, then the one heard earlier. Two equals lead nobody.
        (bool Found, bool Tied, string Source, int Distinct, ImmutableArray<string> Articles) Leader(EntityType type)
        {
            var ranked = counts.Where(c => c.Type == type).OrderByDescending(x => x.Distinct).ThenByDescending(x => x.Voices).ThenBy(x => x.Place).ThenBy(x => x.Source, StringComparer.Ordinal).ToList();
            if (ranked.Count == 0) return default;
            var tied = ranked.Count > 1 && (ranked[1].Distinct, ranked[1].Voices, ranked[1].Place) == (ranked[0].Distinct, ranked[0].Voices, ranked[0].Place);
            return (true, tied, ranked[0].Source, ranked[0].Distinct, ranked[0].Articles);
        }
        var organization = Leader(EntityType.Organization);
        var person = Leader(EntityType.Person);
        // A person who holds no office speaks for herself; heard in more retellings than any body, she is whom the story
        // leans on (the athlete at the press conference she called, the federation that confirmed her ban).
        var ownVoice = person is { Found: true, Tied: false } && !entities.HoldsOffice(named[person.Source]) && (!organization.Found || person.Distinct > organization.Distinct);
        var leader = organization.Found && !ownVoice ? organization : person;
        return leader is { Found: true, Tied: false } ? [new PrimarySource(leader.Source, leader.Articles)] : [];
    }

    [GeneratedRegex(@"^(?:reports?|reported|says|said|writes|wrote|reveals|revealed|claims|finds|learns)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TitleVerbAfter();

    [GeneratedRegex(@"(?:\bsays|\baccording to|\breports|\bcites|\bciting|[-–—|(])$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex TitleCueBefore();

    /// <summary>
    /// The entities that act as publications in the story: known outlets and agencies, and names cited with a
    /// reporting cue somewhere. Only these count as sources when they merely "note" or "say" something.
    /// </summary>
    internal static HashSet<string> Outlets(ResolvedEntities entities, IReadOnlyList<SourceCitation> citations, Gazetteer gazetteer)
    {
        var outlets = citations.Where(c => c.ByReportingCue).Select(c => c.Source).ToHashSet(StringComparer.Ordinal);
        foreach (var entity in entities.Entities)
        {
            if (gazetteer.Find(entity.Name) is { Kind: GazetteerKind.Outlet }) outlets.Add(entity.Name);
        }
        return outlets;
    }

    /// <summary>
    /// The form of a source's name its citations print most ("Keldvision", though "Keldvision Evening" is the longest
    /// form the story prints), acronyms aside; the canonical name on ties.
    /// </summary>
    private static string CitedForm(string source, IReadOnlyList<ArticleDocument> documents, ResolvedEntities entities, IReadOnlyList<SourceCitation> citations)
    {
        if (entities.Entities.FirstOrDefault(e => e.Name == source) is not { } entity || entity.Aliases.IsDefaultOrEmpty) return source;
        var texts = documents.GroupBy(d => d.Article.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Text, StringComparer.Ordinal);
        var printed = citations
            .Where(c => c.Source == source && c.Span is not null && texts.ContainsKey(c.ArticleId))
            .GroupBy(c => EntityResolver.NameKey(c.Span!.Value.Slice(texts[c.ArticleId])), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        // An acronym ("LPA") is how a name is shortened, not the name.
        return entity.Aliases.Prepend(entity.Name)
            .Where(form => form == entity.Name || !Gazetteer.IsAllCaps(form) || form.Contains(' ', StringComparison.Ordinal))
            .Select((form, order) => (form, order, count: printed.GetValueOrDefault(EntityResolver.NameKey(form))))
            .OrderByDescending(f => f.count).ThenBy(f => f.order)
            .First().form;
    }

    /// <summary>What a court does when it speaks: "ruled", "found", "annulled", "ordered".</summary>
    private static readonly FrozenSet<string> RulingVerbs = new[]
    {
        "ruled", "rules", "found", "finds", "ordered", "orders", "annulled", "annuls", "quashed", "quashes", "upheld", "upholds",
        "overturned", "overturns", "dismissed", "dismisses", "rejected", "rejects", "sentenced", "sentences", "acquitted", "convicted",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RulingVerb = RulingVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Head words of courts and tribunals, in several languages.</summary>
    private static readonly FrozenSet<string> CourtWords = new[] { "court", "tribunal", "tribunale", "cour", "gericht", "juzgado" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static bool IsCourt(string name) => Tokenizer.FoldedWords(name).Any(CourtWords.Contains);

    /// <summary>
    /// The entities of the story that are news media: known outlets, the outlet of one of the story's articles, names
    /// built on a media word ("Harbour Gazette", "Northcoast Radio News"), and names a retelling introduces with a
    /// media noun ("the public broadcaster RTM", "the newspaper Ostra").
    /// </summary>
    internal static HashSet<string> Media(ResolvedEntities entities, IReadOnlyList<ArticleDocument> documents, IReadOnlyList<SourceCitation> citations, Gazetteer gazetteer)
    {
        var storyOutlets = documents.Select(d => d.Article.Outlet).OfType<string>().Select(EntityResolver.NameKey).ToHashSet(StringComparer.Ordinal);
        var media = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in entities.Entities)
        {
            if (entity.Type is EntityType.Person or EntityType.Location) continue;
            if (IsMediumByName(entity, gazetteer) || storyOutlets.Overlaps(entities.FormsOf(entity).Keys))
            {
                media.Add(entity.Name);
            }
        }
        foreach (var citation in citations)
        {
            if (citation.ByMediaNoun) media.Add(citation.Source);
        }
        return media;
    }

    private static bool TitleCites(string title, string form)
    {
        if (form.Length < 2) return false;
        var at = 0;
        while ((at = title.IndexOf(form, at, StringComparison.Ordinal)) >= 0)
        {
            var end = at + form.Length;
            var boundedLeft = at == 0 || !char.IsLetterOrDigit(title[at - 1]);
            var boundedRight = end == title.Length || !char.IsLetterOrDigit(title[end]);
            if (boundedLeft && boundedRight)
            {
                var before = title[..at].TrimEnd();
                var after = title[end..].TrimStart();
                if (at == 0 && after.StartsWith(':')) return true;
                if (TitleVerbAfter().IsMatch(after)) return true;
                // "… - Harbour Post" cites; the hyphen of "Vantor-Lumiq deal" joins two names.
                if (TitleCueBefore().IsMatch(before) && !(before.EndsWith('-') && !char.IsWhiteSpace(title[at - 1]))) return true;
            }
            at = end;
        }
        return false;
    }
}
