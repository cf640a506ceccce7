using Crosscheck.Analysis;

namespace Crosscheck.Tests.Analysis;

/// <summary>Who said a quote, when the quote itself names the speaker only by a description, a role or a second verb.</summary>
public sealed class SpeakerTests
{
    private static string? SpeakerOf(string quoteStart, params string[] paragraphs)
    {
        var analysis = TestArticles.AnalyzeOne(paragraphs);
        return Assert.Single(analysis.Quotes, q => q.Variants.Any(v => v.Text.StartsWith(quoteStart, StringComparison.Ordinal))).Speaker;
    }

    [Theory]
    [InlineData("On Monday his solicitor, Marit Hoel, released a short statement in his name: \u201CI did nothing wrong on that start line.\u201D")]
    [InlineData("His solicitor, Marit Hoel, read out a statement on his behalf: \u201CI did nothing wrong on that start line.\u201D")]
    [InlineData("His solicitor, Marit Hoel, read out a statement on behalf of Tomas Vedlund: \u201CI did nothing wrong on that start line.\u201D")]
    public void A_statement_given_out_in_someones_name_is_theirs(string paragraph)
    {
        var speaker = SpeakerOf("I did nothing wrong",
            "The Orrin Yacht Club has banned skipper Tomas Vedlund from its autumn regatta after a collision at the start on Saturday.",
            "Vedlund has not spoken publicly since.",
            paragraph);

        Assert.Equal("Tomas Vedlund", speaker);
    }

    [Fact]
    public void A_surname_after_in_with_a_possessive_is_still_the_persons()
    {
        // "in Vedlund's kit bag" places the radio in the bag; "Vedlund" stays the skipper, who then speaks.
        var speaker = SpeakerOf("I have sailed fairly",
            "The Orrin Yacht Club has banned skipper Tomas Vedlund from its autumn regatta.",
            "Stewards said a hand-held radio was found in Vedlund\u2019s kit bag after the race.",
            "In a statement read out by Marit Hoel on Monday, Vedlund said: \u00ABI have sailed fairly for thirty years and I always will.\u00BB");

        Assert.Equal("Tomas Vedlund", speaker);
    }

    [Fact]
    public void The_company_is_not_the_news_agency_it_spoke_to_nor_the_place_of_the_dateline()
    {
        // "KESSELBY, …, May 3 (Tideline) -" opens a wire story with a place; the company is the shipowner that told the agency.
        var speaker = SpeakerOf("The ship met",
            "KESSELBY, Orrinland, May 3 (Tideline) - A cargo ship lost 30 containers in a gale off the Orrin banks on Friday night.",
            "Vestra Maritime, which owns the ship, told Tideline News Agency that it was 20 miles offshore at the time.",
            "In a statement, the company said: \u201CThe ship met waves far beyond the forecast.\u201D");

        Assert.Equal("Vestra Maritime", speaker);
    }

    [Fact]
    public void A_role_after_the_verb_then_a_name_in_apposition_is_that_person()
    {
        var speaker = SpeakerOf("Every gull",
            "The Orrin Coast Directorate said plastic pellets had washed up along the bay.",
            "\u201CEvery gull on this shore is at risk,\u201D said its chief scientist, Dr Ilse Marrow.");

        Assert.Equal("Ilse Marrow", speaker);
    }

    [Fact]
    public void A_definite_description_refers_back_to_the_anonymous_speaker_the_article_introduced()
    {
        var speaker = SpeakerOf("The valves",
            "A senior port official said the inspection had been rushed.",
            "\u201CThe valves were never tested,\u201D the official said.");

        Assert.Equal("A senior port official", speaker);
    }

    [Fact]
    public void The_company_is_the_organisation_the_article_named_last()
    {
        var speaker = SpeakerOf("Our machines",
            "The draw machines were built by Verrel Gaming Systems, which has supplied the board since 2015.",
            "\u201COur machines have run thousands of draws without a fault,\u201D the company said in a statement.");

        Assert.Equal("Verrel Gaming Systems", speaker);
    }

    [Fact]
    public void A_second_verb_keeps_the_sentence_subject()
    {
        var speaker = SpeakerOf("fairly and on price",
            "Strandt Rail Systems has denied wrongdoing and said it won the contract \u201Cfairly and on price\u201D.");

        Assert.Equal("Strandt Rail Systems", speaker);
    }

    [Fact]
    public void A_name_in_apposition_after_a_role_names_the_speaker()
    {
        var speaker = SpeakerOf("This fire",
            "The blaze had burned 3,000 hectares by Sunday.",
            "\u201CThis fire is moving faster than anything I have seen,\u201D the regional fire chief, Dario Lunt, told reporters on Sunday.");

        Assert.Equal("Dario Lunt", speaker);
    }

    [Fact]
    public void A_role_in_apposition_lets_a_later_mention_of_the_role_find_the_person()
    {
        var speaker = SpeakerOf("I am not here",
            "Sanna Kvistad, the health minister, visited the treatment works on Tuesday.",
            "\u201CI am not here to point fingers,\u201D the minister told reporters at the gate.");

        Assert.Equal("Sanna Kvistad", speaker);
    }

