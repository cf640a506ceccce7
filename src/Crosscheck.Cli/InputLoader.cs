using Crosscheck.Pipeline;
using Crosscheck.Sources;

namespace Crosscheck.Cli;

/// <summary>The decoded pages of a run, and what could not be read, each with a reason.</summary>
internal sealed record LoadedInputs(IReadOnlyList<SourceDocument> Documents, IReadOnlyList<Rejection> Rejections, IReadOnlyList<SourceWarning> Warnings);

/// <summary>Expands paths into files and decodes them; a bad file is reported and the rest go on.</summary>
internal static class InputLoader
{
    public static LoadedInputs Load(IEnumerable<string> paths, long maxBytes)
    {
        var (files, missing) = SourceFinder.Expand(paths);
        var decoder = new SourceDecoder(new SourceDecoderOptions { MaxBytes = maxBytes });
        var documents = new List<SourceDocument>();
        var rejections = missing.Select(m => new Rejection(m.Path, m.Problem)).ToList();
        var warnings = new List<SourceWarning>();
        // Decoding (gunzip, charset) runs on all cores; the documents keep the files' order and are numbered in it.
        var decoded = files.AsParallel().AsOrdered().Select(file => (File: file, Result: decoder.DecodeFile(file, file, 0))).ToList();
        foreach (var (file, result) in decoded)
        {
            if (result.Document is null)
            {
                rejections.Add(new Rejection(file, result.RejectionReason ?? "unreadable"));
                continue;
            }
            documents.Add(result.Document with { Ordinal = documents.Count });
            if (result.Warning is not null) warnings.Add(new SourceWarning(file, result.Warning));
        }
        return new LoadedInputs(documents, rejections, warnings);
    }
}
