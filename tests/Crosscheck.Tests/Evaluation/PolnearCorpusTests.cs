using System.Collections.Concurrent;
using System.Formats.Tar;
using System.IO.Compression;
using Crosscheck.Evaluation;
using Crosscheck.Tests.Support;
using Crosscheck.Text;

namespace Crosscheck.Tests.Evaluation;

/// <summary>The PolNeAR reader: brat standoff on hand-made input, and invariants of the real corpus (../shared/corpora/polnear).</summary>
public sealed class PolnearCorpusTests
{
    [Fact]
    public void Standoff_events_gather_their_spans_discontinuous_multi_line_and_sourceless_ones_included_contentless_ones_not()
    {
        const string text = "\u201CWe win,\u201D she said. \u201CWe rest.\u201D\nIt is thought that\ntaxes rise. \U0001F600 He hopes so.";
        var at = (string s) => text.IndexOf(s, StringComparison.Ordinal);
        // Offsets count code points: after the emoji they are one less than UTF-16 indices.
        var hopes = at("hopes") - 1;
        var ann = string.Join('\n',
            $"T1\tContent 0 9;{at("\u201CWe rest")} {at("\u201CWe rest") + 10}\t\u201CWe win,\u201D \u201CWe rest.\u201D",
            $"T2\tSource {at("she")} {at("she") + 3}\tshe",
            $"T3\tCue {at("said")} {at("said") + 4}\tsaid",
            "T4\tAttribution 0 1\tx",
            "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
            $"T5\tCue {at("It is")} {at("taxes")}\tIt is thought that",
            "taxes rise",
            "E2\tAttribution-no-source:T4 Cue:T5 Content:T7 ",
            $"T7\tContent {at("taxes")} {at("taxes") + 10}\ttaxes rise",
            $"T8\tSource {hopes - 3} {hopes - 1}\tHe",
            $"T9\tContent {hopes + 6} {hopes + 8}\tso",
            "E3\tAttribution:T4 Content:T9 Source:T8 Content2:T7",
            "E4\tAttribution-no-source:T4 ",
            "#1\tAnnotatorNotes T1\ta note",
            "");
        var attributions = PolnearCorpus.ParseStandoff(ann, text);
        Assert.Equal(3, attributions.Length);
        Assert.Equal(["\u201CWe win,\u201D", "\u201CWe rest.\u201D"], attributions[0].Content.Select(s => s.Slice(text)));
        Assert.Equal("she", Assert.Single(attributions[0].Source).Slice(text));
        Assert.Empty(attributions[1].Source);
        Assert.Equal("It is thought that\n", Assert.Single(attributions[1].Cue).Slice(text));
        Assert.Equal("He", Assert.Single(attributions[2].Source).Slice(text));
        Assert.Equal(["taxes rise", "so"], attributions[2].Content.Select(s => s.Slice(text)));
        var spans = PolnearCorpus.ParseSpans(ann, text);
        Assert.Equal("It is thought that\ntaxes rise", spans.Single(s => s.Id == "T5").Text);
    }

