using Crosscheck.Extraction;
using Crosscheck.Sources;

namespace Crosscheck.Tests.Extraction;

/// <summary>How the cleaner reads a page saved as plain text: what it keeps, what it drops, what it recovers.</summary>
public sealed class ScrapedTextCleanerTests
{
    private const string Page = """
        Regions
        - Coast

        Ferry strike halts crossings to Marrow Island for a second day

        4 min read
        Ferry strike halts crossings to Marrow Island for a second day
        Passengers wait at the closed terminal in Port Selden on Tuesday. (Photo: K. Amsel/Tideline Pictures)
        byRuth Okonkwo
        Published: 14 May 2025, 09:12
        Port Selden | 14.05.2025 | 2,311 viewsCrossings between Port Selden and Marrow Island were suspended for a second day on Wednesday as ferry crews extended their strike over staffing.

        The Marrow Ferry Company said fewer than half of its scheduled sailings would run before Friday, and urged islanders to postpone travel that was not urgent.

        Harbour master Tobias Lund told reporters that the port could hold the idle vessels "for as long as it takes", but warned that fuel deliveries to the island would soon run short.

        What the union wants
        The crews' union is asking for two extra deckhands on every sailing, a demand the company calls unaffordable in a year of rising costs.

        Council approves new bus lanes for the old town after heated debate

        Talks are due to resume on Thursday under a mediator appointed by the regional transport office.

        Share on Facebook
        Comments (14)
        Ruth Okonkwo is a correspondent for the Selden Courier covering transport and the islands.

        Read more
        A new bakery on the harbour front sold out of rye bread within an hour of opening on Saturday morning.
        © 2025 Selden Courier Media. All rights reserved.
        We use cookies to improve your experience. Accept all
        """;

    [Fact]
    public void The_line_a_byline_signs_is_the_headline_not_the_masthead_above_the_menu()
    {
        // The masthead's words are all in the story ("Orrin" is where it happens, "told the Lamplighter"); the headline
        // under the section label is the line the byline and the date sign.
        var page = Clean("""
            The Orrin Lamplighter
            Home  |  Nation  |  Business  |  Sport
            BUSINESS

            Ferry fares set to climb after Orrin fuel shortage
            By Mira Castell, Business reporter
            9 March 2031

            Travellers should expect to pay more for a crossing within weeks, operators said on Monday, after a shortage of fuel at Orrin harbour cut sailings by half.

            The harbour master told the Lamplighter that deliveries would resume on Thursday, but that the backlog would take a fortnight to clear in Orrin.

            Copyright The Orrin Lamplighter 2031. All rights reserved.
            """);

        Assert.Equal("Ferry fares set to climb after Orrin fuel shortage", page.Title);
    }

    [Fact]
    public void A_tagline_under_the_masthead_is_no_headline_with_a_dek()
    {
        // The headline under the menu is not the tagline's standfirst: a dek follows its headline directly.
        var page = Clean("""
            THE ORRIN LAMPLIGHTER
            Serving Orrin and the Selden coast since 1902
            News | Harbour | Parish notices | Sport

            Harbour cranes idle at Orrin as fuel runs out

            By Mira Castell
            Monday 9 March 2031, 17:45

            Two of the three cranes at Orrin harbour stood idle on Monday after the port ran out of diesel, and the harbour board warned that the third would stop by Wednesday.

            Ships waiting off the Selden coast were told to expect delays of up to four days, according to people at the harbour.
            """);

        Assert.Equal("Harbour cranes idle at Orrin as fuel runs out", page.Title);
    }

    private static CleanPage Clean(string text) => new BoilerplateClassifier().Classify(ScrapedTextBlockReader.Read(text));

    [Fact]
    public void Keeps_every_body_paragraph_in_order_including_subheadings()
    {
        var page = Clean(Page);
        Assert.Equal<string>(
            [
                "Crossings between Port Selden and Marrow Island were suspended for a second day on Wednesday as ferry crews extended their strike over staffing.",
                "The Marrow Ferry Company said fewer than half of its scheduled sailings would run before Friday, and urged islanders to postpone travel that was not urgent.",
                "Harbour master Tobias Lund told reporters that the port could hold the idle vessels \"for as long as it takes\", but warned that fuel deliveries to the island would soon run short.",
                "What the union wants",
                "The crews' union is asking for two extra deckhands on every sailing, a demand the company calls unaffordable in a year of rising costs.",
                "Talks are due to resume on Thursday under a mediator appointed by the regional transport office.",
            ],
            page.Body);
    }

