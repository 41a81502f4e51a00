using Bittensor.Core.Storage;

namespace Bittensor.Node.Storage;

/// <summary>
/// The node's database: one <see cref="IKeyValueStore"/> view per <see cref="KeyValueColumn"/>, plus writes and
/// snapshots that span every column. The block importer writes a block's state changes, header, body and the new head
/// pointer in one <see cref="Write"/>, so a crash never leaves a head that points at a missing header.
/// </summary>
/// <remarks>
/// Implementations: <see cref="RocksDbDatabase"/> (the node's on-disk store) and <see cref="InMemoryKeyValueDatabase"/>
/// (tests and throw-away chains). Column views stay valid until the database is disposed; dispose the database only
/// after every reader (RPC, block production) has stopped.
/// </remarks>
internal interface IKeyValueDatabase : IDisposable
{
    /// <summary>The live view of <paramref name="column"/>. Its own <see cref="IKeyValueStore.Write"/> is atomic within the column.</summary>
    IKeyValueStore GetColumn(KeyValueColumn column);

    /// <summary>Applies every operation of <paramref name="batch"/>, in all its columns, atomically.</summary>
    void Write(ColumnWriteBatch batch);

    /// <summary>A consistent read view of every column at one moment.</summary>
    IKeyValueDatabaseSnapshot GetSnapshot();
}
