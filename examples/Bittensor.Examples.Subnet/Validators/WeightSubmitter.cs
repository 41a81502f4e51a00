using System.Globalization;
using System.Security.Cryptography;
using Bittensor.Examples.Subnet.Neurons;
using Bittensor.Sdk.Chain.Extrinsics;
using Bittensor.Sdk.Chain.Rpc;
using Bittensor.Sdk.Chain.Types;

namespace Bittensor.Examples.Subnet.Validators;

/// <summary>
/// Puts a validator's weights on chain: <c>set_weights</c>, or — when the subnet's CommitRevealWeightsEnabled is on —
/// <c>commit_weights</c> of the hash, then <c>reveal_weights</c> once the chain accepts the reveal (the commit's epoch
/// plus the reveal period; until then the chain answers RevealTooEarly and the reveal is retried each block).
/// Prints <c>weights set block=B uids=… weights=…</c> when weights land (set, or revealed).
/// </summary>
public sealed class WeightSubmitter(ChainSession session, TextWriter output, TextWriter error)
{
    private PendingCommit? _pending;

    /// <summary>The block of the last accepted set, commit or reveal (they all move the chain's LastUpdate).</summary>
    public uint? LastUpdateBlock { get; private set; }

    /// <summary>True while a commit waits for its reveal.</summary>
    public bool HasPendingCommit => _pending is not null;

    /// <summary>Sets (or commits) the weights; returns true when the chain accepted the extrinsic.</summary>
    public async Task<bool> SubmitAsync(ushort[] uids, float[] weights, SubnetHyperparameters hyperparameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uids);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(hyperparameters);
        ulong versionKey = hyperparameters.WeightsVersion;
        if (!hyperparameters.CommitRevealWeightsEnabled)
        {
            uint? block = await IncludeAsync("set_weights", () => session.Client.SetWeightsAsync(session.Hotkey, session.Netuid, uids, weights, versionKey, 0, false, cancellationToken), cancellationToken).ConfigureAwait(false);
            if (block is null)
            {
                return false;
            }

            await output.WriteLineAsync(Line("weights set", block.Value, uids, weights)).ConfigureAwait(false);
            return true;
        }

        if (_pending is not null)
        {
            return false;
        }

        (ushort[] dests, ushort[] values) = WeightUtils.ConvertWeightsAndUids(uids, weights);
        ushort[] salt = new ushort[8];
        RandomNumberGenerator.Fill(System.Runtime.InteropServices.MemoryMarshal.AsBytes(salt.AsSpan()));
        uint? committed = await IncludeAsync("commit_weights", () => session.Client.CommitWeightsAsync(session.Hotkey, session.Netuid, dests, values, salt, versionKey, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (committed is null)
        {
            return false;
        }

        _pending = new PendingCommit(dests, values, salt, versionKey, uids, weights, committed.Value);
        await output.WriteLineAsync(Line("weights committed", committed.Value, uids, weights)).ConfigureAwait(false);
        return true;
    }

    /// <summary>Tries the pending reveal (at most once per block); drops it if the chain says it expired or is unknown.</summary>
    public async Task TryRevealAsync(uint block, CancellationToken cancellationToken)
    {
        PendingCommit? pending = _pending;
        if (pending is null || block <= pending.LastAttemptBlock)
        {
            return;
        }

        pending.LastAttemptBlock = block;
        ExtrinsicReceipt receipt;
        try
        {
            receipt = await session.Client.RevealWeightsAsync(session.Hotkey, session.Netuid, pending.Dests, pending.Values, pending.Salt, pending.VersionKey, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ChainModuleError or ExtrinsicStatusException or JsonRpcException)
        {
            await error.WriteLineAsync($"reveal_weights refused: {ex.Message}").ConfigureAwait(false);
            return;
        }

        if (receipt.Success)
        {
            _pending = null;
            uint revealed = await BlockOfAsync(receipt, cancellationToken).ConfigureAwait(false);
            LastUpdateBlock = revealed;
            await output.WriteLineAsync(Line("weights set", revealed, pending.Uids, pending.Weights)).ConfigureAwait(false);
            return;
        }

        string name = receipt.Error?.Name ?? string.Empty;
        if (name is "ExpiredWeightCommit" or "NoWeightsCommitFound" or "InvalidRevealCommitHashNotMatch")
        {
            _pending = null;
            await error.WriteLineAsync($"reveal_weights dropped: {receipt.Error?.Message}").ConfigureAwait(false);
        }
        else if (name != "RevealTooEarly")
        {
            await error.WriteLineAsync($"reveal_weights failed: {receipt.Error?.Message ?? "the extrinsic failed"}").ConfigureAwait(false);
        }
    }

    /// <summary>The submission line: <c>{what} block=B uids=1,2 weights=0.6000,0.4000</c>.</summary>
    public static string Line(string what, uint block, IReadOnlyList<ushort> uids, IReadOnlyList<float> weights) =>
        string.Create(CultureInfo.InvariantCulture, $"{what} block={block} uids={string.Join(',', uids)} weights={string.Join(',', weights.Select(w => w.ToString("F4", CultureInfo.InvariantCulture)))}");

    private async Task<uint?> IncludeAsync(string what, Func<Task<ExtrinsicReceipt>> submit, CancellationToken cancellationToken)
    {
        ExtrinsicReceipt receipt;
        try
        {
            receipt = await submit().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ChainModuleError or ExtrinsicStatusException or JsonRpcException)
        {
            await error.WriteLineAsync($"{what} refused: {ex.Message}").ConfigureAwait(false);
            return null;
        }

        if (!receipt.Success)
        {
            await error.WriteLineAsync($"{what} failed: {receipt.Error?.Message ?? "the extrinsic failed"}").ConfigureAwait(false);
            return null;
        }

        uint block = await BlockOfAsync(receipt, cancellationToken).ConfigureAwait(false);
        LastUpdateBlock = block;
        return block;
    }

    private async Task<uint> BlockOfAsync(ExtrinsicReceipt receipt, CancellationToken cancellationToken) =>
        receipt.BlockHash is { } hash
            ? (await session.Client.GetHeaderAsync(hash, cancellationToken).ConfigureAwait(false)).Number
            : await session.Client.GetCurrentBlockAsync(cancellationToken).ConfigureAwait(false);

    private sealed record PendingCommit(ushort[] Dests, ushort[] Values, ushort[] Salt, ulong VersionKey, ushort[] Uids, float[] Weights, uint Block)
    {
        public uint LastAttemptBlock { get; set; } = Block;
    }
}
