namespace Crosscheck.Storage;

/// <summary>
/// Another writer committed to the store after a batch was worked out (see <see cref="IngestBatch.ExpectedArticleCount"/>);
/// nothing of the batch was stored. Work it out again from the store as it is now: <see cref="StoryIngestor"/> does.
/// </summary>
public sealed class StoreConflictException(int expected, int found) : Exception(
    $"The store held {found} articles at commit time, not the {expected} this batch was worked out from: another ingest committed first. Ingest the batch again (StoryIngestor retries by itself).")
{
    public int ExpectedArticleCount { get; } = expected;

    public int FoundArticleCount { get; } = found;
}
