using Crosscheck.Analysis;

namespace Crosscheck.Tests.Analysis;

/// <summary>
/// How the mentions of a story resolve into one entry per entity, one fictional story each: demonyms of places the
/// gazetteer does not know, names led by an article or a direction word, surnames of two words, and canonical names.
/// </summary>
public sealed class EntityResolutionTests
{
    private static StoryAnalysis Analyze(params string[] paragraphs) => TestArticles.AnalyzeOne(paragraphs);

    private static Entity Named(StoryAnalysis analysis, string name) => TestArticles.EntityNamed(analysis, name);

    [Theory]
    [InlineData("Veltrian", "Veltria")]
    [InlineData("Ostarian", "Ostary")]
    public void A_demonym_of_a_place_the_gazetteer_does_not_know_joins_that_place(string demonym, string place)
    {
        var analysis = Analyze(
            $"Floods closed two bridges in {place} on Monday, the regional council said.",
            $"On Tuesday, {demonym} engineers inspected the damage and reported cracks in both spans.");

        var entity = Named(analysis, place);
        Assert.Contains(demonym, entity.Aliases);
        Assert.Equal(EntityType.Location, entity.Type);
    }

    [Fact]
    public void A_place_that_acts_like_a_person_is_a_place_when_the_story_prints_its_demonym()
    {
        // "Orvessa says", "Orvessa proposed": cues of a person; "the Orvessan navy": only a place has a demonym.
        var analysis = Analyze(
            "Orvessa says the two boats were fishing inside its waters when they were stopped.",
            "Talks broke down last week after Orvessa proposed a smaller quota, and on Monday the Orvessan navy escorted both boats to port.");

        var place = Named(analysis, "Orvessa");
        Assert.Equal(EntityType.Location, place.Type);
        Assert.Contains("Orvessan", place.Aliases);
    }

    [Fact]
    public void A_demonym_in_ish_joins_the_land_it_is_made_from()
    {
        var analysis = Analyze(
            "Two trawlers registered in Kettland were detained at dawn.",
            "The Kettish government summoned the ambassador on Tuesday.");

        Assert.Contains("Kettish", Named(analysis, "Kettland").Aliases);
    }

    [Fact]
    public void A_plural_is_no_demonym_of_its_singular()
    {
        var analysis = Analyze(
            "The Skyrunner made its first flight on Monday.",
            "Airlines have ordered forty Skyrunners, and every Skyrunner will be built in Tarrow.");

        Assert.DoesNotContain(analysis.Entities, e => e.Type == EntityType.Location && e.Aliases.Contains("Skyrunners"));
    }

    [Fact]
    public void A_place_joined_by_its_demonym_is_named_by_its_own_name()
    {
        // The demonym is printed more often, but the place's entry is named by the place.
        var analysis = Analyze(
            "Heavy rain fell across Norvaly overnight.",
            "Norvalian rescuers reached the village, Norvalian officials said, and Norvalian soldiers cleared the road.");

        Assert.Contains(analysis.Entities, e => e.Name == "Norvaly" && e.Aliases.Contains("Norvalian"));
    }

    [Fact]
    public void A_surname_once_read_as_a_place_joins_the_one_person_it_fits()
    {
        var analysis = Analyze(
            "The chair of the ports board, Hester Quillan, apologised to the committee on Tuesday.",
            "The minister said he still had full confidence in Quillan.");

        Assert.Contains("Quillan", Named(analysis, "Hester Quillan").Aliases);
    }

    [Theory]
    [InlineData("the Brennish Fishermen's Federation", "Brennish Fishermen's Federation")]
    [InlineData("the Corran People's Party", "Corran People's Party")]
    [InlineData("the Varrow Athletic Supporters' Trust", "Varrow Athletic Supporters' Trust")]
    public void An_organisation_s_name_goes_on_through_a_plural_possessive_to_its_head(string printed, string name)
    {
        var analysis = Analyze($"The quota was rejected on Friday by {printed}, which called it unworkable.");

        Assert.Contains(analysis.Entities, e => e.Name == name && e.Type == EntityType.Organization);
    }

    [Fact]
    public void A_demonym_does_not_join_an_organisation_that_starts_with_it()
    {
        var analysis = Analyze(
            "Rain fell across Veltria for a fourth day, according to the Veltrian Weather Office.",
            "Veltrian farmers said the harvest was lost.");

        Assert.Contains("Veltrian", Named(analysis, "Veltria").Aliases);
        Assert.DoesNotContain("Veltrian", Named(analysis, "Veltrian Weather Office").Aliases);
    }

    [Fact]
    public void A_name_led_by_an_article_is_found_by_its_next_word()
    {
        var analysis = Analyze(
            "The fire was first reported by the local daily Le Réveil d'Ambrac on Sunday.",
            "By Monday morning, Réveil had counted forty homes without power.");

        var outlet = Named(analysis, "Le Réveil d'Ambrac");
        Assert.Contains("Réveil", outlet.Aliases);
    }

    [Fact]
    public void A_surname_of_two_words_joins_the_full_name()
    {
        var analysis = Analyze(
            "The plant manager, Mairéad Ní Bhriain, said the pumps would be replaced.",
            "Ní Bhriain said the work would take two weeks.");

        var person = Named(analysis, "Mairéad Ní Bhriain");
        Assert.Contains("Ní Bhriain", person.Aliases);
    }

