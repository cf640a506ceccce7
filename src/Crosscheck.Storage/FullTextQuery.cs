using System.Collections.Immutable;
using System.Text;

namespace Crosscheck.Storage;

/// <summary>
/// What a person typed into a search box, reduced to its words (runs of letters and digits): every word must match.
/// Providers build their own query syntax from the words, so punctuation, quotes or operators in the input can
/// never make a query invalid.
/// </summary>
public sealed record FullTextQuery(ImmutableArray<string> Words)
{
    public bool IsEmpty => Words.IsDefaultOrEmpty;

    public static FullTextQuery Parse(string? text)
    {
        var words = ImmutableArray.CreateBuilder<string>();
        if (text is not null)
        {
            var word = new StringBuilder();
            foreach (var c in text)
            {
                if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark) word.Append(c);
                else Flush();
            }
            Flush();

            void Flush()
            {
                if (word.Length > 0 && !words.Contains(word.ToString(), StringComparer.OrdinalIgnoreCase)) words.Add(word.ToString());
                word.Clear();
            }
        }
        return new FullTextQuery(words.ToImmutable());
    }
}
