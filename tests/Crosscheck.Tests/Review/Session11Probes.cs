using Crosscheck.Analysis;
using Crosscheck.Clustering;
using Crosscheck.Comparison;
using Crosscheck.Extraction;
using Crosscheck.Sources;
using Crosscheck.Tests.Analysis;
using Crosscheck.Tests.Comparison;
using Crosscheck.Text;

namespace Crosscheck.Tests.Review;

/// <summary>
/// Review probes of 2a11a64..e13b66e: acts given to described people (DescribedPartyDetector), counts under grouped
/// nouns, the factor-of-two sole count and the partitive rule, the preposition rule of the recogniser, "the museum" for a
/// name with "of", the title drawn from the h1's words, and the span paths of the feature scan. Every name, place and
/// figure is invented.
/// </summary>
public sealed class Session11Probes
{
    private static readonly DateOnly Friday = new(2031, 9, 12);

    // ---------------------------------------------------------------- helpers

    private static StoryComparison Compare(params Article[] articles) => StoryFixtures.CompareAnalyzed(articles);

    private static Article Story(string id, params string[] paragraphs) => TestArticles.Create(id, "Fire at Pellby boatyard", Friday, paragraphs);

    private static StoryComparison Values(params string[][] bodies) =>
        new StoryComparer().Compare(bodies.Select((b, i) => StoryFixtures.Article("v" + (i + 1), "Outlet " + (i + 1), "t", b)).ToList(), StoryAnalysis.Empty);

    private static string Describe(StoryComparison comparison) =>
        comparison.Conflicts.Length == 0
            ? "(no conflicts)"
            : string.Join(" | ", comparison.Conflicts.Select(c => c.About + ": " + string.Join(" VS ", c.Versions.Select(v => v.Text))));

    private static bool Shows(Conflict conflict, string a, string b) =>
        conflict.Versions.Any(v => v.Text.Contains(a, StringComparison.Ordinal)) && conflict.Versions.Any(v => v.Text.Contains(b, StringComparison.Ordinal));

    private static string? SpeakerOf(string quoteStart, params string[] paragraphs)
    {
        var analysis = TestArticles.AnalyzeOne(paragraphs);
        return Assert.Single(analysis.Quotes, q => q.Variants.Any(v => v.Text.StartsWith(quoteStart, StringComparison.Ordinal))).Speaker;
    }

    private static Article ExtractHtml(string html) =>
        new ArticleExtractor().Extract(new SourceDocument("probe.html", html, SourceFormat.Html)).Article!;

    // ---------------------------------------------------------------- described parties (DescribedPartyDetector)

    [Fact]
    public void the_person_who_acted_earlier_in_the_sentence_is_not_the_subject_of_a_later_verb()
    {
        // Risk: PartyBefore looks six words back for any opener, so "After a jogger saw smoke, police closed the road" gives the road's closing to the jogger.
        var comparison = Compare(
            Story("p1", "After a jogger saw smoke, police closed the road to the slipway."),
            Story("p2", "A marshal closed the road to the slipway at noon while the fire crews worked."));

        Assert.DoesNotContain(comparison.Conflicts, c => c.About.Contains("closed the road", StringComparison.Ordinal));
    }

    [Fact]
    public void an_alarm_raised_for_another_event_is_not_this_events_alarm()
    {
        // Risk: the act key is verb and object head only, so an alarm in a sentence about last year's fire meets this week's.
        var comparison = Compare(
            Story("q1", "A dog walker raised the alarm just after 6am on Thursday, when flames came through the roof of the main shed."),
            Story("q2", "Fire crews were at the yard within minutes on Thursday.", "When a smaller shed burned at the same yard in 2029, the alarm was raised by neighbours."));

        Assert.DoesNotContain(comparison.Conflicts, c => c.About == "who raised the alarm");
    }

