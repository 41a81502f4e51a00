using System.Diagnostics;

namespace Bittensor.Examples.Tests.Chain;

/// <summary>Cleanup shared by the node and the spam-subnet processes the tests start.</summary>
internal static class ChildProcess
{
    /// <summary>Kills the process tree if it still runs, waits (bounded) for it to go, and disposes it.</summary>
    public static async Task KillAndDisposeAsync(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            using CancellationTokenSource timeout = new(TimeSpan.FromSeconds(10));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                // Best effort: the process was killed; a slow exit must not fail the test run.
            }
        }

        process.Dispose();
    }
}
