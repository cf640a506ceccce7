using System.Collections.Frozen;
using Crosscheck.Analysis.Entities;
using Crosscheck.Text;

namespace Crosscheck.Analysis.Quotes;

/// <summary>Reported speech: what a sentence attributes without (or beyond) quotation marks.</summary>
public sealed partial class QuoteExtractor
{
    /// <summary>Clauses of at least this many words count as reported speech.</summary>
    private const int MinClauseWords = 3;

    /// <summary>The words one of which a sentence holds when it reports speech: a verb of saying or "according" (one lookup a token).</summary>
    private static readonly FrozenSet<string> ReportedSpeechCues =
        ReportingVerbs.Reported.Concat(ReportingVerbs.Speech).Append("according").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Adds the reported speech of an article to its quotes: "X said (that) …", "…, X said.", "according to X, …",
    /// "…, according to X." A clause that is only a direct quote already found adds nothing; a clause that holds a
    /// quoted fragment ("X called the plan “a disaster”") makes that quote partial, the clause its content; any
    /// other clause is an indirect quote.
    /// </summary>
    private void AddReported(ArticleDocument doc, ResolvedEntities entities, string? articleSource, List<ExtractedQuote> quotes)
    {
        var found = new List<ExtractedQuote>();
        for (var s = 0; s < doc.Sentences.Length; s++)
        {
            // Most sentences report nothing: look at their tokens before splitting them into words.
            var (first, end) = doc.SentenceTokens(s);
            var cued = false;
            for (var t = first; t < end && !cued; t++) cued = ReportedSpeechCues.Contains(doc.Tokens[t].Value);
            if (!cued) continue;
            var sentence = doc.Sentences[s];
            var words = Words(doc.Text, sentence.Start, sentence.End);
            if (words.Count < MinClauseWords + 2) continue;
            if (ReportedClause(doc, entities, words, sentence, articleSource) is not { } reported) continue;
            var (clause, speaker, at) = reported;
            var inside = quotes.FindIndex(q => q.Span.Start >= clause.Start - 1 && q.Span.End <= clause.End + 1);
            if (inside >= 0)
            {
                var quote = quotes[inside];
                // The clause is the quote (plus its marks), or opens on it ("added: “…”"): the direct quote says it all.
                if (quote.Span.Length * 10 >= clause.Length * 8 || OpensOn(doc.Text, clause, quote.Span)) continue;
                if (quote.Kind == QuoteKind.Direct && quote.Content.Length == 1)
                {
                    quotes[inside] = quote with
                    {
                        Kind = QuoteKind.Partial,
                        Content = [clause],
                        SpeakerSpan = quote.SpeakerSpan ?? at,
                    };
                }
                continue;
            }
            if (quotes.Any(q => q.Span.Start < clause.End && clause.Start < q.Span.End)) continue;
            found.Add(new ExtractedQuote(doc.Index, clause.Slice(doc.Text), clause, speaker, Attribution.Reported) { SpeakerSpan = at, Kind = QuoteKind.Indirect });
        }
        quotes.AddRange(found);
        quotes.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    /// <summary>The reported clause of a sentence with the speaker (canonical name, or null when unresolved) and where the speaker is named.</summary>
    private (TextSpan Clause, string? Speaker, TextSpan At)? ReportedClause(ArticleDocument doc, ResolvedEntities entities, List<Word> words, TextSpan sentence, string? articleSource)
    {
        var last = words.Count - 1;
        while (last > 0 && words[last].IsPunctuation) last--;

        // "According to X, …" and "…, according to X."
        for (var i = 0; i + 2 <= last; i++)
        {
            if (!words[i].Value.Equals("according", StringComparison.OrdinalIgnoreCase) || !words[i + 1].Value.Equals("to", StringComparison.OrdinalIgnoreCase)) continue;
            if (i == 0)
            {
                var comma = words.FindIndex(2, w => w.Value == ",");
                if (comma < 3 || last - comma < MinClauseWords) return null;
                var source = TextSpan.FromBounds(words[2].Start, words[comma - 1].End);
                return (TextSpan.FromBounds(words[comma + 1].Start, words[last].End), Resolve(doc, entities, source, articleSource), source);
            }
            if (words[i - 1].Value == "," && i - 1 >= MinClauseWords && PhraseAfterVerb(words, i + 2) is { } after)
            {
                return (TextSpan.FromBounds(words[0].Start, words[i - 2].End), Resolve(doc, entities, after, articleSource), after);
            }
            return null;
        }

        // "…, X said." / "…, said X, a spokesman."
        for (var c = last - 1; c >= MinClauseWords && last - c <= 10; c--)
        {
            if (words[c].Value != ",") continue;
            if (SpeakerAfter(doc, entities, words.GetRange(c, last - c + 1), articleSource) is ({ } who, var named))
            {
                return (TextSpan.FromBounds(words[0].Start, words[c - 1].End), who, named);
            }
            break;
        }

        // "X said (that) …", "X told reporters that …"
        for (var v = 1; v < last - MinClauseWords; v++)
        {
            var verb = words[v].Value;
            if (!ReportingVerbs.Reported.Contains(verb) || !char.IsLower(verb[0])) continue;
            var previous = words[v - 1].Value.ToLowerInvariant();
            if (previous is "which" or "that" or "to" or "and" or "as" or "but" or "or") continue;
            // "voters who say …": the relative pronoun stands for the speaker.
            var (speaker, at) = previous == "who" ? (null, TextSpan.FromBounds(words[v - 1].Start, words[v - 1].End)) : Subject(doc, entities, words, v, sentence.Start, articleSource);
            at ??= SubjectPhrase(words, v);
            if (at is null) continue;
            var from = v + 1;
            if (verb.StartsWith("tel", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("told", StringComparison.OrdinalIgnoreCase))
            {
                // The one told is not what was said: "told reporters (that) …".
                var that = words.FindIndex(from, Math.Min(6, last - from), w => w.Value.Equals("that", StringComparison.OrdinalIgnoreCase));
                from = that >= 0 ? that : from + 1;
            }
            while (from <= last && words[from].IsPunctuation) from++;
            if (last - from + 1 < MinClauseWords) return null;
            return (TextSpan.FromBounds(words[from].Start, words[last].End), speaker, at.Value);
        }
        return null;
    }

    /// <summary>Whether a clause's quote comes after a colon or comma and ends it.</summary>
    private static bool OpensOn(string text, TextSpan clause, TextSpan quote)
    {
        var before = text.AsSpan(clause.Start, Math.Max(0, quote.Start - clause.Start)).TrimEnd().TrimEnd("\"\u201C\u00AB\u2018'").TrimEnd();
        var after = text.AsSpan(Math.Min(quote.End, clause.End), Math.Max(0, clause.End - quote.End)).Trim().Trim("\"\u201D\u00BB\u2019'.,!?");
        return after.IsEmpty && (before.IsEmpty || before[^1] is ':' or ',');
    }

    /// <summary>
    /// An unresolved subject worth reporting: up to eight words before the verb from the clause start, opening with a
    /// capital, a determiner, a number or a quantifier ("Sixty-six percent of voters", "both candidates").
    /// </summary>
    private static TextSpan? SubjectPhrase(List<Word> words, int v)
    {
        var start = v;
        while (start > 0 && v - start < 8 && !words[start - 1].IsPunctuation) start--;
        if (start == v || (start > 0 && words[start - 1].Value != ",")) return null;
        var first = words[start].Value;
        if (!char.IsUpper(first[0]) && !IsDeterminer(first) && !char.IsDigit(first[0]) && !IsQuantifier(first)) return null;
        return TextSpan.FromBounds(words[start].Start, words[v - 1].End);
    }

    private static bool IsQuantifier(string word) => word.ToLowerInvariant() is "both" or "most" or "many" or "some" or "all" or "few" or "several" or "half" or "each" or "every" or "other" or "others" or "none";
}
