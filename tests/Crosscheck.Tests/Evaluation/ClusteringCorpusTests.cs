using System.Collections.Immutable;
using System.IO.Compression;
using System.Text.Json;
using Crosscheck.Clustering;
using Crosscheck.Evaluation;
using Crosscheck.Tests.Support;

namespace Crosscheck.Tests.Evaluation;

/// <summary>
/// The clustering corpora as the clusterer sees them: ECB+ and UCI read exactly as the reference converters of
/// ../shared/eval write them, MStream as its lines say, any clustering JSONL with a clear problem per bad line, and
/// a dev/test split that keeps whole stories (ECB+: whole topics) on one side.
/// </summary>
public sealed class ClusteringCorpusTests
{
    [ReferenceScriptFact]
    public void Ecb_documents_are_those_ecb_to_jsonl_py_writes_in_the_same_order()
    {
        var archive = ClusteringCorpora.PathOf(SharedClusteringRuns.Folder, "ecb");
        var reference = ReadConverterOutput("ecb_to_jsonl.py", archive, ClusteringJsonlFields.WithGold("story", groupKey: "topic"));
        AssertSameDocuments(reference, SharedClusteringRuns.Corpus("ecb"));
        Assert.Equal(982, reference.Documents.Length);
        Assert.Equal(86, reference.Documents.Select(d => d.Gold).Distinct().Count());
    }

    [ReferenceScriptFact]
    public void Uci_documents_are_those_uci_to_jsonl_py_writes_in_the_same_order()
    {
        var csv = Directory.GetFiles(ClusteringCorpora.PathOf(SharedClusteringRuns.Folder, "uci"), "*.csv").Single();
        var reference = ReadConverterOutput("uci_to_jsonl.py", csv, ClusteringJsonlFields.WithGold("story"));
        AssertSameDocuments(reference, SharedClusteringRuns.Corpus("uci"));
        Assert.All(reference.Documents, d => Assert.NotNull(d.Document.Published));
    }

    [SharedCorpusFact]
    public void Mstream_lines_give_id_title_and_cluster_number_and_news_t_is_the_same_documents_reordered()
    {
        var news = SharedClusteringRuns.Corpus("mstream");
        var newsT = SharedClusteringRuns.Corpus("mstream-t");
        Assert.Empty(news.Problems);
        Assert.Equal(11109, news.Documents.Length);
        Assert.Equal(152, news.Documents.Select(d => d.Gold).Distinct().Count());
        Assert.All(news.Documents, d => Assert.Equal((string.Empty, null, null), (d.Document.Text, d.Document.Published, d.Url)));

        using var raw = new StreamReader(new GZipStream(File.OpenRead(ClusteringCorpora.PathOf(SharedClusteringRuns.Folder, "mstream")), CompressionMode.Decompress));
        var first = JsonDocument.Parse(raw.ReadLine()!).RootElement;
        Assert.Equal(first.GetProperty("Id").GetString(), news.Documents[0].Document.Id);
        Assert.Equal(first.GetProperty("textCleaned").GetString(), news.Documents[0].Document.Title);
        Assert.Equal(first.GetProperty("clusterNo").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), news.Documents[0].Gold);

