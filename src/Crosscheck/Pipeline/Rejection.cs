namespace Crosscheck.Pipeline;

/// <summary>An input that a stage could not use, with a reason a person can act on.</summary>
public sealed record Rejection(string Source, string Reason);
