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

    [Fact]
    public void A_gzip_file_of_concatenated_members_is_their_texts_in_order()
    {
        // What `cat part1.gz part2.gz part3.gz > page.txt.gz` makes; an empty member is a member too.
        var file = Concat(Gzip("Harbour crane toppled in Tarnholm gale\n"), EmptyMember, Gzip("Nobody was hurt, the port authority said.\n"));

        var result = Decode(file, "page.txt.gz");

        Assert.Null(result.RejectionReason);
        Assert.Equal("Harbour crane toppled in Tarnholm gale\nNobody was hurt, the port authority said.\n", result.Document!.Content);
    }

    [Fact]
    public void A_gzip_file_cut_short_anywhere_is_rejected_unless_it_ends_where_a_member_ends()
    {
        var members = new[] { Gzip(string.Concat(Enumerable.Repeat("The ferry left Port Selden at dawn. ", 40))), Gzip("Crew: 11.\n"), Gzip(new string('x', 700)) };
        var file = Concat(members);
        var ends = new Dictionary<int, string>
        {
            [members[0].Length] = Text(members[0]),
            [members[0].Length + members[1].Length] = Text(members[0]) + Text(members[1]),
        };

        for (var length = 2; length < file.Length; length++)
        {
            var result = Decode(file[..length], "page.txt.gz");
            if (ends.TryGetValue(length, out var whole))
            {
                Assert.Equal(whole, result.Document?.Content);
            }
            else
            {
                Assert.True(result.Document is null, $"cut at {length} of {file.Length} bytes: accepted as {result.Document?.Content.Length} characters");
                Assert.Matches("^gzip data is (truncated|corrupt)", result.RejectionReason);
            }
        }
    }

    [Fact]
    public void A_damaged_header_of_a_later_member_is_not_taken_for_the_end_of_the_file()
    {
        // Two members of the same length: the decompressor stops at the damaged second header, and the file's last
        // trailer states the length of what it gave; only the trailer's CRC-32 tells the first member from the second.
        var first = Gzip("Council votes to close the bridge.\n");
        var second = Gzip("Council votes to widen the bridge.\n");
        var file = Concat(first, second);
        file[first.Length] = 0x20;

        var result = Decode(file, "page.txt.gz");

        Assert.Null(result.Document);
        Assert.StartsWith("gzip data is truncated or damaged", result.RejectionReason);
    }

    [Theory]
    [InlineData(12, "a byte of the compressed data")]
    [InlineData(-6, "a byte of the CRC-32 trailer")]
    [InlineData(-1, "a byte of the length trailer")]
    public void Corrupt_gzip_is_rejected_with_a_message_that_says_what_is_wrong(int position, string what)
    {
        var file = Concat(Gzip(string.Concat(Enumerable.Repeat("Rescuers reached the stranded hikers on Monday. ", 20))), Gzip("More at eleven.\n"));
        file[position < 0 ? file.Length + position : position] ^= 0x5A;

        var result = Decode(file, "page.txt.gz");

        Assert.True(result.Document is null, what);
        Assert.Matches("^gzip data is (corrupt|truncated or damaged): ", result.RejectionReason);
        Assert.DoesNotContain("unsupported compression method", result.RejectionReason, StringComparison.Ordinal);
    }

    /// <summary>
    /// A member holding nothing, as gzip writes it for an empty file (RFC 1952): magic, deflate, no flags, no time, no
    /// extra flags, unknown OS; one final fixed-Huffman block that is only its end code; CRC-32 0 and length 0.
    /// </summary>
    private static byte[] EmptyMember => [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF, 0x03, 0x00, 0, 0, 0, 0, 0, 0, 0, 0];

    private static byte[] Gzip(string text)
    {
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(Encoding.UTF8.GetBytes(text));
        return packed.ToArray();
    }

    private static string Text(byte[] member)
    {
        using var gzip = new GZipStream(new MemoryStream(member), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static byte[] Concat(params byte[][] members) => [.. members.SelectMany(m => m)];

    [Theory]
    [InlineData("story.htm", "plain words", SourceFormat.Html)]
    [InlineData("story.txt", "  <!DOCTYPE html><html>", SourceFormat.Html)]
    [InlineData("story.txt", "Headline\nBody", SourceFormat.ScrapedText)]
    [InlineData("story.html.gz", "x", SourceFormat.Html)]
    public void Format_comes_from_the_name_or_the_markup(string name, string text, SourceFormat expected) =>
        Assert.Equal(expected, SourceDecoder.SniffFormat(name, text));
}
