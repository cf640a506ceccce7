using System.Diagnostics;
using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Crosscheck.Extraction;
using Crosscheck.Extraction.Html;
using Crosscheck.Sources;
using Crosscheck.Tests.Support;
using Xunit.Abstractions;

namespace Crosscheck.Tests.Extraction;

/// <summary>
/// "10,000 generated and mutated HTML inputs (truncated tags, deep nesting 50,000 levels, huge attributes, binary
/// garbage) produce a result or a clear rejection": through the real path (<see cref="SourceDecoder"/>, then
/// <see cref="ArticleExtractor"/>), and through the defences for the parsed tree (<see cref="HtmlInputGuard"/> before
/// parsing, <see cref="DomDepthLimiter"/> after it).
/// </summary>
public sealed class HtmlRobustnessTests(ITestOutputHelper output)
{
    private const int Seed = 20_251_121;
    private const int InputCount = 10_000;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);

    /// <summary>The acceptance: every input gives an article or a rejection with a reason, none throws, all in the budget.</summary>
    [Fact]
    public void Ten_thousand_generated_inputs_give_an_article_or_a_rejection()
    {
        var decoder = new SourceDecoder();
        var extractor = new ArticleExtractor();
        var stats = new SortedDictionary<string, KindStats>(StringComparer.Ordinal);
        var failures = new List<string>();
        var failureKinds = new SortedDictionary<string, int>(StringComparer.Ordinal);
        // Processor time of this thread, not wall time: the budget is about the work, whatever else the machine runs.
        var watch = ThreadCpuClock.StartNew();
        var total = 0;
        foreach (var input in new HtmlInputGenerator(Seed).Generate(InputCount))
        {
            total++;
            var kind = stats.TryGetValue(input.Kind, out var known) ? known : stats[input.Kind] = new KindStats();
            var started = watch.Elapsed;
            try
            {
                var decoded = decoder.Decode(new MemoryStream(input.Bytes), "x.html", input.Index);
                if (decoded.Document is null)
                {
                    if (string.IsNullOrWhiteSpace(decoded.RejectionReason)) failures.Add($"{input}: rejected by the decoder without a reason");
                    kind.Rejected++;
                }
                else
                {
                    var result = extractor.Extract(decoded.Document);
                    if (result.Succeeded) kind.Articles++;
                    else if (string.IsNullOrWhiteSpace(result.RejectionReason)) failures.Add($"{input}: neither an article nor a reason");
                    else kind.Rejected++;
                }
            }
            catch (Exception e)
            {
                failures.Add($"{input}: {e}");
                var frame = e.StackTrace?.Split('\n').FirstOrDefault(line => line.Contains("Crosscheck.", StringComparison.Ordinal))?.Trim() ?? "(no frame of ours)";
                var key = $"{input.Kind}: {e.GetType().Name} {frame}";
                failureKinds[key] = failureKinds.GetValueOrDefault(key) + 1;
            }
            kind.Add(watch.Elapsed - started, input);
        }
        output.WriteLine($"{total:N0} inputs in {watch.Elapsed.TotalSeconds:F1} s of {(ThreadCpuClock.MeasuresProcessorTime ? "processor" : "wall")} time, {watch.WallElapsed.TotalSeconds:F1} s wall (budget {Budget.TotalSeconds:F0} s)");
        output.WriteLine("kind                          count  articles  rejected   total ms     max ms  slowest");
        foreach (var (name, kind) in stats) output.WriteLine(kind.Row(name));
        foreach (var (key, count) in failureKinds) output.WriteLine($"FAIL x{count} {key}");
        foreach (var failure in failures.Take(3)) output.WriteLine("FIRST " + failure);

        Assert.Equal(InputCount, total);
        Assert.Equal(HtmlInputGenerator.AllKinds.Order(StringComparer.Ordinal), stats.Keys);
        Assert.True(failures.Count == 0, $"{failures.Count} inputs threw ({string.Join("; ", failureKinds.Select(f => $"{f.Value} × {f.Key}"))}); the first: {failures.FirstOrDefault()}");
        var slowest = string.Join(", ", stats.OrderByDescending(s => s.Value.Max).Take(4).Select(s => $"{s.Key} {s.Value.Max.TotalSeconds:F1} s"));
        Assert.True(watch.Elapsed < Budget, $"{total:N0} inputs took {watch.Elapsed.TotalSeconds:F0} s, over the {Budget.TotalSeconds:F0} s budget; slowest: {slowest}. " +
            "Deep nesting makes AngleSharp's parse quadratic: parse HtmlInputGuard.Bound(html).Html instead of the raw page.");
    }

    /// <summary>
    /// The defences together, as HtmlPageReader is to use them: guard, parse, flatten; then AngleSharp's own walks and a
    /// recursive walk of ours, on every large input and every tenth small one.
    /// </summary>
    [Fact]
    public void Guarded_parse_then_flatten_keeps_every_walk_bounded()
    {
        var decoder = new SourceDecoder();
        var watch = ThreadCpuClock.StartNew();
        var slowest = (Time: TimeSpan.Zero, Input: (GeneratedInput?)null);
        var walked = 0;
        foreach (var input in new HtmlInputGenerator(Seed).Generate(InputCount).Where(i => i.IsLarge || i.Index % 10 == 0))
        {
            var decoded = decoder.Decode(new MemoryStream(input.Bytes), "x.html", input.Index);
            if (decoded.Document is null) continue;
            var started = watch.Elapsed;
            var page = GuardedDocumentAdapter.Load(decoded.Document.Content);
            Assert.True(page.Depth <= DomDepthLimiter.DefaultMaxDepth, $"{input}: {page.Depth} levels deep after flattening");
            Assert.Equal(page.ElementCount, page.RecursiveElementCount);
            var elapsed = watch.Elapsed - started;
            if (elapsed > slowest.Time) slowest = (elapsed, input);
            walked++;
        }
        output.WriteLine($"{walked} pages guarded, parsed, flattened and walked in {watch.Elapsed.TotalSeconds:F1} s; slowest {slowest.Input} {slowest.Time.TotalMilliseconds:F0} ms");
        Assert.True(slowest.Time < TimeSpan.FromSeconds(5), $"{slowest.Input} took {slowest.Time.TotalSeconds:F1} s");
    }

    public static readonly TheoryData<string, string, string> DeepPages = new()
    {
        { "div", "<div>", "" },
        { "closed div", "<div>", "</div>" },
        { "span", "<span>", "" },
        { "table", "<table><tr><td>", "" },
        { "list", "<ul><li>", "" },
        { "formatting", "<b><i>", "" },
        { "misnested formatting", "<b><i></b>", "" },
        { "links and blocks", "<a href=x><b></a><p>", "" },
        { "select", "<select><option><br>", "" },
    };

    [Theory]
    [MemberData(nameof(DeepPages))]
    public void The_guard_bounds_50000_levels_and_keeps_the_text(string what, string open, string close)
    {
        var levels = HtmlInputGenerator.DeepLevels;
        var html = "<html><body>" + string.Concat(Enumerable.Repeat(open, levels)) + "<p>The ferry timetable changes on Sunday.</p>" +
            string.Concat(Enumerable.Repeat(close, close.Length == 0 ? 0 : levels)) + "</body></html>";
        var watch = ThreadCpuClock.StartNew();
        var guarded = HtmlInputGuard.Bound(html);
        var guardTime = watch.Elapsed;
        var document = Parse(guarded.Html);
        var parseTime = watch.Elapsed - guardTime;
        output.WriteLine($"{what}: guard {guardTime.TotalMilliseconds:F0} ms ({guarded.DroppedTags:N0} tags dropped, {guarded.DroppedInSelect:N0} in select, nesting {guarded.DeepestNesting:N0}), parse {parseTime.TotalMilliseconds:F0} ms, depth {DomDepthLimiter.MeasureDepth(document)}");
        Assert.Contains("The ferry timetable changes on Sunday.", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.True(DomDepthLimiter.MeasureDepth(document) <= HtmlInputLimits.Default.MaxDepth + 2);
        // Alone this takes well under a second (the list, slowest, about 0.5 s); unguarded the list takes 37 s.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{what}: guard and parse took {watch.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>
    /// Wide rather than deep: 200,000 children of one element. The page's text was gathered by walking each element's
    /// children through PreviousSibling, which AngleSharp finds by searching the parent's children, so this took time
    /// quadratic in their number (an 800 KB page of line breaks: 20–30 s, a hang to the batch).
    /// </summary>
    [Theory]
    [InlineData("<br>")]
    [InlineData("word<br>")]
    [InlineData("<span>word</span>")]
    public void An_element_with_200000_children_is_read_in_linear_time(string child)
    {
        const string sentence = "The harbour board approved a plan on Wednesday to dredge the eastern channel before the autumn storms arrive.";
        var html = $"<!DOCTYPE html><html><head><title>Harbour board backs dredging</title></head><body><article><h1>Harbour board backs dredging</h1><p>{sentence}</p><div>"
            + string.Concat(Enumerable.Repeat(child, 200_000)) + $"</div><p>{sentence}</p></article></body></html>";
        var extractor = new ArticleExtractor();
        var watch = ThreadCpuClock.StartNew();

        var result = extractor.Extract(new SourceDocument("wide.html", html, SourceFormat.Html));

        output.WriteLine($"{child}: {watch.Elapsed.TotalSeconds:F2} s of {(ThreadCpuClock.MeasuresProcessorTime ? "processor" : "wall")} time");
        Assert.True(result.Succeeded, result.RejectionReason);
        Assert.Contains(sentence, result.Article!.Text, StringComparison.Ordinal);
        // About a second here (one to three on a loaded machine); walking by PreviousSibling took 20–30 s for the line breaks.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(8), $"{child} × 200,000 took {watch.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public void An_ordinary_page_passes_the_guard_unchanged()
    {
        var generator = new HtmlInputGenerator(7);
        foreach (var input in generator.Generate(200).Where(i => i.Kind == "valid-article"))
        {
            var html = Encoding.UTF8.GetString(input.Bytes);
            var guarded = HtmlInputGuard.Bound(html);
            Assert.Same(html, guarded.Html);
            Assert.False(guarded.Changed);
            Assert.Null(guarded.Summary(HtmlInputLimits.Default));
        }
    }

    [Theory]
    [InlineData("<p>unclosed paragraph", 10_000)]
    [InlineData("<p><b>bold left open</p>", 10_000)]
    [InlineData("<li>item", 10_000)]
    [InlineData("<table><tr><td>cell<td>cell</table>", 10_000)]
    [InlineData("<option>choice", 10_000)]
    [InlineData("<h2>heading<h3>sub", 5_000)]
    [InlineData("<br><img src=x><hr><input>", 10_000)]
    [InlineData("<svg><path d='M0 0'/><title/><rect/></svg>", 5_000)]
    [InlineData("<script>document.write('<div><div><div>')</script>", 10_000)]
    [InlineData("<!-- <div><div> -->", 10_000)]
    [InlineData("<textarea><div></textarea>", 10_000)]
    public void Patterns_that_do_not_nest_are_left_alone(string pattern, int repeats)
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat(pattern, repeats)) + "<p>The end.</p></body></html>";
        var guarded = HtmlInputGuard.Bound(html);
        Assert.False(guarded.Changed, $"{pattern}: {guarded.Summary(HtmlInputLimits.Default)}");
        Assert.True(guarded.DeepestNesting < 20, $"{pattern}: estimated {guarded.DeepestNesting} levels");
    }

    [Fact]
    public void A_stray_tag_in_a_select_no_longer_buries_the_article()
    {
        // AngleSharp 1.10.3 nests an unclosed <a> in an option, then every void element after it, and never closes the select.
        const string page = "<html><body><select><option>Stations</option><option value=1><a href=''>North</option></select>" +
            "<article><h1>Harbour board approves new ferry timetable</h1><p>The harbour board voted on Tuesday to add two evening sailings.</p><br><br>" +
            "<p>Passengers had complained for months that the last boat left too early.</p></article></body></html>";
        var unguarded = Parse(page);
        Assert.NotNull(unguarded.QuerySelector("select article"));
        var guarded = HtmlInputGuard.Bound(page);
        Assert.Equal(1, guarded.DroppedInSelect);
        var document = Parse(guarded.Html);
        Assert.Null(document.QuerySelector("select article"));
        Assert.Equal(2, document.QuerySelectorAll("article p").Length);
    }

    [Fact]
    public void Oversized_attributes_are_trimmed()
    {
        var big = new string('x', 2 << 20);
        var many = string.Concat(Enumerable.Range(0, 100_000).Select(i => $" a{i}=\"{i}\""));
        var html = $"<html><body><div class=\"{big}\" id=keep>one</div><p{many}>two</p><img src=\"data:image/png;base64,{big}\" alt='fine'></body></html>";
        var guarded = HtmlInputGuard.Bound(html);
        Assert.Equal(2 + (100_000 - HtmlInputLimits.Default.MaxAttributes), guarded.TrimmedAttributes);
        Assert.True(guarded.Html.Length < 20_000, $"{guarded.Html.Length} characters left");
        var document = Parse(guarded.Html);
        Assert.Equal("keep", document.QuerySelector("div")!.Id);
        Assert.Equal(string.Empty, document.QuerySelector("div")!.ClassName);
        Assert.Equal(HtmlInputLimits.Default.MaxAttributes, document.QuerySelector("p")!.Attributes.Length);
        Assert.Equal("fine", document.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Equal("onetwo", document.Body!.TextContent);
    }

    [Fact]
    public void The_guard_never_throws_on_fragments_of_markup()
    {
        var random = new Random(Seed);
        string[] pieces = ["<", ">", "</", "/>", "<div", "<p>", "</p>", "<b>", "</b>", "<i>", "<table>", "<td>", "<tr>", "<li>", "<ul>", "<select>", "<option>", "<svg>", "</svg>",
            "<math>", "<title>", "</title>", "<script>", "</script", "<!--", "-->", "<!", "<?", "=", "\"", "'", " ", "a", "x=1", "\0", "&", "<plaintext>", "<a href=", "</a>", "<br/>", "<template>"];
        for (var i = 0; i < 3_000; i++)
        {
            var html = string.Concat(Enumerable.Range(0, random.Next(0, 300)).Select(_ => pieces[random.Next(pieces.Length)]));
            var guarded = HtmlInputGuard.Bound(html, new HtmlInputLimits { MaxDepth = 8, MaxAttributes = 3, MaxAttributeLength = 4 });
            var document = Parse(guarded.Html);
            Assert.True(DomDepthLimiter.MeasureDepth(document) <= 8 + 4, $"{html} nests {DomDepthLimiter.MeasureDepth(document)} deep after the guard");
        }
    }

    /// <summary>A tree deeper than the parser's own limit (built with that limit lifted) is flattened without recursion.</summary>
    [Fact]
    public void The_limiter_flattens_50000_levels_keeping_text_and_order()
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < HtmlInputGenerator.DeepLevels; i++) html.Append("<span>w").Append(i.ToString(CultureInfo.InvariantCulture)).Append(' ');
        for (var i = HtmlInputGenerator.DeepLevels - 1; i >= 0; i--) html.Append("</span>a").Append(i.ToString(CultureInfo.InvariantCulture)).Append(' ');
        var document = new HtmlParser(new HtmlParserOptions { IsScripting = false, MaximumDepth = int.MaxValue }).ParseDocument(html.Append("</body></html>").ToString());
        var text = document.Body!.TextContent;
        Assert.Equal(HtmlInputGenerator.DeepLevels + 2, DomDepthLimiter.MeasureDepth(document));

        var watch = ThreadCpuClock.StartNew();
        var lifted = DomDepthLimiter.Flatten(document);
        output.WriteLine($"lifted {lifted:N0} nodes in {watch.Elapsed.TotalMilliseconds:F0} ms");
        Assert.Equal(DomDepthLimiter.DefaultMaxDepth, DomDepthLimiter.MeasureDepth(document));
        Assert.Equal(text, document.Body.TextContent);
        Assert.Equal(document.QuerySelectorAll("*").Length, GuardedDocumentAdapter.CountRecursively(document.DocumentElement));
        Assert.Equal(0, DomDepthLimiter.Flatten(document));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"flattening took {watch.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public void The_limiter_keeps_leading_text_in_its_element()
    {
        var document = Parse("<html><body><div><section><p>First <b>bold</b> after</p><script>var x = 1;</script></section></div></body></html>");
        Assert.Equal(4, DomDepthLimiter.Flatten(document, maxDepth: 4));
        // html(1) > body(2) > div(3) now holds section, p (with "First "), b, " after" and script, in order, at depth 4.
        Assert.Equal(4, DomDepthLimiter.MeasureDepth(document));
        var div = document.QuerySelector("div")!;
        Assert.Equal(["section", "p", "b", "#text", "script"], div.ChildNodes.Select(n => n is IElement e ? e.LocalName : n.NodeName));
        Assert.Equal("First ", div.QuerySelector("p")!.TextContent);
        Assert.Equal("var x = 1;", div.QuerySelector("script")!.TextContent);
        Assert.Equal("First bold aftervar x = 1;", div.TextContent);
    }

    private static IDocument Parse(string html) => new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);

    /// <summary>Per-kind tallies of the acceptance run.</summary>
    private sealed class KindStats
    {
        public int Count { get; private set; }

        public int Articles { get; set; }

        public int Rejected { get; set; }

        public TimeSpan Total { get; private set; }

        public TimeSpan Max { get; private set; }

        private GeneratedInput? Slowest { get; set; }

        public void Add(TimeSpan elapsed, GeneratedInput input)
        {
            Count++;
            Total += elapsed;
            if (elapsed <= Max) return;
            Max = elapsed;
            Slowest = input;
        }

        public string Row(string kind) => string.Create(CultureInfo.InvariantCulture,
            $"{kind,-28} {Count,6} {Articles,9} {Rejected,9} {Total.TotalMilliseconds,10:F0} {Max.TotalMilliseconds,10:F0}  {Slowest}");
    }
}

