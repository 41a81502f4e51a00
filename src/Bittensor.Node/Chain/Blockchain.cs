using Bittensor.Core.Chain;
using Bittensor.Core.Primitives;
using Bittensor.Core.Scale;
using Bittensor.Core.Storage;
using Bittensor.Core.Storage.Trie;
using Bittensor.Node.Storage;
using Bittensor.Runtime;
using Bittensor.Runtime.Executive;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Genesis;

namespace Bittensor.Node.Chain;

/// <summary>
/// The node's chain over an <see cref="IKeyValueDatabase"/>: genesis on first start, resume from the stored best block
/// afterwards, and block import. Each block is committed in one atomic write: its state changes (the <c>state</c> column
/// holds the flat key/value state of the best block), the sealed header, the body, the number → hash index and the best and
/// finalized pointers — so after a crash the node resumes at exactly the last committed block.
/// </summary>
/// <remarks>
/// <para>
/// Import is linear (one authority): a block must extend the best block. It passes the same three steps whether it was
/// authored here or received: the Aura seal is checked against the parent state's authorities (<see cref="AuraSeal"/>),
/// the block is executed (<see cref="Import"/> re-executes; <see cref="ImportAuthored"/> reuses the author's execution and
/// checks that it produced exactly the sealed header), then <see cref="IFinalityGadget"/> decides whether the commit also
/// moves the finalized pointer.
/// </para>
/// <para>
/// State retention: each committed block keeps a database snapshot (RocksDB snapshot / in-memory table version) as its
/// state view; the last <see cref="RetainedStates"/> blocks' states are returned by <see cref="GetState"/>, older ones
/// answer null. A pruned snapshot is released only <see cref="ReleaseDelay"/> blocks later, so a reader that obtained it
/// just before pruning can finish. After a restart only the best block's state is available (older snapshots died with
/// the process); blocks and headers are kept forever.
/// </para>
/// </remarks>
internal sealed class Blockchain : IBlockchain, IDisposable
{
    public const int DefaultRetainedStates = 256;

    /// <summary>Blocks a pruned state view stays valid (but unlisted) before its snapshot is released.</summary>
    public const int ReleaseDelay = 64;

    private readonly IKeyValueDatabase _database;
    private readonly IFinalityGadget _finality;
    private readonly Lock _importLock = new();
    private readonly Dictionary<H256, RetainedState> _states = [];
    private readonly Lock _statesLock = new();
    private readonly Queue<H256> _retainedOrder = new();
    private readonly Queue<(uint ReleaseAfter, RetainedState State)> _released = new();
    private BlockEntry _best;
    private BlockEntry _finalized;
    private bool _disposed;

    private Blockchain(IKeyValueDatabase database, NodeRuntime runtime, H256 genesisHash, IFinalityGadget finality, int retainedStates, BlockEntry best, BlockEntry finalized)
    {
        _database = database;
        Runtime = runtime;
        GenesisHash = genesisHash;
        _finality = finality;
        RetainedStates = retainedStates;
        _best = best;
        _finalized = finalized;
    }

    public event EventHandler<BlockImportedEventArgs>? BlockImported;

    /// <summary>Raised when <see cref="Finalize"/> moves the finalized block (never with <see cref="InstantFinality"/>).</summary>
    public event EventHandler<BlockFinalizedEventArgs>? BlockFinalized;

    public NodeRuntime Runtime { get; }

    public H256 GenesisHash { get; }

    public BlockEntry Best => Volatile.Read(ref _best);

    public BlockEntry Finalized => Volatile.Read(ref _finalized);

    /// <summary>How many of the most recent blocks' states <see cref="GetState"/> serves.</summary>
    public int RetainedStates { get; }

