using System.Runtime.CompilerServices;
using Crosscheck.Text;

namespace Crosscheck.Clustering;

/// <summary>
/// What the clusterer reads from a document, before any corpus statistics: stemmed content words with log term
/// frequencies (title words boosted), capitalised name words (the words of capitalised sequences that are not
/// merely sentence-initial: people, places, organisations) and numbers. Computable in parallel.
/// </summary>
internal sealed class DocumentFeatures
{
    private DocumentFeatures(string id, DateOnly? published, DateOnly? otherReading, Dictionary<string, double> terms, Dictionary<string, double> names, Dictionary<string, double> numbers)
    {
        Id = id;
        Published = published;
        OtherReading = otherReading;
        Terms = terms;
        Names = names;
        Numbers = numbers;
    }

    public string Id { get; }

    public DateOnly? Published { get; }

    /// <summary>The other reading of a date that reads both ways (<see cref="ClusterDocument.PublishedOtherReading"/>).</summary>
    public DateOnly? OtherReading { get; }

    public Dictionary<string, double> Terms { get; }

    public Dictionary<string, double> Names { get; }

    public Dictionary<string, double> Numbers { get; }

    public static DocumentFeatures Of(ClusterDocument document, double titleWeight)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Id is null) throw new ArgumentException("A ClusterDocument needs an Id.", nameof(document));
        var bodyTerms = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        Scan(document.Text ?? "", bodyTerms, names, numbers);

        var titleTerms = new Dictionary<string, int>(StringComparer.Ordinal);
        Scan(document.Title ?? "", titleTerms, null, numbers);

        var terms = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (term, count) in bodyTerms) terms[term] = 1 + Math.Log(count);
        foreach (var term in titleTerms.Keys) terms[term] = terms.GetValueOrDefault(term) + titleWeight;
        return new DocumentFeatures(document.Id, document.Published, document.Published is null ? null : document.PublishedOtherReading, terms, LogWeights(names), LogWeights(numbers));
    }

    private static Dictionary<string, double> LogWeights(Dictionary<string, int> counts)
    {
        var weights = new Dictionary<string, double>(counts.Count, StringComparer.Ordinal);
        foreach (var (key, count) in counts) weights[key] = 1 + Math.Log(count);
        return weights;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Scan(string text, Dictionary<string, int> terms, Dictionary<string, int>? names, Dictionary<string, int> numbers)
    {
        var tokens = Tokenizer.Tokenize(text);
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Number)
            {
                var number = NormalizeNumber(token.Value);
                if (number.Length >= 2) Increment(numbers, number);
                continue;
            }
            if (token.Kind != TokenKind.Word) continue;
            var word = Fold(token.Value);
            if (word.EndsWith("'s", StringComparison.Ordinal)) word = word[..^2];
            if (word.Length < 2 || Stopwords.IsStopword(word)) continue;
            if (word.Length >= 3 && char.IsLetter(word[0])) Increment(terms, LightStemmer.Stem(word));
            if (names is not null && token.IsCapitalized && IsName(text, tokens, i)) Increment(names, word);
        }
    }

    /// <summary>
    /// A capitalised word is a name word when it is not at the start of a sentence or line, or when it starts a run
    /// of capitalised words ("Prime Minister Keir Starmer said": all four are name words).
    /// </summary>
    private static bool IsName(string text, System.Collections.Immutable.ImmutableArray<Token> tokens, int i)
    {
        if (!StartsSentence(text, tokens, i)) return true;
        return i + 1 < tokens.Length && tokens[i + 1].IsCapitalized && !Stopwords.IsStopword(tokens[i + 1].Value)
            && !ContainsLineBreak(text, tokens[i].Span.End, tokens[i + 1].Span.Start);
    }

    private static bool StartsSentence(string text, System.Collections.Immutable.ImmutableArray<Token> tokens, int i)
    {
        if (i == 0) return true;
        var previous = tokens[i - 1];
        if (ContainsLineBreak(text, previous.Span.End, tokens[i].Span.Start)) return true;
        return previous.Kind == TokenKind.Punctuation && previous.Value is "." or "!" or "?" or ":" or ";" or "\"" or "\u201C" or "\u201D" or "'" or "\u2018" or "(" or "[" or "|" or "-" or "\u2013" or "\u2014" or "\u2022" or "\u00AB";
    }

    private static bool ContainsLineBreak(string text, int from, int to) => text.AsSpan(from, to - from).IndexOfAny('\n', '\r') >= 0;

    private static string Fold(string word)
    {
        foreach (var ch in word)
        {
            if (ch > 127) return TextFolding.Fold(word);
        }
        return word.ToLowerInvariant();
    }

    private static string NormalizeNumber(string number) => number.Contains(',') ? number.Replace(",", "", StringComparison.Ordinal) : number;

    private static void Increment(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
