using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Crosscheck.Analysis;
using Crosscheck.Extraction;
using Crosscheck.Text;

namespace Crosscheck.Evaluation;

/// <summary>
/// A gold PER, ORG or LOC mention of MEANTIME, as a span of its article's rebuilt text.
/// </summary>
/// <param name="Span">Where the mention's tokens are in <c>Article.Text</c>.</param>
/// <param name="Type">Person, Organization or Location.</param>
/// <param name="Named">The mention's head is a proper noun (<c>mention_head_pos</c> PROPN): a name, as NER scores it.</param>
/// <param name="Tokens">The corpus's <c>tokens_str</c>: the mention's tokens joined by spaces.</param>
public sealed record GoldEntityMention(TextSpan Span, EntityType Type, bool Named, string Tokens);

/// <summary>One MEANTIME article: its key (<c>corpus_airbus/100911</c>), topic, rebuilt article and gold mentions.</summary>
/// <param name="Annotated">
/// The part of <c>Article.Text</c> annotated in full: the first <see cref="MeantimeCorpus.FullyAnnotatedSentences"/>
/// sentences, or nothing when the export holds no entity mention for the article. Mentions after it are sparse.
/// </param>
public sealed record MeantimeArticle(string Key, string Topic, Article Article, ImmutableArray<GoldEntityMention> Mentions, TextSpan Annotated);

/// <summary>
/// The English MEANTIME corpus (120 Wikinews articles in 4 topics) as parsed by Diverse_CDCR_datasets:
/// <c>meantime.conll.gz</c> (doc key, sentence, token, token text, coref column) and
/// <c>entities_mentions.json.gz</c> (entity mentions with type, head part of speech, sentence and token numbers).
/// Each article's text is rebuilt from its tokens, one sentence a paragraph (the first is the title, the second
/// usually the dateline), detokenised: no space before closing punctuation and clitics, none after opening
/// brackets, quotes and currency signs. Gold mentions of the types PER, ORG and LOC become spans of that text;
/// PRO and FIN mentions, and the few discontinuous ones, are left out (counted in <see cref="SkippedMentions"/>).
/// The export annotates entities in full only in each article's first six sentences (title, dateline and four
/// sentences: 2,294 of its 3,033 entity mentions, 444 to 649 per sentence, against 85 in the seventh and fewer
/// after), and holds no entity mention at all for 14 of the 120 articles; <see cref="MeantimeArticle.Annotated"/>
/// says which part of each article can be scored.
/// </summary>
public sealed class MeantimeCorpus
{
    public const string ConllFile = "meantime.conll.gz";
    public const string MentionsFile = "entities_mentions.json.gz";

    /// <summary>How many leading sentences (title and dateline included) are annotated in full.</summary>
    public const int FullyAnnotatedSentences = 6;

    private static readonly string[] Clitics = ["'s", "'S", "'re", "'ve", "'ll", "'d", "'m", "n't", "N'T"];

    private MeantimeCorpus(ImmutableArray<MeantimeArticle> articles, int skipped)
    {
        Articles = articles;
        SkippedMentions = skipped;
    }

    /// <summary>The articles, sorted by key.</summary>
    public ImmutableArray<MeantimeArticle> Articles { get; }

    /// <summary>Mentions of PER, ORG or LOC left out because they are discontinuous.</summary>
    public int SkippedMentions { get; }

    /// <summary>What is missing for <paramref name="folder"/> to be the corpus, or null when nothing is.</summary>
    public static string? Missing(string folder) =>
        !Directory.Exists(folder) ? $"no MEANTIME folder at {Path.GetFullPath(folder)}"
        : !File.Exists(Path.Combine(folder, ConllFile)) ? $"{Path.GetFullPath(folder)} has no {ConllFile}, so it is not the meantime-en corpus folder"
        : !File.Exists(Path.Combine(folder, MentionsFile)) ? $"{Path.GetFullPath(folder)} has no {MentionsFile}, so it is not the meantime-en corpus folder"
        : null;

