namespace Crosscheck.Text;

/// <summary>
/// Half a surrogate pair alone, in JSON text that pages (JSON-LD) and JSONL inputs hold. Escaped (<c>"\ud800"</c>), the
/// grammar allows it, but System.Text.Json parses the document only to throw <see cref="InvalidOperationException"/>
/// when the string or property name is read; as a character of the string to parse (a text that did not come through
/// <see cref="Sources.SourceDecoder"/>), it makes parsing throw <see cref="ArgumentException"/>. Such JSON is repaired
/// first, as decoding repairs invalid bytes: each unpaired surrogate, escaped or not, becomes U+FFFD.
/// </summary>
public static class JsonSurrogates
{
    /// <summary>
    /// The JSON text with every unpaired surrogate character written as U+FFFD and every unpaired <c>\uD800</c>–<c>\uDFFF</c>
    /// escape as <c>\uFFFD</c>; the text itself when it has neither. Other text keeps its characters and offsets.
    /// </summary>
    public static string Repair(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var escapes = json.Contains("\\u", StringComparison.Ordinal);
        if (!escapes && !json.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF')) return json;
        char[]? repaired = null;
        for (var i = 0; i < json.Length; i++)
        {
            var ch = json[i];
            if (char.IsSurrogate(ch))
            {
                if (char.IsHighSurrogate(ch) && i + 1 < json.Length && char.IsLowSurrogate(json[i + 1])) i++;
                else (repaired ??= json.ToCharArray())[i] = '\uFFFD';
                continue;
            }
            if (ch != '\\' || !escapes || i + 1 == json.Length) continue;
            if (json[i + 1] != 'u' || !TryReadUnit(json, i + 2, out var unit))
            {
                // Another escape ("\\", "\"", "\n"…): its second character starts nothing.
                i++;
                continue;
            }
            if (char.IsHighSurrogate(unit) && i + 11 < json.Length && json[i + 6] == '\\' && json[i + 7] == 'u'
                && TryReadUnit(json, i + 8, out var low) && char.IsLowSurrogate(low))
            {
                i += 11;
                continue;
            }
            if (char.IsSurrogate(unit)) "FFFD".CopyTo((repaired ??= json.ToCharArray()).AsSpan(i + 2));
            i += 5;
        }
        return repaired is null ? json : new string(repaired);
    }

    /// <summary>The UTF-16 unit that the four hexadecimal digits at <paramref name="start"/> write.</summary>
    private static bool TryReadUnit(string json, int start, out char unit)
    {
        unit = '\0';
        if (start + 4 > json.Length) return false;
        var value = 0;
        for (var k = start; k < start + 4; k++)
        {
            var digit = json[k] switch
            {
                >= '0' and <= '9' => json[k] - '0',
                >= 'a' and <= 'f' => json[k] - 'a' + 10,
                >= 'A' and <= 'F' => json[k] - 'A' + 10,
                _ => -1,
            };
            if (digit < 0) return false;
            value = (value * 16) + digit;
        }
        unit = (char)value;
        return true;
    }
}
