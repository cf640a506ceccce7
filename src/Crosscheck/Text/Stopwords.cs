using System.Collections.Frozen;

namespace Crosscheck.Text;

/// <summary>English function words: used for sentence-likeness (boilerplate detection) and term weighting.</summary>
public static class Stopwords
{
    public static readonly FrozenSet<string> English = """
        a about above after again against all also although am among an and another any are around as at be
        because been before being below between both but by can cannot could did do does doing down during each
        either even ever every few for from further had has have having he her here hers herself him himself his
        how however i if in into is it its itself just least less like made make many may me might more most
        much must my myself neither no nor not now of off often on once only or other others our ours ourselves
        out over own per perhaps rather said same says she should since so some still such than that the their
        theirs them themselves then there these they this those though through thus to too toward towards under
        until up upon us very via was we were what whatever when where whether which while who whom whose why
        will with within without would yet you your yours yourself yourselves
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishSpans = English.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsStopword(string word) => English.Contains(word);

    /// <summary>Whether the characters are a function word (any case), without making a string of them.</summary>
    public static bool IsStopword(ReadOnlySpan<char> word) => EnglishSpans.Contains(word);
}
