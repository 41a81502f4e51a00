using System.Diagnostics;

namespace Bittensor.Cli.Localnet;

/// <summary>
/// SIGTERM to a pid, so the node closes its database cleanly (Process.Kill only sends SIGKILL). Sent with the
/// POSIX <c>kill</c> utility rather than P/Invoke, which would need unsafe code in btcli.
/// </summary>
internal static class ProcessSignals
{
    /// <summary>Sends SIGTERM; false when it could not be sent (callers then fall back to Kill after the grace time).</summary>
    public static bool Terminate(int pid)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        try
        {
            ProcessStartInfo start = new("kill") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
            start.ArgumentList.Add("-TERM");
            start.ArgumentList.Add(pid.ToString(System.Globalization.CultureInfo.InvariantCulture));
            using Process? kill = Process.Start(start);
            if (kill is null)
            {
                return false;
            }

            kill.WaitForExit(5000);
            return kill.HasExited && kill.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
