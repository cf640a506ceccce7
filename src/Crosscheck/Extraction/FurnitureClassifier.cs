using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Crosscheck.Extraction;

/// <summary>
/// Decides what kind of furniture a block is on its own (without its neighbours), from the lexicon in
/// <see cref="FurniturePatterns"/>. Short-label patterns only fire on short blocks; phrase patterns need
/// more evidence in long blocks, so an article that mentions "copyright" or "donations" is not cut.
/// </summary>
internal static partial class FurnitureClassifier
{
    [GeneratedRegex(@"\d{1,2}:\d{2}|\b(am|pm|gmt|utc|cet|est|edt|bst|[ap]\.m\.)\b|\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(today|yesterday|ago|hours?|minutes?|mins?|hrs?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeWords();

    /// <summary>Words of site furniture that a label before a date may hold ("Latest News · 11/10/2026"): no person's name.</summary>
    private static readonly FrozenSet<string> SiteWords = new[]
    {
        "News", "Latest", "Breaking", "Home", "Updated", "Published", "Posted", "Live", "Opinion", "Analysis", "Comment", "Edition",
        "Today", "Weekly", "Daily", "Politics", "Business", "Sport", "Sports", "World", "Local", "Culture", "Science", "Health",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static (FurnitureKind Kind, string? Detail) Classify(BlockFeatures f)
    {
        var text = f.Text;
        var words = f.Words;
        if (words == 0) return (FurnitureKind.Navigation, null);
        if (f.Block.InFurnitureContainer) return (FurnitureKind.Navigation, null);
        if (words <= 8 && FurniturePatterns.LanguageSwitch().IsMatch(text)) return (FurnitureKind.LanguageSwitch, null);
        if (FurniturePatterns.AvatarLabel().IsMatch(text)) return (FurnitureKind.Byline, null);

        if (words <= 14)
        {
            var byline = FurniturePatterns.Byline().Match(text);
            if (byline.Success && !f.EndsLikeSentence || byline.Success && words <= 6) return (FurnitureKind.Byline, byline.Groups["name"].Value.Trim());
        }
        var bio = FurniturePatterns.AuthorBio().Match(text);
        if (bio.Success) return (FurnitureKind.AuthorBio, bio.Groups["name"].Value);

        // "Jonas Weber-Lind · 11/10/2026 19:20": a name alone and a date, as two fields.
        if (words <= 10 && !f.EndsLikeSentence && FurniturePatterns.FieldSeparator().Split(text) is [var person, var when]
            && FurniturePatterns.NameOnly().IsMatch(person) && !person.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => SiteWords.Contains(w))
            && StatedDateParser.Find(when) is { } stated && IsMostlyDate(when, stated.Index, stated.Length))
        {
            return (FurnitureKind.Byline, person.Trim());
        }
        if (words <= 60 && FurniturePatterns.Credit().IsMatch(text)) return (FurnitureKind.Caption, null);
        if (words <= 3 && FurniturePatterns.GalleryCounter().IsMatch(text)) return (FurnitureKind.Caption, null);
        if (words <= 16)
        {
            var date = StatedDateParser.Find(text);
            if (date is not null && IsMostlyDate(text, date.Value.Index, date.Value.Length)) return (FurnitureKind.DateLine, text);
            if (date is null && words <= 8 && FurniturePatterns.DateLabel().IsMatch(text) && TimeWords().IsMatch(text)) return (FurnitureKind.DateLine, null);
        }
        if (words <= 14 && (FurniturePatterns.ReadingTime().IsMatch(text) || FurniturePatterns.MediaAndCounters().IsMatch(text)))
        {
            return (FurnitureKind.ReadingTime, null);
        }
        if (words <= 8 && FurniturePatterns.EndOfArticleLabel().IsMatch(text)) return (FurnitureKind.EndOfArticle, null);
        if (words <= 40 && FurniturePatterns.InlineLink().IsMatch(text)) return (FurnitureKind.InlineLink, null);
        if (words <= 16 && FurniturePatterns.OutletTagline().IsMatch(text)) return (FurnitureKind.Legal, null);
        if (words <= 6 && FurniturePatterns.ShareLabel().IsMatch(text)) return (FurnitureKind.Share, null);
        if (words <= 5 && FurniturePatterns.AdvertOrChrome().IsMatch(text)) return (FurnitureKind.Advertisement, null);
        if (words <= 40 && FurniturePatterns.Tags().IsMatch(text)) return (FurnitureKind.Tags, null);

        var phraseHits = FurniturePatterns.Legal().Count(text) + FurniturePatterns.Cookies().Count(text);
        var appealHits = FurniturePatterns.Appeal().Count(text) + FurniturePatterns.CorrectionAppeal().Count(text) + FurniturePatterns.SharePhrase().Count(text);
        var needed = words <= 30 ? 1 : words <= 80 ? 2 : 3;
        if (phraseHits >= needed || (phraseHits > 0 && phraseHits + appealHits >= needed)) return (FurnitureKind.Legal, null);
        if (appealHits >= needed) return (FurnitureKind.Appeal, null);

        if (words <= 6 && FurniturePatterns.RoleLine().IsMatch(text)) return (FurnitureKind.Byline, null);
        if (words <= 8 && !f.EndsLikeSentence && NameWithRole(text) is { } name) return (FurnitureKind.Byline, name);
        // "Gregor Pym, Chief Reporter | 14 May 2026, 21:05", "Pavel Oren, foreign desk — 7 October 2026": a byline and its date
        // as two fields; "Priya Lindqvist | Structures editor | 09/02/2026": name, role and date as three; "Gregor Pym, Ashby
        // Wire · 14 May 2026": the name and the outlet it writes for, then the date.
        if (words <= 16 && !f.EndsLikeSentence && FurniturePatterns.FieldSeparator().Split(text) is [var head, .. var rest]
            && rest.Any(r => StatedDateParser.Find(r) is not null)
            && (NameWithRole(head) ?? NameWithOutlet(head) ?? rest.Select(r => NameWithRole(head + ", " + r.Trim())).FirstOrDefault(n => n is not null)) is { } dated)
        {
            return (FurnitureKind.Byline, dated);
        }
        // "(Reporting by Tobias Quell in Skelby; editing by Mara Linnet)": a wire's credit line, however long.
        if (words <= 40 && text.TrimStart().StartsWith('(') && text.TrimEnd().EndsWith(')') && FurniturePatterns.WireCredit().Match(text) is { Success: true } credit)
        {
            return (FurnitureKind.Byline, credit.Groups["name"].Value.Trim());
        }
        if (words <= 12 && !f.EndsLikeSentence && FurniturePatterns.Breadcrumb().IsMatch(text) && HasSeparatorBetweenWords(text)) return (FurnitureKind.Navigation, null);
        return (FurnitureKind.None, null);
    }

    /// <summary>The author a line names when, read on its own, it is a byline ("By Jane Doe", "Jane Doe, Senior Editor · 11/03/2026"), or null.</summary>
    public static string? BylineAuthor(string line) =>
        new BlockFeatures(new PageBlock(line)) is { Kind: FurnitureKind.Byline, Detail: { } name } && !string.IsNullOrWhiteSpace(name) ? name.Trim() : null;

    /// <summary>The name of "Jane Doe, Senior Reporter" and the like, when the part after the name is a role.</summary>
    private static string? NameWithRole(string text) => NameBefore(text, role => FurniturePatterns.RoleLine().IsMatch(role));

    /// <summary>The name of "Jane Doe, Lantree Press Agency", when the part after the name is an outlet's name.</summary>
    private static string? NameWithOutlet(string text) => NameBefore(text, OutletRecognizer.OpensWithOutletName);

    /// <summary>The name that opens "Name, part" (or "Name | part"), when <paramref name="isAffiliation"/> accepts the part.</summary>
    private static string? NameBefore(string text, Func<string, bool> isAffiliation)
    {
        var match = FurniturePatterns.NameWithRole().Match(text);
        return match.Success && isAffiliation(match.Groups["role"].Value) ? match.Groups["name"].Value : null;
    }

    /// <summary>True when little but date, time and label words remain once the date is removed.</summary>
    private static bool IsMostlyDate(string text, int index, int length)
    {
        var rest = text.Remove(index, length);
        rest = TimeWords().Replace(rest, " ");
        rest = FurniturePatterns.DateLabel().Replace(rest, " ");
        var remaining = 0;
        foreach (var token in Text.Tokenizer.Tokenize(rest))
        {
            if (token.Kind == Text.TokenKind.Word && token.Value.Length > 2) remaining++;
        }
        return remaining <= 3;
    }

    private static bool HasSeparatorBetweenWords(string text) => text.Contains(" > ") || text.Contains(" / ") || text.Contains('»') || text.Contains('›') || text.Contains(" | ") || text.Contains(" · ") || text.Contains('→');
}
