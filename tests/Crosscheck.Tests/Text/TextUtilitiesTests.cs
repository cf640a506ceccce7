using Crosscheck.Text;

namespace Crosscheck.Tests.Text;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Jean-Noël Barrot", "jean-noel barrot")]
    [InlineData("Défense  Conseil\u00A0International", "defense conseil international")]
    [InlineData("“Quoted” ‘words’ — dash", "\"quoted\" 'words' - dash")]
    [InlineData("São João", "sao joao")]
    [InlineData("Inês  VALADARES", "ines valadares")]
    [InlineData("Łódź Straße", "lodz strasse")]
    [InlineData("Nguyễn Thị", "nguyen thi")]
    public void Folds_accents_case_quotes_and_spaces(string text, string folded) => Assert.Equal(folded, TextFolding.Fold(text));

    [Theory]
    [InlineData("Jean-Noël Barrot")]
    [InlineData("  Élysée “Palace” ")]
    public void Folding_is_idempotent(string text) => Assert.Equal(TextFolding.Fold(text), TextFolding.Fold(TextFolding.Fold(text)));

    /// <summary>
    /// Plain ASCII is folded by lower-casing it alone; a text with a letter that has an accent goes the long way.
    /// Random ASCII texts fold as they do with "é" after them (which forces the long way), less the "e".
    /// </summary>
    [Fact]
    public void Plain_ascii_folds_as_the_long_way_does()
    {
        var random = new Random(20261121);
        for (var n = 0; n < 20_000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 12)).Select(_ => random.Next(8) == 0 ? " \t`\n"[random.Next(4)] : (char)random.Next(33, 127)).ToArray());
            if (text.EndsWith(' ') || text.EndsWith('\t') || text.EndsWith('\n')) continue;
            Assert.Equal(TextFolding.Fold(text + "\u00E9"), TextFolding.Fold(text) + "e");
        }
    }

    [Fact]
    public void Stripping_diacritics_keeps_case() => Assert.Equal("Jean-Noel Elysee Lodz", TextFolding.StripDiacritics("Jean-Noël Élysée Łódź"));
}

public sealed class TokenizerTests
{
    [Fact]
    public void Words_keep_inner_hyphens_apostrophes_and_initialisms()
    {
        var tokens = Tokenizer.Tokenize("Jean-Noël O'Brien met U.S. officials.").Select(t => t.Value);
        Assert.Equal(["Jean-Noël", "O'Brien", "met", "U.S.", "officials", "."], tokens);
    }

    [Fact]
    public void Numbers_keep_their_separators()
    {
        var tokens = Tokenizer.Tokenize("800,000 troops on 2024-11-25 at 16:12, 55%").Where(t => t.Kind == TokenKind.Number).Select(t => t.Value);
        Assert.Equal(["800,000", "2024-11-25", "16:12", "55"], tokens);
    }

    [Fact]
    public void An_amount_with_its_currency_code_and_magnitude_glued_on_is_code_number_and_magnitude()
    {
        const string text = "a fine of Sh2bn, then R5m and Vl6.5m; not the A380, the G7, MH17 or Vl6.5ms";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(
            ["a", "fine", "of", "Sh", "2", "bn", ",", "then", "R", "5", "m", "and", "Vl", "6.5", "m", ";", "not", "the", "A380", ",", "the", "G7", ",", "MH17", "or", "Vl6", ".", "5", "ms"],
            tokens.Select(t => t.Value));
        Assert.Equal([TokenKind.Word, TokenKind.Number, TokenKind.Word], tokens.Skip(3).Take(3).Select(t => t.Kind));
        foreach (var token in tokens) Assert.Equal(token.Value, token.Span.Slice(text));
    }

    [Fact]
    public void Spans_point_back_into_the_text()
    {
        const string text = "The ferry ran aground near Skarvholmen on Saturday.";
        foreach (var token in Tokenizer.Tokenize(text)) Assert.Equal(token.Value, token.Span.Slice(text));
    }
}

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Abbreviations_and_initials_do_not_end_sentences()
    {
        const string text = "Mr. Lund arrived on Nov. 25 with J. Smith. The U.S. embassy said nothing. Then it rained!";
        Assert.Equal(
            ["Mr. Lund arrived on Nov. 25 with J. Smith.", "The U.S. embassy said nothing.", "Then it rained!"],
            SentenceSplitter.SplitToStrings(text));
    }

    [Fact]
    public void Closing_quotes_stay_with_their_sentence()
    {
        const string text = "“We are sorry.” The company said it would pay. \"No one is missing,\" she said.";
        Assert.Equal(["“We are sorry.”", "The company said it would pay.", "\"No one is missing,\" she said."], SentenceSplitter.SplitToStrings(text));
    }

    [Fact]
    public void Line_breaks_end_sentences_and_spans_are_trimmed()
    {
        const string text = "  Headline without stop\nFirst sentence here.  ";
        var spans = SentenceSplitter.Split(text);
        Assert.Equal(["Headline without stop", "First sentence here."], spans.Select(s => s.Slice(text)));
    }
}

