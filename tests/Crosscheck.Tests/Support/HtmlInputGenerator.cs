using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Crosscheck.Tests.Support;

/// <summary>One generated input: what kind of damage it carries and its bytes.</summary>
public sealed record GeneratedInput(int Index, string Kind, byte[] Bytes)
{
    /// <summary>Inputs of a megabyte or more, or nested thousands of levels deep.</summary>
    public bool IsLarge => Bytes.Length >= 1 << 20 || Kind.StartsWith("deep-", StringComparison.Ordinal);

    public override string ToString() => $"#{Index} {Kind} ({Bytes.Length:N0} bytes)";
}

/// <summary>
/// A seeded, deterministic generator of HTML pages for "never throws" tests: small valid articles written for the
/// purpose, then mutations of them (truncation, unclosed and misnested tags, broken entities and JSON-LD, NUL bytes,
/// invalid surrogates, binary garbage, legacy encodings, gzip) and a few large pathological pages (nesting 50,000
/// levels deep in div, span, table, list, formatting and misnested formatting tags; attributes of 1–5 MB; 100,000
/// attributes on one element; huge text nodes, comments and CDATA; thousands of scripts; repeated html and body).
/// The same seed always gives the same inputs.
/// </summary>
public sealed class HtmlInputGenerator(int seed)
{
    public const int DeepLevels = 50_000;

    private static readonly string[] Headlines =
    [
        "Harbour board approves new ferry timetable",
        "Valley council delays vote on river crossing",
        "Night trains return to the coastal line",
        "Library reopens after two years of repairs",
        "Fishermen protest quota cuts at the north quay",
        "Storm closes mountain pass for a third day",
    ];

    private static readonly string[] Sentences =
    [
        "The harbour board voted on Tuesday to add two evening sailings to the winter timetable, its chair, Mira Olsen, said.",
        "Passengers had complained for months that the last boat left before the late shift at the cannery ended.",
        "The new schedule starts on the first Sunday of November and will be reviewed in the spring.",
        "Council members said the river crossing could not be funded before the regional budget is settled.",
        "Engineers from the county found cracks in two of the bridge's six piers during an inspection in August.",
        "“We cannot ask people to drive forty minutes around the lake every morning,” said councillor Ade Bakare.",
        "The night train, suspended since 2019, will run three times a week between Port Elm and Halvard.",
        "Tickets go on sale on Monday, and the operator expects the first trains to be full.",
        "The library's reading room, closed after a roof leak, now has new shelving and a children's corner.",
        "More than 300 people attended the reopening, according to the town's cultural office.",
        "About forty boats blocked the harbour entrance for an hour on Thursday morning.",
        "The fisheries ministry said the cuts were needed to let cod stocks in the bay recover.",
        "Snow ploughs cleared the lower road, but the pass itself remained closed to all traffic.",
        "Forecasters expect the wind to ease by Saturday, when crews will assess the damage to the barriers.",
    ];

    private static readonly string[] Outlets = ["Port Elm Tribune", "Halvard Daily", "The Valley Ledger", "Coastline News"];

    private static readonly string[] Authors = ["Ines Marlow", "Tomas Reyes", "Hanna Kviste", "Olu Adeyemi"];

    private static readonly string[] TagFragments = ["<", "</", "<!--", "-->", "<![CDATA[", "]]>", "\"", "'", "&", "&#", ">", "<div", "<p ", "</p>", "<table>", "<td>", "<script>", "</script>", "<style>", "<?xml", "<!DOCTYPE", "<svg>", "<math>", "<select><option>", "<textarea>", "<plaintext>", "<noscript>", "<template>", "<frameset>", "\0"];

    private static readonly string[] BrokenEntities = ["&amp", "&#", "&#x", "&#x110000;", "&#xD800;", "&#xDFFF;", "&#99999999999999999999;", "&#0;", "&notanentity;", "&;", "&&&&", "&lt", "&#x1F600", "&nbsp&nbsp;", "&" + new string('a', 300) + ";"];

    private static readonly string[] SmallKinds =
    [
        "valid-article", "truncated", "unclosed-tags", "misnested-tags", "byte-flips", "tag-fragments", "broken-entities",
        "broken-json-ld", "nul-bytes", "invalid-surrogates", "binary-garbage", "repeated-html-body", "legacy-encoding",
        "gzip", "empty-or-blank", "select-swallow", "medium-nesting", "text-only",
    ];

