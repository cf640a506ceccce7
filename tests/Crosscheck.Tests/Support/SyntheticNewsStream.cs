using System.Globalization;
using System.Text;
using Crosscheck.Clustering;

namespace Crosscheck.Tests.Support;

/// <summary>How a generated article came about.</summary>
public enum SyntheticCopyKind
{
    /// <summary>An article written for its story.</summary>
    Original,

    /// <summary>Another outlet's re-run of an earlier article, word for word (new id, maybe a new title).</summary>
    Exact,

    /// <summary>A syndicated re-run with a dateline line of its own and one sentence dropped.</summary>
    Edited,

    /// <summary>A re-run cut short: the first half to four fifths of the sentences.</summary>
    Truncated,
}

/// <summary>One generated article, with the truth about it.</summary>
/// <param name="Document">What the stream receives.</param>
/// <param name="Story">The number of the invented story it belongs to (0, 1, 2… in order of creation).</param>
/// <param name="CopyOf">The id of the earlier article it re-runs, or null.</param>
/// <param name="Kind">How it was made.</param>
public sealed record SyntheticArticle(ClusterDocument Document, int Story, string? CopyOf, SyntheticCopyKind Kind);

/// <summary>The shape of a generated news stream. The defaults give about 800 articles a day of about 300 words.</summary>
public sealed record SyntheticNewsOptions
{
    /// <summary>New stories a day.</summary>
    public int StoriesPerDay { get; init; } = 100;

    /// <summary>Mean articles per story (sizes are skewed: many stories of a few articles, some of dozens).</summary>
    public double MeanArticlesPerStory { get; init; } = 8;

    public int MaxArticlesPerStory { get; init; } = 60;

    /// <summary>Days over which a story's articles spread (front-loaded).</summary>
    public int MaxStoryDays { get; init; } = 5;

    public int WordsPerArticle { get; init; } = 300;

    /// <summary>Share of articles that re-run an earlier article of their story (exact, edited or truncated).</summary>
    public double CopyShare { get; init; } = 0.08;

    /// <summary>Invented background words, drawn with Zipf frequencies (after a few dozen English function words).</summary>
    public int BackgroundWords { get; init; } = 30_000;

    public double ZipfExponent { get; init; } = 1.05;

    public DateOnly FirstDay { get; init; } = new(2031, 1, 1);
}

/// <summary>
/// A deterministic stream of invented news for scale tests and benchmarks: every day brings new stories, each told by
/// a handful to dozens of articles over a few days. An article mixes its story's topic words, people (capitalised
/// invented names) and figures into background prose drawn from a Zipf distribution of invented words; some articles
/// are exact, edited or truncated re-runs of an earlier one. Dates only move forward. The same seed and options always
/// give the same articles; nothing comes from a real corpus.
/// </summary>
public static class SyntheticNewsStream
{
    private static readonly string[] FunctionWords =
    [
        "the", "of", "and", "to", "in", "a", "said", "on", "for", "that", "was", "with", "is", "by", "at", "it", "from",
        "as", "has", "he", "she", "have", "be", "were", "after", "an", "its", "their", "this", "but", "are", "had", "not",
        "will", "who", "they", "been", "which", "more", "would",
    ];

    private static readonly string[] Syllables =
    [
        "ka", "lo", "mer", "vin", "sa", "tor", "el", "bra", "nu", "dis", "po", "ren", "ga", "lu", "cor", "ve", "min",
        "ost", "ra", "tes", "fal", "di", "mo", "sen", "tir", "ba", "qua", "ne", "zor", "hal", "pe", "gri",
    ];

    /// <summary>The first <paramref name="count"/> articles of the stream for <paramref name="seed"/>.</summary>
    public static IEnumerable<SyntheticArticle> Generate(int count, ulong seed, SyntheticNewsOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var generator = new Generator(seed, options ?? new SyntheticNewsOptions());
        for (var i = 0; i < count; i++) yield return generator.Next();
    }

    /// <summary>The documents alone, in stream order.</summary>
    public static List<ClusterDocument> Documents(int count, ulong seed, SyntheticNewsOptions? options = null) =>
        [.. Generate(count, seed, options).Select(a => a.Document)];

    private sealed class StoryPlan(int number, string[] topic, string[] names, string[] figures, string place)
    {
        public int Number { get; } = number;

        public string[] Topic { get; } = topic;

        public string[] Names { get; } = names;

        public string[] Figures { get; } = figures;

        public string Place { get; } = place;

        /// <summary>The story's latest article: id, title and sentences (what a re-run copies).</summary>
        public (string Id, string Title, string[] Sentences)? Latest { get; set; }
    }

