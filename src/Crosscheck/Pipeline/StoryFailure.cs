using System.Collections.Immutable;

namespace Crosscheck.Pipeline;

/// <summary>The steps that work on one story once it is grouped, in the order they run.</summary>
public enum StoryStage
{
    /// <summary>Choosing the story's title among its articles' titles.</summary>
    Title,

    /// <summary>Entities, quotes, timeline and primary sources (<see cref="Analysis.StoryAnalyzer"/>).</summary>
    Analysis,

    /// <summary>Claims aligned across outlets and conflicts (<see cref="Comparison.StoryComparer"/>).</summary>
    Comparison,

    /// <summary>The cited summary (<see cref="Briefing.Summarizer"/>).</summary>
    Summary,
}

/// <summary>
/// A story whose analysis broke: a stage threw while working on it. Like a page that breaks the extractor, it is a
/// bug to report, and it does not stop the batch: the story keeps its articles, their copies and their grouping,
/// and its analysis parts (entities, quotes, timeline, claims, conflicts, summary, primary sources) are empty.
/// </summary>
/// <param name="StoryId">The story's id.</param>
/// <param name="Sources">Its articles' sources (paths or URLs), in input order.</param>
/// <param name="Stage">The stage that threw.</param>
/// <param name="Error">The exception's type and message.</param>
public sealed record StoryFailure(string StoryId, ImmutableArray<string> Sources, StoryStage Stage, string Error)
{
    /// <summary>Sources named in <see cref="Description"/>; the rest are counted.</summary>
    private const int SourcesNamed = 10;

    /// <summary>The stage's name as the JSON output and the messages print it: "title", "analysis", "comparison", "summary".</summary>
    public string StageName => Stage.ToString().ToLowerInvariant();

    /// <summary>What a brief prints under the story's headline.</summary>
    public string Notice => NoticeOf(StageName, Error);

    /// <summary>
    /// The notice for a failure as the JSON output gives it (<c>"failure": { "stage", "error" }</c>), so that a page
    /// rendered from a stored story says what the briefs say.
    /// </summary>
    public static string NoticeOf(string stageName, string error) =>
        $"This story could not be analysed: the {stageName} stage failed ({error}). Its articles are listed without analysis; please report these pages.";

    /// <summary>One line for a person: which story and pages, which stage, what it threw, and what to do.</summary>
    public string Description
    {
        get
        {
            var named = string.Join(", ", Sources.Take(SourcesNamed));
            if (Sources.Length > SourcesNamed) named += $" and {Sources.Length - SourcesNamed} more";
            return $"story {StoryId} ({named}): the {StageName} stage failed ({Error}); the story is kept with its articles but without analysis; please report these pages";
        }
    }
}
