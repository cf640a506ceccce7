using System.Text;

namespace Crosscheck.Sources;

/// <summary>
/// The WHATWG Encoding Standard's labels (https://encoding.spec.whatwg.org/#names-and-labels): what pages write in
/// <c>charset=</c>, mapped to the encoding a browser would use. So <c>latin1</c>, <c>iso-8859-1</c> and <c>ascii</c>
/// all mean windows-1252, <c>iso-8859-9</c> means windows-1254, <c>gb2312</c> means GB18030. Labels the standard does
/// not list are tried with <see cref="Encoding.GetEncoding(string)"/> as a last resort.
/// </summary>
public static class EncodingLabels
{
    // Canonical name, .NET code page, then every label that means it (space separated, lower case).
    private static readonly (string Name, int CodePage, string Labels)[] Table =
    [
        ("utf-8", 65001, "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8"),
        ("ibm866", 866, "866 cp866 csibm866 ibm866"),
        ("iso-8859-2", 28592, "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2"),
        ("iso-8859-3", 28593, "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3"),
        ("iso-8859-4", 28594, "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4"),
        ("iso-8859-5", 28595, "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988"),
        ("iso-8859-6", 28596, "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987"),
        ("iso-8859-7", 28597, "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 iso_8859-7 iso_8859-7:1987 sun_eu_greek"),
        ("iso-8859-8", 28598, "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598 iso_8859-8 iso_8859-8:1988 visual"),
        ("iso-8859-8-i", 38598, "csiso88598i iso-8859-8-i logical"),
        ("iso-8859-13", 28603, "iso-8859-13 iso8859-13 iso885913"),
        ("iso-8859-15", 28605, "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9"),
        ("koi8-r", 20866, "cskoi8r koi koi8 koi8-r koi8_r"),
        ("koi8-u", 21866, "koi8-ru koi8-u"),
        ("macintosh", 10000, "csmacintosh mac macintosh x-mac-roman"),
        ("windows-874", 874, "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874"),
        ("windows-1250", 1250, "cp1250 windows-1250 x-cp1250"),
        ("windows-1251", 1251, "cp1251 windows-1251 x-cp1251"),
        ("windows-1252", 1252, "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252 x-user-defined"),
        ("windows-1253", 1253, "cp1253 windows-1253 x-cp1253"),
        ("windows-1254", 1254, "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 l5 latin5 windows-1254 x-cp1254"),
        ("windows-1255", 1255, "cp1255 windows-1255 x-cp1255"),
        ("windows-1256", 1256, "cp1256 windows-1256 x-cp1256"),
        ("windows-1257", 1257, "cp1257 windows-1257 x-cp1257"),
        ("windows-1258", 1258, "cp1258 windows-1258 x-cp1258"),
        ("x-mac-cyrillic", 10007, "x-mac-cyrillic x-mac-ukrainian"),
        ("gb18030", 54936, "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk gb18030"),
        ("big5", 950, "big5 big5-hkscs cn-big5 csbig5 x-x-big5"),
        ("euc-jp", 51932, "cseucpkdfmtjapanese euc-jp x-euc-jp"),
        ("iso-2022-jp", 50220, "csiso2022jp iso-2022-jp"),
        ("shift_jis", 932, "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis"),
        ("euc-kr", 949, "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601 windows-949"),
        ("utf-16be", 1201, "unicodefffe utf-16be"),
        ("utf-16le", 1200, "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le"),
    ];

    private static readonly Dictionary<string, (string Name, int CodePage)> ByLabel = IndexLabels();

    static EncodingLabels() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// The encoding a label names, with its canonical WHATWG name, or null when neither the standard nor .NET knows it.
    /// The label is trimmed of ASCII whitespace (and quotes, which pages sometimes leave in) first.
    /// </summary>
    public static NamedEncoding? Resolve(string label)
    {
        var trimmed = label.Trim(' ', '\t', '\n', '\f', '\r', '"', '\'');
        if (trimmed.Length == 0) return null;
        if (ByLabel.TryGetValue(trimmed, out var known)) return Create(known.Name, known.CodePage);
        try
        {
            var encoding = Encoding.GetEncoding(trimmed);
            return Create(encoding.WebName.ToLowerInvariant(), encoding.CodePage);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            // A name .NET knows but will not decode: UTF-7, which is no label in the Encoding Standard either.
            return null;
        }
    }

    /// <summary>The encoding with a canonical WHATWG name, e.g. <c>windows-1251</c>.</summary>
    public static NamedEncoding ByName(string name) => Resolve(name) ?? throw new ArgumentException($"'{name}' is not an encoding label; use a WHATWG name such as windows-1252", nameof(name));

    private static Dictionary<string, (string Name, int CodePage)> IndexLabels()
    {
        var byLabel = new Dictionary<string, (string Name, int CodePage)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, codePage, labels) in Table)
        {
            foreach (var label in labels.Split(' ')) byLabel.Add(label, (name, codePage));
        }
        return byLabel;
    }

    private static NamedEncoding? Create(string name, int codePage)
    {
        try
        {
            // Exception fallbacks: a multi-byte decoder then reports bytes it cannot read instead of inventing U+FFFD.
            return new NamedEncoding(name, Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}

/// <summary>An encoding and the WHATWG name it is reported by (<c>windows-1251</c>, <c>koi8-r</c>, <c>utf-8</c>).</summary>
public sealed record NamedEncoding(string Name, Encoding Encoding)
{
    public bool IsUtf8 => Encoding.CodePage == 65001;

    public bool IsUtf16 => Encoding.CodePage is 1200 or 1201;

    /// <summary>One byte per character, so every byte sequence decodes and only the table says whether a byte is defined.</summary>
    public bool IsSingleByte => Encoding.IsSingleByte;
}
