using System.CommandLine;
using Bittensor.Cli.Infrastructure;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain;
using Bittensor.Sdk.Chain.Extrinsics;
using Bittensor.Sdk.Chain.Rpc;

namespace Bittensor.Cli.Chain;

/// <summary>
/// The options of every command that talks to a chain: <c>--network</c> (btcli's aliases <c>--subtensor.network</c>,
/// <c>--chain</c>, <c>--subtensor.chain_endpoint</c>) plus the output flags; connects, and parses chain-facing values.
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

    /// <summary>Parses a comma-separated netuid list (distinct, in the given order); malformed entries are one clear line.</summary>
    public static ushort[] ParseNetuids(string text, string option)
    {
        ArgumentNullException.ThrowIfNull(text);
        ushort[] list = [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => ushort.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out ushort n) ? n : throw new CliException($"{option}: '{s}' is not a netuid"))];
        return list.Length > 0 ? [.. list.Distinct()] : throw new CliException($"{option}: empty list");
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
