using System.Text;
using Crosscheck.Extraction;
using Crosscheck.Sources;

namespace Crosscheck.Tests.Extraction;

/// <summary>Whatever bytes arrive, decoding and extraction give a result or a rejection, never an exception.</summary>
public sealed class ExtractorRobustnessTests
{
    private const string Seed = "<html><head><title>Quay reopens | Tide</title></head><body><article><h1>Quay reopens</h1>" +
        "<p>The north quay reopened on Monday after three weeks of repairs to its timber piles, the harbour office said.</p>" +
        "<p>Fishing boats that had moored at the south basin were expected back by the end of the week.</p></article></body></html>";

    [Fact]
    public void Mutated_and_random_inputs_never_throw()
    {
        var random = new Random(20251121);
        var decoder = new SourceDecoder();
        var extractor = new ArticleExtractor();
        for (var i = 0; i < 600; i++)
        {
            var bytes = Mutate(random, i);
            var name = i % 2 == 0 ? "case.html" : "case.txt";
            var decoded = decoder.Decode(new MemoryStream(bytes), name, i);
            if (decoded.Document is null)
            {
                Assert.False(string.IsNullOrWhiteSpace(decoded.RejectionReason));
                continue;
            }
            var result = extractor.Extract(decoded.Document);
            Assert.True(result.Succeeded || !string.IsNullOrWhiteSpace(result.RejectionReason));
        }
    }

    [Fact]
    public void Deeply_nested_markup_is_handled()
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 20000; i++) html.Append("<div>");
        html.Append("<p>The ferry timetable changes on Sunday, when the winter schedule with fewer evening sailings begins.</p>");
        var result = new ArticleExtractor().Extract(new SourceDocument("deep.html", html.ToString(), SourceFormat.Html));
        Assert.True(result.Succeeded || result.RejectionReason is not null);
    }

    private static byte[] Mutate(Random random, int i)
    {
        var seed = Encoding.UTF8.GetBytes(Seed);
        switch (i % 6)
        {
            case 0:
                var garbage = new byte[random.Next(0, 3000)];
                random.NextBytes(garbage);
                return garbage;
            case 1:
                return seed[..random.Next(0, seed.Length)];
            case 2:
                var flipped = (byte[])seed.Clone();
                for (var k = 0; k < 20; k++) flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
                return flipped;
            case 3:
                var text = Seed.Insert(random.Next(Seed.Length), new string('<', random.Next(1, 50)) + "div class=\"" + new string('x', random.Next(0, 5000)));
                return Encoding.UTF8.GetBytes(text);
            case 4:
                var lines = string.Join('\n', Enumerable.Range(0, random.Next(1, 200)).Select(_ => new string((char)random.Next(32, 0x2FFF), random.Next(0, 120))));
                return Encoding.UTF8.GetBytes(lines);
            default:
                return Encoding.UTF8.GetBytes(Seed.Replace("<", random.Next(2) == 0 ? "&lt;" : "<<", StringComparison.Ordinal));
        }
    }
}
