using Crosscheck.Sources;
using Crosscheck.Storage;

namespace Crosscheck.Server;

/// <summary>
/// Runs one ingest at a time: every ingest regroups all stored articles, so two at once would each miss the
/// other's article and write stories that disagree.
/// </summary>
internal sealed class SerialIngestor(StoryIngestor ingestor) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IngestResult> IngestAsync(SourceDocument document, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await ingestor.IngestAsync([document], cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
