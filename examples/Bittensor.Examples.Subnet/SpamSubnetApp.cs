using System.CommandLine;
using System.Runtime.InteropServices;
using Bittensor.Examples.Subnet.Miners;
using Bittensor.Examples.Subnet.Neurons;
using Bittensor.Examples.Subnet.Validators;

namespace Bittensor.Examples.Subnet;

/// <summary>The <c>spam-subnet</c> command tree: <c>miner</c> and <c>validator</c>. Every failure is one line on stderr and exit 1.</summary>
public static class SpamSubnetApp
{
    /// <summary>Runs with the console, stopping cleanly on SIGINT or SIGTERM.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        using CancellationTokenSource stop = new();
        void OnSignal(PosixSignalContext context)
        {
            // Let the command stop its axon and exit 0 instead of the runtime killing the process.
            context.Cancel = true;
            stop.Cancel();
        }

        using PosixSignalRegistration sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using PosixSignalRegistration sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        return await RunAsync(args, Console.Out, Console.Error, stop.Token).ConfigureAwait(false);
    }

    /// <summary>Runs with the given streams (tests run the real commands in process).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        RootCommand root = new("spam-subnet: an example Bittensor subnet whose miners classify SpamAssassin mail as spam or ham.");
        root.Subcommands.Add(MinerCommand.Create(output, error));
        root.Subcommands.Add(ValidatorCommand.Create(output, error));
        root.Subcommands.Add(EvaluateCommand.Create(output));
        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            await error.WriteLineAsync($"error: {string.Join("; ", parsed.Errors.Select(e => e.Message.ReplaceLineEndings(" ")))}").ConfigureAwait(false);
            return 1;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken).ConfigureAwait(false);
        }
        catch (SubnetException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message.ReplaceLineEndings(" ")}").ConfigureAwait(false);
            return 1;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped before it was ready (e.g. Ctrl-C while connecting): a clean exit.
            return 0;
        }
        catch (Exception ex) when (ChainSession.IsConnectionError(ex))
        {
            await error.WriteLineAsync($"error: lost the chain connection: {ex.Message.ReplaceLineEndings(" ")}").ConfigureAwait(false);
            return 1;
        }
    }
}