    [Fact]
    public void A_lone_word_that_also_begins_a_place_name_does_not_join_an_organisation()
    {
        var analysis = Analyze(
            "Harrowgate Savings Bank said it would waive fees for residents of Harrowgate Province.",
            "Officials in Harrowgate said the evacuation would continue.");

        Assert.DoesNotContain("Harrowgate", Named(analysis, "Harrowgate Savings Bank").Aliases);
    }

    [Fact]
    public void A_direction_word_begins_an_unknown_name_but_not_a_known_place()
    {
        var analysis = Analyze(
            "The contamination was first reported by the Western Beacon, which cited a laboratory report.",
            "Officials in Western Europe were informed on Tuesday.");

        Assert.Contains(analysis.Entities, e => e.Name == "Western Beacon");
        Assert.DoesNotContain(analysis.Entities, e => e.Name == "Beacon" || e.Name == "Western Europe" || e.Aliases.Contains("Western Europe") && e.Name != "Europe");
    }

    [Theory]
    [InlineData("The Beacon", "The Beacon")]
    [InlineData("The Harbour Beacon", "Harbour Beacon")]
    public void A_leading_the_stays_only_before_a_one_word_name(string printed, string canonical)
    {
        var analysis = Analyze(
            $"{printed} reported on Tuesday that the pumps had failed, citing two engineers.",
            $"According to {printed}, the repair will take a week.");

        Assert.Contains(analysis.Entities, e => e.Name == canonical);
    }

    [Theory]
    [InlineData("The Dornbridge Water Inspectorate (DWI) closed the well on Monday.", "On Tuesday the Inspectorate said the pumps were safe.", "Inspectorate")]
    [InlineData("The National Ferry Board of Ostary suspended the crossing.", "A spokesman for the National Ferry Board said it would resume on Friday.", "National Ferry Board")]
    [InlineData("Officials at the Veltrian Heritage Office studied the coins.", "The Heritage Office said the find was of national importance.", "Heritage Office")]
    public void A_short_form_of_one_organisation_joins_it(string first, string second, string shortForm)
    {
        var analysis = Analyze(first, second);

        var organisation = Named(analysis, shortForm);
        Assert.Equal(EntityType.Organization, organisation.Type);
        Assert.NotEqual(shortForm, organisation.Name);
    }

    [Fact]
    public void A_plural_demonym_in_ers_joins_its_town()
    {
        var analysis = Analyze(
            "Tap water in Dornby was declared unsafe on Monday.",
            "On Tuesday, Dornbyers queued for bottled water outside the town hall.");

        Assert.Contains("Dornbyers", Named(analysis, "Dornby").Aliases);
    }

    [Fact]
    public void A_surname_an_organisation_cue_follows_is_still_the_person_named_in_the_article()
    {
        var analysis = Analyze("The culture minister, Benedikt Orrell, has promised that the state will help. Orrell\u2019s officials began their work on Thursday.");

        Assert.Contains("Orrell", Named(analysis, "Benedikt Orrell").Aliases);
    }

    [Fact]
    public void The_first_two_words_of_an_organisation_s_name_are_a_short_form_of_it()
    {
        var analysis = Analyze(
            "Savers queued outside branches of Velmar Savings Bank on Thursday.",
            "The run on Velmar Savings began with a voice note.");

        Assert.Contains("Velmar Savings", Named(analysis, "Velmar Savings Bank").Aliases);
    }

    [Fact]
    public void The_first_two_words_that_are_a_name_of_their_own_stay_apart()
    {
        var analysis = Analyze(
            "The bridge won at the Trellis Weekly Awards on Friday.",
            "Trellis Weekly said the jury had been unanimous.");

        Assert.DoesNotContain("Trellis Weekly", Named(analysis, "Trellis Weekly Awards").Aliases);
    }

    [Fact]
    public void A_surname_joined_to_its_person_is_not_joined_to_an_organisation_that_begins_with_it()
    {
        var analysis = Analyze(
            "The culture minister, Benedikt Orrell, has promised that the state will help. Orrell\u2019s officials began their work on Thursday.",
            "The Orrell Foundation, set up by his grandfather, offered money for the repairs.");

        Assert.Contains("Orrell", Named(analysis, "Benedikt Orrell").Aliases);
        Assert.DoesNotContain("Orrell", Named(analysis, "Orrell Foundation").Aliases);
    }

    [Fact]
    public void A_place_after_a_preposition_is_not_the_subject_of_the_verb_after_it()
    {
        // "people across Harrowdale reported": the people report, so Harrowdale stays the place the police are named after.
        var analysis = Analyze(
            "A stone crashed through a cottage roof in Ivelden on Sunday night, moments after people across Harrowdale reported a green fireball.",
            "Harrowdale Police said officers had visited the cottage to make sure the roof was safe.");

        Assert.Equal(EntityType.Location, Named(analysis, "Harrowdale").Type);
        Assert.DoesNotContain("Harrowdale", Named(analysis, "Harrowdale Police").Aliases);
    }
}
