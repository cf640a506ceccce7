using Crosscheck.Analysis;
using Crosscheck.Extraction;

namespace Crosscheck.Tests.Analysis;

/// <summary>Specifications of the analysis stage on a fictional story told by several outlets.</summary>
public sealed class StoryAnalyzerTests
{
    private static readonly DateOnly Day = new(2031, 3, 14);

    private static readonly Article First = TestArticles.Create("a1", "Patrol talks resume, the Coastal Herald reports", Day,
        "Norway and Portugal are discussing a joint patrol of the Atlantic, the Coastal Herald reported on Tuesday, citing two officials.",
        "Portuguese Foreign Minister Inês Valadares met her Norwegian counterpart in Lisbon on March 3. The talks involve the Maritime Safety Consortium (MSC), a body funded by both governments.",
        "“We have waited long enough,” she said. “The ships are ready and the crews are trained.”",
        "\"We are ready to sail,\" said Captain Tor Halvorsen, who commands the lead vessel.",
        "“Nobody expects a deal this week,” a senior naval officer said.",
        "Critics call it the so-called \"blue corridor\" plan.");

    private static readonly Article Second = TestArticles.Create("a2", "Norway and Portugal weigh joint patrol", Day,
        "According to the Coastal Herald, Lisbon and Oslo want the patrol to start before winter.",
        "Ines Valadares said the MSC would pay for fuel. “We have waited long enough,” Valadares said.",
        "“We will not be rushed into a weak agreement,” Portugal's foreign minister said.",
        "“The weather is the only obstacle,” Halvorsen told reporters.");

    private static readonly Article Third = TestArticles.Create("a3", "Atlantic patrol plan", Day,
        "The Coastal Herald reports that the Norwegian navy would lead the first mission, which Reuters also mentioned.",
        "Valadares said: «The patrol will begin in spring, whatever happens.»",
        "The Maritime Safety Consortium has not commented.");

    private static readonly StoryAnalysis Result = new StoryAnalyzer().Analyze([First, Second, Third]);

    private static Entity EntityNamed(string name) =>
        Assert.Single(Result.Entities, e => e.Name == name || e.Aliases.Contains(name));

    [Fact]
    public void Accent_variants_and_surname_merge_into_one_person()
    {
        var person = EntityNamed("Valadares");

        Assert.Equal("Inês Valadares", person.Name);
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Contains("Ines Valadares", person.Aliases);
        Assert.Equal<string>(["a1", "a2", "a3"], person.ArticleIds);
    }

    [Fact]
    public void Acronym_and_expansion_are_one_organisation()
    {
        var body = EntityNamed("MSC");

        Assert.Equal("Maritime Safety Consortium", body.Name);
        Assert.Equal(EntityType.Organization, body.Type);
        Assert.Equal<string>(["a1", "a2", "a3"], body.ArticleIds);
    }

    [Fact]
    public void Demonym_resolves_to_its_country()
    {
        var norway = EntityNamed("Norwegian");

        Assert.Equal("Norway", norway.Name);
        Assert.Equal(EntityType.Location, norway.Type);
        Assert.Equal("Portugal", EntityNamed("Portuguese").Name);
    }

    [Fact]
    public void Sentence_initial_function_words_are_not_entities()
    {
        Assert.DoesNotContain(Result.Entities, e => e.Name is "According" or "Critics" or "Nobody" or "The");
        Assert.DoesNotContain(Result.Entities, e => e.Name.StartsWith("March", StringComparison.Ordinal));
    }

    [Fact]
    public void Title_marks_a_person()
    {
        var captain = EntityNamed("Tor Halvorsen");

        Assert.Equal(EntityType.Person, captain.Type);
        Assert.Contains("Halvorsen", captain.Aliases);
    }

    [Theory]
    [InlineData("We are ready to sail", "Tor Halvorsen")]                          // straight quotes, "said X"
    [InlineData("The weather is the only obstacle", "Tor Halvorsen")]              // curly quotes, surname, "told reporters"
    [InlineData("The patrol will begin in spring, whatever happens.", "Inês Valadares")] // guillemets, "X said:"
    [InlineData("We will not be rushed into a weak agreement", "Inês Valadares")]  // role: "Portugal's foreign minister said"
    [InlineData("Nobody expects a deal this week", "a senior naval officer")]      // anonymous, kept as printed
    public void Quotes_have_speakers(string quote, string speaker)
    {
        var group = Assert.Single(Result.Quotes, q => q.Variants.Any(v => v.Text.StartsWith(quote, StringComparison.Ordinal)));

        Assert.Equal(speaker, group.Speaker);
    }

    [Fact]
    public void A_quote_split_by_he_said_is_one_quote_with_the_pronoun_resolved()
    {
        var group = Assert.Single(Result.Quotes, q => q.Variants.Any(v => v.Text.Contains("crews are trained", StringComparison.Ordinal)));

        Assert.Equal("Inês Valadares", group.Speaker);
        var first = Assert.Single(group.Variants, v => v.ArticleId == "a1");
        Assert.StartsWith("We have waited long enough", first.Text, StringComparison.Ordinal);
        Assert.Contains(group.Variants, v => v.ArticleId == "a2"); // the shorter retelling joins the group
    }

    [Fact]
    public void Scare_quotes_are_skipped()
    {
        Assert.DoesNotContain(Result.Quotes, q => q.Variants.Any(v => v.Text.Contains("blue corridor", StringComparison.Ordinal)));
    }

