using System.IO.Compression;
using System.Text;
using Crosscheck.Sources;

namespace Crosscheck.Tests.Sources;

public sealed class SourceDecoderTests
{
    private static DecodeResult Decode(byte[] bytes, string name = "page.txt", long maxBytes = 1 << 20) =>
        new SourceDecoder(new SourceDecoderOptions { MaxBytes = maxBytes }).Decode(new MemoryStream(bytes), name, 0);

    [Fact]
    public void Utf8_text_is_decoded_as_scraped_text()
    {
        var result = Decode(Encoding.UTF8.GetBytes("Mayor Ilse Varga opened the new ferry terminal."));
        Assert.NotNull(result.Document);
        Assert.Equal(SourceFormat.ScrapedText, result.Document.Format);
        Assert.Null(result.Warning);
    }

    [Fact]
    public void Byte_order_mark_is_not_part_of_the_text()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Héllo")).ToArray();
        Assert.Equal("Héllo", Decode(bytes).Document!.Content);
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 32, 10, 13, 10 }, "empty")]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1, 2, 3 }, "binary")]
    public void Unusable_input_is_rejected_with_a_reason(byte[] bytes, string reasonWord)
    {
        var result = Decode(bytes);
        Assert.Null(result.Document);
        Assert.Contains(reasonWord, result.RejectionReason);
    }

    [Fact]
    public void Invalid_utf8_falls_back_to_windows_1252_with_a_warning()
    {
        var bytes = Encoding.ASCII.GetBytes("Caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.ASCII.GetBytes(" reopens on the quay.")).ToArray();
        var result = Decode(bytes);
        Assert.Equal("Café reopens on the quay.", result.Document!.Content);
        Assert.Contains("not valid UTF-8 at byte 3", result.Warning);
    }

    [Fact]
    public void Oversized_input_is_rejected_naming_the_limit()
    {
        var result = Decode(new byte[2048], maxBytes: 1024);
        Assert.Null(result.Document);
        Assert.Contains("limit", result.RejectionReason);
    }

    [Fact]
    public void Gzip_is_recognised_by_its_magic_bytes()
    {
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(Encoding.UTF8.GetBytes("<html><body><p>Hi</p></body></html>"));
        var result = Decode(packed.ToArray(), "page.html.gz");
        Assert.Equal(SourceFormat.Html, result.Document!.Format);
        Assert.StartsWith("<html>", result.Document.Content);
    }

    [Fact]
    public void Truncated_gzip_is_rejected()
    {
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(Encoding.UTF8.GetBytes(new string('x', 5000)));
        var truncated = packed.ToArray()[..12];
        Assert.Contains("gzip", Decode(truncated, "a.txt.gz").RejectionReason);
    }

    [Theory]
    [InlineData("story.htm", "plain words", SourceFormat.Html)]
    [InlineData("story.txt", "  <!DOCTYPE html><html>", SourceFormat.Html)]
    [InlineData("story.txt", "Headline\nBody", SourceFormat.ScrapedText)]
    [InlineData("story.html.gz", "x", SourceFormat.Html)]
    public void Format_comes_from_the_name_or_the_markup(string name, string text, SourceFormat expected) =>
        Assert.Equal(expected, SourceDecoder.SniffFormat(name, text));
}
