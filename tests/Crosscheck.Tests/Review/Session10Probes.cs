using Crosscheck.Analysis;
using Crosscheck.Clustering;
using Crosscheck.Comparison;
using Crosscheck.Extraction;
using Crosscheck.Tests.Analysis;
using Crosscheck.Tests.Clustering;
using Crosscheck.Tests.Comparison;

namespace Crosscheck.Tests.Review;

/// <summary>
/// Review probes of d398110..fcd423f: sole measures and new units, counts without their noun, unwrapping of hard-wrapped
/// plain text, the lone-article cut, statements given out in someone's name, the apposition after "said", "the company"
/// and media words, the dateline place and the possessive after "in", and the new schedule markers. At fcd423f two pass
/// (the 70mph/113 kph guard, which failed at d398110, and the first-report-then-weeklies guard) and eighteen fail; of those,
/// fifteen passed at d398110 (regressions: wave/wall in feet and metres, rain in mm and inches, crew against passengers,
/// "Pier 3 was", related-headline list, verse, look-back cut, "in his name" charity, participle after "said the company",
/// "Wire" company, ORCA, EXCLUSIVE/UPDATE, "in Tarnwick's", "yet" as a conjunction, "yet to dock") and three failed there
/// too (gaps the change leaves: 70mph against 110kph, a wrap width set by one longer line, "LA VESTRA" datelines).
/// Every name, place and figure is invented.
/// </summary>
public sealed class Session10Probes
{
    private static readonly DateOnly Friday = new(2031, 5, 9);

    // ---------------------------------------------------------------- helpers

    private static StoryComparison Values(params string[][] bodies) =>
        new StoryComparer().Compare(bodies.Select((b, i) => StoryFixtures.Article("v" + (i + 1), "Outlet " + (i + 1), "t", b)).ToList(), StoryAnalysis.Empty);

    private static string Describe(StoryComparison comparison) =>
        comparison.Conflicts.Length == 0
            ? "(no conflicts)"
            : string.Join(" | ", comparison.Conflicts.Select(c => c.About + ": " + string.Join(" VS ", c.Versions.Select(v => v.Text))));

    private static bool Shows(Conflict conflict, string a, string b) =>
        conflict.Versions.Any(v => v.Text.Contains(a, StringComparison.Ordinal)) && conflict.Versions.Any(v => v.Text.Contains(b, StringComparison.Ordinal));

    private static IEnumerable<Conflict> Scheduled(StoryComparison comparison) =>
        comparison.Conflicts.Where(c => c.About.StartsWith("whether \u201C", StringComparison.Ordinal));

    private static Article Early(string id, params string[] paragraphs) => TestArticles.Create(id, "Trawler adrift off Kelmouth", Friday, paragraphs);

    private static string? SpeakerOf(string quoteStart, params string[] paragraphs)
    {
        var analysis = TestArticles.AnalyzeOne(paragraphs);
        return Assert.Single(analysis.Quotes, q => q.Variants.Any(v => v.Text.StartsWith(quoteStart, StringComparison.Ordinal))).Speaker;
    }

    private static string Entities(StoryAnalysis analysis) => string.Join("; ", analysis.Entities.Select(e => $"{e.Name}={e.Type}"));

    private static string Blocks(IEnumerable<PageBlock> blocks) => string.Join(" || ", blocks.Select(b => b.Text));

    // ---------------------------------------------------------------- sole measures (ConflictDetector)

    [Fact(Skip = "Open: two measures of one family with the same word after them ('20 feet high', '9 metres high') fill one slot in sentences this alike; telling the measured things apart (a wave, a wall) needs the noun phrase that owns the measure. Feet and metres became convertible in this session, which exposed it.")]
    public void the_height_of_a_wave_is_not_the_height_of_the_wall_it_broke_over()
    {
        // Each article gives one length only: the wave's height in feet in one, the sea wall's in metres in the other.
        // "high" follows both and the sentences share "sea" and "wall", so SoleMeasuresOfOneThing takes them for sole
        // measures of one thing (20 ft is 6.1 m against 9 m); a reader sees two things, a wave and a wall.
        var comparison = Values(
            ["A wave 20 feet high broke over the sea wall at Kesselby on Sunday night and flooded the harbour road."],
            ["The sea wall at Kesselby, 9 metres high, was finished only last spring, the council said."]);

        Assert.False(comparison.Conflicts.Any(c => Shows(c, "20 feet", "9 metres")), Describe(comparison));
    }

