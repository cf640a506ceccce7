using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace Crosscheck.Hashing;

/// <summary>
/// The XXH64 hash (Yann Collet's specification), seeded. Fast, well distributed and stable across runs and
/// machines, unlike <see cref="string.GetHashCode()"/>; used for ids, shingles and MinHash permutations.
/// </summary>
public static class XxHash64
{
    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;
    private const ulong Prime3 = 0x165667B19E3779F9UL;
    private const ulong Prime4 = 0x85EBCA77C2B2AE63UL;
    private const ulong Prime5 = 0x27D4EB2F165667C5UL;

    public static ulong Hash(ReadOnlySpan<byte> data, ulong seed = 0)
    {
        var length = data.Length;
        ulong acc;
        var offset = 0;
        if (length >= 32)
        {
            var v1 = seed + Prime1 + Prime2;
            var v2 = seed + Prime2;
            var v3 = seed;
            var v4 = seed - Prime1;
            while (offset <= length - 32)
            {
                v1 = Round(v1, BinaryPrimitives.ReadUInt64LittleEndian(data[offset..]));
                v2 = Round(v2, BinaryPrimitives.ReadUInt64LittleEndian(data[(offset + 8)..]));
                v3 = Round(v3, BinaryPrimitives.ReadUInt64LittleEndian(data[(offset + 16)..]));
                v4 = Round(v4, BinaryPrimitives.ReadUInt64LittleEndian(data[(offset + 24)..]));
                offset += 32;
            }
            acc = BitOperations.RotateLeft(v1, 1) + BitOperations.RotateLeft(v2, 7) + BitOperations.RotateLeft(v3, 12) + BitOperations.RotateLeft(v4, 18);
            acc = MergeRound(acc, v1);
            acc = MergeRound(acc, v2);
            acc = MergeRound(acc, v3);
            acc = MergeRound(acc, v4);
        }
        else
        {
            acc = seed + Prime5;
        }
        acc += (ulong)length;
        while (offset <= length - 8)
        {
            acc ^= Round(0, BinaryPrimitives.ReadUInt64LittleEndian(data[offset..]));
            acc = BitOperations.RotateLeft(acc, 27) * Prime1 + Prime4;
            offset += 8;
        }
        if (offset <= length - 4)
        {
            acc ^= BinaryPrimitives.ReadUInt32LittleEndian(data[offset..]) * Prime1;
            acc = BitOperations.RotateLeft(acc, 23) * Prime2 + Prime3;
            offset += 4;
        }
        while (offset < length)
        {
            acc ^= data[offset] * Prime5;
            acc = BitOperations.RotateLeft(acc, 11) * Prime1;
            offset++;
        }
        acc ^= acc >> 33;
        acc *= Prime2;
        acc ^= acc >> 29;
        acc *= Prime3;
        acc ^= acc >> 32;
        return acc;
    }

    /// <summary>Hashes the UTF-8 bytes of a string.</summary>
    public static ulong Hash(string text, ulong seed = 0)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (max <= 512)
        {
            Span<byte> buffer = stackalloc byte[max];
            var n = Encoding.UTF8.GetBytes(text, buffer);
            return Hash(buffer[..n], seed);
        }
        return Hash(Encoding.UTF8.GetBytes(text), seed);
    }

    /// <summary>A short lowercase hex id: the first <paramref name="hexDigits"/> digits of the hash.</summary>
    public static string HexId(string text, int hexDigits = 12, ulong seed = 0) =>
        Hash(text, seed).ToString("x16", System.Globalization.CultureInfo.InvariantCulture)[..hexDigits];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Round(ulong acc, ulong input)
    {
        acc += input * Prime2;
        acc = BitOperations.RotateLeft(acc, 31);
        return acc * Prime1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MergeRound(ulong acc, ulong value)
    {
        acc ^= Round(0, value);
        return acc * Prime1 + Prime4;
    }
}
