using System.Collections.Frozen;
using System.Collections.Immutable;
using Crosscheck.Analysis;
using Crosscheck.Analysis.Time;
using Crosscheck.Extraction;
using Crosscheck.Text;

namespace Crosscheck.Comparison;

/// <summary>
/// Splits articles into claim units: sentences (<see cref="SentenceSplitter"/>), and clauses where a sentence joins
/// several facts ("…; …", "…, while …", "…, but …") and both halves have a verb and content words of their own.
/// Each unit gets its normalised terms: stemmed content words mapped through the <see cref="ParaphraseLexicon"/>,
/// numbers, day-precision dates and entity names (canonical names from the analysis when it has them).
/// </summary>
internal static class ClaimSplitter
{
    /// <summary>Times of day written as words, by the key of the time they name.</summary>
    private static readonly System.Collections.Frozen.FrozenDictionary<string, string> ClockWords = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["midnight"] = "#00:00", ["noon"] = "#12:00", ["midday"] = "#12:00",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Words before a time of day written as a word that make it the time of something ("shortly after midnight", "at
    /// noon"); not "by midday", nor the bounds "before midnight" and "until midnight".
    /// </summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> ClockPrepositions = new[] { "at", "after", "around", "about" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] ClauseSeparators = ["; ", ", while ", ", but ", ", whereas ", ", although ", ", though ", ", as "];

    private static readonly FrozenSet<string> Auxiliaries = new[]
    {
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might",
        "should", "must", "do", "does", "did", "remain", "remains", "said", "says", "told", "reported", "reports",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Number words below twenty, "one" aside (too often not a count: "one of the", "no one").</summary>
    private static readonly FrozenDictionary<string, int> SmallNumberWords = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["dozen"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> TensWords = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The value of a number written in words, "four", "fourteen", "forty", "forty-four"; null for anything else.</summary>
    internal static int? NumberWordValue(string folded)
    {
        if (SmallNumberWords.TryGetValue(folded, out var small)) return small;
        if (TensWords.TryGetValue(folded, out var tens)) return tens;
        var hyphen = folded.IndexOf('-', StringComparison.Ordinal);
        if (hyphen > 0 && TensWords.TryGetValue(folded[..hyphen], out tens))
        {
            var unit = folded[(hyphen + 1)..];
            if (unit == "one") return tens + 1;
            if (SmallNumberWords.TryGetValue(unit, out small) && small < 10) return tens + small;
        }
        return null;
    }

    /// <summary>
    /// Extends a number written in words over the words that complete it: "sixteen hundred" (1,600), "two hundred and
    /// ninety" (290), "three thousand" (3,000). Returns the index of its last token and updates the value.
    /// </summary>
    private static int WrittenNumberEnd(ImmutableArray<Token> tokens, int i, ref int value)
    {
        var end = i;
        if (NextWord(tokens, end, out var next) && FoldWord(tokens[next].Value) == "hundred")
        {
            value *= 100;
            end = next;
            var rest = next + 1;
            if (rest < tokens.Length && FoldWord(tokens[rest].Value) == "and") rest++;
            if (rest < tokens.Length && tokens[rest].Kind == TokenKind.Word && NumberWordValue(FoldWord(tokens[rest].Value)) is { } tail and < 100)
            {
                value += tail;
                end = rest;
            }
        }
        if (NextWord(tokens, end, out next) && FoldWord(tokens[next].Value) == "thousand")
        {
            value *= 1000;
            end = next;
        }
        return end;
    }

    /// <summary>"seven-hour" → (7, "hour"); "forty-two-metre" → (42, "metre"); null when the word does not start with a number word.</summary>
    internal static (int Value, string Counted)? HyphenatedCount(string folded)
    {
        var parts = folded.Split('-');
        if (parts.Length < 2) return null;
        for (var k = parts.Length - 1; k >= 1; k--)
        {
            if (NumberWordValue(string.Join('-', parts[..k])) is not { } value) continue;
            var counted = string.Join('-', parts[k..]);
            return counted.Length >= 2 && counted.All(c => char.IsLetter(c) || c == '-') ? (value, counted) : null;
        }
        return null;
    }

    private static string NumberKey(double value) => "#" + value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static readonly string[] AttributionMarkers = [" said", " says", " told", " stated", "according to", " explained", " added", " announced", " urged", " insisted"];

    /// <summary>The claim units of every article, numbered in article order.</summary>
    public static List<ClaimUnit> Split(IReadOnlyList<Article> articles, StoryAnalysis analysis, bool splitClauses)
    {
        var mentionsByArticle = MentionsByArticle(analysis);
        // Relative dates resolve as the analysis resolves them: against the article's publication date, or the story's.
        var storyReference = ArticleDocument.StoryReference(articles);
        var units = new List<ClaimUnit>();
        for (var a = 0; a < articles.Count; a++)
        {
            var article = articles[a];
            var text = article.Text;
            mentionsByArticle.TryGetValue(article.Id, out var mentions);
            var sentences = new List<TextSpan>();
            foreach (var paragraph in article.ParagraphSpans())
            {
                foreach (var sentence in SentenceSplitter.Split(text, paragraph))
                {
                    if (!IsHeading(text, sentence)) sentences.Add(sentence);
                }
            }
            for (var s = 0; s < sentences.Count; s++)
            {
                var pieces = splitClauses ? Clauses(text, sentences[s]) : [sentences[s]];
                foreach (var piece in pieces)
                {
                    var terms = Terms(text, piece, mentions);
                    if (terms.Length == 0) continue;
                    if ((article.Published ?? storyReference) is { } reference) terms = WithWeekdayDates(text, piece, terms, reference);
                    var unitText = piece.Slice(text);
                    units.Add(new ClaimUnit
                    {
                        Index = units.Count,
                        ArticleIndex = a,
                        Article = article,
                        Span = piece,
                        Text = unitText,
                        SentenceIndex = s,
                        Position = sentences.Count <= 1 ? 0 : (double)s / sentences.Count,
                        Terms = terms,
                        HasQuote = ContainsQuotation(unitText),
                        IsAttributed = IsAttribution(unitText),
                    });
                }
            }
        }
        return units;
    }

    /// <summary>A short line without closing punctuation, such as a subheading left in the body, states no claim.</summary>
    private static bool IsHeading(string text, TextSpan sentence)
    {
        var last = text[sentence.End - 1];
        if (last is '.' or '!' or '?' or '\u2026' or '"' or '\u201D' or '\'' or '\u2019' or ')' or ':' or ';') return false;
        var words = 1;
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if (text[i] == ' ') words++;
        }
        return words <= 12;
    }

    /// <summary>True when the text holds a quotation of at least two words between quote marks.</summary>
    public static bool ContainsQuotation(string text)
    {
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch is '\u201C' or '\u00AB' || (ch == '"' && open < 0))
            {
                open = i;
            }
            else if (ch is '\u201D' or '\u00BB' || (ch == '"' && open >= 0))
            {
                if (open >= 0 && text.AsSpan(open, i - open).Contains(' ')) return true;
                open = -1;
            }
        }
        return false;
    }

