using Crosscheck.Dedup;
using Crosscheck.Extraction;
using Crosscheck.Tests.Support;
using static Crosscheck.Tests.Dedup.SyndicationFixtures;

namespace Crosscheck.Tests.Dedup;

public sealed class NearDuplicateIndexTests
{
    private static readonly DateOnly April10 = new(2031, 4, 10);

    [Fact]
    public void An_exact_copy_under_another_title_is_found_and_names_the_original()
    {
        var index = new NearDuplicateIndex();
        Add(index, Wire());

        var copy = Add(index, Wire() with { Id = "copy", Title = "Another headline", Published = new DateOnly(2031, 4, 11) });

        Assert.Equal(new DuplicateMatch(1, DuplicateKind.Exact, 0, "wire"), copy);
    }

    [Fact]
    public void A_retitled_syndicated_copy_with_its_own_dateline_and_a_dropped_sentence_is_a_near_copy()
    {
        var index = new NearDuplicateIndex();
        Add(index, Wire());

        var copy = Add(index, Syndicated());

        Assert.Equal(DuplicateKind.Near, copy.Kind);
        Assert.Equal("wire", copy.DuplicateOf);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void A_copy_cut_short_is_found_by_its_opening_and_judged_by_containment(int paragraphs)
    {
        var index = new NearDuplicateIndex();
        Add(index, Wire());
        var cut = Make("cut", "Orlen dam opens spillway", WireParagraphs.Take(paragraphs), 1, April10);
        Assert.True(ShingleSet.FromText(cut.Text, 5, 1).Jaccard(ShingleSet.FromText(Wire().Text, 5, 1)) < 0.7, "not a test of containment");

        var copy = Add(index, cut);

        Assert.Equal(DuplicateKind.Near, copy.Kind);
        Assert.Equal("wire", copy.DuplicateOf);
    }

    [Fact]
    public void Without_the_opening_words_index_a_copy_cut_to_half_is_missed()
    {
        var index = new NearDuplicateIndex(new DuplicateDetectorOptions { LeadWords = 0 });
        Add(index, Wire());

        var copy = Add(index, Make("cut", "Orlen dam opens spillway", WireParagraphs.Take(4), 1, April10));

        Assert.Null(index.LeadLshParameters);
        Assert.Equal(DuplicateKind.None, copy.Kind);
    }

    [Fact]
    public void A_lightly_edited_copy_is_a_near_copy()
    {
        var index = new NearDuplicateIndex();
        Add(index, Wire());
        var edited = WireParagraphs
            .Select(p => p.Replace("Thursday", "Wednesday", StringComparison.Ordinal)
                .Replace("two metres", "three metres", StringComparison.Ordinal)
                .Replace("on Monday", "next Monday", StringComparison.Ordinal));

        var copy = Add(index, Make("edited", "Orlen dam opens spillway", edited, 1, April10));

        Assert.Equal(DuplicateKind.Near, copy.Kind);
        Assert.Equal("wire", copy.DuplicateOf);
    }

    [Theory]
    [InlineData(100)] // not a multiple of the vector width: the last permutations take the scalar path
    [InlineData(64)]
    public void Other_signature_lengths_find_the_same_copies(int permutations)
    {
        var index = new NearDuplicateIndex(new DuplicateDetectorOptions { Permutations = permutations });
        Add(index, Wire());

        Assert.Equal("wire", Add(index, Syndicated()).DuplicateOf);
        Assert.Equal("wire", Add(index, Make("cut", "Orlen dam opens spillway", WireParagraphs.Take(4), 1, April10)).DuplicateOf);
        Assert.False(Add(index, Retelling()).IsCopy);
    }

    [Fact]
    public void An_independent_retelling_of_the_same_event_is_not_a_copy()
    {
        var index = new NearDuplicateIndex();
        Add(index, Wire());

        Assert.Equal(new DuplicateMatch(1, DuplicateKind.None, 1, null), Add(index, Retelling()));
    }

    [Fact]
    public void On_a_generated_stream_every_rerun_is_found_and_no_article_of_its_own_is_flagged()
    {
        var index = new NearDuplicateIndex();
        var missed = new List<string>();
        var flagged = new List<string>();
        var wrongGroup = 0;
        foreach (var article in SyntheticNewsStream.Generate(3000, seed: 11))
        {
            var d = article.Document;
            var match = index.Add(d.Id, d.Title, d.Text, d.Published);
            if (article.CopyOf is null && match.IsCopy) flagged.Add(d.Id);
            if (article.CopyOf is not null && !match.IsCopy) missed.Add($"{d.Id} ({article.Kind})");
            if (article.CopyOf is { } original && match.IsCopy && index.GroupOf(match.Position) != index.GroupOf(int.Parse(original[1..], System.Globalization.CultureInfo.InvariantCulture))) wrongGroup++;
        }

        Assert.Empty(flagged);
        Assert.Empty(missed);
        Assert.Equal(0, wrongGroup);
    }

    [Fact]
    public void A_copy_dated_earlier_than_its_group_becomes_the_earliest_for_what_follows()
    {
        var index = new NearDuplicateIndex();
        var first = Add(index, Wire(published: new DateOnly(2031, 4, 12)));
        var earlier = Add(index, Syndicated(published: new DateOnly(2031, 4, 9)));
        var later = Add(index, Wire() with { Id = "third", Published = new DateOnly(2031, 4, 13) });

        Assert.Null(first.DuplicateOf);
        Assert.Equal(DuplicateKind.Near, earlier.Kind);
        Assert.Null(earlier.DuplicateOf); // it copies "wire", but it is now the group's earliest
        Assert.Equal(0, earlier.Group); // its group is still represented by the first to arrive
        Assert.Equal("syndicated", later.DuplicateOf);
        Assert.Equal("syndicated", index.DuplicateOf(first.Position)); // the final view
        Assert.Equal(1, index.EarliestOf(2));
    }

    [Theory]
    // first date, second date, expected earliest
    [InlineData(null, "2031-04-10", "syndicated")]
    [InlineData("2031-04-10", null, "wire")]
    [InlineData(null, null, "wire")]
    [InlineData("2031-04-10", "2031-04-10", "wire")]
    [InlineData("2031-04-11", "2031-04-10", "syndicated")]
    public void The_earliest_is_the_earliest_dated_then_the_first_added(string? wireDate, string? syndicatedDate, string expected)
    {
        var index = new NearDuplicateIndex();
        Add(index, Wire() with { Published = Parse(wireDate) });
        Add(index, Syndicated() with { Published = Parse(syndicatedDate) });

        Assert.Equal(expected == "wire" ? null : "syndicated", index.DuplicateOf(0));
        Assert.Equal(expected == "wire" ? "wire" : null, index.DuplicateOf(1));
    }

    [Fact]
    public void Short_bodies_are_exact_copies_only_with_the_same_title()
    {
        var index = new NearDuplicateIndex();
        string[] paywall = ["Subscribe to continue reading this article."];
        Add(index, Make("a", "Council approves budget", paywall, 0, null));

        Assert.False(Add(index, Make("b", "Striker signs new contract", paywall, 1, null)).IsCopy);
        Assert.Equal("a", Add(index, Make("c", "Council approves budget", paywall, 2, null)).DuplicateOf);
    }

    [Fact]
    public void Empty_bodies_copy_nothing()
    {
        var index = new NearDuplicateIndex();
        Add(index, Make("a", "One", [], 0, null));

        Assert.False(Add(index, Make("b", "One", [], 1, null)).IsCopy);
    }

    [Fact]
    public void The_same_input_in_the_same_order_gives_the_same_answers()
    {
        var articles = SyntheticNewsStream.Generate(1500, seed: 5).Select(a => a.Document).ToList();

        List<DuplicateMatch> Run()
        {
            var index = new NearDuplicateIndex();
            return [.. articles.Select(d => index.Add(d.Id, d.Title, d.Text, d.Published))];
        }

        var first = Run();
        Assert.Equal(first, Run());
        Assert.Contains(first, m => m.Kind == DuplicateKind.Near);
        Assert.Contains(first, m => m.Kind == DuplicateKind.Exact);
    }

    [Fact]
    public void The_batch_detector_gives_what_the_index_gives_in_earliest_first_order()
    {
        var articles = SyntheticNewsStream.Generate(800, seed: 8)
            .Select((a, i) => new Article { Id = a.Document.Id, Source = a.Document.Id, Title = a.Document.Title, Body = [a.Document.Text], Published = a.Document.Published, Ordinal = i })
            .Reverse()
            .ToList();

        var batch = new DuplicateDetector().FindDuplicates(articles);

        var index = new NearDuplicateIndex();
        foreach (var a in articles.OrderBy(a => a.Published).ThenBy(a => a.Ordinal)) index.Add(a.Id, a.Title, a.Text, a.Published);
        var online = Enumerable.Range(0, index.Count).Where(p => index.DuplicateOf(p) is not null).ToDictionary(index.IdAt, p => index.DuplicateOf(p)!);
        Assert.Equal(online.OrderBy(e => e.Key, StringComparer.Ordinal), batch.OrderBy(e => e.Key, StringComparer.Ordinal));
        Assert.NotEmpty(batch);
    }

    [Fact]
    public void The_16_bit_signature_estimates_lie_near_the_exact_jaccard_and_containment()
    {
        // Property: over random pairs of every overlap and size ratio, the share of equal 16-bit codes stays within
        // ±0.1 of the exact Jaccard for nearly every pair, unbiased, and the containment estimated from the same
        // comparison stays near the exact containment of the smaller set (and is exactly 1 when it is a subset).
        var random = new Random(2031);
        var permutations = new MinHashPermutations(128, 77);
        var jaccardErrors = new List<double>();
        var containmentErrors = new List<double>();
        for (var pair = 0; pair < 400; pair++)
        {
            var size = random.Next(40, 500);
            var shared = random.Next(0, size + 1);
            var common = Unique("c", shared, random);
            var left = ShingleSet.FromWords([.. common, .. Unique("l", size - shared, random)], 1, 77);
            var right = ShingleSet.FromWords([.. common, .. Unique("r", pair % 4 == 0 ? 0 : random.Next(0, size - shared + 1), random)], 1, 77);

            var comparison = Compare(permutations.Sign(left), permutations.Sign(right));
            jaccardErrors.Add(comparison.Jaccard - left.Jaccard(right));
            var rightIsSmaller = right.Count <= left.Count;
            var estimated = SignatureComparison.Containment(comparison.Equal, rightIsSmaller ? comparison.QueryLower : comparison.StoredLower);
            if (Math.Min(left.Count, right.Count) * 4 < Math.Max(left.Count, right.Count)) continue;
            containmentErrors.Add(estimated - left.ContainmentOfSmaller(right));
            if (right.Count == shared && rightIsSmaller) Assert.Equal(1.0, estimated);
        }

        Assert.True(jaccardErrors.Count(e => Math.Abs(e) <= 0.1) >= 0.97 * jaccardErrors.Count, "too many Jaccard estimates off by more than 0.1");
        Assert.InRange(jaccardErrors.Average(), -0.02, 0.02);
        Assert.All(jaccardErrors, e => Assert.InRange(Math.Abs(e), 0, 0.2));
        Assert.True(containmentErrors.Count > 200);
        Assert.True(containmentErrors.Count(e => Math.Abs(e) <= 0.1) >= 0.95 * containmentErrors.Count, "too many containment estimates off by more than 0.1");
        Assert.InRange(containmentErrors.Average(), -0.03, 0.03);
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(1u)]
    [InlineData(2u)]
    [InlineData(12_345u)]
    [InlineData(3_000_000_000u)]
    [InlineData(uint.MaxValue)]
    public void Compact_codes_keep_the_order_of_the_minima(uint minimum)
    {
        var random = new Random((int)(minimum % 1000));
        for (var n = 0; n < 1000; n++)
        {
            var other = (uint)random.NextInt64(0, 1L << 32) >> random.Next(32);
            if (other < minimum) Assert.True(SignatureStore.Compact(other) <= SignatureStore.Compact(minimum));
            if (other > minimum) Assert.True(SignatureStore.Compact(other) >= SignatureStore.Compact(minimum));
        }
    }

    [Fact]
    public void A_negative_opening_length_is_refused_with_advice()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new NearDuplicateIndex(new DuplicateDetectorOptions { LeadWords = -1 }));

        Assert.Contains("50 is a good start", error.Message, StringComparison.Ordinal);
    }

    private static SignatureComparison Compare(MinHashSignature stored, MinHashSignature query)
    {
        var store = new SignatureStore(stored.Length);
        store.Add([.. Codes(stored)], 1, 0);
        return store.Compare(0, [.. Codes(query)]);
    }

    private static IEnumerable<ushort> Codes(MinHashSignature signature) => signature.Values.ToArray().Select(SignatureStore.Compact);

    private static DuplicateMatch Add(NearDuplicateIndex index, Article article) => index.Add(article.Id, article.Title, article.Text, article.Published);

    private static DateOnly? Parse(string? date) => date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static List<string> Unique(string prefix, int count, Random random) =>
        [.. Enumerable.Range(0, count).Select(i => prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + random.Next().ToString(System.Globalization.CultureInfo.InvariantCulture))];
}
