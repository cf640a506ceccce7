using Crosscheck.Pipeline;

namespace Crosscheck.Briefing;

/// <summary>Renders the briefs of a report as one self-contained HTML page.</summary>
public static class HtmlBriefRenderer
{
    public static string Render(AnalysisReport report) => throw new NotImplementedException();
}
