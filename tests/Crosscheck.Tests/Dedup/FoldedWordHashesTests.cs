using System.Text;
using Crosscheck.Dedup;

namespace Crosscheck.Tests.Dedup;

public sealed class FoldedWordHashesTests
{
    private const ulong Seed = 99;

    [Theory]
    [InlineData("The dam opened on Thursday.")]
    [InlineData("Jean-Noël O\u2019Brien said \u201Cyes\u201D \u2014 twice")]
    [InlineData("U.S. and U.K. officials, e.g. Dr. Smith, met at 10:30 on 2024-11-25")]
    [InlineData("800,000 people; 55% voted. 3.5 m\u00B2, \u00C9COLE \u0141\u00F3d\u017A Stra\u00DFe")]
    [InlineData("don`t   split\ttabs\nand\u00A0spaces \u2011 rock\u2011n\u2011roll")]
    [InlineData("e\u0301cole combining, \u1F00\u03B8\u03AE\u03BD\u03B1 Greek, \u0436\u0443\u0440\u043D\u0430\u043B, \u6771\u4EAC, \U0001D400 math")]
    [InlineData("")]
    [InlineData(" ... ")]
    public void Hashes_the_words_NormalizedWords_finds(string text) => AssertSameWords(text);

    [Fact]
    public void Random_texts_of_letters_digits_marks_and_punctuation_give_the_words_NormalizedWords_finds()
    {
        // Property: the allocation-free scanner and the reference path (fold the string, tokenize, drop punctuation)
        // agree word for word on texts mixing every character class they treat differently.
        const string alphabet = "abcXYZ0123 \t\n.,-'`:/\u2019\u2011\u2013\u201C\u00E9\u00C6\u00DF\u0301\u03B1\u0416\u00A0\u2007!?\u0660\u0661";
        var random = new Random(4);
        for (var n = 0; n < 2000; n++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 80);
            for (var i = 0; i < length; i++) text.Append(alphabet[random.Next(alphabet.Length)]);
            AssertSameWords(text.ToString());
        }
    }

    private static void AssertSameWords(string text)
    {
        var words = new FoldedWordHashes(Seed);
        words.Read(text);

        var expected = ShingleSet.NormalizedWords(text).Select(w => FoldedWordHashes.HashWord(w, Seed)).ToArray();
        Assert.True(expected.AsSpan().SequenceEqual(words.Hashes), $"words differ for \"{text}\": expected [{string.Join(", ", ShingleSet.NormalizedWords(text))}]");
    }
}
