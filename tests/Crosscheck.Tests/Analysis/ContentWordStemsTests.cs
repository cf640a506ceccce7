using Crosscheck.Analysis;
using Crosscheck.Tests.Support;

namespace Crosscheck.Tests.Analysis;

public sealed class ContentWordStemsTests
{
    /// <summary>
    /// A sentence's words taken from the article's tokens are those of the sentence's text tokenised alone: the
    /// samples' sentences, and sentences that end on an initialism with or without its last period.
    /// </summary>
    [Fact]
    public void A_sentence_has_the_words_of_its_text()
    {
        string[][] articles =
        [
            ["Officials in the U.S\nsaid so. Talks in the U.S. resumed.", "The e.g\nlist and Jean-Noël's plan, 2,000 troops.", "x.Y"],
            .. Directory.GetFiles(RepositoryPaths.Samples, "*.txt").Select(f => File.ReadAllText(f).Split("\n\n")),
        ];
        foreach (var paragraphs in articles)
        {
            var doc = ArticleDocument.Create(0, TestArticles.Create("a", "Title", TestArticles.Published, paragraphs), null);
            var stems = new ContentWordStems();
            for (var s = 0; s < doc.Sentences.Length; s++)
            {
                var text = doc.Sentences[s].Slice(doc.Text);
                Assert.True(new ContentWordStems().Of(text).SetEquals(stems.Of(doc, s)), text);
            }
        }
    }
}
