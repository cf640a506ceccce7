using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
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
        var text = document.Text ?? "";
        // Sized for the text (news prose has about one distinct content word in twelve characters), so they rarely grow.
        var bodyTerms = new Dictionary<string, int>(text.Length / 12, StringComparer.Ordinal);
        var names = new Dictionary<string, int>(text.Length / 48, StringComparer.Ordinal);
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        Scan(text, bodyTerms, names, numbers);

        var titleTerms = new Dictionary<string, int>(StringComparer.Ordinal);
        Scan(document.Title ?? "", titleTerms, null, numbers);

        var terms = new Dictionary<string, double>(bodyTerms.Count + titleTerms.Count, StringComparer.Ordinal);
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

    /// <summary>Words up to this long are folded and stemmed in buffers on the stack; longer ones (rare) as strings.</summary>
    private const int WordBuffer = 64;

    /// <summary>
    /// Counts the text's terms, name words and numbers. Tokens are read as bounds (<see cref="Tokenizer.TokenReader"/>)
    /// and words folded and stemmed in buffers, so only a term seen for the first time in the text becomes a string.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Scan(string text, Dictionary<string, int> terms, Dictionary<string, int>? names, Dictionary<string, int> numbers)
    {
        var termCounts = terms.GetAlternateLookup<ReadOnlySpan<char>>();
        var numberCounts = numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        var nameCounts = names?.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> folded = stackalloc char[WordBuffer];
        Span<char> stemmed = stackalloc char[WordBuffer];
        var reader = new Tokenizer.TokenReader(text, new TextSpan(0, text.Length));
        if (!reader.Next(out var kind, out var start, out var end)) return;
        // One token of look-ahead: whether a capitalised word starting a sentence is a name depends on the word after it.
        var current = new Bounds(kind, start, end);
        Bounds? previous = null;
        while (true)
        {
            Bounds? next = reader.Next(out kind, out start, out end) ? new Bounds(kind, start, end) : null;
            if (current.Kind == TokenKind.Number)
            {
                var number = WithoutCommas(text.AsSpan(current.Start, current.Length), folded);
                if (number.Length >= 2) Increment(numberCounts, number);
            }
            else if (current.Kind == TokenKind.Word)
            {
                var word = Fold(text.AsSpan(current.Start, current.Length), folded);
                if (word.EndsWith("'s")) word = word[..^2];
                if (word.Length >= 2 && !Stopwords.IsStopword(word))
                {
                    if (word.Length >= 3 && char.IsLetter(word[0])) Increment(termCounts, word.Length <= WordBuffer ? LightStemmer.Stem(word, stemmed) : LightStemmer.Stem(word.ToString()));
                    if (nameCounts is { } nameLookup && char.IsUpper(text[current.Start]) && IsName(text, previous, current, next)) Increment(nameLookup, word);
                }
            }
            if (next is not { } following) return;
            previous = current;
            current = following;
        }
    }

    /// <summary>A token's kind and bounds in the text scanned.</summary>
    private readonly record struct Bounds(TokenKind Kind, int Start, int End)
    {
        public int Length => End - Start;
    }

    /// <summary>
    /// A capitalised word is a name word when it is not at the start of a sentence or line, or when it starts a run
    /// of capitalised words ("Prime Minister Keir Starmer said": all four are name words).
    /// </summary>
    private static bool IsName(string text, Bounds? previous, Bounds word, Bounds? next)
    {
        if (!StartsSentence(text, previous, word)) return true;
        return next is { Kind: TokenKind.Word } following && char.IsUpper(text[following.Start])
            && !Stopwords.IsStopword(text.AsSpan(following.Start, following.Length))
            && !ContainsLineBreak(text, word.End, following.Start);
    }

    private static bool StartsSentence(string text, Bounds? previous, Bounds word)
    {
        if (previous is not { } before) return true;
        if (ContainsLineBreak(text, before.End, word.Start)) return true;
        return before is { Kind: TokenKind.Punctuation, Length: 1 } && text[before.Start] is '.' or '!' or '?' or ':' or ';' or '"' or '\u201C' or '\u201D' or '\'' or '\u2018' or '(' or '[' or '|' or '-' or '\u2013' or '\u2014' or '\u2022' or '\u00AB';
    }

    private static bool ContainsLineBreak(string text, int from, int to) => text.AsSpan(from, to - from).IndexOfAny('\n', '\r') >= 0;

    /// <summary>A word lower-cased (ASCII) into <paramref name="buffer"/>, or folded as <see cref="TextFolding.Fold"/> folds it.</summary>
    private static ReadOnlySpan<char> Fold(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.Length > buffer.Length || !Ascii.IsValid(word)) return TextFolding.Fold(word.ToString());
        Ascii.ToLower(word, buffer, out var written);
        return buffer[..written];
    }

    /// <summary>A number without its thousands separators ("800,000" → "800000"), copied into <paramref name="buffer"/> when it has any.</summary>
    private static ReadOnlySpan<char> WithoutCommas(ReadOnlySpan<char> number, Span<char> buffer)
    {
        if (!number.Contains(',')) return number;
        if (number.Length > buffer.Length) return number.ToString().Replace(",", "", StringComparison.Ordinal);
        var length = 0;
        foreach (var ch in number)
        {
            if (ch != ',') buffer[length++] = ch;
        }
        return buffer[..length];
    }

    private static void Increment(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> counts, ReadOnlySpan<char> key) =>
        CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _)++;
}
