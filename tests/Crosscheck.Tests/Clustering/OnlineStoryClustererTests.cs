using Crosscheck.Clustering;

namespace Crosscheck.Tests.Clustering;

public sealed class OnlineStoryClustererTests
{
    [Fact]
    public void Retellings_of_one_event_share_a_story_and_unrelated_articles_stand_alone()
    {
        var partition = Cluster(FictionalCoverage.Documents);

        var gold = Partition(FictionalCoverage.Articles.Select(a => (a.Id, a.Story)));
        Assert.Equal(gold, partition);
    }

    [Theory]
    [InlineData("bridge-a", "bridge-b")]
    [InlineData("bridge-a", "bridge-c")]
    [InlineData("recall-a", "recall-c")]
    [InlineData("vote-b", "vote-c")]
    public void Two_retellings_alone_form_one_story(string first, string second)
    {
        var clusterer = new OnlineStoryClusterer();
        var a = clusterer.Add(Document(first));
        var b = clusterer.Add(Document(second));

        Assert.Equal(a, b);
        Assert.Equal(1, clusterer.StoryCount);
    }

    [Theory]
    [InlineData("bridge-a", "recall-a")]
    [InlineData("recall-b", "vote-a")]
    [InlineData("vote-c", "match")]
    [InlineData("recipe", "weather")]
    public void Articles_about_different_events_form_different_stories(string first, string second)
    {
        var clusterer = new OnlineStoryClusterer();
        var a = clusterer.Add(Document(first));
        var b = clusterer.Add(Document(second));

        Assert.NotEqual(a, b);
        Assert.Equal(2, clusterer.StoryCount);
    }

    [Fact]
    public void The_same_input_twice_gives_the_same_assignments()
    {
        var first = new OnlineStoryClusterer();
        var second = new OnlineStoryClusterer();
        var returnedFirst = FictionalCoverage.Documents.Select(first.Add).ToList();
        var returnedSecond = FictionalCoverage.Documents.Select(second.Add).ToList();

        Assert.Equal(returnedFirst, returnedSecond);
        Assert.Equal(first.Assignments(), second.Assignments());
    }