    private sealed class Generator
    {
        private readonly SyntheticNewsOptions _options;
        private readonly SplitMix _random;
        private readonly string[] _background;
        private readonly double[] _cumulative;
        private readonly string[] _topicPool;
        private readonly string[] _givenNames;
        private readonly string[] _familyNames;
        private readonly Queue<StoryPlan> _today = new();
        private readonly List<int[]> _schedule = [];
        private readonly List<StoryPlan> _stories = [];
        private int _day = -1;
        private int _emitted;
        private int _planned;

        public Generator(ulong seed, SyntheticNewsOptions options)
        {
            _options = options;
            _random = new SplitMix(seed);
            _background = [.. FunctionWords, .. Enumerable.Range(0, options.BackgroundWords).Select(i => Invent(i, 2, 0x5EED))];
            _cumulative = new double[_background.Length];
            var total = 0.0;
            for (var rank = 0; rank < _background.Length; rank++)
            {
                total += 1 / Math.Pow(rank + 1, options.ZipfExponent);
                _cumulative[rank] = total;
            }
            for (var rank = 0; rank < _cumulative.Length; rank++) _cumulative[rank] /= total;
            _topicPool = [.. Enumerable.Range(0, 50_000).Select(i => Invent(i, 3, 0x70C1C))];
            _givenNames = [.. Enumerable.Range(0, 2_000).Select(i => Capitalise(Invent(i, 2, 0x61FE)))];
            _familyNames = [.. Enumerable.Range(0, 8_000).Select(i => Capitalise(Invent(i, 3, 0xFA17)))];
        }

        public SyntheticArticle Next()
        {
            while (_today.Count == 0) StartDay();
            var story = _today.Dequeue();
            var id = "a" + _emitted.ToString(CultureInfo.InvariantCulture);
            _emitted++;
            var date = _options.FirstDay.AddDays(_day);
            if (story.Latest is { } latest && _random.Chance(_options.CopyShare)) return Copy(story, latest, id, date);

            var sentences = Sentences(story);
            var title = Title(story);
            story.Latest = (id, title, sentences);
            return new SyntheticArticle(new ClusterDocument(id, title, string.Join(' ', sentences), date), story.Number, null, SyntheticCopyKind.Original);
        }

        private SyntheticArticle Copy(StoryPlan story, (string Id, string Title, string[] Sentences) latest, string id, DateOnly date)
        {
            var roll = _random.NextDouble();
            var title = _random.Chance(0.5) ? latest.Title : Title(story);
            string[] sentences;
            SyntheticCopyKind kind;
            if (roll < 0.3)
            {
                kind = SyntheticCopyKind.Exact;
                sentences = latest.Sentences;
            }
            else if (roll < 0.8)
            {
                kind = SyntheticCopyKind.Edited;
                var dropped = _random.Next(latest.Sentences.Length);
                sentences = [$"{story.Place.ToUpperInvariant()} ({Capitalise(Word())} {Capitalise(Word())}) -", .. latest.Sentences.Where((_, i) => i != dropped)];
            }
            else
            {
                kind = SyntheticCopyKind.Truncated;
                var keep = Math.Max(1, (int)Math.Round(latest.Sentences.Length * (0.5 + 0.3 * _random.NextDouble())));
                sentences = latest.Sentences[..keep];
            }
            return new SyntheticArticle(new ClusterDocument(id, title, string.Join(' ', sentences), date), story.Number, latest.Id, kind);
        }

        private void StartDay()
        {
            _day++;
            for (var s = 0; s < _options.StoriesPerDay; s++) PlanStory();
            var due = new List<StoryPlan>();
            for (var i = 0; i < _stories.Count; i++)
            {
                // schedule[0] is the story's first day, schedule[1 + d] its articles on day d of its life.
                var schedule = _schedule[i];
                var offset = _day - schedule[0];
                for (var n = 0; n < schedule[1 + offset]; n++) due.Add(_stories[i]);
            }
            // Stories whose last day this was are dropped, so the generator's memory stays bounded.
            for (var i = _stories.Count - 1; i >= 0; i--)
            {
                if (_day - _schedule[i][0] >= _schedule[i].Length - 2)
                {
                    _stories.RemoveAt(i);
                    _schedule.RemoveAt(i);
                }
            }
            for (var i = due.Count - 1; i > 0; i--)
            {
                var j = _random.Next(i + 1);
                (due[i], due[j]) = (due[j], due[i]);
            }
            foreach (var story in due) _today.Enqueue(story);
        }

