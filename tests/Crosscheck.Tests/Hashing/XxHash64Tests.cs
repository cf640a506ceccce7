using Crosscheck.Hashing;

namespace Crosscheck.Tests.Hashing;

public sealed class XxHash64Tests
{
    /// <summary>Reference values from the xxHash project's own tool (Debian's xxhsum -H64).</summary>
    [Theory]
    [InlineData(0, 0xEF46DB3751D8E999UL)]
    [InlineData(200, 0x50DC1079B99E879CUL)]
    public void Matches_the_reference_implementation_on_byte_ranges(int length, ulong expected)
    {
        var bytes = Enumerable.Range(0, length).Select(i => (byte)i).ToArray();
        Assert.Equal(expected, XxHash64.Hash(bytes));
    }

    [Fact]
    public void Matches_the_reference_implementation_on_text() => Assert.Equal(0x44BC2CF5AD770999UL, XxHash64.Hash("abc"));

    [Fact]
    public void Seeds_give_independent_hashes() => Assert.NotEqual(XxHash64.Hash("ferry", 1), XxHash64.Hash("ferry", 2));

    [Fact]
    public void Long_strings_hash_the_same_as_their_utf8_bytes()
    {
        var text = string.Concat(Enumerable.Repeat("Skarvholmen ferry ", 100));
        Assert.Equal(XxHash64.Hash(System.Text.Encoding.UTF8.GetBytes(text)), XxHash64.Hash(text));
    }
}