    [Fact]
    public void two_different_gates_closed_by_two_people_are_no_conflict()
    {
        // Risk: the object keeps only its head and an ordinal, so "the north gate" and "the south gate" are one act.
        var comparison = Compare(
            Story("r1", "The north gate was closed by a steward as the smoke spread over the car park."),
            Story("r2", "The south gate was closed by a security guard to keep onlookers away from the slipway."));

        Assert.DoesNotContain(comparison.Conflicts, c => c.About.Contains("gate", StringComparison.Ordinal));
    }

    [Fact]
    public void a_fireman_and_firefighters_are_the_same_description()
    {
        // Risk: parties are compared as words; "fireman" and "firefighter" (grouped as one kind for counts in this very change) become two parties.
        var comparison = Compare(
            Story("s1", "The welders were rescued by firefighters who cut through the hull."),
            Story("s2", "A fireman rescued the welders after cutting through the side of the hull."));

        Assert.DoesNotContain(comparison.Conflicts, c => c.About.Contains("rescued", StringComparison.Ordinal));
    }

    [Fact]
    public void a_crewman_is_a_member_of_the_crew_not_another_party()
    {
        // Risk: a plural or collective party ("the crew") against one of its members ("a crewman") is read as a conflict.
        var comparison = Compare(
            Story("t1", "The alarm was raised by the crew of a passing dredger."),
            Story("t2", "A crewman on a passing dredger raised the alarm over the radio."));

        Assert.DoesNotContain(comparison.Conflicts, c => c.About == "who raised the alarm");
    }

    [Fact]
    public void a_fan_heater_is_not_a_fan()
    {
        // Risk: the People lexicon matches "fan" inside "a faulty fan heater", a thing, and sets it against a person.
        var comparison = Compare(
            Story("f1", "Investigators believe the blaze was started by a faulty fan heater in the paint store."),
            Story("f2", "The blaze was started by a cleaner who left a heater switched on in the paint store, the owner said."));

        Assert.DoesNotContain(comparison.Conflicts, c => c.About == "who started the blaze");
    }

    [Fact]
    public void an_article_that_quotes_two_accounts_of_the_alarm_gives_no_version_of_its_own()
    {
        // Guard: an article that tells of two parties for the act is no version of its own (ConflictVersions.ByParty).
        var comparison = Compare(
            Story("u1", "\u201CPeople say the alarm was raised by a cyclist, but a night watchman raised the alarm,\u201D the owner said."),
            Story("u2", "The alarm was raised by a cyclist riding past the yard."));

        Assert.DoesNotContain(comparison.Conflicts, c => c.About == "who raised the alarm");
    }

    // ---------------------------------------------------------------- counts (ConflictDetector)

    [Fact]
    public void the_pupils_of_a_school_are_not_the_children_sent_home()
    {
        // Risk: pupil/child are one kind now, and a school's roll and the children sent home are within a factor of two.
        var comparison = Values(
            ["Tallow Green Primary, which has 140 pupils, closed its doors on Monday after the measles outbreak."],
            ["Health officials said 90 children at Tallow Green Primary had been sent home since the outbreak began."]);

        Assert.False(comparison.Conflicts.Any(c => Shows(c, "140 pupils", "90 children")), Describe(comparison));
    }

    [Fact]
    public void the_cars_in_a_pile_up_are_not_all_its_vehicles()
    {
        // Risk: car/vehicle are one kind now; the cars among the vehicles of a crash are a part, within a factor of two.
        var comparison = Values(
            ["Three cars were badly damaged in the crash on the Pellby bypass on Tuesday, police said."],
            ["Police said five vehicles, two of them lorries, were involved in the crash on the Pellby bypass on Tuesday."]);

        Assert.False(comparison.Conflicts.Any(c => Shows(c, "Three cars", "five vehicles")), Describe(comparison));
    }