    /// <summary>
    /// Opens the chain in <paramref name="database"/>: writes <paramref name="genesis"/> into an empty database, or checks
    /// that the stored chain has that genesis and resumes from its best block (whose state root is recomputed from the
    /// stored state and must match the header).
    /// </summary>
    /// <exception cref="IOException">The database holds another chain, or its state does not match its best header.</exception>
    public static Blockchain Open(IKeyValueDatabase database, NodeRuntime runtime, GenesisBlock genesis, IFinalityGadget? finality = null, int retainedStates = DefaultRetainedStates)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(genesis);
        ArgumentOutOfRangeException.ThrowIfLessThan(retainedStates, 1);
        IKeyValueStore meta = database.GetColumn(KeyValueColumn.Meta);
        byte[]? storedGenesis = meta.Get(ChainKeys.GenesisHash);
        if (storedGenesis is null)
        {
            WriteGenesis(database, genesis);
        }
        else if (new H256(storedGenesis) != genesis.Hash)
        {
            throw new IOException($"The database holds another chain (genesis {new H256(storedGenesis)}, this chain's is {genesis.Hash}); use another --base-path.");
        }

        BlockEntry best = ReadPointer(database, ChainKeys.BestHash);
        BlockEntry finalized = ReadPointer(database, ChainKeys.FinalizedHash);
        H256 root = TrieRoot.ComputeSorted(new StorageOverlay(database.GetColumn(KeyValueColumn.State)).Iterate([]), runtime.Runtime.Version.StateVersion);
        if (root != best.Header.StateRoot)
        {
            throw new IOException($"The stored state has root {root}, but best block #{best.Number} {best.Hash} commits to {best.Header.StateRoot}: the database is corrupt.");
        }

