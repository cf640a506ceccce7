using System.CommandLine;
using Crosscheck.Pipeline;
using Crosscheck.Sources;
using Crosscheck.Storage;

namespace Crosscheck.Cli;

/// <summary><c>crosscheck ingest PATH|URL... [--batch N] [--db PATH]</c>: stores pages and keeps their stories up to date.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("PATH|URL")
        {
            Description = "Files or folders of pages (.txt, .html, .htm, optionally .gz; folders are read recursively), or http(s) URLs of pages.",
            Arity = ArgumentArity.OneOrMore,
        };
        var batch = new Option<int>("--batch")
        {
            Description = "Pages per batch; each batch is committed in its own transaction, so an interrupted run keeps the batches it finished.",
            DefaultValueFactory = _ => 100,
        };
        batch.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1) result.AddError("--batch must be at least 1.");
        });
        var maxSize = CommonOptions.MaxSize();
        var db = StoreOptions.Db();
        var command = new Command("ingest", "Store pages (a page already stored is skipped), group them with the stored articles into stories and analyse the stories that changed.")
        {
            inputs, batch, maxSize, db,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(inputs)!, parse.GetValue(batch), CommonOptions.Megabytes(parse.GetValue(maxSize)), parse.GetValue(db),
            CrosscheckPipeline.CreateDefault(), Console.Error, !Console.IsErrorRedirected, cancellationToken));
        return command;
    }

    /// <summary>
    /// Ingests the pages and gives the exit code (<see cref="ExitCodes"/>). The pipeline and standard error are given, so
    /// that a test can run it in this process with a stage that breaks and read what it says.
    /// </summary>
    /// <param name="terminal">Whether <paramref name="error"/> is a terminal: progress is a bar redrawn in place, not lines.</param>
    internal static async Task<int> RunAsync(
        string[] arguments, int batchSize, long maxBytes, string? db, CrosscheckPipeline pipeline, TextWriter error, bool terminal, CancellationToken cancellationToken)
    {
        await using var store = await StoreOptions.OpenAsync(db, mustExist: false, error, cancellationToken);
        if (store is null) return ExitCodes.Failure;

        // Inputs in the order given: a URL is one input, a folder its files in SourceFinder's order.
        var items = new List<string>();
        var missing = new List<Rejection>();
        foreach (var argument in arguments)
        {
            if (PageFetcher.IsUrl(argument))
            {
                items.Add(argument);
                continue;
            }
            var (files, notFound) = SourceFinder.Expand([argument]);
            items.AddRange(files);
            missing.AddRange(notFound.Select(m => new Rejection(m.Path, m.Problem)));
        }

        var clock = TimeProvider.System;
        var decoder = new SourceDecoder(new SourceDecoderOptions { MaxBytes = maxBytes });
        using var fetcher = new PageFetcher(decoder);
        var ingestor = new StoryIngestor(pipeline, store, clock);
        // A path that is not there is an input given and rejected: it counts among the pages, as among the rejected.
        var progress = new IngestProgress(error, terminal, missing.Count + items.Count, clock);
        foreach (var rejection in missing) progress.Message($"crosscheck: skipped {rejection.Source}: {rejection.Reason}");
        var totals = IngestTotals.None with { Pages = missing.Count, Rejected = missing.Count };
        progress.Report(totals);

        foreach (var chunk in items.Chunk(batchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var decoded = await DecodeAsync(chunk, decoder, fetcher, cancellationToken);
            var documents = new List<SourceDocument>();
            var rejected = 0;
            for (var i = 0; i < chunk.Length; i++)
            {
                var result = decoded[i];
                if (result.Warning is not null) progress.Message($"crosscheck: warning: {chunk[i]}: {result.Warning}");
                if (result.Document is null)
                {
                    progress.Message($"crosscheck: skipped {chunk[i]}: {result.RejectionReason ?? "unreadable"}");
                    rejected++;
                }
                else
                {
                    documents.Add(result.Document with { Ordinal = documents.Count });
                }
            }
            IngestResult ingested;
            try
            {
                ingested = await ingestor.IngestAsync(documents, cancellationToken);
            }
            catch (StoreConflictException e)
            {
                // Other writers kept committing first, batch after batch: what was committed so far stays.
                progress.Message($"crosscheck: {e.Message}");
                progress.Finish(totals, StoreOptions.Describe(db));
                return ExitCodes.Failure;
            }
            foreach (var rejection in ingested.Rejected) progress.Message($"crosscheck: skipped {rejection.Source}: {rejection.Reason}");
            foreach (var failure in ingested.Failed) progress.Message($"crosscheck: error: {failure.Description}");
            totals = new IngestTotals(
                totals.Pages + chunk.Length, totals.Added + ingested.Added.Length, totals.AlreadyStored + ingested.AlreadyStored.Length,
                totals.Rejected + rejected + ingested.Rejected.Length, totals.StoriesAnalysed + ingested.StoriesAnalysed,
                totals.StoriesFailed + ingested.Failed.Length);
            progress.Report(totals);
        }

        progress.Finish(totals, StoreOptions.Describe(db));
        var counts = await store.CountAsync(cancellationToken);
        error.WriteLine($"crosscheck: the store holds {counts.Articles} articles in {counts.Stories} stories");
        if (totals.Added + totals.AlreadyStored == 0) return ExitCodes.Failure;
        return totals.Rejected == 0 && totals.StoriesFailed == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }

    /// <summary>Decodes a batch: files on every core, URLs fetched concurrently; results in input order.</summary>
    private static async Task<DecodeResult[]> DecodeAsync(string[] chunk, SourceDecoder decoder, PageFetcher fetcher, CancellationToken cancellationToken)
    {
        var results = new DecodeResult[chunk.Length];
        var fetches = new List<Task>();
        for (var i = 0; i < chunk.Length; i++)
        {
            if (!PageFetcher.IsUrl(chunk[i])) continue;
            var index = i;
            fetches.Add(Task.Run(async () => results[index] = await fetcher.FetchAsync(chunk[index], index, cancellationToken), cancellationToken));
        }
        Enumerable.Range(0, chunk.Length).Where(i => !PageFetcher.IsUrl(chunk[i])).AsParallel().WithCancellation(cancellationToken)
            .ForAll(i => results[i] = decoder.DecodeFile(chunk[i], chunk[i], i));
        await Task.WhenAll(fetches);
        return results;
    }
}