public sealed class LightStemmerTests
{
    [Theory]
    [InlineData("talks", "talk")]
    [InlineData("talked", "talk")]
    [InlineData("talking", "talk")]
    [InlineData("allies", "ally")]
    [InlineData("deployment", "deploy")]
    [InlineData("stopped", "stop")]
    [InlineData("news", "news")]
    [InlineData("bus", "bus")]
    public void Conflates_inflections(string word, string stem) => Assert.Equal(stem, LightStemmer.Stem(word));
}

public sealed class DecimalDigitsTests
{
    [Theory]
    [InlineData("٣/١١/٢٠٢٤", "3/11/2024")]
    [InlineData("۲۰۲۴ and २०२४ and ২০২৪ and ๒๐๒๔ and ２０２４", "2024 and 2024 and 2024 and 2024 and 2024")]
    [InlineData("mixed 1٢3", "mixed 123")]
    [InlineData("No digits of other scripts: ½ ³ ④ Ⅻ 𝟑 ٪", "No digits of other scripts: ½ ³ ④ Ⅻ 𝟑 ٪")]
    public void Digits_of_every_script_become_ascii_digits_and_nothing_else_changes(string text, string expected) =>
        Assert.Equal(expected, DecimalDigits.ToAscii(text));

    /// <summary>Every character a pattern's \d takes becomes the ASCII digit of its value; no other character changes.</summary>
    [Fact]
    public void Every_character_that_regex_digit_matches_is_replaced_by_its_value()
    {
        var digit = new System.Text.RegularExpressions.Regex(@"^\d$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = ((char)c).ToString();
            var ascii = DecimalDigits.ToAscii(text);
            if (digit.IsMatch(text)) Assert.Equal(((int)char.GetNumericValue((char)c)).ToString(System.Globalization.CultureInfo.InvariantCulture), ascii);
            else Assert.Same(text, ascii);
        }
    }
}

public sealed class JsonSurrogatesTests
{
    [Theory]
    [InlineData("""{"a":"\ud800"}""", """{"a":"\uFFFD"}""")]
    [InlineData("""{"a":"x\uDFFFy","\udc00":1}""", """{"a":"x\uFFFDy","\uFFFD":1}""")]
    [InlineData("""{"a":"\ud83d\ude00 \ud83d"}""", """{"a":"\ud83d\ude00 \uFFFD"}""")]
    [InlineData("""{"a":"\ude00\ud83d"}""", """{"a":"\uFFFD\uFFFD"}""")]
    [InlineData("""{"a":"\\ud800 is text, \\\ud800 is not"}""", """{"a":"\\ud800 is text, \\\uFFFD is not"}""")]
    [InlineData("""{"a":"\u00e9\n\"\ud8"}""", """{"a":"\u00e9\n\"\ud8"}""")]
    [InlineData("\\", "\\")]
    public void Unpaired_surrogate_escapes_become_the_replacement_character(string json, string expected) =>
        Assert.Equal(expected, JsonSurrogates.Repair(json));

    [Fact]
    public void Unpaired_surrogate_characters_become_the_replacement_character()
    {
        Assert.Equal("{\"a\":\"\uFFFD x \uFFFD\uFFFD \U0001F600\"}", JsonSurrogates.Repair("{\"a\":\"\uD800 x \uDC00\uD800 \U0001F600\"}"));
        const string valid = """{"a":"caf\u00e9 \ud83d\ude00 😀"}""";
        Assert.Same(valid, JsonSurrogates.Repair(valid));
    }

    /// <summary>
    /// Generated JSON objects whose strings and names hold surrogates, alone or paired, escaped or not: System.Text.Json
    /// threw on reading many of them (ArgumentException or InvalidOperationException); repaired, every one parses and
    /// reads back, and text without unpaired surrogates is left as it was.
    /// </summary>
    [Fact]
    public void Every_repaired_document_parses_and_its_strings_read()
    {
        string[] pieces = ["a", "é", "\\ud800", "\\uDBFF", "\\udc00", "\\uDFFF", "\\ud83d\\ude00", "\\\\", "\\\\u", "\\\"", "\\n", "\\u0041", "\uD800", "\uDC00", "\U0001F600", " "];
        var random = new Random(20261122);
        for (var n = 0; n < 5_000; n++)
        {
            string Part() => string.Concat(Enumerable.Range(0, random.Next(0, 6)).Select(_ => pieces[random.Next(pieces.Length)]));
            var candidate = $"{{\"{Part()}\":\"{Part()}\",\"k\":[\"{Part()}\"]}}";
            bool valid;
            try
            {
                using var check = System.Text.Json.JsonDocument.Parse(candidate);
                valid = true;
            }
            catch (ArgumentException)
            {
                valid = false; // "Cannot transcode invalid UTF-16 string to UTF-8 JSON text."
            }
            var repaired = JsonSurrogates.Repair(candidate);
            using var json = System.Text.Json.JsonDocument.Parse(repaired);
            foreach (var property in json.RootElement.EnumerateObject())
            {
                _ = property.Name;
                if (property.Value.ValueKind == System.Text.Json.JsonValueKind.String) _ = property.Value.GetString();
                else foreach (var item in property.Value.EnumerateArray()) _ = item.GetString();
            }
            if (valid && !candidate.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') && !candidate.Contains("\\ud", StringComparison.OrdinalIgnoreCase)) Assert.Same(candidate, repaired);
        }
    }
}
