using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Crosscheck.Briefing;
using Crosscheck.Extraction;
using Crosscheck.Output;
using Crosscheck.Pipeline;
using Crosscheck.Sources;

namespace Crosscheck.Storage;

/// <summary>
/// Incremental ingest: extracts a batch of pages, skips those whose content is already stored, regroups the stored
/// articles and the new ones into stories (in ingest order, so the stories are the ones <c>analyze</c> gives for the
/// same pages in the same order), analyses only the stories whose membership is new, and commits the batch to the
/// store in one transaction. A page that cannot be used is reported with a reason and the rest of the batch goes on.
/// </summary>
public sealed class StoryIngestor(CrosscheckPipeline pipeline, IStoryStore store, TimeProvider clock)
{
    public StoryIngestor(CrosscheckPipeline pipeline, IStoryStore store) : this(pipeline, store, TimeProvider.System) { }

    /// <summary>How often a batch is worked out again when another writer commits first (<see cref="StoreConflictException"/>).</summary>
    private const int Attempts = 5;

    public async Task<IngestResult> IngestAsync(IReadOnlyList<SourceDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await IngestOnceAsync(documents, cancellationToken).ConfigureAwait(false);
            }
            catch (StoreConflictException) when (attempt < Attempts)
            {
                // Another ingest committed while this batch was worked out: its stories are stale; start again from the store as it is now.
            }
        }
    }

    private async Task<IngestResult> IngestOnceAsync(IReadOnlyList<SourceDocument> documents, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rejections = new List<Rejection>();
        var already = new List<StoredSource>();
        // Pages stored by an earlier ingest (not repeats within this batch), by source and article id.
        var resent = new List<StoredSource>();

        // One hash per page; a page given twice in one batch is stored once.
        var hashes = documents.Select(d => ContentHash(d.Content)).ToList();
        var known = await store.FindContentAsync(hashes.Distinct(StringComparer.Ordinal).ToList(), cancellationToken).ConfigureAwait(false);
        var fresh = new List<(SourceDocument Document, string Hash)>();
        var firstInBatch = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            if (known.TryGetValue(hashes[i], out var storedId))
            {
                already.Add(new StoredSource(documents[i].Source, storedId));
                resent.Add(already[^1]);
            }
            else if (firstInBatch.TryGetValue(hashes[i], out var earlier)) already.Add(new StoredSource(documents[i].Source, earlier));
            else
            {
                firstInBatch[hashes[i]] = documents[i].Source;
                fresh.Add((documents[i], hashes[i]));
            }
        }

        if (fresh.Count == 0)
        {
            return new IngestResult([], [.. already], [], 0, 0) { Failed = await StoredFailuresAsync(resent, null, [], cancellationToken).ConfigureAwait(false) };
        }

        var stored = await store.LoadArticlesAsync(cancellationToken).ConfigureAwait(false);
        var storedStories = await store.LoadStoryMembersAsync(cancellationToken).ConfigureAwait(false);
        var storedMeanwhile = await store.FindContentAsync(fresh.Select(f => f.Hash).ToList(), cancellationToken).ConfigureAwait(false);
        // The reads saw one state of the store only if no writer committed since the first (every commit adds articles),
        // and the fresh pages are still new only if no other writer stored them since they were looked up.
        var count = await store.CountAsync(cancellationToken).ConfigureAwait(false);
        if (count.Articles != stored.Count || storedMeanwhile.Count > 0) throw new StoreConflictException(stored.Count, count.Articles);
        var ids = stored.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var nextOrdinal = stored.Count == 0 ? 0 : stored.Max(a => a.Ordinal) + 1;
        var added = new List<NewArticle>();
        var extracted = pipeline.ExtractAll(fresh.Select(f => f.Document).ToList(), cancellationToken);
        for (var i = 0; i < extracted.Count; i++)
        {
            var (document, result) = extracted[i];
            if (result.Article is null)
            {
                rejections.Add(new Rejection(document.Source, result.RejectionReason ?? "no article found"));
                continue;
            }
            var id = result.Article.Id;
            for (var n = 2; !ids.Add(id); n++) id = result.Article.Id + "-" + n;
            added.Add(new NewArticle(result.Article with { Id = id, Ordinal = nextOrdinal++ }, fresh[i].Hash, now));
        }
        if (added.Count == 0)
        {
            return new IngestResult([], [.. already], [.. rejections], 0, 0) { Failed = await StoredFailuresAsync(resent, null, [], cancellationToken).ConfigureAwait(false) };
        }

        var grouping = pipeline.Group([.. stored, .. added.Select(a => a.Article)]);
        var byId = grouping.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var duplicateOfChanges = stored
            .Where(a => !string.Equals(a.DuplicateOf, byId[a.Id].DuplicateOf, StringComparison.Ordinal))
            .ToImmutableDictionary(a => a.Id, a => byId[a.Id].DuplicateOf, StringComparer.Ordinal);
        var newArticles = added.Select(a => a with { Article = byId[a.Article.Id] }).ToImmutableArray();
        // A stored article dated both ways whose story has now arrived takes the reading the story settled.
        var dateChanges = stored
            .Where(a => a.Published != byId[a.Id].Published || a.PublishedOtherReading != byId[a.Id].PublishedOtherReading)
            .ToImmutableDictionary(a => a.Id, a => new StoredDates(byId[a.Id].Published, byId[a.Id].PublishedOtherReading), StringComparer.Ordinal);

        var storyOfArticle = grouping.Stories.SelectMany(s => s.Articles.Select(a => (Article: a.Id, Story: s.Id)))
            .ToDictionary(p => p.Article, p => p.Story, StringComparer.Ordinal);
        var current = grouping.Stories.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var removed = storedStories
            .Where(s => !current.Contains(s.Key))
            .Select(s => new StoryReplacement(s.Key, storyOfArticle[s.Value[0]]))
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        // New stories, and stored ones in which an article became (or stopped being) a copy or was re-dated: that changes the analysis.
        // A story a stage breaks on is stored without analysis, its failure in its JSON, and the batch goes on.
        var analysed = grouping.Stories
            .Where(s => !storedStories.ContainsKey(s.Id) || s.Articles.Any(a => duplicateOfChanges.ContainsKey(a.Id) || dateChanges.ContainsKey(a.Id)))
            .AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .Select(s =>
            {
                var story = pipeline.AnalyzeStory(s);
                return (Stored: Render(s, story, now), story.Failure);
            })
            .ToList();
        var stories = analysed.Select(a => a.Stored).ToImmutableArray();

        var batch = new IngestBatch(newArticles, duplicateOfChanges, removed, stories) { ExpectedArticleCount = stored.Count, DateChanges = dateChanges };
        await store.CommitAsync(batch, cancellationToken).ConfigureAwait(false);
        var analysedIds = stories.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        return new IngestResult(
            [.. newArticles.Select(a => new StoredSource(a.Article.Source, a.Article.Id))],
            [.. already], [.. rejections], stories.Length, removed.Length)
        {
            Failed = [.. analysed.Select(a => a.Failure).OfType<StoryFailure>(), .. await StoredFailuresAsync(resent, storyOfArticle, analysedIds, cancellationToken).ConfigureAwait(false)],
        };
    }

    /// <summary>
    /// The failures of the stories that pages sent again belong to, when those stories were stored without analysis (their
    /// JSON's <c>"failure"</c>) and this batch did not analyse them again: a page sent again after its story broke a stage
    /// is reported as its first ingest was, not taken for a success.
    /// </summary>
    /// <param name="storyOf">Each article's story after this batch; null to read the stored membership.</param>
    /// <param name="analysed">Stories this batch analysed (their failures, if any, are reported already).</param>
    private async Task<ImmutableArray<StoryFailure>> StoredFailuresAsync(List<StoredSource> resent, IReadOnlyDictionary<string, string>? storyOf, HashSet<string> analysed, CancellationToken cancellationToken)
    {
        if (resent.Count == 0) return [];
        if (storyOf is null)
        {
            var members = await store.LoadStoryMembersAsync(cancellationToken).ConfigureAwait(false);
            storyOf = members.SelectMany(m => m.Value.Select(a => (Article: a, Story: m.Key))).ToDictionary(p => p.Article, p => p.Story, StringComparer.Ordinal);
        }
        var failures = ImmutableArray.CreateBuilder<StoryFailure>();
        foreach (var pages in resent.Where(r => storyOf.ContainsKey(r.ArticleId)).GroupBy(r => storyOf[r.ArticleId], StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (analysed.Contains(pages.Key) || await store.GetStoryAsync(pages.Key, cancellationToken).ConfigureAwait(false) is not { } stored) continue;
            // Most stories were analysed: their JSON has no "failure" key, and is not parsed.
            if (!stored.Json.Contains("\"failure\"", StringComparison.Ordinal)) continue;
            using var json = System.Text.Json.JsonDocument.Parse(stored.Json);
            if (!json.RootElement.TryGetProperty("stories", out var list) || list.GetArrayLength() == 0
                || !list[0].TryGetProperty("failure", out var failure) || failure.ValueKind != System.Text.Json.JsonValueKind.Object) continue;
            var stage = Enum.TryParse<StoryStage>(failure.GetProperty("stage").GetString(), ignoreCase: true, out var parsed) ? parsed : StoryStage.Analysis;
            failures.Add(new StoryFailure(pages.Key, [.. pages.Select(p => p.Source)], stage, failure.GetProperty("error").GetString() ?? ""));
        }
        return failures.ToImmutable();
    }

    /// <summary>The key that makes ingest idempotent: SHA-256 of the decoded page, lower-case hex.</summary>
    public static string ContentHash(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    /// <summary>The story's outputs, rendered as <c>analyze</c> renders a run that holds only this story.</summary>
    private static StoredStory Render(StoryMembers members, Story story, DateTimeOffset now)
    {
        var report = new AnalysisReport(members.Articles, [story], []);
        var dates = members.Articles.Where(a => a.Published is not null).Select(a => a.Published!.Value).ToList();
        return new StoredStory(
            story.Id, story.Title, story.ArticleIds,
            dates.Count == 0 ? null : dates.Min(), dates.Count == 0 ? null : dates.Max(), now,
            AnalysisJsonWriter.Write(report), MarkdownBriefRenderer.Render(report), HtmlBriefRenderer.Render(report));
    }
}

/// <summary>A page and the id of the article it is stored as.</summary>
public sealed record StoredSource(string Source, string ArticleId);

/// <summary>What one ingest batch did.</summary>
/// <param name="Added">Pages stored as new articles.</param>
/// <param name="AlreadyStored">Pages whose content was already stored (or given twice in the batch), with the article that holds it.</param>
/// <param name="Rejected">Pages that gave no article, each with a reason.</param>
/// <param name="StoriesAnalysed">Stories analysed in this batch: the new ones and those whose articles changed (any in <see cref="IngestResult.Failed"/> included).</param>
/// <param name="StoriesReplaced">Stored stories that became part of another.</param>
public sealed record IngestResult(
    ImmutableArray<StoredSource> Added,
    ImmutableArray<StoredSource> AlreadyStored,
    ImmutableArray<Rejection> Rejected,
    int StoriesAnalysed,
    int StoriesReplaced)
{
    /// <summary>Stories of this batch a stage broke on: stored with their articles but without analysis, each named with the stage and error.</summary>
    public ImmutableArray<StoryFailure> Failed { get; init; } = [];
}
