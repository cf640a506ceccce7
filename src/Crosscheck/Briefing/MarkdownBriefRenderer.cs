using Crosscheck.Pipeline;

namespace Crosscheck.Briefing;

/// <summary>Renders the briefs of a report as Markdown.</summary>
public static class MarkdownBriefRenderer
{
    public static string Render(AnalysisReport report) => throw new NotImplementedException();
}
