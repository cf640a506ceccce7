using System.Collections.Immutable;
using System.Text.Json;
using Crosscheck.Comparison;
using Crosscheck.Extraction;
using Crosscheck.Output;
using Crosscheck.Pipeline;
using Crosscheck.Sources;
using Crosscheck.Storage.Tests.Support;

namespace Crosscheck.Storage.Tests;

/// <summary>
/// What every <see cref="IStoryStore"/> provider must do, whatever database is behind it. A provider's test class
/// derives from this and says how to open a fresh, empty database of its own for each test.
/// </summary>
public abstract class StoryStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Monday = new(2031, 3, 3, 8, 0, 0, TimeSpan.Zero);

    private readonly List<IStoryStore> _opened = [];

    protected ManualClock Clock { get; } = new(Monday);

    /// <summary>The store under test, migrated.</summary>
    protected IStoryStore Store { get; private set; } = null!;

    /// <summary>Opens this test's database (the same one every time it is called within a test), not yet migrated.</summary>
    protected abstract IStoryStore OpenStore(TimeProvider clock);

    /// <summary>Removes this test's database.</summary>
    protected abstract Task DeleteDatabaseAsync();

    public async Task InitializeAsync()
    {
        Store = Open();
        await Store.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var store in _opened) await store.DisposeAsync();
        await DeleteDatabaseAsync();
    }

    private IStoryStore Open()
    {
        var store = OpenStore(Clock);
        _opened.Add(store);
        return store;
    }

    // ---- Schema ----

    [StoreFact]
    public async Task A_new_store_is_empty()
    {
        Assert.Equal(new StoreCounts(0, 0), await Store.CountAsync());
        Assert.Empty(await Store.LoadArticlesAsync());
        Assert.Empty(await Store.LoadStoryMembersAsync());
        Assert.Empty(await Store.ListStoriesAsync(new StoryQuery()));
    }

    [StoreFact]
    public async Task Migrating_again_on_every_start_keeps_what_is_stored()
    {
        await Store.CommitAsync(Batch(Articles(2), Story("s1", "a0", "a1")));
        await Store.MigrateAsync();
        var reopened = Open();
        await reopened.MigrateAsync();
        await reopened.MigrateAsync();

        Assert.Equal(new StoreCounts(2, 1), await reopened.CountAsync());
        Assert.NotNull(await reopened.GetStoryAsync("s1"));
    }

    // ---- Commit and load ----

    [StoreFact]
    public async Task A_committed_batch_reads_back_whole()
    {
        var articles = Articles(3);
        var story = Story("s1", "a0", "a2") with { FirstPublished = new DateOnly(2031, 3, 1), LastPublished = new DateOnly(2031, 3, 2) };
        await Store.CommitAsync(Batch(articles, story, Story("s2", "a1")));

        Assert.Equal(new StoreCounts(3, 2), await Store.CountAsync());
        var loaded = await Store.LoadArticlesAsync();
        Assert.Equal(3, loaded.Count);
        for (var i = 0; i < 3; i++) ArticleFields.AssertSame(articles[i].Article, loaded[i]);

        var members = await Store.LoadStoryMembersAsync();
        Assert.Equal(["a0", "a2"], members["s1"].AsEnumerable());
        Assert.Equal(["a1"], members["s2"].AsEnumerable());

        var stored = await Store.GetStoryAsync("s1");
        Assert.NotNull(stored);
        Assert.Equal(story.Title, stored.Title);
        Assert.Equal(story.ArticleIds.AsEnumerable(), stored.ArticleIds.AsEnumerable());
        Assert.Equal(story.FirstPublished, stored.FirstPublished);
        Assert.Equal(story.LastPublished, stored.LastPublished);
        Assert.Equal(story.UpdatedAt, stored.UpdatedAt);
        Assert.Equal(story.Json, stored.Json);
        Assert.Equal(story.Markdown, stored.Markdown);
        Assert.Equal(story.Html, stored.Html);

        var found = await Store.FindContentAsync([articles[1].ContentHash, "not-a-stored-hash"]);
        Assert.Equal(new Dictionary<string, string> { [articles[1].ContentHash] = "a1" }, found);
    }

    [StoreFact]
    public async Task Every_field_of_every_article_round_trips_exactly()
    {
        var articles = RandomArticles.Generate(400, seed: 7919);
        await Store.CommitAsync(new IngestBatch(RandomArticles.AsNew(articles, Clock.Now), ImmutableDictionary<string, string?>.Empty, [], []));

        var reopened = Open();
        var loaded = await reopened.LoadArticlesAsync();
        var expected = articles.OrderBy(a => a.Ordinal).ToList();
        Assert.Equal(expected.Count, loaded.Count);
        for (var i = 0; i < expected.Count; i++) ArticleFields.AssertSame(expected[i], loaded[i]);
    }

    [StoreFact]
    public async Task A_batch_that_fails_midway_stores_nothing_of_it()
    {
        await Store.CommitAsync(Batch(Articles(1), Story("s0", "a0")));
        // Two good articles, a story that names an article nobody stored: the database refuses the story, after the articles.
        var bad = Batch(Articles(3).Skip(1), Story("s1", "a1", "a2"), Story("s2", "a-missing"));

        await Assert.ThrowsAnyAsync<Exception>(() => Store.CommitAsync(bad));

        Assert.Equal(new StoreCounts(1, 1), await Store.CountAsync());
        Assert.Equal(["a0"], (await Store.LoadArticlesAsync()).Select(a => a.Id));
        Assert.Empty(await Store.FindContentAsync([.. bad.Articles.Select(a => a.ContentHash)]));
        Assert.Null(await Store.GetStoryAsync("s1"));
        Assert.All(await Store.SearchAsync("article", 10), h => Assert.Equal("a0", h.ArticleId));
    }

    [StoreFact]
    public async Task A_batch_worked_out_before_another_writer_committed_is_refused_whole()
    {
        await Store.CommitAsync(Batch(Articles(1), Story("s0", "a0")) with { ExpectedArticleCount = 0 });
        var stale = Batch(Articles(2).Skip(1), Story("s1", "a1")) with { ExpectedArticleCount = 0 };

        var conflict = await Assert.ThrowsAsync<StoreConflictException>(() => Store.CommitAsync(stale));

        Assert.Equal((0, 1), (conflict.ExpectedArticleCount, conflict.FoundArticleCount));
        Assert.Equal(new StoreCounts(1, 1), await Store.CountAsync());
        await Store.CommitAsync(stale with { ExpectedArticleCount = 1 });
        Assert.Equal(new StoreCounts(2, 2), await Store.CountAsync());
    }

    [StoreFact]
    public async Task An_ingest_that_another_writer_overtook_works_its_batch_out_again()
    {
        var pipeline = CrosscheckPipeline.CreateDefault();
        var other = Open();
        var racing = new RacingStore(Open(), () => new StoryIngestor(pipeline, other, Clock).IngestAsync([FictionalNews.OrchardValleyNews]));

        var result = await new StoryIngestor(pipeline, racing, Clock).IngestAsync([FictionalNews.OrchardRiverDaily]);

        Assert.Equal(1, racing.Conflicts);
        Assert.Single(result.Added);
        var report = pipeline.Analyze(FictionalNews.Numbered([FictionalNews.OrchardValleyNews, FictionalNews.OrchardRiverDaily]));
        var story = Assert.Single(report.Stories);
        var stored = await Store.GetStoryAsync(story.Id);
        Assert.Equal(AnalysisJsonWriter.Write(new AnalysisReport(report.Articles, [story], [])), stored?.Json);
        Assert.Equal(new StoreCounts(2, 1), await Store.CountAsync());
    }

    [StoreFact]
    public async Task Two_ingests_at_once_store_every_page_once_in_the_stories_analyze_gives_for_the_order_they_landed_in()
    {
        var pipeline = CrosscheckPipeline.CreateDefault();
        var (left, right) = (Open(), Open());
        var pages = FictionalNews.All;

        await Task.WhenAll(
            Task.Run(async () => { foreach (var page in pages.Where((_, i) => i % 2 == 0)) await new StoryIngestor(pipeline, left, Clock).IngestAsync([page]); }),
            Task.Run(async () => { foreach (var page in pages.Where((_, i) => i % 2 == 1)) await new StoryIngestor(pipeline, right, Clock).IngestAsync([page]); }));

        var stored = await Store.LoadArticlesAsync();
        Assert.Equal(pages.Count, stored.Count);
        var landed = FictionalNews.Numbered(stored.Select(a => pages.Single(p => p.Source == a.Source)));
        var report = pipeline.Analyze(landed);
        var members = await Store.LoadStoryMembersAsync();
        Assert.Equal(report.Stories.Select(s => s.Id).Order(StringComparer.Ordinal), members.Keys.Order(StringComparer.Ordinal));
        foreach (var story in report.Stories) Assert.Equal(story.ArticleIds.AsEnumerable(), members[story.Id].AsEnumerable());
    }

    [StoreFact]
    public async Task A_story_stored_again_under_its_id_replaces_the_stored_one()
    {
        await Store.CommitAsync(Batch(Articles(2), Story("s1", "a0", "a1")));
        Clock.Advance(TimeSpan.FromHours(1));
        var again = Story("s1", "a0", "a1") with { Json = "{\"again\":true}", Markdown = "# again", Html = "<p>again</p>" };
        await Store.CommitAsync(new IngestBatch([], ImmutableDictionary<string, string?>.Empty.Add("a1", "a0"), [], [again]));

        var stored = await Store.GetStoryAsync("s1");
        Assert.Equal("# again", stored!.Markdown);
        Assert.Equal(again.UpdatedAt, stored.UpdatedAt);
        Assert.Equal(["a0", "a1"], stored.ArticleIds.AsEnumerable());
        Assert.Equal("a0", (await Store.LoadArticlesAsync())[1].DuplicateOf);
        Assert.Equal(new StoreCounts(2, 1), await Store.CountAsync());
    }

    // ---- Redirects ----

    [StoreFact]
    public async Task A_story_that_grew_is_still_found_by_its_old_ids()
    {
        var articles = Articles(3);
        await Store.CommitAsync(Batch(articles.Take(1), Story("s-one", "a0")));
        await Store.CommitAsync(new IngestBatch([articles[1]], ImmutableDictionary<string, string?>.Empty, [new StoryReplacement("s-one", "s-two")], [Story("s-two", "a0", "a1")]));
        await Store.CommitAsync(new IngestBatch([articles[2]], ImmutableDictionary<string, string?>.Empty, [new StoryReplacement("s-two", "s-three")], [Story("s-three", "a0", "a1", "a2")]));

        Assert.Equal("s-three", (await Store.GetStoryAsync("s-one"))?.Id);
        Assert.Equal("s-three", (await Store.GetStoryAsync("s-two"))?.Id);
        Assert.Equal("s-three", (await Store.GetStoryAsync("s-three"))?.Id);
        Assert.Equal(new StoreCounts(3, 1), await Store.CountAsync());
        Assert.Equal(["s-three"], (await Store.LoadStoryMembersAsync()).Keys);
    }

    [StoreFact]
    public async Task An_unknown_story_id_finds_nothing()
    {
        await Store.CommitAsync(Batch(Articles(1), Story("s1", "a0")));
        Assert.Null(await Store.GetStoryAsync("s-nobody-stored"));
        Assert.Null(await Store.GetStoryAsync(""));
    }

    // ---- Search ----

    [StoreFact]
    public async Task Search_finds_articles_by_their_words_the_best_match_first()
    {
        var articles = ImmutableArray.Create(
            New("a0", "Ferry timetable changes", "The harbour board met on Tuesday.", 0),
            New("a1", "Harbour ferry news", "A ferry, another ferry and a third ferry crossed the harbour.", 1),
            New("a2", "Orchard water rights", "The court ruled for the growers.", 2));
        await Store.CommitAsync(new IngestBatch(articles, ImmutableDictionary<string, string?>.Empty, [], [Story("s1", "a0", "a1"), Story("s2", "a2")]));

        var hits = await Store.SearchAsync("ferry", 10);
        Assert.Equal(["a1", "a0"], hits.Select(h => h.ArticleId));
        Assert.True(hits[0].Rank > hits[1].Rank, $"ranks {hits[0].Rank} and {hits[1].Rank}");
        Assert.Equal("s1", hits[0].StoryId);
        Assert.Equal("Harbour ferry news", hits[0].Title);
        Assert.Contains(SearchHit.HighlightMark + "ferry" + SearchHit.HighlightMark, hits[0].Snippet, StringComparison.OrdinalIgnoreCase);

        Assert.Equal(["a2"], (await Store.SearchAsync("COURT growers", 10)).Select(h => h.ArticleId));
        Assert.Empty(await Store.SearchAsync("ferry growers", 10));
        Assert.Single(await Store.SearchAsync("ferry", 1));
        Assert.Empty(await Store.SearchAsync("submarine", 10));
    }

    [StoreFact]
    public async Task Search_takes_any_text_without_failing()
    {
        await Store.CommitAsync(new IngestBatch([New("a0", "Ferry timetable", "The harbour ferry runs again.", 0)], ImmutableDictionary<string, string?>.Empty, [], [Story("s1", "a0")]));

        foreach (var query in new[] { "\"unbalanced", "ferry AND OR NOT (", "*", "ferry:title -harbour ^ NEAR(", "'; DROP TABLE articles; --", "", "   ", "ferry's", "!!!", "\\", "ferry\0" })
        {
            var hits = await Store.SearchAsync(query, 10);
            Assert.All(hits, h => Assert.Equal("a0", h.ArticleId));
            Assert.All(await Store.ListStoriesAsync(new StoryQuery { Text = query }), s => Assert.Equal("s1", s.Id));
        }
        Assert.Single(await Store.SearchAsync("FERRY!", 10));
        Assert.Equal(new StoreCounts(1, 1), await Store.CountAsync());
    }

    // ---- Listing ----

    [StoreFact]
    public async Task Listing_puts_the_latest_stories_first_then_the_largest()
    {
        var articles = Articles(6);
        await Store.CommitAsync(Batch(articles.Take(3), Story("s-small", "a0"), Story("s-large", "a1", "a2")));
        Clock.Advance(TimeSpan.FromHours(1));
        var later = articles.Skip(3).Select(a => a with { IngestedAt = Clock.Now });
        await Store.CommitAsync(Batch(later, Story("s-newest-small", "a3"), Story("s-newest-large", "a4", "a5")));

        var listed = await Store.ListStoriesAsync(new StoryQuery());
        Assert.Equal(["s-newest-large", "s-newest-small", "s-large", "s-small"], listed.Select(s => s.Id));
        Assert.Equal(["a4", "a5"], listed[0].ArticleIds.AsEnumerable());
        Assert.Equal(["Outlet 4", "Outlet 5"], listed[0].Outlets.AsEnumerable());
        Assert.Equal(Clock.Now, listed[0].UpdatedAt);
        Assert.Equal(2, (await Store.ListStoriesAsync(new StoryQuery { Limit = 2 })).Count);
    }

    [StoreFact]
    public async Task Listing_filters_by_update_time_and_by_words()
    {
        await Store.CommitAsync(new IngestBatch([New("a0", "Ferry timetable", "The harbour ferry runs again.", 0)], ImmutableDictionary<string, string?>.Empty, [], [Story("s-ferry", "a0")]));
        Clock.Advance(TimeSpan.FromDays(1));
        var cut = Clock.Now;
        await Store.CommitAsync(new IngestBatch([New("a1", "Orchard ruling", "The court ruled for the growers.", 1)], ImmutableDictionary<string, string?>.Empty, [], [Story("s-orchard", "a1")]));

        Assert.Equal(["s-orchard"], (await Store.ListStoriesAsync(new StoryQuery { Since = cut })).Select(s => s.Id));
        Assert.Equal(["s-orchard", "s-ferry"], (await Store.ListStoriesAsync(new StoryQuery { Since = cut.AddDays(-2) })).Select(s => s.Id));
        Assert.Equal(["s-ferry"], (await Store.ListStoriesAsync(new StoryQuery { Text = "harbour ferry" })).Select(s => s.Id));
        Assert.Empty(await Store.ListStoriesAsync(new StoryQuery { Text = "ferry", Since = cut }));
        Assert.Empty(await Store.ListStoriesAsync(new StoryQuery { Text = "?!" }));
    }

    // ---- Ingest end to end ----

    [StoreFact]
    public async Task Ingesting_the_same_pages_twice_stores_them_once()
    {
        var ingestor = Ingestor();
        var first = await ingestor.IngestAsync(FictionalNews.FirstDay);
        var counts = await Store.CountAsync();
        var second = await ingestor.IngestAsync(FictionalNews.FirstDay);

        Assert.Equal(FictionalNews.FirstDay.Count, first.Added.Length);
        Assert.Equal(FictionalNews.FirstDay.Count, counts.Articles);
        Assert.Empty(second.Added);
        Assert.Equal(first.Added.AsEnumerable(), second.AlreadyStored.AsEnumerable());
        Assert.Equal(0, second.StoriesAnalysed);
        Assert.Equal(counts, await Store.CountAsync());
    }

    [StoreFact]
    public async Task A_new_article_joining_a_story_reanalyses_only_that_story()
    {
        var ingestor = Ingestor();
        await ingestor.IngestAsync(FictionalNews.FirstDay);
        var before = await Store.ListStoriesAsync(new StoryQuery());
        var orchard = before.Single(s => s.Title.Contains("Mirren", StringComparison.Ordinal) || s.Title.Contains("water", StringComparison.OrdinalIgnoreCase));
        Clock.Advance(TimeSpan.FromHours(2));

        var late = await ingestor.IngestAsync([FictionalNews.OrchardLate]);

        Assert.Equal(1, late.StoriesAnalysed);
        Assert.Equal(1, late.StoriesReplaced);
        var after = await Store.ListStoriesAsync(new StoryQuery());
        Assert.Equal(before.Count, after.Count);
        var grown = after[0];
        Assert.Equal(orchard.ArticleIds.Length + 1, grown.ArticleIds.Length);
        Assert.Equal(Clock.Now, grown.UpdatedAt);
        Assert.Equal(grown.Id, (await Store.GetStoryAsync(orchard.Id))?.Id);
        foreach (var untouched in before.Where(s => s.Id != orchard.Id))
        {
            Assert.Equal(untouched.UpdatedAt, after.Single(s => s.Id == untouched.Id).UpdatedAt);
        }
    }

    [StoreFact]
    public async Task An_article_dated_both_ways_and_stored_before_its_story_takes_the_date_its_story_settles()
    {
        var ingestor = Ingestor();
        await ingestor.IngestAsync([FictionalNews.BridgeDatedBothWays]);
        var alone = Assert.Single(await Store.LoadArticlesAsync());
        Assert.Equal((new DateOnly(2031, 4, 3), new DateOnly(2031, 3, 4)), (alone.Published, alone.PublishedOtherReading));

        await ingestor.IngestAsync([FictionalNews.BridgeHarbourPost, FictionalNews.BridgeCanalTimes]);

        var settled = (await Open().LoadArticlesAsync()).Single(a => a.Id == alone.Id);
        Assert.Equal(new DateOnly(2031, 3, 4), settled.Published);
        var bridge = Assert.Single(await Store.ListStoriesAsync(new StoryQuery()));
        Assert.Equal(3, bridge.ArticleIds.Length);
    }

    [StoreFact]
    public async Task Stored_stories_are_the_ones_analyze_gives_for_the_same_pages_in_the_same_order()
    {
        var pipeline = CrosscheckPipeline.CreateDefault();
        var ingestor = Ingestor(pipeline);
        var pages = FictionalNews.Numbered(FictionalNews.All);
        foreach (var batch in pages.Chunk(3)) await ingestor.IngestAsync(batch);

        var report = pipeline.Analyze(pages);
        Assert.Equal(report.Stories.Length, (await Store.CountAsync()).Stories);
        Assert.True(report.Stories.Length >= 3, "the fixtures tell three stories");
        Assert.Equal(report.Stories.Select(s => s.Id).Order(StringComparer.Ordinal), (await Store.LoadStoryMembersAsync()).Keys.Order(StringComparer.Ordinal));
        foreach (var story in report.Stories)
        {
            var alone = new AnalysisReport([.. story.ArticleIds.Select(report.ArticleById)], [story], []);
            var stored = await Store.GetStoryAsync(story.Id);
            Assert.NotNull(stored);
            Assert.Equal(story.ArticleIds.AsEnumerable(), stored.ArticleIds.AsEnumerable());
            Assert.Equal(AnalysisJsonWriter.Write(alone), stored.Json);
        }
        var loaded = await Store.LoadArticlesAsync();
        Assert.Equal(report.Articles.Select(a => (a.Id, a.DuplicateOf)), loaded.Select(a => (a.Id, a.DuplicateOf)));
    }

    [StoreFact]
    public async Task A_page_without_an_article_is_rejected_with_a_reason_and_the_rest_stored()
    {
        var result = await Ingestor().IngestAsync([FictionalNews.Lighthouse, FictionalNews.FurnitureOnly, FictionalNews.BridgeCanalTimes]);

        var rejection = Assert.Single(result.Rejected);
        Assert.Equal(FictionalNews.FurnitureOnly.Source, rejection.Source);
        Assert.False(string.IsNullOrWhiteSpace(rejection.Reason));
        Assert.Equal([FictionalNews.Lighthouse.Source, FictionalNews.BridgeCanalTimes.Source], result.Added.Select(a => a.Source));
        Assert.Equal(new StoreCounts(2, 2), await Store.CountAsync());
        var story = await Store.GetStoryAsync(result.Added[0].ArticleId is var id ? (await Store.LoadStoryMembersAsync()).Single(s => s.Value.Contains(id)).Key : "");
        using var json = JsonDocument.Parse(story!.Json);
        Assert.Equal(AnalysisJsonWriter.Schema, json.RootElement.GetProperty("schema").GetString());
    }

    [StoreFact]
    public async Task A_story_a_stage_breaks_on_is_stored_without_analysis_and_the_rest_of_the_batch_and_the_store_stand()
    {
        var pages = FictionalNews.Numbered([
            FictionalNews.BridgeHarbourPost, FictionalNews.BridgeCanalTimes, FictionalNews.BridgeRerun, FictionalNews.OrchardValleyNews,
            FictionalNews.Lighthouse, FictionalNews.OrchardRiverDaily, FictionalNews.OrchardLate]);
        var later = pages.Skip(4).ToList();
        await Ingestor().IngestAsync(pages.Take(4).ToList());
        var storedBefore = await Store.ListStoriesAsync(new StoryQuery());
        var bridge = storedBefore.Single(s => s.Title.Contains("footbridge", StringComparison.Ordinal) || s.Title.Contains("glass bridge", StringComparison.Ordinal));
        var bridgeJson = (await Store.GetStoryAsync(bridge.Id))!.Json;
        Clock.Advance(TimeSpan.FromHours(1));
        var breaking = new CrosscheckPipelineBuilder
        {
            ComparisonStage = (articles, analysis) => articles.Any(a => a.Text.Contains("Skellan", StringComparison.Ordinal))
                ? throw new InvalidOperationException("the comparer met Skellan")
                : new StoryComparer().Compare(articles, analysis),
        }.Build();

        var result = await Ingestor(breaking).IngestAsync(later);

        Assert.Equal(later.Select(p => p.Source), result.Added.Select(a => a.Source));
        Assert.Equal(2, result.StoriesAnalysed);
        var failure = Assert.Single(result.Failed);
        Assert.Equal(StoryStage.Comparison, failure.Stage);
        Assert.Equal("InvalidOperationException: the comparer met Skellan", failure.Error);
        Assert.Equal([FictionalNews.Lighthouse.Source], failure.Sources.AsEnumerable());
        Assert.Equal(new StoreCounts(7, 3), await Store.CountAsync());

        // The broken story is stored with its article, its failure and no analysis; the story stored before is untouched.
        using (var lighthouse = JsonDocument.Parse((await Store.GetStoryAsync(failure.StoryId))!.Json))
        {
            var story = Assert.Single(lighthouse.RootElement.GetProperty("stories").EnumerateArray());
            Assert.Equal("comparison", story.GetProperty("failure").GetProperty("stage").GetString());
            Assert.Equal(0, story.GetProperty("entities").GetArrayLength());
        }
        Assert.Equal(bridgeJson, (await Store.GetStoryAsync(bridge.Id))!.Json);
        Assert.Equal(bridge.UpdatedAt, (await Store.ListStoriesAsync(new StoryQuery())).Single(s => s.Id == bridge.Id).UpdatedAt);

        // Everything else is what analyze gives with the same broken stage.
        using var export = new MemoryStream();
        await StoreExport.WriteAsync(Store, export);
        Assert.Equal(AnalysisJsonWriter.Write(breaking.Analyze(pages)), System.Text.Encoding.UTF8.GetString(export.ToArray()));
    }

    [StoreFact]
    public async Task The_export_of_a_store_is_the_analysis_of_its_pages()
    {
        var pipeline = CrosscheckPipeline.CreateDefault();
        var pages = FictionalNews.Numbered(FictionalNews.All);
        foreach (var batch in pages.Chunk(2)) await Ingestor(pipeline).IngestAsync(batch);

        using var export = new MemoryStream();
        await StoreExport.WriteAsync(Store, export);

        Assert.Equal(AnalysisJsonWriter.Write(pipeline.Analyze(pages)), System.Text.Encoding.UTF8.GetString(export.ToArray()));
    }

    [StoreFact]
    public async Task The_story_list_json_is_an_array_of_id_title_and_article_ids_in_listing_order()
    {
        await Ingestor().IngestAsync(FictionalNews.FirstDay);
        var listed = await Store.ListStoriesAsync(new StoryQuery());

        using var json = JsonDocument.Parse(StoryListJsonWriter.Write(listed));

        Assert.Equal(listed.Select(s => s.Id), json.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        var first = json.RootElement[0];
        Assert.Equal(listed[0].Title, first.GetProperty("title").GetString());
        Assert.Equal(listed[0].ArticleIds.AsEnumerable(), first.GetProperty("articles").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(listed[0].Outlets.AsEnumerable(), first.GetProperty("outlets").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(StoreTimestamps.ToText(listed[0].UpdatedAt), first.GetProperty("updated").GetString());
    }

    // ---- Helpers ----

    private StoryIngestor Ingestor(CrosscheckPipeline? pipeline = null) => new(pipeline ?? CrosscheckPipeline.CreateDefault(), Store, Clock);

    /// <summary>Articles a0, a1, … of outlets "Outlet 0", "Outlet 1", …, ingested now.</summary>
    private List<NewArticle> Articles(int count) =>
        [.. Enumerable.Range(0, count).Select(i => New("a" + i, "Headline number " + i, $"Body of article {i}, paragraph one.\n\nParagraph two.", i))];

    private NewArticle New(string id, string title, string text, int ordinal) => new(
        new Article
        {
            Id = id, Source = id + ".txt", Title = title, Author = "Reporter " + ordinal, Outlet = "Outlet " + ordinal,
            Published = new DateOnly(2031, 3, 1).AddDays(ordinal), Language = "en", Body = [.. text.Split("\n\n")], Ordinal = ordinal,
        },
        StoryIngestor.ContentHash(id + title + text), Clock.Now);

    private StoredStory Story(string id, params string[] articleIds) =>
        new(id, "Story " + id, [.. articleIds], null, null, Clock.Now, "{\"story\":\"" + id + "\"}", "# " + id, "<h1>" + id + "</h1>");

    private static IngestBatch Batch(IEnumerable<NewArticle> articles, params StoredStory[] stories) =>
        new([.. articles], ImmutableDictionary<string, string?>.Empty, [], [.. stories]);
}
