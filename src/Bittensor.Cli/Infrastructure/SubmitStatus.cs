using Spectre.Console;

namespace Bittensor.Cli.Infrastructure;

/// <summary>
/// btcli's spinner and status line (":satellite: Submitting…") while an extrinsic waits for inclusion, drawn with
/// Spectre.Console only when stdout is the process's terminal and neither --json-output nor --quiet is set, so
/// pipes, tests and machine output never see control sequences.
/// </summary>
public static class SubmitStatus
{
    public static async Task<T> RunAsync<T>(CliSession session, string status, Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(work);
        bool terminal = ReferenceEquals(session.Context.Output, Console.Out) && !Console.IsOutputRedirected;
        if (!terminal || session.Json || session.Quiet)
        {
            session.Info(status);
            return await work().ConfigureAwait(false);
        }

        return await AnsiConsole.Status()
            .Spinner(Spinner.Known.Dots)
            .StartAsync(Markup.Escape(status), _ => work())
            .ConfigureAwait(false);
    }
}
