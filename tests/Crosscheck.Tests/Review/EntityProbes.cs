using Crosscheck.Analysis;

namespace Crosscheck.Tests.Review;

/// <summary>Review probes of the demonym, irregular-plural possessive and surname-as-place rules.</summary>
public sealed class EntityProbes
{
    private static StoryAnalysis Analyze(params string[] paragraphs) => Analysis.TestArticles.AnalyzeOne(paragraphs);

    [Theory]
    [InlineData("Jackson", "Jacksonian")]
    [InlineData("Orwell", "Orwellian")]
    public void an_adjective_made_from_a_surname_does_not_make_the_person_a_place(string surname, string adjective)
    {
        var analysis = Analyze(
            $"Senator Mara {surname} promised on Monday to cut fuel duty for hauliers.",
            $"{surname} said the plan followed a {adjective} tradition of low taxes, and {surname} told reporters she would table it in May.");

        var person = Analysis.TestArticles.EntityNamed(analysis, $"Mara {surname}");
        Assert.Equal(EntityType.Person, person.Type);
    }

    [Theory]
    [InlineData("Bremen's Port Authority closed the container terminal on Monday.", "Bremen")]
    public void a_place_ending_in_men_is_no_irregular_plural(string sentence, string place)
    {
        var analysis = Analyze(sentence, "The move was criticised by traders.");

        Assert.DoesNotContain(analysis.Entities, e => e.Name.StartsWith(place + "'s", StringComparison.Ordinal));
        Assert.Contains(analysis.Entities, e => e.Name == place); // before this session: "Bremen" and "Port Authority"
    }

    [Fact]
    public void a_town_named_once_does_not_join_a_person_of_that_name()
    {
        // Risk probe: a surname read once as a place joins the one person it fits, even when it is the town.
        var analysis = Analyze(
            "Councillor Petra Ashgrove said on Monday that the bus depot would close in June.",
            "Drivers will be moved to a new depot in Ashgrove, the operator said.");

        Assert.DoesNotContain("Ashgrove", Analysis.TestArticles.EntityNamed(analysis, "Petra Ashgrove").Aliases);
    }
}