    [Fact]
    public void Quote_variant_spans_point_at_the_quoted_words()
    {
        var texts = new Dictionary<string, string> { ["a1"] = First.Text, ["a2"] = Second.Text, ["a3"] = Third.Text };
        foreach (var variant in Result.Quotes.SelectMany(q => q.Variants))
        {
            var text = texts[variant.ArticleId];
            Assert.True(variant.Span.End <= text.Length);
            Assert.StartsWith(variant.Span.Slice(text)[..Math.Min(10, variant.Span.Length)], variant.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Primary_source_is_the_outlet_most_articles_cite()
    {
        var primary = Assert.Single(Result.PrimarySources);

        Assert.Equal("Coastal Herald", primary.Name);
        Assert.Equal<string>(["a1", "a2", "a3"], primary.ArticleIds);
    }

    [Fact]
    public void A_source_cited_by_one_article_is_secondary()
    {
        Assert.DoesNotContain(Result.PrimarySources, p => p.Name == "Reuters");
    }

    [Fact]
    public void Timeline_is_dated_and_ordered()
    {
        Assert.Contains(Result.Timeline, t => t.Date == "2031-03-03" && t.Text.Contains("Lisbon", StringComparison.Ordinal));
        Assert.Contains(Result.Timeline, t => t.Date == "2031-03-11"); // "on Tuesday", published Friday 14 March
        Assert.Equal(Result.Timeline.Select(t => t.Date).Order(StringComparer.Ordinal), Result.Timeline.Select(t => t.Date));
    }

    [Fact]
    public void Same_date_events_merge_across_articles()
    {
        var a = TestArticles.Create("x1", "t", Day, "The ferry sank off the coast on March 2, killing four people.");
        var b = TestArticles.Create("x2", "t", Day, "Four people died when the ferry sank on 2 March near the coast.");

        var timeline = new StoryAnalyzer().Analyze([a, b]).Timeline;

        var only = Assert.Single(timeline);
        Assert.Equal("2031-03-02", only.Date);
        Assert.Equal<string>(["x1", "x2"], only.ArticleIds);
    }

    /// <summary>
    /// Each date of a sentence made an event repeating the whole sentence, so a run-on "sentence" of 30,000 dates
    /// (500 KB) gave 1,400 events of 500 KB each: a 700 MB analysis, 4 GB of memory and 18 s. A sentence that lists more
    /// than a handful of dates is a list, not an event.
    /// </summary>
    [Fact]
    public void A_sentence_listing_many_dates_is_no_event()
    {
        const string list = "The tour stops in Arlen on June 9, Brisk on June 10, Calder on June 14, Dunmore on June 16, Elmwick on June 18, Fallow on June 20 and Garth on June 22.";
        const string prose = "The ferry sank on March 2, was raised on March 9 and was towed to Port Selden on March 11.";
        var runOn = "The quay was repaired " + string.Join(", ", Enumerable.Range(0, 300).Select(i => $"on {(i % 28) + 1} March {1900 + (i / 28)}")) + ".";

        var analysis = TestArticles.AnalyzeOne(list, prose, runOn);

        Assert.Equal(["2031-03-02", "2031-03-09", "2031-03-11"], analysis.Timeline.Select(t => t.Date));
        Assert.All(analysis.Timeline, t => Assert.Equal(prose, t.Text));
    }

    [Fact]
    public void Entity_mentions_point_into_the_article_text()
    {
        var texts = new Dictionary<string, string> { ["a1"] = First.Text, ["a2"] = Second.Text, ["a3"] = Third.Text };
        foreach (var mention in Result.Entities.SelectMany(e => e.Mentions))
        {
            Assert.Equal(mention.Text, mention.Span.Slice(texts[mention.ArticleId]));
        }
    }

    [Fact]
    public void Output_is_deterministic()
    {
        var again = new StoryAnalyzer().Analyze([First, Second, Third]);

        Assert.Equal(Describe(Result), Describe(again));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"")]
    [InlineData("“ « ‘ \" ” »")]
    [InlineData("The The The. (ABC) ( ) said said “”")]
    [InlineData("Mr. . . 31/31/2024 2024-13-45 on Feb. 30, 99999 Monday Monday")]
    [InlineData("ÉÉÉ'S 'S Ñ- -X- X-1 U.S.A. «» the the")]
    public void Never_throws_on_garbage(string garbage)
    {
        var article = TestArticles.Create("g", garbage, null, garbage, garbage + " " + garbage);

        var result = new StoryAnalyzer().Analyze([article, article with { Id = "h", Published = Day }]);

        Assert.NotNull(result);
    }

    [Fact]
    public void No_articles_is_empty()
    {
        Assert.Same(StoryAnalysis.Empty, new StoryAnalyzer().Analyze([]));
    }

    private static string Describe(StoryAnalysis a) => string.Join("\n",
        a.Entities.Select(e => $"{e.Name}|{e.Type}|{string.Join(",", e.Aliases)}|{string.Join(",", e.ArticleIds)}|{e.Mentions.Length}")
            .Concat(a.Quotes.Select(q => $"{q.Speaker}|{string.Join("/", q.Variants.Select(v => v.ArticleId + ":" + v.Text))}"))
            .Concat(a.Timeline.Select(t => $"{t.Date}|{t.Text}|{string.Join(",", t.ArticleIds)}"))
            .Concat(a.PrimarySources.Select(p => $"{p.Name}|{string.Join(",", p.ArticleIds)}")));
}
