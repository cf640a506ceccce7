using System.Collections.Immutable;
using Crosscheck.Text;

namespace Crosscheck.Server.Views;

/// <summary>How a passage of an article compares with the other outlets' retellings.</summary>
internal enum PassageKind
{
    None,

    /// <summary>Every outlet reports it (a <c>consensus</c> claim).</summary>
    Agreed,

    /// <summary>Some outlets report it (a <c>partial</c> claim).</summary>
    Shared,

    /// <summary>Only this outlet reports it (a <c>unique</c> claim).</summary>
    Unique,

    /// <summary>The outlets print different versions of it (a conflict's version).</summary>
    Conflicting,
}

/// <summary>One sentence of a paragraph, how it compares, and a note saying with whom.</summary>
internal sealed record Passage(string Text, PassageKind Kind, string? Note);

/// <summary>
/// Finds, sentence by sentence, where an article prints one of its story's claims or one version of a conflict, as the
/// stored analysis lists them for that article. A claim's text is one outlet's wording, so the other outlets' sentences
/// are matched by their content words: a sentence marks a claim when it holds most of the claim's words and the claim
/// covers a good part of the sentence. Conflicts come first, then agreed, shared and unique claims.
/// </summary>
internal sealed class PassageMarker(StoryView story, Func<IReadOnlyCollection<string>, string> outletNames)
{
    private const double ClaimCovered = 0.6;
    private const double SentenceCovered = 0.35;

    private readonly ImmutableArray<Candidate> _candidates = Candidates(story, outletNames);

    public ImmutableArray<Passage> Mark(string articleId, string paragraph)
    {
        var passages = ImmutableArray.CreateBuilder<Passage>();
        var position = 0;
        foreach (var span in SentenceSplitter.Split(paragraph))
        {
            // The text between sentences (spaces) stays with the passage before it, so the paragraph reads as printed.
            if (span.Start > position) passages.Add(new Passage(paragraph[position..span.Start], PassageKind.None, null));
            var sentence = span.Slice(paragraph);
            var words = ContentWords(sentence);
            var best = _candidates
                .Where(c => c.Articles.Contains(articleId))
                .Select(c => (Candidate: c, Score: c.Verbatim is { } v && sentence.Contains(v, StringComparison.OrdinalIgnoreCase) ? 1.0 : Score(c.Words, words)))
                .Where(s => s.Score > 0)
                .OrderBy(s => s.Candidate.Kind == PassageKind.Conflicting ? 0 : 1)
                .ThenByDescending(s => s.Score)
                .ThenBy(s => s.Candidate.Kind)
                .Select(s => s.Candidate)
                .FirstOrDefault();
            passages.Add(new Passage(sentence, best?.Kind ?? PassageKind.None, best?.Note));
            position = span.End;
        }
        if (position < paragraph.Length) passages.Add(new Passage(paragraph[position..], PassageKind.None, null));
        return passages.ToImmutable();
    }

    /// <summary>Dice overlap of the content words, or 0 when the sentence does not hold enough of the claim (or the reverse).</summary>
    private static double Score(IReadOnlySet<string> claim, IReadOnlySet<string> sentence)
    {
        if (claim.Count == 0 || sentence.Count == 0) return 0;
        var shared = claim.Count(sentence.Contains);
        if ((double)shared / claim.Count < ClaimCovered || (double)shared / sentence.Count < SentenceCovered) return 0;
        return 2.0 * shared / (claim.Count + sentence.Count);
    }

    private static HashSet<string> ContentWords(string text) =>
        Tokenizer.FoldedWords(text).Where(w => !Stopwords.IsStopword(w)).ToHashSet(StringComparer.Ordinal);

    private static ImmutableArray<Candidate> Candidates(StoryView story, Func<IReadOnlyCollection<string>, string> outletNames)
    {
        var candidates = ImmutableArray.CreateBuilder<Candidate>();
        foreach (var conflict in story.Conflicts)
        {
            foreach (var version in conflict.Versions)
            {
                var others = conflict.Versions.Where(v => v != version).Select(v => outletNames(v.Articles));
                // A short version (a quote's wording) marks the sentence that prints it word for word.
                var verbatim = version.Text.Trim().Trim('"', '“', '”', '\'', '‘', '’', '.', ' ');
                candidates.Add(new Candidate(ContentWords(version.Text), verbatim.Length == 0 ? null : verbatim, [.. version.Articles], PassageKind.Conflicting,
                    $"Differs on {conflict.About}: {string.Join("; ", others)} print another version"));
            }
        }
        foreach (var claim in story.Claims)
        {
            var (kind, note) = claim.Status switch
            {
                "consensus" => (PassageKind.Agreed, "Reported by every outlet"),
                "partial" => (PassageKind.Shared, "Reported by " + outletNames(claim.Articles)),
                "unique" => (PassageKind.Unique, "Only this outlet reports this"),
                _ => (PassageKind.None, null),
            };
            if (kind != PassageKind.None) candidates.Add(new Candidate(ContentWords(claim.Text), null, [.. claim.Articles], kind, note));
        }
        return candidates.ToImmutable();
    }

    private sealed record Candidate(HashSet<string> Words, string? Verbatim, ImmutableHashSet<string> Articles, PassageKind Kind, string? Note);
}
