using System.Net.WebSockets;
using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain;
using Bittensor.Sdk.Chain.Rpc;
using Bittensor.Sdk.Chain.Types;
using Bittensor.Sdk.Wallets;

namespace Bittensor.Examples.Subnet.Neurons;

/// <summary>
/// A neuron's connection: its unlocked hotkey, the chain client, and its uid on the subnet (checked at start, so an
/// unregistered hotkey is one clear line rather than a silent miner nobody can reach).
/// </summary>
public sealed class ChainSession : IAsyncDisposable
{
    private ChainSession(SubtensorClient client, KeyPair hotkey, ushort netuid, ushort uid)
    {
        Client = client;
        Hotkey = hotkey;
        HotkeyId = new AccountId32(hotkey.PublicKey.Span);
        Netuid = netuid;
        Uid = uid;
    }

    public SubtensorClient Client { get; }

    public KeyPair Hotkey { get; }

    public AccountId32 HotkeyId { get; }

    public ushort Netuid { get; }

    public ushort Uid { get; }

    /// <summary>Unlocks the wallet's hotkey, connects (bounded), and finds the hotkey's uid on the subnet.</summary>
    /// <exception cref="SubnetException">Bad wallet, unreachable chain, missing subnet or unregistered hotkey.</exception>
    public static async Task<ChainSession> OpenAsync(NeuronSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        KeyPair hotkey = UnlockHotkey(settings);
        SubtensorClient client = await ConnectAsync(settings.Network, cancellationToken).ConfigureAwait(false);
        try
        {
            AccountId32 id = new(hotkey.PublicKey.Span);
            if (!await client.SubnetExistsAsync(settings.Netuid, null, cancellationToken).ConfigureAwait(false))
            {
                throw new SubnetException($"subnet {settings.Netuid} does not exist on {settings.Network}");
            }

            ushort? uid = await client.GetUidForHotkeyOnSubnetAsync(id, settings.Netuid, null, cancellationToken).ConfigureAwait(false);
            if (uid is null)
            {
                throw new SubnetException($"hotkey {hotkey.ToSs58()} (wallet {settings.WalletName}, hotkey {settings.Hotkey}) is not registered on subnet {settings.Netuid}; register it first (btcli subnets register)");
            }

            return new ChainSession(client, hotkey, settings.Netuid, uid.Value);
        }
        catch
        {
            await client.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The subnet's neurons now (uids, hotkeys, axons).</summary>
    public Task<IReadOnlyList<NeuronInfoLite>> NeuronsAsync(CancellationToken cancellationToken) =>
        Client.GetNeuronsLiteAsync(Netuid, null, cancellationToken);

    public ValueTask DisposeAsync() => Client.DisposeAsync();

    /// <summary>True for the errors a dropped or unreachable chain connection raises.</summary>
    public static bool IsConnectionError(Exception ex) =>
        ex is JsonRpcConnectionException or JsonRpcException or WebSocketException or IOException or HttpRequestException or TimeoutException;

    private static KeyPair UnlockHotkey(NeuronSettings settings)
    {
        Wallet wallet = new(settings.WalletName, settings.Hotkey, settings.WalletPath);
        try
        {
            return wallet.UnlockHotkey(PasswordSource.BtwalletEnvironment);
        }
        catch (KeyfileException ex)
        {
            throw new SubnetException($"cannot load hotkey {settings.Hotkey} of wallet {settings.WalletName} at {wallet.Path}: {ex.Message}", ex);
        }
    }

    private static async Task<SubtensorClient> ConnectAsync(string network, CancellationToken cancellationToken)
    {
        Uri endpoint;
        try
        {
            endpoint = SubtensorNetwork.Resolve(network);
        }
        catch (ArgumentException ex)
        {
            throw new SubnetException($"--network: {ex.Message}", ex);
        }

        using CancellationTokenSource timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        try
        {
            return await SubtensorClient.ConnectAsync(endpoint, new SubtensorClientOptions { WatchRuntimeUpgrades = false }, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsConnectionError(ex) || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new SubnetException($"could not connect to {endpoint}: {ex.Message}", ex);
        }
    }
}
