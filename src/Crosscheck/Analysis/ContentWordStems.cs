using Crosscheck.Text;

namespace Crosscheck.Analysis;

/// <summary>
/// The content words of a story's texts, as quotes and timeline events compare them: folded, stop words out, stemmed.
/// Each distinct printed word is worked out once, since a story's retellings print the same words again and again,
/// and an article's sentences reuse the article's tokens instead of tokenising again.
/// </summary>
internal sealed class ContentWordStems
{
    /// <summary>A printed word's stem, or null when it is no content word.</summary>
    private readonly Dictionary<string, string?> _stems = new(StringComparer.Ordinal);

    /// <summary>The content words of a text.</summary>
    public HashSet<string> Of(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in Tokenizer.Tokenize(text)) Add(token, set);
        return set;
    }

    /// <summary>The content words of sentence <paramref name="s"/> of an article: those of its text alone.</summary>
    /// <remarks>
    /// The article's tokens of a sentence are those of the sentence's text, since white space separates sentences,
    /// except for an initialism that ends the sentence without its last period ("U.S"): at the end of a text it is
    /// one word, before more text three tokens. Such a sentence is tokenised alone.
    /// </remarks>
    public HashSet<string> Of(ArticleDocument doc, int s)
    {
        var sentence = doc.Sentences[s];
        if (sentence.Length >= 2 && doc.Text[sentence.End - 2] == '.' && char.IsLetter(doc.Text[sentence.End - 1])) return Of(sentence.Slice(doc.Text));
        var set = new HashSet<string>(StringComparer.Ordinal);
        var (first, end) = doc.SentenceTokens(s);
        for (var t = first; t < end; t++) Add(doc.Tokens[t], set);
        return set;
    }

    /// <summary>How many words two sets share: the smaller set is walked (without LINQ, which allocates a delegate and an enumerator per call).</summary>
    public static int Shared(HashSet<string> a, HashSet<string> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = 0;
        foreach (var word in small)
        {
            if (large.Contains(word)) shared++;
        }
        return shared;
    }

    private void Add(Token token, HashSet<string> set)
    {
        if (token.Kind != TokenKind.Word) return;
        if (!_stems.TryGetValue(token.Value, out var stem)) _stems[token.Value] = stem = Stem(token.Value);
        if (stem is not null) set.Add(stem);
    }

    private static string? Stem(string printed)
    {
        var word = TextFolding.Fold(printed);
        return word.Length < 2 || Stopwords.IsStopword(word) || !char.IsLetter(word[0]) ? null : LightStemmer.Stem(word);
    }
}
