namespace Crosscheck.Cli;

/// <summary>What the process exit code tells a script.</summary>
internal static class ExitCodes
{
    /// <summary>Every input was used.</summary>
    public const int Success = 0;

    /// <summary>
    /// The output is complete for the inputs that could be read; some were rejected, or a story could not be analysed and
    /// is listed without analysis (each named on stderr).
    /// </summary>
    public const int SomeInputsFailed = 1;

    /// <summary>
    /// Nothing could be analysed (or stored), the command line is wrong, or the run could not go on: an input that cannot
    /// be read at all (a gzip stream cut short), a store that cannot be opened, other writers that kept committing first.
    /// </summary>
    public const int Failure = 2;
}