    private static bool IsAttribution(string text)
    {
        foreach (var marker in AttributionMarkers)
        {
            if (text.Contains(marker, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static Dictionary<string, List<(TextSpan Span, string Key)>> MentionsByArticle(StoryAnalysis analysis)
    {
        var result = new Dictionary<string, List<(TextSpan, string)>>(StringComparer.Ordinal);
        if (analysis.Entities.IsDefaultOrEmpty) return result;
        foreach (var entity in analysis.Entities)
        {
            if (entity.Mentions.IsDefaultOrEmpty) continue;
            var key = EntityKey(entity.Name);
            foreach (var mention in entity.Mentions)
            {
                if (!result.TryGetValue(mention.ArticleId, out var list)) result[mention.ArticleId] = list = [];
                list.Add((mention.Span, key));
            }
        }
        foreach (var list in result.Values) list.Sort((x, y) => x.Item1.Start.CompareTo(y.Item1.Start));
        return result;
    }

    /// <summary>The clauses of a sentence, or the sentence itself when it holds one fact.</summary>
    internal static List<TextSpan> Clauses(string text, TextSpan sentence)
    {
        var result = new List<TextSpan>();
        var start = sentence.Start;
        var sentenceText = sentence.Slice(text);
        var cursor = 0;
        while (true)
        {
            var best = -1;
            var bestSeparator = "";
            foreach (var separator in ClauseSeparators)
            {
                var at = sentenceText.IndexOf(separator, cursor, StringComparison.Ordinal);
                while (at >= 0 && InsideQuotation(sentenceText, at)) at = sentenceText.IndexOf(separator, at + 1, StringComparison.Ordinal);
                if (at >= 0 && (best < 0 || at < best))
                {
                    best = at;
                    bestSeparator = separator;
                }
            }
            if (best < 0) break;
            var left = TextSpan.FromBounds(start, sentence.Start + best);
            var rightStart = sentence.Start + best + bestSeparator.Length;
            var right = TextSpan.FromBounds(rightStart, sentence.End);
            if (IsClause(text, left) && IsClause(text, right))
            {
                result.Add(left);
                start = rightStart;
            }
            cursor = best + 1;
        }
        result.Add(TextSpan.FromBounds(start, sentence.End));
        return result;
    }

    private static bool InsideQuotation(string text, int at)
    {
        var straight = 0;
        var depth = 0;
        for (var i = 0; i < at; i++)
        {
            var ch = text[i];
            if (ch == '"') straight++;
            else if (ch is '\u201C' or '\u00AB') depth++;
            else if (ch is '\u201D' or '\u00BB') depth = Math.Max(0, depth - 1);
        }
        return straight % 2 == 1 || depth > 0;
    }

    private static bool IsClause(string text, TextSpan span)
    {
        var content = 0;
        var verb = false;
        foreach (var token in Tokenizer.Tokenize(text, span))
        {
            if (token.Kind == TokenKind.Punctuation) continue;
            var folded = FoldWord(token.Value);
            if (Auxiliaries.Contains(folded) || (folded.Length > 4 && (folded.EndsWith("ed", StringComparison.Ordinal) || folded.EndsWith("ing", StringComparison.Ordinal))))
            {
                verb = true;
            }
            if (!Stopwords.IsStopword(folded)) content++;
        }
        return verb && content >= 3;
    }

    /// <summary>The normalised terms of a span of an article text.</summary>
    internal static ImmutableArray<ClaimTerm> Terms(string text, TextSpan span, List<(TextSpan Span, string Key)>? mentions)
    {
        var tokens = Tokenizer.Tokenize(text, span);
        var terms = ImmutableArray.CreateBuilder<ClaimTerm>();
        var firstWord = true;
        var mentionIndex = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Punctuation) continue;
            var sentenceInitial = firstWord;
            firstWord = false;

            if (mentions is not null)
            {
                while (mentionIndex < mentions.Count && mentions[mentionIndex].Span.End <= token.Span.Start) mentionIndex++;
                if (mentionIndex < mentions.Count && mentions[mentionIndex].Span.Contains(token.Span) && span.Contains(mentions[mentionIndex].Span))
                {
                    var mention = mentions[mentionIndex];
                    terms.Add(new ClaimTerm(mention.Key, ClaimTermKind.Name, mention.Span));
                    while (i + 1 < tokens.Length && tokens[i + 1].Span.Start < mention.Span.End) i++;
                    mentionIndex++;
                    continue;
                }
            }

            if (token.Kind == TokenKind.Number)
            {
                var digits = token.Value.Replace(",", "", StringComparison.Ordinal);
                if (IsIsoDate(digits))
                {
                    terms.Add(new ClaimTerm("@" + digits[5..10], ClaimTermKind.Date, token.Span));
                    continue;
                }
                if (int.TryParse(digits, out var day) && day is >= 1 and <= 31 && NextWord(tokens, i, out var next) && Months.TryGetValue(FoldWord(tokens[next].Value), out var month))
                {
                    terms.Add(new ClaimTerm(DateKey(month, day), ClaimTermKind.Date, TextSpan.FromBounds(token.Span.Start, tokens[next].Span.End)));
                    i = next;
                    continue;
                }
                terms.Add(new ClaimTerm("#" + digits, ClaimTermKind.Number, token.Span));
                continue;
            }

            var folded = FoldWord(token.Value).TrimEnd('.');
            if (Months.TryGetValue(folded, out var monthNumber) && (char.IsUpper(token.Value[0]) || folded != "may"))
            {
                if (NextNumber(tokens, i, out var dayIndex) && int.TryParse(tokens[dayIndex].Value, out var dayOfMonth) && dayOfMonth is >= 1 and <= 31)
                {
                    terms.Add(new ClaimTerm(DateKey(monthNumber, dayOfMonth), ClaimTermKind.Date, TextSpan.FromBounds(token.Span.Start, tokens[dayIndex].Span.End)));
                    i = dayIndex;
                    continue;
                }
                // "in February", "since March", "November 2020": a date of month precision.
                if (char.IsUpper(token.Value[0]) && folded.Length > 3
                    && ((i > 0 && MonthPrepositions.Contains(FoldWord(tokens[i - 1].Value))) || (i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Number && tokens[i + 1].Value.Length == 4)))
                {
                    terms.Add(new ClaimTerm(MonthKey(monthNumber), ClaimTermKind.Date, token.Span));
                    continue;
                }
            }
            if (NumberWordValue(folded) is { } numberWord)
            {
                var end = WrittenNumberEnd(tokens, i, ref numberWord);
                terms.Add(new ClaimTerm(NumberKey(numberWord), ClaimTermKind.Number, TextSpan.FromBounds(token.Span.Start, tokens[end].Span.End)));
                i = end;
                continue;
            }
            // "shortly after midnight", "at noon": a time of day written as a word, as "00:00" and "12:00" are read.
            if (ClockWords.TryGetValue(folded, out var clock) && i > 0 && ClockPrepositions.Contains(FoldWord(tokens[i - 1].Value)))
            {
                terms.Add(new ClaimTerm(clock, ClaimTermKind.Number, token.Span));
                continue;
            }
            // "half a percentage point", "half an hour": a figure, unlike "half of the members".
            if (folded == "half" && NextWord(tokens, i, out var article) && FoldWord(tokens[article].Value) is "a" or "an")
            {
                terms.Add(new ClaimTerm("#0.5", ClaimTermKind.Number, token.Span));
                continue;
            }
            // "seven-hour", "twenty-five-year-old": a number written in words glued to what it counts.
            if (HyphenatedCount(folded) is { } glued)
            {
                terms.Add(new ClaimTerm(NumberKey(glued.Value), ClaimTermKind.Number, token.Span));
                terms.Add(new ClaimTerm(ParaphraseLexicon.Canonical(glued.Counted), ClaimTermKind.Word, token.Span));
                continue;
            }
            if (NextWord(tokens, i, out var following))
            {
                var phrase = ParaphraseLexicon.Phrase(folded, FoldWord(tokens[following].Value));
                if (phrase is not null)
                {
                    terms.Add(new ClaimTerm(ParaphraseLexicon.Canonical(phrase), ClaimTermKind.Word, TextSpan.FromBounds(token.Span.Start, tokens[following].Span.End)));
                    i = following;
                    continue;
                }
            }
            if (folded.Length < 2 || Stopwords.IsStopword(folded)) continue;
            var kind = token.IsCapitalized && !sentenceInitial ? ClaimTermKind.Name : ClaimTermKind.Word;
            terms.Add(new ClaimTerm(ParaphraseLexicon.Canonical(folded), kind, token.Span));
        }
        return terms.ToImmutable();
    }

    private static readonly DateResolver WeekdayResolver = new();

    /// <summary>Weekdays, and "yesterday": the words that make a relative date of day precision.</summary>
    private static readonly string[] RelativeDayWords = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "yesterday", "Yesterday"];

    /// <summary>
    /// The terms of a unit with its weekdays read as dates ("on Monday evening", "late on Tuesday night"), resolved as the
    /// timeline resolves them, against <paramref name="reference"/>: "@10-13", the key an absolute date of that day has.
    /// </summary>
    private static ImmutableArray<ClaimTerm> WithWeekdayDates(string text, TextSpan span, ImmutableArray<ClaimTerm> terms, DateOnly reference)
    {
        if (!IsRelativeDay(text, span)) return terms;
        List<ClaimTerm>? result = null;
        foreach (var mention in WeekdayResolver.Resolve(text, span, reference))
        {
            if (mention.Precision != DatePrecision.Day || !IsRelativeDay(text, mention.Span)) continue;
            result ??= [.. terms];
            // The weekday was read as a name (or a word); an absolute date next to it ("Tuesday, October 21") keeps its own term.
            result.RemoveAll(t => t.Kind is ClaimTermKind.Name or ClaimTermKind.Word && mention.Span.Contains(t.Span));
            var key = DateKey(mention.Date.Month, mention.Date.Day);
            if (result.Exists(t => t.Kind == ClaimTermKind.Date && t.Key == key)) continue;
            var at = result.FindIndex(t => t.Span.Start > mention.Span.Start);
            result.Insert(at < 0 ? result.Count : at, new ClaimTerm(key, ClaimTermKind.Date, mention.Span));
        }
        return result is null ? terms : [.. result];
    }

    /// <summary>Whether the words of <paramref name="span"/> hold a weekday or "yesterday".</summary>
    internal static bool IsRelativeDay(string text, TextSpan span)
    {
        var words = text.AsSpan(span.Start, span.Length);
        foreach (var word in RelativeDayWords)
        {
            if (words.Contains(word, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>The claim term key of a resolved entity's mentions: "e:" and the folded canonical name.</summary>
    internal static string EntityKey(string canonicalName) => "e:" + TextFolding.Fold(canonicalName);

    /// <summary>Whether a claim term key stands for a resolved entity (see <see cref="EntityKey"/>).</summary>
    internal static bool IsEntityKey(string key) => key.StartsWith("e:", StringComparison.Ordinal);

    /// <summary>Folds one token: the common all-ASCII case without Unicode normalisation.</summary>
    internal static string FoldWord(string word)
    {
        foreach (var ch in word)
        {
            if (ch > 127) return TextFolding.Fold(word);
        }
        return word.ToLowerInvariant();
    }

    /// <summary>Words before a bare month name that make it a date ("in February", "until March"), not a name ("March Street").</summary>
    private static readonly FrozenSet<string> MonthPrepositions = new[] { "in", "since", "until", "till", "by", "from", "during", "early", "late", "mid", "last", "next", "this", "before", "after" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The key of a date of month precision, "@02"; a day date's key ("@02-17") starts with it.</summary>
    internal static string MonthKey(int month) => "@" + month.ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    private static string DateKey(int month, int day) => "@" + month.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "-" + day.ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    private static bool IsIsoDate(string value) => value.Length == 10 && value[4] == '-' && value[7] == '-' && char.IsDigit(value[0]) && char.IsDigit(value[9]);

    /// <summary>The next token is a word (directly, no punctuation between).</summary>
    private static bool NextWord(ImmutableArray<Token> tokens, int i, out int next)
    {
        next = i + 1;
        return next < tokens.Length && tokens[next].Kind == TokenKind.Word;
    }

    /// <summary>The next token, after an optional period, is a number.</summary>
    private static bool NextNumber(ImmutableArray<Token> tokens, int i, out int next)
    {
        next = i + 1;
        if (next < tokens.Length && tokens[next].Value == ".") next++;
        return next < tokens.Length && tokens[next].Kind == TokenKind.Number;
    }
}
