using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Bittensor.Cli.Localnet;

/// <summary>
/// A child of <c>localnet up</c> (the node or a neuron): stdout and stderr go to its log file line by line; a
/// line matching the ready pattern completes <see cref="Ready"/>; an exit that was not asked for raises
/// <see cref="Crashed"/>. Stopping sends SIGTERM, waits, then kills the process tree.
/// </summary>
public sealed partial class ChildProcess : IAsyncDisposable
{
    private const int TailLines = 20;
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Regex _ready;
    private readonly Queue<string> _tail = new();
    private readonly TaskCompletionSource<Match> _readyLine = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _stopping;

    private ChildProcess(string name, string logPath, Process process, StreamWriter log, Regex ready)
    {
        Name = name;
        LogPath = logPath;
        _process = process;
        _log = log;
        _ready = ready;
    }

    /// <summary>Raised once when the process exits without <see cref="StopAsync"/> having been called.</summary>
    public event EventHandler? Crashed;

    public string Name { get; }

    public string LogPath { get; }

    public int Pid { get; private set; }

    public long StartedUnixMs { get; private set; }

    public bool HasExited => _exited.Task.IsCompleted;

    /// <summary>The first line matching the ready pattern (faults when the process exits first).</summary>
    public Task<Match> Ready => _readyLine.Task;

    /// <summary>The state-file record of this process.</summary>
    public LocalnetProcessRecord Record => new(Name, Pid, StartedUnixMs, LogPath);

    /// <summary>The last lines it printed (for a crash report).</summary>
    public IReadOnlyList<string> Tail
    {
        get
        {
            lock (_tail)
            {
                return [.. _tail];
            }
        }
    }

    /// <summary>Starts <paramref name="executable"/> with <paramref name="arguments"/>, logging to <paramref name="logPath"/>.</summary>
    public static ChildProcess Start(string name, Executable executable, IEnumerable<string> arguments, string logPath, Regex ready, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(executable);
        ArgumentNullException.ThrowIfNull(arguments);
        ProcessStartInfo start = new(executable.FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (string a in executable.PrefixArguments.Concat(arguments))
        {
            start.ArgumentList.Add(a);
        }

        // The children log plain text: no ANSI colours in the log files.
        start.Environment["DOTNET_SYSTEM_CONSOLE_ALLOW_ANSI_COLOR_REDIRECTION"] = "false";
        start.Environment["NO_COLOR"] = "1";
        foreach (KeyValuePair<string, string> variable in environment ?? new Dictionary<string, string>())
        {
            start.Environment[variable.Key] = variable.Value;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(logPath))!);
        StreamWriter log = new(logPath, append: true) { AutoFlush = true };
        log.WriteLine($"# {DateTimeOffset.UtcNow:O} {executable} {string.Join(' ', start.ArgumentList.Skip(executable.PrefixArguments.Count))}");
        Process process = new() { StartInfo = start, EnableRaisingEvents = true };
        ChildProcess child = new(name, logPath, process, log, ready);
        process.OutputDataReceived += (_, e) => child.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => child.OnLine(e.Data);
        process.Exited += (_, _) => child.OnExited();
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            log.Dispose();
            process.Dispose();
            throw new Infrastructure.CliException($"cannot start {name} ({executable}): {ex.Message}", ex);
        }

        child.Pid = process.Id;
        child.StartedUnixMs = LocalnetState.StartTimeOf(process);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits for the ready line, bounded; a timeout or an early exit names the process and shows its last lines.</summary>
    public async Task<Match> WaitReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            return await Ready.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException ex)
        {
            throw new Infrastructure.CliException($"{Name} did not report ready within {timeout.TotalSeconds:0} s; last lines of {LogPath}:\n{string.Join('\n', Tail)}", ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new Infrastructure.CliException($"{Name} exited before it was ready; last lines of {LogPath}:\n{string.Join('\n', Tail)}", ex);
        }
    }

    /// <summary>Asks the process to stop (SIGTERM), waits up to <paramref name="grace"/>, then kills its tree.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        _stopping = true;
        if (HasExited)
        {
            return;
        }

        ProcessSignals.Terminate(Pid);
        try
        {
            await _exited.Task.WaitAsync(grace).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            try
            {
                _process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited between the check and the kill.
            }

            using CancellationTokenSource wait = new(TimeSpan.FromSeconds(5));
            try
            {
                await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Killed; a slow reaper must not hang the shutdown.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        _process.Dispose();
        lock (_tail)
        {
            _log.Dispose();
        }
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_tail)
        {
            try
            {
                _log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // A last line racing the shutdown.
            }

            _tail.Enqueue(line);
            if (_tail.Count > TailLines)
            {
                _tail.Dequeue();
            }
        }

        Match match = _ready.Match(line);
        if (match.Success)
        {
            _readyLine.TrySetResult(match);
        }
    }

    private void OnExited()
    {
        // Let the output readers drain so the tail holds the last lines before reporting.
        try
        {
            _process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
            // Already disposed.
        }

        // The crash is reported before anyone waiting for the ready line hears of the exit, so it is told as a crash.
        if (!_stopping)
        {
            Crashed?.Invoke(this, EventArgs.Empty);
        }

        _exited.TrySetResult();
        _readyLine.TrySetException(new InvalidOperationException($"{Name} exited"));
    }
}