    [Fact]
    public void gunshots_are_not_vaccine_shots()
    {
        // Risk: "shot" is grouped with "dose" and "jab"; shots fired outside a clinic meet the doses given inside it.
        var comparison = Values(
            ["A man fired four shots outside the Pellby vaccination centre on Tuesday before running off, police said."],
            ["The Pellby vaccination centre had given seven doses on Tuesday morning before police closed it, the health board said."]);

        Assert.False(comparison.Conflicts.Any(c => Shows(c, "four shots", "seven doses")), Describe(comparison));
    }

    [Fact(Skip = "Known limitation, found in review; it fails at 2a11a64 as well: houses and homes are one paraphrase group (ParaphraseLexicon), so counts of each under different predicates meet. Kept to show the next fix.")]
    public void houses_damaged_are_not_the_homes_without_power()
    {
        // Risk: house and home count one thing (the new group, and already before it); houses damaged and homes without power are two facts within a factor of two.
        var comparison = Values(
            ["The storm damaged 40 houses in Pellby overnight, tearing off roofs and chimneys, the council said."],
            ["Power was cut to 60 homes in Pellby overnight as the storm brought down lines, the council said."]);

        Assert.False(comparison.Conflicts.Any(c => Shows(c, "40 houses", "60 homes")), Describe(comparison));
    }

    [Fact]
    public void the_passengers_treated_at_the_scene_are_not_those_kept_in_hospital()
    {
        // Risk: the factor-two rule lets a small sub-count beside a large one count as the article's sole count of the thing.
        var comparison = Values(
            ["The ferry Kessel Star was carrying 240 passengers when it struck the pier.", "Eleven passengers were treated for cuts and bruises at the scene."],
            ["The Kessel Star had some 240 passengers on board.", "Seven passengers were kept in hospital overnight, the operator said."]);

        Assert.False(comparison.Conflicts.Any(c => Shows(c, "Eleven passengers", "Seven passengers")), Describe(comparison));
    }

    [Fact]
    public void all_of_the_containers_is_a_count_of_the_whole()
    {
        // Risk: the partitive rule reads "all 44 of the containers" as a part and drops a real conflict with "31 containers".
        var comparison = Values(
            ["The owner said all 44 of the containers lost from the Orla Mere had been traced by Friday."],
            ["The owner said 31 containers lost from the Orla Mere had been traced by Friday, far fewer than feared."]);

        Assert.True(comparison.Conflicts.Any(c => Shows(c, "44 of the containers", "31 containers")), Describe(comparison));
    }

    // ---------------------------------------------------------------- entities (EntityRecognizer, ResolvedEntities.OnlyWithHead)

    [Fact]
    public void a_place_after_in_stays_a_place_when_the_council_speaks()
    {
        // Guard: the preposition rule leaves "In Orvik, the council said" a place, and a bare "Orvik said" does not make it a body.
        var analysis = TestArticles.AnalyzeOne("In Orvik, the council said the road would stay shut.", "A spokesman for Quillet Freight said its lorries would stay parked.");

        Assert.Equal(EntityType.Location, TestArticles.EntityNamed(analysis, "Orvik").Type);
        Assert.Equal(EntityType.Organization, TestArticles.EntityNamed(analysis, "Quillet Freight").Type);
    }

    [Fact]
    public void the_bank_is_the_only_bank_whose_head_is_bank()
    {
        // Guard: "Bank of Orlen" has no word before its head, so "the bank" stays the Orlen Savings Bank.
        var speaker = SpeakerOf("We lent the yard",
            "The boatyard borrowed from the Orlen Savings Bank, and its pension fund was held at the Bank of Orlen.",
            "\u201CWe lent the yard money in good faith,\u201D the bank said.");

        Assert.Equal("Orlen Savings Bank", speaker);
    }

    [Fact]
    public void the_museum_is_not_a_trust_named_after_it()
    {
        // Risk: cutting at the first " of " makes "Pellby Museum of Boats Trust" (a fund-raising trust) a name whose head is "museum".
        var speaker = SpeakerOf("The hull can be saved",
            "The Pellby Museum of Boats Trust has raised money for the yard before.",
            "\u201CThe hull can be saved,\u201D the museum said.");

        Assert.Null(speaker);
    }

