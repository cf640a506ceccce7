using Crosscheck.Extraction;

namespace Crosscheck.Storage.Tests.Support;

/// <summary>Compares articles field by field (record equality would compare the body arrays by reference).</summary>
public static class ArticleFields
{
    public static void AssertSame(Article expected, Article actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Source, actual.Source);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Author, actual.Author);
        Assert.Equal(expected.Outlet, actual.Outlet);
        Assert.Equal(expected.Published, actual.Published);
        Assert.Equal(expected.PublishedOtherReading, actual.PublishedOtherReading);
        Assert.Equal(expected.Language, actual.Language);
        Assert.Equal(expected.Body.AsEnumerable(), actual.Body.AsEnumerable());
        Assert.Equal(expected.DuplicateOf, actual.DuplicateOf);
        Assert.Equal(expected.Ordinal, actual.Ordinal);
        Assert.Equal(expected.Text, actual.Text);
    }
}
