using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework;

namespace Bittensor.Node.Pool;

/// <summary>A transaction in the pool: its hash (blake2_256 of the full encoding), bytes, the runtime's validity and arrival order.</summary>
internal sealed class PoolTransaction(H256 hash, byte[] bytes, ValidTransaction validity, long insertionId, ITransactionWatcher? watcher)
{
    public H256 Hash { get; } = hash;

    public byte[] Bytes { get; } = bytes;

    public ValidTransaction Validity { get; internal set; } = validity;

    public ulong Priority => Validity.Priority;

    public long InsertionId { get; } = insertionId;

    public ITransactionWatcher? Watcher { get; } = watcher;

    /// <summary>Every required tag is provided by a ready transaction in the pool (or by the chain).</summary>
    public bool IsReady { get; internal set; }
}
