using System.Diagnostics;
using System.Text;
using Bittensor.Cli.Localnet;

namespace Bittensor.Cli.Tests.Localnet;

/// <summary>
/// Runs the built btcli as a real process with HOME pointed at a fresh temporary folder (so ~/.bittensor/localnet is
/// private to the test), and keeps every child process the state file ever listed, to check none outlives btcli.
/// </summary>
internal sealed class LocalnetProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly Dictionary<int, LocalnetProcessRecord> _seen = [];
    private readonly CancellationTokenSource _stopWatching = new();
    private readonly Task _watcher;

    public LocalnetProcess(params string[] args)
    {
        Home = Directory.CreateTempSubdirectory("btcli-localnet-home-").FullName;
        _process = new Process { StartInfo = StartInfo(Home, args) };
        _process.OutputDataReceived += (_, e) => Append(_stdout, e.Data);
        _process.ErrorDataReceived += (_, e) => Append(_stderr, e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        _watcher = Task.Run(() => WatchStateAsync(_stopWatching.Token));
    }

    public string Home { get; }

    /// <summary>Runs another btcli command with the same HOME (as from a second terminal), bounded to 60 s.</summary>
    public BtcliRunner.Result RunBeside(params string[] args)
    {
        using Process other = Process.Start(StartInfo(Home, args))!;
        Task<string> stdout = other.StandardOutput.ReadToEndAsync();
        Task<string> stderr = other.StandardError.ReadToEndAsync();
        if (!other.WaitForExit(60_000))
        {
            other.Kill(entireProcessTree: true);
            Assert.Fail($"btcli {string.Join(' ', args)} did not exit within 60 s");
        }

        return new BtcliRunner.Result(other.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    public string StateFile => Path.Combine(Home, ".bittensor", "localnet", LocalnetState.FileName);

    public int Pid => _process.Id;

    public string Stdout => Read(_stdout);

    public string Stderr => Read(_stderr);

    /// <summary>Every child process the state file listed while btcli ran.</summary>
    public IReadOnlyList<LocalnetProcessRecord> Children
    {
        get
        {
            lock (_seen)
            {
                return [.. _seen.Values];
            }
        }
    }

    /// <summary>Waits for btcli to exit, at most <paramref name="limit"/>; on timeout it is killed and the test fails with its output.</summary>
    public async Task<int> WaitAsync(TimeSpan limit)
    {
        using CancellationTokenSource timeout = new(limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            Assert.Fail($"btcli did not finish within {limit.TotalSeconds:0} s.\nstderr:\n{Stderr}\nstdout:\n{Stdout}");
        }

        _process.WaitForExit();
        await _stopWatching.CancelAsync();
        await _watcher;
        ReadState();
        return _process.ExitCode;
    }

    /// <summary>Waits until the state file lists at least <paramref name="count"/> processes.</summary>
    public async Task WaitForChildrenAsync(int count, TimeSpan limit)
    {
        Stopwatch clock = Stopwatch.StartNew();
        while (Children.Count < count)
        {
            Assert.False(_process.HasExited, $"btcli exited early:\n{Stderr}");
            Assert.True(clock.Elapsed < limit, $"the state file did not list {count} processes within {limit.TotalSeconds:0} s:\n{Stderr}");
            await Task.Delay(200);
        }
    }

    /// <summary>Asserts no child process the state file listed is still running.</summary>
    public void AssertNoChildLeft()
    {
        foreach (LocalnetProcessRecord child in Children)
        {
            Assert.False(LocalnetState.IsAlive(child), $"{child.Name} (pid {child.Pid}) is still running after btcli exited");
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        foreach (LocalnetProcessRecord child in Children.Where(LocalnetState.IsAlive))
        {
            using Process leftover = Process.GetProcessById(child.Pid);
            leftover.Kill(entireProcessTree: true);
        }

        _stopWatching.Dispose();
        _process.Dispose();
        Directory.Delete(Home, recursive: true);
    }

    private static ProcessStartInfo StartInfo(string home, string[] args)
    {
        ProcessStartInfo start = new("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "btcli.dll"));
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["HOME"] = home;
        start.Environment.Remove(LocalnetPaths.HomeVariable);
        return start;
    }

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (buffer)
        {
            buffer.AppendLine(line);
        }
    }

    private static string Read(StringBuilder buffer)
    {
        lock (buffer)
        {
            return buffer.ToString();
        }
    }

    private async Task WatchStateAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            ReadState();
            try
            {
                await Task.Delay(100, ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private void ReadState()
    {
        LocalnetState? state;
        try
        {
            state = File.Exists(StateFile) ? LocalnetState.Parse(File.ReadAllText(StateFile)) : null;
        }
        catch (IOException)
        {
            return;
        }

        if (state is null)
        {
            return;
        }

        lock (_seen)
        {
            foreach (LocalnetProcessRecord p in state.Processes)
            {
                _seen[p.Pid] = p;
            }
        }
    }
}