    /// <summary>A wire story hard-wrapped at 70 columns, as wire copy and mail archives are.</summary>
    private const string WrappedWire = """
        MARROW-FERRY/STRIKE (UPDATE 1)

        Ferry crews at Marrow Island vote to extend strike into next week

        By Hedda Lindqvist
        14 May 2025 16:05 GMT

        PORT SELDEN, May 14 (Tideline) - Ferry crews serving Marrow Island
        voted on Wednesday to extend their strike into next week, after talks
        with the Marrow Ferry Company over staffing broke down for a second
        time, their union said.

        The company said it would run a reduced timetable of four crossings a
        day with managers on deck, and urged islanders to postpone well-
        planned trips that were not urgent.

        Talks are due to resume on Monday.

        (Reporting by Hedda Lindqvist; Editing by Aron Fell)
        """;

    [Fact]
    public void A_page_hard_wrapped_at_a_fixed_width_is_read_in_whole_paragraphs()
    {
        var page = Clean(WrappedWire);

        Assert.Equal<string>(
            [
                "PORT SELDEN, May 14 (Tideline) - Ferry crews serving Marrow Island voted on Wednesday to extend their strike into next week, after talks with the Marrow Ferry Company over staffing broke down for a second time, their union said.",
                "The company said it would run a reduced timetable of four crossings a day with managers on deck, and urged islanders to postpone well-planned trips that were not urgent.",
                "Talks are due to resume on Monday.",
            ],
            page.Body);
        Assert.Equal("Ferry crews at Marrow Island vote to extend strike into next week", page.Title);
    }

    [Fact]
    public void Short_lines_of_a_page_that_is_not_wrapped_stay_apart()
    {
        // Guard: a menu, a byline and a date on lines of their own are not one paragraph, and neither are one-line paragraphs.
        var blocks = ScrapedTextBlockReader.Read(Page);

        Assert.Contains(blocks, b => b.Text == "Regions");
        Assert.Contains(blocks, b => b.Text == "Talks are due to resume on Thursday under a mediator appointed by the regional transport office.");
        Assert.DoesNotContain(blocks, b => b.Text.Contains("Regions - Coast", StringComparison.Ordinal));
    }

    [Fact]
    public void Recovers_title_author_outlet_and_stated_date()
    {
        var page = Clean(Page);
        Assert.Equal("Ferry strike halts crossings to Marrow Island for a second day", page.Title);
        Assert.Equal("Ruth Okonkwo", page.Author);
        Assert.Equal("Selden Courier", page.Outlet);
        Assert.Equal(new DateOnly(2025, 5, 14), page.Published);
    }

    [Theory]
    [InlineData("SELDEN FERRY AND ISLAND NEWS — CROSSINGS SERVICE")]
    [InlineData("Ferry crossings and strike updates from 1 crown a week | Log in")]
    [InlineData("Radio Selden · 98.4 FM · Ferry strike: crossings live")]
    [InlineData("SELDEN COURIER — Home / Ferry / Strike / Crossings")]
    [InlineData("SELDEN ISLANDER — Ferry and Crossings Edition")]
    [InlineData("TICKER: Marrow Island crossings suspended — ferry crews extend strike — union talks on Thursday")]
    [InlineData("BREAKING: Ferry crews extend strike over deckhands, Marrow Island crossings suspended")]
    public void A_masthead_or_menu_line_above_the_headline_is_not_the_title(string siteLine)
    {
        var page = Clean($$"""
            {{siteLine}}

            Ferry crews extend strike as Marrow Island crossings stay shut

            By Ruth Okonkwo

            Crossings between Port Selden and Marrow Island were suspended for a second day on Wednesday as ferry crews extended their strike over staffing.

            The crews' union is asking for two extra deckhands on every sailing, a demand the ferry company calls unaffordable in a year of rising costs.

            Talks between the union and the ferry company are due to resume on Thursday under a mediator appointed by the regional transport office.
            """);

        Assert.Equal("Ferry crews extend strike as Marrow Island crossings stay shut", page.Title);
    }

