using System.Collections.Immutable;
using Crosscheck.Analysis;
using Crosscheck.Comparison;
using Crosscheck.Extraction;
using Crosscheck.Tests.Analysis;
using Crosscheck.Text;

namespace Crosscheck.Tests.Comparison;

/// <summary>Misquotes: variants of one quote that print different words are a conflict; trimmed or re-punctuated ones are not.</summary>
public sealed class MisquoteTests
{
    private static readonly DateOnly Day = new(2031, 3, 14);

    /// <summary>One article per quote wording, each printing it as the only quote of its text.</summary>
    private static (Article[] Articles, StoryAnalysis Analysis) Story(params string[] wordings)
    {
        var articles = wordings.Select((w, i) => TestArticles.Create($"m{i + 1}", "Harbour plan", Day,
            $"The harbour master spoke to reporters in Dornbridge on Friday about the new dredging plan. \u201C{w}\u201D said Ola Brenne.")).ToArray();
        var variants = articles.Select(a =>
        {
            var start = a.Text.IndexOf('\u201C') + 1;
            var end = a.Text.IndexOf('\u201D');
            return new QuoteVariant(a.Id, a.Text[start..end], TextSpan.FromBounds(start, end));
        }).ToImmutableArray();
        return (articles, StoryAnalysis.Empty with { Quotes = [new QuoteGroup("Ola Brenne", variants)] });
    }

    private static IEnumerable<Conflict> Wordings(params string[] wordings)
    {
        var (articles, analysis) = Story(wordings);
        return new StoryComparer().Compare(articles, analysis).Conflicts.Where(c => c.About.StartsWith("wording", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quote_printed_with_different_words_is_a_misquote()
    {
        var conflict = Assert.Single(Wordings("We will not dredge the bay this year.", "We won't dredge the bay this year."));

        Assert.Equal("wording of Ola Brenne's quote", conflict.About);
        Assert.Equal(["\u201CWe will not dredge the bay this year.\u201D", "\u201CWe won't dredge the bay this year.\u201D"], conflict.Versions.Select(v => v.Text).ToArray());
        Assert.Equal(["m1"], conflict.Versions[0].ArticleIds.ToArray());
        Assert.Equal(["m2"], conflict.Versions[1].ArticleIds.ToArray());
    }

    [Fact]
    public void A_trimmed_quote_agrees_with_the_full_one()
    {
        Assert.Empty(Wordings("We will not dredge the bay this year, whatever the council decides.", "we will not dredge the bay this year"));
    }

    [Fact]
    public void Case_and_punctuation_are_not_wording()
    {
        Assert.Empty(Wordings("We will not dredge the bay; not this year.", "we will not dredge the bay, not this year"));
    }

    [Theory]
    [InlineData("The harbour is damaged, but its people are not.", "The harbour is damaged … Its people are not.")]
    [InlineData("We will finish the dredging without any further delay.", "We will finish the dredging without further delay.")]
    public void A_quote_cut_where_a_small_word_joined_it_agrees_with_the_whole(string whole, string cut)
    {
        Assert.Empty(Wordings(whole, cut));
    }

    [Theory]
    [InlineData("We will not dredge the bay this year.", "We will dredge the bay this year.")]
    [InlineData("We will dredge all of the bay this year.", "We will dredge of the bay this year.")]
    public void A_word_of_meaning_left_out_is_still_a_misquote(string first, string second)
    {
        Assert.Single(Wordings(first, second));
    }

    [Fact]
    public void A_trimmed_quote_joins_the_wording_it_is_part_of()
    {
        var conflict = Assert.Single(Wordings("The bay will not be dredged on this occasion.", "The bay will not be dredged this time.", "will not be dredged"));

        Assert.Equal(2, conflict.Versions.Length);
        Assert.Equal(["m1", "m3"], conflict.Versions[0].ArticleIds.ToArray());
    }

    [Fact]
    public void A_share_is_compared_by_what_it_is_a_share_of()
    {
        var a = TestArticles.Create("p1", "Dornbridge votes", Day, "Turnout was 64 percent in the Dornbridge mayoral runoff, the electoral board said.");
        var b = TestArticles.Create("p2", "Dornbridge result", Day, "Turnout on Sunday was 61 percent in the Dornbridge runoff, up from 55 percent four years ago.");

        var comparison = new StoryComparer().Compare([a, b], new StoryAnalyzer().Analyze([a, b]));

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.Contains(conflict.Versions, v => v.Text.Contains("64 percent", StringComparison.Ordinal) && v.ArticleIds.SequenceEqual(["p1"]));
        Assert.Contains(conflict.Versions, v => v.Text.Contains("61 percent", StringComparison.Ordinal) && v.ArticleIds.SequenceEqual(["p2"]));
    }

    /// <summary>Two retellings that differ in a count and print one quote two ways, compared with room for one conflict.</summary>
    private static Conflict OnlyConflict(string quoteA, string quoteB)
    {
        Article[] articles =
        [
            TestArticles.Create("q1", "Tanker grounded", Day, "Rescuers said 40 crew were taken off the grounded tanker near Dornbridge on Friday.", $"\u201C{quoteA}\u201D said Ola Brenne."),
            TestArticles.Create("q2", "Tanker aground", Day, "Rescuers said 48 crew were taken off the grounded tanker near Dornbridge on Friday.", $"\u201C{quoteB}\u201D said Ola Brenne."),
        ];
        return Assert.Single(new StoryComparer(new StoryComparerOptions(MaxConflicts: 1)).Compare(articles, new StoryAnalyzer().Analyze(articles)).Conflicts);
    }

    [Fact]
    public void A_misquote_that_changes_only_small_words_yields_its_place_to_a_differing_value()
    {
        var conflict = OnlyConflict("The tanker lost steering about four minutes before the impact.", "The tanker lost its steering some four minutes before impact.");

        Assert.DoesNotContain("wording", conflict.About, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misquote_that_changes_what_is_said_comes_before_a_differing_value()
    {
        var conflict = OnlyConflict("The tanker lost steering about four minutes before the impact.", "The tanker lost power some four minutes before the impact.");

        Assert.Equal("wording of Ola Brenne's quote", conflict.About);
    }

    [Fact]
    public void A_misquote_that_drops_a_negation_comes_before_a_differing_value()
    {
        var conflict = OnlyConflict("We will not close the terminal before the inquiry ends.", "We will close the terminal before the inquiry ends.");

        Assert.Equal("wording of Ola Brenne's quote", conflict.About);
    }
}
