using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Crosscheck.Server.Tests.Support;

/// <summary>The real <c>crosscheck serve</c> (the CLI built beside the tests) in a child process.</summary>
public sealed partial class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _error = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServeProcess(Process process)
    {
        _process = process;
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is null) return;
            _error.Enqueue(line.Data);
            if (ServingAt().Match(line.Data) is { Success: true } match) _listening.TrySetResult(new Uri(match.Groups[1].Value));
        };
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => _listening.TrySetException(new InvalidOperationException("crosscheck serve exited before listening:\n" + StandardError));
    }

    public string StandardError => string.Join('\n', _error);

    /// <summary>Starts <c>crosscheck serve ARGUMENTS</c> with extra environment variables.</summary>
    public static ServeProcess Start(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "crosscheck.dll"));
        start.ArgumentList.Add("serve");
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        var process = new Process { StartInfo = start };
        var serve = new ServeProcess(process);
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return serve;
    }

    /// <summary>The address the server printed once it listens.</summary>
    public Task<Uri> ListeningAsync() => _listening.Task.WaitAsync(TimeSpan.FromMinutes(1));

    /// <summary>The exit code once the process ends by itself.</summary>
    public async Task<int> ExitCodeAsync()
    {
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        return _process.ExitCode;
    }

    /// <summary>Asks the server to stop as a service manager or Ctrl+C would (a termination signal) and waits for it.</summary>
    public async Task<int> StopAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
        return await ExitCodeAsync();
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    [GeneratedRegex(@"crosscheck: serving .* at (http://\S+)$")]
    private static partial Regex ServingAt();
}