    [Fact]
    public void An_alert_label_on_the_only_headline_keeps_it_the_title()
    {
        var page = Clean("""
            BREAKING: Ferry crews extend strike over deckhands

            Crossings between Port Selden and Marrow Island were suspended for a second day on Wednesday as ferry crews extended their strike over staffing.

            The crews' union is asking for two extra deckhands on every sailing, a demand the ferry company calls unaffordable in a year of rising costs.
            """);

        Assert.Equal("BREAKING: Ferry crews extend strike over deckhands", page.Title);
    }

    [Theory]
    [InlineData("Selden Courier • Your island, your news • Since 1894", "Ruth Okonkwo, Chief Reporter | 14 May 2031, 21:05", "Selden Courier")]
    [InlineData("The Selden Courier | English edition", "Ruth Okonkwo, island desk — 14 May 2031", "The Selden Courier")]
    [InlineData("Selden Courier • Your island, your news • Since 1894", "Ruth Okonkwo | Transport editor | 14/05/2031", "Selden Courier")]
    public void A_masthead_and_a_byline_cut_into_fields_give_the_outlet_and_the_author(string masthead, string byline, string outlet)
    {
        var page = Clean($$"""
            {{masthead}}

            Ferry crews extend strike as Marrow Island crossings stay shut

            {{byline}}

            Crossings between Port Selden and Marrow Island were suspended for a second day on Wednesday as ferry crews extended their strike over staffing.

            The crews' union is asking for two extra deckhands on every sailing, a demand the ferry company calls unaffordable in a year of rising costs.
            """);

        Assert.Equal(outlet, page.Outlet);
        Assert.Equal("Ruth Okonkwo", page.Author);
        Assert.Equal(new DateOnly(2031, 5, 14), page.Published);
    }

    [Fact]
    public void A_masthead_wins_over_a_copyright_holder_that_shortens_its_name()
    {
        var page = Clean("""
            THE SELDEN REGISTER
            Home | Island | Ferries | Opinion

            Ferry crews extend strike as Marrow Island crossings stay shut

            Crossings between Port Selden and Marrow Island were suspended for a second day on Wednesday as ferry crews extended their strike over staffing.

            The crews' union is asking for two extra deckhands on every sailing, a demand the ferry company calls unaffordable in a year of rising costs.

            The Selden Register. News from the island since 1901.
            Copyright (c) 2031 Register Publishing.
            """);

        Assert.Equal("The Selden Register", page.Outlet);
    }

    /// <summary>A short strike story with <paramref name="masthead"/> and a menu above its headline and <paramref name="footer"/> after it.</summary>
    private static CleanPage PageUnderMasthead(string masthead, string footer) => Clean($$"""
        {{masthead}}
        Home | Island | Ferries | Opinion

        Ferry crews extend strike as Marrow Island crossings stay shut

        Crossings between Port Selden and Marrow Island were suspended for a second day on Wednesday as ferry crews extended their strike over staffing.

        The crews' union is asking for two extra deckhands on every sailing, a demand the ferry company calls unaffordable in a year of rising costs.

        {{footer}}
        """);

    [Theory]
    [InlineData("THE SELDEN REGISTER - news from the island since 1901", "(c) The Selden Register 2031. Reproduction without permission prohibited.", "The Selden Register")]
    [InlineData("ISLANDWIRE | the ferry trade daily", "IslandWire is read by 9,000 mariners. Advertise | Subscribe", "IslandWire")]
    [InlineData("CourtWatch :: courts, ports and prisons", "(c) CourtWatch 2031", "CourtWatch")]
    [InlineData("IRT NEWS - Island Radio and Television", "(c) IRT 2031 - public service media", "IRT News")]
    [InlineData("SELDEN METRO · free every weekday", "Selden Metro is printed on recycled paper. Please recycle it again.", "Selden Metro")]
    [InlineData("The Bramble — news for the islands", "The Bramble is reader-funded. About The Bramble | Privacy", "The Bramble")]
    public void A_masthead_before_a_lower_case_tagline_names_the_outlet_in_the_case_the_page_prints_it(string masthead, string footer, string outlet)
    {
        var page = PageUnderMasthead(masthead, footer);

        Assert.Equal(outlet, page.Outlet);
    }