        private void PlanStory()
        {
            var number = _planned++;
            // Sizes: geometric-like with the configured mean, capped.
            var size = Math.Min(_options.MaxArticlesPerStory, 1 + (int)(-Math.Log(1 - _random.NextDouble()) * (_options.MeanArticlesPerStory - 1)));
            var days = 1 + _random.Next(_options.MaxStoryDays);
            var counts = new int[days + 1];
            counts[0] = _day;
            for (var k = 0; k < size; k++)
            {
                var u = _random.NextDouble();
                counts[1 + (int)(days * u * u)]++;
            }
            var topic = new string[25];
            for (var i = 0; i < topic.Length; i++) topic[i] = _topicPool[_random.Next(_topicPool.Length)];
            var names = new string[5];
            for (var i = 0; i < names.Length; i++) names[i] = _givenNames[_random.Next(_givenNames.Length)] + " " + _familyNames[_random.Next(_familyNames.Length)];
            var figures = new string[4];
            for (var i = 0; i < figures.Length; i++)
            {
                figures[i] = _random.Next(4) switch
                {
                    0 => (2 + _random.Next(98)).ToString(CultureInfo.InvariantCulture) + "%",
                    1 => ((1 + _random.Next(998)) * 1000).ToString("N0", CultureInfo.InvariantCulture),
                    _ => (10 + _random.Next(4990)).ToString(CultureInfo.InvariantCulture),
                };
            }
            var place = _familyNames[_random.Next(_familyNames.Length)];
            _stories.Add(new StoryPlan(number, topic, names, figures, place));
            _schedule.Add(counts);
        }

        private string[] Sentences(StoryPlan story)
        {
            var target = Math.Max(40, _options.WordsPerArticle + (int)((_random.NextDouble() - 0.5) * _options.WordsPerArticle * 0.5));
            var sentences = new List<string>();
            var text = new StringBuilder();
            var words = 0;
            while (words < target)
            {
                text.Clear();
                var length = 12 + _random.Next(14);
                for (var w = 0; w < length; w++)
                {
                    if (w > 0) text.Append(' ');
                    var roll = _random.NextDouble();
                    var word = roll switch
                    {
                        < 0.2 => story.Topic[Skewed(story.Topic.Length)],
                        < 0.25 => story.Names[Skewed(story.Names.Length)],
                        < 0.27 => story.Figures[_random.Next(story.Figures.Length)],
                        < 0.28 => story.Place,
                        _ => Word(),
                    };
                    text.Append(w == 0 ? Capitalise(word) : word);
                }
                text.Append('.');
                sentences.Add(text.ToString());
                words += length;
            }
            return [.. sentences];
        }

        private string Title(StoryPlan story)
        {
            var parts = new List<string>
            {
                story.Names[Skewed(story.Names.Length)].Split(' ')[1],
                story.Topic[Skewed(story.Topic.Length)],
                Word(),
                story.Topic[Skewed(story.Topic.Length)],
                story.Topic[_random.Next(story.Topic.Length)],
            };
            if (_random.Chance(0.5)) parts.Add(story.Place);
            if (_random.Chance(0.3)) parts.Add(story.Figures[0]);
            return Capitalise(string.Join(' ', parts));
        }

        /// <summary>An index skewed to the front: the first topic words and names are the story's most used.</summary>
        private int Skewed(int length)
        {
            var u = _random.NextDouble();
            return (int)(length * u * u);
        }

        private string Word()
        {
            var index = Array.BinarySearch(_cumulative, _random.NextDouble());
            if (index < 0) index = ~index;
            return _background[Math.Min(index, _background.Length - 1)];
        }

        private static string Invent(int number, int minSyllables, ulong salt)
        {
            var state = new SplitMix(((ulong)number << 20) ^ salt);
            var syllables = minSyllables + state.Next(2);
            var sb = new StringBuilder();
            for (var i = 0; i < syllables; i++) sb.Append(Syllables[state.Next(Syllables.Length)]);
            // A base-26 suffix of the number keeps invented words distinct.
            var n = number;
            do
            {
                sb.Append((char)('a' + n % 26));
                n /= 26;
            }
            while (n > 0);
            return sb.ToString();
        }

        private static string Capitalise(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
    }

    /// <summary>SplitMix64: a tiny deterministic generator whose output does not depend on the .NET version.</summary>
    private sealed class SplitMix(ulong seed)
    {
        private ulong _state = seed;

        public ulong NextUInt64()
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

        public int Next(int bound) => (int)((NextUInt64() >> 33) % (ulong)bound);

        public bool Chance(double probability) => NextDouble() < probability;
    }
}
