using System.Collections.Immutable;
using Crosscheck.Extraction;
using Crosscheck.Text;

namespace Crosscheck.Analysis;

/// <summary>
/// An article prepared once for every analysis step: its sentences and tokens (spans into <c>Article.Text</c>)
/// and the reference date its relative dates resolve against.
/// </summary>
internal sealed record ArticleDocument(
    int Index,
    Article Article,
    string Text,
    ImmutableArray<TextSpan> Sentences,
    ImmutableArray<Token> Tokens,
    ImmutableArray<int> SentenceFirstToken,
    DateOnly? Reference)
{
    /// <summary>
    /// The date an article of the story without a publication date of its own resolves relative dates against: the
    /// earliest publication date among the story's articles. The comparison stage reads weekdays against the same dates.
    /// </summary>
    public static DateOnly? StoryReference(IEnumerable<Article> articles) =>
        articles.Where(a => a.Published is not null).Select(a => a.Published).Min();

    public static ArticleDocument Create(int index, Article article, DateOnly? storyReference)
    {
        var text = article.Text;
        var sentences = SentenceSplitter.Split(text);
        var tokens = Tokenizer.Tokenize(text);
        var first = ImmutableArray.CreateBuilder<int>(sentences.Length);
        var t = 0;
        foreach (var sentence in sentences)
        {
            while (t < tokens.Length && tokens[t].Span.Start < sentence.Start) t++;
            first.Add(t);
        }
        return new ArticleDocument(index, article, text, sentences, tokens, first.MoveToImmutable(), article.Published ?? storyReference);
    }

    /// <summary>The tokens of sentence <paramref name="s"/> as an index range [start, end).</summary>
    public (int Start, int End) SentenceTokens(int s)
    {
        var start = SentenceFirstToken[s];
        var end = start;
        var limit = Sentences[s].End;
        while (end < Tokens.Length && Tokens[end].Span.Start < limit) end++;
        return (start, end);
    }

    /// <summary>The index of the sentence containing <paramref name="position"/>, or of the nearest sentence before it.</summary>
    public int SentenceAt(int position)
    {
        int lo = 0, hi = Sentences.Length - 1, found = 0;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (Sentences[mid].Start <= position)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return found;
    }
}