    private readonly Random _random = new(seed);

    /// <summary>The inputs: <paramref name="count"/> in all, the large pathological ones first, then small ones by turns.</summary>
    public IEnumerable<GeneratedInput> Generate(int count)
    {
        var index = 0;
        foreach (var (kind, make) in LargeCases())
        {
            if (index >= count) yield break;
            yield return new GeneratedInput(index++, kind, make());
        }
        while (index < count)
        {
            var kind = SmallKinds[index % SmallKinds.Length];
            yield return new GeneratedInput(index++, kind, Small(kind));
        }
    }

    /// <summary>Every kind <see cref="Generate"/> produces given enough inputs.</summary>
    public static IReadOnlyList<string> AllKinds => [.. new HtmlInputGenerator(0).LargeCases().Select(c => c.Kind).Distinct(), .. SmallKinds];

    private IEnumerable<(string Kind, Func<byte[]> Make)> LargeCases()
    {
        foreach (var variant in new[] { 0, 1 })
        {
            yield return ("deep-div", () => Utf8(Deep("<div>", variant == 0 ? "" : "</div>", Paragraph())));
            yield return ("deep-span", () => Utf8(Deep("<span>", variant == 0 ? "" : "</span>", Sentence())));
            yield return ("deep-table", () => Utf8(Deep("<table><tr><td>", variant == 0 ? "" : "</td></tr></table>", Paragraph())));
            yield return ("deep-list", () => Utf8(Deep(variant == 0 ? "<ul><li>" : "<ol><li>", variant == 0 ? "" : "</li></ol>", Sentence())));
            yield return ("deep-formatting", () => Utf8(Deep(variant == 0 ? "<b><i>" : "<em><strong><u>", "", Paragraph())));
            yield return ("deep-misnested-formatting", () => Utf8(Deep(variant == 0 ? "<b><i></b>" : "<a href=x><b></a><p>", "", Paragraph())));
            yield return ("deep-mixed", () => Utf8(DeepMixed()));
        }
        yield return ("huge-attribute", () => Utf8(Article(bodyAttributes: $" class=\"{new string('x', 1 << 20)}\"")));
        yield return ("huge-attribute", () => Utf8(Article(bodyAttributes: $" style=\"{string.Concat(Enumerable.Repeat("display : block ; ", 3 << 20 >> 4))}\"")));
        yield return ("huge-attribute", () => Utf8(Article(extraBody: $"<img src=\"data:image/png;base64,{Convert.ToBase64String(RandomBytes(3 << 20))}\">")));
        yield return ("huge-attribute", () => Utf8(Article(extraBody: $"<a href='https://example.org/{new string('q', 5 << 20)}'>more</a>")));
        yield return ("huge-attribute", () => Utf8(Article(bodyAttributes: $" title={new string('t', 2 << 20)}")));
        // An attribute value whose quote never closes: the tag runs to the end of the page.
        yield return ("huge-attribute", () => Utf8(Article(bodyAttributes: $" data-x=\"{new string('z', 4 << 20)}")));
        yield return ("many-attributes", () => Utf8(Article(bodyAttributes: string.Concat(Enumerable.Range(0, 100_000).Select(i => $" data-a{i}=\"{i}\"")))));
        yield return ("many-attributes", () => Utf8(Article(bodyAttributes: string.Concat(Enumerable.Repeat(" class=\"nav\"", 100_000)))));
        yield return ("many-attributes", () => Utf8(Article(extraBody: "<b " + string.Concat(Enumerable.Range(0, 100_000).Select(i => $"x{i} ")) + ">bold</b>")));
        yield return ("huge-text-node", () => Utf8(Article(extraBody: "<p>" + string.Concat(Enumerable.Repeat(Sentence() + " ", (4 << 20) / 100)) + "</p>")));
        yield return ("huge-text-node", () => Utf8(Article(extraBody: new string('w', 6 << 20))));
        yield return ("huge-text-node", () => Utf8(Article(extraBody: "<pre>" + string.Concat(Enumerable.Repeat("word\n", 1 << 20)) + "</pre>")));
        yield return ("huge-comment", () => Utf8(Article(extraBody: "<!--" + new string('c', 5 << 20) + "-->")));
        yield return ("huge-comment", () => Utf8(Article(extraHead: "<!--" + string.Concat(Enumerable.Repeat("<p>not text</p>", 200_000)))));
        yield return ("huge-comment", () => Utf8(Article(extraBody: string.Concat(Enumerable.Repeat("<!-- x -->", 300_000)))));
        yield return ("huge-cdata", () => Utf8(Article(extraBody: "<![CDATA[" + new string('d', 4 << 20) + "]]>")));
        yield return ("huge-cdata", () => Utf8(Article(extraBody: "<svg><![CDATA[" + string.Concat(Enumerable.Repeat("<div>", 500_000)) + "]]></svg>")));
        yield return ("many-scripts", () => Utf8(Article(extraHead: string.Concat(Enumerable.Range(0, 5_000).Select(i => $"<script>var v{i} = '<div>{i}</div>';</script>")))));
        yield return ("many-scripts", () => Utf8(Article(extraBody: string.Concat(Enumerable.Range(0, 5_000).Select(i => $"<script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"headline\":\"H{i}\"")))));
        yield return ("many-scripts", () => Utf8(Article(extraBody: string.Concat(Enumerable.Repeat("<script>", 20_000)))));
        yield return ("many-scripts", () => Utf8(Article(extraBody: string.Concat(Enumerable.Repeat("<style>p{}</style><noscript><p>enable JS</p></noscript>", 5_000)))));
        yield return ("repeated-html-body-large", () => Utf8(string.Concat(Enumerable.Repeat("<html><head><title>t</title></head><body class=a>", 20_000)) + Article()));
        yield return ("repeated-html-body-large", () => Utf8(Article() + string.Concat(Enumerable.Repeat("</body></html><body><p>after</p>", 20_000))));
    }

