using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Bittensor.Examples.Tests.Chain;

/// <summary>
/// The real dev node (<c>dotnet subtensor.dll --dev --rpc-port 0 --no-prometheus</c>) for the subnet end-to-end tests;
/// waits for its <c>RPC listening on ws://…</c> line (bounded) and kills it on dispose.
/// </summary>
internal sealed partial class DevNode : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly TaskCompletionSource<string> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private DevNode(Process process) => _process = process;

    /// <summary>The node's ws:// endpoint, passed to spam-subnet as <c>--network</c>.</summary>
    public string Endpoint { get; private set; } = string.Empty;

    public static async Task<DevNode> StartAsync()
    {
        ProcessStartInfo start = new("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "subtensor.dll"));
        foreach (string arg in new[] { "--dev", "--rpc-port", "0", "--no-prometheus" })
        {
            start.ArgumentList.Add(arg);
        }

        Process process = new() { StartInfo = start, EnableRaisingEvents = true };
        DevNode node = new(process);
        process.OutputDataReceived += (_, e) => node.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => node.OnLine(e.Data);
        process.Exited += (_, _) => node._listening.TrySetException(new InvalidOperationException("subtensor exited before listening"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            node.Endpoint = await node._listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
            return node;
        }
        catch (Exception ex) when (ex is TimeoutException or InvalidOperationException)
        {
            string log = node.Log;
            await node.DisposeAsync();
            throw new InvalidOperationException($"the dev node did not start listening:\n{log}", ex);
        }
    }

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
    }

    [GeneratedRegex(@"RPC listening on (ws://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }

        Match match = ListeningLine().Match(line);
        if (match.Success)
        {
            _listening.TrySetResult(match.Groups[1].Value);
        }
    }
}
