using Crosscheck.Extraction;
using Crosscheck.Sources;

namespace Crosscheck.Tests.Extraction;

/// <summary>How the extractor reads an HTML page: metadata first from what the page states, body from its main container.</summary>
public sealed class HtmlExtractionTests
{
    private const string Page = """
        <!doctype html>
        <html lang="en-GB">
        <head>
          <title>Lighthouse keeper's cottage to become a museum | The Fenwick Post</title>
          <meta property="og:title" content="Lighthouse keeper's cottage to become a museum | The Fenwick Post">
          <meta property="og:site_name" content="The Fenwick Post">
          <meta property="article:published_time" content="2025-06-02T07:30:00+01:00">
          <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Lighthouse keeper's cottage to become a museum","author":{"@type":"Person","name":"Priya Raman"},"datePublished":"2025-06-02T07:30:00+01:00"}</script>
          <style>.x{color:red}</style>
        </head>
        <body>
          <div class="cookie-banner"><p>We use cookies to give you the best experience on our site. Accept all</p></div>
          <nav><ul><li><a href="/">Home</a></li><li><a href="/coast">Coast</a></li></ul></nav>
          <header class="site-header"><a href="/">The Fenwick Post</a></header>
          <main>
            <article>
              <h1>Lighthouse keeper's cottage to become a museum</h1>
              <div class="byline">By Priya Raman</div>
              <figure><img src="c.jpg"><figcaption>The cottage at Gull Point in May. Photo: Fenwick Post</figcaption></figure>
              <p>The whitewashed cottage beside the Gull Point lighthouse will open as a small maritime museum next spring, the district council decided on Monday.</p>
              <p>Councillors voted nine to two to lease the building to the Gull Point Heritage Trust, which has spent four years raising money for repairs.</p>
              <h2>Logbooks and lamps</h2>
              <p>The trust plans to show the keepers' logbooks, which record every storm and shipwreck on the headland since 1871, alongside two of the original lamps.</p>
              <blockquote><p>"People walk past this place every day without knowing what happened here," said trust chair Owen Brisco.</p></blockquote>
              <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
              <p>Entry will be free for residents of the district during the first year.</p>
            </article>
            <aside class="related"><h3>Related</h3><ul><li><a href="/a">Harbour wall repairs to start in autumn after long delay</a></li></ul></aside>
          </main>
          <div class="newsletter"><p>Sign up for our morning newsletter and get the news in your inbox.</p></div>
          <footer><p>© 2025 The Fenwick Post. All rights reserved.</p></footer>
          <script>document.write("<p>injected</p>")</script>
        </body>
        </html>
        """;

    private static Article Extract(string html) =>
        new ArticleExtractor().Extract(new SourceDocument("fenwick.html", html, SourceFormat.Html)).Article!;

    /// <summary>Halves of a surrogate pair: escaped in the JSON, and as characters of the page.</summary>
    private static readonly string[] SurrogateHalves = ["\\ud800", "\\uDFFF", "\uD800", "\uDC00"];

    /// <summary>
    /// JSON-LD whose strings hold half a surrogate pair: escaped ("\ud800") System.Text.Json threw when the string was
    /// read, unescaped (a text given to the library directly) when it was parsed, and the page was rejected ("extraction
    /// failed … please report this page"). The halves are read as U+FFFD and the rest of the JSON-LD counts.
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Json_ld_with_half_a_surrogate_pair_is_read(int which)
    {
        var half = SurrogateHalves[which];
        var ld = """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Keeper's cottage to open as a museum","author":{"@type":"Person","name":"Priya Raman HALF"},"datePublished":"2025-06-02HALF","publisher":{"nameHALF":"x"}}</script>""".Replace("HALF", half, StringComparison.Ordinal);
        var start = Page.IndexOf("""<script type="application/ld+json">""", StringComparison.Ordinal);
        var end = Page.IndexOf("</script>", start, StringComparison.Ordinal) + "</script>".Length;
        var page = (Page[..start] + ld + Page[end..]).Replace("""<meta property="article:published_time" content="2025-06-02T07:30:00+01:00">""", string.Empty, StringComparison.Ordinal);

        var result = new ArticleExtractor().Extract(new SourceDocument("fenwick.html", page, SourceFormat.Html));

        Assert.True(result.Succeeded, result.RejectionReason);
        Assert.Equal(new DateOnly(2025, 6, 2), result.Article!.Published);
    }

