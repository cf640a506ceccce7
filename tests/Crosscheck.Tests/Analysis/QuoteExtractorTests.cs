using Crosscheck.Analysis;
using Crosscheck.Analysis.Quotes;

namespace Crosscheck.Tests.Analysis;

/// <summary>Quote kinds, contents and speaker spans, on fictional articles.</summary>
public sealed class QuoteExtractorTests
{
    private static (string Text, List<ExtractedQuote> Quotes) Extract(params string[] paragraphs)
    {
        var article = TestArticles.Create("a", "Harbour plan", null, ["Mayor Ana Ruiz of Carrow and the council met on Monday.", .. paragraphs]);
        return (article.Text, new StoryAnalyzer().ExtractQuotes([article]).Quotes);
    }

    private static string Show(string text, ExtractedQuote q) =>
        $"{q.Kind} [{string.Join(" | ", q.Content.Select(s => s.Slice(text)))}] by [{q.SpeakerSpan?.Slice(text)}]";

    [Theory]
    [InlineData("Ruiz said the harbour would reopen in May.", "Indirect [the harbour would reopen in May] by [Ruiz]")]
    [InlineData("Mayor Ana Ruiz, who chairs the council, said the harbour would reopen in May.", "Indirect [the harbour would reopen in May] by [Mayor Ana Ruiz, who chairs the council]")]
    [InlineData("Both candidates said the harbour would reopen in May.", "Indirect [the harbour would reopen in May] by [Both candidates]")]
    [InlineData("She told reporters that the harbour would reopen in May.", "Indirect [that the harbour would reopen in May] by [She]")]
    [InlineData("The harbour will reopen in May, Ruiz said.", "Indirect [The harbour will reopen in May] by [Ruiz]")]
    [InlineData("According to a senior official, the harbour will reopen in May.", "Indirect [the harbour will reopen in May] by [a senior official]")]
    [InlineData("The harbour will reopen in May, according to the mayor.", "Indirect [The harbour will reopen in May] by [the mayor]")]
    [InlineData("Ruiz called the plan \u201Ca costly mistake\u201D on Monday.", null)]
    [InlineData("Ruiz said the plan was \u201Ca costly mistake for the town\u201D and would be dropped.", "Partial [the plan was \u201Ca costly mistake for the town\u201D and would be dropped] by [Ruiz]")]
    [InlineData("Ruiz added: \u201CThe harbour will reopen in May.\u201D", "Direct [The harbour will reopen in May.] by [Ruiz]")]
    [InlineData("''The harbour will reopen in May,'' Ruiz said.", "Direct [The harbour will reopen in May] by [Ruiz]")]
    [InlineData("''The harbour will reopen in May,'' Mr. Ruiz recalled the council saying.", "Direct [The harbour will reopen in May] by [Mr. Ruiz]")]
    [InlineData("\u201CThe harbour will reopen in May,\u201D Ana Ruiz, the mayor of Carrow, said in a speech.", "Direct [The harbour will reopen in May] by [Ana Ruiz, the mayor of Carrow]")]
    [InlineData("\u201CThe harbour will reopen in May,\u201D she said. \u201CNot before.\u201D", "Direct [The harbour will reopen in May | Not before.] by [she]")]
    [InlineData("The harbour, which the council said was unsafe, stays closed.", null)]
    [InlineData("''Without the harbour the town is nothing,'' said Ana Ruiz, a mayor who worked on Mr. Obama's campaign, referring to the vote.", "Direct [Without the harbour the town is nothing] by [Ana Ruiz, a mayor who worked on Mr. Obama's campaign]")]
    [InlineData("Mayor Ruiz thanked the crowd and then boomed, ''Today, you proved once again that this town is home.''", "Direct [Today, you proved once again that this town is home.] by [Ruiz]")]
    public void Each_kind_of_quote_gets_its_content_and_the_span_naming_its_speaker(string paragraph, string? expected)
    {
        var (text, quotes) = Extract(paragraph);
        var shown = quotes.Select(q => Show(text, q)).ToList();
        if (expected is null) Assert.DoesNotContain(shown, s => !s.StartsWith("Direct", StringComparison.Ordinal) && s.Contains("harbour", StringComparison.Ordinal));
        else Assert.True(shown.Contains(expected), string.Join("\n", shown));
    }

    [Fact]
    public void A_partial_quote_keeps_its_quoted_words_as_its_text_and_span()
    {
        var (text, quotes) = Extract("Ruiz said the plan was \u201Ca costly mistake for the town\u201D and would be dropped.");
        var quote = Assert.Single(quotes);
        Assert.Equal("a costly mistake for the town", quote.Text);
        Assert.Equal("a costly mistake for the town", quote.Span.Slice(text));
        Assert.Equal("Ana Ruiz", quote.Speaker);
    }

    [Fact]
    public void Indirect_speech_stays_out_of_the_story_quotes_of_the_analysis()
    {
        var article = TestArticles.Create("a", "Harbour plan", null, "Mayor Ana Ruiz of Carrow met the council on Monday.", "Ruiz said the harbour would reopen in May.", "\u201CWe will be ready for the summer,\u201D Ruiz said.");
        var analysis = new StoryAnalyzer().Analyze([article]);
        var group = Assert.Single(analysis.Quotes);
        Assert.Equal("We will be ready for the summer", Assert.Single(group.Variants).Text);
    }
}
