using System.Collections.Frozen;

namespace Crosscheck.Analysis.Entities;

internal enum Gender
{
    Unknown,
    Female,
    Male,
}

/// <summary>
/// What the words printed beside a person's name say about which pronoun refers to them: a kinship word, an honorific
/// or a gendered role just before the name ("his sister Helen", "Mrs Hale", "spokeswoman Ana Ruiz") or in an
/// apposition after it ("Ana Ruiz, the council's spokeswoman"). Used to keep "he" from picking a woman named last.
/// </summary>
internal static class GenderCues
{
    private static readonly FrozenDictionary<string, Gender> Words = new Dictionary<string, Gender>(StringComparer.OrdinalIgnoreCase)
    {
        ["sister"] = Gender.Female, ["wife"] = Gender.Female, ["mother"] = Gender.Female, ["daughter"] = Gender.Female,
        ["aunt"] = Gender.Female, ["niece"] = Gender.Female, ["grandmother"] = Gender.Female, ["granddaughter"] = Gender.Female,
        ["widow"] = Gender.Female, ["girlfriend"] = Gender.Female, ["mrs"] = Gender.Female, ["ms"] = Gender.Female,
        ["miss"] = Gender.Female, ["madam"] = Gender.Female, ["madame"] = Gender.Female, ["dame"] = Gender.Female,
        ["lady"] = Gender.Female, ["queen"] = Gender.Female, ["princess"] = Gender.Female, ["duchess"] = Gender.Female,
        ["actress"] = Gender.Female, ["chairwoman"] = Gender.Female, ["spokeswoman"] = Gender.Female,
        ["congresswoman"] = Gender.Female, ["businesswoman"] = Gender.Female, ["policewoman"] = Gender.Female,
        ["brother"] = Gender.Male, ["husband"] = Gender.Male, ["father"] = Gender.Male, ["son"] = Gender.Male,
        ["uncle"] = Gender.Male, ["nephew"] = Gender.Male, ["grandfather"] = Gender.Male, ["grandson"] = Gender.Male,
        ["widower"] = Gender.Male, ["boyfriend"] = Gender.Male, ["mr"] = Gender.Male, ["sir"] = Gender.Male,
        ["lord"] = Gender.Male, ["king"] = Gender.Male, ["prince"] = Gender.Male, ["duke"] = Gender.Male,
        ["chairman"] = Gender.Male, ["spokesman"] = Gender.Male, ["congressman"] = Gender.Male,
        ["businessman"] = Gender.Male, ["policeman"] = Gender.Male, ["bride"] = Gender.Female, ["groom"] = Gender.Male,
        ["bridegroom"] = Gender.Male, ["fiancee"] = Gender.Female, ["fiance"] = Gender.Male,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Kin, who name a person in apposition ("the groom, Dario Kessler", "her sister, Ana Ruiz"); not "parent",
    /// "partner" or "child", which name companies as often ("the airline's parent, Corvanta").
    /// </summary>
    private static readonly FrozenSet<string> Kin = new[]
    {
        "sister", "wife", "mother", "daughter", "aunt", "niece", "grandmother", "granddaughter", "widow", "girlfriend", "brother", "husband",
        "father", "son", "uncle", "nephew", "grandfather", "grandson", "widower", "boyfriend", "bride", "groom", "bridegroom", "fiancee",
        "fiance", "cousin",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a word names a relative or a partner.</summary>
    public static bool IsKin(string word) => Kin.Contains(word);

    /// <summary>The gender a pronoun names: "she" female, "he" male, anything else unknown.</summary>
    public static Gender OfPronoun(string pronoun) =>
        pronoun.Equals("she", StringComparison.OrdinalIgnoreCase) ? Gender.Female
        : pronoun.Equals("he", StringComparison.OrdinalIgnoreCase) ? Gender.Male
        : Gender.Unknown;

    /// <summary>The cue around the name at <paramref name="start"/>..<paramref name="end"/> in <paramref name="text"/>, if any.</summary>
    public static Gender Around(string text, int start, int end)
    {
        // The two words before the name: "his sister Helen", "Mrs. Hale", "council spokeswoman Ana Ruiz".
        var before = PrecedingWords(text, start, 2);
        for (var i = before.Count - 1; i >= 0; i--)
        {
            if (Words.TryGetValue(before[i], out var gender)) return gender;
        }
        // An apposition: "Ana Ruiz, the council's spokeswoman", "Owen Pratt, her brother".
        var after = end;
        while (after < text.Length && text[after] == ' ') after++;
        if (after >= text.Length || text[after] != ',') return Gender.Unknown;
        var words = text.AsSpan(after + 1, Math.Min(40, text.Length - after - 1)).ToString().Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words.Take(3))
        {
            if (Words.TryGetValue(word.TrimEnd('.'), out var gender)) return gender;
        }
        return Gender.Unknown;
    }

    private static List<string> PrecedingWords(string text, int position, int count)
    {
        var words = new List<string>(count);
        var i = position;
        while (words.Count < count)
        {
            while (i > 0 && text[i - 1] == ' ') i--;
            var end = i;
            while (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] == '.')) i--;
            if (i == end) break;
            words.Insert(0, text[i..end].TrimEnd('.'));
        }
        return words;
    }
}
