using System.Diagnostics;
using System.Globalization;

namespace Crosscheck.Tests.Support;

/// <summary>
/// The processor time the calling thread has used, for time budgets that must not depend on what else the machine
/// runs (dotnet test runs the test assemblies side by side on a small CI machine). Read from
/// <c>/proc/thread-self/stat</c> on Linux (user + system ticks, 100 per second); elsewhere the wall clock stands in.
/// </summary>
internal sealed class ThreadCpuClock
{
    private const string StatPath = "/proc/thread-self/stat";
    private const double TicksPerSecond = 100.0;
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly TimeSpan _start;

    private ThreadCpuClock() => _start = ReadCpu() ?? TimeSpan.Zero;

    /// <summary>Whether the thread's processor time can be read here (otherwise <see cref="Elapsed"/> is wall time).</summary>
    public static bool MeasuresProcessorTime => ReadCpu() is not null;

    public static ThreadCpuClock StartNew() => new();

    /// <summary>Processor time of this thread since the clock started; the wall time where that cannot be read.</summary>
    public TimeSpan Elapsed => ReadCpu() is { } now ? now - _start : _wall.Elapsed;

    public TimeSpan WallElapsed => _wall.Elapsed;

    private static TimeSpan? ReadCpu()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(StatPath)) return null;
        var stat = File.ReadAllText(StatPath);
        // Fields after the command name (which sits in parentheses and may hold spaces): state is field 3, utime 14, stime 15.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        if (fields.Length < 13) return null;
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}