    [Fact]
    public void AddRange_matches_adding_one_by_one()
    {
        var single = new OnlineStoryClusterer();
        foreach (var document in FictionalCoverage.Documents) single.Add(document);
        var batch = new OnlineStoryClusterer();
        batch.AddRange(FictionalCoverage.Documents);

        Assert.Equal(single.Assignments(), batch.Assignments());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    [InlineData(2031)]
    public void The_stories_do_not_depend_on_arrival_order(int seed)
    {
        var shuffled = FictionalCoverage.Documents.ToArray();
        new Random(seed).Shuffle(shuffled);

        Assert.Equal(Cluster(FictionalCoverage.Documents), Cluster(shuffled));
    }

    [Fact]
    public void Reversed_arrival_order_gives_the_same_stories()
    {
        Assert.Equal(Cluster(FictionalCoverage.Documents), Cluster([.. FictionalCoverage.Documents.Reverse()]));
    }

    [Fact]
    public void Story_numbers_count_from_zero_in_order_of_creation()
    {
        var clusterer = new OnlineStoryClusterer();

        Assert.Equal(0, clusterer.Add(Document("bridge-a")));
        Assert.Equal(1, clusterer.Add(Document("recall-a")));
        Assert.Equal(0, clusterer.Add(Document("bridge-b")));
        Assert.Equal(2, clusterer.Add(Document("weather")));
        Assert.Equal(1, clusterer.StoryOf("recall-a"));
        Assert.Equal(["bridge-a", "recall-a", "bridge-b", "weather"], clusterer.DocumentIds);
    }

    [Fact]
    public void Final_assignments_agree_with_StoryOf()
    {
        var clusterer = new OnlineStoryClusterer();
        clusterer.AddRange(FictionalCoverage.Documents);

        var assignments = clusterer.Assignments();
        for (var i = 0; i < assignments.Count; i++) Assert.Equal(assignments[i], clusterer.StoryOf(clusterer.DocumentIds[i]));
        Assert.Equal(assignments.Distinct().Count(), clusterer.StoryCount);
    }

    [Fact]
    public void Stories_that_converge_merge_into_the_older_number()
    {
        // Two halves of one report start separate stories; a full retelling then bridges them.
        var options = new StoryClustererOptions { JoinThreshold = 0.22, MergeThreshold = 0.2 };
        var clusterer = new OnlineStoryClusterer(options);
        var people = new ClusterDocument("people", "Mayor orders inquiry", "Mayor Ilse Brandt of Vellmar ordered an inquiry. Engineer Tomas Rieck had warned about corroded cables.");
        var numbers = new ClusterDocument("numbers", "Bridge figures", "The Kessel bridge opened in 1962 and 14 people were hurt when its deck dropped four metres into the harbour.");
        var first = clusterer.Add(people);
        var second = clusterer.Add(numbers);
        Assert.NotEqual(first, second);

        clusterer.Add(Document("bridge-a"));
        clusterer.Add(Document("bridge-c"));

        Assert.Equal(clusterer.StoryOf("people"), clusterer.StoryOf("numbers"));
        Assert.Equal(Math.Min(first, second), clusterer.StoryOf("numbers"));
    }

    [Fact]
    public void A_story_far_older_than_a_document_is_no_longer_a_candidate()
    {
        var clusterer = new OnlineStoryClusterer(new StoryClustererOptions { StoryLifetimeDays = 30 });
        var original = Document("bridge-a");
        var old = clusterer.Add(original);
        var muchLater = clusterer.Add(Document("bridge-b") with { Published = original.Published!.Value.AddDays(120) });

        Assert.NotEqual(old, muchLater);
        Assert.Equal(old, clusterer.StoryOf("bridge-a"));
    }

    [Fact]
    public void A_date_that_reads_both_ways_is_taken_in_the_reading_under_which_its_story_is_found()
    {
        var march9 = new DateOnly(2031, 3, 9);
        var september3 = new DateOnly(2031, 9, 3);

        // Read as 3 September, a retelling is half a year from its story and starts a story of its own.
        var plain = new OnlineStoryClusterer();
        var story = plain.Add(Document("bridge-a") with { Published = march9 });
        Assert.NotEqual(story, plain.Add(Document("bridge-b") with { Published = september3 }));

        // Given its other reading, 9 March, it joins the story, and the clusterer says which reading it took.
        var clusterer = new OnlineStoryClusterer();
        story = clusterer.Add(Document("bridge-a") with { Published = march9 });
        Assert.Equal(story, clusterer.Add(Document("bridge-b") with { Published = september3, PublishedOtherReading = march9 }));
        Assert.True(clusterer.TookOtherReading("bridge-b"));

        // A first reading that already fits is kept.
        Assert.Equal(story, clusterer.Add(Document("bridge-c") with { Published = march9.AddDays(1), PublishedOtherReading = new DateOnly(2031, 10, 3) }));
        Assert.False(clusterer.TookOtherReading("bridge-c"));
        Assert.False(clusterer.TookOtherReading("bridge-a"));
    }

    [Fact]
    public void Retired_stories_stay_addressable_and_undated_stories_never_retire()
    {
        var clusterer = new OnlineStoryClusterer(new StoryClustererOptions { StoryLifetimeDays = 10, RetireAfterDays = 20 });
        var start = new DateOnly(2031, 1, 1);
        var bridge = clusterer.Add(Document("bridge-a") with { Published = start });
        var undated = clusterer.Add(Document("vote-a") with { Published = null });
        clusterer.Add(Document("weather") with { Published = start.AddDays(365) });
        var late = clusterer.Add(Document("bridge-b") with { Published = start.AddDays(366) });
        var undatedRetelling = clusterer.Add(Document("vote-b") with { Published = start.AddDays(366) });

        Assert.NotEqual(bridge, late);
        Assert.Equal(bridge, clusterer.StoryOf("bridge-a"));
        Assert.Equal(undated, undatedRetelling);
    }

    [Fact]
    public void Retiring_stories_keeps_the_candidate_index_bounded_in_a_long_dated_stream()
    {
        // 3,000 articles over 300 days, ten a day on random topics: with retirement the index holds only recent stories.
        var documents = ThroughputTests.SyntheticArticles(3000, topics: 1500, words: 120, seed: 77)
            .Select((d, i) => d with { Published = new DateOnly(2031, 1, 1).AddDays(i / 10) })
            .ToList();
        var keeping = new OnlineStoryClusterer();
        var retiring = new OnlineStoryClusterer(new StoryClustererOptions { RetireAfterDays = 7 });
        foreach (var document in documents)
        {
            keeping.Add(document);
            retiring.Add(document);
        }

        Assert.True(retiring.PostingCount * 10 < keeping.PostingCount, $"postings with retirement {retiring.PostingCount}, without {keeping.PostingCount}");
        // The first article stays addressable, but a word-for-word retelling of it on the last day cannot reach its story.
        var first = retiring.StoryOf(documents[0].Id);
        var echo = retiring.Add(documents[0] with { Id = "echo", Published = documents[^1].Published });
        Assert.NotEqual(first, echo);
    }

    [Fact]
    public void By_default_a_batch_in_arbitrary_date_order_keeps_old_retellings_together()
    {
        // An archive folder: a recent unrelated article arrives before two retellings from a year earlier.
        var clusterer = new OnlineStoryClusterer();
        var year = new DateOnly(2031, 3, 4);
        clusterer.Add(Document("weather") with { Published = year.AddDays(365) });
        var first = clusterer.Add(Document("recall-a") with { Published = year });
        var second = clusterer.Add(Document("recall-b") with { Published = year.AddDays(1) });

        Assert.Equal(first, second);
    }

    [Fact]
    public void Undated_documents_are_compared_without_time_penalty()
    {
        var clusterer = new OnlineStoryClusterer();
        var a = clusterer.Add(Document("vote-a") with { Published = null });
        var b = clusterer.Add(Document("vote-b"));

        Assert.Equal(a, b);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("   ", "\n\n")]
    [InlineData("!!!", "... --- ???")]
    [InlineData("A", "1 2 3")]
    public void Documents_without_words_get_a_story_of_their_own(string title, string text)
    {
        var clusterer = new OnlineStoryClusterer();
        clusterer.Add(Document("bridge-a"));
        var story = clusterer.Add(new ClusterDocument("empty", title, text));

        Assert.Equal(1, story);
    }

    [Fact]
    public void Adding_an_id_twice_is_refused()
    {
        var clusterer = new OnlineStoryClusterer();
        clusterer.Add(Document("bridge-a"));

        var error = Assert.Throws<ArgumentException>(() => clusterer.Add(Document("bridge-a")));
        Assert.Contains("bridge-a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Asking_for_an_unknown_id_explains_what_to_do()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => new OnlineStoryClusterer().StoryOf("missing"));
        Assert.Contains("Add", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_options_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new OnlineStoryClusterer(new StoryClustererOptions { TextWeight = 0, NameWeight = 0, NumberWeight = 0 }));
        Assert.Throws<ArgumentException>(() => new OnlineStoryClusterer(new StoryClustererOptions { JoinThreshold = 1.5 }));
        Assert.Throws<ArgumentException>(() => new OnlineStoryClusterer(new StoryClustererOptions { MaxCandidates = 0 }));
        Assert.Throws<ArgumentException>(() => new OnlineStoryClusterer(new StoryClustererOptions { ShortMergeThreshold = -0.1 }));
        Assert.Throws<ArgumentException>(() => new OnlineStoryClusterer(new StoryClustererOptions { CohesionShare = 1.2 }));
        Assert.Throws<ArgumentException>(() => new OnlineStoryClusterer(new StoryClustererOptions { SplitThreshold = -1 }));
        Assert.Throws<ArgumentException>(() => new OnlineStoryClusterer(new StoryClustererOptions { SplitCheckLimit = 2 }));
        Assert.Throws<ArgumentException>(() => new OnlineStoryClusterer(new StoryClustererOptions { ShortDocumentTerms = 40, LongDocumentTerms = 20 }));
    }

    private static readonly ClusterDocument[] Headlines =
    [
        new("h1", "Marvale ferry strike halts crossings to Tessaly island", ""),
        new("h2", "Tessaly islanders stranded as Marvale ferry crews strike", ""),
        new("h3", "Marvale ferry strike enters second day, Tessaly cut off", ""),
        new("h4", "Quorra orchard harvest breaks apple record", ""),
    ];

    [Fact]
    public void Headlines_are_judged_by_the_short_thresholds()
    {
        var strict = new StoryClustererOptions { ShortJoinThreshold = 0.99, ShortMergeThreshold = 0.99 };
        Assert.Equal(["h1 h2 h3", "h4"], ClusterWith(new StoryClustererOptions(), Headlines));
        Assert.Equal(["h1", "h2", "h3", "h4"], ClusterWith(strict, Headlines));
    }

    [Fact]
    public void Articles_are_judged_by_the_long_thresholds()
    {
        var documents = FictionalCoverage.Articles.Select(a => a.Document).ToList();
        var strictForShort = new StoryClustererOptions { ShortJoinThreshold = 0.99, ShortMergeThreshold = 0.99 };
        Assert.Equal(ClusterWith(new StoryClustererOptions(), documents), ClusterWith(strictForShort, documents));
    }

    private static List<string> ClusterWith(StoryClustererOptions options, IReadOnlyList<ClusterDocument> documents)
    {
        var clusterer = new OnlineStoryClusterer(options);
        foreach (var document in documents) clusterer.Add(document);
        return documents.GroupBy(d => clusterer.StoryOf(d.Id))
            .Select(g => string.Join(' ', g.Select(d => d.Id)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    internal static ClusterDocument Document(string id) => FictionalCoverage.Articles.Single(a => a.Id == id).Document;

    /// <summary>The stories as sorted lists of ids, in a canonical order, so partitions compare regardless of numbering.</summary>
    internal static List<string> Cluster(IReadOnlyList<ClusterDocument> documents, StoryClustererOptions? options = null)
    {
        var clusterer = new OnlineStoryClusterer(options ?? new StoryClustererOptions());
        clusterer.AddRange(documents);
        var assignments = clusterer.Assignments();
        return Partition(clusterer.DocumentIds.Select((id, i) => (id, assignments[i].ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    internal static List<string> Partition(IEnumerable<(string Id, string Group)> members) =>
        [.. members
            .GroupBy(m => m.Group, StringComparer.Ordinal)
            .Select(g => string.Join(",", g.Select(m => m.Id).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)];
}
