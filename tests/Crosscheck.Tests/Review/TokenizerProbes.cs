using Crosscheck.Analysis;

namespace Crosscheck.Tests.Review;

/// <summary>Review probes of the glued currency split: the code becomes a capitalised word token of its own.</summary>
public sealed class TokenizerProbes
{
    [Theory]
    [InlineData("Sh")]
    [InlineData("KSh")]
    [InlineData("Mk")]
    public void a_glued_currency_code_is_not_an_entity(string code)
    {
        var analysis = Analysis.TestArticles.AnalyzeOne(
            $"The county paid {code}2bn to Kerrow Dairies for the milk scheme on Monday, officials said.",
            $"Kerrow Dairies said a further {code}3bn had been promised for next year.");

        Assert.DoesNotContain(analysis.Entities, e => e.Name == code || e.Aliases.Contains(code));
    }
}