    private byte[] Small(string kind) => kind switch
    {
        "valid-article" => Utf8(Article()),
        "truncated" => Truncate(Utf8(Article())),
        "unclosed-tags" => Utf8(RemoveEndTags(Article())),
        "misnested-tags" => Utf8(Misnest(Article())),
        "byte-flips" => FlipBytes(Utf8(Article())),
        "tag-fragments" => Utf8(InsertAtRandom(Article(), TagFragments, _random.Next(1, 40))),
        "broken-entities" => Utf8(InsertAtRandom(Article(), BrokenEntities, _random.Next(1, 30))),
        "broken-json-ld" => Utf8(Article(jsonLd: BrokenJsonLd())),
        "nul-bytes" => NulBytes(),
        "invalid-surrogates" => InvalidSurrogates(),
        "binary-garbage" => Garbage(),
        "repeated-html-body" => Utf8(RepeatedHtmlBody()),
        "legacy-encoding" => LegacyEncoded(),
        "gzip" => Gzip(),
        "empty-or-blank" => Utf8(Pick(["", " ", "\n\n\t", "<html></html>", "<!DOCTYPE html>", "<html><body></body></html>", "<p></p>", "<!-- -->"])),
        "select-swallow" => Utf8(Article(extraBody: "<select><option>Choose</option><option value=1><a href=''>Two</option></select>", bodyFirst: true)),
        "medium-nesting" => Utf8(Deep(Pick(["<div>", "<span>", "<b>", "<li>", "<section><div>", "<td>", "<font>", "<p><b>"]), "", Paragraph(), _random.Next(100, 3_000))),
        "text-only" => Utf8(string.Join("\n\n", Enumerable.Range(0, _random.Next(1, 8)).Select(_ => Sentence()))),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a kind this generator knows"),
    };

