using System.IO.Compression;
using Crosscheck.Hashing;

namespace Crosscheck.Sources;

/// <summary>
/// The data of a gzip file as a read-only stream, for files too large to hold in memory. The runtime's decompressor
/// checks every member it finishes, but stops quietly where a file cut short stops and names corrupt data "an
/// unsupported compression method"; this stream throws <see cref="InvalidDataException"/> in both cases, with
/// <see cref="GzipTrailer.TruncatedProblem"/> or <see cref="GzipTrailer.CorruptProblem"/>. Where the data ends it checks
/// that the file ends with the trailer of its last member, so that no reader takes a part for the whole.
/// </summary>
internal sealed class CheckedGzipStream : Stream
{
    private const int BufferSize = 81920;

    private readonly Stream _file;
    private readonly GZipStream _gzip;
    private readonly GzipTrailer? _trailer;
    private uint _crc;
    private long _length;
    private bool _ended;

    /// <param name="file">The gzip file, seekable (its trailer is read first, and data of several members is read twice to check it).</param>
    /// <exception cref="ArgumentException">The stream cannot seek.</exception>
    public CheckedGzipStream(Stream file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!file.CanSeek) throw new ArgumentException("The gzip file must be seekable: its trailer is read before its data; a pipe cannot be checked.", nameof(file));
        _file = file;
        _trailer = GzipTrailer.Of(file);
        _gzip = new GZipStream(file, CompressionMode.Decompress);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int read;
        try
        {
            read = _gzip.Read(buffer);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException(GzipTrailer.CorruptProblem, e);
        }
        if (read > 0)
        {
            _crc = Crc32.Update(_crc, buffer[..read]);
            _length += read;
        }
        else if (!_ended && buffer.Length > 0)
        {
            _ended = true;
            if (!EndsWithTrailer()) throw new InvalidDataException(GzipTrailer.TruncatedProblem);
        }
        return read;
    }

    /// <summary>
    /// Whether the data read ends with the file's last trailer. One member (almost every file): its CRC-32 and length
    /// are the whole data's. Several (<c>cat a.gz b.gz</c>): the last member's data is the data's last bytes, which are
    /// read again to check them (a last member of 4 GiB or more is beyond this check).
    /// </summary>
    private bool EndsWithTrailer()
    {
        if (_trailer is not { } trailer) return false;
        if (trailer.Closes(_crc, _length)) return true;
        var skip = _length - trailer.Length;
        if (skip < 0) return false;
        _file.Position = 0;
        using var again = new GZipStream(_file, CompressionMode.Decompress, leaveOpen: true);
        var buffer = new byte[BufferSize];
        var crc = 0u;
        long position = 0;
        int read;
        while ((read = again.Read(buffer)) > 0)
        {
            var from = (int)Math.Clamp(skip - position, 0, read);
            crc = Crc32.Update(crc, buffer.AsSpan(from, read - from));
            position += read;
        }
        return crc == trailer.Crc;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _gzip.Dispose();
        base.Dispose(disposing);
    }
}