    /// <summary>Reads the corpus folder.</summary>
    /// <exception cref="InvalidDataException">A malformed token line, or a mention pointing outside its sentence.</exception>
    public static MeantimeCorpus Load(string folder)
    {
        if (Missing(folder) is { } missing) throw new FileNotFoundException(missing);
        var documents = ReadConll(Path.Combine(folder, ConllFile));
        var mentions = new Dictionary<string, List<GoldEntityMention>>(StringComparer.Ordinal);
        var skipped = 0;
        var annotated = new HashSet<string>(StringComparer.Ordinal);
        var texts = documents.ToDictionary(d => d.Key, d => Rebuild(d.Value), StringComparer.Ordinal);
        using (var file = File.OpenRead(Path.Combine(folder, MentionsFile)))
        using (var gzip = new GZipStream(file, CompressionMode.Decompress))
        using (var json = JsonDocument.Parse(gzip))
        {
            foreach (var m in json.RootElement.EnumerateArray())
            {
                EntityType? type = m.GetProperty("mention_type").GetString() switch
                {
                    "PER" => EntityType.Person,
                    "ORG" => EntityType.Organization,
                    "LOC" => EntityType.Location,
                    _ => null,
                };
                var key = m.GetProperty("conll_doc_key").GetString() ?? throw new InvalidDataException("a mention has no conll_doc_key");
                if (!texts.TryGetValue(key, out var rebuilt)) throw new InvalidDataException($"mention {m.GetProperty("mention_id")} names document {key}, which {ConllFile} does not hold");
                annotated.Add(key);
                if (type is null) continue;
                if (!m.GetProperty("is_continuous").GetBoolean())
                {
                    skipped++;
                    continue;
                }
                var sentence = m.GetProperty("sent_id").GetInt32();
                var numbers = m.GetProperty("tokens_number").EnumerateArray().Select(t => t.GetInt32()).ToList();
                if (sentence < 0 || sentence >= rebuilt.Tokens.Count || numbers.Count == 0 || numbers.Min() < 0 || numbers.Max() >= rebuilt.Tokens[sentence].Length)
                {
                    throw new InvalidDataException($"mention {m.GetProperty("mention_id")} points at sentence {sentence} tokens [{string.Join(',', numbers)}], outside document {key}");
                }
                var spans = rebuilt.Tokens[sentence];
                var span = TextSpan.FromBounds(spans[numbers.Min()].Start, spans[numbers.Max()].End);
                var named = m.GetProperty("mention_head_pos").GetString() == "PROPN";
                if (!mentions.TryGetValue(key, out var list)) mentions[key] = list = [];
                list.Add(new GoldEntityMention(span, type.Value, named, m.GetProperty("tokens_str").GetString() ?? string.Empty));
            }
        }
        var articles = documents.Keys.Order(StringComparer.Ordinal).Select(key =>
        {
            var sentences = texts[key].Sentences;
            var article = new Article { Id = key, Source = key, Title = sentences.Count > 0 ? sentences[0] : string.Empty, Body = [.. sentences], Language = "en" };
            // One gold mention per span and type: a span annotated in two chains counts once.
            var gold = mentions.GetValueOrDefault(key, [])
                .GroupBy(g => (g.Span, g.Type))
                .Select(g => g.OrderByDescending(x => x.Named).First())
                .OrderBy(g => g.Span.Start).ThenBy(g => g.Span.End).ThenBy(g => g.Type)
                .ToImmutableArray();
            var scored = !annotated.Contains(key) ? default
                : new TextSpan(0, Math.Min(article.Text.Length, sentences.Take(FullyAnnotatedSentences).Sum(p => p.Length + Article.ParagraphSeparator.Length)));
            return new MeantimeArticle(key, key[..Math.Max(0, key.IndexOf('/', StringComparison.Ordinal))], article, gold, scored);
        }).ToImmutableArray();
        return new MeantimeCorpus(articles, skipped);
    }

    /// <summary>
    /// Joins tokens into text the way news prints them and says where each token landed: no space before
    /// <c>, . ; : ) ] %</c>, closing quotes and clitics (<c>'s</c>, <c>n't</c>), none after <c>( [</c>, opening
    /// quotes and currency signs (<c>$</c>, <c>US$</c>); a straight double quote opens and closes in turn.
    /// </summary>
    public static (string Text, ImmutableArray<TextSpan> Tokens) Detokenize(IReadOnlyList<string> tokens)
    {
        var text = new StringBuilder();
        var spans = ImmutableArray.CreateBuilder<TextSpan>(tokens.Count);
        var glueNext = true;
        var quoteOpen = false;
        foreach (var token in tokens)
        {
            var straightQuote = token == "\"";
            var closing = straightQuote ? quoteOpen : IsClosing(token);
            if (!glueNext && !closing) text.Append(' ');
            spans.Add(new TextSpan(text.Length, token.Length));
            text.Append(token);
            if (straightQuote) quoteOpen = !quoteOpen;
            glueNext = straightQuote ? quoteOpen : IsOpening(token);
        }
        return (text.ToString(), spans.MoveToImmutable());
    }

    private static bool IsClosing(string token) =>
        token is "," or "." or ";" or ":" or ")" or "]" or "}" or "%" or "!" or "?" or "..." or "''" or "'" or "\u201D" or "\u2019"
        || Clitics.Contains(token, StringComparer.Ordinal);

    private static bool IsOpening(string token) =>
        token is "(" or "[" or "{" or "``" or "`" or "\u201C" or "\u2018" or "#" or "\u00A3" or "\u20AC" or "\u00A5"
        || token.EndsWith('$');

    private sealed record RebuiltText(List<string> Sentences, List<ImmutableArray<TextSpan>> Tokens);

    /// <summary>The sentences of a document as paragraphs, with each token's span in the joined text.</summary>
    private static RebuiltText Rebuild(SortedDictionary<int, SortedDictionary<int, string>> sentences)
    {
        var paragraphs = new List<string>();
        var tokenSpans = new List<ImmutableArray<TextSpan>>();
        var offset = 0;
        var expected = 0;
        foreach (var (number, tokens) in sentences)
        {
            if (number != expected || tokens.Keys.Select((k, i) => k != i).Any(gap => gap))
            {
                throw new InvalidDataException($"sentence {number} is out of sequence or has a gap in its token numbers");
            }
            expected++;
            var (text, spans) = Detokenize([.. tokens.Values]);
            paragraphs.Add(text);
            tokenSpans.Add([.. spans.Select(s => new TextSpan(s.Start + offset, s.Length))]);
            offset += text.Length + Article.ParagraphSeparator.Length;
        }
        return new RebuiltText(paragraphs, tokenSpans);
    }

    /// <summary>The tokens of each document by sentence and token number.</summary>
    private static Dictionary<string, SortedDictionary<int, SortedDictionary<int, string>>> ReadConll(string path)
    {
        var documents = new Dictionary<string, SortedDictionary<int, SortedDictionary<int, string>>>(StringComparer.Ordinal);
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var fields = line.Split('\t');
            if (fields.Length < 4
                || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var sentence)
                || !int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var token))
            {
                throw new InvalidDataException($"{path} line {lineNumber}: expected doc key, sentence number, token number, token (tab-separated)");
            }
            if (!documents.TryGetValue(fields[0], out var document)) documents[fields[0]] = document = [];
            if (!document.TryGetValue(sentence, out var tokens)) document[sentence] = tokens = [];
            tokens[token] = fields[3];
        }
        return documents;
    }
}
