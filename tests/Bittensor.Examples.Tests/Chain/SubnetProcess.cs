using System.Diagnostics;
using System.Text;

namespace Bittensor.Examples.Tests.Chain;

/// <summary>
/// A <c>spam-subnet</c> process (<c>dotnet spam-subnet.dll …</c>, built next to the tests) whose stdout and stderr
/// lines are collected; waits are bounded, and dispose kills what is still running.
/// </summary>
internal sealed class SubnetProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _stdout = [];
    private readonly StringBuilder _log = new();
    private readonly SemaphoreSlim _changed = new(0);

    private SubnetProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public static SubnetProcess Start(params string[] args)
    {
        ProcessStartInfo start = new("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "spam-subnet.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Process process = new() { StartInfo = start, EnableRaisingEvents = true };
        SubnetProcess running = new(process);
        process.OutputDataReceived += (_, e) => running.OnLine(e.Data, stdout: true);
        process.ErrorDataReceived += (_, e) => running.OnLine(e.Data, stdout: false);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return running;
    }

    /// <summary>The first stdout line starting with <paramref name="prefix"/>, waiting at most <paramref name="timeout"/>.</summary>
    public async Task<string> WaitForLineAsync(string prefix, TimeSpan timeout) => (await WaitForLinesAsync(prefix, 1, timeout))[0];

    /// <summary>The first <paramref name="count"/> stdout lines starting with <paramref name="prefix"/>, waiting at most <paramref name="timeout"/>.</summary>
    public async Task<string[]> WaitForLinesAsync(string prefix, int count, TimeSpan timeout)
    {
        Stopwatch clock = Stopwatch.StartNew();
        while (true)
        {
            lock (_log)
            {
                string[] lines = [.. _stdout.Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).Take(count)];
                if (lines.Length == count)
                {
                    return lines;
                }
            }

            TimeSpan left = timeout - clock.Elapsed;
            if (left <= TimeSpan.Zero || _process.HasExited)
            {
                throw new TimeoutException($"not {count} '{prefix}' lines from spam-subnet (exited: {_process.HasExited}) within {timeout}:\n{Log}");
            }

            await _changed.WaitAsync(TimeSpan.FromMilliseconds(Math.Min(500, left.TotalMilliseconds)));
        }
    }

    /// <summary>Sends SIGTERM and waits (bounded) for the exit code.</summary>
    public async Task<int> TerminateAsync(TimeSpan timeout)
    {
        using (Process kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
            Assert.Equal(0, kill.ExitCode);
        }

        using CancellationTokenSource wait = new(timeout);
        await _process.WaitForExitAsync(wait.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            using CancellationTokenSource timeout = new(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                // Best effort: the process was killed; a slow exit must not fail the test run.
            }
        }

        _process.Dispose();
        _changed.Dispose();
    }

    private void OnLine(string? line, bool stdout)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
            if (stdout)
            {
                _stdout.Add(line);
            }
        }

        _changed.Release();
    }
}
