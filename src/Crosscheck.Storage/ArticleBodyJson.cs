using System.Collections.Immutable;
using System.Text.Json;

namespace Crosscheck.Storage;

/// <summary>
/// How providers keep an article's body paragraphs in one column: a JSON array of strings. Exact for every string
/// (paragraphs may hold blank lines, quotes or any character), and readable with the database's own JSON functions.
/// </summary>
public static class ArticleBodyJson
{
    public static string Encode(ImmutableArray<string> body) => JsonSerializer.Serialize(body.IsDefault ? [] : body.ToArray());

    public static ImmutableArray<string> Decode(string json) =>
        [.. JsonSerializer.Deserialize<string[]>(json) ?? throw new InvalidDataException("An article's body column holds JSON null; expected an array of paragraphs. The database was changed by something other than Crosscheck.")];
}
