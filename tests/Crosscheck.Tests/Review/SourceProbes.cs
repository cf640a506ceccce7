using Crosscheck.Analysis;
using Crosscheck.Extraction;

namespace Crosscheck.Tests.Review;

/// <summary>Review probes of the relative clause between a name and a reporting verb.</summary>
public sealed class SourceProbes
{
    private static readonly DateOnly Day = new(2031, 3, 14);

    [Fact]
    public void a_company_reporting_its_figures_after_a_relative_clause_is_not_cited_as_a_publication()
    {
        // Without the clause ("Brisk reported a 9% fall") the company is not cited; with it, ReportsFigures is tried on
        // the text from the name, which starts ", which makes…", and never matches.
        var articles = new[]
        {
            Analysis.TestArticles.Create("m1", "Hallam to buy Brisk", Day,
                "Hallam Foods said on Monday it would buy Brisk Drinks for 800 million crowns.",
                "Brisk Drinks, which makes fruit juices, reported a 9% fall in first-half profit in August."),
            Analysis.TestArticles.Create("m2", "Hallam nears deal for Brisk", Day,
                "Hallam Foods announced on Monday that it had agreed to buy Brisk Drinks, the company said in a filing.",
                "Brisk Drinks, which makes fruit juices, reported a 9% fall in first-half profit in August."),
        };

        var sources = new StoryAnalyzer().Analyze(articles).PrimarySources;

        Assert.DoesNotContain(sources, s => s.Name == "Brisk Drinks");
    }
}
