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
    [InlineData("'The harbour will reopen in May,' Ruiz said.", "Direct [The harbour will reopen in May] by [Ruiz]")]
    [InlineData("Ana Ruiz of Carrow Harbour Authority said: \u201CThe harbour will reopen in May.\u201D", "Direct [The harbour will reopen in May.] by [Ana Ruiz of Carrow Harbour Authority]")]
    [InlineData("\u201CThe harbour will reopen in May,\u201D she said, \u201Cand the ferries will follow.\u201D", "Direct [The harbour will reopen in May | and the ferries will follow.] by [she]")]
    public void Each_kind_of_quote_gets_its_content_and_the_span_naming_its_speaker(string paragraph, string? expected)
    {
        var (text, quotes) = Extract(paragraph);
        var shown = quotes.Select(q => Show(text, q)).ToList();
        if (expected is null) Assert.DoesNotContain(shown, s => !s.StartsWith("Direct", StringComparison.Ordinal) && s.Contains("harbour", StringComparison.Ordinal));
        else Assert.True(shown.Contains(expected), string.Join("\n", shown));
    }

    [Fact]
    public void A_partial_quote_after_a_second_verb_of_the_speaker_is_hers()
    {
        var (_, quotes) = Extract("Ruiz said the council would act \"without delay\" and called the closure \"a harbour scandal\".");

        Assert.Equal(["without delay", "a harbour scandal"], quotes.Select(q => q.Text).ToArray());
        Assert.All(quotes, q => Assert.Equal("Ana Ruiz", q.Speaker));
    }

    [Fact]
    public void A_partial_quote_after_a_modal_of_the_same_subject_is_the_speakers_too()
    {
        var (_, quotes) = Extract("Ruiz said the council \"takes every complaint seriously\" and would publish the findings \"once the inquiry is over\".");

        Assert.Equal(["takes every complaint seriously", "once the inquiry is over"], quotes.Select(q => q.Text).ToArray());
        Assert.All(quotes, q => Assert.Equal("Ana Ruiz", q.Speaker));
    }

    [Fact]
    public void A_quote_after_a_new_subject_is_not_the_first_speakers()
    {
        var (_, quotes) = Extract("Ruiz called the budget \"a betrayal\" and union leaders described it as \"an insult to dockers\".");

        Assert.DoesNotContain(quotes, q => q.Text == "an insult to dockers" && q.Speaker == "Ana Ruiz");
    }

    [Fact]
    public void A_straight_quote_ending_in_s_closes_and_an_elided_year_opens_none()
    {
        var (_, quotes) = Extract("Since the '90s, Ruiz has described the rumours as 'lies'. 'We will sue,' she said.");

        Assert.Contains(quotes, q => q.Text == "We will sue" && q.Speaker == "Ana Ruiz");
        Assert.DoesNotContain(quotes, q => q.Kind.ToString() == "Direct" && q.Text.Contains("90s", StringComparison.Ordinal));
    }

    [Fact]
    public void Apostrophes_inside_and_after_words_open_no_quote()
    {
        var (_, quotes) = Extract("The members' harbour fund, Ruiz's own idea, will pay for the dredgers' fuel until May.");

        Assert.Empty(quotes);
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

    /// <summary>
    /// A long page of quotes took time quadratic in its length: "the spokeswoman" was looked up by searching the whole
    /// text before it for "a … spokeswoman" (regex, right to left) whenever the article never introduced one so. 10,000
    /// such quotes (560 KB): 30 s.
    /// </summary>
    [Fact]
    public void A_long_page_of_quotes_by_an_unintroduced_speaker_is_read_in_linear_time()
    {
        var paragraph = string.Join(" ", Enumerable.Range(0, 10_000).Select(i => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"\u201CThe bridge {i} will close,\u201D said the spokeswoman.")));
        var article = TestArticles.Create("a", "Harbour plan", TestArticles.Published, paragraph);
        var watch = Support.ThreadCpuClock.StartNew();

        var quotes = new StoryAnalyzer().ExtractQuotes([article]).Quotes;

        Assert.NotEmpty(quotes); // one, split by its attributions ("A," she said. "B."): the quotes join
        // About a second here, on a loaded machine; 30 s before.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(8), $"{watch.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>Each unclosed opening mark searched the rest of its paragraph for a closing one: 100,000 of them (300 KB), 5–10 s.</summary>
    [Fact]
    public void Unclosed_quotation_marks_are_searched_past_once()
    {
        var paragraph = string.Concat(Enumerable.Repeat("\u2018x ", 100_000));
        var article = TestArticles.Create("a", "Harbour plan", TestArticles.Published, "First paragraph.", paragraph, "\u2018Closed\u2019 and \"closed\".");
        var watch = Support.ThreadCpuClock.StartNew();

        var quotes = QuoteExtractor.FindQuotes(ArticleDocument.Create(0, article, null));

        Assert.Equal([2, 2], quotes.Select(q => q.Paragraph)); // the last paragraph's two; no ‘ of the long one closes
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"{watch.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>
    /// "The official" is whoever the article introduced as "a … official" last before it: found from the introductions
    /// the text holds (once per head word), which must be what searching the text leftwards from the phrase finds.
    /// Generated texts of articles, descriptions, names, punctuation and white space, at every place a phrase can start.
    /// </summary>
    [Fact]
    public void Introductions_found_once_are_those_a_search_from_each_phrase_finds()
    {
        string[] pieces = ["a", "an", "A", "An", "the", "official", "officials", "senior", "city", "Dan", "man", "x-ray", "O'Neil", "\u2019s", "ran", "said", ",", ".", "  ", "\n", "\u00E9", "3", "_", "official's", "unofficial", "\u201C", "(", "spokeswoman"];
        var random = new Random(20261123);
        var checks = 0;
        for (var n = 0; n < 4_000; n++)
        {
            var text = string.Join(random.Next(4) == 0 ? string.Empty : " ", Enumerable.Range(0, random.Next(1, 30)).Select(_ => pieces[random.Next(pieces.Length)]));
            var head = random.Next(3) switch { 0 => "man", 1 => "spokeswoman", _ => "official" };
            for (var before = 0; before <= text.Length; before++)
            {
                // A phrase ("the official") starts a word.
                if (before > 0 && (before == text.Length || char.IsLetterOrDigit(text[before - 1]) || text[before - 1] == '_' || !char.IsLetter(text[before]))) continue;
                checks++;
                Assert.True(
                    QuoteExtractor.IntroducedBySearch(text, before, head) == QuoteExtractor.Introduced(text, before, head),
                    $"\"{text}\" before {before}, \"{head}\": \"{QuoteExtractor.IntroducedBySearch(text, before, head)}\" by searching, \"{QuoteExtractor.Introduced(text, before, head)}\" from the introductions");
            }
        }
        Assert.True(checks > 20_000, $"{checks} checks");
    }
}