/// <summary>
/// What HtmlPageReader is to do with a page, in small: bound the markup (<see cref="HtmlInputGuard"/>), parse it,
/// flatten the tree (<see cref="DomDepthLimiter"/>); then AngleSharp's walks (TextContent, QuerySelectorAll) and a
/// recursive walk of our own, which the flattening keeps within a few hundred frames.
/// </summary>
internal static class GuardedDocumentAdapter
{
    public sealed record LoadedPage(int Depth, int ElementCount, int RecursiveElementCount, int TextLength, int Paragraphs);

    public static LoadedPage Load(string html)
    {
        var guarded = HtmlInputGuard.Bound(html);
        var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(guarded.Html);
        DomDepthLimiter.Flatten(document);
        var root = document.DocumentElement;
        return new LoadedPage(
            DomDepthLimiter.MeasureDepth(document),
            document.QuerySelectorAll("*").Length,
            CountRecursively(root),
            document.Body?.TextContent.Length ?? 0,
            document.QuerySelectorAll("p,li,td,h1,h2,blockquote").Length);
    }

    /// <summary>Counts elements by recursion, the way a naive tree walk would: safe only on a bounded tree.</summary>
    public static int CountRecursively(IElement? element)
    {
        if (element is null) return 0;
        var count = 1;
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement child) count += CountRecursively(child);
        }
        return count;
    }
}