        Assert.Equal(news.Documents.OrderBy(d => d.Document.Id, StringComparer.Ordinal), newsT.Documents.OrderBy(d => d.Document.Id, StringComparer.Ordinal));
        Assert.NotEqual(news.Documents.Select(d => d.Document.Id), newsT.Documents.Select(d => d.Document.Id));
    }

    [Fact]
    public void Clustering_jsonl_gives_each_good_line_a_document_and_names_each_bad_line_with_its_problem()
    {
        const string input = """
            {"id":"fen-1","title":"Glimmerfen council votes to drain the Quillmoor pond","text":"The council of Glimmerfen voted 7 to 2 to drain the pond.","published":"2031-05-04","outlet":"The Fen Lantern","url":"https://fen.example/1"}
            {"id":"fen-2","title":"Quillmoor pond to be drained","published":"2031-05-04T23:30:00-02:00"}
            {"id":3,"text":"Only a body, and a numeric id."}

            this is not json
            ["fen-4","an array"]
            {"title":"A line without an id"}
            {"id":"fen-5","title":7}
            {"id":"fen-6","title":"Bad date","published":"the fourth of May"}
            {"id":"fen-1","title":"The first id again"}
            {"id":"fen-7"}
            {"id":"fen-8","title":"The last line is read too","outlet":null}
            """;
        var lines = ClusteringJsonl.Read(new StringReader(input), ClusteringJsonlFields.Input).ToList();

        Assert.Equal(
            [
                new ClusterDocument("fen-1", "Glimmerfen council votes to drain the Quillmoor pond", "The council of Glimmerfen voted 7 to 2 to drain the pond.", new DateOnly(2031, 5, 4), "The Fen Lantern"),
                new ClusterDocument("fen-2", "Quillmoor pond to be drained", string.Empty, new DateOnly(2031, 5, 5)),
                new ClusterDocument("3", string.Empty, "Only a body, and a numeric id."),
                new ClusterDocument("fen-8", "The last line is read too", string.Empty),
            ],
            lines.Where(l => l.Document is not null).Select(l => l.Document!.Document));
        Assert.Equal("https://fen.example/1", lines[0].Document!.Url);
        var problems = lines.Where(l => l.Problem is not null).ToDictionary(l => l.LineNumber, l => l.Problem!);
        Assert.Equal([5, 6, 7, 8, 9, 10, 11], problems.Keys);
        Assert.StartsWith("not valid JSON", problems[5]);
        Assert.Equal("not a JSON object but an array", problems[6]);
        Assert.Equal("no \"id\"", problems[7]);
        Assert.Equal("\"title\" must be a string, not a number", problems[8]);
        Assert.Equal("\"published\" is \"the fourth of May\", not a date (YYYY-MM-DD) or an ISO 8601 date-time", problems[9]);
        Assert.Equal("duplicate id \"fen-1\" (first on line 1); ids must be unique, so this line was skipped", problems[10]);
        Assert.Equal("neither \"title\" nor \"text\": nothing to cluster", problems[11]);
    }

    /// <summary>
    /// A string escaping half a surrogate pair is valid JSON, but System.Text.Json throws InvalidOperationException when
    /// it is read, which stopped `crosscheck cluster` mid-stream. The half reads as U+FFFD and the line is a document.
    /// </summary>
    [Fact]
    public void Clustering_jsonl_reads_half_a_surrogate_pair_as_the_replacement_character()
    {
        const string input = """
            {"id":"fen-1","title":"Quillmoor pond \ud800 drained","text":"The pond was drained. \udfff","outlet":"\ud83d\ude00 Lantern"}
            {"id":"fen-\udc00","title":"Second"}
            {"id":"fen-3","title":"Third"}
            """;
        var lines = ClusteringJsonl.Read(new StringReader(input), ClusteringJsonlFields.Input).ToList();

        Assert.All(lines, l => Assert.Null(l.Problem));
        Assert.Equal(
            [
                new ClusterDocument("fen-1", "Quillmoor pond \uFFFD drained", "The pond was drained. \uFFFD", null, "\U0001F600 Lantern"),
                new ClusterDocument("fen-\uFFFD", "Second", string.Empty),
                new ClusterDocument("fen-3", "Third", string.Empty),
            ],
            lines.Select(l => l.Document!.Document));
    }

    [Fact]
    public void A_corpus_file_names_its_bad_lines_by_file_and_line_and_requires_gold_labels()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("crosscheck-corpus-").FullName, "fen.jsonl");
        try
        {
            File.WriteAllLines(file, ["""{"id":"a","title":"Marsh lantern festival","story":"lanterns"}""", """{"id":"b","title":"Marsh lantern parade"}""", """{"id":"c","title":"Lantern night","story":4}"""]);
            var corpus = ClusteringJsonl.ReadCorpus(file, ClusteringJsonlFields.WithGold("story"));
            Assert.Equal(["a", "c"], corpus.Documents.Select(d => d.Document.Id));
            Assert.Equal(["lanterns", "4"], corpus.Documents.Select(d => d.Gold));
            Assert.Equal([$"{file}:2: no \"story\""], corpus.Problems.AsEnumerable());
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    [Theory]
    [InlineData("2031-05-04", "2031-05-04")]
    [InlineData("2031-05-04T10:00:00Z", "2031-05-04")]
    [InlineData("2031-05-04T23:30:00-02:00", "2031-05-05")]
    [InlineData("2031-05-04T00:30+01:00", "2031-05-03")]
    [InlineData("2031-05-04 08:15:00.123456+0530", "2031-05-04")]
    [InlineData("2031-05-04T10:00", "2031-05-04")]
    [InlineData("04/05/2031", null)]
    [InlineData("2031-13-01", null)]
    [InlineData("2031-05-04T25:00Z", null)]
    [InlineData("2031-05-04T10:00:00 UTC", null)]
    [InlineData("", null)]
    public void Published_is_a_date_or_an_iso_date_time_taken_as_its_utc_date(string published, string? expected) =>
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ClusteringJsonl.ParseDate(published));

    [Fact]
    public void A_gold_line_reads_back_as_the_same_document()
    {
        var document = new CorpusDocument(new ClusterDocument("q-1", "Quillmoor ferry \"Heron\" resumes", "Line one.\nLine two, with ünïcode.", new DateOnly(2031, 6, 1), "Fen Lantern"), "ferry", "fen-topic", "https://fen.example/q-1");
        var read = ClusteringJsonl.Read(new StringReader(ClusteringJsonl.GoldLine(document)), ClusteringJsonlFields.WithGold("story", "group")).Single();
        Assert.Equal(document, read.Document);
    }

    [Fact]
    public void The_split_keeps_whole_groups_on_one_side_about_half_each_in_corpus_order_and_the_same_every_time()
    {
        var documents = Enumerable.Range(0, 1200).Select(i => new CorpusDocument(new ClusterDocument($"d{i}", $"headline {i}", string.Empty), $"story-{i * 7 % 200}")).ToImmutableArray();
        var corpus = new ClusteringCorpus("synthetic", documents);

        var dev = corpus.Split(ClusteringSplit.Dev);
        var test = corpus.Split(ClusteringSplit.Test);

        Assert.Same(corpus, corpus.Split(ClusteringSplit.All));
        Assert.Empty(dev.Documents.Select(d => d.Gold).Intersect(test.Documents.Select(d => d.Gold)));
        Assert.Equal(documents.Length, dev.Documents.Length + test.Documents.Length);
        Assert.Equal(documents.Where(dev.Documents.Contains), dev.Documents.AsEnumerable());
        Assert.Equal(documents.Where(test.Documents.Contains), test.Documents.AsEnumerable());
        Assert.InRange(dev.Documents.Select(d => d.Gold).Distinct().Count(), 70, 130);
        Assert.Equal(dev.Documents.AsEnumerable(), corpus.Split(ClusteringSplit.Dev).Documents.AsEnumerable());
    }

    [SharedCorpusFact]
    public void Ecb_splits_by_topic_so_both_events_of_a_topic_stay_on_one_side()
    {
        var corpus = SharedClusteringRuns.Corpus("ecb");
        var devTopics = corpus.Split(ClusteringSplit.Dev).Documents.Select(d => d.Group).ToHashSet();
        var testTopics = corpus.Split(ClusteringSplit.Test).Documents.Select(d => d.Group).ToHashSet();
        Assert.Empty(devTopics.Intersect(testTopics));
        Assert.All(corpus.Documents.GroupBy(d => d.Group), topic => Assert.Equal(2, topic.Select(d => d.Gold).Distinct().Count()));
        Assert.InRange(devTopics.Count, 13, 30);
        Assert.InRange(testTopics.Count, 13, 30);
    }

    [Theory]
    [InlineData("a,b\n", new[] { "a|b" })]
    [InlineData("\"a,1\",\"b\"\"q\"\n", new[] { "a,1|b\"q" })]
    [InlineData("\"multi\nline\",x\n", new[] { "multi\nline|x" })]
    [InlineData("a,b\n\nc\n", new[] { "a|b", "", "c" })]
    [InlineData("a,\n", new[] { "a|" })]
    [InlineData(",\n", new[] { "|" })]
    [InlineData("\"ab\"cd,e\n", new[] { "abcd|e" })]
    [InlineData("ab\"c,d\n", new[] { "ab\"c|d" })]
    [InlineData(" \"s\",t\n", new[] { " \"s\"|t" })]
    [InlineData("x\r\ny\rz", new[] { "x", "y", "z" })]
    [InlineData("\"a\"\"\",b", new[] { "a\"|b" })]
    [InlineData("\"open", new[] { "open" })]
    public void Csv_records_are_those_of_pythons_csv_reader(string text, string[] expected)
    {
        // Expected values are what Python 3.11's csv.reader(io.StringIO(text, newline=None)) returns ('|' joins fields).
        var records = new ExcelCsvReader(new StringReader(text)).Records().Select(r => string.Join('|', r)).ToArray();
        Assert.Equal(expected, records);
    }

    /// <summary>Runs a reference converter into a temporary file and reads its output as clustering JSONL.</summary>
    private static ClusteringCorpus ReadConverterOutput(string script, string input, ClusteringJsonlFields fields)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("crosscheck-converter-").FullName, "out.jsonl");
        try
        {
            File.WriteAllText(file, ReferenceScripts.Run(script, input));
            var corpus = ClusteringJsonl.ReadCorpus(file, fields);
            Assert.Empty(corpus.Problems);
            return corpus;
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    /// <summary>Same documents in the same order; a failure names the document, the field and where it first differs.</summary>
    private static void AssertSameDocuments(ClusteringCorpus expected, ClusteringCorpus actual)
    {
        Assert.Equal(expected.Documents.Length, actual.Documents.Length);
        for (var i = 0; i < expected.Documents.Length; i++)
        {
            var (e, a) = (expected.Documents[i], actual.Documents[i]);
            if (e == a) continue;
            var fields = new (string Name, string? Expected, string? Actual)[]
            {
                ("id", e.Document.Id, a.Document.Id), ("title", e.Document.Title, a.Document.Title), ("text", e.Document.Text, a.Document.Text),
                ("published", e.Document.Published?.ToString(), a.Document.Published?.ToString()), ("outlet", e.Document.Outlet, a.Document.Outlet),
                ("story", e.Gold, a.Gold), ("group", e.Group, a.Group), ("url", e.Url, a.Url),
            };
            var (name, want, got) = fields.First(f => f.Expected != f.Actual);
            var at = Enumerable.Range(0, Math.Min(want?.Length ?? 0, got?.Length ?? 0)).FirstOrDefault(k => want![k] != got![k], Math.Min(want?.Length ?? 0, got?.Length ?? 0));
            Assert.Fail($"document {i} ({e.Document.Id}): {name} differs at character {at}: the script has '{Excerpt(want, at)}', we have '{Excerpt(got, at)}'");
        }
    }

    private static string Excerpt(string? text, int at) =>
        text is null ? "(null)" : text.Substring(Math.Max(0, at - 20), Math.Min(text.Length, at + 20) - Math.Max(0, at - 20));
}
