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
}
