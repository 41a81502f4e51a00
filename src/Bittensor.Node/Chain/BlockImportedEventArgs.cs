namespace Bittensor.Node.Chain;

/// <summary>
/// Raised after a block is committed: the block, whether it became the best and the finalized block, and its state changes
/// sorted by key (a null value is a deletion) so storage subscriptions need not diff states.
/// </summary>
internal sealed class BlockImportedEventArgs(BlockEntry block, bool isNewBest, bool isFinalized, IReadOnlyList<KeyValuePair<byte[], byte[]?>> storageChanges) : EventArgs
{
    public BlockEntry Block { get; } = block;

    public bool IsNewBest { get; } = isNewBest;

    public bool IsFinalized { get; } = isFinalized;

    public IReadOnlyList<KeyValuePair<byte[], byte[]?>> StorageChanges { get; } = storageChanges;
}
