using System.CommandLine;
using Bittensor.Cli.Infrastructure;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain;
using Bittensor.Sdk.Chain.Extrinsics;
using Bittensor.Sdk.Chain.Rpc;

namespace Bittensor.Cli.Chain;

/// <summary>
/// The options of every command that talks to a chain: <c>--network</c> (btcli's aliases <c>--subtensor.network</c>,
/// <c>--chain</c>, <c>--subtensor.chain_endpoint</c>) plus the output flags; connects, confirms and submits.
/// </summary>
public sealed class ChainCommandOptions
{
    private readonly Option<string> _network = new("--network", "--subtensor.network", "--chain", "--subtensor.chain_endpoint")
    {
        Description = "Network name (finney, test, archive, local) or a ws:// / wss:// endpoint (default: the config file, then finney).",
    };

    public OutputSettings Output { get; } = new();

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(_network);
        Output.AddTo(command);
    }

    /// <summary>Connects to the chosen network; an unreachable endpoint is one clear line.</summary>
    public async Task<SubtensorClient> ConnectAsync(CliSession session, ParseResult parse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(parse);
        string network = parse.GetValue(_network) ?? session.Config.GetString("network") ?? "finney";
        Uri endpoint = SubtensorNetwork.Resolve(network);
        session.Verbose($"Connecting to {endpoint}");
        try
        {
            using CancellationTokenSource timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            return await SubtensorClient.ConnectAsync(endpoint, new SubtensorClientOptions { WatchRuntimeUpgrades = false }, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is JsonRpcConnectionException or JsonRpcException or System.Net.WebSockets.WebSocketException or OperationCanceledException or IOException)
        {
            throw new CliException($"could not connect to {endpoint}: {ex.Message}", ex);
        }
    }

    /// <summary>Asks before spending or moving stake; --no-prompt (or no terminal) proceeds.</summary>
    public static void Confirm(CliSession session, string question)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (!session.CanAsk)
        {
            return;
        }

        string answer = session.Ask(question + " [y/n]", "n");
        if (!answer.StartsWith('y') && !answer.StartsWith('Y'))
        {
            throw new CliException("cancelled: nothing was submitted");
        }
    }

    /// <summary>
    /// Submits and waits for inclusion; a dispatch error, a refused or dropped transaction becomes one line naming the
    /// module error and its documentation (btcli <c>format_error_message</c>).
    /// </summary>
    public static async Task<ExtrinsicReceipt> SubmitAsync(CliSession session, string what, Func<Task<ExtrinsicReceipt>> submit)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(submit);
        session.Info($"{what}: submitting and waiting for inclusion…");
        ExtrinsicReceipt receipt;
        try
        {
            receipt = await submit().ConfigureAwait(false);
        }
        catch (JsonRpcException ex)
        {
            throw new CliException($"{what} failed: the transaction pool refused it: {ex.Message}", ex);
        }
        catch (ExtrinsicStatusException ex)
        {
            throw new CliException($"{what} failed: {ex.Message}", ex);
        }
        catch (ChainModuleError ex)
        {
            throw new CliException($"{what} failed: {ex.Message}", ex);
        }

        if (!receipt.Success)
        {
            throw new CliException($"{what} failed: {receipt.Error?.Message ?? "the extrinsic failed without a dispatch error"}");
        }

        session.Info($"{what}: included in block {receipt.BlockHash}");
        return receipt;
    }

    /// <summary>Parses a TAO amount (as <c>τ1.5</c> or <c>1.5</c>); malformed amounts are one clear line.</summary>
    public static Balance ParseTao(string text, string option)
    {
        if (!Balance.TryParseTao(text, out Balance amount, out string? error))
        {
            throw new CliException($"{option}: {error}");
        }

        return amount;
    }

    /// <summary>Parses an SS58 address; an invalid one is one clear line.</summary>
    public static AccountId32 ParseAddress(string text, string option)
    {
        if (!AccountId32.TryParse(text, out AccountId32 id, out string? error))
        {
            throw new CliException($"{option}: invalid SS58 address '{text}': {error}");
        }

        return id;
    }

    /// <summary>The receipt as JSON fields shared by every write command.</summary>
    public static void WriteReceipt(System.Text.Json.Utf8JsonWriter w, ExtrinsicReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(receipt);
        w.WriteBoolean("success", receipt.Success);
        w.WriteString("extrinsic_hash", receipt.ExtrinsicHash.ToString());
        w.WriteString("block_hash", receipt.BlockHash?.ToString());
        if (receipt.Fee is ulong fee)
        {
            w.WriteNumber("fee_rao", fee);
        }
    }
}
