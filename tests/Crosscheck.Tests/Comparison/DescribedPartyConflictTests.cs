using System.Diagnostics;
using Crosscheck.Comparison;
using Crosscheck.Extraction;
using Crosscheck.Tests.Analysis;

namespace Crosscheck.Tests.Comparison;

/// <summary>
/// Retellings that give one act (who raised the alarm, who found it, who got there first) to different unnamed people,
/// described by what they are or do. The stories are invented.
/// </summary>
public sealed class DescribedPartyConflictTests
{
    private static readonly DateOnly Friday = new(2031, 9, 12);

    private static StoryComparison Compare(params Article[] articles) => StoryFixtures.CompareAnalyzed(articles);

    private static Article Flood(string id, params string[] paragraphs) => TestArticles.Create(id, "Floodwater traps hikers in Brannoch gorge", Friday, paragraphs);

    [Fact]
    public void The_alarm_raised_by_two_different_people_is_a_conflict()
    {
        var comparison = Compare(
            Flood("a1", "Four hikers were cut off by rising water in the Brannoch gorge on Thursday.", "The alarm was raised at 6pm by a shepherd who saw their tents go under."),
            Flood("a2", "Rescuers winched four hikers out of the Brannoch gorge after a flash flood.", "A postman on his round raised the alarm when he saw the river burst its banks."));

        var conflict = Assert.Single(comparison.Conflicts, c => c.About == "who raised the alarm");
        Assert.Contains("shepherd", conflict.Versions[0].Text, StringComparison.Ordinal);
        Assert.Contains("postman", conflict.Versions[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Who_found_a_second_thing_is_told_apart_from_who_found_the_first()
    {
        var comparison = Compare(
            Flood("b1", "The first rucksack was found downstream by a kayaker on Friday.", "A second rucksack was found by two anglers near the weir."),
            Flood("b2", "A second rucksack, soaked and torn, was picked up by a ranger near the weir."));

        var conflict = Assert.Single(comparison.Conflicts, c => c.About == "who found the second rucksack");
        Assert.Contains("anglers", conflict.Versions[0].Text, StringComparison.Ordinal);
        Assert.Contains("ranger", conflict.Versions[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Who_was_first_to_reach_a_place_is_a_slot_told_either_way_round()
    {
        var comparison = Compare(
            Flood("c1", "The first to reach the tents were two climbers, who had been camping higher up."),
            Flood("c2", "Witnesses said a farmer and his daughter, who live by the gorge, were the first to reach the tents."));

        var conflict = Assert.Single(comparison.Conflicts, c => c.About == "who was first to reach the tents");
        Assert.Equal(2, conflict.Versions.Length);
    }

    [Fact]
    public void An_article_that_gives_the_act_to_both_tells_of_two_people_not_a_conflict()
    {
        var comparison = Compare(
            Flood("d1", "The alarm was raised by a shepherd, and minutes later a postman raised the alarm too."),
            Flood("d2", "The alarm was raised at 6pm by a shepherd who saw the tents go under."));

        Assert.DoesNotContain(comparison.Conflicts, c => c.About == "who raised the alarm");
    }

    [Fact]
    public void The_same_description_in_other_words_is_no_conflict()
    {
        var comparison = Compare(
            Flood("e1", "The alarm was raised by a local farmer."),
            Flood("e2", "Two farmers raised the alarm at about six."));

        Assert.DoesNotContain(comparison.Conflicts, c => c.About == "who raised the alarm");
    }

    [Theory]
    [InlineData("All four hikers rescued from flooded gorge")]
    [InlineData("Divers found them huddled on a ledge, a shepherd said.")]
    [InlineData("Rescuers found the four huddled under a rock.")]
    public void A_headline_passive_a_pronoun_or_a_participle_is_no_object(string text) =>
        Assert.Empty(DescribedPartyDetector.AssignmentsIn(text));

    [Fact]
    public void A_long_sentence_of_passives_without_an_agent_is_read_at_once()
    {
        // Guard: one regular expression for subject, verb and agent backtracked without end over such sentences.
        var sentence = string.Concat(Enumerable.Repeat("Two of the hikers were taken to hospital with hypothermia and were released on Friday evening, ", 40));
        var clock = Stopwatch.StartNew();
        Assert.Empty(DescribedPartyDetector.AssignmentsIn(sentence));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }
}
