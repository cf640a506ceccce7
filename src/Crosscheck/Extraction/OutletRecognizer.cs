using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Crosscheck.Text;

namespace Crosscheck.Extraction;

/// <summary>
/// Recovers the publishing outlet's name when the page names it: a copyright line ("© 2025 Harbour Ledger
/// Media. All rights reserved."), or a bio ("… is a reporter for the Harbour Ledger"). A domain-like name
/// ("harbourledger.com") is replaced by its spelled-out form when the page prints one; corporate suffixes are
/// dropped when the page also uses the shorter name.
/// </summary>
public static partial class OutletRecognizer
{
    [GeneratedRegex(@"(©|\(c\)|\bcopyright\b)\s*(©\s*)?((19|20)\d{2}(\s*[-–]\s*(19|20)\d{2})?\s*)?(?<name>[\p{L}\d][\p{L}\d.&'’\- ]{1,60}?)\s*(\.\s|,|\||\s-\s|\ball rights\b|\s(19|20)\d{2}\b|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex CopyrightHolder();

    [GeneratedRegex(@"\b(reporter|correspondent|journalist|writer|editor|columnist|contributor|analyst|producer|writes|covers|reports)\b[^.]{0,60}?\s(for|at|with|of)\s+(the\s+)?(?<name>\p{Lu}[\p{L}'’.\-&]*(\s+(\p{Lu}[\p{L}'’.\-&]*|&)){0,4})", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex BioEmployer();

    [GeneratedRegex(@"^(?<label>[\p{L}\d\-]+)\.(com|org|net|info|news|co\.uk|co|ua|eu|fr|de|uk|io|media|press)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Domain();

    [GeneratedRegex(@"(\s+(media|group|ltd\.?|limited|inc\.?|llc|gmbh|s\.a\.|plc|corp\.?|holdings|publishing|news ?media|as|asa|ab|oy|bv|nv|ag|sa|srl|spa),?)+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CorporateSuffix();

    [GeneratedRegex(@"\p{Lu}[\p{L}'’]*(\s+\p{Lu}[\p{L}'’]*){0,3}", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedRun();

    /// <summary>A radio frequency at the end of a station's masthead: " 101.2", " 97.4 FM", " 94.6 MHz".</summary>
    [GeneratedRegex(@"\s+\d{2,3}[.,]\d\s*(FM|MHz)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BroadcastFrequency();

    /// <summary>Nouns that newspapers, stations and sites put in their names: general knowledge of how outlets are named.</summary>
    private static readonly FrozenSet<string> MastheadNouns = new[]
    {
        "times", "post", "herald", "gazette", "chronicle", "journal", "tribune", "courier", "ledger", "sentinel", "observer",
        "standard", "telegraph", "guardian", "express", "mirror", "daily", "weekly", "review", "report", "digest", "wire",
        "press", "mail", "record", "star", "independent", "monitor", "examiner", "globe", "bulletin", "dispatch", "inquirer",
        "register", "today", "radio", "tv", "voice", "wave", "echo", "argus", "advertiser", "mercury", "clarion", "lantern",
        "pravda", "zeitung", "gazzetta", "diario", "diário", "correio", "quotidien", "nouvelles", "nachrichten", "notícias", "noticias",
        "news", "newswire", "network", "broadcasting", "fm", "magazine", "insider", "beat", "current", "leader", "citizen", "telegram",
        "television", "channel",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <param name="pageTexts">Every block of the page, to find the spelled-out form of a name.</param>
    /// <param name="furnitureTexts">The blocks judged furniture, where outlets name themselves.</param>
    /// <param name="mastheadCandidates">Short lines at the top of the page, where a scraped page prints the site's name.</param>
    public static string? Recognize(IReadOnlyList<string> pageTexts, IEnumerable<string> furnitureTexts, IEnumerable<string>? mastheadCandidates = null)
    {
        var furniture = furnitureTexts as IReadOnlyCollection<string> ?? [.. furnitureTexts];
        var masthead = Masthead(pageTexts, furniture, mastheadCandidates ?? []);
        var stated = Stated(pageTexts, furniture);
        if (masthead is null) return stated;
        if (stated is null) return masthead;
        // The masthead's printed form wins when it names the same outlet ("The Harlow Ridge Sentinel"), or when the
        // stated name is its first or last words ("Register", from "© Register Publishing", of "The Lintarian Register";
        // "ERT" of "ERT News").
        var bare = WithoutArticle(TextFolding.Fold(masthead));
        var statedBare = WithoutArticle(TextFolding.Fold(stated));
        return bare == statedBare || bare.Replace(" ", "", StringComparison.Ordinal) == statedBare.Replace(" ", "", StringComparison.Ordinal)
            || bare.EndsWith(" " + statedBare, StringComparison.Ordinal) || bare.StartsWith(statedBare + " ", StringComparison.Ordinal) ? masthead : stated;
    }

    /// <summary>Whether a fragment opens with an outlet's name ("Lantree Press Agency Thursday, February"): capitalised words, one of them a masthead noun.</summary>
    public static bool OpensWithOutletName(string fragment)
    {
        var run = CapitalisedRun().Match(fragment.TrimStart());
        return run.Success && run.Index == 0 && run.Value.Split(' ').Skip(1).Any(MastheadNouns.Contains);
    }

    /// <summary>
    /// Whether a line is a masthead: an outlet's name cut from a tagline ("Campus Times - higher education news", "ERT NEWS
    /// - Ebrovian Radio and Television"): capitalised words, one of them after the first a masthead noun, then the tagline.
    /// </summary>
    public static bool IsMastheadLine(string line)
    {
        var fields = FurniturePatterns.MastheadSeparator().Split(line.Trim(), 2);
        if (fields.Length < 2) return false;
        var name = fields[0].Trim();
        var run = CapitalisedRun().Match(name);
        return run.Success && run.Index == 0 && run.Length == name.Length && OpensWithOutletName(name);
    }

    /// <summary>The holder of the last copyright notice in <paramref name="text"/> ("© 2021 Lantree Press Agency."), tidied, or null.</summary>
    public static string? CopyrightHolderIn(string text)
    {
        Match? last = null;
        foreach (Match match in CopyrightHolder().Matches(text))
        {
            if (LooksLikeName(match.Groups["name"].Value)) last = match;
        }
        return last is null ? null : Tidy(last.Groups["name"].Value, [text]);
    }

    /// <summary>
    /// A short line at the top of the page is the masthead when the page names it again elsewhere (a footer, a
    /// credit, "told the …") or when it is shaped like an outlet's name (ends in a noun such as Gazette or Radio).
    /// </summary>
    private static string? Masthead(IReadOnlyList<string> pageTexts, IReadOnlyCollection<string> furnitureTexts, IEnumerable<string> candidates)
    {
        foreach (var candidate in candidates)
        {
            // "Adle Valley Sentinel • Your valley, your news • Since 1894": the name is the masthead's first field.
            var fields = FurniturePatterns.MastheadSeparator().Split(candidate.Trim(), 2);
            // A menu's first item is one word ("Campus | Culture | Sport"); a name in a masthead's first field has two or
            // more, or is followed by a tagline in lower case ("CourtWire :: courts and prisons").
            var tagline = fields.Length > 1 && fields[1].TrimStart() is [var first, ..] && char.IsLower(first);
            // "The Hedgerow — news for the countryside" is a one-word name after its article.
            var oneWord = fields.Length > 1 && !WithoutArticle(TextFolding.Fold(fields[0].Trim())).Contains(' ', StringComparison.Ordinal);
            var firstField = fields.Length > 1 && (!oneWord || tagline);
            var text = firstField ? fields[0].Trim() : candidate.Trim();
            // "Quellnet > News > Country": a breadcrumb trail starts from the site, a one-word name that must be named again.
            // Only trails with an arrow or a slash: a line cut by bars or dots is a menu or a masthead, read as such.
            var crumbs = text.IndexOfAny(CrumbSeparators) >= 0 && FurniturePatterns.Breadcrumb().IsMatch(text) ? text.Split(CrumbSeparators, 2) : null;
            if (crumbs is not null)
            {
                text = crumbs[0].Trim();
                if (text.Contains(' ', StringComparison.Ordinal) || SectionNames.Contains(text)) continue;
                oneWord = true;
                firstField = true;
            }
            // "RADIO MEERHOLT 101.2", "ANVEL FM 97.4": a station's frequency is no part of its name. A menu cut by bars
            // ("Home | Island | Ferries") is skipped below; trails with arrows or slashes were read as breadcrumbs above.
            text = BroadcastFrequency().Replace(text, "");
            if (text.Length < 3 || !CapitalisedRun().IsMatch(text) || FurniturePatterns.EndOfArticleLabel().IsMatch(text) || FurniturePatterns.Breadcrumb().IsMatch(text) && text.Contains('|')) continue;
            if (text.Split(' ').Any(w => w.Length > 0 && !char.IsUpper(w[0]) && !char.IsDigit(w[0]))) continue;
            var inCapitals = text.All(c => !char.IsLetter(c) || char.IsUpper(c));
            var name = inCapitals ? AsPrinted(text, candidate, pageTexts) : text;
            var bare = WithoutArticle(TextFolding.Fold(name));
            var named = pageTexts.Count(t => TextFolding.Fold(t).Contains(bare, StringComparison.Ordinal)) >= 2;
            var words = bare.Split(' ');
            var shaped = MastheadNouns.Contains(words[^1]) && bare.Contains(' ');
            // A first field must be shaped like a name ("Radio Caspirra", "Adle Valley Sentinel"): a headline's first part
            // ("Storm Ciarán — Live updates") is named in the story too.
            // A one-word name before a tagline has no shape to go by, nor has a name set in capitals before one ("NORTHGATE
            // METRO · free every weekday"): the site's own furniture must name it again, capitalised ("© CourtWire 2026"); a
            // headline's first word ("Wildfires - what we know so far") recurs only in the story. A name printed as a proper
            // name anywhere, capitals inside it ("ShopFloor is read by …", "Northgate Metro is printed on …"), names itself as
            // surely; a headline's kicker recurs in the story in lower case ("STORM WARNING — …", "the storm warning").
            var namedAgain = (oneWord || inCapitals && tagline) && (furnitureTexts.Any(t => t != candidate && PrintedForms(t, name).FirstOrDefault() is [var initial, ..] && char.IsUpper(initial))
                || pageTexts.Any(t => t != candidate && PrintedForms(t, name).FirstOrDefault() is [_, .. var rest] && rest.Any(char.IsUpper) && rest.Any(char.IsLower))
                // A breadcrumb's first crumb names the site when the prose names it on its own, capitalised after a
                // lower-case word that is no article ("a report seen by Quellnet"; not "the World Rowing Championships").
                || crumbs is not null && pageTexts.Any(t => t != candidate && NamedInProse(t, name, standalone: true)));
            if (firstField ? shaped || MastheadNouns.Contains(words[0]) || namedAgain : named || shaped) return WithoutSectionWord(name, candidate, pageTexts);
            // A first field that is no name on its own ("NORTHGATE PRESS — English Edition") may be one with the fields after
            // it, when the site's furniture prints them as one ("Northgate Press English Edition · Subscribe …").
            if (fields.Length > 1 && FieldsPrintedAsOneName(candidate, furnitureTexts) is { } whole) return whole;
        }
        return null;
    }

    /// <summary>
    /// A masthead's fields read as one name ("NORTHGATE PRESS — English Edition" as "Northgate Press English Edition"), in the
    /// form the site's own furniture prints it, capitalised; null when no other furniture prints it.
    /// </summary>
    private static string? FieldsPrintedAsOneName(string masthead, IReadOnlyCollection<string> furnitureTexts)
    {
        var joined = string.Join(' ', FurniturePatterns.MastheadSeparator().Split(masthead.Trim()).Select(f => f.Trim()));
        if (joined.Split(' ').Any(w => w.Length == 0 || !char.IsUpper(w[0]))) return null;
        foreach (var text in furnitureTexts)
        {
            if (text == masthead) continue;
            if (PrintedForms(text, joined).FirstOrDefault(p => char.IsUpper(p[0])) is { } printed) return printed;
        }
        return null;
    }

    private static string WithoutArticle(string folded) => folded.StartsWith("the ", StringComparison.Ordinal) ? folded[4..] : folded;

    /// <summary>
    /// A masthead set in capitals, in the case the page prints it elsewhere ("SHOPFLOOR" → "ShopFloor", "THE VALLEY
    /// HERALD" → "The Valley Herald"); otherwise title case, keeping words the page prints in capitals ("ERT NEWS" → "ERT News").
    /// </summary>
    private static string AsPrinted(string upper, string masthead, IReadOnlyList<string> pageTexts)
    {
        foreach (var text in pageTexts)
        {
            if (text == masthead) continue;
            foreach (var printed in PrintedForms(text, upper))
            {
                if (printed != upper && char.IsUpper(printed[0])) return printed;
            }
        }
        return string.Join(' ', upper.Split(' ').Select(w => w.Length > 1 && PrintedInCapitals(w, masthead, pageTexts) ? w : TitleCase(w)));
    }

    /// <summary>
    /// A masthead without the word "News" it ends in, when the page prints it only there and the prose names the outlet
    /// without it at least twice ("RADIO QUELLANY NEWS" over "she told Radio Quellany"); otherwise the masthead as it is.
    /// </summary>
    private static string WithoutSectionWord(string name, string candidate, IReadOnlyList<string> pageTexts)
    {
        var space = name.LastIndexOf(' ');
        if (space < 0 || !name[(space + 1)..].Equals("news", StringComparison.OrdinalIgnoreCase)) return name;
        var shorter = name[..space];
        // The shorter name is a station's or paper's of its own ("Radio Quellany"), not the region a paper is named after
        // ("Pellby Valley News" over "the Pellby Valley").
        var words = shorter.Split(' ');
        if (words.Length < 2 || !words.Any(MastheadNouns.Contains)) return name;
        var folded = TextFolding.Fold(name);
        return pageTexts.Any(t => t != candidate && TextFolding.Fold(t).Contains(folded, StringComparison.Ordinal)) || pageTexts.Count(t => NamedInProse(t, shorter, standalone: false)) < 2 ? name : shorter;
    }

    /// <summary>
    /// Whether <paramref name="text"/> prints <paramref name="name"/> as it is cased, right after a lower-case word that is
    /// no article ("told Radio Quellany", "seen by Quellnet"). A one-word crumb must also stand <paramref name="standalone"/>,
    /// with no capitalised word after it ("the World Rowing Championships", "at Home Farm" name no site); a name of two
    /// words or more is one already ("told Orvik TV Pellby had …").
    /// </summary>
    private static bool NamedInProse(string text, string name, bool standalone) =>
        Regex.IsMatch(text, @"(?<![\p{L}\d])(?!(?:the|a|an|this|that|its|their|our)\s)\p{Ll}+\s+" + Regex.Escape(name) + @"(?![\p{L}\d])" + (standalone ? @"(?!\s+\p{Lu})" : ""), RegexOptions.CultureInvariant);

    /// <summary>Separators of a breadcrumb trail: arrows and slashes.</summary>
    private static readonly char[] CrumbSeparators = ['>', '»', '›', '→', '/'];

    /// <summary>First crumbs that name a section, not the site ("Home > News", "World > Europe").</summary>
    private static readonly FrozenSet<string> SectionNames = new[]
    {
        "home", "news", "world", "local", "national", "business", "sport", "sports", "politics", "opinion", "culture", "science", "health", "lifestyle", "latest", "front", "index", "main",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How <paramref name="text"/> prints <paramref name="name"/> as a whole word, each time, in any case.</summary>
    private static IEnumerable<string> PrintedForms(string text, string name) =>
        Regex.Matches(text, @"(?<![\p{L}\d])" + Regex.Escape(name) + @"(?![\p{L}\d])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase).Select(m => m.Value);

    private static bool PrintedInCapitals(string word, string masthead, IReadOnlyList<string> pageTexts) =>
        pageTexts.Any(t => t != masthead && PrintedForms(t, word).Contains(word, StringComparer.Ordinal));

    private static string TitleCase(string upper) => string.Join(' ', upper.Split(' ').Select(w => w.Length <= 1 ? w : w[0] + w[1..].ToLowerInvariant()));

    private static string? Stated(IReadOnlyList<string> pageTexts, IEnumerable<string> furnitureTexts)
    {
        string? name = null;
        foreach (var text in furnitureTexts)
        {
            var copyright = CopyrightHolder().Match(text);
            if (copyright.Success && LooksLikeName(copyright.Groups["name"].Value))
            {
                name = copyright.Groups["name"].Value.Trim();
                break;
            }
            var bio = BioEmployer().Match(text);
            // "… technical editor of Structure Weekly. She trained as …": the name ends with its sentence.
            if (bio.Success && name is null) name = SentenceEnd(bio.Groups["name"].Value).Trim();
        }
        return name is null ? null : Tidy(name, pageTexts);
    }

    /// <summary>A name cut where its sentence ends: at a full stop after a word longer than an abbreviation ("St. Louis Post-Dispatch. She" → "St. Louis Post-Dispatch").</summary>
    private static string SentenceEnd(string name)
    {
        for (var at = name.IndexOf(". ", StringComparison.Ordinal); at >= 0; at = name.IndexOf(". ", at + 1, StringComparison.Ordinal))
        {
            var wordStart = name.LastIndexOf(' ', at) + 1;
            var word = name[wordStart..at];
            if (word.Length > 3 && !word.Contains('.', StringComparison.Ordinal)) return name[..at];
        }
        return name;
    }

    private static bool LooksLikeName(string name)
    {
        var trimmed = name.Trim();
        return trimmed.Length >= 2 && !trimmed.StartsWith("all rights", StringComparison.OrdinalIgnoreCase) && trimmed.Any(char.IsLetter);
    }

    private static string Tidy(string name, IReadOnlyList<string> pageTexts)
    {
        name = name.Trim().TrimEnd('.', ',', ';', ':', '|', '-');
        var domain = Domain().Match(name);
        if (domain.Success)
        {
            var label = TextFolding.Fold(domain.Groups["label"].Value).Replace("-", string.Empty, StringComparison.Ordinal);
            foreach (var text in pageTexts)
            {
                foreach (Match run in CapitalisedRun().Matches(text))
                {
                    var joined = TextFolding.Fold(run.Value).Replace(" ", string.Empty, StringComparison.Ordinal);
                    if (joined == label && run.Value.Contains(' ', StringComparison.Ordinal)) return run.Value;
                }
            }
            return name;
        }
        var shorter = CorporateSuffix().Replace(name, string.Empty).Trim();
        if (shorter.Length > 1 && shorter != name && pageTexts.Any(t => t.Contains(shorter, StringComparison.OrdinalIgnoreCase) && !t.Contains(name, StringComparison.OrdinalIgnoreCase)))
        {
            return shorter;
        }
        return name;
    }
}
