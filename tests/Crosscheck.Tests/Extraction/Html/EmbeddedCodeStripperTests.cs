using Crosscheck.Extraction.Html;

namespace Crosscheck.Tests.Extraction.Html;

public sealed class EmbeddedCodeStripperTests
{
    [Fact]
    public void Scripts_and_styles_lose_their_code_and_keep_their_tags()
    {
        const string page = "<head><STYLE type=\"text/css\">p { color: red }</style><script src=\"a.js\"></script><script>var s = '</p>';</SCRIPT></head><body><p>Text</p></body>";
        Assert.Equal("<head><STYLE type=\"text/css\"></style><script src=\"a.js\"></script><script></SCRIPT></head><body><p>Text</p></body>", EmbeddedCodeStripper.Strip(page));
    }

    [Fact]
    public void Json_ld_keeps_its_content_for_the_metadata()
    {
        const string page = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script><script>track()</script>";
        Assert.Equal("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script><script></script>", EmbeddedCodeStripper.Strip(page));
    }

    [Fact]
    public void Lookalike_tags_and_pages_without_code_are_left_alone()
    {
        const string page = "<p>The <scripts> and <styleguide> tags are not code.</p>";
        Assert.Same(page, EmbeddedCodeStripper.Strip(page));
    }

    [Fact]
    public void An_unclosed_script_runs_to_the_end_of_the_page_as_the_parser_would_read_it()
    {
        Assert.Equal("<p>Before</p><script>", EmbeddedCodeStripper.Strip("<p>Before</p><script>var x = 1; <p>never shown</p>"));
    }
}
