using System.Collections.Frozen;

namespace Crosscheck.Text;

/// <summary>
/// A light English suffix stripper in the spirit of the S-stemmer and Porter's step 1: it conflates inflections
/// ("talks", "talked", "talking" → "talk"; "allies" → "ally"; "deployment" → "deploy") without Porter's
/// aggressive derivational steps, which merge words news comparison must keep apart. Input must be lower case.
/// </summary>
public static class LightStemmer
{
    /// <summary>Words whose final "s" is not a plural ending.</summary>
    private static readonly FrozenSet<string> NotPlural = new[]
    {
        "news", "series", "species", "means", "politics", "economics", "physics", "ethics", "always", "perhaps", "various",
        "whereas", "towards", "afterwards", "besides", "lens", "gas", "plus", "chaos", "bias", "atlas", "canvas", "overseas",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] DerivationalSuffixes = ["ments", "ment", "ations", "ation", "ness", "ings", "ing", "edly", "ed", "ers", "er", "ly"];

    public static string Stem(string word)
    {
        if (word.Length <= 3 || NotPlural.Contains(word)) return word;
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4) return word[..^3] + "y";
        if (word.EndsWith("sses", StringComparison.Ordinal)) return word[..^2];
        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal))
        {
            word = word[..^1];
        }
        foreach (var suffix in DerivationalSuffixes)
        {
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal) && HasVowel(word, word.Length - suffix.Length))
            {
                var stem = word[..^suffix.Length];
                // "stopped" → "stop", "planning" → "plan"
                if (stem.Length > 3 && stem[^1] == stem[^2] && !"lsz".Contains(stem[^1])) stem = stem[..^1];
                return stem;
            }
        }
        if (word.EndsWith('e') && word.Length > 4) return word[..^1];
        return word;
    }

    private static bool HasVowel(string word, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if ("aeiouy".Contains(word[i])) return true;
        }
        return false;
    }
}