    [Fact]
    public void Metadata_comes_from_what_the_page_states()
    {
        var article = Extract(Page);
        Assert.Equal("Lighthouse keeper's cottage to become a museum", article.Title);
        Assert.Equal("Priya Raman", article.Author);
        Assert.Equal("The Fenwick Post", article.Outlet);
        Assert.Equal(new DateOnly(2025, 6, 2), article.Published);
        Assert.Equal("en", article.Language);
    }

    [Fact]
    public void Body_is_the_article_container_without_its_furniture()
    {
        var body = Extract(Page).Body;
        Assert.Equal(6, body.Length);
        Assert.StartsWith("The whitewashed cottage", body[0]);
        Assert.Equal("Logbooks and lamps", body[2]);
        Assert.StartsWith("\"People walk past", body[4]);
        Assert.Equal("Entry will be free for residents of the district during the first year.", body[5]);
        var text = string.Join(' ', body);
        foreach (var furniture in new[] { "cookies", "Share on", "Harbour wall", "newsletter", "©", "injected", "Photo:", "By Priya" })
        {
            Assert.DoesNotContain(furniture, text);
        }
    }

    [Fact]
    public void Title_falls_back_to_the_document_title_without_the_site_name()
    {
        var html = "<html><head><title>Night buses return to the valley - Valley Courier</title></head><body><div class=\"story\">" +
            "<p>Night buses will run again between Ashby and the valley towns from Friday, after a two-year gap caused by a shortage of drivers.</p>" +
            "<p>The operator said it had hired eleven drivers since January and would add more routes if passenger numbers held up over the summer.</p>" +
            "</div></body></html>";
        Assert.Equal("Night buses return to the valley", Extract(html).Title);
    }

    [Theory]
    [InlineData("Night buses return to the valley | Valley Courier")]
    [InlineData("Valley Courier :: Night buses return to the valley")]
    [InlineData("Transport | Night buses return to the valley")]
    public void A_title_tag_that_shortens_the_printed_headline_gives_way_to_it(string title)
    {
        var article = Extract(Bare(title, "Night buses return to the valley after a two-year gap", "Terms of use"));
        Assert.Equal("Night buses return to the valley after a two-year gap", article.Title);
    }

    [Theory]
    [InlineData("Valley night buses: back from Friday | Valley Courier")]
    [InlineData("Night buses back")]
    public void A_title_tag_that_words_the_headline_shorter_from_its_own_words_gives_way_to_it(string title)
    {
        var article = Extract(Bare(title, "Night buses are back in the valley from Friday after a two-year gap", "Terms of use"));
        Assert.Equal("Night buses are back in the valley from Friday after a two-year gap", article.Title);
    }

    [Fact]
    public void A_printed_headline_worded_apart_from_the_title_tag_is_the_title()
    {
        // The title tag is the page's shorter, searchable wording; the heading over the story is the headline it prints.
        var article = Extract(Bare("Ashby transport: night buses back | Valley Courier", "Night buses are back in the valley from Friday after a two-year gap", "Terms of use"));
        Assert.Equal("Night buses are back in the valley from Friday after a two-year gap", article.Title);
    }

    [Fact]
    public void A_section_heading_over_the_story_does_not_replace_the_title_tag()
    {
        // Guard: a heading of a word or three over the story names its section, not the story.
        var article = Extract(Bare("Ashby transport: night buses back | Valley Courier", "Valley transport", "Terms of use"));
        Assert.Equal("Ashby transport: night buses back", article.Title);
    }

    /// <summary>A page with no site metadata: a title, an optional heading, a story, and a footer.</summary>
    private static string Bare(string title, string? h1, string footer, string byline = "") =>
        $"<html><head><title>{title}</title></head><body><div class=\"logo\">ASHBY DAILY NEWS</div><div class=\"story\">" +
        (h1 is null ? "" : $"<h1>{h1}</h1>") + byline +
        "<p>Night buses will run again between Ashby and the valley towns from Friday, after a two-year gap caused by a shortage of drivers.</p>" +
        "<p>The operator said it had hired eleven drivers since January and would add more routes if passenger numbers held up over the summer.</p>" +
        $"</div><div id=\"ftr\">{footer}</div></body></html>";