    [Fact(Skip = "Open: as for the wave and the wall, '40mm of rain' and '2 inches of rain' meet through the shared word after them; the periods they are measured over ('in a single hour', 'over the whole weekend') are not read. Millimetres and inches became convertible in this session.")]
    public void rain_in_one_hour_is_not_rain_over_the_weekend()
    {
        // Two amounts of rain for two periods ("in a single hour" against "over the whole weekend"), each its article's
        // only length: "rain" follows both and "rain fell" is shared, the periods tell the slots apart. A reader sees no
        // contradiction in the amounts. (A date conflict between "Sunday afternoon" and "the weekend" is another matter
        // and is not what this probe checks.)
        var comparison = Values(
            ["Some 40mm of rain fell on Kesselby in a single hour on Sunday afternoon, the weather office said."],
            ["The weather office said 2 inches of rain fell on Kesselby over the whole weekend, most of it on Saturday night."]);

        Assert.False(comparison.Conflicts.Any(c => !c.About.StartsWith("when ", StringComparison.Ordinal) && Shows(c, "40mm", "2 inches")), Describe(comparison));
    }

    [Fact]
    public void seventy_miles_an_hour_rounded_to_110_kph_is_no_conflict()
    {
        // 70 mph is 112.7 kph, and writers round it to "110kph" (2.4% off). The new speed units are converted, but two
        // converted measures are one only within 1% (the 0.01 test after InOneUnit in NumberSlotMatch), so the rounding
        // is a conflict.
        var comparison = Values(
            ["The ferry was doing 70mph when it hit the pier at Kesselby, investigators said."],
            ["Investigators said the ferry was doing 110kph when it hit the pier at Kesselby."]);

        Assert.False(comparison.Conflicts.Any(c => Shows(c, "70mph", "110kph")), Describe(comparison));
    }

    [Fact]
    public void one_speed_in_miles_and_in_kilometres_an_hour_is_no_conflict()
    {
        // Guard: "70mph" and "113 kph" are one speed (113 kph is 70.2 mph); the conversion must join them. (At d398110,
        // before mph and kph were units, these two were reported as a conflict.)
        var comparison = Values(
            ["The ferry was doing 70mph when it hit the pier at Kesselby, investigators said."],
            ["Investigators said the ferry was doing 113 kph when it hit the pier at Kesselby."]);

        Assert.False(comparison.Conflicts.Any(c => Shows(c, "70mph", "113 kph")), Describe(comparison));
    }

    // ---------------------------------------------------------------- counts without their noun (ConflictDetector)

    [Fact]
    public void eleven_of_the_crew_winched_up_is_not_fourteen_passengers_winched_up()
    {
        // "Of the crew, 11 were winched to safety" counts crew; "14 passengers were winched to safety" counts passengers.
        // The elided-noun rule (NumberSlotMatch, ElidesNoun) asks only that what befell them be the same, so crew meet
        // passengers. Built like the commit's own "Nineteen were winched" case, with the group named before the count.
        var comparison = Values(
            ["As the Orrin ferry listed in the gale, 14 passengers were winched to safety on Saturday night."],
            ["Of the crew, 11 were winched to safety by the coastguard helicopter before dawn, the rest stayed aboard."]);

        Assert.False(comparison.Conflicts.Any(c => Shows(c, "14 passengers", "11 were winched")), Describe(comparison));
    }

    [Fact]
    public void pier_number_three_is_no_count_of_piers()
    {
        // "Pier 3 was damaged" names a pier; "two piers were damaged" counts piers. ElidesNoun takes any number straight
        // before "was" for a count with its noun left out ("Platform 4 was closed", "Route 9 was cut" alike).
        var comparison = Values(
            ["As the storm hit Kesselby harbour on Saturday night, two piers were damaged."],
            ["Pier 3 was damaged before dawn, and the ferry moved to the north quay."]);

        Assert.False(comparison.Conflicts.Any(c => Shows(c, "two piers", "Pier 3")), Describe(comparison));
    }

    // ---------------------------------------------------------------- unwrapping (ScrapedTextBlockReader)

