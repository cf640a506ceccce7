using System.Text;
using Crosscheck.Extraction;
using Crosscheck.Extraction.Html;
using Crosscheck.Sources;

namespace Crosscheck.Tests.Extraction.Html;

/// <summary>How the HTML stage finds an article's text among the rest of a page.</summary>
public sealed class MainContentTests
{
    private const string Prose1 = "The ferry between Holmvik and the outer islands will run twice a day from March, the county transport office said on Tuesday, after a winter of cancelled crossings.";
    private const string Prose2 = "Residents had complained for months that the single daily crossing left pupils, nurses and shop workers stranded, and the island council had threatened to run its own boat.";
    private const string Prose3 = "The second departure will leave the mainland at six in the evening, and the operator has leased a smaller vessel for the quieter months, according to the office.";
    private const string Prose4 = "A public meeting on the timetable will be held in the island school next week, where the operator will answer questions about fares, parking and the new vessel.";

    private static ImmutableArrayBody Body(string html) => new(HtmlArticleReader.Read(html, Today).Blocks.Select(b => b.Text).ToArray());

    private static readonly DateOnly Today = new(2026, 3, 10);

    private static string Page(string body) => $"<html><head><title>Ferry timetable</title></head><body>{body}</body></html>";

    [Fact]
    public void Parts_of_an_article_split_by_an_advert_are_joined_and_the_sidebar_left_out()
    {
        var body = Body(Page($"""
            <div class="layout">
              <div class="story-text"><p>{Prose1}</p><p>{Prose2}</p></div>
              <div class="ad-slot">Advertisement</div>
              <div class="story-text"><p>{Prose3}</p><p>{Prose4}</p></div>
            </div>
            <div class="sidebar"><h3>Most read</h3><ul><li><a href="/1">Storm closes the harbour road for a second day running</a></li><li><a href="/2">Fish prices at the quay reach a ten-year high</a></li></ul></div>
            """));
        Assert.Equal<string>([Prose1, Prose2, Prose3, Prose4], body.Texts);
    }

    [Fact]
    public void Lists_tables_quotes_and_subheadings_of_the_article_stay_and_its_headline_goes()
    {
        var body = Body(Page($"""
            <article>
              <h1>Ferry to run twice a day</h1>
              <p>{Prose1}</p>
              <h2>New departures</h2>
              <ul><li>Morning boat at seven from Holmvik</li><li>Evening boat at six from the mainland</li></ul>
              <table><tr><th>Route</th><th>Crossing time</th></tr><tr><td>Holmvik to Ytterøy</td><td>40 minutes</td></tr></table>
              <blockquote><p>"We heard the islanders loud and clear," said the transport officer, Mira Solberg.</p></blockquote>
              <p>{Prose2}</p>
            </article>
            """));
        Assert.DoesNotContain("Ferry to run twice a day", body.Texts);
        Assert.Contains("New departures", body.Texts);
        Assert.Contains("Morning boat at seven from Holmvik", body.Texts);
        Assert.Contains("Holmvik to Ytterøy 40 minutes", body.Texts);
        Assert.Contains(body.Texts, t => t.StartsWith("\"We heard the islanders", StringComparison.Ordinal));
    }

    [Fact]
    public void Link_lists_and_share_bars_inside_the_article_are_pruned()
    {
        var body = Body(Page($"""
            <article>
              <p>{Prose1}</p>
              <div class="share-buttons"><a href="#">Facebook</a> <a href="#">Email</a></div>
              <p>{Prose2}</p>
              <div class="more"><a href="/a">Harbour master retires after 30 years</a> <a href="/b">New pier opens in Sandvik</a> <a href="/c">Ferry fares frozen for 2026</a></div>
              <p>{Prose3}</p>
            </article>
            """));
        Assert.Equal<string>([Prose1, Prose2, Prose3], body.Texts);
    }

    [Fact]
    public void An_embedded_post_is_kept_however_many_links_it_holds()
    {
        var body = Body(Page($"""
            <article><p>{Prose1}</p>
              <div class="social-embed"><blockquote class="twitter-tweet"><p>Two boats a day at last! <a href="https://t.example/x">t.example/x</a></p>— <a href="/islandcouncil">Island Council (@islandcouncil)</a> <a href="/s/1">March 3, 2026</a></blockquote></div>
              <p>{Prose2}</p></article>
            """));
        Assert.Contains(body.Texts, t => t.StartsWith("Two boats a day at last!", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_in_scripts_styles_templates_and_hidden_elements_never_shows()
    {
        var body = Body(Page($$"""
            <article><p>{{Prose1}}</p>
              <script>var x = "script text";</script><style>p.x { color: red }</style><template><p>template text</p></template>
              <p hidden>hidden attribute text</p><p style="display:none">display none text</p><span class="sr-only">screen reader text</span>
              <p>{{Prose2}}</p></article>
            """));
        Assert.Equal<string>([Prose1, Prose2], body.Texts);
    }

    [Fact]
    public void An_article_in_a_container_named_like_furniture_is_found_by_a_less_strict_pass()
    {
        var body = Body(Page($"""<div class="widget-area"><p>{Prose1}</p><p>{Prose2}</p><p>{Prose3}</p></div>"""));
        Assert.Equal<string>([Prose1, Prose2, Prose3], body.Texts);
    }

    [Fact]
    public void A_hidden_copy_of_the_whole_article_is_dropped()
    {
        var copy = string.Join(" ", Prose1, Prose2, Prose3, Prose4);
        var body = Body(Page($"""<article><p>{Prose1}</p><p>{Prose2}</p><p>{Prose3}</p><p>{Prose4}</p><div class="print-copy-x">{copy}</div></article>"""));
        Assert.Equal<string>([Prose1, Prose2, Prose3, Prose4], body.Texts);
    }

    [Fact]
    public void Writing_without_spaces_is_measured_by_its_characters()
    {
        const string japanese1 = "島と本土を結ぶフェリーは、三月から一日二便に増えることになった。冬の間は欠航が続き、住民から不満の声が上がっていた。";
        const string japanese2 = "県の交通課によると、夕方の便は午後六時に本土を出発し、閑散期には小型の船を使う予定だという。";
        var article = new ArticleExtractor().Extract(new SourceDocument("jp.html", Page($"<div class=\"entry\"><p>{japanese1}</p><p>{japanese2}</p></div><div class=\"menu\"><a href=\"/\">ホーム</a></div>"), SourceFormat.Html)).Article;
        Assert.NotNull(article);
        Assert.Equal<string>([japanese1, japanese2], article.Body);
    }

    [Fact]
    public void A_page_nested_fifty_thousand_levels_deep_keeps_its_text()
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 50_000; i++) html.Append("<div>");
        html.Append($"<p>{Prose1}</p><p>{Prose2}</p>");
        var page = HtmlArticleReader.Read(html.ToString(), Today);
        Assert.Contains(page.Blocks, b => b.Text.Contains(Prose1, StringComparison.Ordinal) && b.Text.Contains(Prose2, StringComparison.Ordinal));
    }

    /// <summary>The block texts of a body, compared as a sequence.</summary>
    private sealed record ImmutableArrayBody(string[] Texts);
}
