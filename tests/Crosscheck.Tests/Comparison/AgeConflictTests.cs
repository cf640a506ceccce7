using Crosscheck.Comparison;
using Crosscheck.Extraction;
using Crosscheck.Tests.Analysis;

namespace Crosscheck.Tests.Comparison;

/// <summary>Retellings that give one person two ages.</summary>
public sealed class AgeConflictTests
{
    private static readonly DateOnly Tuesday = new(2031, 4, 8);

    private static Article Skater(string id, params string[] paragraphs) => TestArticles.Create(id, "Skater Odile Vanterpool retires", Tuesday, paragraphs);

    private static IEnumerable<Conflict> Ages(params Article[] articles) =>
        StoryFixtures.CompareAnalyzed(articles).Conflicts.Where(c => c.About.StartsWith("how old ", StringComparison.Ordinal));

    [Fact]
    public void The_n_year_old_who_acts_is_the_person_named_last_and_conflicts_with_aged_n()
    {
        var conflict = Assert.Single(Ages(
            Skater("a1", "Odile Vanterpool announced her retirement from speed skating on Tuesday.", "The 31-year-old said her knees could no longer take the training."),
            Skater("a2", "Vanterpool, aged 33, told reporters in Brenholm that she would coach juniors.")));

        Assert.Equal("how old Odile Vanterpool is", conflict.About);
        Assert.Equal(["a1"], conflict.Versions[0].ArticleIds.ToArray());
        Assert.StartsWith("The 31-year-old", conflict.Versions[0].Text, StringComparison.Ordinal);
        Assert.Equal(["a2"], conflict.Versions[1].ArticleIds.ToArray());
    }

    [Theory]
    [InlineData("Odile Vanterpool, 33, announced her retirement on Tuesday.")]
    [InlineData("The skater, 33-year-old Odile Vanterpool, announced her retirement on Tuesday.")]
    [InlineData("Odile Vanterpool, a 33-year-old sprinter, announced her retirement on Tuesday.")]
    [InlineData("Odile Vanterpool is 33 years old and announced her retirement on Tuesday.")]
    [InlineData("The 33-year-old skater who won three world titles, Odile Vanterpool, announced her retirement on Tuesday.")]
    [InlineData("The skater, a 33-year-old Brenholmer athlete named by her club as Odile Vanterpool, announced her retirement on Tuesday.")]
    [InlineData("A 33-year-old skater identified as Odile Vanterpool announced her retirement on Tuesday.")]
    public void Each_way_news_prints_an_age_is_read(string sentence)
    {
        var conflict = Assert.Single(Ages(
            Skater("b1", "Odile Vanterpool, 31, announced her retirement on Tuesday."),
            Skater("b2", sentence)));

        Assert.Equal(2, conflict.Versions.Length);
    }

    [Fact]
    public void The_same_age_twice_and_the_age_of_a_thing_are_no_conflict()
    {
        Assert.Empty(Ages(
            Skater("c1", "Odile Vanterpool, 31, announced her retirement on Tuesday.", "Vanterpool praised her coach. The 40-year-old rink in Brenholm will close next year."),
            Skater("c2", "The 31-year-old Odile Vanterpool said she would coach juniors.", "She skated her last race at the 12-year-old Brenholm arena.")));
    }

    [Fact]
    public void Two_people_of_different_ages_are_no_conflict()
    {
        Assert.Empty(Ages(
            Skater("d1", "Odile Vanterpool, 31, announced her retirement on Tuesday."),
            Skater("d2", "Her coach, Marten Elsby, 58, said she had been the best skater he had trained.", "Vanterpool, 31, thanked him.")));
    }

    [Theory]
    [InlineData("Vanterpool took up skating at the age of 12, her mother said.")]
    [InlineData("Odile Vanterpool was attacked outside her home on Monday. The 45-year-old was arrested at the scene.")]
    [InlineData("A man aged 45 was arrested after Odile Vanterpool was attacked outside her home.")]
    [InlineData("A 45-year-old was arrested after Odile Vanterpool was attacked outside her home.")]
    [InlineData("Odile Vanterpool was attacked outside her home. Police said the 45-year-old man had followed her.")]
    public void An_age_that_is_not_the_named_persons_is_no_conflict(string sentence)
    {
        Assert.Empty(Ages(
            Skater("e1", "Odile Vanterpool, 31, announced her retirement on Tuesday."),
            Skater("e2", sentence)));
    }

    private static Article Ferry(string id, params string[] paragraphs) => TestArticles.Create(id, "Ferry capsizes off Harl", Tuesday, paragraphs);

    [Fact]
    public void One_unnamed_person_described_alike_with_two_ages_is_a_conflict()
    {
        var conflict = Assert.Single(Ages(
            Ferry("f1", "Among the missing is a 19-year-old deckhand from Harl, who had joined the crew in May."),
            Ferry("f2", "The youngest of the missing crew is a deckhand from Harl, aged 22.")));

        Assert.Equal("how old the person described is", conflict.About);
        Assert.Equal(["f1"], conflict.Versions[0].ArticleIds.ToArray());
        Assert.Equal(["f2"], conflict.Versions[1].ArticleIds.ToArray());
    }

    [Theory]
    [InlineData("Among the missing is a woman from Harl, aged 22, who had joined the crew in May.")]
    [InlineData("Among the missing is a deckhand from Harl, aged 47, who had joined the crew in May.")]
    [InlineData("A 22-year-old student from Tessel won the regional rowing title on Sunday.")]
    public void Ages_of_unnamed_people_of_another_sex_far_apart_or_in_unlike_sentences_are_two_people(string other)
    {
        Assert.Empty(Ages(
            Ferry("f1", "Among the missing is a 19-year-old deckhand from Harl, who had joined the crew in May with his brother."),
            Ferry("f2", other)));
    }
}