    /// <summary>
    /// A page saved one paragraph a line (blank lines between paragraphs), with a caption, a byline and a list of
    /// related headlines of about one length. Nothing on it is hard-wrapped.
    /// </summary>
    private const string PageWithRelatedList = """
        Kesselby council approves new breakwater after two years of debate
        The old breakwater at Kesselby, seen from the lighthouse on Monday morning. (Photo: L. Varg/Tideline Pictures)
        By Ilse Varg
        Published 6 May 2031
        Kesselby town council voted on Tuesday to build a new breakwater at the mouth of the harbour, ending two years of argument over the cost and the route of the wall.

        The harbour master, Eskil Brandvold, told councillors that the old wall could not survive another winter of storms like the last, and that the fishing fleet would be at risk.

        Work is due to begin in September and to take three years, the council said.
        Share this article
        Related stories
        Kesselby ferry fares to rise by a tenth from June, operator says
        Fishermen protest outside Kesselby town hall over new quota rules
        Storm damage to the Kesselby promenade will cost millions to fix
        Kesselby lifeboat crew honoured for rescue of stranded trawler
        New bus route links Kesselby harbour with the railway station
        """;

    [Fact]
    public void a_list_of_related_headlines_does_not_make_a_one_line_a_paragraph_page_hard_wrapped()
    {
        // The related headlines (61-65 characters), the title (66) and the last, short paragraph (76) make six "full" lines
        // at width 76, half of the lines of 30 characters or more: the page reads as hard-wrapped. Every line longer than
        // that is then joined to the line after it when no blank line follows: the caption swallows the byline, the last
        // paragraph swallows "Share this article". A reader expects each line to stay a block.
        var blocks = ScrapedTextBlockReader.Read(PageWithRelatedList);

        Assert.True(blocks.Any(b => b.Text == "Kesselby council approves new breakwater after two years of debate"), Blocks(blocks));
        Assert.True(blocks.Any(b => b.Text == "By Ilse Varg"), Blocks(blocks));
        Assert.True(blocks.Any(b => b.Text == "Work is due to begin in September and to take three years, the council said."), Blocks(blocks));
    }

    [Fact]
    public void lines_of_verse_quoted_in_an_article_stay_apart()
    {
        // A poem read at a funeral, quoted line by line, between paragraphs on one line each (all longer than 100
        // characters). The six verse lines (42-48 characters) and the title (51) make the page read as hard-wrapped at
        // 51, and a verse line within a word of that width is joined to the next. A reader expects verse lines apart.
        const string page = """
            Kesselby says farewell to the skipper of the Marisa

            Hundreds of people lined the harbour road in Kesselby on Saturday for the funeral of Dovin Marke, the skipper of the trawler Marisa, who drowned when it sank last month.

            His daughter, Aina Marke, read a poem her father had written for the crew, which was printed on the order of service:

            The tide goes out along the Kesselby shore,
            and takes the boats beyond the harbour light;
            we wait for them as we have waited before,
            and count the lamps returning through the night.
            The sea is wide, the nets are cold and grey,
            but every morning brings them home to stay.

            The service ended with the lifeboat crew sounding the harbour horn three times as the coffin was carried along the quay.
            """;
        var blocks = ScrapedTextBlockReader.Read(page);

        foreach (var verse in new[]
        {
            "The tide goes out along the Kesselby shore,", "and takes the boats beyond the harbour light;", "we wait for them as we have waited before,",
            "and count the lamps returning through the night.", "The sea is wide, the nets are cold and grey,", "but every morning brings them home to stay.",
        })
        {
            Assert.True(blocks.Any(b => b.Text == verse), verse + " :: " + Blocks(blocks));
        }
    }

    [Fact]
    public void wire_copy_wrapped_at_70_with_one_longer_line_is_still_unwrapped()
    {
        // Hard-wrapped at 70 columns, with one rights line of 88 characters at the foot. The wrap width is taken as the
        // longest line up to 100 characters, so one longer line moves it to 88 and the 70-column lines are not "full":
        // nothing is unwrapped. A reader expects the paragraphs whole, as without the rights line.
        const string page = """
            KESSELBY-BREAKWATER/VOTE

            Kesselby council approves new breakwater after two years of debate

            KESSELBY, May 6 (Tideline) - Kesselby town council voted on Tuesday
            to build a new breakwater at the mouth of the harbour, ending two
            years of argument over the cost and the route of the new stone wall,
            the mayor said after the meeting in the town hall on the quayside.

            The harbour master, Eskil Brandvold, told councillors that the old
            wall could not survive another winter of storms like the last one,
            and that the fishing fleet moored behind it would be put at risk.

            Copyright 2031 Tideline News Agency. All rights reserved. Republication prohibited.
            """;
        var blocks = ScrapedTextBlockReader.Read(page);

        Assert.True(blocks.Any(b => b.Text.StartsWith("KESSELBY, May 6 (Tideline) - Kesselby town council voted on Tuesday to build", StringComparison.Ordinal)
            && b.Text.EndsWith("on the quayside.", StringComparison.Ordinal)), Blocks(blocks));
    }

