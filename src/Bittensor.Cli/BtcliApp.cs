using System.CommandLine;
using Bittensor.Cli.Config;
using Bittensor.Cli.Infrastructure;
using Bittensor.Cli.Keys;
using Bittensor.Cli.Localnet;
using Bittensor.Cli.Sim;
using Bittensor.Cli.Stake;
using Bittensor.Cli.Subnets;
using Bittensor.Cli.Sudo;
using Bittensor.Cli.Utils;
using Bittensor.Cli.Wallet;
using Bittensor.Cli.Weights;
using Bittensor.Sdk.Wallets;

namespace Bittensor.Cli;

/// <summary>The btcli command tree; each group lives in its own folder.</summary>
public static class BtcliApp
{
    /// <summary>Runs btcli with the process's console streams.</summary>
    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error, CliEnvironment.Process(), CancellationToken.None);

    /// <summary>Runs btcli with the given streams (tests run the real command tree in process).</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        RunAsync(args, output, error, new CliEnvironment(), cancellationToken);

    /// <summary>Runs btcli with the given streams and environment (variables, input, key cache).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CliEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        CliContext context = new(output, error) { Environment = environment };
        RootCommand root = new("btcli: the Bittensor command line (keys, wallets, subnets, staking, simulation).");
        root.Subcommands.Add(KeysCommand.Create(context));
        root.Subcommands.Add(SimCommand.Create(context));
        root.Subcommands.Add(WalletCommand.Create(context));
        root.Subcommands.Add(ConfigCommand.Create(context));
        root.Subcommands.Add(UtilsCommand.Create(context));
        root.Subcommands.Add(SubnetsCommand.Create(context));
        root.Subcommands.Add(StakeCommand.Create(context));
        root.Subcommands.Add(WeightsCommand.Create(context));
        root.Subcommands.Add(SudoCommand.Create(context));
        root.Subcommands.Add(LocalnetCommand.Create(context));

        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // One line per problem and exit code 1, as every btcli failure does.
            foreach (System.CommandLine.Parsing.ParseError parseError in parsed.Errors)
            {
                await error.WriteLineAsync($"error: {parseError.Message}").ConfigureAwait(false);
            }

            return ExitCodes.Failure;
        }

        // Ctrl-C / SIGTERM cancel the command's token; localnet up then stops its children, which takes a few seconds.
        InvocationConfiguration configuration = new() { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = TimeSpan.FromSeconds(30) };
        try
        {
            return await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (CliException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (PasswordRequiredException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message} Pass --password-file FILE or set BT_WALLET_PASSWORD.").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (KeyfileException ex)
        {
            // Wrong password, missing, existing or damaged keyfile: the SDK's message names the file.
            await error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (FormatException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (ArgumentException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }
}
