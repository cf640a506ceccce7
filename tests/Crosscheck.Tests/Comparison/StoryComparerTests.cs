using System.Collections.Immutable;
using Crosscheck.Analysis;
using Crosscheck.Comparison;
using Crosscheck.Extraction;

namespace Crosscheck.Tests.Comparison;

public sealed class StoryComparerTests
{
    private static readonly StoryComparer Comparer = new();

    private static Claim ClaimContaining(StoryComparison comparison, string words) =>
        comparison.Claims.Single(c => c.Text.Contains(words, StringComparison.Ordinal));

    [Fact]
    public void Statuses_follow_how_many_outlets_carry_a_claim()
    {
        var comparison = Comparer.Compare(StoryFixtures.BridgeCollapse(), StoryAnalysis.Empty);

        var collapse = comparison.Claims.Single(c => c.Text.Contains("collapsed", StringComparison.Ordinal) && c.Text.Contains("Tuesday", StringComparison.Ordinal));
        Assert.Equal(ClaimStatus.Consensus, collapse.Status);
        Assert.Equal(["a1", "a2", "a3"], collapse.ArticleIds.ToArray());

        var inquiry = ClaimContaining(comparison, "inquiry");
        Assert.Equal(ClaimStatus.Partial, inquiry.Status);
        Assert.Equal(["a1", "a3"], inquiry.ArticleIds.ToArray());

        var corrosion = ClaimContaining(comparison, "corrosion");
        Assert.Equal(ClaimStatus.Unique, corrosion.Status);
        Assert.Equal(["a2"], corrosion.ArticleIds.ToArray());

        var shops = ClaimContaining(comparison, "Shops");
        Assert.Equal(ClaimStatus.Unique, shops.Status);
        Assert.Equal(["a3"], shops.ArticleIds.ToArray());
    }

    [Fact]
    public void A_different_count_of_the_same_thing_is_a_conflict()
    {
        var comparison = Comparer.Compare(StoryFixtures.BridgeCollapse(), StoryAnalysis.Empty);

        var conflict = Assert.Single(comparison.Conflicts, c => c.About.StartsWith("number of", StringComparison.Ordinal));
        Assert.Contains("injured", conflict.About, StringComparison.Ordinal);
        Assert.Equal(2, conflict.Versions.Length);
        var forty = Assert.Single(conflict.Versions, v => v.Text.Contains("40", StringComparison.Ordinal));
        var fortyEight = Assert.Single(conflict.Versions, v => v.Text.Contains("48", StringComparison.Ordinal));
        Assert.Equal(["a1", "a3"], forty.ArticleIds.ToArray());
        Assert.Equal(["a2"], fortyEight.ArticleIds.ToArray());
    }

    [Fact]
    public void A_quote_worded_two_ways_is_a_conflict_named_after_its_speaker()
    {
        var comparison = Comparer.Compare(StoryFixtures.BridgeCollapse(), StoryAnalysis.Empty);

        var conflict = Assert.Single(comparison.Conflicts, c => c.About.StartsWith("wording", StringComparison.Ordinal));
        Assert.Contains("Ilse Brandt", conflict.About, StringComparison.Ordinal);
        Assert.Contains(conflict.Versions, v => v.Text.Contains("stronger steel frame", StringComparison.Ordinal) && v.ArticleIds.SequenceEqual(["a1"]));
        Assert.Contains(conflict.Versions, v => v.Text.Contains("temporary wooden walkway", StringComparison.Ordinal) && v.ArticleIds.SequenceEqual(["a2"]));
    }

    [Fact]
    public void The_speaker_comes_from_the_analysis_when_it_knows_it()
    {
        var articles = StoryFixtures.BridgeCollapse();
        var quotes = articles.Take(2).Select(a =>
        {
            var start = a.Text.IndexOf("We will", StringComparison.Ordinal);
            var end = a.Text.IndexOf("arrive", start, StringComparison.Ordinal) + "arrive".Length;
            return new QuoteVariant(a.Id, a.Text[start..end], Crosscheck.Text.TextSpan.FromBounds(start, end));
        }).ToImmutableArray();
        var analysis = StoryAnalysis.Empty with { Quotes = [new QuoteGroup("Mayor of Velden", quotes)] };

        var comparison = Comparer.Compare(articles, analysis);

        Assert.Contains(comparison.Conflicts, c => c.About == "wording of the Mayor of Velden's quote" || c.About == "wording of Mayor of Velden's quote");
    }

    [Fact]
    public void Shared_wording_and_agreeing_figures_raise_no_conflict()
    {
        var articles = StoryFixtures.BridgeCollapse();
        var comparison = Comparer.Compare([articles[0], articles[2]], StoryAnalysis.Empty);
        Assert.Empty(comparison.Conflicts);
    }

    [Theory]
    [InlineData("The two governments do not rule out sending troops to the border region.", "Neither government is ruling out deploying forces to the border region, officials stated.")]
    [InlineData("Negotiations between the unions and the rail operator resumed on Friday.", "Talks between the rail operator and the unions were revived on Friday.")]
    [InlineData("The British and French leaders met in London to discuss security.", "Leaders of the UK and France discussed security at a meeting in Britain.")]
    public void Paraphrases_align(string first, string second)
    {
        var articles = new[]
        {
            StoryFixtures.Article("p1", "One", "t", first, "Heavy snow closed the mountain pass for three days."),
            StoryFixtures.Article("p2", "Two", "t", second, "The central bank raised its main interest rate by half a point."),
        };

        var comparison = Comparer.Compare(articles, StoryAnalysis.Empty);

        var aligned = Assert.Single(comparison.Claims, c => c.ArticleIds.Length == 2);
        Assert.Equal(ClaimStatus.Consensus, aligned.Status);
        Assert.True(aligned.Text == first || aligned.Text == second);
    }

    [Theory]
    [InlineData("Heavy snow closed the mountain pass for three days.", "The central bank raised its main interest rate by half a point.")]
    [InlineData("The minister visited the flooded villages on Sunday.", "The minister's office announced a new budget for schools on Sunday.")]
    [InlineData("Police arrested a man after the robbery of a jewellery shop.", "A local choir won the regional singing championship.")]
    public void Unrelated_sentences_do_not_align(string first, string second)
    {
        var articles = new[]
        {
            StoryFixtures.Article("p1", "One", "t", first),
            StoryFixtures.Article("p2", "Two", "t", second),
        };

        var comparison = Comparer.Compare(articles, StoryAnalysis.Empty);

        Assert.All(comparison.Claims, c => Assert.Equal(ClaimStatus.Unique, c.Status));
        Assert.Equal(2, comparison.Claims.Length);
    }

