using System.Text.Json;
using Bittensor.Core.Primitives;

namespace Bittensor.Sdk.Chain;

public sealed partial class SubtensorClient
{
    /// <summary>The hash of block <paramref name="number"/>, or of the best block when null (<c>chain_getBlockHash</c>).</summary>
    /// <exception cref="KeyNotFoundException">The node has no block with that number.</exception>
    public async Task<H256> GetBlockHashAsync(uint? number, CancellationToken cancellationToken = default)
    {
        JsonElement hash = await Rpc.RequestAsync("chain_getBlockHash", number is null ? [] : [number.Value], cancellationToken: cancellationToken).ConfigureAwait(false);
        return hash.ValueKind == JsonValueKind.String
            ? H256.Parse(hash.GetString()!)
            : throw new KeyNotFoundException($"the node has no block {number}");
    }

    /// <summary>The header of <paramref name="hash"/>, or of the best block when null.</summary>
    public async Task<BlockHeader> GetHeaderAsync(H256? hash = null, CancellationToken cancellationToken = default)
    {
        JsonElement header = await Rpc.RequestAsync("chain_getHeader", [HashParam(hash)], cancellationToken: cancellationToken).ConfigureAwait(false);
        if (header.ValueKind != JsonValueKind.Object)
        {
            throw new KeyNotFoundException($"the node has no header for {hash}");
        }

        H256 actual = hash ?? await GetBlockHashForHeaderAsync(header, cancellationToken).ConfigureAwait(false);
        return BlockHeader.FromJson(actual, header);
    }

    /// <summary>The best block's number (Python SDK <c>get_current_block</c>).</summary>
    public async Task<uint> GetCurrentBlockAsync(CancellationToken cancellationToken = default)
    {
        JsonElement header = await Rpc.RequestAsync("chain_getHeader", [null], cancellationToken: cancellationToken).ConfigureAwait(false);
        return BlockHeader.FromJson(default, header).Number;
    }

    /// <summary>The last finalized block's hash.</summary>
    public async Task<H256> GetFinalizedHeadAsync(CancellationToken cancellationToken = default)
    {
        JsonElement hash = await Rpc.RequestAsync("chain_getFinalizedHead", [], cancellationToken: cancellationToken).ConfigureAwait(false);
        return H256.Parse(hash.GetString()!);
    }

    /// <summary>The genesis hash (block 0), cached.</summary>
    public async Task<H256> GetGenesisHashAsync(CancellationToken cancellationToken = default)
    {
        _genesis ??= await GetBlockHashAsync(0, cancellationToken).ConfigureAwait(false);
        return _genesis.Value;
    }

    /// <summary>
    /// Waits until the best block reaches <paramref name="block"/> (default: the next block) through
    /// <c>chain_subscribeNewHeads</c>, and returns the number seen.
    /// </summary>
    public async Task<uint> WaitForBlockAsync(uint? block = null, CancellationToken cancellationToken = default)
    {
        await using Rpc.JsonRpcSubscription heads = await Rpc.SubscribeAsync("chain_subscribeNewHeads", [], "chain_unsubscribeNewHeads", cancellationToken: cancellationToken).ConfigureAwait(false);
        uint? target = block;
        await foreach (JsonElement header in heads.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            uint number = BlockHeader.FromJson(default, header).Number;
            target ??= number + 1;
            if (number >= target)
            {
                return number;
            }
        }

        throw new Rpc.JsonRpcConnectionException("the new-heads subscription ended");
    }

    private async Task<H256> GetBlockHashForHeaderAsync(JsonElement header, CancellationToken cancellationToken) =>
        await GetBlockHashAsync(BlockHeader.FromJson(default, header).Number, cancellationToken).ConfigureAwait(false);
}
