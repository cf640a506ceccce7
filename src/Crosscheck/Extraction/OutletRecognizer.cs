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

    [GeneratedRegex(@"\s+(media|group|ltd\.?|limited|inc\.?|llc|gmbh|s\.a\.|plc|corp\.?|holdings|publishing|news ?media)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CorporateSuffix();

    [GeneratedRegex(@"\p{Lu}[\p{L}'’]*(\s+\p{Lu}[\p{L}'’]*){0,3}", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedRun();

    /// <param name="pageTexts">Every block of the page, to find the spelled-out form of a name.</param>
    /// <param name="furnitureTexts">The blocks judged furniture, where outlets name themselves.</param>
    public static string? Recognize(IReadOnlyList<string> pageTexts, IEnumerable<string> furnitureTexts)
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
            if (bio.Success && name is null) name = bio.Groups["name"].Value.Trim();
        }
        return name is null ? null : Tidy(name, pageTexts);
    }

    private static bool LooksLikeName(string name)
    {
        var trimmed = name.Trim();
        return trimmed.Length >= 2 && !trimmed.StartsWith("all rights", StringComparison.OrdinalIgnoreCase) && trimmed.Any(char.IsLetter);
    }

    private static string Tidy(string name, IReadOnlyList<string> pageTexts)
    {
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
        if (shorter.Length > 1 && shorter != name && pageTexts.Any(t => t.Contains(shorter, StringComparison.Ordinal) && !t.Contains(name, StringComparison.Ordinal)))
        {
            return shorter;
        }
        return name;
    }
}
