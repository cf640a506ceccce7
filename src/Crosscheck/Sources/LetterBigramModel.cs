using System.Collections.Frozen;

namespace Crosscheck.Sources;

/// <summary>
/// How likely one letter is to follow another in a language, learnt from a short reference text: a table of letter
/// bigrams (word edges count as a letter, <see cref="Boundary"/>) smoothed towards the product of the two letters'
/// own frequencies, so a pair the reference text happens to lack still scores near what its letters suggest, while a
/// letter the language does not use at all scores very low. Also knows the language's one-letter words ("a", "в", "à"),
/// since a wrong decoding often leaves a lone letter between spaces. Used to tell a right decoding from a wrong one.
/// </summary>
internal sealed class LetterBigramModel
{
    /// <summary>Stands for any non-letter: a word's start or end.</summary>
    public const char Boundary = ' ';

    private const double BigramWeight = 0.85;
    private const double Floor = 1e-7;

    /// <summary>The least share of the text any letter of the alphabet is assumed to have, seen in the reference or not.</summary>
    private const double RareLetterShare = 0.0005;

    private readonly FrozenDictionary<int, float> _pairs;
    private readonly FrozenDictionary<char, double> _letters;
    private readonly FrozenSet<char> _oneLetterWords;

    /// <param name="language">The language's code, for reports.</param>
    /// <param name="referenceText">Ordinary prose in the language.</param>
    /// <param name="alphabet">Letters beyond ASCII the language uses, including rare ones the text may lack.</param>
    public LetterBigramModel(string language, string referenceText, string alphabet)
    {
        Language = language;
        var symbols = referenceText.Select(Normalize).Append(Boundary).ToArray();
        var pairs = new Dictionary<int, int>();
        var letters = new Dictionary<char, int>();
        var oneLetterWords = new HashSet<char>();
        var previous = Boundary;
        var total = 0;
        for (var i = 0; i < symbols.Length; i++)
        {
            var symbol = symbols[i];
            if (symbol == Boundary && previous == Boundary) continue;
            if (symbol != Boundary && previous == Boundary && symbols[i + 1] == Boundary) oneLetterWords.Add(symbol);
            letters[symbol] = letters.GetValueOrDefault(symbol) + 1;
            var key = Key(previous, symbol);
            pairs[key] = pairs.GetValueOrDefault(key) + 1;
            total++;
            previous = symbol;
        }
        foreach (var letter in alphabet.ToLowerInvariant()) letters.TryAdd(letter, 0);
        _letters = letters.ToFrozenDictionary(p => p.Key, p => p.Key == Boundary ? (double)p.Value / total : Math.Max(RareLetterShare, (double)p.Value / total));
        _pairs = pairs.ToFrozenDictionary(p => p.Key, p => (float)Math.Log((BigramWeight * p.Value / total) + Smoothing((char)(p.Key >> 16), (char)(p.Key & 0xFFFF))));
        _oneLetterWords = oneLetterWords.ToFrozenSet();
    }

    public string Language { get; }

    /// <summary>The letter lower-cased, or <see cref="Boundary"/> for anything that is not a letter.</summary>
    public static char Normalize(char c) => char.IsLetter(c) ? char.ToLowerInvariant(c) : Boundary;

    /// <summary>Log-probability of the pair of normalized symbols <paramref name="first"/>, <paramref name="second"/>.</summary>
    public float LogProbability(char first, char second) =>
        _pairs.TryGetValue(Key(first, second), out var known) ? known : (float)Math.Log(Smoothing(first, second));

    /// <summary>Whether the (lower-case) letter stands alone as a word in the reference text.</summary>
    public bool IsOneLetterWord(char letter) => _oneLetterWords.Contains(letter);

    private double Smoothing(char first, char second) =>
        ((1 - BigramWeight) * _letters.GetValueOrDefault(first) * _letters.GetValueOrDefault(second)) + Floor;

    private static int Key(char first, char second) => (first << 16) | second;
}
