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

    /// <summary>Nothing could be analysed, or the command line is wrong.</summary>
    public const int Failure = 2;
}
