using Bittensor.Core.Chain;
using Bittensor.Core.Primitives;
using Bittensor.Core.Storage;

namespace Bittensor.Runtime.Genesis;

/// <summary>The genesis state (sorted key/value pairs), the block-0 header committing to it, and its hash (the genesis hash).</summary>
public sealed record GenesisBlock(IReadOnlyList<KeyValuePair<byte[], byte[]>> Storage, Header Header)
{
    public H256 Hash { get; } = Header.Hash();

    /// <summary>The genesis state as one batch, to write into an empty store.</summary>
    public WriteBatch ToWriteBatch()
    {
        var batch = new WriteBatch();
        foreach (KeyValuePair<byte[], byte[]> entry in Storage)
        {
            batch.Add(entry.Key, entry.Value);
        }

        return batch;
    }
}
