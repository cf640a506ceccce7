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

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPluralSpans = NotPlural.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Stem(string word)
    {
        Span<char> scratch = word.Length <= ScratchLength ? stackalloc char[ScratchLength] : new char[word.Length];
        var stem = Stem(word, scratch);
        // A stem is the word itself or a prefix of it, except that "-ies" becomes "-y" (written in the scratch space).
        return stem.Length == word.Length ? word : stem.Overlaps(word) ? word[..stem.Length] : stem.ToString();
    }

    /// <summary>Scratch space on the stack for words up to this long; longer ones (rare) get it from the heap.</summary>
    private const int ScratchLength = 64;

    /// <summary>
    /// The stem of a lower-case word: a prefix of <paramref name="word"/>, or ("-ies" → "-y") a word written into
    /// <paramref name="scratch"/>, which must hold as many characters as the word. Makes no string.
    /// </summary>
    internal static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word, Span<char> scratch)
    {
        if (word.Length <= 3 || NotPluralSpans.Contains(word)) return word;
        if (word.EndsWith("ies") && word.Length > 4)
        {
            word[..^3].CopyTo(scratch);
            scratch[word.Length - 3] = 'y';
            return scratch[..(word.Length - 2)];
        }
        if (word.EndsWith("sses")) return word[..^2];
        if (word.EndsWith('s') && !word.EndsWith("ss") && !word.EndsWith("us") && !word.EndsWith("is"))
        {
            word = word[..^1];
        }
        foreach (var suffix in DerivationalSuffixes)
        {
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix) && HasVowel(word, word.Length - suffix.Length))
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

    private static bool HasVowel(ReadOnlySpan<char> word, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if ("aeiouy".Contains(word[i])) return true;
        }
        return false;
    }
}
