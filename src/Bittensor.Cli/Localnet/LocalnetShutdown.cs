using System.Diagnostics;

namespace Bittensor.Cli.Localnet;

/// <summary>Stops a recorded process that this btcli did not start (<c>localnet down</c>): SIGTERM, wait, kill.</summary>
public static class LocalnetShutdown
{
    /// <summary>Stops <paramref name="record"/> if it is still the recorded process; true when it was running.</summary>
    public static async Task<bool> StopAsync(LocalnetProcessRecord record, TimeSpan grace, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!LocalnetState.IsAlive(record))
        {
            return false;
        }

        ProcessSignals.Terminate(record.Pid);
        Stopwatch clock = Stopwatch.StartNew();
        while (clock.Elapsed < grace && LocalnetState.IsAlive(record))
        {
            await Task.Delay(100, ct).ConfigureAwait(false);
        }

        if (LocalnetState.IsAlive(record))
        {
            try
            {
                using Process process = Process.GetProcessById(record.Pid);
                process.Kill(entireProcessTree: true);
            }
            catch (ArgumentException)
            {
                // Gone meanwhile.
            }
            catch (InvalidOperationException)
            {
                // Gone meanwhile.
            }
        }

        return true;
    }
}
