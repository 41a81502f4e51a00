using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Bittensor.Node.Tests.Infrastructure;

/// <summary>The real <c>subtensor</c> executable (<c>dotnet subtensor.dll …</c>) with its output captured; every wait is bounded.</summary>
internal sealed partial class SubtensorProcess : IAsyncDisposable
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SubtensorProcess(Process process) => _process = process;

    public string Stdout
    {
        get
        {
            lock (_stdout)
            {
                return _stdout.ToString();
            }
        }
    }

    public string Stderr
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Starts the node; does not wait for it to listen.</summary>
    public static SubtensorProcess Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "subtensor.dll"));

        // Parallel test nodes must not race for Prometheus' fixed 9615; a --prometheus-port flag still wins.
        start.Environment["SUBTENSOR_Prometheus__Port"] = "0";
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var node = new SubtensorProcess(process);
        process.OutputDataReceived += (_, e) => node.OnStdout(e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (node._stderr)
                {
                    node._stderr.AppendLine(e.Data);
                }
            }
        };
        process.Exited += (_, _) => node._listening.TrySetException(new InvalidOperationException("subtensor exited before listening"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return node;
    }

    /// <summary>Starts the node and waits for its <c>RPC listening on ws://…</c> line.</summary>
    public static async Task<(SubtensorProcess Process, Uri Endpoint)> StartListeningAsync(params string[] args)
    {
        SubtensorProcess node = Start(args);
        try
        {
            Uri endpoint = await node._listening.Task.WaitAsync(StartTimeout);
            return (node, endpoint);
        }
        catch (Exception ex) when (ex is TimeoutException or InvalidOperationException)
        {
            await node.DisposeAsync();
            throw new InvalidOperationException($"subtensor did not start listening. stdout:\n{node.Stdout}\nstderr:\n{node.Stderr}", ex);
        }
    }

    /// <summary>Sends a POSIX signal (TERM, INT, …) through the system's <c>kill</c>.</summary>
    public void Signal(string signal)
    {
        using Process kill = Process.Start("kill", ["-" + signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit(10_000);
    }

    /// <summary>Waits for the process to exit; false on timeout.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await WaitForExitAsync(TimeSpan.FromSeconds(10));
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"RPC listening on (ws://127\.0\.0\.1:\d+)$")]
    internal static partial Regex ListeningLine();

    private void OnStdout(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_stdout)
        {
            _stdout.AppendLine(line);
        }

        Match match = ListeningLine().Match(line);
        if (match.Success)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }
}