    // ---------------------------------------------------------------- lone-article cut (OnlineStoryClusterer.Stands)

    private static readonly ClusterDocument FirstReport = new("first", "Kesselby trawler Marisa sinks in gale, two fishermen rescued", """
        The Kesselby trawler Marisa sank in a north-westerly gale on Friday night about eleven miles off Orrin Head, and two of her crew were pulled from the water by the Kesselby lifeboat.
        Skipper Dovin Marke and deckhand Tarek Olsby are still missing. The coastguard searched through the night with a helicopter from Tarnwick and called off the search at dawn on Saturday.
        The Marisa, built in 1988, was owned by Marke's family and fished for cod and haddock out of Kesselby harbour. Harbour master Eskil Brandvold said the town was in shock.
        """, new DateOnly(2031, 5, 2));

    private static ClusterDocument Weekly(string id, string title, string text, int day) => new(id, title, text, new DateOnly(2031, 5, day));

    [Fact]
    public void three_weekly_retellings_days_later_keep_the_first_report_of_the_same_sinking()
    {
        // Three weekly papers retell the same sinking five to six days after it; the first daily report words it its own
        // way. The date gap alone (more than three days from every dated retelling) now lets the first report be cut out
        // alone, though it tells the same event: same trawler, skipper, crew, lifeboat and figures.
        ClusterDocument[] documents =
        [
            FirstReport,
            Weekly("w1", "Kesselby mourns skipper and deckhand lost with the Marisa", """
                Kesselby is mourning skipper Dovin Marke and deckhand Tarek Olsby, lost when the trawler Marisa went down off Orrin Head last Friday night.
                Two other crew were rescued by the Kesselby lifeboat. Harbour master Eskil Brandvold said flags in the harbour would fly at half mast all week.
                A memorial service will be held at the harbour chapel, and a fund for the families has raised money from across the coast.
                """, 7),
            Weekly("w2", "Town grieves for the Marisa's lost skipper and deckhand", """
                Flags flew at half mast in Kesselby harbour this week for skipper Dovin Marke and deckhand Tarek Olsby, lost with the trawler Marisa off Orrin Head last Friday.
                The Kesselby lifeboat rescued two other crew. Harbour master Eskil Brandvold said the town would hold a memorial service at the harbour chapel.
                A fund for the families has raised money from across the coast.
                """, 8),
            Weekly("w3", "Memorial service for Marisa crew at Kesselby harbour chapel", """
                A memorial service for skipper Dovin Marke and deckhand Tarek Olsby, lost with the trawler Marisa off Orrin Head last Friday, will be held at the harbour chapel in Kesselby.
                Harbour master Eskil Brandvold said flags in the harbour would stay at half mast. Two other crew were rescued by the Kesselby lifeboat.
                A fund for the families has raised money from across the coast.
                """, 8),
        ];

        Assert.Single(OnlineStoryClustererTests.Cluster(documents));
    }

