using System.Collections.Immutable;
using System.Text;
using Crosscheck.Extraction;

namespace Crosscheck.Storage.Tests.Support;

/// <summary>
/// Seeded random articles for round-trip checks: every optional field sometimes null, text with quotes, backslashes,
/// SQL and JSON punctuation, line breaks, accents, scripts outside Latin, characters outside the BMP and control
/// characters (all but NUL, which PostgreSQL text cannot hold and no extracted page contains), empty and blank
/// paragraphs, extreme dates and ordinals, and copies that point at articles stored later in the batch.
/// </summary>
public static class RandomArticles
{
    private static readonly string[] Pieces =
    [
        "a", "Z", "7", " ", "  ", "\n", "\n\n", "\t", "\r\n", "'", "\"", "\\", "%", "_", "--", ";", "{", "}", "[", "]", "*", "**",
        "é", "ø", "ß", "Ł", "ж", "ש", "ع", "中", "文", "ひ", "🙂", "𝔉", "\u00a0", "\u200b", "\u0001", "\u001f", "\u007f", "\ufeff",
        "NULL", "null", "<script>", "&amp;", "word", "the", "Tarnholm",
    ];

    public static IReadOnlyList<Article> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var ordinals = new HashSet<int>();
        var articles = new List<Article>();
        for (var i = 0; i < count; i++)
        {
            int ordinal;
            do ordinal = random.Next(6) == 0 ? int.MaxValue - random.Next(1000) : random.Next(1_000_000);
            while (!ordinals.Add(ordinal));
            articles.Add(new Article
            {
                Id = "a" + i.ToString("x11", System.Globalization.CultureInfo.InvariantCulture) + Text(random, 0, 3).Replace("\u0001", "", StringComparison.Ordinal),
                Source = Text(random, 1, 30),
                Title = Text(random, 0, 20),
                Author = Maybe(random, () => Text(random, 0, 8)),
                Outlet = Maybe(random, () => Text(random, 0, 8)),
                Published = random.Next(4) switch
                {
                    0 => null,
                    1 => random.Next(2) == 0 ? DateOnly.MinValue : DateOnly.MaxValue,
                    _ => DateOnly.FromDayNumber(random.Next(DateOnly.FromDateTime(new DateTime(1900, 1, 1)).DayNumber, DateOnly.FromDateTime(new DateTime(2100, 1, 1)).DayNumber)),
                },
                Language = Maybe(random, () => random.Next(2) == 0 ? "en" : Text(random, 0, 3)),
                Body = [.. Enumerable.Range(0, random.Next(6)).Select(_ => Text(random, 0, 60))],
                Ordinal = ordinal,
            });
        }
        // A date read both ways keeps its other reading; copies point at any article of the batch, earlier or later.
        articles = [.. articles.Select(a => a.Published is { Day: <= 12 } date && date.Day != date.Month && random.Next(3) == 0
            ? a with { PublishedOtherReading = new DateOnly(date.Year, date.Day, date.Month) }
            : a)];
        return articles.Select(a => random.Next(4) == 0 ? a with { DuplicateOf = articles[random.Next(articles.Count)].Id } : a).ToList();
    }

    private static string? Maybe(Random random, Func<string> make) => random.Next(3) == 0 ? null : make();

    private static string Text(Random random, int min, int max)
    {
        var text = new StringBuilder();
        for (var n = random.Next(min, max + 1); n > 0; n--) text.Append(Pieces[random.Next(Pieces.Length)]);
        return text.ToString();
    }

    public static ImmutableArray<NewArticle> AsNew(IEnumerable<Article> articles, DateTimeOffset ingestedAt) =>
        [.. articles.Select(a => new NewArticle(a, StoryIngestor.ContentHash(a.Id + "\n" + a.Text), ingestedAt))];
}
