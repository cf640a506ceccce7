using Crosscheck.Text;

namespace Crosscheck.Extraction;

/// <summary>What the boilerplate classifier knows about one block before looking at its neighbours.</summary>
internal sealed class BlockFeatures
{
    public BlockFeatures(PageBlock block)
    {
        Block = block;
        Text = block.Text;
        Folded = TextFolding.Fold(block.Text);
        Words = ScrapedTextBlockReader.CountWords(block.Text);
        EndsLikeSentence = FurniturePatterns.SentenceEnd().IsMatch(block.Text);
        var contentWords = 0;
        var stopwords = 0;
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in Tokenizer.Tokenize(Folded))
        {
            if (token.Kind != TokenKind.Word) continue;
            if (Stopwords.IsStopword(token.Value))
            {
                stopwords++;
                continue;
            }
            contentWords++;
            if (token.Value.Length > 2) stems.Add(LightStemmer.Stem(token.Value));
        }
        StopwordRatio = Words == 0 ? 0 : (double)stopwords / Words;
        ContentStems = stems;
        (Kind, Detail) = FurnitureClassifier.Classify(this);
    }

    public PageBlock Block { get; }

    public string Text { get; }

    public string Folded { get; }

    public int Words { get; }

    public bool EndsLikeSentence { get; }

    public double StopwordRatio { get; }

    public IReadOnlySet<string> ContentStems { get; }

    /// <summary>The furniture kind the block has on its own; the classifier may revise it from context.</summary>
    public FurnitureKind Kind { get; set; }

    /// <summary>What the furniture pattern captured: an author's name, a date's text.</summary>
    public string? Detail { get; set; }

    /// <summary>Prose: a sentence-like block of some length.</summary>
    public bool IsProse => Kind == FurnitureKind.None && Block.LinkDensity < 0.5
        && ((Words >= 8 && EndsLikeSentence) || Words >= 25);

    /// <summary>A headline: a few words, not ending like a sentence.</summary>
    public bool IsHeadlineLike => Kind == FurnitureKind.None && Words is >= 3 and <= 30
        && !Text.TrimEnd().EndsWith('.') && !Text.TrimEnd().EndsWith(':') && !char.IsLower(Text[0]);
}
