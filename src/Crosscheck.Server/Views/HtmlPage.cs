using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Crosscheck.Server.Views;

/// <summary>
/// Writes one HTML page: the shared head (inline CSS, no script, no outside resource), a header and a footer. Every
/// piece of text goes through <see cref="Text"/> or <see cref="Attribute"/>, which HTML-encode it.
/// </summary>
internal sealed class HtmlPage
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _html = new(32_768);

    /// <param name="wide">Let the page use a wide window (the story page's columns); otherwise the text keeps a reading width.</param>
    public HtmlPage(string title, bool wide = false)
    {
        _html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<link rel=\"icon\" href=\"data:,\">\n");
        _html.Append("<title>").Append(Encode(title)).Append(" · Crosscheck</title>\n<style>\n").Append(PageStyle.Css).Append("</style>\n</head>\n<body>\n");
        _html.Append("<header class=\"site\"><a class=\"brand\" href=\"/\">Crosscheck</a><span class=\"tagline\">many outlets, one story you can check</span></header>\n");
        _html.Append(wide ? "<main class=\"wide\">\n" : "<main>\n");
    }

    public static string Encode(string? text) => text is null ? "" : Encoder.Encode(text);

    /// <summary>Markup written by the views themselves (never text from a page or a user).</summary>
    public HtmlPage Markup(string markup)
    {
        _html.Append(markup);
        return this;
    }

    /// <summary>Text, HTML-encoded.</summary>
    public HtmlPage Text(string? text)
    {
        _html.Append(Encode(text));
        return this;
    }

    /// <summary>An attribute with an encoded value, e.g. <c> title="…"</c>.</summary>
    public HtmlPage Attribute(string name, string? value)
    {
        _html.Append(' ').Append(name).Append("=\"").Append(Encode(value)).Append('"');
        return this;
    }

    /// <summary>An element holding encoded text, with an optional class.</summary>
    public HtmlPage Element(string tag, string? text, string? cssClass = null)
    {
        _html.Append('<').Append(tag);
        if (cssClass is not null) Attribute("class", cssClass);
        _html.Append('>').Append(Encode(text)).Append("</").Append(tag).Append(">\n");
        return this;
    }

    public string Finish()
    {
        _html.Append("</main>\n<footer class=\"site\">Crosscheck · every highlighted passage and cited sentence is printed as the outlets print it.</footer>\n</body>\n</html>\n");
        return _html.ToString();
    }
}