        var chain = new Blockchain(database, runtime, genesis.Hash, finality ?? InstantFinality.Instance, retainedStates, best, finalized);
        chain.Retain(best);
        return chain;
    }

    public H256? GetHash(uint number)
    {
        if (number > Best.Number)
        {
            return null;
        }

        byte[]? hash = _database.GetColumn(KeyValueColumn.Meta).Get(ChainKeys.NumberToHash(number));
        return hash is null ? null : new H256(hash);
    }

    public BlockEntry? GetBlock(in H256 hash) => ReadBlock(_database, hash);

    public IReadOnlyKeyValueStore? GetState(in H256 hash)
    {
        lock (_statesLock)
        {
            return _states.TryGetValue(hash, out RetainedState? state) ? state.View : null;
        }
    }

    /// <summary>The best block's state (always retained).</summary>
    public IReadOnlyKeyValueStore BestState
    {
        get
        {
            lock (_statesLock)
            {
                return _states[Best.Hash].View;
            }
        }
    }

    /// <summary>
    /// Imports a block received from elsewhere: seal check, re-execution on the parent state (roots must match), commit.
    /// </summary>
    /// <exception cref="BlockImportException">The block is refused; nothing was committed.</exception>
    public BlockEntry Import(Header sealedHeader, IReadOnlyList<byte[]> extrinsics)
    {
        ArgumentNullException.ThrowIfNull(sealedHeader);
        ArgumentNullException.ThrowIfNull(extrinsics);
        lock (_importLock)
        {
            (IReadOnlyKeyValueStore parentState, Header preSeal) = Verify(sealedHeader);
            BlockExecutor executor;
            try
            {
                executor = Runtime.Runtime.ExecuteBlock(parentState, preSeal, extrinsics);
            }
            catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException)
            {
                throw new BlockImportException($"Block #{sealedHeader.Number} failed execution: {ex.Message}", ex);
            }

            if (!executor.Header!.Digest.Equals(preSeal.Digest))
            {
                throw new BlockImportException($"Block #{sealedHeader.Number}: the digest differs from the one its execution produced");
            }

            return Commit(sealedHeader, extrinsics, executor.GetChanges());
        }
    }

    /// <summary>
    /// Imports a block this node authored: the same seal check as <see cref="Import"/>, then the author's execution is
    /// trusted but must have produced exactly the sealed header's pre-seal form (roots, digest, parent, number).
    /// </summary>
    /// <exception cref="BlockImportException">The block is refused; nothing was committed.</exception>
    public BlockEntry ImportAuthored(Header sealedHeader, BlockExecutor executor)
    {
        ArgumentNullException.ThrowIfNull(sealedHeader);
        ArgumentNullException.ThrowIfNull(executor);
        lock (_importLock)
        {
            (_, Header preSeal) = Verify(sealedHeader);
            Header produced = executor.Header ?? throw new BlockImportException("The authored block is not finalized");
            if (produced.Hash() != preSeal.Hash())
            {
                throw new BlockImportException($"Block #{sealedHeader.Number}: the sealed header does not match the executed block (state root {produced.StateRoot} vs {preSeal.StateRoot})");
            }

            return Commit(sealedHeader, [.. executor.IncludedExtrinsics], executor.GetChanges());
        }
    }

    /// <summary>
    /// Moves the finalized pointer forward to a canonical block (for a finality gadget that finalizes after import).
    /// Returns false when <paramref name="hash"/> is already final or not a canonical block above the finalized one.
    /// </summary>
    public bool Finalize(in H256 hash)
    {
        lock (_importLock)
        {
            BlockEntry? block = GetBlock(hash);
            if (block is null || block.Number <= Finalized.Number || GetHash(block.Number) != hash)
            {
                return false;
            }

            var batch = new ColumnWriteBatch();
            batch.Set(KeyValueColumn.Meta, ChainKeys.FinalizedHash, hash.AsSpan());
            _database.Write(batch);
            Volatile.Write(ref _finalized, block);
            BlockFinalized?.Invoke(this, new BlockFinalizedEventArgs(block));
            return true;
        }
    }

    public void Dispose()
    {
        lock (_importLock)
        {
            lock (_statesLock)
            {
                if (_disposed)
                {
                    return;
                }

                _disposed = true;
                foreach (RetainedState state in _states.Values)
                {
                    state.Snapshot.Dispose();
                }

                while (_released.TryDequeue(out (uint, RetainedState State) entry))
                {
                    entry.State.Snapshot.Dispose();
                }

                _states.Clear();
                _retainedOrder.Clear();
            }
        }
    }

    private (IReadOnlyKeyValueStore ParentState, Header PreSeal) Verify(Header sealedHeader)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        BlockEntry best = Best;
        H256 hash = sealedHeader.Hash();
        if (_database.GetColumn(KeyValueColumn.Headers).Contains(ChainKeys.Block(hash)))
        {
            throw new BlockImportException($"Block #{sealedHeader.Number} {hash} is already imported");
        }

        if (sealedHeader.ParentHash != best.Hash)
        {
            throw new BlockImportException($"Block #{sealedHeader.Number} {hash} does not extend the best block #{best.Number} {best.Hash} (parent {sealedHeader.ParentHash}); forks are not supported");
        }

        if (sealedHeader.Number != best.Number + 1)
        {
            throw new BlockImportException($"Block number {sealedHeader.Number} does not follow its parent #{best.Number}");
        }

        IReadOnlyKeyValueStore parentState = GetState(best.Hash) ?? throw new InvalidOperationException("the best block's state is always retained");
        AccountId32[] authorities = Runtime.Runtime.Aura.Authorities.Get(new StorageOverlay(parentState));
        Header? preSeal = AuraSeal.Verify(sealedHeader, authorities, out string? reason);
        return preSeal is null ? throw new BlockImportException($"Block #{sealedHeader.Number} {hash}: {reason}") : (parentState, preSeal);
    }

    private BlockEntry Commit(Header sealedHeader, IReadOnlyList<byte[]> extrinsics, IReadOnlyList<KeyValuePair<byte[], byte[]?>> changes)
    {
        var block = new BlockEntry(sealedHeader.Hash(), sealedHeader, extrinsics);
        bool final = _finality.IsFinalOnImport(block);
        var batch = new ColumnWriteBatch();
        WriteBatch state = batch.For(KeyValueColumn.State);
        foreach (KeyValuePair<byte[], byte[]?> change in changes)
        {
            state.Add(change.Key, change.Value);
        }

        byte[] key = ChainKeys.Block(block.Hash);
        batch.Set(KeyValueColumn.Headers, key, sealedHeader.Encode());
        batch.Set(KeyValueColumn.Blocks, key, BlockBodyCodec.Encode(extrinsics));
        batch.Set(KeyValueColumn.Meta, ChainKeys.NumberToHash(block.Number), key);
        batch.Set(KeyValueColumn.Meta, ChainKeys.BestHash, key);
        if (final)
        {
            batch.Set(KeyValueColumn.Meta, ChainKeys.FinalizedHash, key);
        }

        _database.Write(batch);
        Retain(block);
        Volatile.Write(ref _best, block);
        if (final)
        {
            Volatile.Write(ref _finalized, block);
        }

        BlockImported?.Invoke(this, new BlockImportedEventArgs(block, isNewBest: true, isFinalized: final, changes));
        return block;
    }

    /// <summary>Snapshots the database as the state of <paramref name="block"/> (just committed) and prunes old views.</summary>
    private void Retain(BlockEntry block)
    {
        IKeyValueDatabaseSnapshot snapshot = _database.GetSnapshot();
        lock (_statesLock)
        {
            _states[block.Hash] = new RetainedState(snapshot, snapshot.GetColumn(KeyValueColumn.State));
            _retainedOrder.Enqueue(block.Hash);
            while (_retainedOrder.Count > RetainedStates && _retainedOrder.TryDequeue(out H256 old))
            {
                if (_states.Remove(old, out RetainedState? pruned))
                {
                    _released.Enqueue((block.Number + ReleaseDelay, pruned));
                }
            }

            while (_released.TryPeek(out (uint ReleaseAfter, RetainedState State) entry) && entry.ReleaseAfter <= block.Number)
            {
                _released.Dequeue();
                entry.State.Snapshot.Dispose();
            }
        }
    }

    private static void WriteGenesis(IKeyValueDatabase database, GenesisBlock genesis)
    {
        var batch = new ColumnWriteBatch();
        WriteBatch state = batch.For(KeyValueColumn.State);
        foreach (KeyValuePair<byte[], byte[]> entry in genesis.Storage)
        {
            state.Add(entry.Key, entry.Value);
        }

        byte[] key = ChainKeys.Block(genesis.Hash);
        batch.Set(KeyValueColumn.Headers, key, genesis.Header.Encode());
        batch.Set(KeyValueColumn.Blocks, key, BlockBodyCodec.Encode([]));
        batch.Set(KeyValueColumn.Meta, ChainKeys.NumberToHash(0), key);
        batch.Set(KeyValueColumn.Meta, ChainKeys.GenesisHash, key);
        batch.Set(KeyValueColumn.Meta, ChainKeys.BestHash, key);
        batch.Set(KeyValueColumn.Meta, ChainKeys.FinalizedHash, key);
        database.Write(batch);
    }

    private static BlockEntry ReadPointer(IKeyValueDatabase database, byte[] pointer)
    {
        byte[] hash = database.GetColumn(KeyValueColumn.Meta).Get(pointer)
            ?? throw new IOException($"The database has a genesis but no '{System.Text.Encoding.ASCII.GetString(pointer)}' pointer: it is corrupt.");
        return ReadBlock(database, new H256(hash))
            ?? throw new IOException($"The database's '{System.Text.Encoding.ASCII.GetString(pointer)}' block {new H256(hash)} is missing: it is corrupt.");
    }

    private static BlockEntry? ReadBlock(IKeyValueDatabase database, in H256 hash)
    {
        byte[] key = ChainKeys.Block(hash);
        byte[]? header = database.GetColumn(KeyValueColumn.Headers).Get(key);
        if (header is null)
        {
            return null;
        }

        byte[] body = database.GetColumn(KeyValueColumn.Blocks).Get(key) ?? throw new IOException($"Block {hash} has a header but no body: the database is corrupt.");
        return new BlockEntry(hash, ScaleCodec.Decode<Header>(header), BlockBodyCodec.Decode(body));
    }

    private sealed record RetainedState(IKeyValueDatabaseSnapshot Snapshot, IReadOnlyKeyValueStore View);
}
