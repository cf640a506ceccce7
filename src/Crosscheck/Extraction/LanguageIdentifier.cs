using System.Collections.Frozen;
using Crosscheck.Text;

namespace Crosscheck.Extraction;

/// <summary>
/// Tells the language of a text from its most frequent function words (and its script for Cyrillic,
/// Greek and Arabic). Good enough to route and label news articles; returns null when unsure.
/// </summary>
public static class LanguageIdentifier
{
    private static readonly (string Code, FrozenSet<string> Words)[] Profiles =
    [
        ("en", Set("the of and to in a is that for on was with as by said it at from he his be are have has will not an")),
        ("fr", Set("le la les de des du et en un une est que qui dans pour sur au aux par pas a il elle ont sont avec cette")),
        ("de", Set("der die das und ist nicht den dem des ein eine zu mit sich auf für von im sie es wurde auch wird bei")),
        ("es", Set("el la los las de del y en un una es que por con para se no al lo su como más fue ha sus")),
        ("it", Set("il lo la gli le di del della e in un una che per con non si è sono da al alla dei anche")),
        ("pt", Set("o a os as de do da dos das e em um uma que para com não se por no na é foi ao mais")),
        ("nl", Set("de het een en van in is dat op te zijn met voor niet die aan er ook als bij door")),
    ];

    public static string? Identify(string text)
    {
        int cyrillic = 0, greek = 0, arabic = 0, latin = 0, ukrainianOnly = 0;
        foreach (var ch in text.AsSpan(0, Math.Min(text.Length, 20000)))
        {
            if (ch is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
                if (ch is 'і' or 'ї' or 'є' or 'ґ' or 'І' or 'Ї' or 'Є') ukrainianOnly++;
            }
            else if (ch is >= '\u0370' and <= '\u03FF') greek++;
            else if (ch is >= '\u0600' and <= '\u06FF') arabic++;
            else if (char.IsLetter(ch)) latin++;
        }
        if (cyrillic > latin) return ukrainianOnly > cyrillic / 200 ? "uk" : "ru";
        if (greek > latin) return "el";
        if (arabic > latin) return "ar";

        var counts = new int[Profiles.Length];
        var words = 0;
        foreach (var token in Tokenizer.Tokenize(text.Length > 20000 ? text[..20000] : text))
        {
            if (token.Kind != TokenKind.Word) continue;
            words++;
            var word = token.Value.ToLowerInvariant();
            for (var i = 0; i < Profiles.Length; i++)
            {
                if (Profiles[i].Words.Contains(word)) counts[i]++;
            }
        }
        if (words < 5) return null;
        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best]) best = i;
        }
        return counts[best] >= Math.Max(2, words / 20) ? Profiles[best].Code : null;
    }

    private static FrozenSet<string> Set(string words) => words.Split(' ').ToFrozenSet(StringComparer.Ordinal);
}
