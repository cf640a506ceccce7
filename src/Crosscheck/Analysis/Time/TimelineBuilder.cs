using System.Collections.Immutable;

namespace Crosscheck.Analysis.Time;

/// <summary>
/// Builds a story's timeline: every sentence that dates something becomes an event at that date (day, month or
/// year precision; at each of its dates, unless it lists more than <see cref="MaxDatesPerSentence"/>), and the events of different articles at the same date merge when their sentences share
/// content words. Events are ordered by date, coarser precision first, then by first appearance.
/// </summary>
public sealed class TimelineBuilder(DateResolver resolver)
{
    public TimelineBuilder() : this(new DateResolver()) { }

    public DateResolver Resolver { get; } = resolver;

    /// <summary>Share of the shorter sentence's content words two same-date sentences must share to be one event.</summary>
    public double MergeOverlap { get; init; } = 0.25;

    /// <summary>
    /// The most dates a sentence can give and still be an event at each: one that dates more is a list (a tour's dates,
    /// a timetable) and no event. Prose dates four at most (the samples, holdouts and seeds three; the Zyte benchmark's
    /// pages four, and tour lists 25 and 30). It also bounds the timeline: every date of a sentence repeats its whole
    /// text, so a run-on "sentence" of 30,000 dates (500 KB) made 1,400 events of 500 KB, a 700 MB analysis.
    /// </summary>
    public int MaxDatesPerSentence { get; init; } = 6;

    internal ImmutableArray<TimelineEvent> Build(IReadOnlyList<ArticleDocument> documents)
    {
        var events = new List<(string Key, string Text, HashSet<string> Words, List<int> Articles, int FirstArticle, int Position)>();
        // The events of each date, in order: a sentence is compared with its date's events only.
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var contentWords = new ContentWordStems();
        foreach (var doc in documents)
        {
            for (var s = 0; s < doc.Sentences.Length; s++)
            {
                var sentence = doc.Sentences[s];
                var mentions = Resolver.Resolve(doc.Text, sentence, doc.Reference);
                if (mentions.Count == 0) continue;
                var keys = mentions.Select(m => m.Key).Distinct(StringComparer.Ordinal).ToList();
                if (keys.Count > MaxDatesPerSentence) continue;
                var text = sentence.Slice(doc.Text);
                var words = contentWords.Of(doc, s);
                foreach (var key in keys)
                {
                    if (!byKey.TryGetValue(key, out var sameDate)) byKey[key] = sameDate = [];
                    var merged = false;
                    foreach (var index in sameDate)
                    {
                        var e = events[index];
                        if (e.Articles.Contains(doc.Index)) continue;
                        if (Overlap(words, e.Words) < MergeOverlap) continue;
                        e.Articles.Add(doc.Index);
                        e.Words.UnionWith(words);
                        merged = true;
                        break;
                    }
                    if (merged) continue;
                    sameDate.Add(events.Count);
                    events.Add((key, text, new HashSet<string>(words, StringComparer.Ordinal), [doc.Index], doc.Index, sentence.Start));
                }
            }
        }
        return events
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ThenBy(e => e.FirstArticle)
            .ThenBy(e => e.Position)
            .Select(e => new TimelineEvent(e.Key, e.Text, e.Articles.OrderBy(a => a).Select(a => documents[a].Article.Id).Distinct(StringComparer.Ordinal).ToImmutableArray()))
            .ToImmutableArray();
    }

    private static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var shared = ContentWordStems.Shared(a, b);
        return (double)shared / Math.Min(a.Count, b.Count);
    }
}