    private string Article(string bodyAttributes = "", string extraHead = "", string extraBody = "", string? jsonLd = null, bool bodyFirst = false)
    {
        var headline = Pick(Headlines);
        var outlet = Pick(Outlets);
        var author = Pick(Authors);
        var date = new DateOnly(2024, 1, 1).AddDays(_random.Next(0, 600)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        jsonLd ??= $"{{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"{headline}\",\"author\":{{\"@type\":\"Person\",\"name\":\"{author}\"}},\"datePublished\":\"{date}\"}}";
        var paragraphs = string.Concat(Enumerable.Range(0, _random.Next(2, 7)).Select(_ => Paragraph()));
        var page = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(headline).Append(" | ").Append(outlet).Append("</title>")
            .Append("<meta property=\"og:site_name\" content=\"").Append(outlet).Append("\"><meta property=\"article:published_time\" content=\"").Append(date).Append("\">")
            .Append("<script type=\"application/ld+json\">").Append(jsonLd).Append("</script>").Append(extraHead).Append("</head>")
            .Append("<body").Append(bodyAttributes).Append('>');
        if (bodyFirst) page.Append(extraBody);
        page.Append("<nav class=\"menu\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/local\">Local</a></li></ul></nav>")
            .Append("<article><h1>").Append(headline).Append("</h1><p class=\"byline\">By ").Append(author).Append("</p>")
            .Append(paragraphs).Append("</article>");
        if (!bodyFirst) page.Append(extraBody);
        return page.Append("<footer><p>© 2024 ").Append(outlet).Append(". All rights reserved.</p></footer></body></html>").ToString();
    }

    private string Paragraph() => "<p>" + string.Join(' ', Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Sentence())) + "</p>";

    private string Sentence() => Pick(Sentences);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static string Deep(string open, string close, string inner, int levels = DeepLevels)
    {
        var page = new StringBuilder((open.Length + close.Length) * levels + inner.Length + 64).Append("<html><body>");
        for (var i = 0; i < levels; i++) page.Append(open);
        page.Append(inner);
        for (var i = 0; i < levels && close.Length > 0; i++) page.Append(close);
        return page.Append("</body></html>").ToString();
    }

    private string DeepMixed()
    {
        string[] opens = ["<div>", "<span>", "<table><tr><td>", "<ul><li>", "<b>", "<i>", "<section>", "<blockquote>", "<a href=#>", "<font>", "<p>", "<svg>", "<select><option>", "<dl><dd>"];
        var page = new StringBuilder("<html><body>");
        for (var i = 0; i < DeepLevels; i++)
        {
            page.Append(Pick(opens));
            if (i % 1_000 == 0) page.Append(Sentence());
        }
        return page.Append("</body></html>").ToString();
    }

    private byte[] Truncate(byte[] bytes) => bytes[.._random.Next(0, bytes.Length)];

    private string RemoveEndTags(string html)
    {
        var page = new StringBuilder(html.Length);
        var position = 0;
        while (position < html.Length)
        {
            var end = html.IndexOf("</", position, StringComparison.Ordinal);
            if (end < 0) break;
            var close = html.IndexOf('>', end);
            page.Append(html, position, end - position);
            if (close < 0)
            {
                position = end;
                break;
            }
            if (_random.Next(3) != 0) page.Append(html, end, close + 1 - end);
            position = close + 1;
        }
        return page.Append(html, position, html.Length - position).ToString();
    }

    private string Misnest(string html)
    {
        string[] tangles = ["<b><i>tangled</b> words</i>", "<p><div>block in p</p></div>", "<a href=1><a href=2>nested links</a></a>", "<table><p>foster</p><tr><div>x</div></table>",
            "<ul><p><li>item</p></li></ul>", "<em><p>one</em>two</p>", "</div></div></div>", "<h1><h2>heads</h1></h2>", "<form><form>x</form>", "<td>cell outside</td>", "<li>orphan", "</body><p>late</p>"];
        return InsertAtRandom(html, tangles, _random.Next(1, 12));
    }

    private string InsertAtRandom(string html, IReadOnlyList<string> pieces, int count)
    {
        var page = new StringBuilder(html);
        for (var i = 0; i < count; i++) page.Insert(_random.Next(page.Length + 1), Pick(pieces));
        return page.ToString();
    }

    private byte[] FlipBytes(byte[] bytes)
    {
        var flipped = (byte[])bytes.Clone();
        var flips = _random.Next(1, 60);
        for (var i = 0; i < flips; i++) flipped[_random.Next(flipped.Length)] = (byte)_random.Next(256);
        return flipped;
    }