    [Theory]
    [InlineData("SELDEN ISLANDER — English Edition", "Selden Islander English Edition · Subscribe for 2 crowns a month", "Selden Islander English Edition")]
    [InlineData("Radio Selden | News", "Radio Selden News. © Radio Selden 2031", "Radio Selden")]
    public void A_masthead_cut_into_fields_is_its_first_field_or_else_the_fields_the_footer_prints_as_one_name(string masthead, string footer, string outlet)
    {
        var page = PageUnderMasthead(masthead, footer);

        Assert.Equal(outlet, page.Outlet);
        Assert.Equal("Ferry crews extend strike as Marrow Island crossings stay shut", page.Title);
    }

    /// <summary>The strike story under <paramref name="masthead"/>, with the outlet named in its own prose as an interviewer.</summary>
    private static CleanPage PageNamingItselfInProse(string masthead, string outlet) => Clean($$"""
        {{masthead}}

        Ferry crews extend strike as Marrow Island crossings stay shut

        Crossings between Port Selden and Marrow Island were suspended for a second day on Wednesday as ferry crews extended their strike over staffing.

        "We are not asking for the moon," a deckhand told {{outlet}} at the quay.

        The ferry company's chief executive told {{outlet}} that two extra deckhands on every sailing were unaffordable in a year of rising costs.
        """);

    [Theory]
    [InlineData("RADIO SELDEN 101.4", "Radio Selden", "Radio Selden")]
    [InlineData("SELDEN FM 97.2 - the island's station", "Selden FM", "Selden FM")]
    [InlineData("RADIO SELDEN NEWS", "Radio Selden", "Radio Selden")]
    [InlineData("Porthwire > News > Islands", "Porthwire", "Porthwire")]
    public void A_station_frequency_a_section_word_and_a_breadcrumb_trail_are_no_part_of_the_outlet_the_prose_names(string masthead, string inProse, string outlet) =>
        Assert.Equal(outlet, PageNamingItselfInProse(masthead, inProse).Outlet);

    [Fact]
    public void A_breadcrumb_trail_that_the_prose_does_not_name_gives_no_outlet() =>
        // Guard: "Home" is printed nowhere after a word in lower case.
        Assert.Null(PageNamingItselfInProse("Home > News > Islands", "the Selden radio").Outlet);

    [Fact]
    public void A_kicker_in_capitals_that_the_story_repeats_in_lower_case_is_no_outlet()
    {
        var page = Clean("""
            FERRY STRIKE · what we know so far

            Ferry crews extend strike as Marrow Island crossings stay shut

            Crossings between Port Selden and Marrow Island were suspended for a second day on Wednesday as the ferry strike over staffing went on.

            The crews' union is asking for two extra deckhands on every sailing, a demand the ferry company calls unaffordable in a year of rising costs.
            """);

        Assert.Null(page.Outlet);
    }

    [Theory]
    [InlineData("Island Times - ferries and harbours news")]
    [InlineData("ISLAND NEWS - Island Radio and Television")]
    public void A_masthead_before_its_tagline_is_not_the_title(string masthead)
    {
        // The masthead's words are the body's (the outlet is quoted in it); the headline's are not.
        var page = Clean($$"""
            {{masthead}}
            [ Home ] [ Research ] [ Events ]

            Deckhand row: what happens next
            Posted by Ruth Okonkwo on May 14, 2031

            Crossings between Port Selden and Marrow Island were suspended for a second day on Wednesday as ferry crews extended their strike over staffing.

            Harbour masters contacted by Island Times and Island Radio said ferries and harbours along the coast had never been so quiet, and Island news bulletins carried little else.

            The crews' union is asking for two extra deckhands on every sailing, a demand the ferry company calls unaffordable in a year of rising costs.
            """);

        Assert.Equal("Deckhand row: what happens next", page.Title);
    }

    [Fact]
    public void A_copyright_line_that_opens_with_c_in_brackets_is_no_photo_caption()
    {
        var page = Clean("""
            Ferry crews extend strike as Marrow Island crossings stay shut

            Crossings between Port Selden and Marrow Island were suspended for a second day on Wednesday as ferry crews extended their strike over staffing.

            The crews' union is asking for two extra deckhands on every sailing, a demand the ferry company calls unaffordable in a year of rising costs.

            (c) Selden Courier 2031. Reproduction without permission prohibited.
            """);

        Assert.Equal("Selden Courier", page.Outlet);
    }

