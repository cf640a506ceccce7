using Crosscheck.Analysis;

namespace Crosscheck.Tests.Analysis;

/// <summary>
/// The company cues of entity recognition, one fictional sentence each: what a name is typed as, and the spans
/// it gets. Companies here are made up; countries are real, as the gazetteer knows them.
/// </summary>
public sealed class EntityCueTests
{
    private static StoryAnalysis Analyze(params string[] paragraphs) => TestArticles.AnalyzeOne(paragraphs);

    private static Entity Named(StoryAnalysis analysis, string name) => TestArticles.EntityNamed(analysis, name);

    [Theory]
    [InlineData("KESSELBY, Orrinland, May 3 (Tideline) - A cargo ship lost 30 containers in a gale on Friday night.", "KESSELBY")]
    [InlineData("LENMOUTH \u2014 Rescuers worked through the night to free the stranded ferry.", "LENMOUTH")]
    public void The_capitalised_place_that_opens_a_dateline_is_a_place(string sentence, string name) =>
        Assert.Equal(EntityType.Location, Named(Analyze(sentence), name).Type);

    [Fact]
    public void A_word_of_maritime_trade_heads_a_company_name() =>
        Assert.Equal(EntityType.Organization, Named(Analyze("Vestra Maritime, which owns the ship, said the crew were safe."), "Vestra Maritime").Type);

    [Theory]
    [InlineData("The deal was signed by carrier Velmora on Tuesday.", "Velmora")]
    [InlineData("Analysts expect Tovantic shares to fall after the results.", "Tovantic")]
    [InlineData("On Monday, Brenzel spokesman Olav Brekke declined to comment on the talks.", "Brenzel")]
    [InlineData("Quarrin CEO Ana Ruiz presented the plan in a webcast.", "Quarrin")]
    [InlineData("The meals were supplied by General Foods for the new fleet.", "General Foods")]
    [InlineData("Passengers of Air Norway were stranded overnight by the strike.", "Air Norway")]
    [InlineData("Tickets on Singapore Airlines went on sale this week.", "Singapore Airlines")]
    [InlineData("The Dornbridge Traders\u2019 Association said the closure would cost shops dearly.", "Dornbridge Traders\u2019 Association")]
    [InlineData("Crews from the Westmark Fire and Rescue Service worked through the night.", "Westmark Fire and Rescue Service")]
    [InlineData("The audit was carried out by Brandt & Kole for the port authority.", "Brandt & Kole")]
    [InlineData("On Monday, Tidemark, a company that monitors water levels for the board, flagged the rise.", "Tidemark")]
    [InlineData("The depot is run by Quellan, the firm behind the city's night buses.", "Quellan")]
    [InlineData("Four people were treated at St Aldhelm's Hospital after the fire.", "St Aldhelm's Hospital")]
    [InlineData("Crews from Pellmouth Fire and Rescue reached the tower within minutes.", "Pellmouth Fire and Rescue")]
    [InlineData("The Ministry of Orchards and Land said the cull would start on Monday.", "Ministry of Orchards and Land")]
    [InlineData("The Pellmouth Ratepayers’ Forum said the refunds had come twice.", "Pellmouth Ratepayers’ Forum")]
    [InlineData("The letters were sent by the Revenue Directorate on Monday.", "Revenue Directorate")]
    public void Company_cues_type_a_name_as_an_organisation(string sentence, string name) =>
        Assert.Equal(EntityType.Organization, Named(Analyze(sentence), name).Type);

    [Theory]
    [InlineData("Marta Ellingsen, treasurer of the ferry workers' union, said the fund was full.", "Marta Ellingsen")]
    [InlineData("During the hearing, the council's lawyer, Oskar Vint, described the ban as lawful.", "Oskar Vint")]
    [InlineData("Greta Holm, a retired teacher from the valley, signed the petition first.", "Greta Holm")]
    [InlineData("Henrik Dahle, who founded the campaign last spring, spoke outside the court.", "Henrik Dahle")]
    [InlineData("The council questioned harbour chief Marten Olsby about the missing funds.", "Marten Olsby")]
    [InlineData("Helen Varga opened the new bakery on the square.", "Helen Varga")]
    [InlineData("Tove Rask, 64, has farmed the same fields since the 1980s.", "Tove Rask")]
    [InlineData("\u201CWe will rebuild,\u201D the groom, Tarek Velland, told the valley radio station.", "Tarek Velland")]
    [InlineData("Her sister, Ilka Morvay, waited outside the hospital all night.", "Ilka Morvay")]
    public void A_name_beside_an_occupation_or_an_age_is_a_person(string sentence, string name) =>
        Assert.Equal(EntityType.Person, Named(Analyze(sentence), name).Type);

