using System.Buffers.Binary;
using Crosscheck.Hashing;

namespace Crosscheck.Sources;

/// <summary>
/// The eight bytes that end a gzip member (RFC 1952): the CRC-32 of the member's uncompressed data and its length
/// modulo 2^32 (ISIZE), little-endian. A gzip file is one member or several concatenated (<c>cat a.gz b.gz</c>), each
/// decompressing to the next part of the data, so a whole file ends with the trailer of its last member, which is the
/// end of the data. The decompressor checks the trailer of every member it finishes, but reports a file that stops
/// inside a member as if it ended there; <see cref="EndsData"/> catches that.
/// </summary>
internal readonly record struct GzipTrailer(uint Crc, uint Length)
{
    public const int Size = 8;

    /// <summary>The trailer a whole gzip file ends with: its last eight bytes.</summary>
    public static GzipTrailer Of(ReadOnlySpan<byte> file) =>
        new(BinaryPrimitives.ReadUInt32LittleEndian(file[^Size..]), BinaryPrimitives.ReadUInt32LittleEndian(file[^4..]));

    /// <summary>
    /// Whether this trailer closes <paramref name="data"/>: its last <see cref="Length"/> bytes have this CRC-32. Data is
    /// capped far below 4 GiB, so the length modulo 2^32 is the length itself.
    /// </summary>
    public bool EndsData(ReadOnlySpan<byte> data) => Length <= (uint)data.Length && Crc32.Hash(data[^(int)Length..]) == Crc;
}