    [Fact]
    public void a_long_look_back_at_the_sinking_four_days_on_stays_with_the_sinking()
    {
        // Three reports of the sinking (2-3 May), then a long piece on 7 May that retells the same night (same trawler,
        // same two men lost, the lifeboat's rescue) and the first days of the inquiry. With dates, it joins the story
        // and the size-4 check cuts it out alone, as it is more than three days from every report; without dates, or
        // when it comes first in the stream, it stays. A reader files it with the sinking.
        static ClusterDocument Day(string id, string title, string text, int day) => new(id, title, text, new DateOnly(2031, 5, day));
        ClusterDocument[] documents =
        [
            Day("a", "Trawler Marisa sinks off Orrin Head, two crew missing", """
                The Kesselby trawler Marisa sank off Orrin Head on Friday night, and skipper Dovin Marke and deckhand Tarek Olsby are missing.
                Two other crew were pulled from the water by the Kesselby lifeboat. The coastguard searched through the night with a helicopter.
                Harbour master Eskil Brandvold said the Marisa had radioed that she was taking on water shortly before 10pm.
                """, 2),
            Day("b", "Kesselby lifeboat saves two as trawler Marisa goes down", """
                Two fishermen were rescued by the Kesselby lifeboat after the trawler Marisa went down off Orrin Head on Friday night.
                The skipper, Dovin Marke, and deckhand Tarek Olsby have not been found. A coastguard helicopter searched until dawn.
                The Marisa radioed shortly before 10pm that she was taking on water, harbour master Eskil Brandvold said.
                """, 2),
            Day("c", "Search for missing Marisa crew called off", """
                The coastguard called off the search on Saturday for skipper Dovin Marke and deckhand Tarek Olsby, missing since the trawler Marisa sank off Orrin Head.
                The Kesselby lifeboat rescued two other crew on Friday night. The Marisa had radioed shortly before 10pm that she was taking on water.
                Harbour master Eskil Brandvold said the town was in shock.
                """, 3),
            Day("w", "Days on, Kesselby asks how the Marisa was lost", """
                Last Friday the trawler Marisa left Kesselby harbour on a calm evening. By ten that night she was on the bottom off Orrin Head, and two of the men aboard, Dovin Marke and Tarek Olsby, were gone.
                Fishermen in the town say the boat, built in 1988, had been due for a refit that her owners kept putting off. Questions about her pumps and her hatches are being asked in every bar on the quay.
                The marine accident investigators arrived on Wednesday and have begun interviewing the two survivors, whom the lifeboat crew pulled from the sea. Eskil Brandvold, the harbour master, says he wants answers before the autumn fishing starts.
                """, 7),
        ];

        Assert.Single(OnlineStoryClustererTests.Cluster(documents));
    }

    // ---------------------------------------------------------------- statements in someone's name (QuoteExtractor)

    [Fact]
    public void a_charity_set_up_in_his_name_speaks_for_itself()
    {
        // "in his name" here says whom the charity is named after, not that it gives out his words; he is dead. The
        // statement is the trust's. InTheNameOf scans every word of the clause, so the pronoun's person takes the quote.
        var speaker = SpeakerOf("We are heartbroken",
            "Skipper Tomas Marke drowned when the trawler Marisa sank off Orrin Head last month.",
            "A charity set up in his name, the Marke Fishermen's Trust, said: \u201CWe are heartbroken that the sea has taken two more men this year.\u201D");

        Assert.Equal("Marke Fishermen's Trust", speaker);
    }

    [Fact]
    public void a_person_named_in_a_clause_after_the_speaker_is_not_the_speaker()
    {
        // '..., said the company, blaming former skipper Tarek Olsby for the delay.': the words after the comma are a
        // participle clause, not an apposition naming who holds a role. The new rule (SpeakerAfter) takes the first person
        // between that comma and the next punctuation whenever the phrase after "said" names no person itself.
        var speaker = SpeakerOf("We have done everything",
            "Vestra Shipping, which owns the trawler Marisa, said the repairs would take until June.",
            "Mr Tarek Olsby, a fisherman, had sailed her for ten years.",
            "\u201CWe have done everything we could,\u201D said the company, blaming former skipper Tarek Olsby for the delay.");

        Assert.Equal("Vestra Shipping", speaker);
    }

    [Fact]
    public void the_company_can_be_a_company_with_wire_in_its_name()
    {
        // "Kessel Wire Industries" makes mooring cable; "wire" is a media word, so NamesMedium bars it from "the company",
        // though no news medium is named in the article at all.
        var speaker = SpeakerOf("The cable met",
            "A mooring line snapped at Kesselby harbour on Friday and the trawler Marisa drifted onto the rocks.",
            "Kessel Wire Industries, which made the line, said it had been tested in March.",
            "In a statement, the company said: \u201CThe cable met every standard when it left our works.\u201D");

        Assert.Equal("Kessel Wire Industries", speaker);
    }

    // ---------------------------------------------------------------- dateline places and possessives (EntityRecognizer)

