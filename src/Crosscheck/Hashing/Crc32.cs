namespace Crosscheck.Hashing;

/// <summary>
/// CRC-32 as gzip (RFC 1952), zip and PNG compute it: the reflected polynomial 0xEDB88320, register started at and
/// finished with all ones. Table-driven, eight bytes a step ("slicing by 8"): eight tables, the first the classic
/// byte table, table k giving the CRC of a byte followed by k zero bytes.
/// </summary>
public static class Crc32
{
    private const uint Polynomial = 0xEDB88320u;

    private static readonly uint[][] Tables = BuildTables();

    public static uint Hash(ReadOnlySpan<byte> data) => ~Append(~0u, data);

    /// <summary>
    /// The CRC-32 of data read in parts: <paramref name="crc"/> is that of the parts before (0 before the first), and
    /// the result that of those parts followed by <paramref name="data"/>. <c>Update(Hash(a), b) == Hash(a + b)</c>.
    /// </summary>
    public static uint Update(uint crc, ReadOnlySpan<byte> data) => ~Append(~crc, data);

    /// <summary>Carries a CRC register (not yet finished with ~) over more data.</summary>
    private static uint Append(uint crc, ReadOnlySpan<byte> data)
    {
        var (t0, t1, t2, t3, t4, t5, t6, t7) = (Tables[0], Tables[1], Tables[2], Tables[3], Tables[4], Tables[5], Tables[6], Tables[7]);
        var i = 0;
        for (; i + 8 <= data.Length; i += 8)
        {
            var low = crc ^ (uint)(data[i] | data[i + 1] << 8 | data[i + 2] << 16 | data[i + 3] << 24);
            crc = t7[low & 0xFF] ^ t6[(low >> 8) & 0xFF] ^ t5[(low >> 16) & 0xFF] ^ t4[low >> 24]
                ^ t3[data[i + 4]] ^ t2[data[i + 5]] ^ t1[data[i + 6]] ^ t0[data[i + 7]];
        }
        for (; i < data.Length; i++) crc = t0[(crc ^ data[i]) & 0xFF] ^ (crc >> 8);
        return crc;
    }

    private static uint[][] BuildTables()
    {
        var tables = new uint[8][];
        for (var k = 0; k < 8; k++) tables[k] = new uint[256];
        for (uint b = 0; b < 256; b++)
        {
            var crc = b;
            for (var bit = 0; bit < 8; bit++) crc = (crc & 1) != 0 ? (crc >> 1) ^ Polynomial : crc >> 1;
            tables[0][b] = crc;
        }
        for (var b = 0; b < 256; b++)
        {
            for (var k = 1; k < 8; k++) tables[k][b] = tables[0][tables[k - 1][b] & 0xFF] ^ (tables[k - 1][b] >> 8);
        }
        return tables;
    }
}
