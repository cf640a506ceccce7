using System.Buffers.Binary;
using System.IO.Compression;
using Crosscheck.Hashing;

namespace Crosscheck.Tests.Hashing;

public sealed class Crc32Tests
{
    /// <summary>The check value of the CRC-32 catalogue (CRC-32/ISO-HDLC) and the CRC of nothing.</summary>
    [Theory]
    [InlineData("123456789", 0xCBF43926u)]
    [InlineData("", 0u)]
    public void Matches_the_catalogued_check_values(string text, uint expected) =>
        Assert.Equal(expected, Crc32.Hash(System.Text.Encoding.ASCII.GetBytes(text)));

    /// <summary>zlib writes the CRC-32 of the data into every gzip trailer: every length from 1 to 100 (all the tails of
    /// the eight-byte steps), and a long run, agree with it.</summary>
    [Fact]
    public void Agrees_with_the_crc_zlib_writes_into_gzip_trailers()
    {
        var random = new Random(1952);
        foreach (var length in Enumerable.Range(1, 100).Append(100_003))
        {
            var data = new byte[length];
            random.NextBytes(data);
            using var packed = new MemoryStream();
            using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(data);
            var stated = BinaryPrimitives.ReadUInt32LittleEndian(packed.ToArray().AsSpan()[^8..]);
            Assert.True(stated == Crc32.Hash(data), $"length {length}: zlib says {stated:x8}, Crc32 {Crc32.Hash(data):x8}");
        }
    }

    /// <summary>Data read in parts gives the CRC of the whole, wherever it is cut (inside and across the eight-byte steps).</summary>
    [Fact]
    public void Updating_part_by_part_gives_the_crc_of_the_whole()
    {
        var data = new byte[1000];
        new Random(1951).NextBytes(data);
        foreach (var cut in new[] { 0, 1, 7, 8, 9, 500, 999, 1000 })
        {
            Assert.Equal(Crc32.Hash(data), Crc32.Update(Crc32.Hash(data.AsSpan(0, cut)), data.AsSpan(cut)));
        }
        Assert.Equal(Crc32.Hash(data), Crc32.Update(0, data));
    }
}