    [Theory]
    [InlineData("T1\tContent 5 3\tx")]
    [InlineData("T1\tContent 0 99\tx")]
    [InlineData("T1\tContent 0\tx")]
    [InlineData("E1\tAttribution:T4 Content:T1")]
    public void Broken_standoff_is_an_error_that_names_the_file(string ann)
    {
        var error = Assert.Throws<InvalidDataException>(() => PolnearCorpus.ParseStandoff(ann, "short text", "x_4b22.ann"));
        Assert.Contains("x_4b22.ann", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_move_onto_the_article_text_and_spans_follow_them()
    {
        var source = new PolnearArticle("a", "dev", "4b22", "Title line  \n\n  He said \u201Cyes\u201D.\nNext line.\n", []);
        var (article, map) = QuoteEvaluation.ToArticle(source);
        Assert.Equal("Title line\n\nHe said \u201Cyes\u201D.\n\nNext line.", article.Text);
        Assert.Equal("Title line", article.Title);
        var yes = source.Text.IndexOf("yes", StringComparison.Ordinal);
        Assert.Equal("yes", map.Map(new TextSpan(yes, 3)).Slice(article.Text));
        // A span across lines keeps both ends; one starting in blank space starts at the next line.
        var across = TextSpan.FromBounds(source.Text.IndexOf("said", StringComparison.Ordinal), source.Text.IndexOf("line.", StringComparison.Ordinal) + 5);
        Assert.Equal("said \u201Cyes\u201D.\n\nNext line.", map.Map(across).Slice(article.Text));
        Assert.Equal("He", map.Map(new TextSpan("Title line  \n\n".Length, 4)).Slice(article.Text));
    }

    private static readonly ConcurrentDictionary<string, IReadOnlyList<PolnearArticle>> Splits = new(StringComparer.Ordinal);

    /// <summary>The corpus archive; fails, naming it, when ../shared is there but the corpus is not.</summary>
    internal static string Archive
    {
        get
        {
            var folder = Path.Combine(RepositoryPaths.Shared!, "corpora", "polnear");
            return PolnearCorpus.FindArchive(folder) ?? throw new FileNotFoundException($"PolNeAR is missing: expected {Path.Combine(folder, PolnearCorpus.ArchiveName)}");
        }
    }

    internal static IReadOnlyList<PolnearArticle> Split(string split) => Splits.GetOrAdd(split, s => PolnearCorpus.Read(Archive, s));

    [SharedCorpusFact]
    public void Each_split_has_its_documented_number_of_articles_each_with_attributions()
    {
        Assert.Equal([840, 84, 84], PolnearCorpus.Splits.Select(s => Split(s).Count));
        foreach (var split in PolnearCorpus.Splits)
        {
            Assert.All(Split(split), a => Assert.All(a.Attributions, r => Assert.NotEmpty(r.Content)));
        }
        // Two train articles have none (an empty annotation file; events without content); every other article has some.
        Assert.Equal(["train", "train"], PolnearCorpus.Splits.SelectMany(s => Split(s).Where(a => a.Attributions.IsEmpty).Select(a => a.Split)));
        Assert.InRange(PolnearCorpus.Splits.Sum(s => Split(s).Sum(a => a.Attributions.Length)), 23_000, 25_000);
        Assert.Equal(Split("test").Count, Split("test").Select(a => a.Name).Distinct().Count());
    }

    [SharedCorpusFact]
    public void Every_span_text_equals_the_text_field_of_its_annotation()
    {
        var failures = new List<string>();
        var spans = 0;
        ForEachAnnotation((name, ann, text) =>
        {
            foreach (var span in PolnearCorpus.ParseSpans(ann, text, name))
            {
                spans++;
                var printed = string.Join(' ', span.Spans.Select(s => s.Slice(text)));
                if (Normalize(printed) != Normalize(span.Text)) failures.Add($"{name} {span.Id}: '{printed}' vs '{span.Text}'");
            }
        });
        Assert.True(spans > 100_000, $"only {spans} spans read");
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(10)));
    }

    [SharedCorpusFact]
    public void The_gold_annotator_is_the_first_listed_in_the_metadata_and_the_only_one_for_most_articles()
    {
        var metadata = File.ReadLines(Path.Combine(Path.GetDirectoryName(Archive)!, "metadata.tsv")).Skip(1)
            .Select(l => l.Split('\t'))
            .Where(f => PolnearCorpus.Splits.Contains(f[0]))
            .ToDictionary(f => (f[0], f[1]), f => f[3].Split('|'));
        foreach (var split in PolnearCorpus.Splits)
        {
            foreach (var article in Split(split)) Assert.Equal(metadata[(split, article.Name)][0], article.Annotator);
        }
        Assert.Equal(2, metadata.Count(m => m.Key.Item1 == "test" && m.Value.Length > 1));
    }

    [SharedCorpusFact]
    public void A_gold_content_is_in_quotation_marks_for_a_share_of_the_test_attributions()
    {
        var test = Split("test");
        var all = test.Sum(a => a.Attributions.Length);
        var direct = test.Sum(a => a.Attributions.Count(r => AttributionScorer.IsQuoted(a.Text, r.Content)));
        Assert.InRange(all, 1500, 3000);
        Assert.InRange((double)direct / all, 0.1, 0.3);
    }

    private static void ForEachAnnotation(Action<string, string, string> check)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var anns = new List<(string Name, string Ann)>();
        using var tar = new TarReader(new GZipStream(File.OpenRead(Archive), CompressionMode.Decompress));
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.DataStream is null) continue;
            var content = new StreamReader(entry.DataStream).ReadToEnd();
            var parts = entry.Name.Split('/');
            if (parts.Length != 4 || !PolnearCorpus.Splits.Contains(parts[1])) continue;
            if (parts[2] == "text") texts[parts[1] + "/" + parts[3][..^4]] = content;
            else if (parts[2] == "attributions") anns.Add((parts[1] + "/" + parts[3], content));
        }
        foreach (var (name, ann) in anns) check(name, ann, texts[name[..name.LastIndexOf('_')]]);
    }

    private static string Normalize(string s) => string.Join(' ', s.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