    [Fact]
    public void A_body_named_of_one_field_does_not_run_on_into_a_known_name_after_and()
    {
        // Guard: "and" goes on to another field of a ministry, never to a country the gazetteer knows.
        var analysis = Analyze("The Ministry of Defence and France's army held a joint drill on Monday.");
        Assert.Equal(EntityType.Organization, Named(analysis, "Ministry of Defence").Type);
        Assert.Contains(analysis.Entities, e => e.Name == "France");
    }

    [Fact]
    public void A_code_before_an_amount_is_no_name() =>
        Assert.DoesNotContain(Analyze("Bets worth KRV 2.1m were placed on the match, Harlow Betting Watch said.").Entities, e => e.Name == "KRV");

    [Fact]
    public void A_zoo_is_an_organisation() =>
        Assert.Equal(EntityType.Organization, Named(Analyze("The Marrow Zoo said it had informed the police."), "Marrow Zoo").Type);

    [Theory]
    [InlineData("Ardwick Minerals will deepen the copper pit near Vessholm, the company announced on Monday.", "Vessholm")]
    [InlineData("Growth will pick up in Dorsland, the bank chief said on Friday.", "Dorsland")]
    [InlineData("Prices rose fastest in Dorsland, the firm wanted us to know.", "Dorsland")]
    public void A_company_noun_that_is_not_the_head_of_an_apposition_makes_no_company(string sentence, string name) =>
        Assert.NotEqual(EntityType.Organization, Named(Analyze(sentence), name).Type);

    [Fact]
    public void A_single_word_that_speaks_is_not_taken_for_a_person()
    {
        var analysis = Analyze("Plans were delayed again. Corvello said the delay would last a year.");
        Assert.NotEqual(EntityType.Person, Named(analysis, "Corvello").Type);
    }

    [Fact]
    public void A_full_name_that_speaks_is_still_a_person() =>
        Assert.Equal(EntityType.Person, Named(Analyze("Plans were delayed again. Marit Aasen said the delay would last a year."), "Marit Aasen").Type);

    [Fact]
    public void Orders_from_or_jobs_at_a_one_word_company_do_not_make_it_a_place()
    {
        var analysis = Analyze("The airline ordered jets from Velmora. Jobs at Velmora will be cut, Velmora announced.");
        Assert.NotEqual(EntityType.Location, Named(analysis, "Velmora").Type);
    }

    [Fact]
    public void A_currency_prefix_is_not_a_country_and_a_model_number_has_no_type()
    {
        var analysis = Analyze("The Velmora V480 jets are worth US$3 billion to the airline.");
        Assert.DoesNotContain(analysis.Entities, e => e.Type == EntityType.Location);
        var model = Named(analysis, "V480");
        Assert.Equal(EntityType.Other, model.Type);
        Assert.DoesNotContain(analysis.Entities, e => e.Name.Contains("Velmora V480", StringComparison.Ordinal));
    }

    [Fact]
    public void A_corporate_suffix_keeps_its_period_in_the_span()
    {
        const string text = "The shares of Tovantic Inc. rose on Monday.";
        var analysis = Analyze(text);
        var mention = Assert.Single(Named(analysis, "Tovantic Inc.").Mentions);
        Assert.Equal("Tovantic Inc.", mention.Span.Slice(text));
    }

    [Fact]
    public void A_lone_first_word_of_one_organisation_name_joins_it()
    {
        var analysis = Analyze("The ferry is run by operator Fjordvik Ferries.", "On Sunday, Fjordvik promised a full review of the route.");
        var entity = Named(analysis, "Fjordvik Ferries");
        Assert.Equal(EntityType.Organization, entity.Type);
        Assert.Contains("Fjordvik", entity.Aliases);
    }

    [Fact]
    public void A_place_in_a_demonym_phrase_stays_a_place()
    {
        var analysis = Analyze("The French Foreign Ministry summoned the envoy.");
        Assert.Equal(EntityType.Location, Named(analysis, "France").Type);
    }
}
