using System.Collections.Frozen;
using Crosscheck.Text;

namespace Crosscheck.Comparison;

/// <summary>
/// A small hand-written lexicon that maps news paraphrases onto one canonical term, so that retellings worded
/// differently align: "troops" ~ "forces", "talks" ~ "negotiations", "does not rule out" ~ "not ruling out",
/// "British" ~ "UK", a capital city standing for its country ("London and Paris" ~ "the UK and France").
/// Keys and values are folded words; <see cref="Canonical"/> returns a stemmed canonical term.
/// </summary>
internal static class ParaphraseLexicon
{
    /// <summary>Groups of interchangeable words; the first word of each group is the canonical form.</summary>
    private static readonly string[][] Groups =
    [
        ["troop", "troops", "forces", "force", "soldiers", "soldier", "servicemen", "contingent"],
        ["say", "said", "says", "saying", "stated", "states", "state", "told", "tells", "tell", "declared", "declare", "declares", "express", "expressed", "remarked"],
        ["talks", "talk", "negotiations", "negotiation", "discussions", "discussion", "debate", "debates", "dialogue", "consultations"],
        ["revive", "revived", "revives", "resume", "resumed", "resumes", "reopened", "reopen", "renewed", "renew", "resurfaced", "resurface", "rekindled"],
        ["send", "sending", "sent", "deploy", "deploying", "deployed", "deployment", "dispatch", "dispatching", "dispatched"],
        ["contractor", "contractors", "companies", "company", "firms", "firm"],
        ["military", "defense", "defence", "armed"],
        ["support", "supporting", "supported", "help", "helping", "helped", "aid", "aiding", "aided", "assist", "assisting", "assistance", "backing"],
        ["ruleout", "discard", "discarded", "dismiss", "dismissed", "exclude", "excluded", "excluding"],
        ["solid", "strong", "robust"],
        ["create", "creating", "created", "creation", "form", "forming", "formed", "formation", "establish", "established", "establishing", "build", "building"],
        ["ally", "allies", "allied", "partners", "partner"],
        ["injured", "wounded", "hurt", "injuries", "injury", "injuring", "wounding"],
        ["people", "persons", "residents", "resident", "inhabitants", "villagers", "locals"],
        ["evacuate", "evacuated", "evacuates", "evacuating", "evacuation", "evacuations", "evacuees", "evacuee", "displaced", "relocated", "fled", "flee", "fleeing"],
        ["job", "jobs", "roles", "positions", "posts"],
        ["shares", "stock", "stocks"],
        ["ban", "bans", "sanction", "sanctions", "suspension"],
        ["item", "items", "objects", "object", "pieces", "artefacts", "artifacts", "artworks", "treasures"],
        ["home", "homes", "households", "household", "houses", "house", "dwellings", "dwelling"],
        ["killed", "dead", "died", "deaths", "death", "fatalities", "lives"],
        ["begin", "began", "begun", "start", "started", "starts", "launch", "launched", "launches"],
        ["halt", "halted", "stop", "stopped", "end", "ended", "cessation", "suspend", "suspended"],
        ["increase", "increased", "rise", "rose", "risen", "grow", "grew", "growth", "boost", "boosted", "surge", "surged"],
        ["decrease", "decreased", "fall", "fell", "fallen", "drop", "dropped", "decline", "declined", "reduction", "reduce", "reduced", "cut", "limit"],
        ["announce", "announced", "announces", "unveil", "unveiled", "unveils"],
        ["visit", "visited", "trip"],
        ["arrest", "arrested", "detain", "detained"],
        ["approve", "approved", "authorize", "authorized", "authorise", "authorised", "authorization", "authorisation", "permission"],
        ["newspaper", "outlet", "paper", "daily", "publication"],
        ["classified", "secret", "confidential", "undisclosed"],
        ["source", "sources"],
        ["minister", "ministers"],
        ["president", "presidential"],
        ["opposition", "backlash", "pushback", "resistance"],
        ["possibility", "prospect", "option", "options"],
        ["large", "big", "major"],
        ["uk", "u.k", "britain", "british", "london", "united-kingdom"],
        ["france", "french", "paris"],
        ["us", "u.s", "usa", "america", "american", "washington", "united-states"],
        ["germany", "german", "berlin"],
        ["russia", "russian", "moscow", "kremlin"],
        ["ukraine", "ukrainian", "kyiv", "kiev"],
        ["china", "chinese", "beijing"],
        ["europe", "european"],
    ];

    /// <summary>Two-word phrases folded to one word before lookup.</summary>
    private static readonly FrozenDictionary<(string, string), string> Phrases = new Dictionary<(string, string), string>
    {
        [("rule", "out")] = "ruleout",
        [("rules", "out")] = "ruleout",
        [("ruled", "out")] = "ruleout",
        [("ruling", "out")] = "ruleout",
        [("united", "kingdom")] = "united-kingdom",
        [("united", "states")] = "united-states",
        [("set", "aside")] = "discard",
        [("call", "off")] = "halt",
        [("called", "off")] = "halt",
        [("moved", "out")] = "evacuate",
        [("move", "out")] = "evacuate",
    }.ToFrozenDictionary();

    /// <summary>Words that carry little of a claim's content: reporting verbs and hedges.</summary>
    private static readonly FrozenSet<string> LightWords = new[]
    {
        "say", "report", "reported", "reports", "reportedly", "according", "also", "previously", "note", "notes", "noted",
        "add", "adds", "added", "write", "writes", "wrote", "recent", "recently", "currently", "particular", "particularly",
        "especially", "specifically", "including", "include", "includes", "potential", "potentially", "possible", "possibly",
        "already", "ago", "last", "week", "year", "month", "day", "time", "earlier", "later", "new", "one", "two",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Canonicals = BuildCanonicals();

    private static FrozenDictionary<string, string> BuildCanonicals()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            var canonical = group[0];
            foreach (var word in group) map.TryAdd(word, canonical);
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The phrase a pair of folded words forms, or null.</summary>
    public static string? Phrase(string first, string second) =>
        PhraseStarts.Contains(first) && Phrases.TryGetValue((first, second), out var phrase) ? phrase : null;

    private static readonly FrozenSet<string> PhraseStarts = Phrases.Keys.Select(k => k.Item1).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The canonical, stemmed term of a folded word.</summary>
    public static string Canonical(string folded)
    {
        if (Canonicals.TryGetValue(folded, out var canonical)) return canonical;
        if (Cache.TryGetValue(folded, out canonical)) return canonical;
        canonical = Derive(folded);
        if (Cache.Count < CacheLimit) Cache.TryAdd(folded, canonical);
        return canonical;
    }

    private const int CacheLimit = 200_000;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    private static string Derive(string folded)
    {
        string? canonical;
        var stem = LightStemmer.Stem(folded);
        if (Canonicals.TryGetValue(stem, out canonical)) return canonical;
        // "allied" → "alli" and "allies" → "ally": fold a final i to y so both inflections meet.
        if (stem.Length > 3 && stem[^1] == 'i') stem = stem[..^1] + "y";
        return stem;
    }

    /// <summary>True for reporting verbs, hedges and time fillers, which weigh little in a claim.</summary>
    public static bool IsLight(string canonical) => LightWords.Contains(canonical);
}