    [Fact]
    public void Sentences_with_several_facts_split_into_clauses()
    {
        var articles = new[]
        {
            StoryFixtures.Article("p1", "One", "t", "The council approved the new stadium on Monday, while residents protested outside the town hall."),
            StoryFixtures.Article("p2", "Two", "t", "Residents protested outside the town hall on Monday evening."),
        };

        var comparison = Comparer.Compare(articles, StoryAnalysis.Empty);

        Assert.Contains(comparison.Claims, c => c.Status == ClaimStatus.Unique && c.Text == "The council approved the new stadium on Monday");
        Assert.Contains(comparison.Claims, c => c.Status == ClaimStatus.Consensus);
    }

    [Fact]
    public void A_single_article_story_reports_its_claims_as_consensus_and_no_conflicts()
    {
        var article = StoryFixtures.BridgeCollapse()[0];

        var comparison = Comparer.Compare([article], StoryAnalysis.Empty);

        Assert.NotEmpty(comparison.Claims);
        Assert.All(comparison.Claims, c => Assert.Equal(ClaimStatus.Consensus, c.Status));
        Assert.Empty(comparison.Conflicts);
    }

    [Fact]
    public void Claim_texts_are_verbatim_and_cite_articles_of_the_story()
    {
        var articles = StoryFixtures.BridgeCollapse().Concat(StoryFixtures.HarbourStrike()).ToList();
        var comparison = Comparer.Compare(articles, StoryAnalysis.Empty);
        var ids = articles.Select(a => a.Id).ToHashSet();
        foreach (var claim in comparison.Claims)
        {
            Assert.Contains(articles, a => a.Text.Contains(claim.Text, StringComparison.Ordinal));
            Assert.NotEmpty(claim.ArticleIds);
            Assert.All(claim.ArticleIds, id => Assert.Contains(id, ids));
        }
        foreach (var version in comparison.Conflicts.SelectMany(c => c.Versions))
        {
            Assert.Contains(version.ArticleIds, id => articles.Single(a => a.Id == id).Text.Contains(version.Text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_same_input_gives_the_same_comparison()
    {
        var first = Comparer.Compare(StoryFixtures.BridgeCollapse(), StoryAnalysis.Empty);
        var second = new StoryComparer().Compare(StoryFixtures.BridgeCollapse(), StoryAnalysis.Empty);
        Assert.Equal(first.Claims.Select(Describe), second.Claims.Select(Describe));
        Assert.Equal(first.Conflicts.SelectMany(c => c.Versions).Select(v => v.Text + string.Join(",", v.ArticleIds)), second.Conflicts.SelectMany(c => c.Versions).Select(v => v.Text + string.Join(",", v.ArticleIds)));
        Assert.Equal(first.Conflicts.Select(c => c.About), second.Conflicts.Select(c => c.About));
    }

    private static string Describe(Claim claim) => $"{claim.Status} {string.Join(",", claim.ArticleIds)} {claim.Text}";

    [Theory]
    [InlineData("")]
    [InlineData("...")]
    [InlineData("\"\"\"")]
    [InlineData("“unterminated quote; with, while but")]
    [InlineData("Nov. 31 2024-13-45 1,2,3 55% ; ; ,while")]
    public void Garbage_never_throws(string body)
    {
        var articles = new[] { StoryFixtures.Article("g1", "G", "t", body), StoryFixtures.Article("g2", "H", "t", body, body) };
        var comparison = Comparer.Compare(articles, StoryAnalysis.Empty);
        Assert.NotNull(comparison);
        Assert.Equal(StoryComparison.Empty, Comparer.Compare(Array.Empty<Article>(), StoryAnalysis.Empty));
    }
}

public sealed class ValueConflictTests
{
    private static StoryComparison Compare(params string[][] bodies) =>
        new StoryComparer().Compare(bodies.Select((b, i) => StoryFixtures.Article("v" + (i + 1), "Outlet " + (i + 1), "t", b)).ToList(), StoryAnalysis.Empty);

    [Fact]
    public void Counts_of_one_thing_in_differently_worded_sentences_about_one_company_conflict()
    {
        var analysis = new StoryAnalyzer();
        var articles = new[]
        {
            StoryFixtures.Article("k1", "Outlet 1", "t", ["Orvane Textiles will close its mill in Dunmere by the end of June with the loss of 340 jobs, its chief executive said."]),
            StoryFixtures.Article("k2", "Outlet 2", "t", ["Union leaders accused Orvane Textiles of betrayal after it confirmed the closure, putting 430 jobs at risk."]),
        };
        var comparison = new StoryComparer().Compare(articles, analysis.Analyze(articles));

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.Equal("number of jobs", conflict.About);
    }

    [Fact]
    public void Another_amount_an_article_gives_does_not_hide_the_amount_retellings_disagree_on()
    {
        // Outlet 1's 21 million zels (a past record) resembles Outlet 2's fee as well: it is another amount of that
        // article, not a third version of the fee, and the fee's conflict stays.
        var comparison = Compare(
            ["Harwick Rovers have sold striker Ilan Veres to Dunmere City for a record fee of 38 million zels.",
             "The fee beats the 21 million zels Rovers were paid for a goalkeeper in 2019, the most the club had received for a player."],
            ["Dunmere City are signing Rovers striker Ilan Veres for 35 million zels, the biggest fee the club has paid for a player."]);

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.Equal(2, conflict.Versions.Length);
        Assert.Contains("38 million", conflict.Versions[0].Text, StringComparison.Ordinal);
        Assert.Contains("35 million", conflict.Versions[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_amount_with_a_glued_currency_code_and_one_in_the_currency_s_name_fill_one_slot()
    {
        // "Sh" glued to the amount, as many outlets write shillings ("Sh2bn"); the other retelling writes the currency out.
        var comparison = Compare(
            ["The ports authority fined the Brenna shipping line Sh84m for dumping ballast water in the bay."],
            ["The Brenna shipping line was fined 48 million shillings by the ports authority over ballast water dumped in the bay."]);

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.Contains("Sh84m", conflict.Versions[0].Text, StringComparison.Ordinal);
        Assert.Contains("48 million shillings", conflict.Versions[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_glued_currency_code_does_not_make_any_word_after_an_amount_its_currency()
    {
        // "Sh" abbreviates "shillings", not "shipments", though both start with its letters: a fine and a count of
        // shipments are different slots.
        var comparison = Compare(
            ["The ports authority fined the Brenna shipping line Sh84m for dumping ballast water."],
            ["The Brenna shipping line, fined by the ports authority for dumping ballast water, handles 48 million shipments a year."]);

        Assert.Empty(comparison.Conflicts);
    }

    [Fact]
    public void A_temperature_with_a_glued_unit_and_one_in_degrees_fill_one_slot()
    {
        var comparison = Compare(
            ["The cold store at the Tarrow depot reached 23C over the long weekend, the health agency said."],
            ["Logs show the cold store at the Tarrow depot warmed to 19 degrees Celsius over the weekend."]);

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.Contains("23C", conflict.Versions[0].Text, StringComparison.Ordinal);
        Assert.Contains("19 degrees", conflict.Versions[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Evacuated_and_moved_out_of_their_homes_count_the_same_people()
    {
        var comparison = Compare(
            ["About 900 residents were evacuated from homes below the dam in Orrin Vale."],
            ["Some 1,100 people have been moved out of their homes, the flood office said, and cannot return until the dam is inspected."]);

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.Contains("900", conflict.Versions[0].Text, StringComparison.Ordinal);
        Assert.Contains("1,100", conflict.Versions[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_one_count_each_article_gives_of_a_thing_conflicts_across_dissimilar_sentences()
    {
        // Worded apart (logged in company papers; known to the regulator), but each article counts the fires once.
        var comparison = Compare(
            ["Company papers show Brenlow has logged 23 fires linked to the heater's power unit since March."],
            ["The inspector said her office knew of 26 fires involving the heaters' power units, more than the maker admits."]);

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.Contains("23 fires", conflict.Versions[0].Text, StringComparison.Ordinal);
        Assert.Contains("26 fires", conflict.Versions[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_of_a_part_is_not_the_articles_count_of_the_thing()
    {
        // "26 of the fires" are some of them, not another count of all of them.
        var comparison = Compare(
            ["Company papers show Brenlow has logged 23 fires linked to the heater's power unit since March."],
            ["The inspector said her office had looked into 26 of the fires involving the heaters' power units, more than the maker admits."]);

        Assert.Empty(comparison.Conflicts);
    }

    [Theory]
    [InlineData("The owner's log shows the Orla Bay has lost 44 containers since leaving Kessholm.", "Coastguards said they were tracking 39 boxes that went over the side, more than the owner admits.")]
    [InlineData("By the evening the Hallam clinic had given 310 doses, the health agency said.", "Nurses at the Hallam clinic gave more than 450 jabs on its first day.")]
    public void Counts_under_two_nouns_for_the_same_things_conflict(string first, string second)
    {
        var conflict = Assert.Single(Compare([first], [second]).Conflicts);
        Assert.Equal(2, conflict.Versions.Length);
    }

    [Fact]
    public void A_count_written_with_a_compound_noun_meets_the_plain_noun()
    {
        var comparison = Compare(
            ["Tamsk Motors plans to recall about 52,000 Volta e-scooters after a series of brake failures, company papers show."],
            ["Owners of Volta scooters should stop riding them, Tamsk Motors said, after announcing a recall of roughly 58,000 scooters."]);

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.Contains("52,000", conflict.Versions[0].Text, StringComparison.Ordinal);
        Assert.Contains("58,000", conflict.Versions[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tally_written_as_a_score_conflicts_with_one_written_in_words()
    {
        var comparison = Compare(
            ["The council's planning committee voted by five votes to two to approve the Orrin Vale tower."],
            ["The council's planning committee approved the Orrin Vale tower in a 6-1 vote on Tuesday."]);

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.Contains("five votes to two", conflict.Versions[0].Text, StringComparison.Ordinal);
        Assert.Contains("6-1", conflict.Versions[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Roles_and_jobs_count_the_same_posts()
    {
        var comparison = Compare(
            ["Unions reacted with alarm on Monday after the carmaker said it would buy its rival and cut around 600 roles."],
            ["The offer would value the rival at about 2 billion zels, and a combined company could cut as many as 800 jobs."]);

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.Contains("600 roles", conflict.Versions[0].Text, StringComparison.Ordinal);
        Assert.Contains("800 jobs", conflict.Versions[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_few_of_a_larger_count_are_no_conflict_with_it()
    {
        var comparison = Compare(
            ["Three firefighters were treated for smoke inhalation at the Kelby depot fire."],
            ["More than 120 firefighters fought the Kelby depot fire through the night."]);

        Assert.Empty(comparison.Conflicts);
    }

    [Fact]
    public void Retellings_that_name_a_different_party_in_the_same_sentence_conflict()
    {
        var articles = new[]
        {
            StoryFixtures.Article("m1", "Outlet 1", "t", ["The state railway awarded the contract to repair the Dunmere tunnel to Mostvale Construction on Tuesday, the transport ministry said."]),
            StoryFixtures.Article("m2", "Outlet 2", "t", ["The state railway awarded the contract to repair the Dunmere tunnel to Harrowgate Tunnelling on Tuesday, the transport ministry said."]),
        };
        var comparison = new StoryComparer().Compare(articles, new StoryAnalyzer().Analyze(articles));

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.StartsWith("which", conflict.About, StringComparison.Ordinal);
        Assert.Equal(["m1"], conflict.Versions[0].ArticleIds.ToArray());
        Assert.Equal(["m2"], conflict.Versions[1].ArticleIds.ToArray());
    }

    [Fact]
    public void A_place_in_a_row_is_no_count_of_the_row()
    {
        // "the 14th floor" is where the lift set off; "eleven floors" is how far it fell.
        var comparison = Compare(
            ["The lift car set off from the 14th floor of Marlow House at 8.20am on Tuesday."],
            ["The lift car at Marlow House dropped eleven floors on Tuesday before its brake held."]);

        Assert.DoesNotContain(comparison.Conflicts, c => c.About.Contains("floor", StringComparison.Ordinal));
    }

    [Fact]
    public void The_source_a_sentence_is_told_on_is_no_party_to_what_it_tells()
    {
        // One retelling credits the fire service, the other names the hospital the injured went to: two roles, no party
        // named two ways.
        var articles = new[]
        {
            StoryFixtures.Article("o1", "Outlet 1", "t", ["Four people needed hospital treatment after the lift fell, according to Pellmouth Fire and Rescue."]),
            StoryFixtures.Article("o2", "Outlet 2", "t", ["Four people needed hospital treatment at St Aldhelm's Hospital after the lift fell."]),
        };
        var comparison = new StoryComparer().Compare(articles, new StoryAnalyzer().Analyze(articles));

        Assert.DoesNotContain(comparison.Conflicts, c => c.About.StartsWith("which", StringComparison.Ordinal));
    }

    [Fact]
    public void Different_people_doing_different_things_are_no_party_conflict()
    {
        var articles = new[]
        {
            StoryFixtures.Article("n1", "Outlet 1", "t", ["Mayor Ada Quell opened the new bridge over the Tamsel on Tuesday."]),
            StoryFixtures.Article("n2", "Outlet 2", "t", ["Engineer Piet Varga said the bridge had been tested for floods twice as high as last winter's."]),
        };
        var comparison = new StoryComparer().Compare(articles, new StoryAnalyzer().Analyze(articles));

        Assert.Empty(comparison.Conflicts);
    }

    [Fact]
    public void A_date_conflict_is_described_by_the_clause_the_date_belongs_to()
    {
        var comparison = Compare(
            ["The mayor said the new ferry terminal would open on June 4, two weeks later than planned."],
            ["The new ferry terminal would open on June 14, the mayor said, two weeks later than planned."]);

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.Equal("when the new ferry terminal would open", conflict.About);
    }

    [Fact]
    public void A_date_clause_with_a_time_of_its_own_falls_back_to_the_event_noun()
    {
        var comparison = Compare(
            ["The breach was reported on May 9, three days after the agency detected the intrusion."],
            ["The breach was reported on May 11, three days after the agency detected the intrusion."]);

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.DoesNotContain("days", conflict.About, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_written_in_words_join_the_version_that_gives_the_same_figure_in_digits()
    {
        var comparison = Compare(
            ["About 57 households were evacuated from homes along the river, the fire service said."],
            ["Some 75 households were evacuated from homes along the river, the fire service said."],
            ["About fifty-seven households were evacuated from homes along the river, the fire service said."]);

        var conflict = Assert.Single(comparison.Conflicts);
        var fiftySeven = Assert.Single(conflict.Versions, v => v.Text.Contains("57", StringComparison.Ordinal));
        Assert.Equal(["v1", "v3"], fiftySeven.ArticleIds.ToArray());
    }

    [Fact]
    public void Different_dates_for_the_same_event_conflict()
    {
        var comparison = Compare(
            ["The water board said the contamination was detected on March 3 and that the plant was closed the same day."],
            ["According to the water board, the contamination was first detected on March 5 at the northern plant."]);

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.Equal("when the contamination was detected", conflict.About);
        Assert.Contains(conflict.Versions, v => v.Text.Contains("March 3", StringComparison.Ordinal));
        Assert.Contains(conflict.Versions, v => v.Text.Contains("March 5", StringComparison.Ordinal));
    }

    [Fact]
    public void Different_amounts_of_money_conflict()
    {
        var comparison = Compare(
            ["Harlow Energy will spend €620 million on the offshore wind farm, the company said."],
            ["The offshore wind farm, a €650 million project, is due to open in two years, Harlow Energy said."],
            ["Harlow Energy confirmed the €620 million budget for its offshore wind farm on Tuesday."]);

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.Equal("amount in € million", conflict.About);
        Assert.Equal(["v1", "v3"], conflict.Versions.Single(v => v.Text.Contains("620", StringComparison.Ordinal)).ArticleIds.ToArray());
        Assert.Equal(["v2"], conflict.Versions.Single(v => v.Text.Contains("650", StringComparison.Ordinal)).ArticleIds.ToArray());
    }

    [Fact]
    public void Numbers_that_count_different_things_do_not_conflict()
    {
        var comparison = Compare(
            ["The agency, which is 55% owned by the state, trains pilots for the air force."],
            ["Staffed by 80% former officers, the agency trains pilots for the air force."]);
        Assert.Empty(comparison.Conflicts);
    }

    [Fact]
    public void A_dateline_does_not_date_the_event()
    {
        // Published on Saturday 9 May 2026: "Friday evening" is the evening of May 8.
        var articles = new[]
        {
            StoryFixtures.Article("v1", "Outlet 1", "t", ["OSLO, May 9 (Wirepress) - A cargo ship ran aground near the harbour mouth on Friday evening, the coast guard said."]),
            StoryFixtures.Article("v2", "Outlet 2", "t", ["The cargo ship ran aground near the harbour mouth on the evening of May 8, the coast guard said."]),
        }.Select(a => a with { Published = new DateOnly(2026, 5, 9) }).ToList();
        var comparison = new StoryComparer().Compare(articles, StoryAnalysis.Empty);
        Assert.Empty(comparison.Conflicts);
    }
    [Fact]
    public void A_count_in_words_with_hundreds_conflicts_with_the_figure_in_digits()
    {
        var comparison = Compare(
            ["The new ferry terminal at Brackwater will handle 1,900 passengers a day once it opens, the port authority said."],
            ["The port authority said the new ferry terminal at Brackwater will handle sixteen hundred passengers a day once it opens."]);

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.Equal("number of passengers", conflict.About);
    }

    [Fact]
    public void A_count_conflicts_even_when_the_other_article_prints_the_number_for_something_else()
    {
        var comparison = Compare(
            ["Police in Yarrowby said they had arrested two men over the theft of the bronze bell from the chapel.", "The bell went missing three weeks ago."],
            ["Police in Yarrowby have arrested three men over the theft of the bronze bell from the chapel."]);

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.Equal("number of men", conflict.About);
    }

    [Fact]
    public void Degrees_in_words_and_by_symbol_fill_one_slot()
    {
        var comparison = Compare(
            ["Lake Carrow has warmed by 0.4 degrees Celsius per decade since 1980, the survey of Carrow Basin found."],
            ["The survey of Carrow Basin found its largest lake, Lake Carrow, heating by 0.7°C a decade."]);

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.Contains(conflict.Versions, v => v.Text.Contains("0.4", StringComparison.Ordinal));
        Assert.Contains(conflict.Versions, v => v.Text.Contains("0.7", StringComparison.Ordinal));
    }

    [Fact]
    public void A_currency_code_and_the_currency_written_out_are_one_currency()
    {
        var comparison = Compare(
            ["Rebuilding the Tarn Valley line would cost about 2.1 billion tals, the ministry's study concluded."],
            ["The ministry's study put the cost of rebuilding the Tarn Valley line at TAL 2.6bn."]);

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.Equal(2, conflict.Versions.Length);
    }

    [Fact]
    public void A_number_word_glued_to_its_unit_is_a_count()
    {
        var comparison = Compare(
            ["The coaster stalled with riders on board for five hours before engineers restarted it, Fenwick Park said."],
            ["Riders were left stranded for a seven-hour wait after the coaster stalled, Fenwick Park said."]);

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.Equal("number of hours", conflict.About);
    }

    [Fact]
    public void Half_a_point_is_a_figure()
    {
        var comparison = Compare(
            ["The central bank of Lorvania is expected to raise its main rate by half a percentage point this month, its governor signalled."],
            ["The governor of the central bank of Lorvania signalled a rise in the main rate of 0.75 percentage points this month."]);

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.StartsWith("number of percentage point", conflict.About, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The ferry operator said the Kessel pier would stay closed for six weeks.", "for at least three weeks")]
    [InlineData("The ferry operator said the Kessel pier would stay closed for two months.", "for at least three weeks")]
    public void Two_lengths_of_one_closure_conflict(string other, string ours)
    {
        var comparison = Compare(
            ["The Kessel pier will remain closed for at least three weeks while divers inspect the piles, the ferry operator said."],
            [other]);

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.Equal("length of time", conflict.About);
        Assert.Contains(conflict.Versions, v => v.Text.Contains(ours, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The barge, which hit a pier of the Orrin viaduct at 05:40 local time, was towed away at noon.", true)]
    [InlineData("The barge, which hit a pier of the Orrin viaduct at 5.10 a.m. local time, was towed away at noon.", false)]
    [InlineData("The barge, which hit a pier of the Orrin viaduct at 05:10 local time, was towed away at noon.", false)]
    public void Times_of_day_written_two_ways_are_compared_as_times(string other, bool conflicts)
    {
        var comparison = Compare(
            ["The barge Kestrel hit the viaduct's third pier at 5.10am while heading out of Orrin port, the harbour master said."],
            [other]);

        Assert.Equal(conflicts, comparison.Conflicts.Any(c => c.About == "time of day"));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("The union will hold a rally in the main square at 7pm.", false)]
    public void Two_articles_that_each_give_one_time_of_day_give_the_time_of_the_event(string secondTime, bool conflicts)
    {
        // The sentences are too unlike for their times to meet otherwise; an article giving two times may tell of two things.
        var comparison = Compare(
            ["Dock workers at the Orrin ferry terminal walked out at 4am, leaving the quays silent by breakfast."],
            ["The strike by dock workers started at 05:00 on Monday, union officials said.", secondTime]);

        Assert.Equal(conflicts, comparison.Conflicts.Any(c => c.About == "time of day"));
    }

    [Theory]
    [InlineData("The ferry Tarn Star ran aground off Orrin point shortly after midnight, the coastguard said.", true)]
    [InlineData("By midday the ferry Tarn Star, aground off Orrin point, was listing badly, the coastguard said.", false)]
    public void A_time_of_day_written_as_a_word_is_a_time(string other, bool conflicts)
    {
        var comparison = Compare(
            ["The ferry Tarn Star ran aground off Orrin point at about 11.40pm on Saturday, the coastguard said."],
            [other]);

        Assert.Equal(conflicts, comparison.Conflicts.Any(c => c.About == "time of day"));
    }

    [Fact]
    public void Amounts_of_another_order_in_one_currency_are_two_amounts()
    {
        // "4,000 crowns" lost a day and "410 million crowns" spent over years are not one amount told two ways.
        var comparison = Compare(
            ["\u201CEvery day the Orrin ferry stays in the harbour costs the operator 4,000 crowns,\u201D its owner said of the ferry."],
            ["The Orrin ferry was the first of a fleet renewal that has cost the operator about 410 million crowns since 2019."]);

        Assert.DoesNotContain(comparison.Conflicts, c => c.Versions.Any(v => v.Text.Contains("4,000", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("The dinner was held on Friday at the Orrin Harbour Hotel, a guesthouse above the quay, for about 50 diners.", false)]
    [InlineData("The buffet at the Orrin Harbour Hotel on Friday made 44 diners ill, the health board said.", true)]
    public void A_count_left_in_a_state_is_not_the_whole_it_was_part_of(string other, bool conflicts)
    {
        // "made 31 diners ill" against "for about 50 diners": how many fell ill, not how many came; "44 diners ill" is the same slot.
        var comparison = StoryFixtures.CompareAnalyzed(
            StoryFixtures.Article("d1", "Outlet 1", "t", "A mousse served at a dinner at the Orrin Harbour Hotel on Friday made 31 diners ill, according to the health board."),
            StoryFixtures.Article("d2", "Outlet 2", "t", other));

        Assert.Equal(conflicts, comparison.Conflicts.Any(c => c.Versions.Any(v => v.Text.Contains("31 diners", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_speed_is_not_a_distance()
    {
        // "22 kilometres an hour" is no distance from the finish, though both count kilometres.
        var comparison = Compare(
            ["The riders in the Orrin stage race fell on the wet descent 19 kilometres from the finish, the organisers said."],
            ["The riders in the Orrin stage race braked to 22 kilometres an hour on the wet descent, the organisers said."]);

        Assert.Empty(comparison.Conflicts);
    }

    [Fact]
    public void Each_articles_only_measure_of_a_thing_is_compared_in_one_unit_however_unlike_the_sentences()
    {
        // "up to 4cm across" against "six centimetres across": the storm's hailstones, in two spellings of one unit.
        var comparison = Compare(
            ["A violent storm crossed Orrin on Sunday afternoon, and the weather office said hailstones up to 4cm across were reported in the old town."],
            ["The biggest hailstone that a farmer near the orchards picked up was six centimetres across, about the size of an apricot."]);

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.Contains(conflict.Versions, v => v.Text.Contains("4cm", StringComparison.Ordinal));
        Assert.Contains(conflict.Versions, v => v.Text.Contains("six centimetres", StringComparison.Ordinal));
    }

    [Fact]
    public void A_measure_of_another_thing_is_not_the_only_measure_of_the_first()
    {
        // Guard: the hailstones' "4cm across" and the cellars' "six centimetres of floodwater" are two things, though each is
        // its article's only length and both sentences are about the old town.
        var comparison = Compare(
            ["A violent storm crossed Orrin on Sunday afternoon, and the weather office said hailstones up to 4cm across were reported in the old town."],
            ["Pumps were still clearing six centimetres of floodwater from the cellars of the old town by nightfall."]);

        Assert.Empty(comparison.Conflicts);
    }

    [Fact]
    public void The_words_before_a_measure_name_its_slot_in_two_units()
    {
        // "found along 30 kilometres of shore" against "found along a 12-mile stretch": one stretch, in kilometres and in
        // miles, in sentences otherwise unlike, though the second article gives another distance of that size.
        var comparison = Compare(
            ["The Orrin Coast Directorate said tar balls had been found along 30 kilometres of shore."],
            ["Volunteers from three fishing villages spent the weekend raking up tar balls, which have been found along a 12-mile stretch of the north coast, and bagging them for the council.",
             "The bags go by lorry to a depot 8 miles inland."]);

        Assert.Contains(comparison.Conflicts, c => c.Versions.Any(v => v.Text.Contains("30 kilometres", StringComparison.Ordinal)) && c.Versions.Any(v => v.Text.Contains("12-mile", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_temperature_is_told_as_degrees_whatever_follows_it()
    {
        var comparison = Compare(
            ["The cold store at the Orrin depot reached 19C at some point over the weekend, the inspectors found."],
            ["Inspectors found that the cold store at the Orrin depot had reached 26C over the weekend."]);

        Assert.Equal("number of degrees", Assert.Single(comparison.Conflicts).About);
    }

    [Theory]
    [InlineData("The miners were brought out early on Monday by seven mine rescuers and a team of volunteers.", true)]
    [InlineData("The miners were brought out early on Monday by four rival rescuers and a team of volunteers.", false)]
    public void A_count_under_a_compound_noun_counts_its_head(string other, bool conflicts)
    {
        // "five rescuers" against "seven mine rescuers": the head of the compound is what is counted. Guard: "four rival
        // rescuers" are the others beside someone, a part of the whole.
        var comparison = Compare(
            ["The pit manager told reporters early on Sunday that five rescuers were preparing to enter the flooded gallery at Orrin."],
            [other]);

        Assert.Equal(conflicts, comparison.Conflicts.Any(c => c.Versions.Any(v => v.Text.Contains("five rescuers", StringComparison.Ordinal))));
    }

    [Theory]
    [InlineData("Orrin patrol boats found the trawlers fishing 12 nautical miles inside the zone, the coastguard said.", true)]
    [InlineData("The Orrin fishing bank lies about 60 nautical miles off the coast, the coastguard said.", false)]
    public void Nautical_miles_are_a_length_and_a_count_does_not_take_the_unit_of_the_next_number(string other, bool conflicts)
    {
        // Guard (both cases also hold at the commit before): "12 nautical miles inside the zone" against "nine miles inside
        // the zone" is one distance, about 22 against 14 kilometres; "60 nautical miles off the coast" is another distance,
        // and "two trawlers" counts trawlers, not the miles of the number after it.
        var comparison = Compare(
            ["The coastguard said the two trawlers were nine miles inside the zone when they were stopped."],
            [other]);

        Assert.Equal(conflicts, comparison.Conflicts.Any(c => c.Versions.Any(v => v.Text.Contains("nine miles", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_zone_given_once_in_each_article_is_one_zone_in_two_units()
    {
        // "a three-kilometre radius" against "within 5km of the depot": each article's only distance, the one zone.
        var comparison = Compare(
            ["Residents within a three-kilometre radius were told to keep their windows shut."],
            ["Residents living within 5km of the Orrin depot had been told to keep their windows closed."]);

        Assert.Contains(comparison.Conflicts, c => c.Versions.Any(v => v.Text.Contains("three-kilometre", StringComparison.Ordinal)) && c.Versions.Any(v => v.Text.Contains("5km", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Nineteen were winched to safety by the coastguard helicopter before dawn, the rest waded ashore.", true)]
    [InlineData("Nineteen were treated in hospital for cuts and hypothermia after the ferry reached the quay.", false)]
    public void A_count_without_its_noun_counts_what_befell_the_same(string other, bool conflicts)
    {
        // "Nineteen were winched to safety" against "23 passengers were winched to safety": one count, its noun left out.
        // Guard: "Nineteen were treated in hospital" befell otherwise, and counts something else.
        var comparison = Compare(
            ["As the Orrin ferry listed in the gale, 23 passengers were winched to safety on Saturday night."],
            [other]);

        Assert.Equal(conflicts, comparison.Conflicts.Any(c => c.Versions.Any(v => v.Text.Contains("23 passengers", StringComparison.Ordinal))));
    }

    [Fact]
    public void Spans_in_two_units_of_time_are_two_spans_whatever_follows_them()
    {
        // "a five-year contract" and "within eight weeks … every contract": the shared word after them makes no slot.
        var comparison = Compare(
            ["The Orrin harbour is dredged by Tarn Marine, a private company that won a five-year contract to keep the channel open in 2029."],
            ["The minister said the audit would report within eight weeks and would look at every contract under which private firms keep the channel open."]);

        Assert.Empty(comparison.Conflicts);
    }

    [Fact]
    public void A_magnitude_joined_to_its_number_by_a_hyphen_is_read_as_one()
    {
        // Guard: "the 212-million-crown contract" is 212 million, so it still meets "the 221 million crown contract".
        var comparison = Compare(
            ["Orrin Dredging, which won the 212-million-crown contract to deepen the harbour in May, denied any wrongdoing."],
            ["Orrin Dredging, which won the 221 million crown contract to deepen the harbour, denied any wrongdoing on Friday."]);

        Assert.Contains(comparison.Conflicts, c => c.Versions.Any(v => v.Text.Contains("212", StringComparison.Ordinal)) && c.Versions.Any(v => v.Text.Contains("221", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_time_of_day_is_not_told_by_the_same_figure_counting_something_else()
    {
        // "6am" against "4.15am": the second article's "6 hours" is a length of time, not the first article's time.
        var comparison = Compare(
            ["The Orrin harbour authority shut the port at 6am on Wednesday as the gale arrived."],
            ["The port at Orrin has been shut since 4.15am local time, when the harbour authority issued a gale warning.", "Ferries waited 6 hours outside the breakwater."]);

        var conflict = Assert.Single(comparison.Conflicts, c => c.About == "time of day");
        Assert.Contains(conflict.Versions, v => v.Text.Contains("4.15am", StringComparison.Ordinal));
    }

    [Fact]
    public void One_figure_printed_twice_in_a_sentence_fills_two_slots()
    {
        // "6am" and "6 million" in one sentence are two values: the time of day and the daily cost conflict apart.
        var comparison = Compare(
            ["The Orrin harbour authority shut the port at 6am on Wednesday, and ferry operators say the closure costs them 6 million crowns a day."],
            ["The port at Orrin has been shut since 4.15am local time, when the harbour authority issued a gale warning.", "Ferry operators put the cost of the closure at 9 million crowns for each day the port stays shut."]);

        Assert.Contains(comparison.Conflicts, c => c.About == "time of day" && c.Versions.Any(v => v.Text.Contains("4.15am", StringComparison.Ordinal)));
        Assert.Contains(comparison.Conflicts, c => c.Versions.Any(v => v.Text.Contains("9 million", StringComparison.Ordinal)));
    }

    [Fact]
    public void Closing_and_reopening_are_two_times_of_day()
    {
        var comparison = Compare(
            ["The Orrin harbour authority closed the port at 6am on Wednesday as the storm arrived."],
            ["The Orrin harbour authority reopened the port at noon on Friday once the storm had passed."]);

        Assert.DoesNotContain(comparison.Conflicts, c => c.About == "time of day");
    }

    [Fact]
    public void One_time_of_day_each_is_no_conflict_when_the_sentences_share_no_word()
    {
        var comparison = Compare(
            ["Readers' club: every Monday, 7pm, Harbour Library room 2."],
            ["Update, 16:40: The port authority said on Monday it had suspended two pilots."]);

        Assert.DoesNotContain(comparison.Conflicts, c => c.About == "time of day");
    }

    [Theory]
    [InlineData("The trawler had drifted half a kilometre outside the marked channel, according to tracking data.", true)]
    [InlineData("The trawler had drifted 0.3 kilometres outside the marked channel, according to tracking data.", false)]
    public void Lengths_in_different_units_are_compared_in_one(string other, bool conflicts)
    {
        var comparison = Compare(
            ["The coastguard said the trawler had drifted about 300 metres outside the marked channel."],
            [other]);

        Assert.Equal(conflicts, comparison.Conflicts.Length == 1);
    }

    [Fact]
    public void Shares_and_stock_that_fell_by_different_shares_conflict()
    {
        var comparison = Compare(
            ["Shares in Morrowfield fell 18 per cent by the close after the recall."],
            ["Investors reacted quickly: the stock dropped 13% in early trading, analysts said."]);

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.Contains(conflict.Versions, v => v.Text.Contains("18 per cent", StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_is_shown_in_the_wording_that_gives_it_outright()
    {
        // Published on Tuesday 4 March 2031: "last Thursday" is 27 February.
        var comparison = Compare(
            ["Talks on a new wage deal collapsed last Thursday in Harrowgate after the employers withdrew their offer."],
            ["Talks on the wage deal in Harrowgate broke down on 27 February."],
            ["Talks on the wage deal collapsed on February 25 in Harrowgate, according to the union."]);

        var conflict = Assert.Single(comparison.Conflicts);
        var told = conflict.Versions.Single(v => v.ArticleIds.Contains("v1"));
        Assert.Equal(["v1", "v2"], told.ArticleIds.ToArray());
        Assert.Contains("27 February", told.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_currency_the_story_writes_as_a_code_and_as_a_word_is_one_currency()
    {
        // "Vr 212m" and "212 million varens" give one amount both ways, so "Vr" is the varen; the debts then differ.
        var comparison = Compare(
            ["Harwick Stores owes Vr 212m to suppliers and landlords, court papers show."],
            ["Documents filed with the Tessel District Court list debts of 212 million varens."],
            ["Documents filed with the Tessel District Court by the administrator on Thursday list debts of Vr 260m."]);

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.Contains(conflict.Versions, v => v.Text.Contains("212 million varens", StringComparison.Ordinal) && v.ArticleIds.SequenceEqual(["v1", "v2"]));
        Assert.Contains(conflict.Versions, v => v.Text.Contains("Vr 260m", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Hospitals near Orrin harbour treated more than 80 injured after the storm surge, the health board said.", true)]
    [InlineData("Hospitals near Orrin harbour called more than 80 nurses back from leave after the storm surge, the health board said.", false)]
    public void One_count_under_two_nouns_is_one_slot_when_the_same_thing_befell_it(string other, bool conflicts)
    {
        // The nouns may differ when one counts people of any kind; "420 flights" and "300 trains" stay two counts.
        var comparison = Compare(
            ["Two people were killed and 62 people injured when the storm surge struck Orrin harbour on Saturday."],
            [other]);

        Assert.Equal(conflicts, comparison.Conflicts.Any(c => c.Versions.Any(v => v.Text.Contains("80", StringComparison.Ordinal))));
    }

    [Theory]
    [InlineData("Detectives have made three arrests in the investigation into the Orrin leak, among them a courier.", true)]
    [InlineData("Detectives have made three appeals for witnesses in the investigation into the Orrin leak, among them a courier.", false)]
    public void Acts_made_are_counted_as_the_acts_done(string other, bool conflicts)
    {
        // "made three arrests" counts what "arrested two people" counts; "made three appeals" does not.
        var comparison = Compare(
            ["Police arrested two people on Wednesday over the leak at Orrin, including a print worker."],
            [other]);

        Assert.Equal(conflicts, comparison.Conflicts.Any(c => c.Versions.Any(v => v.Text.Contains("three", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_count_of_the_whole_and_of_a_part_under_two_nouns_are_two_counts()
    {
        // "three people were killed", "two children were killed": the children may be among the three.
        var comparison = Compare(
            ["Three people were killed at Orrin on Sunday, the coastguard said."],
            ["Two children were killed as they crossed the old footbridge with their school group."]);

        Assert.Empty(comparison.Conflicts);
    }

    [Fact]
    public void A_code_stands_for_the_one_currency_word_it_abbreviates_even_when_no_amount_is_printed_both_ways()
    {
        // "Lr48m" and "62 million lorens" never give one amount, yet "Lr" abbreviates no other word the story counts in millions.
        var comparison = Compare(
            ["The harbour board fined the Orrin ferry company Lr48m for dumping fuel oil in the bay, the board said."],
            ["The Orrin ferry company was fined 62 million lorens by the harbour board for dumping fuel oil in the bay."]);

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.Equal("amount in million lorens", conflict.About);
    }

    [Fact]
    public void A_code_that_abbreviates_two_words_counted_in_millions_stands_for_neither()
    {
        // "Lr" could be the loren or the "lorries" carried: with two candidates the amounts stay apart.
        var comparison = Compare(
            ["The Orrin ferry company earned Lr48m last year, the harbour board said."],
            ["The Orrin ferry company carried 2 million lorries last year and earned 62 million lorens, the harbour board said."]);

        Assert.Empty(comparison.Conflicts);
    }

    [Fact]
    public void A_code_before_a_plain_amount_stands_for_the_currency_word_after_another()
    {
        // No million anywhere: "VRN 300" and "180 varrens" are two refunds in one currency, worded their own way.
        var comparison = Compare(
            ["Travellers will be refunded VRN 300 each, on top of their fares, and the operator will meet the rail regulator on Friday."],
            ["The operator is paying travellers 180 varrens each."]);

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.Equal("amount in varrens", conflict.About);
    }

    [Fact]
    public void A_code_before_a_plain_amount_is_no_currency_of_a_length_of_time()
    {
        // "D 12" and "12 days": a code stands for no unit of time, and the days stay a duration.
        var comparison = Compare(
            ["Platform D 40 reopened after the operator said repairs had taken 12 days."],
            ["Platform D 40 reopened after the operator said the repairs had lasted three weeks."]);

        Assert.DoesNotContain(comparison.Conflicts, c => c.About.StartsWith("amount", StringComparison.Ordinal));
    }

    [Fact]
    public void Plain_amounts_of_one_currency_far_apart_in_size_are_no_conflict()
    {
        // A ticket and a fine in one story: "KVR 40" and "25,000 kavrels" are other amounts, not one told two ways.
        var comparison = Compare(
            ["A return ticket on the Orrin ferry costs KVR 40, the company said on Monday."],
            ["The harbour board fined the Orrin ferry company 25,000 kavrels, the company said on Monday."]);

        Assert.Empty(comparison.Conflicts);
    }

    [Fact]
    public void Close_counts_of_one_thing_retold_in_unlike_sentences_conflict_beside_other_counts_of_it()
    {
        // Each article counts passengers more than once, but only once near 64 or 70: the flight's load, retold.
        var comparison = Compare(
            ["A Corvell Air turboprop with 64 passengers on board landed in a barley field near Ostrand on Tuesday.",
             "Four passengers were taken to hospital with back injuries."],
            ["The farmer who watched it come down said the plane glided over his barn with 70 passengers on board and no engine noise.",
             "About 900 passengers a day use the route, the airline said."]);

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.Contains("64 passengers", conflict.Versions[0].Text, StringComparison.Ordinal);
        Assert.Contains("70 passengers", conflict.Versions[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Close_counts_of_one_thing_that_befell_them_differently_are_two_counts()
    {
        // Guard: eight treated at the scene and seven kept in hospital are near in size, but told apart by what befell them.
        var comparison = Compare(
            ["The Kessel Star was carrying 240 passengers when it struck the pier.", "Eight passengers were treated at the scene."],
            ["The Kessel Star had about 240 passengers aboard.", "Seven passengers were kept in hospital overnight, the operator said."]);

        Assert.Empty(comparison.Conflicts);
    }

    [Fact]
    public void Times_of_two_moments_of_one_morning_are_no_conflict()
    {
        // Guard: the storm formed at one o'clock and hailed on the town at three; the sentences tell two scenes.
        var comparison = Compare(
            ["In Odrel, hail the size of marbles fell shortly after 3pm, smashing greenhouse roofs along the river."],
            ["West of Odrel, the supercell that brought the hail formed over the hills around 1pm, according to forecasters.", "Roads were cleared by 9pm."]);

        Assert.Empty(comparison.Conflicts);
    }

    [Fact]
    public void A_measure_written_into_a_compound_measures_the_thing_the_compound_ends_on()
    {
        // "a 40-metre Halvard mast" measures the mast, which the other article names just before its height.
        var comparison = Compare(
            ["Investigators are examining the slewing ring of a 40-metre Halvard tower mast that collapsed on Sunday at the Lindow depot, killing two workers.", "The mast had been put up in March for the new depot building, the site's owner said.", "The mast fell onto the depot road, and police closed it for the rest of the day.", "A mast of the same make was taken down at Kessel last year."],
            ["Witnesses said the mast, 55 metres tall, swayed for several seconds before it went over.", "Two workers died under the mast, the fire brigade said.", "The depot's owner said every mast on its sites would be checked.", "The mast had stood beside the depot since March."]);

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.Contains("40-metre", conflict.Versions[0].Text, StringComparison.Ordinal);
        Assert.Contains("55 metres", conflict.Versions[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_measure_written_into_a_compound_does_not_measure_another_thing_named_before_the_other_measure()
    {
        // Guard: the 40-metre mast and the bridge, 55 metres long, are two things.
        var comparison = Compare(
            ["Investigators are examining the slewing ring of a 40-metre Halvard tower mast that collapsed on Sunday at the Lindow depot, killing two workers.", "The mast had been put up in March for the new depot building, the site's owner said.", "The mast fell onto the depot road, and police closed it for the rest of the day.", "A mast of the same make was taken down at Kessel last year."],
            ["Witnesses said the bridge, 55 metres long, swayed for several seconds before it went over.", "Two workers died under the mast, the fire brigade said.", "The depot's owner said every mast on its sites would be checked.", "The mast had stood beside the depot since March."]);

        Assert.DoesNotContain(comparison.Conflicts, c => c.Versions.Any(v => v.Text.Contains("55 metres", StringComparison.Ordinal)));
    }

    [Fact]
    public void Years_of_two_events_of_one_thing_are_no_conflict()
    {
        var comparison = Compare(
            ["The Kessel bridge, opened in 1962, carried 40,000 cars a day before it was closed."],
            ["The Kessel bridge was last inspected in 2019, the city said after it was closed."]);

        Assert.Empty(comparison.Conflicts);
    }

    [Fact]
    public void A_thing_each_article_counts_once_conflicts_even_in_unlike_sentences()
    {
        var comparison = Compare(
            ["Researchers at the University of Tessel analysed forty years of readings from seven glaciers in the north."],
            ["Ice Watch | 3 March 2031. A study of six glaciers has found them shrinking faster than any time on record."]);

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.Equal(2, conflict.Versions.Length);
    }

    [Theory]
    [InlineData("Councillor Ada Brisk, one of two no votes, said she had not seen the plans before the meeting.")]
    [InlineData("Researchers at the University of Tessel also counted seven people on the ice who had not been warned.")]
    public void A_tally_or_a_count_of_people_in_unlike_sentences_is_no_conflict(string other)
    {
        var comparison = Compare(
            ["The 3-2 vote, first reported by the Tessel Herald, rezoned 380 acres near the old mill and gave six people new jobs."],
            [other]);

        Assert.Empty(comparison.Conflicts);
    }

    [Fact]
    public void Shares_of_the_same_period_conflict_and_are_described_plainly()
    {
        var comparison = Compare(
            ["Annual inflation in Tessaly eased to 3.4% in June from 3.9% in May, according to the statistics office."],
            ["The central bank of Tessaly held its main rate at 5% on Thursday as inflation cooled to 3.1 per cent in June."]);

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.Equal("percentage reported", conflict.About);
        Assert.Contains(conflict.Versions, v => v.Text.Contains("3.4%", StringComparison.Ordinal));
        Assert.Contains(conflict.Versions, v => v.Text.Contains("3.1 per cent", StringComparison.Ordinal));
    }

    [Fact]
    public void Shares_of_a_population_that_did_the_same_thing_conflict()
    {
        var comparison = Compare(
            ["When the count was announced on Thursday, 74 per cent of the nurses who voted had backed strike action at Wendmoor General."],
            ["The walkout at Wendmoor General follows a ballot in which 64% of members backed industrial action."]);

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.Contains(conflict.Versions, v => v.Text.Contains("74 per cent", StringComparison.Ordinal));
        Assert.Contains(conflict.Versions, v => v.Text.Contains("64%", StringComparison.Ordinal));
    }

    [Fact]
    public void Shares_that_merely_share_a_word_after_them_do_not_conflict()
    {
        var comparison = Compare(
            ["Tessaly Foods will pay 41 crowns a share, a 27% premium to the closing price of Brannock Dairies on Friday."],
            ["Brannock Dairies reported a 12% fall in first-half profit in July, blaming a price war with Tessaly Foods."]);

        Assert.Empty(comparison.Conflicts);
    }

    [Theory]
    [InlineData("The ferry operator said the Kessel pier would stay closed for 21 days.")]
    [InlineData("The ferry operator said the Kessel pier closed six weeks ago.")]
    [InlineData("The ferry operator said the Kessel pier would stay closed for two years.")]
    public void The_same_length_in_other_units_a_time_ago_or_an_other_order_of_length_is_no_conflict(string other)
    {
        var comparison = Compare(
            ["The Kessel pier will remain closed for three weeks while divers inspect the piles, the ferry operator said."],
            [other]);

        Assert.Empty(comparison.Conflicts);
    }

    [Theory]
    [InlineData("The quarry near Stonecross was closed by inspectors in April after the rockfall.", true)]
    [InlineData("The quarry near Stonecross was closed by inspectors in March after the rockfall.", false)]
    public void A_month_conflicts_with_a_day_of_another_month_and_agrees_with_a_day_in_it(string monthVersion, bool conflicts)
    {
        var comparison = Compare(
            ["Inspectors closed the quarry near Stonecross on March 12 after the rockfall, the council said."],
            [monthVersion]);

        Assert.Equal(conflicts, comparison.Conflicts.Length == 1);
    }
}