    /// <summary>A short strike story with <paramref name="line"/> between its headline and its first paragraph.</summary>
    private static CleanPage PageUnderHeadline(string line) => Clean($$"""
        Ferry crews extend strike as Marrow Island crossings stay shut

        {{line}}

        Crossings between Port Selden and Marrow Island were suspended for a second day on Wednesday as ferry crews extended their strike over staffing.

        The crews' union is asking for two extra deckhands on every sailing, a demand the ferry company calls unaffordable in a year of rising costs.
        """);

    [Theory]
    [InlineData("Words: Ruth Okonkwo")]
    [InlineData("Ruth Okonkwo · 14/05/2031 09:12")]
    [InlineData("Ruth Okonkwo-Brand · 14 May 2031")]
    [InlineData("Ruth Okonkwo, Selden Wire · 14 May 2031, 13:05")]
    public void A_byline_label_or_a_name_beside_its_date_names_the_author(string byline)
    {
        var page = PageUnderHeadline(byline);

        Assert.StartsWith("Ruth Okonkwo", page.Author, StringComparison.Ordinal);
        Assert.DoesNotContain(page.Body, p => p.Contains("Ruth", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Reporting: Ruth Okonkwo, Selden Radio News")]
    [InlineData("Report: Ruth Okonkwo, Port Selden — 14.05.2031")]
    [InlineData("By Ruth Okonkwo, Marrow Island")]
    public void A_reporting_label_names_the_author_without_the_outlet_or_the_place_after_the_comma(string byline)
    {
        var page = PageUnderHeadline(byline);

        Assert.Equal("Ruth Okonkwo", page.Author);
        Assert.DoesNotContain(page.Body, p => p.Contains("Ruth", StringComparison.Ordinal));
    }

    [Fact]
    public void Co_authors_are_a_list_that_closes_with_and() =>
        Assert.Equal("Ruth Okonkwo, Amos Fell and Lina Sato", PageUnderHeadline("By Ruth Okonkwo, Amos Fell and Lina Sato").Author);

    [Fact]
    public void A_headline_that_opens_with_report_is_no_byline()
    {
        var page = Clean("""
            Report: Ferry Crews Were Warned Of Staffing Gaps

            Crossings between Port Selden and Marrow Island were suspended for a second day on Wednesday as ferry crews extended their strike over staffing.

            The crews' union is asking for two extra deckhands on every sailing, a demand the ferry company calls unaffordable in a year of rising costs.
            """);

        Assert.Equal("Report: Ferry Crews Were Warned Of Staffing Gaps", page.Title);
        Assert.Null(page.Author);
    }

    [Theory]
    [InlineData("Latest News · 14/05/2031 09:12")]
    [InlineData("Words can hardly describe the mood in Port Selden.")]
    public void A_site_label_beside_a_date_or_a_sentence_opening_with_words_names_no_author(string line)
    {
        var page = PageUnderHeadline(line);

        Assert.Null(page.Author);
    }

    [Fact]
    public void A_wire_credit_line_at_the_end_names_the_author()
    {
        var page = Clean("""
            Ferry crews extend strike as Marrow Island crossings stay shut

            PORT SELDEN, May 14 (IPA) - Crossings between Port Selden and Marrow Island were suspended for a second day on Wednesday as ferry crews extended their strike over staffing.

            The crews' union is asking for two extra deckhands on every sailing, a demand the ferry company calls unaffordable in a year of rising costs.

            (Reporting by Ruth Okonkwo in Port Selden; additional reporting by Amos Fell in Marrow; editing by Lina Sato)
            """);

        Assert.Equal("Ruth Okonkwo", page.Author);
    }

    [Fact]
    public void A_capitalised_word_that_begins_with_par_or_by_is_no_byline()
    {
        // "PAR" (French "par", by) and "BY" open bylines only as words of their own: "PARTNER MESSAGE" names no one.
        var page = Clean("""
            Ferry crews extend strike as Marrow Island crossings stay shut

            Crossings between Port Selden and Marrow Island were suspended for a second day on Wednesday as ferry crews extended their strike over staffing.

            --- PARTNER MESSAGE: Island Fares. Free trial for Courier readers. ---

            The crews' union is asking for two extra deckhands on every sailing, a demand the ferry company calls unaffordable in a year of rising costs.

            --- BYWAYS NEWSLETTER: Walks around Marrow Island every Friday. ---
            """);

        Assert.Null(page.Author);
    }

    [Theory]
    [InlineData("Ruth Okonkwo is transport editor of Island Weekly. She trained as a marine engineer.", "Island Weekly")]
    [InlineData("Ruth Okonkwo is a reporter at the St. Ives Island Post. She trained as a marine engineer.", "St. Ives Island Post")]
    public void An_outlet_named_in_a_bio_ends_with_its_sentence(string bio, string outlet)
    {
        var page = Clean($$"""
            Ferry crews extend strike as Marrow Island crossings stay shut

            Crossings between Port Selden and Marrow Island were suspended for a second day on Wednesday as ferry crews extended their strike over staffing.

            The crews' union is asking for two extra deckhands on every sailing, a demand the ferry company calls unaffordable in a year of rising costs.

            {{bio}}
            """);

        Assert.Equal(outlet, page.Outlet);
    }

    [Fact]
    public void The_first_part_of_a_headline_cut_into_fields_is_no_outlet()
    {
        var page = Clean("""
            Marrow Island — Ferry strike enters a second day

            Crossings between Port Selden and Marrow Island were suspended for a second day on Wednesday as ferry crews extended their strike over staffing.

            The crews' union is asking for two extra deckhands on every sailing, a demand the ferry company calls unaffordable in a year of rising costs.
            """);

        Assert.NotEqual("Marrow Island", page.Outlet);
    }

    [Theory]
    [InlineData("4 min read", FurnitureKind.ReadingTime)]
    [InlineData("Passengers wait at the closed terminal in Port Selden on Tuesday. (Photo: K. Amsel/Tideline Pictures)", FurnitureKind.Caption)]
    [InlineData("Council approves new bus lanes for the old town after heated debate", FurnitureKind.RelatedHeadline)]
    [InlineData("Share on Facebook", FurnitureKind.Share)]
    [InlineData("Ruth Okonkwo is a correspondent for the Selden Courier covering transport and the islands.", FurnitureKind.AuthorBio)]
    [InlineData("A new bakery on the harbour front sold out of rye bread within an hour of opening on Saturday morning.", FurnitureKind.Teaser)]
    [InlineData("We use cookies to improve your experience. Accept all", FurnitureKind.Legal)]
    [InlineData("Port Selden | 14.05.2025 | 2,311 views", FurnitureKind.DateLine)]
    public void Removes_furniture_and_says_why(string block, FurnitureKind kind)
    {
        var removed = Clean(Page).Removed.Single(r => r.Text == block);
        Assert.Equal(kind, removed.Kind);
    }

    [Theory]
    [InlineData("À lire aussi / Read also: Port Selden harbour wall to be raised", FurnitureKind.InlineLink)]
    [InlineData("Do you work on the ferries and know more about this story? Contact our newsroom securely.", FurnitureKind.Appeal)]
    [InlineData("You are receiving Harbour Notes because you signed up at harbournotes.example. Forward to a colleague.", FurnitureKind.Appeal)]
    [InlineData("Island Weekly is available in print and online. Subscribe at the harbour office.", FurnitureKind.Appeal)]
    [InlineData("We'll bring you more on this story in our 6pm bulletin.", FurnitureKind.Appeal)]
    [InlineData("Harbour Notes is not investment advice.", FurnitureKind.Legal)]
    [InlineData("Ferry Talk is run by passengers, for passengers. It is not affiliated with Selden Ferries.", FurnitureKind.Legal)]
    [InlineData("The Selden Register. Reporting the islands since 1901.", FurnitureKind.Legal)]
    public void Notices_after_the_article_are_furniture(string block, FurnitureKind kind)
    {
        var page = Clean($$"""
            Ferry crews extend strike as Marrow Island crossings stay shut

            Crossings between Port Selden and Marrow Island were suspended for a second day on Wednesday as ferry crews extended their strike over staffing.

            The crews' union is asking for two extra deckhands on every sailing, a demand the ferry company calls unaffordable in a year of rising costs.

            {{block}}
            """);

        Assert.Equal(kind, page.Removed.Single(r => r.Text == block).Kind);
    }

    [Theory]
    [InlineData("The ferry company, serving the islands since 1901, said it would not add deckhands.")]
    [InlineData("It was the longest strike on the crossing since 1987.")]
    public void A_sentence_that_dates_a_body_since_a_year_stays_in_the_article(string sentence)
    {
        var page = Clean($$"""
            Ferry crews extend strike as Marrow Island crossings stay shut

            Crossings between Port Selden and Marrow Island were suspended for a second day on Wednesday as ferry crews extended their strike over staffing.

            {{sentence}}

            The crews' union is asking for two extra deckhands on every sailing, a demand the ferry company calls unaffordable in a year of rising costs.
            """);

        Assert.Contains(sentence, page.Body);
    }

    [Theory]
    [InlineData("Politics | 3 March 2025, 14:05 | 1,203 viewsThe regional council voted on Monday to close the harbour bridge for repairs.", "Politics | 3 March 2025, 14:05 | 1,203 views")]
    [InlineData("NEWS • 3 min readThe mayor of Oster Vale resigned on Friday after a vote of no confidence.", "NEWS • 3 min read")]
    [InlineData("Business12.05.2025 09:142 354Officials in the port said the new crane would arrive within weeks.", "Business12.05.2025 09:142 354")]
    public void Splits_furniture_glued_to_the_first_sentence(string line, string furniture)
    {
        var parts = ScrapedTextBlockReader.SplitGluedFurniture(line).ToList();
        Assert.Equal(2, parts.Count);
        Assert.Equal(furniture, parts[0]);
        Assert.Equal(line[furniture.Length..], parts[1]);
    }

    [Theory]
    [InlineData("McDonald's staff in Lyon walked out on Friday over pay and hours.")]
    [InlineData("The iPhone maker said on Monday that sales in Europe had fallen.")]
    [InlineData("Results: turnout was 61% in 2021 and 58%In the capital it was lower.")]
    public void Leaves_ordinary_sentences_whole(string line) => Assert.Single(ScrapedTextBlockReader.SplitGluedFurniture(line));

    [Theory]
    [InlineData("By Ana Ferreira", "Ana Ferreira")]
    [InlineData("byAna Ferreira", "Ana Ferreira")]
    [InlineData("Words by Jonas van der Berg", "Jonas van der Berg")]
    [InlineData("Author: Mei Lin Chow", "Mei Lin Chow")]
    [InlineData("Ana Ferreira | Staff writer", "Ana Ferreira")]
    [InlineData("Ana Ferreira, Senior Correspondent", "Ana Ferreira")]
    public void Reads_bylines_in_their_common_forms(string byline, string author)
    {
        var text = $"Harbour cranes stand idle as dockers stop work\n{byline}\n" +
            "Dockers at the northern terminal stopped work on Monday after talks on night shifts broke down without agreement.\n" +
            "The terminal operator said ships would be diverted to the southern quay until the dispute was settled.\n";
        Assert.Equal(author, Clean(text).Author);
    }

    [Fact]
    public void A_name_above_a_role_line_is_the_author()
    {
        var text = "Harbour cranes stand idle as dockers stop work\n" +
            "Dockers at the northern terminal stopped work on Monday after talks on night shifts broke down without agreement.\n" +
            "The terminal operator said ships would be diverted to the southern quay until the dispute was settled.\n" +
            "Avatar\nLeila Haddad\nReporter\n";
        Assert.Equal("Leila Haddad", Clean(text).Author);
    }

    [Fact]
    public void Dates_in_the_article_text_are_not_publication_dates()
    {
        var text = "Harbour cranes stand idle as dockers stop work\n" +
            "Dockers at the northern terminal stopped work on 3 March 2025 after talks on night shifts broke down without agreement.\n" +
            "The terminal operator said ships would be diverted to the southern quay until the dispute was settled.\n";
        Assert.Null(Clean(text).Published);
    }

    [Fact]
    public void Text_without_any_prose_yields_no_article()
    {
        var result = new ArticleExtractor().Extract(new SourceDocument("menu.txt", "Home\nWorld\nSport\nSubscribe\n© 2025 Example News", SourceFormat.ScrapedText));
        Assert.False(result.Succeeded);
        Assert.Contains("furniture", result.RejectionReason);
    }
}
