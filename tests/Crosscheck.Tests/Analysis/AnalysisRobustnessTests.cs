using System.Globalization;
using System.Text.RegularExpressions;
using Crosscheck.Briefing;
using Crosscheck.Extraction;
using Crosscheck.Output;
using Crosscheck.Pipeline;

namespace Crosscheck.Tests.Analysis;

/// <summary>
/// "Never throws" for the stages after extraction: seeded stories of one to four articles made of odd text (digits of
/// other scripts, numbers past every numeric type, impossible dates, publication dates at the ends of the calendar,
/// unpaired quotes and surrogates, combining marks, controls, mixed scripts), each sharing a paragraph that the others
/// retell with other numbers, go through the whole analysis and every renderer. Before the fixes this suite came with,
/// such stories threw FormatException (other scripts' digits) and ArgumentOutOfRangeException (dates counted past
/// 9999-12-31 or before 0001-01-01) out of the analysis, which stopped the whole batch.
/// </summary>
public sealed class AnalysisRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "The", "council", "voted", "on", "Tuesday", "to", "close", "the", "bridge", "Mayor", "Ada", "Linwood", "said", "told", "reporters", "according", "to",
        "1e309", "99999999999999999999", "-0", "0", "3.4e38", "NaN", "1,000,000,000,000,000,000,000", "4.2", "million", "billion", "euros", "€", "$", "%", "percent",
        "٣/١١/2024", "２０２４年", "Nov ２３", "३", "31/02/2024", "0000-00-00", "Feb 30", "in 0", "in 99999", "9999-12-31", "0001-01-01", "Monday", "yesterday",
        "tomorrow", "last", "next", "week", "year", "99 years ago", "\u201C", "\u201D", "\"", "'", "\u2018", "\u2019", "«", "»", "''", ",", ".", ";", ":", "!", "?",
        "…", "—", "(", ")", "e\u0301", "\u0301", "\u200B", "\u202E", "\uFEFF", "\uD800", "\uDC00", "😀", "\u0000", "\u2028", "\t", "  ", "\n", "Dr.", "U.S.", "J.",
        "No.", "a", "senior", "official", "he", "she", "Reuters", "police", "killed", "injured", "evacuated", "two", "twelve", "hundred", "dozens",
        "كيلو", "مليون", "北京", "百万", "करोड़", "İstanbul", "ǅ", "ß", "ﬁ", "Ⅻ", "½", "²", "①", "wee\u212A",
    ];

    private static readonly string[] Numbers =
    [
        "1e309", "99999999999999999999", "0", "-1", "4.2", "7", "12", "1,000", "3.4e38", "٣", "２３", "१२", "0.0000001", "NaN", "9223372036854775808", "two", "a million",
    ];

    private static readonly DateOnly?[] Dates =
    [
        null, DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(1, 1, 2), new DateOnly(9999, 12, 30), new DateOnly(2024, 2, 29), new DateOnly(2031, 3, 14),
    ];

    [Fact]
    public void Generated_odd_stories_are_analysed_and_rendered_without_an_exception()
    {
        var random = new Random(20261124);
        var pipeline = new CrosscheckPipelineBuilder { MaxDegreeOfParallelism = 1 }.Build();
        string Sentence() => random.Next(3) == 0
            ? $"{Pieces[random.Next(Pieces.Length)]} {Numbers[random.Next(Numbers.Length)]} people were {Pieces[random.Next(Pieces.Length)]} in the crash, police said on Monday, and {Numbers[random.Next(Numbers.Length)]} were injured."
            : string.Join(random.Next(6) == 0 ? string.Empty : " ", Enumerable.Range(0, random.Next(1, 30)).Select(_ => Pieces[random.Next(Pieces.Length)]));
        string Paragraph() => string.Join(" ", Enumerable.Range(0, random.Next(1, 6)).Select(_ => Sentence()));
        string Retold(string text) => Regex.Replace(text, @"\b\d[\d.,e]*\b|\b(?:two|twelve|hundred)\b", m => random.Next(2) == 0 ? Numbers[random.Next(Numbers.Length)] : m.Value);

        for (var round = 0; round < 400; round++)
        {
            var shared = Paragraph();
            var articles = Enumerable.Range(0, random.Next(1, 5)).Select(i => new Article
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"a{round}-{i}"),
                Source = string.Create(CultureInfo.InvariantCulture, $"a{round}-{i}.txt"),
                Title = random.Next(5) == 0 ? string.Empty : Sentence(),
                Author = random.Next(3) == 0 ? null : Sentence(),
                Outlet = random.Next(3) == 0 ? null : Sentence(),
                Published = Dates[random.Next(Dates.Length)],
                Language = random.Next(2) == 0 ? "en" : null,
                Ordinal = i,
                Body = [.. Enumerable.Range(0, random.Next(1, 5)).Select(_ => random.Next(3) switch { 0 => shared, 1 => Retold(shared), _ => Paragraph() })],
            }).ToList();

            AnalysisReport report;
            try
            {
                report = pipeline.Analyze(articles, []);
                Assert.NotEmpty(AnalysisJsonWriter.Write(report));
                Assert.NotEmpty(MarkdownBriefRenderer.Render(report));
                Assert.NotEmpty(HtmlBriefRenderer.Render(report));
            }
            catch (Exception e)
            {
                var cause = e is AggregateException { InnerExceptions.Count: > 0 } many ? many.InnerExceptions[0] : e;
                Assert.Fail($"round {round}: {cause.GetType().Name}: {cause.Message}\n{cause.StackTrace}\n--- articles ---\n{string.Join("\n---\n", articles.Select(a => $"{a.Published} {a.Title}\n{a.Text}"))}");
                return;
            }
            Assert.Equal(articles.Select(a => a.Id).Order(StringComparer.Ordinal), report.Stories.SelectMany(s => s.ArticleIds).Order(StringComparer.Ordinal));
        }
    }
}
