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

    /// <summary>The shortest whole gzip file: a 10-byte header, an empty deflate block (2 bytes) and the trailer.</summary>
    public const int MinFileLength = 20;

    /// <summary>What is wrong with a gzip file that does not end with <see cref="EndsData"/>'s trailer.</summary>
    public const string TruncatedProblem =
        "gzip data is truncated or damaged: the file does not end with the CRC-32 and length of the data before it "
        + "(a download or copy cut short, or other bytes after the gzip data); fetch or copy it again";

    /// <summary>What is wrong with a gzip file the decompressor throws on (the runtime's message, "unsupported compression method", misnames it).</summary>
    public const string CorruptProblem =
        "gzip data is corrupt: its compressed data, or the CRC-32 or length that closes one of its members, does not check out; fetch or copy it again";

    /// <summary>The trailer a whole gzip file ends with: its last eight bytes.</summary>
    public static GzipTrailer Of(ReadOnlySpan<byte> file) =>
        new(BinaryPrimitives.ReadUInt32LittleEndian(file[^Size..]), BinaryPrimitives.ReadUInt32LittleEndian(file[^4..]));

    /// <summary>
    /// The trailer a seekable gzip file ends with, read from its last eight bytes (its position is put back), or null when
    /// the file is shorter than <see cref="MinFileLength"/> and so cannot be whole.
    /// </summary>
    public static GzipTrailer? Of(Stream file)
    {
        if (file.Length < MinFileLength) return null;
        var position = file.Position;
        Span<byte> last = stackalloc byte[Size];
        file.Position = file.Length - Size;
        file.ReadExactly(last);
        file.Position = position;
        return Of(last);
    }

    /// <summary>
    /// Whether this trailer closes data read as a stream, when that data is one member: its CRC-32 and length are the
    /// whole data's. (Data of several members ends with the last member's; see <see cref="CheckedGzipStream"/>.)
    /// </summary>
    public bool Closes(uint crc, long length) => Crc == crc && Length == (uint)length;

    /// <summary>
    /// Whether this trailer closes <paramref name="data"/>: its last <see cref="Length"/> bytes have this CRC-32. Data is
    /// capped far below 4 GiB, so the length modulo 2^32 is the length itself.
    /// </summary>
    public bool EndsData(ReadOnlySpan<byte> data) => Length <= (uint)data.Length && Crc32.Hash(data[^(int)Length..]) == Crc;
}
