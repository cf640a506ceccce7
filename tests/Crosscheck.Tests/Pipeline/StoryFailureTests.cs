using System.Collections.Immutable;
using System.Text.Json;
using Crosscheck.Analysis;
using Crosscheck.Briefing;
using Crosscheck.Cli;
using Crosscheck.Comparison;
using Crosscheck.Extraction;
using Crosscheck.Output;
using Crosscheck.Pipeline;
using Crosscheck.Tests.Clustering;

namespace Crosscheck.Tests.Pipeline;

/// <summary>
/// A stage that throws on one story does not stop the batch: the other stories are analysed as usual, and the broken
/// one is still output with its articles, its grouping and its copies, no analysis, and a failure that names the
/// story, its pages, the stage and the error. Cancellation still stops the run.
/// </summary>
public sealed class StoryFailureTests
{
    private const string Poison = "Korrin";

    /// <summary>Three stories told by three outlets each, three lone articles, and a word-for-word re-run of one recall article.</summary>
    private static readonly ImmutableArray<Article> Coverage =
    [
        .. FictionalCoverage.Articles.Select((a, i) => Article(a.Id, a.Document.Title, a.Document.Published, a.Document.Text, i)),
        Article("recall-rerun", FictionalCoverage.Articles.Single(a => a.Id == "recall-a").Document.Title, new DateOnly(2031, 3, 4),
            FictionalCoverage.Articles.Single(a => a.Id == "recall-a").Document.Text, FictionalCoverage.Articles.Count),
    ];

    public static TheoryData<StoryStage> Stages => [StoryStage.Analysis, StoryStage.Comparison, StoryStage.Summary];

    [Theory]
    [MemberData(nameof(Stages))]
    public void A_story_a_stage_throws_on_is_kept_without_analysis_and_the_others_are_analysed_as_usual(StoryStage stage)
    {
        var usual = Build(_ => { }).Analyze(Coverage, []);
        var report = Build(b => BreakOn(b, stage)).Analyze(Coverage, []);

        var failed = Assert.Single(report.Stories, s => s.Failure is not null);
        var failure = failed.Failure!;
        Assert.Equal(stage, failure.Stage);
        Assert.Equal("InvalidOperationException: the " + stage + " stage met " + Poison, failure.Error);
        Assert.Equal(failed.Id, failure.StoryId);
        Assert.Equal(["recall-a.txt", "recall-b.txt", "recall-c.txt", "recall-rerun.txt"], failure.Sources.AsEnumerable());

        // The grouping, the ids and the copies are the usual ones; only the analysis parts are empty.
        Assert.Equal(usual.Articles.Select(a => (a.Id, a.DuplicateOf)), report.Articles.Select(a => (a.Id, a.DuplicateOf)));
        Assert.Equal("recall-a", report.ArticleById("recall-rerun").DuplicateOf);
        Assert.Equal(usual.Stories.Select(s => (s.Id, Articles: string.Join(' ', s.ArticleIds))), report.Stories.Select(s => (s.Id, Articles: string.Join(' ', s.ArticleIds))));
        Assert.Equal(usual.Stories.Single(s => s.Id == failed.Id).Title, failed.Title);
        Assert.Empty(failed.Analysis.Entities);
        Assert.Empty(failed.Analysis.Quotes);
        Assert.Empty(failed.Analysis.Timeline);
        Assert.Empty(failed.Analysis.PrimarySources);
        Assert.Empty(failed.Comparison.Claims);
        Assert.Empty(failed.Comparison.Conflicts);
        Assert.Empty(failed.Summary);

        foreach (var story in report.Stories.Where(s => s.Failure is null))
        {
            Assert.Equal(StoryJson(usual, usual.Stories.Single(s => s.Id == story.Id)), StoryJson(report, story));
        }
        Assert.Equal([failure], report.StoryFailures);
    }

    [Fact]
    public void The_json_output_gives_a_broken_story_a_failure_and_leaves_every_other_story_as_it_was()
    {
        var usual = JsonDocument.Parse(AnalysisJsonWriter.Write(Build(_ => { }).Analyze(Coverage, []))).RootElement;
        var broken = JsonDocument.Parse(AnalysisJsonWriter.Write(Build(b => BreakOn(b, StoryStage.Comparison)).Analyze(Coverage, []))).RootElement;

        Assert.Equal(usual.GetProperty("articles").GetRawText(), broken.GetProperty("articles").GetRawText());
        Assert.Equal(0, broken.GetProperty("rejected").GetArrayLength());
        var stories = broken.GetProperty("stories").EnumerateArray().ToList();
        var failed = Assert.Single(stories, s => s.TryGetProperty("failure", out _));
        Assert.Equal("comparison", failed.GetProperty("failure").GetProperty("stage").GetString());
        Assert.Equal("InvalidOperationException: the Comparison stage met " + Poison, failed.GetProperty("failure").GetProperty("error").GetString());
        Assert.Equal(["recall-a", "recall-b", "recall-c", "recall-rerun"], failed.GetProperty("articles").EnumerateArray().Select(a => a.GetString()));
        foreach (var key in new[] { "primarySources", "entities", "quotes", "timeline", "claims", "conflicts", "summary" })
        {
            Assert.Equal(0, failed.GetProperty(key).GetArrayLength());
        }
        var others = usual.GetProperty("stories").EnumerateArray().Where(s => s.GetProperty("id").GetString() != failed.GetProperty("id").GetString());
        Assert.Equal(others.Select(s => s.GetRawText()), stories.Where(s => !s.TryGetProperty("failure", out _)).Select(s => s.GetRawText()));
    }

