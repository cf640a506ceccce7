using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace Crosscheck.Sources;

public sealed record SourceDecoderOptions
{
    /// <summary>Largest page accepted, after decompression. News pages are far below this.</summary>
    public long MaxBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>
    /// How long to wait for a file that states no length to open: a named pipe (FIFO) opens only once something writes
    /// to it, and a stray one among the pages would otherwise stop the run for good.
    /// </summary>
    public TimeSpan OpenTimeout { get; init; } = TimeSpan.FromSeconds(5);
}

/// <summary>
/// Turns the bytes of one input into a <see cref="SourceDocument"/>, or a rejection that says what is wrong
/// with it: too large, empty, binary, or undecodable. Gzip is detected by its magic bytes, not its name.
/// The text encoding comes from a byte order mark, else a declared charset that the bytes bear out, else UTF-8 when
/// valid, else <see cref="CharsetDetector"/>'s statistical guess, which the warning names ("decoded as windows-1251
/// (detected)") rather than losing the page.
/// </summary>
public sealed class SourceDecoder(SourceDecoderOptions options)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static readonly SearchValues<byte> BlankBytes = SearchValues.Create(" \t\r\n"u8);

    static SourceDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public SourceDecoder() : this(new SourceDecoderOptions()) { }

    public SourceDecoderOptions Options { get; } = options;

    /// <summary>Reads and decodes a file. The file is not read at all when it is larger than the limit.</summary>
    public DecodeResult DecodeFile(string path, string source, int ordinal)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return DecodeResult.Rejected($"file not found: {path}");
            if (info.Length > Options.MaxBytes && !IsGzipName(path))
            {
                return DecodeResult.Rejected($"file is {Megabytes(info.Length)}, larger than the {Megabytes(Options.MaxBytes)} limit for one page; split it or raise the limit (--max-size)");
            }
            // A regular file states its length; what states none (an empty file, a pipe, a device) may block when opened.
            using var stream = info.Length > 0 ? info.OpenRead() : OpenWithin(info, Options.OpenTimeout);
            if (stream is null)
            {
                return DecodeResult.Rejected($"the file did not open within {Options.OpenTimeout.TotalSeconds:0.#} s; a named pipe (FIFO) that nothing writes to? Give regular files");
            }
            return Decode(stream, source, ordinal);
        }
        catch (IOException e)
        {
            return DecodeResult.Rejected($"cannot read the file: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            return DecodeResult.Rejected($"cannot read the file: {e.Message}");
        }
    }

    /// <summary>
    /// The file opened, or null when opening it takes longer than <paramref name="limit"/>. Opening a named pipe waits for a
    /// writer and cannot be cancelled: it is left to wait on a pool thread, and the stream closed should a writer come.
    /// </summary>
    private static FileStream? OpenWithin(FileInfo info, TimeSpan limit)
    {
        var opening = Task.Run(info.OpenRead);
        // Waited on without throwing: a file that fails to open throws below, as opening it directly does.
        if (((IAsyncResult)opening).AsyncWaitHandle.WaitOne(limit)) return opening.GetAwaiter().GetResult();
        opening.ContinueWith(static t => t.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        return null;
    }

    /// <summary>Decodes a page from a stream (read at most up to the size limit).</summary>
    public DecodeResult Decode(Stream stream, string source, int ordinal)
    {
        // The bytes are read into pooled buffers, which go back to the pool once the text is decoded.
        var file = ReadCapped(stream, stream.CanSeek ? stream.Length - stream.Position : 0, out var fileLength, out var tooLarge);
        byte[]? unpacked = null;
        try
        {
            if (tooLarge) return DecodeResult.Rejected($"input is larger than the {Megabytes(Options.MaxBytes)} limit for one page; split it or raise the limit (--max-size)");
            var raw = file.AsSpan(0, fileLength);
            if (raw.Length >= 2 && raw[0] == 0x1F && raw[1] == 0x8B)
            {
                try
                {
                    // Every member of a multi-member file (cat a.gz b.gz) is decompressed in turn, each checked against its trailer.
                    using var gzip = new GZipStream(new MemoryStream(file, 0, fileLength, writable: false), CompressionMode.Decompress);
                    var trailer = fileLength >= GzipTrailer.MinFileLength ? GzipTrailer.Of(raw) : default;
                    // The last member's length sizes the buffer (all of a one-member file), so the page is not copied while it
                    // grows; no more than text compresses to, so a corrupt trailer cannot make it allocate the whole limit.
                    unpacked = ReadCapped(gzip, Math.Min(trailer.Length, (long)fileLength * 32), out var unpackedLength, out tooLarge);
                    if (tooLarge) return DecodeResult.Rejected($"decompressed input is larger than the {Megabytes(Options.MaxBytes)} limit for one page");
                    // The decompressor stops quietly where a cut-short file stops; only a file that ends with its last
                    // member's trailer is whole.
                    if (fileLength < GzipTrailer.MinFileLength || !trailer.EndsData(unpacked.AsSpan(0, unpackedLength)))
                    {
                        return DecodeResult.Rejected(GzipTrailer.TruncatedProblem);
                    }
                    raw = unpacked.AsSpan(0, unpackedLength);
                }
                catch (InvalidDataException)
                {
                    return DecodeResult.Rejected(GzipTrailer.CorruptProblem);
                }
            }
            return DecodeBytes(raw, source, ordinal);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(file);
            if (unpacked is not null) ArrayPool<byte>.Shared.Return(unpacked);
        }
    }

    private static DecodeResult DecodeBytes(ReadOnlySpan<byte> raw, string source, int ordinal)
    {
        if (!raw.ContainsAnyExcept(BlankBytes))
        {
            return DecodeResult.Rejected("file is empty");
        }
        var binary = BinaryEvidence(raw);
        if (binary is not null) return DecodeResult.Rejected($"file looks binary ({binary}), not a text or HTML page");

        var (text, warning) = DecodeText(raw);
        var format = SniffFormat(source, text);
        return DecodeResult.Decoded(new SourceDocument(source, text, format, ordinal), warning);
    }

    /// <summary>
    /// The text of the bytes and, when the bytes did not simply say what they are, a warning saying how they were read.
    /// In order: a byte order mark; a declared charset (XML declaration or HTML meta, see <see cref="CharsetDeclaration"/>)
    /// when the bytes decode validly in it and are not valid UTF-8 under a legacy label nor clearly another encoding;
    /// strict UTF-8; else <see cref="CharsetDetector"/>'s guess.
    /// </summary>
    private static (string Text, string? Warning) DecodeText(ReadOnlySpan<byte> raw)
    {
        if (raw.Length >= 2 && ((raw[0] == 0xFF && raw[1] == 0xFE) || (raw[0] == 0xFE && raw[1] == 0xFF)))
        {
            return ((raw[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(raw[2..]), null);
        }
        var bomLength = raw.Length >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF ? 3 : 0;
        var bytes = raw[bomLength..];
        string text;
        int invalidAt;
        string problem;
        var label = bomLength == 0 ? CharsetDeclaration.Find(bytes) : null;
        var declared = label is null ? null : EncodingLabels.Resolve(label);
        if (declared is not null && !declared.IsUtf8 && !declared.IsUtf16)
        {
            if (bytes.ContainsAnyInRange((byte)0x80, (byte)0xFF) && TryDecodeUtf8(bytes, out text, out _))
            {
                return (text, $"declares charset {label} but is valid UTF-8; decoded as UTF-8");
            }
            if (TryDecodeStrictly(declared, bytes, out text, out invalidAt))
            {
                var contradiction = CharsetDetector.Contradict(bytes, declared);
                if (contradiction is null) return (text, null);
                return (contradiction.Encoding.Encoding.GetString(bytes), $"declares charset {label} but reads as {contradiction.Encoding.Name}; decoded as {contradiction.Encoding.Name} (detected)");
            }
            problem = $"declares charset {label} but byte {invalidAt + bomLength} is not valid in {declared.Name}";
        }
        else if (TryDecodeUtf8(bytes, out text, out invalidAt))
        {
            // UTF-16 declared in markup that was readable as ASCII is UTF-8, as the HTML standard says.
            return (text, null);
        }
        else
        {
            problem = label is null ? $"not valid UTF-8 at byte {invalidAt + bomLength}"
                : declared is null ? $"declares an unknown charset '{label}' and is not valid UTF-8 at byte {invalidAt + bomLength}"
                : $"declares charset {label} but is not valid UTF-8 at byte {invalidAt + bomLength}";
        }
        var guess = CharsetDetector.Detect(bytes);
        return guess.Encoding.IsUtf8
            ? (LenientUtf8.GetString(bytes), $"{problem}; decoded as UTF-8 with the invalid bytes replaced (detected)")
            : (guess.Encoding.Encoding.GetString(bytes), $"{problem}; decoded as {guess.Encoding.Name} (detected)");
    }

    private static bool TryDecodeUtf8(ReadOnlySpan<byte> bytes, out string text, out int invalidAt)
    {
        try
        {
            text = StrictUtf8.GetString(bytes);
            invalidAt = -1;
            return true;
        }
        catch (DecoderFallbackException e)
        {
            text = string.Empty;
            invalidAt = Math.Max(0, e.Index);
            return false;
        }
    }

    /// <summary>Decodes in a declared encoding, failing at the first byte it does not define (which 8-bit code pages answer with a C1 control or a private-use character).</summary>
    private static bool TryDecodeStrictly(NamedEncoding declared, ReadOnlySpan<byte> bytes, out string text, out int invalidAt)
    {
        try
        {
            text = declared.Encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            text = string.Empty;
            invalidAt = Math.Max(0, e.Index);
            return false;
        }
        invalidAt = declared.IsSingleByte ? text.AsSpan().IndexOfAny(CharsetDetector.Undefined) : -1;
        return invalidAt < 0;
    }

    /// <summary>HTML when the name says so or the text starts like markup; scraped text otherwise.</summary>
    public static SourceFormat SniffFormat(string source, string text)
    {
        var name = source.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? source[..^3] : source;
        if (name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)) return SourceFormat.Html;
        var head = text.AsSpan(0, Math.Min(text.Length, 1024)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            ? SourceFormat.Html
            : SourceFormat.ScrapedText;
    }

    /// <summary>NUL bytes or many control characters in the first 8 KB mean binary data.</summary>
    private static string? BinaryEvidence(ReadOnlySpan<byte> raw)
    {
        var n = Math.Min(raw.Length, 8192);
        int nul = 0, control = 0;
        for (var i = 0; i < n; i++)
        {
            var b = raw[i];
            if (b == 0) nul++;
            else if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C and not 0x1B) control++;
        }
        var utf16 = raw.Length >= 2 && ((raw[0] == 0xFF && raw[1] == 0xFE) || (raw[0] == 0xFE && raw[1] == 0xFF));
        if (nul > 0 && !utf16) return $"{nul} NUL bytes in the first {n} bytes";
        if (control > n / 20) return $"{control} control characters in the first {n} bytes";
        return null;
    }

    /// <summary>
    /// Reads a stream to its end into a buffer rented from <see cref="ArrayPool{T}.Shared"/> (the caller returns it), or
    /// stops once it passes the size limit. <paramref name="expectedLength"/> presizes the buffer, one byte over, so a
    /// stream of that length is read without the buffer growing.
    /// </summary>
    private byte[] ReadCapped(Stream stream, long expectedLength, out int length, out bool tooLarge)
    {
        var limit = (int)Math.Min(Options.MaxBytes, Array.MaxLength - 1);
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(expectedLength, 0, limit) + 1);
        length = 0;
        int read;
        while ((read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
            if (length > Options.MaxBytes)
            {
                tooLarge = true;
                return buffer;
            }
            if (length == buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max(2L * buffer.Length, 16384), limit + 1L));
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }
        }
        tooLarge = false;
        return buffer;
    }

    private static bool IsGzipName(string path) => path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MB";
}

/// <summary>The outcome of decoding one input: a document (maybe with a warning) or a rejection reason.</summary>
public sealed record DecodeResult(SourceDocument? Document, string? Warning, string? RejectionReason)
{
    public static DecodeResult Decoded(SourceDocument document, string? warning) => new(document, warning, null);

    public static DecodeResult Rejected(string reason) => new(null, null, reason);
}
