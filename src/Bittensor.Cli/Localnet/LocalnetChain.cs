using Bittensor.Cli.Infrastructure;
using Bittensor.Core.Crypto;
using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain;
using Bittensor.Sdk.Chain.Extrinsics;
using Bittensor.Sdk.Chain.Rpc;

namespace Bittensor.Cli.Localnet;

/// <summary>
/// The chain writes of the localnet setup, through the SDK: submit-and-wait with one clear failure line, and
/// <c>Sudo.sudo(AdminUtils.…)</c> whose inner result (the <c>Sudid</c> event) is checked too, since a failing sudo
/// call still succeeds as an extrinsic.
/// </summary>
public sealed class LocalnetChain(SubtensorClient client)
{
    public SubtensorClient Client { get; } = client;

    /// <summary>Signs, submits and waits for inclusion; a refusal or dispatch error throws naming <paramref name="what"/>.</summary>
    public async Task<ExtrinsicReceipt> SubmitAsync(string what, byte[] call, KeyPair signer, CancellationToken cancellationToken)
    {
        ExtrinsicReceipt receipt;
        try
        {
            receipt = await Client.SignAndSubmitAsync(call, signer, waitForInclusion: true, waitForFinalization: false, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is JsonRpcException or ExtrinsicStatusException or ChainModuleError)
        {
            throw new CliException($"{what} failed: {ex.Message}", ex);
        }

        if (!receipt.Success)
        {
            throw new CliException($"{what} failed: {receipt.Error?.Message ?? "the extrinsic failed without a dispatch error"}");
        }

        return receipt;
    }

    /// <summary>
    /// <c>Sudo.sudo(AdminUtils.<paramref name="call"/>(args))</c> signed by the sudo key. The boxed call is SCALE-encoded
    /// as the call itself, so the sudo call is its two index bytes followed by the inner call.
    /// </summary>
    public async Task SudoAsync(KeyPair sudo, string call, CancellationToken cancellationToken, params ScaleField[] args)
    {
        byte[] inner = Client.ComposeCall("AdminUtils", call, args);
        byte[] outer = SudoWrap(Client.Metadata, inner);
        ExtrinsicReceipt receipt = await SubmitAsync($"sudo {call}", outer, sudo, cancellationToken).ConfigureAwait(false);
        Chain.SudoResult.Require(Client.Metadata, receipt, $"sudo {call}");
    }

    /// <summary>Encodes <c>Sudo.sudo(call)</c> around an already encoded call.</summary>
    public static byte[] SudoWrap(ChainMetadata metadata, byte[] inner)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(inner);
        PalletVariant sudo = metadata.Calls("Sudo").FirstOrDefault(c => c.Name == "sudo")
            ?? throw new CliException("this chain has no Sudo.sudo call: localnet needs a dev chain with a sudo key");
        return [sudo.PalletIndex, sudo.Index, .. inner];
    }

    /// <summary>Reads a u64 storage value (or the entry's default).</summary>
    public async Task<ulong> ReadU64Async(string item, ushort? netuid, H256? at, CancellationToken cancellationToken)
    {
        ScaleValue? value = await Client.QueryStorageAsync("SubtensorModule", item, netuid is ushort n ? [ScaleValue.U16(n)] : null, at, cancellationToken).ConfigureAwait(false);
        return value?.ToUInt64() ?? 0;
    }

    public static AccountId32 Account(KeyPair key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return AccountId32.Parse(key.ToSs58());
    }
}
