using System.Text;
using Crosscheck.Text;

namespace Crosscheck.Briefing;

/// <summary>
/// How much of a sentence's wording a text contains: the share of the sentence's folded word tokens (runs of
/// letters, digits and underscores) that occur anywhere in the text. A summary sentence may cite an article only
/// when this share reaches the citation threshold, so every citation can be checked against the article's words.
/// </summary>
internal static class WordContainment
{
    /// <summary>The folded word tokens of a text.</summary>
    public static List<string> Words(string text)
    {
        var folded = TextFolding.Fold(text);
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var ch in folded)
        {
            if (char.IsLetterOrDigit(ch) || ch == '_')
            {
                current.Append(ch);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }

    /// <summary>Share of <paramref name="sentenceWords"/> found in <paramref name="textWords"/> (0 when the sentence has no words).</summary>
    public static double Fraction(IReadOnlyList<string> sentenceWords, IReadOnlySet<string> textWords)
    {
        if (sentenceWords.Count == 0) return 0;
        var found = 0;
        foreach (var word in sentenceWords)
        {
            if (textWords.Contains(word)) found++;
        }
        return (double)found / sentenceWords.Count;
    }
}