    [Fact]
    public void A_name_inside_a_relative_clause_is_not_the_speaker()
    {
        var speaker = SpeakerOf("truly humbled",
            "Ivo Marsh, who runs the orchard with his cousin Tomas Weld, said the award left him \u201Ctruly humbled\u201D.");

        Assert.Equal("Ivo Marsh", speaker);
    }

    [Fact]
    public void He_passes_over_a_woman_named_after_him()
    {
        var speaker = SpeakerOf("We pick by hand",
            "Ivo Marsh runs the orchard with his sister Nadia.",
            "\u201CWe pick by hand, every single tree,\u201D he said.");

        Assert.Equal("Ivo Marsh", speaker);
    }

    [Fact]
    public void She_passes_over_a_man_the_article_calls_someone_s_husband()
    {
        var speaker = SpeakerOf("The roof leaked",
            "Councillor Dana Wirth visited the school with her husband Piet Wirth on Monday.",
            "\u201CThe roof leaked all winter,\u201D she said.");

        Assert.Equal("Dana Wirth", speaker);
    }

    [Fact]
    public void A_pronoun_with_no_gender_cue_is_the_person_named_last()
    {
        var speaker = SpeakerOf("It was close",
            "Ivo Marsh met Tomas Weld at the market.",
            "\u201CIt was close,\u201D he said.");

        Assert.Equal("Tomas Weld", speaker);
    }

    [Fact]
    public void A_word_between_a_title_and_its_head_belongs_to_the_title()
    {
        var speaker = SpeakerOf("We held the line",
            "\u201CWe held the line as long as we could,\u201D Chief Fire Officer Mara Lindqvist told reporters at the scene.");

        Assert.Equal("Mara Lindqvist", speaker);
    }

    [Fact]
    public void An_acronym_in_brackets_after_the_name_does_not_hide_the_speaker()
    {
        var speaker = SpeakerOf("This is a terrible loss",
            "\u201CThis is a terrible loss for the valley,\u201D the Corvel Heritage Trust (CHT) said in a statement.");

        Assert.Equal("Corvel Heritage Trust", speaker);
    }

    [Fact]
    public void A_definite_description_is_the_one_organisation_named_before_whose_name_ends_with_it()
    {
        var speaker = SpeakerOf("Our keepers",
            "The Marrow Zoo said it had informed the police.",
            "In its statement, the zoo said: \u201COur keepers are working through the night.\u201D");

        Assert.Equal("Marrow Zoo", speaker);
    }

    [Fact]
    public void A_definite_description_is_the_head_of_a_name_with_of()
    {
        var speaker = SpeakerOf("The stone has a thin black skin",
            "A team from the Keldran Museum of Natural History collected the stone from the cottage on Monday.",
            "\u201CThe stone has a thin black skin and a chipped corner,\u201D the museum said.");

        Assert.Equal("Keldran Museum of Natural History", speaker);
    }

    [Fact]
    public void Two_organisations_whose_names_end_with_the_description_leave_it_unresolved_by_name()
    {
        var speaker = SpeakerOf("The law is plain",
            "The Harlow County Court ruled for the tenants on Monday; the landlord may appeal to the Supreme Court.",
            "\u201CThe law is plain,\u201D the court said.");

        Assert.NotEqual("Supreme Court", speaker);
        Assert.NotEqual("Harlow County Court", speaker);
    }

    [Fact]
    public void A_clause_joined_by_and_after_a_quote_does_not_name_its_speaker()
    {
        var speaker = SpeakerOf("a tree that old",
            "Dorsland's mayor, Ivo Brandt, wants an independent review.",
            "He has asked why \u201Ca tree that old was left standing next to the enclosure\u201D, and Marrow Zoological Gardens, as the zoo is formally known, has promised to publish the report.");

        Assert.Equal("Ivo Brandt", speaker);
    }

    [Fact]
    public void Who_accuses_in_a_partial_quote_speaks_it()
    {
        var speaker = SpeakerOf("negotiating in bad faith",
            "The Harlow Daily reported on the dispute at the container terminal on Friday.",
            "Union general secretary Tova Brenn accused the port authority of \u201Cnegotiating in bad faith for months\u201D while the plans were drawn up.");

        Assert.Equal("Tova Brenn", speaker);
    }

    [Theory]
    [InlineData("The harbour master, Ines Varga, told the regional broadcaster Coastline One that divers would search the wreck \u201Cinch by inch\u201D.", "inch by inch", "Ines Varga")]
    [InlineData("The ferry line's director, Owen Tarr, repeated that the company would \u201Chelp every family\u201D but took no questions.", "help every family", "Owen Tarr")]
    public void A_short_quote_in_a_reported_clause_is_its_speaker_s(string sentence, string quote, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(quote, sentence));
}