    private string BrokenJsonLd() => _random.Next(9) switch
    {
        0 => "{\"@type\":\"NewsArticle\",\"headline\":",
        1 => new string('[', 10_000),
        2 => "{\"@type\":[\"NewsArticle\",{}],\"author\":[1,{\"name\":null},[\"x\"]],\"headline\":{\"a\":1},\"datePublished\":12}",
        3 => "{\"@graph\":" + string.Concat(Enumerable.Repeat("{\"@graph\":", 60)) + "{\"@type\":\"NewsArticle\"}" + new string('}', 61),
        4 => "</script><p>" + Sentence() + "</p><script>",
        5 => "{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-13-45T99:99:99Z\",\"author\":\"https://example.org/author\"}",
        6 => "{\"headline\":\"" + new string('h', 100_000) + "\"}",
        7 => "\uFEFF{'single':'quotes', trailing: commas,}",
        _ => "null",
    };

    private byte[] NulBytes()
    {
        var html = Article();
        if (_random.Next(2) == 0)
        {
            // Early NULs: the decoder calls the page binary.
            return Utf8(html.Insert(_random.Next(html.Length), "\0\0"));
        }
        // NULs past the 8 KB sniffing window reach the parser.
        var padded = html.Replace("<body>", "<body><!--" + new string('p', 9_000) + "-->", StringComparison.Ordinal);
        return Utf8(padded.Insert(padded.Length - _random.Next(1, 200), "\0 <p>\0</p> \0"));
    }

    private byte[] InvalidSurrogates()
    {
        var html = Article();
        switch (_random.Next(3))
        {
            case 0:
                // Surrogates encoded as if they were characters (CESU-8): not valid UTF-8.
                var bytes = Utf8(html).ToList();
                bytes.InsertRange(_random.Next(bytes.Count), [0xED, 0xA0, 0x80, 0xED, 0xBF, 0xBF]);
                return [.. bytes];
            case 1:
                // UTF-16 with a byte order mark and a lone high surrogate.
                var text = html.Insert(_random.Next(html.Length), "\uD800x\uDC00");
                // The code units as they are (an encoder would replace the lone surrogates).
                return [0xFF, 0xFE, .. text.SelectMany(c => new[] { (byte)c, (byte)(c >> 8) })];
            default:
                return Utf8(html.Insert(_random.Next(html.Length), "&#xD83D;&#xDE00; \uFFFD"));
        }
    }

    private byte[] Garbage()
    {
        var garbage = RandomBytes(_random.Next(0, 6_000));
        return _random.Next(2) == 0 ? garbage : [.. Utf8("<html><body><p>"), .. garbage.Where(b => b != 0), .. Utf8("</p></body></html>")];
    }

    private string RepeatedHtmlBody()
    {
        var repeats = _random.Next(2, 200);
        return string.Concat(Enumerable.Repeat("<html><head><meta charset=utf-8></head><body>", repeats)) + Article() + string.Concat(Enumerable.Repeat("</body></html>", _random.Next(0, repeats)));
    }

    private byte[] LegacyEncoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var (name, sentence) = Pick<(string, string)>(
        [
            ("windows-1251", "Городской совет утвердил бюджет на следующий год, а мэр пообещал открыть каток."),
            ("koi8-r", "Вчера вечером в порт пришёл паром с двумястами пассажирами на борту."),
            ("windows-1252", "Le conseil municipal a voté jeudi la rénovation du phare, fermé depuis l'hiver."),
            ("iso-8859-2", "Rada miejska zdecydowała w czwartek o remoncie latarni morskiej."),
            ("windows-1253", "Το δημοτικό συμβούλιο αποφάσισε την επισκευή του φάρου."),
        ]);
        var meta = _random.Next(3) switch { 0 => $"<meta charset=\"{name}\">", 1 => "<meta charset=\"utf-8\">", _ => "" };
        var html = $"<html><head>{meta}<title>{sentence[..12]}</title></head><body><article><p>{sentence}</p><p>{sentence}</p></article></body></html>";
        return Encoding.GetEncoding(name).GetBytes(html);
    }

    private byte[] Gzip()
    {
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(Utf8(Article()));
        var bytes = packed.ToArray();
        return _random.Next(3) == 0 ? bytes[.._random.Next(2, bytes.Length)] : bytes;
    }

    private byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        _random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
