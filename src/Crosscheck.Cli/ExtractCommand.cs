using System.CommandLine;
using System.Runtime.ExceptionServices;
using Crosscheck.Output;
using Crosscheck.Extraction;
using Crosscheck.Pipeline;
using Crosscheck.Sources;

namespace Crosscheck.Cli;

/// <summary><c>crosscheck extract PATH... --format jsonl</c>: the clean article and metadata of every page.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var format = new Option<string>("--format", "-f") { Description = "Output format (one JSON object per input file).", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl");
        var maxSize = CommonOptions.MaxSize();
        var explain = new Option<bool>("--explain") { Description = "Also list every block removed as page furniture, and what kind of furniture it was." };
        var command = new Command("extract", "Extract the clean article (title, author, outlet, date, body) of every page, one JSON line per file.")
        {
            paths, format, maxSize, explain,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(parse.GetValue(paths)!, CommonOptions.Megabytes(parse.GetValue(maxSize)), parse.GetValue(explain), cancellationToken)));
        return command;
    }

    /// <summary>
    /// Each file is decoded, extracted and turned into its line on any core, and the lines are written in file
    /// order. Only the lines are kept, never the pages, so memory stays flat for any number of files.
    /// </summary>
    private static int Run(string[] paths, long maxBytes, bool explain, CancellationToken cancellationToken)
    {
        var (files, missing) = SourceFinder.Expand(paths);
        var decoder = new SourceDecoder(new SourceDecoderOptions { MaxBytes = maxBytes });
        // The extractor alone: the pipeline would also build the later stages (gazetteers, lexicons) that extract never uses.
        var extractor = new ArticleExtractor();
        var rejections = missing.Select(m => new Rejection(m.Path, m.Problem)).ToList();
        foreach (var rejection in rejections)
        {
            Console.Out.WriteLine(ExtractionJsonlWriter.Line(rejection.Source, new ExtractionResult(null, null, rejection.Reason)));
        }
        var warnings = new List<SourceWarning>();
        var decodedCount = 0;
        var extractedRejections = new List<Rejection>();
        // Largest files first, one at a time per core, so no core is left with a big page at the end; lines are
        // then written in file order.
        var pages = new ExtractedPage[files.Count];
        var largestFirst = LargestFirst(files);
        var taken = -1;
        OnEveryCore(() =>
        {
            for (var k = Interlocked.Increment(ref taken); k < largestFirst.Length && !cancellationToken.IsCancellationRequested; k = Interlocked.Increment(ref taken))
            {
                var index = largestFirst[k];
                var file = files[index];
                var decoded = decoder.DecodeFile(file, file, index);
                if (decoded.Document is null)
                {
                    pages[index] = new ExtractedPage(file, null, new ExtractionResult(null, null, decoded.RejectionReason ?? "unreadable"), null);
                    continue;
                }
                var result = extractor.ExtractOrReject(decoded.Document);
                pages[index] = new ExtractedPage(file, decoded.Warning, result, ExtractionJsonlWriter.Line(file, result, explain));
            }
        });
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var page in pages)
        {
            if (page.Line is null)
            {
                rejections.Add(new Rejection(page.File, page.Result.RejectionReason!));
                Console.Out.WriteLine(ExtractionJsonlWriter.Line(page.File, page.Result));
                continue;
            }
            decodedCount++;
            Console.Out.WriteLine(page.Line);
            if (page.Warning is not null) warnings.Add(new SourceWarning(page.File, page.Warning));
            if (!page.Result.Succeeded) extractedRejections.Add(new Rejection(page.File, page.Result.RejectionReason ?? "no article"));
        }
        CommonOptions.Report(Console.Error, new LoadedInputs([], rejections, warnings), extractedRejections);
        if (decodedCount == 0) return ExitCodes.Failure;
        return rejections.Count + extractedRejections.Count == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }

    /// <summary>The indexes of the files, largest file first (file order among equals).</summary>
    private static int[] LargestFirst(IReadOnlyList<string> files)
    {
        var lengths = new long[files.Count];
        var order = new int[files.Count];
        for (var i = 0; i < order.Length; i++)
        {
            lengths[i] = FileLength(files[i]);
            order[i] = i;
        }
        Array.Sort(order, (a, b) => lengths[a] != lengths[b] ? lengths[b].CompareTo(lengths[a]) : a.CompareTo(b));
        return order;
    }

    /// <summary>
    /// Runs <paramref name="work"/> on every core at once, this thread being one of them, and waits for all; the first
    /// exception is rethrown here. Plain threads rather than the thread pool: a batch of pages needs no pool to grow,
    /// and a short run should not pay for starting one.
    /// </summary>
    private static void OnEveryCore(Action work)
    {
        ExceptionDispatchInfo? failure = null;
        void Guarded()
        {
            try
            {
                work();
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
            }
        }
        var helpers = new Thread[Environment.ProcessorCount - 1];
        for (var i = 0; i < helpers.Length; i++)
        {
            helpers[i] = new Thread(Guarded) { IsBackground = true, Name = "crosscheck extract" };
            helpers[i].Start();
        }
        Guarded();
        foreach (var helper in helpers) helper.Join();
        failure?.Throw();
    }

    private static long FileLength(string file)
    {
        try
        {
            return new FileInfo(file).Length;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private sealed record ExtractedPage(string File, string? Warning, ExtractionResult Result, string? Line);
}
