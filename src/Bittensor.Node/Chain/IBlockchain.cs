using Bittensor.Core.Primitives;
using Bittensor.Core.Storage;
using Bittensor.Runtime;

namespace Bittensor.Node.Chain;

/// <summary>
/// The node's view of its chain, what the RPC modules read: the runtime, the genesis, best and finalized blocks, blocks by
/// hash and number, and the state after any retained block. Thread-safe; reads never block block production for long.
/// </summary>
internal interface IBlockchain
{
    NodeRuntime Runtime { get; }

    H256 GenesisHash { get; }

    BlockEntry Best { get; }

    BlockEntry Finalized { get; }

    /// <summary>The hash of the canonical block at <paramref name="number"/>, or null above the best block.</summary>
    H256? GetHash(uint number);

    /// <summary>The block with this hash (genesis included, with no extrinsics), or null when unknown.</summary>
    BlockEntry? GetBlock(in H256 hash);

    /// <summary>
    /// The state after block <paramref name="hash"/>, or null when the block is unknown or its state is no longer retained.
    /// The returned view stays consistent while the chain moves on.
    /// </summary>
    IReadOnlyKeyValueStore? GetState(in H256 hash);

    /// <summary>Raised after each block is committed, in block order, on the import thread; handlers must not block.</summary>
    event EventHandler<BlockImportedEventArgs>? BlockImported;
}
