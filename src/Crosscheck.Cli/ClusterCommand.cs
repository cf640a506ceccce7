using System.CommandLine;
using System.Globalization;
using System.Text;
using Crosscheck.Clustering;
using Crosscheck.Evaluation;

namespace Crosscheck.Cli;

/// <summary>
/// <c>crosscheck cluster FILE.jsonl --format jsonl</c>: groups a stream of documents
/// (<c>{ "id", "title", "text", "published"?, "outlet"?, "url"? }</c> per line) into stories and prints
/// <c>{ "id", "story", "duplicateOf" }</c> for every document, in input order.
/// </summary>
internal static class ClusterCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE")
        {
            Description = "Clustering JSONL, one document a line: {\"id\", \"title\", \"text\", \"published\"?, \"outlet\"?, \"url\"?} (.gz is unpacked); - or nothing reads standard input.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => "-",
        };
        var format = new Option<string>("--format", "-f") { Description = "Output format (one JSON object per input document).", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl");
        var retire = new Option<int?>("--retire-after-days")
        {
            Description = "For a long stream in date order: stories whose last article is more than this many days behind the newest date leave the candidate index (memory and time per article stay flat). Off by default: right for files in any date order.",
        };
        retire.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 0) result.AddError("--retire-after-days must be 0 or more days, e.g. 7.");
        });
        var command = new Command("cluster", "Group documents into stories as they arrive; prints {\"id\", \"story\", \"duplicateOf\"} per document, in input order.")
        {
            file, format, retire,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(parse.GetValue(file)!, parse.GetValue(retire), cancellationToken)));
        return command;
    }

    /// <summary>
    /// Lines are read and clustered one at a time (none is kept); bad lines are named on stderr as they are met. The
    /// output comes at the end, since a later merge can move earlier documents to another story.
    /// </summary>
    private static int Run(string file, int? retireAfterDays, CancellationToken cancellationToken)
    {
        var name = file == "-" ? "<stdin>" : file;
        var stream = new StoryStream(new StoryClustererOptions { RetireAfterDays = retireAfterDays });
        var rejected = 0;
        try
        {
            using var input = file == "-" ? new StreamReader(Console.OpenStandardInput(), Encoding.UTF8) : ClusteringJsonl.OpenText(file);
            foreach (var line in ClusteringJsonl.Read(input, ClusteringJsonlFields.Input, cancellationToken))
            {
                if (line.Document is null)
                {
                    rejected++;
                    Console.Error.WriteLine($"crosscheck: skipped {name}:{line.LineNumber.ToString(CultureInfo.InvariantCulture)}: {line.Problem}");
                    continue;
                }
                stream.Add(line.Document.Document);
            }
        }
        catch (ClusteringJsonlReadException e)
        {
            // A stream that breaks off is no whole input: a partial output would look like a clustering of all of it.
            var reached = e.LinesRead == 0 ? "Nothing" : string.Create(CultureInfo.InvariantCulture, $"Read up to line {e.LinesRead}; nothing");
            Console.Error.WriteLine($"crosscheck: cannot read {name}: {e.InnerException!.Message}. {reached} was clustered.");
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Console.Error.WriteLine($"crosscheck: cannot read {name}: {e.Message}");
            return ExitCodes.Failure;
        }

        var assignments = stream.Assignments();
        using (var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            foreach (var assignment in assignments) output.WriteLine(ClusteringJsonl.PredictionLine(assignment));
        }
        if (rejected == 0) return ExitCodes.Success;
        var stories = assignments.Select(a => a.Story).Distinct(StringComparer.Ordinal).Count();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"crosscheck: partial output: {assignments.Count} documents in {stories} stories; {rejected} lines skipped"));
        return assignments.Count == 0 ? ExitCodes.Failure : ExitCodes.SomeInputsFailed;
    }
}
