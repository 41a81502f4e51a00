using System.Globalization;
using Bittensor.Core.Primitives;
using Bittensor.Core.Storage;
using Bittensor.Node.Chain;

namespace Bittensor.Node.Rpc.Methods;

/// <content><c>state_queryStorage</c> and <c>state_queryStorageAt</c> (sc-rpc <c>query_storage_range</c>, <c>query_storage_unfiltered</c>).</content>
internal sealed partial class StateRpcModule
{
    /// <summary>Most blocks one <c>state_queryStorage</c> walks (Substrate has no bound; this keeps one call cheap).</summary>
    public const int MaxQueryStorageBlocks = 1000;

    /// <summary>
    /// <c>state_queryStorageAt(keys, at?)</c>: one change set at the block with every key, null for absent ones (the first
    /// block of a range reports every key); no keys give no change set.
    /// </summary>
    private StorageChangeSetJson[] QueryStorageAt(RpcParams p)
    {
        byte[][] keys = p.GetKeyList(0, "keys", MaxKeysPerCall);
        H256? at = p.GetOptionalHash(1, "at");
        IReadOnlyKeyValueStore state = chain.StateAt(at, out H256 resolved);
        if (keys.Length == 0)
        {
            return [];
        }

        var changes = new string?[keys.Length][];
        for (int i = 0; i < keys.Length; i++)
        {
            changes[i] = Change(keys[i], state.Get(keys[i]));
        }

        return [new StorageChangeSetJson(resolved.ToString(), changes)];
    }

    /// <summary>
    /// <c>state_queryStorage(keys, fromBlock, toBlock?)</c>: for each block from <c>fromBlock</c> to <c>toBlock</c> (best
    /// when absent) on one chain, the keys whose value differs from the previous block (all of them at the first block);
    /// blocks without changes are left out. A range that does not resolve is 4001.
    /// </summary>
    private StorageChangeSetJson[] QueryStorage(RpcParams p)
    {
        byte[][] keys = p.GetKeyList(0, "keys", MaxKeysPerCall);
        H256 from = p.GetHash(1, "block");
        H256 to = p.GetOptionalHash(2, "hash") ?? chain.Best.Hash;
        List<H256> hashes = ResolveRange(from, to);

        var result = new List<StorageChangeSetJson>();
        var last = new Dictionary<byte[], byte[]?>(ByteArrayComparer.Instance);
        foreach (H256 hash in hashes)
        {
            IReadOnlyKeyValueStore state = chain.StateAt(hash, out _);
            var changes = new List<string?[]>();
            foreach (byte[] key in keys)
            {
                byte[]? value = state.Get(key);
                if (!last.TryGetValue(key, out byte[]? previous) || !Same(previous, value))
                {
                    changes.Add(Change(key, value));
                }

                last[key] = value;
            }

            if (changes.Count > 0)
            {
                result.Add(new StorageChangeSetJson(hash.ToString(), changes));
            }
        }

        return [.. result];
    }

    /// <summary>The hashes from <paramref name="from"/> to <paramref name="to"/> in order, walking parent hashes back from <paramref name="to"/>.</summary>
    private List<H256> ResolveRange(H256 from, H256 to)
    {
        string fromText = from.ToString();
        string toText = to.ToString();
        BlockEntry fromBlock = chain.GetBlock(from)
            ?? throw RpcErrors.InvalidBlockRange(fromText, toText, $"UnknownBlock: Header was not found in the database: {fromText}").ToException();
        BlockEntry toBlock = chain.GetBlock(to)
            ?? throw RpcErrors.InvalidBlockRange(fromText, toText, $"UnknownBlock: Header was not found in the database: {toText}").ToException();
        if (fromBlock.Number > toBlock.Number)
        {
            throw RpcErrors.InvalidBlockRange(fromText, toText, "from number > to number").ToException();
        }

        if (toBlock.Number - fromBlock.Number >= MaxQueryStorageBlocks)
        {
            throw RpcErrors.InvalidBlockRange(fromText, toText, string.Create(
                CultureInfo.InvariantCulture,
                $"the range spans {toBlock.Number - fromBlock.Number + 1} blocks, at most {MaxQueryStorageBlocks} are allowed")).ToException();
        }

        var hashes = new List<H256> { toBlock.Hash };
        BlockEntry current = toBlock;
        while (current.Number > fromBlock.Number)
        {
            current = chain.GetBlock(current.Header.ParentHash)
                ?? throw RpcErrors.InvalidBlockRange(fromText, toText, $"UnknownBlock: Header was not found in the database: {current.Header.ParentHash}").ToException();
            hashes.Add(current.Hash);
        }

        if (current.Hash != fromBlock.Hash)
        {
            throw RpcErrors.InvalidBlockRange(fromText, toText, "from and to are on different forks").ToException();
        }

        hashes.Reverse();
        return hashes;
    }

    private static string?[] Change(byte[] key, byte[]? value) => [Hex.Encode(key), value is null ? null : Hex.Encode(value)];

    private static bool Same(byte[]? a, byte[]? b) => a is null ? b is null : b is not null && a.AsSpan().SequenceEqual(b);
}
