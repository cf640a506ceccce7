using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Crosscheck.Extraction.Html;
using Crosscheck.Tests.Support;

namespace Crosscheck.Tests.Extraction.Html;

public sealed class PublicationDateFinderTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    private const string Headline = "Lighthouse keepers return to Skerry Point";

    private const string JsonLd = """<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Lighthouse","datePublished":"2021-03-01T09:00:00+01:00"}</script>""";
    private const string MetaTag = """<meta property="article:published_time" content="2021-03-02T09:00:00+01:00">""";
    private const string TimeElement = """<time datetime="2021-03-03T09:00:00+01:00">3 March</time>""";
    private const string DatedUrl = "https://harbour-gazette.example/2021/03/04/lighthouse-keepers/";
    private const string PrintedDate = "<p class=\"byline\">By Ines Marlow, 5 March 2021</p>";

    [Fact]
    public void Json_ld_beats_meta_tags_beats_time_elements_beats_the_address_beats_the_text()
    {
        Assert.Equal("2021-03-01", Find(Page(head: JsonLd + MetaTag, body: TimeElement + PrintedDate), DatedUrl));
        Assert.Equal("2021-03-02", Find(Page(head: MetaTag, body: TimeElement + PrintedDate), DatedUrl));
        Assert.Equal("2021-03-03", Find(Page(body: TimeElement + PrintedDate), DatedUrl));
        Assert.Equal("2021-03-04", Find(Page(body: PrintedDate), DatedUrl));
        Assert.Equal("2021-03-05", Find(Page(body: PrintedDate)));
    }

    [Fact]
    public void When_metadata_disagree_the_source_another_one_confirms_wins()
    {
        var page = Page(head: JsonLd + MetaTag, body: "<p class=\"byline\">2 March 2021</p>");
        Assert.Equal("2021-03-02", Find(page));
    }

    [Fact]
    public void Json_ld_is_read_in_graphs_arrays_and_nested_objects()
    {
        const string graph = """<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Gazette"},{"@type":["NewsArticle"],"datePublished":"2022-08-09"}]}</script>""";
        const string array = """<script type="application/ld+json">[{"@type":"Organization"},{"@type":"BlogPosting","dateCreated":"2022-08-10T18:00:00Z"}]</script>""";
        const string nested = """<script type="application/ld+json">{"@type":"WebPage","mainEntity":{"@type":"Article","datePublished":"2022-08-11"}}</script>""";
        const string broken = """<script type="application/ld+json">{"@type":"NewsArticle", "datePublished": "2022-08-12T07:00:00+02:00", }}</script>""";
        Assert.Equal("2022-08-09", Find(Page(head: graph)));
        Assert.Equal("2022-08-10", Find(Page(head: array)));
        Assert.Equal("2022-08-11", Find(Page(head: nested)));
        Assert.Equal("2022-08-12", Find(Page(head: broken)));
    }

    [Fact]
    public void Dates_of_the_site_its_publisher_or_its_pictures_are_not_the_articles()
    {
        const string site = """<script type="application/ld+json">[{"@type":"WebSite","datePublished":"2001-05-01"},{"@type":"ImageObject","datePublished":"2019-02-03"}]</script>""";
        Assert.Equal("2021-03-05", Find(Page(head: site, body: PrintedDate)));
        Assert.Equal("2021-03-05", Find(Page(head: "<meta property=\"article:publisher\" content=\"https://social.example/2019/02/03/gazette\">", body: PrintedDate)));
    }

    [Fact]
    public void The_article_publication_date_is_preferred_to_its_creation_date()
    {
        const string both = """<script type="application/ld+json">{"@type":"NewsArticle","dateCreated":"2022-08-07T10:00:00Z","datePublished":"2022-08-09T10:00:00Z"}</script>""";
        Assert.Equal("2022-08-09", Find(Page(head: both)));
    }

    [Theory]
    [InlineData("""<meta name="pubdate" content="2019-11-30">""")]
    [InlineData("""<meta name="dc.date.issued" content="2019-11-30">""")]
    [InlineData("""<meta name="DC.date.created" content="30/11/2019">""")]
    [InlineData("""<meta name="sailthru.date" content="2019-11-30 14:05:00">""")]
    [InlineData("""<meta name="parsely-pub-date" content="2019-11-30T14:05:00-0500">""")]
    [InlineData("""<meta name="citation_publication_date" content="2019/11/30">""")]
    [InlineData("""<meta itemprop="datePublished" content="2019-11-30">""")]
    [InlineData("""<meta property="og:published_time" content="20191130T140500Z">""")]
    [InlineData("""<meta name="date" content="Sat, 30 Nov 2019 14:05:00 GMT">""")]
    public void Publication_meta_tags_are_read_whatever_their_naming(string tag) =>
        Assert.Equal("2019-11-30", Find(Page(head: tag)));

    [Fact]
    public void Modification_dates_are_ignored_when_a_publication_date_exists()
    {
        const string head = """
            <meta property="article:modified_time" content="2023-05-20T08:00:00Z">
            <meta property="og:updated_time" content="2023-05-20T08:00:00Z">
            <script type="application/ld+json">{"@type":"NewsArticle","dateModified":"2023-05-21","datePublished":"2023-05-02"}</script>
            """;
        Assert.Equal("2023-05-02", Find(Page(head: head)));
        Assert.Equal("2023-05-02", Find(Page(body: "<p class=\"updated\">Updated 20 May 2023</p><p class=\"date\">Published 2 May 2023</p>")));
        Assert.Equal("2023-05-02", Find(Page(body: "<p>Updated: 20 May 2023</p><p>Posted on 2 May 2023</p>")));
    }

    [Fact]
    public void A_modification_date_is_the_last_resort()
    {
        const string head = """<meta property="article:modified_time" content="2023-05-20T08:00:00Z">""";
        Assert.Equal("2023-05-20", Find(Page(head: head)));
    }

    [Fact]
    public void Dates_after_the_latest_plausible_day_or_before_1995_are_rejected()
    {
        const string future = """<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2027-01-15"}</script>""";
        const string ancient = """<meta name="pubdate" content="1990-06-01">""";
        Assert.Equal("2021-03-02", Find(Page(head: future + MetaTag)));
        Assert.Equal("2021-03-05", Find(Page(head: ancient, body: PrintedDate)));
        Assert.Null(Find(Page(head: future + ancient)));
        Assert.Equal("2026-11-21", Find(Page(body: "<p class=\"date\">21 November 2026</p>")));
        Assert.Null(Find(Page(body: "<p class=\"date\">22 November 2026</p>")));
    }

    [Fact]
    public void Time_elements_that_say_they_are_the_publication_beat_others_and_furniture_is_ignored()
    {
        const string body = """
            <aside class="related"><time datetime="2020-01-01">1 Jan</time></aside>
            <time class="updated" datetime="2020-02-20">20 Feb</time>
            <time class="entry-date published" datetime="2020-02-10">10 Feb</time>
            """;
        Assert.Equal("2020-02-10", Find(Page(body: body)));
        Assert.Equal("2020-02-11", Find(Page(body: """<aside class="related"><time datetime="2020-01-01">1 Jan</time></aside><span itemprop="datePublished" content="2020-02-11">11 Feb</span>""")));
    }

    [Fact]
    public void A_time_element_in_the_masthead_is_the_sites_today_not_the_articles_date()
    {
        var html = $"<html lang=\"en\"><body><header class=\"site\"><div class=\"top\"><div class=\"bar\"><div class=\"inner\"><div class=\"cell\"><time datetime=\"2020-06-12\">Friday, June 12</time></div></div></div></div></header>"
            + $"<nav>{Filler(200)}</nav><main><article><h1>{Headline}</h1><p class=\"byline\">By Ines Marlow | June 2, 2020</p><p>{Filler(400)}</p></article></main></body></html>";
        Assert.Equal("2020-06-02", Show(PublicationDateFinder.Find(Parse(html), null, Today)));
    }

    [Fact]
    public void A_time_stated_in_utc_takes_the_day_the_page_prints_by_its_headline()
    {
        const string lateUtc = """<meta property="article:published_time" content="2021-06-08T02:40:00Z">""";
        Assert.Equal("2021-06-07", Find(Page(head: lateUtc, body: "<p class=\"date\">June 7, 2021</p>")));
        Assert.Equal("2021-06-08", Find(Page(head: lateUtc)));
        const string withOffset = """<meta property="article:published_time" content="2021-06-08T02:40:00+03:00">""";
        Assert.Equal("2021-06-08", Find(Page(head: withOffset, body: "<p class=\"date\">June 7, 2021</p>")));
    }

    [Theory]
    [InlineData("https://example.org/news/2020/06/07/tide-tables/", "2020-06-07")]
    [InlineData("https://example.org/news/2020/6/7/tide-tables", "2020-06-07")]
    [InlineData("https://example.org/2020-06-07-tide-tables.html", "2020-06-07")]
    [InlineData("https://example.org/news/20200607/tide-tables", "2020-06-07")]
    [InlineData("https://example.org/archive?date=2020_06_07", "2020-06-07")]
    [InlineData("https://example.org/2020/11/2338761/", null)]
    [InlineData("https://example.org/2020/06/tide-tables/", null)]
    [InlineData("https://example.org/story/202006071079127690-tide", null)]
    [InlineData("https://20200607.example.org/tide", null)]
    public void Addresses_state_a_date_only_when_year_month_and_day_stand_alone(string url, string? expected) =>
        Assert.Equal(expected, Show(UrlDate.Find(url)));

    [Fact]
    public void Without_an_address_the_canonical_link_is_read()
    {
        var page = Page(head: "<link rel=\"canonical\" href=\"https://example.org/2018/09/14/ferry/\">");
        Assert.Equal("2018-09-14", Find(page));
        Assert.Equal("2018-09-14", Find(Page(head: "<meta property=\"og:url\" content=\"https://example.org/2018/09/14/ferry/\">")));
    }

    [Theory]
    [InlineData("en", "By Dana Holt | Published June 7, 2020", "2020-06-07")]
    [InlineData("en-GB", "By Dana Holt, 7th June 2020", "2020-06-07")]
    [InlineData("fr", "Publié le 7 juin 2020 à 10h30", "2020-06-07")]
    [InlineData("fr", "Mis en ligne le 1er février 2020", "2020-02-01")]
    [InlineData("de", "Veröffentlicht am 7. Juni 2020", "2020-06-07")]
    [InlineData("de-AT", "7. Jänner 2020", "2020-01-07")]
    [InlineData("es", "Publicado el 7 de junio de 2020", "2020-06-07")]
    [InlineData("it", "Pubblicato il 7 giugno 2020", "2020-06-07")]
    [InlineData("pt-BR", "Publicado em 7 de junho de 2020", "2020-06-07")]
    [InlineData("ru", "Опубликовано 7 июня 2020 г.", "2020-06-07")]
    [InlineData("uk", "Опубліковано 7 червня 2020", "2020-06-07")]
    [InlineData("pl", "Opublikowano 7 czerwca 2020", "2020-06-07")]
    [InlineData("nl", "Gepubliceerd op 7 juni 2020", "2020-06-07")]
    [InlineData("hu", "Közzétéve: 2020. június 7.", "2020-06-07")]
    [InlineData("tr", "Yayınlanma: 7 Haziran 2020", "2020-06-07")]
    [InlineData("el", "Δημοσιεύθηκε 7 Ιουνίου 2020", "2020-06-07")]
    [InlineData("ar", "نشر في ٧ يونيو ٢٠٢٠", "2020-06-07")]
    [InlineData("ja", "公開日 2020年6月7日", "2020-06-07")]
    [InlineData("ko", "입력 2020년 6월 7일", "2020-06-07")]
    [InlineData("de", "Stand: 07.06.2020, 10:30 Uhr", "2020-06-07")]
    [InlineData("en-US", "Posted 06/07/2020", "2020-06-07")]
    [InlineData("en-GB", "Posted 07/06/2020", "2020-06-07")]
    public void Dates_printed_by_the_headline_are_read_in_many_languages(string language, string byline, string expected)
    {
        var page = Page(body: $"<div class=\"article-meta\">{byline}</div>", language: language);
        Assert.Equal(expected, Find(page));
    }

    [Fact]
    public void Hatom_abbreviations_and_time_elements_without_a_datetime_are_read()
    {
        Assert.Equal("2020-06-07", Find(Page(body: "<abbr class=\"published\" title=\"2020-06-07T10:00:00+02:00\">Sunday</abbr>")));
        Assert.Equal("2020-06-07", Find(Page(body: "<time datetime=\"\">7 June 2020</time>")));
    }

    [Fact]
    public void Two_digit_years_count_only_where_the_page_says_it_is_a_date()
    {
        Assert.Equal("2020-06-07", Find(Page(body: "<span class=\"datum\">07.06.20, 14:22</span>", language: "de")));
        Assert.Equal("2020-06-07", Find(Page(body: "<p>Veröffentlicht am 07.06.20</p>", language: "de")));
        Assert.Null(Find(Page(body: "<p>Artikel 07.06.20 ist vergriffen.</p>", language: "de")));
    }

    [Fact]
    public void The_page_own_unambiguous_dates_settle_how_it_writes_numbers()
    {
        var body = "<p class=\"date\">Posted 06/07/2020</p><p>" + Filler(3200) + "</p><p>Earlier coverage: 12/25/2019.</p>";
        Assert.Equal("2020-06-07", Show(PublicationDateFinder.Find(Parse($"<html><body><h1>{Headline}</h1>{body}</body></html>"), null, Today)));
        body = "<p class=\"date\">Posted 06/07/2020</p><p>" + Filler(3200) + "</p><p>Earlier coverage: 25/12/2019.</p>";
        Assert.Equal("2020-07-06", Show(PublicationDateFinder.Find(Parse($"<html lang=\"en\"><body><h1>{Headline}</h1>{body}</body></html>"), null, Today)));
    }

    [Fact]
    public void A_date_that_reads_both_ways_keeps_its_other_reading_until_the_page_settles_it()
    {
        // "09/03/2026" on an English page: 3 September by the language's custom, 9 March the other way round.
        var unsettled = Stated(Page(body: "<p class=\"info\">Posted 09/03/2026 14:02</p>"));
        Assert.Equal(("2026-09-03", "2026-03-09"), unsettled);
        // The page's own unambiguous dates prove the order.
        Assert.Equal(("2026-03-09", null), Stated(Page(body: "<p class=\"info\">Posted 09/03/2026</p><p>The survey of 23/02/2026 found cracks.</p>")));
        // The page prints the same day plainly too.
        Assert.Equal(("2026-09-03", null), Stated(Page(body: "<p class=\"info\">Posted 09/03/2026</p><p>Updated on 3 September 2026.</p>")));
        // A metadata value that reads one way only states the same day.
        Assert.Equal(("2026-09-03", null), Stated(Page(head: "<meta property=\"article:published_time\" content=\"2026-09-03T14:02:00+01:00\">", body: "<p class=\"info\">Posted 09/03/2026</p>")));
        // Dates that read one way only have no other reading: a day above 12, or day and month alike.
        Assert.Equal(("2026-03-19", null), Stated(Page(body: "<p class=\"info\">Posted 03/19/2026</p>")));
        Assert.Equal(("2026-03-03", null), Stated(Page(body: "<p class=\"info\">Posted 03/03/2026</p>")));
    }

    [Fact]
    public void The_headline_is_the_h1_the_title_agrees_with_not_the_logo()
    {
        var html = $"<html><head><title>{Headline} | Harbour Gazette</title></head><body><h1>Harbour Gazette</h1><div class=\"date\">Friday, 12 June 2020</div>"
            + $"<p>{Filler(3500)}</p><article><h1>{Headline}</h1><p>By Ines Marlow, 2 June 2020</p><p>{Filler(300)}</p></article></body></html>";
        Assert.Equal("2020-06-02", Show(PublicationDateFinder.Find(Parse(html), null, Today)));
    }

    [Fact]
    public void A_date_only_in_the_title_is_taken_when_the_text_has_none()
    {
        var html = $"<html><head><title>Harbour board minutes (4 February 2020)</title></head><body><h1>Harbour board minutes</h1><p>{Filler(500)}</p></body></html>";
        Assert.Equal("2020-02-04", Show(PublicationDateFinder.Find(Parse(html), null, Today)));
    }

    [Fact]
    public void A_dateline_beats_a_date_in_a_photo_caption_or_the_masthead()
    {
        var body = """
            <figure><figcaption>The keepers' cottage, photographed on May 30, 2020.</figcaption></figure>
            <p>June 2, 2020</p>
            <p>The two keepers moved back into the cottage, which had stood empty since the light was automated.</p>
            """;
        var page = Parse($"<html lang=\"en\"><body><div class=\"masthead\">Friday, June 12, 2020</div>{Filler(400)}<h1>{Headline}</h1>{body}</body></html>");
        Assert.Equal("2020-06-02", Show(PublicationDateFinder.Find(page, null, Today)));
    }

    [Fact]
    public void A_blog_post_is_dated_by_its_entry_date_not_its_archive_update_or_comments()
    {
        const string html = """
            <html lang="de-DE"><head><title>Nebel über dem Fluss – Notizen vom Ufer</title></head><body>
            <header><h1 class="site-title">Notizen vom Ufer</h1><p class="today">Montag, 3. Februar 2020</p></header>
            <aside class="sidebar"><h2>Neueste Beiträge</h2><ul><li>Eisgang <span class="post-date">30. Januar 2020</span></li></ul><h2>Archiv</h2><ul><li>Januar 2020</li></ul></aside>
            <article class="post hentry"><header class="entry-header"><h2 class="entry-title">Nebel über dem Fluss</h2>
            <div class="entry-meta">Veröffentlicht am <a href="/nebel/"><time class="entry-date published" datetime="2020-01-24T08:12:00+01:00">24. Januar 2020</time>
            <time class="updated" datetime="2020-01-25T09:00:00+01:00">25. Januar 2020</time></a> von Anna</div></header>
            <div class="entry-content"><p>Am Morgen lag der Nebel so dicht über dem Wasser, dass die Fähre nicht auslief.</p></div>
            <div id="comments" class="comments-area"><ol><li>Peter sagt: <span class="comment-date">26. Januar 2020 um 10:12</span> Schöne Bilder!</li></ol></div>
            </article></body></html>
            """;
        Assert.Equal("2020-01-24", Find(html));
        Assert.Equal("2020-01-24", Find(html.Replace("<time class=\"entry-date published\" datetime=\"2020-01-24T08:12:00+01:00\">24. Januar 2020</time>", "<span>24. Januar 2020</span>")));
    }

    [Fact]
    public void A_forum_thread_is_dated_by_its_first_post()
    {
        var posts = string.Concat(new[] { "13. Jan 2020", "14. Jan 2020", "15. Jan 2020", "2. Feb 2020" }.Select((d, i) =>
            $"<div class=\"post\"><p class=\"author\">Beitrag von user{i} » {d}, 14:22</p><div class=\"content\">{Filler(400)}</div></div>"));
        var html = $"<html lang=\"de\"><head><title>Welche Fähre fährt im Winter? - Forum</title></head><body><h1>Welche Fähre fährt im Winter?</h1>{posts}</body></html>";
        Assert.Equal("2020-01-13", Find(html));
    }

    [Fact]
    public void A_date_printed_after_a_long_post_counts_when_the_page_says_it_is_the_posting_date()
    {
        var body = $"<div class=\"entry\"><p>{Filler(4000)}</p></div><p>Posted by admin on 12 March 2019</p>";
        Assert.Equal("2019-03-12", Find(Page(body: body)));
    }

    [Fact]
    public void Dates_in_a_list_of_other_articles_are_not_the_pages_own()
    {
        const string body = """
            <ul class="strip">
              <li><a href="/a"><span class="date">9 May 2020</span> Harbour dues to rise</a></li>
              <li><a href="/b"><span class="date">8 May 2020</span> New pontoon for the marina</a></li>
              <li><a href="/c"><span class="date">8 May 2020</span> Ferry strike called off</a></li>
            </ul>
            <p class="date">4 May 2020</p>
            """;
        Assert.Equal("2020-05-04", Find(Page(body: body)));
    }

    [Fact]
    public void Dates_of_other_events_are_not_publication_dates()
    {
        const string body = "<div class=\"member\">Harbourmaster42 · Joined May 11, 2017</div><p>Posted March 18, 2020</p>";
        Assert.Equal("2020-03-18", Find(Page(body: body)));
        Assert.Null(Find(Page(body: "<div class=\"member\">Harbourmaster42 · Joined May 11, 2017</div>")));
    }

    [Fact]
    public void Without_any_placed_date_the_most_repeated_date_is_taken()
    {
        var body = "<p>" + Filler(4000) + "</p><p>The meeting of 3 April 2020 agreed the budget; minutes of 3 April 2020 and 9 May 2020 follow.</p>";
        Assert.Equal("2020-04-03", Find(Page(body: body)));
    }

    [Fact]
    public void Pages_without_a_date_give_none()
    {
        Assert.Null(Find(Page(body: "<p>No date here, only 2020 as a year and 12/2020 as a month.</p>")));
        Assert.Null(Find(""));
        Assert.Null(Find("<html><body></body></html>"));
    }

    [Fact]
    public void Garbage_never_throws_and_gives_null()
    {
        var random = new Random(1121);
        foreach (var length in new[] { 1, 10, 1000, 100_000 })
        {
            var chars = new char[length];
            for (var i = 0; i < length; i++) chars[i] = (char)random.Next(1, 0xD7FF);
            Assert.Null(Find(new string(chars)));
        }
        Assert.Null(Find("<<<>>><meta content=><script type=application/ld+json>{{{[[[\"datePublished\":</script><time datetime=>"));
        Assert.Null(Find("<time datetime=\"2020-13-45\">31/02/2020</time><meta name=date content=\"9999999999999\">"));
    }

    [Fact]
    public void Mutated_pages_never_throw()
    {
        var seed = Page(head: JsonLd + MetaTag + "<meta name=\"date\" content=\"1591548300\">", body: TimeElement + PrintedDate + "<ul><li class=\"date\">7 juin 2020</li><li class=\"date\">2020年6月7日</li></ul>");
        var alphabet = "<>/=\"'{}[]:,;&#0123456789-.TZ+ \n\u00A0\u0660\u0669年月日juneJUNEиюняdatetimePublished";
        var random = new Random(20201121);
        for (var i = 0; i < 400; i++)
        {
            var chars = seed.ToCharArray();
            var edits = 1 + random.Next(40);
            for (var e = 0; e < edits; e++) chars[random.Next(chars.Length)] = alphabet[random.Next(alphabet.Length)];
            var mutated = new string(chars);
            if (i % 3 == 0) mutated = mutated[..random.Next(mutated.Length)];
            var found = PublicationDateFinder.Find(Parse(mutated), i % 2 == 0 ? null : DatedUrl, Today);
            Assert.True(found is null || (found >= new DateOnly(1995, 1, 1) && found <= Today), $"case {i}: {found}");
        }
    }

    [Fact]
    public void Huge_and_deeply_nested_pages_are_bounded_in_time()
    {
        var huge = new StringBuilder("<html><body>");
        for (var i = 0; i < 20_000; i++) huge.Append("<div class=\"date x\"><span>1.1.1.1.1.1 12/12/12/12 2020-2020-2020 Junejune 31 31 31</span></div>");
        for (var i = 0; i < 6_000; i++) huge.Append("<p class=\"post-date meta\"><span>Posted ").Append(1 + (i % 28)).Append(" June 2020</span></p>");
        for (var i = 0; i < 20_000; i++) huge.Append("<div>");
        huge.Append("<p class=\"date\">9 March 2020</p></body></html>");
        var clock = ThreadCpuClock.StartNew();
        var found = Find(huge.ToString());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        Assert.True(found is null or "2020-03-09", found);
    }

    private static string Page(string head = "", string body = "", string language = "en") =>
        $"<html lang=\"{language}\"><head><title>{Headline} | Harbour Gazette</title>{head}</head><body><nav>Home</nav><article><h1>{Headline}</h1>{body}<p>{Filler(300)}</p></article><footer>© 1998–2026 Harbour Gazette</footer></body></html>";

    private static string Filler(int length)
    {
        const string sentence = "The keepers will stay until the spring, when a survey of the tower is due. ";
        var sb = new StringBuilder();
        while (sb.Length < length) sb.Append(sentence);
        return sb.ToString();
    }

    private static string? Find(string html, string? url = null) => Show(PublicationDateFinder.Find(Parse(html), url, Today));

    private static (string?, string?) Stated(string html) =>
        PublicationDateFinder.FindStated(Parse(html), null, Today) is { } stated ? (Show(stated.Date), Show(stated.OtherReading)) : (null, null);

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static string? Show(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