    [Fact]
    public void an_acronym_opening_a_sentence_with_a_dash_after_it_is_no_dateline_place()
    {
        // "ORCA - the Orrin Coastal Research Association - said ..." opens with an organisation's acronym, in capitals,
        // with a dash two tokens on: IsDatelinePlace gives it three place votes.
        var analysis = TestArticles.AnalyzeOne(
            "ORCA - the Orrin Coastal Research Association - said on Monday that the seal colony at Kesselby had doubled in ten years.",
            "ORCA counted 412 seals on the sandbanks in April, the association said.");

        Assert.DoesNotContain(analysis.Entities, e => (e.Name == "ORCA" || e.Aliases.Contains("ORCA")) && e.Type == EntityType.Location);
    }

    [Fact]
    public void an_all_caps_label_before_a_dash_is_no_place()
    {
        // "EXCLUSIVE - ..." and "UPDATE 2 - ..." are wire labels, not towns; IsDatelinePlace only asks for capitals at the
        // sentence start and a dash within 12 tokens, so each is made a place.
        var exclusive = TestArticles.AnalyzeOne(
            "EXCLUSIVE - Kesselby harbour master Eskil Brandvold quits over breakwater row.",
            "Brandvold told the Kesselby Courier he had lost faith in the council.");
        var update = TestArticles.AnalyzeOne(
            "UPDATE 2 - Ferry sinks off Kesselby, all crew rescued.",
            "All 16 crew of the ferry Marisa were rescued on Friday.");

        Assert.DoesNotContain(exclusive.Entities, e => e.Name == "EXCLUSIVE" && e.Type == EntityType.Location);
        Assert.DoesNotContain(update.Entities, e => e.Name == "UPDATE" && e.Type == EntityType.Location);
    }

    [Fact]
    public void a_town_before_a_possessive_after_in_is_still_a_place()
    {
        // "worst in Tarnwick's old town", its only mention: the possessive rule meant for "in Vedlund's kit bag" takes the
        // place cue from every place in the possessive ("in Tarnwick's harbour", "in Orrinland's north").
        var analysis = TestArticles.AnalyzeOne(
            "Flooding was worst in Tarnwick's old town, where the river burst its banks on Sunday night.");

        Assert.Equal(EntityType.Location, TestArticles.EntityNamed(analysis, "Tarnwick").Type);
    }

    [Fact]
    public void a_dateline_place_with_a_two_letter_word_is_a_place()
    {
        // "LA VESTRA, Orrinland, May 3 (Tideline) -": a dateline place of two words, one of two letters. IsDatelinePlace
        // asks every word to be three letters or more, so the commonest two-word dateline towns ("LA", "EL", "ST") miss.
        var analysis = TestArticles.AnalyzeOne(
            "LA VESTRA, Orrinland, May 3 (Tideline) - A cargo ship lost 30 containers in a gale off the coast on Friday night.");

        Assert.True(analysis.Entities.Any(e => (e.Name == "LA VESTRA" || e.Aliases.Contains("LA VESTRA")) && e.Type == EntityType.Location), Entities(analysis));
    }

    // ---------------------------------------------------------------- schedule markers (ScheduledEventDetector)

    [Fact]
    public void yet_as_a_conjunction_does_not_keep_a_tow_from_being_done()
    {
        // "It was still blowing a gale, yet a lifeboat crew towed the trawler ...": "yet" is a schedule marker and
        // schedule markers also block a past form within four words, so the tow is no longer read as done and the
        // conflict with "expected to be towed" is lost.
        var comparison = StoryFixtures.CompareAnalyzed(
            Early("a1", "The trawler Marisa is expected to be towed into Kelmouth harbour by a lifeboat crew on Saturday."),
            Early("a2", "It was still blowing a gale, yet a lifeboat crew towed the trawler Marisa into Kelmouth harbour early on Saturday."));

        Assert.Single(Scheduled(comparison));
    }

    [Fact]
    public void the_largest_ship_yet_to_dock_is_not_waiting_to_dock()
    {
        // "the largest ship yet to dock at Kelmouth" means the largest so far to have docked; it is no pending docking,
        // and the other retelling's "docked" does not contradict it.
        var comparison = StoryFixtures.CompareAnalyzed(
            Early("a1", "The Marisa, the largest container ship yet to dock at Kelmouth harbour, unloaded its cargo on Saturday."),
            Early("a2", "The container ship Marisa docked at Kelmouth harbour on Saturday and unloaded its cargo."));

        Assert.Empty(Scheduled(comparison));
    }
}