    [Fact]
    public void The_briefs_say_under_the_broken_storys_headline_which_stage_failed()
    {
        var report = Build(b => BreakOn(b, StoryStage.Summary)).Analyze(Coverage, []);

        var notice = "This story could not be analysed: the summary stage failed (InvalidOperationException: the Summary stage met Korrin).";
        Assert.Contains(notice, MarkdownBriefRenderer.Render(report), StringComparison.Ordinal);
        Assert.Contains(notice, HtmlBriefRenderer.Render(report), StringComparison.Ordinal);
        Assert.Single(report.StoryFailures);
    }

    [Fact]
    public void The_command_line_names_the_broken_story_its_pages_and_the_stage_and_exits_with_partial_output()
    {
        var usual = Build(_ => { }).Analyze(Coverage, []);
        var report = Build(b => BreakOn(b, StoryStage.Analysis)).Analyze(Coverage, []);
        var usualError = new StringWriter();
        var error = new StringWriter();

        Assert.Equal(0, AnalyzeCommand.Conclude(usual, usualError));
        var exitCode = AnalyzeCommand.Conclude(report, error);

        Assert.Equal($"crosscheck: {Coverage.Length} articles in {usual.Stories.Length} stories; 0 inputs rejected\n", usualError.ToString().ReplaceLineEndings("\n"));
        Assert.Equal(1, exitCode);
        var story = report.StoryFailures.Single().StoryId;
        Assert.Equal(
            $"crosscheck: error: story {story} (recall-a.txt, recall-b.txt, recall-c.txt, recall-rerun.txt): the analysis stage failed "
            + $"(InvalidOperationException: the Analysis stage met {Poison}); the story is kept with its articles but without analysis; please report these pages\n"
            + $"crosscheck: {Coverage.Length} articles in {report.Stories.Length} stories; 0 inputs rejected; 1 stories without analysis\n",
            error.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_stage_that_cancels_stops_the_run_even_after_another_story_broke()
    {
        using var cancellation = new CancellationTokenSource();
        var pipeline = new CrosscheckPipelineBuilder
        {
            MaxDegreeOfParallelism = 1,
            ComparisonStage = (articles, analysis) =>
            {
                if (articles.Any(a => a.Text.Contains(Poison, StringComparison.Ordinal))) throw new InvalidOperationException("the comparer met " + Poison);
                if (articles.Any(a => a.Text.Contains("Estorian", StringComparison.Ordinal))) cancellation.Cancel();
                cancellation.Token.ThrowIfCancellationRequested();
                return new StoryComparer().Compare(articles, analysis);
            },
        }.Build();

        Assert.ThrowsAny<OperationCanceledException>(() => pipeline.Analyze(Coverage, [], cancellation.Token));
    }

    [Fact]
    public void Cancellation_thrown_inside_a_stage_is_not_taken_for_a_broken_story()
    {
        Exception thrown = new InvalidOperationException("broken");
        var pipeline = Build(b => b.AnalysisStage = _ => throw thrown);
        var members = pipeline.Group(Coverage).Stories[0];

        Assert.Equal("InvalidOperationException: broken", pipeline.AnalyzeStory(members).Failure?.Error);
        thrown = new OperationCanceledException();
        Assert.Throws<OperationCanceledException>(() => pipeline.AnalyzeStory(members));
    }

    private static CrosscheckPipeline Build(Action<CrosscheckPipelineBuilder> configure) =>
        new CrosscheckPipelineBuilder { MaxDegreeOfParallelism = 2 }.Configure(configure).Build();

    /// <summary>Makes <paramref name="stage"/> throw on any story that mentions <see cref="Poison"/>; on the others it runs as usual.</summary>
    private static void BreakOn(CrosscheckPipelineBuilder builder, StoryStage stage)
    {
        void Check(IReadOnlyList<Article> articles)
        {
            if (articles.Any(a => a.Text.Contains(Poison, StringComparison.Ordinal))) throw new InvalidOperationException($"the {stage} stage met {Poison}");
        }
        switch (stage)
        {
            case StoryStage.Analysis:
                builder.AnalysisStage = articles =>
                {
                    Check(articles);
                    return new StoryAnalyzer().Analyze(articles);
                };
                break;
            case StoryStage.Comparison:
                builder.ComparisonStage = (articles, analysis) =>
                {
                    Check(articles);
                    return new StoryComparer().Compare(articles, analysis);
                };
                break;
            case StoryStage.Summary:
                builder.SummaryStage = (articles, analysis, comparison) =>
                {
                    Check(articles);
                    return new Summarizer().Summarize(articles, analysis, comparison);
                };
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(stage), stage, "only the analysis, comparison and summary stages can be replaced");
        }
    }

    private static string StoryJson(AnalysisReport report, Story story) =>
        AnalysisJsonWriter.Write(new AnalysisReport([.. story.ArticleIds.Select(report.ArticleById)], [story], []));

    private static Article Article(string id, string title, DateOnly? published, string text, int ordinal) => new()
    {
        Id = id,
        Source = id + ".txt",
        Title = title,
        Published = published,
        Body = [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        Ordinal = ordinal,
    };
}