    // ---------------------------------------------------------------- titles (HtmlMetadataReader.ChooseTitle)

    [Fact]
    public void a_most_read_heading_does_not_replace_the_title()
    {
        // Risk: the first h1 outside an <article> is taken for the headline; a "most read" list holds all of the title's words.
        var html = "<html><head><title>Ashby night buses return | Valley Courier</title></head><body>" +
            "<div class=\"side\"><h1>Most read: Ashby night buses return, valley rail line to close, bridge repairs delayed</h1></div>" +
            "<div class=\"story\"><p>Night buses will run again between Ashby and the valley towns from Friday, after a two-year gap caused by a shortage of drivers.</p>" +
            "<p>The operator said it had hired eleven drivers since January and would add more routes if passenger numbers held up over the summer.</p></div>" +
            "<div id=\"ftr\">Terms of use</div></body></html>";

        Assert.Equal("Ashby night buses return", ExtractHtml(html).Title);
    }

    // ---------------------------------------------------------------- feature scan (Tokenizer.TokenReader, LightStemmer span form)

    /// <summary>The content terms of a text as the scan read them before: tokens as strings, folded, stemmed as strings.</summary>
    private static Dictionary<string, int> ReferenceTerms(string text)
    {
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.Kind != TokenKind.Word) continue;
            var word = token.Value.Any(ch => ch > 127) ? TextFolding.Fold(token.Value) : token.Value.ToLowerInvariant();
            if (word.EndsWith("'s", StringComparison.Ordinal)) word = word[..^2];
            if (word.Length < 2 || Stopwords.IsStopword(word)) continue;
            if (word.Length >= 3 && char.IsLetter(word[0])) terms[LightStemmer.Stem(word)] = terms.GetValueOrDefault(LightStemmer.Stem(word)) + 1;
        }
        return terms;
    }

    [Fact]
    public void the_feature_scan_reads_odd_words_as_the_token_list_does()
    {
        // Risk: the span paths (stack buffers of 64, ASCII fold, "-ies" written to scratch) part from the string paths on odd input.
        var longWord = string.Concat(Enumerable.Repeat("pellbyboat", 7)) + "ies";
        var text = $"The yard paid Kr2bn and Sh3.5m for {longWord} and {longWord.ToUpperInvariant()}. O\u2019Brien\u2019s cabins, Zoe\u0308\u2019s dinghies " +
            "and \U0001D400lpha sails burned; Ørnvik\u2019s ferries (\u00C9tienne's) stopped. " + new string('x', 70) + "\u00E9s and the Pellby-on-Sea cafés.";
        var features = DocumentFeatures.Of(new ClusterDocument("d", "", text), titleWeight: 2.0);
        var expected = ReferenceTerms(text);

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), features.Terms.Keys.Order(StringComparer.Ordinal));
        foreach (var (term, count) in expected) Assert.Equal(1 + Math.Log(count), features.Terms[term], 10);
    }

    [Fact]
    public void a_glued_amount_reads_as_code_number_and_magnitude()
    {
        // Guard: the token reader's pending number and magnitude come out in order, also at the end of the text.
        var tokens = Tokenizer.Tokenize("Paid Kr2bn").Select(t => $"{t.Kind}:{t.Value}@{t.Span.Start}").ToList();
        Assert.Equal(["Word:Paid@0", "Word:Kr@5", "Number:2@7", "Word:bn@8"], tokens);
    }

    [Fact]
    public void a_long_word_ending_in_ies_stems_as_a_short_one_does()
    {
        // Guard: Stem(string) of a word past the 64-character scratch takes its "-y" from heap scratch.
        var stem = new string('k', 80);
        Assert.Equal(stem + "y", LightStemmer.Stem(stem + "ies"));
        Assert.Equal("ferry", LightStemmer.Stem("ferries"));
        Assert.Equal("stop", LightStemmer.Stem("stopped"));
    }
}