    [Theory]
    [InlineData("Night buses return to the valley - Valley Courier", "Valley Courier")]
    [InlineData("Night buses return to the valley | Kestrel Radio", "Kestrel Radio")]
    [InlineData("Ashby Daily News: Night buses return to the valley", "Ashby Daily News")]
    public void Without_site_metadata_the_outlet_is_the_site_part_of_the_title(string title, string outlet) =>
        Assert.Equal(outlet, Extract(Bare(title, "Night buses return to the valley", "Terms of use")).Outlet);

    [Fact]
    public void A_site_part_beside_a_short_headline_is_the_outlet_when_the_page_names_it_again() =>
        Assert.Equal("Kestrel Radio", Extract(Bare("Buses back | Kestrel Radio", "Night buses are back in the valley from Friday after a two-year gap", "Kestrel Radio · your valley station")).Outlet);

    [Theory]
    [InlineData("Buses back – Tide & Timber", "Tide & Timber · independent valley news · About Tide & Timber", "Tide & Timber")]
    [InlineData("Buses back | Voice of the Valley", "Voice of the Valley · your valley station · About Voice of the Valley", "Voice of the Valley")]
    public void A_site_name_joined_by_an_ampersand_or_of_is_a_capitalised_name(string title, string footer, string outlet) =>
        Assert.Equal(outlet, Extract(Bare(title, "Night buses are back in the valley from Friday after a two-year gap", footer)).Outlet);

    [Fact]
    public void A_site_part_beside_a_short_headline_that_the_page_never_names_is_not_taken_for_the_outlet() =>
        Assert.Null(Extract(Bare("Buses back | Kestrel Radio", "Night buses are back in the valley from Friday after a two-year gap", "Terms of use")).Outlet);

    [Fact]
    public void A_headline_with_a_colon_does_not_name_the_outlet()
    {
        var article = Extract(Bare("After the gap: night buses return to the valley", null, "© 2024 Valley Transit Press. All rights reserved."));
        Assert.Equal("Valley Transit Press", article.Outlet);
    }

    [Fact]
    public void An_acronym_in_the_title_is_spelled_out_by_the_copyright_notice()
    {
        var article = Extract(Bare("VTP | Night buses return to the valley", "Night buses return to the valley", "© 2024 Valley Transit Press. Redistribution only under licence."));
        Assert.Equal("Valley Transit Press", article.Outlet);
    }

    [Fact]
    public void A_byline_naming_the_agency_after_the_author_keeps_the_author()
    {
        var article = Extract(Bare("Night buses return to the valley - Valley Courier", "Night buses return to the valley", "Terms",
            "<p class=\"byline\">By Mira Holt, Valley Transit Press</p>"));
        Assert.Equal("Mira Holt", article.Author);
    }

    [Theory]
    [InlineData("<div class=\"byline\"><span itemprop=\"author\">Mira Holt</span>, Senior Editor · 02/06/2031 17:40 UTC</div>")]
    [InlineData("<p class=\"byline\">Mira Holt, Ashby Wire · 2 June 2031, 13:05</p>")]
    [InlineData("<div class=\"meta\">By Mira Holt, Ashby Bugle · 02/06/2031</div>")]
    [InlineData("<div class=\"info\">Words by Mira Holt<br>Friday 2 June 2031</div>")]
    public void A_byline_under_the_headline_with_a_role_or_an_outlet_and_a_date_names_the_author(string byline)
    {
        // An article long enough for the first, strictest pass: bylines and meta lines are pruned from its body.
        var article = Extract($$"""
            <html><head><title>Night buses return to the valley | Valley Courier</title><meta property="og:site_name" content="Valley Courier"></head>
            <body><header><div class="logo">Valley Courier</div></header>
            <article>
              <h1>Night buses return to the valley</h1>
              {{byline}}
              <p>Night buses will run again between Ashby and the valley towns from Friday, after a two-year gap caused by a shortage of drivers.</p>
              <p>The operator said it had hired eleven drivers since January and would add more routes if passenger numbers held up over the summer.</p>
              <p>Councillors in Ashby, who paid for part of the service, said the last bus would leave the market square at a quarter past midnight.</p>
              <p>Tickets will cost the same as on the day buses, and season passes will be valid on every night route.</p>
            </article></body></html>
            """);

        Assert.Equal("Mira Holt", article.Author);
    }
}
