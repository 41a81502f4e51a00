using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain.Extrinsics;

namespace Bittensor.Sdk.Chain;

/// <summary>The SDK's most-used writes: compose the call from metadata, sign, submit, wait, read the receipt.</summary>
public sealed partial class SubtensorClient
{
    /// <summary><c>transfer</c>, signed by the coldkey.</summary>
    public Task<ExtrinsicReceipt> TransferAsync(KeyPair coldkey, AccountId32 destination, ulong rao, bool keepAlive = true, bool waitForFinalization = false, CancellationToken cancellationToken = default) =>
        SignAndSubmitAsync(SubtensorCalls.Transfer(Metadata, destination, rao, keepAlive), coldkey, true, waitForFinalization, cancellationToken);

    /// <summary><c>burned_register</c>, signed by the coldkey.</summary>
    public Task<ExtrinsicReceipt> BurnedRegisterAsync(KeyPair coldkey, ushort netuid, AccountId32 hotkey, bool waitForFinalization = false, CancellationToken cancellationToken = default) =>
        SignAndSubmitAsync(SubtensorCalls.BurnedRegister(Metadata, netuid, hotkey), coldkey, true, waitForFinalization, cancellationToken);

    /// <summary><c>set_weights</c> from float weights (max-upscaled to u16 as upstream), signed by the hotkey.</summary>
    public Task<ExtrinsicReceipt> SetWeightsAsync(KeyPair hotkey, ushort netuid, IReadOnlyList<ushort> uids, IReadOnlyList<float> weights, ulong versionKey, byte mechanismId = 0, bool waitForFinalization = false, CancellationToken cancellationToken = default)
    {
        (ushort[] dests, ushort[] values) = WeightUtils.ConvertWeightsAndUids(uids, weights);
        return SignAndSubmitAsync(SubtensorCalls.SetWeights(Metadata, netuid, dests, values, versionKey, mechanismId), hotkey, true, waitForFinalization, cancellationToken);
    }

    /// <summary><c>serve_axon</c>, signed by the hotkey.</summary>
    public Task<ExtrinsicReceipt> ServeAxonAsync(KeyPair hotkey, ushort netuid, uint version, UInt128 ip, ushort port, byte ipType, bool waitForFinalization = false, CancellationToken cancellationToken = default) =>
        SignAndSubmitAsync(SubtensorCalls.ServeAxon(Metadata, netuid, version, ip, port, ipType), hotkey, true, waitForFinalization, cancellationToken);

    /// <summary><c>add_stake</c> (limit price → add_stake_limit), signed by the coldkey.</summary>
    public Task<ExtrinsicReceipt> AddStakeAsync(KeyPair coldkey, AccountId32 hotkey, ushort netuid, ulong rao, ulong? limitPrice = null, bool allowPartial = false, CancellationToken cancellationToken = default) =>
        SignAndSubmitAsync(SubtensorCalls.AddStake(Metadata, hotkey, netuid, rao, limitPrice, allowPartial), coldkey, true, false, cancellationToken);

    /// <summary><c>unstake</c> (limit price → remove_stake_limit), signed by the coldkey.</summary>
    public Task<ExtrinsicReceipt> RemoveStakeAsync(KeyPair coldkey, AccountId32 hotkey, ushort netuid, ulong alpha, ulong? limitPrice = null, bool allowPartial = false, CancellationToken cancellationToken = default) =>
        SignAndSubmitAsync(SubtensorCalls.RemoveStake(Metadata, hotkey, netuid, alpha, limitPrice, allowPartial), coldkey, true, false, cancellationToken);

    /// <summary><c>unstake_all</c>: all of the coldkey's stake on the hotkey, on every subnet, sold for TAO; signed by the coldkey.</summary>
    public Task<ExtrinsicReceipt> UnstakeAllAsync(KeyPair coldkey, AccountId32 hotkey, CancellationToken cancellationToken = default) =>
        SignAndSubmitAsync(SubtensorCalls.UnstakeAll(Metadata, hotkey), coldkey, true, false, cancellationToken);

    /// <summary><c>commit_weights</c>: commits the hash of (uids, values, salt, version_key) for the hotkey.</summary>
    public Task<ExtrinsicReceipt> CommitWeightsAsync(KeyPair hotkey, ushort netuid, IReadOnlyList<ushort> uids, IReadOnlyList<ushort> values, IReadOnlyList<ushort> salt, ulong versionKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hotkey);
        byte[] hash = WeightUtils.CommitHash(hotkey.PublicKey.Span, netuid, uids, values, salt, versionKey);
        return SignAndSubmitAsync(SubtensorCalls.CommitWeights(Metadata, netuid, hash), hotkey, true, false, cancellationToken);
    }

    /// <summary><c>reveal_weights</c> matching an earlier commit.</summary>
    public Task<ExtrinsicReceipt> RevealWeightsAsync(KeyPair hotkey, ushort netuid, IReadOnlyList<ushort> uids, IReadOnlyList<ushort> values, IReadOnlyList<ushort> salt, ulong versionKey, CancellationToken cancellationToken = default) =>
        SignAndSubmitAsync(SubtensorCalls.RevealWeights(Metadata, netuid, uids, values, salt, versionKey), hotkey, true, false, cancellationToken);
}
