using Bittensor.Core.Storage;

namespace Bittensor.Node.Storage;

/// <summary>
/// An <see cref="IKeyValueDatabase"/> in memory: all columns live in one <see cref="InMemoryKeyValueStore"/> under a
/// one-byte column prefix, so a <see cref="ColumnWriteBatch"/> becomes one inner batch and is atomic across columns for
/// free, and one inner snapshot is consistent across columns.
/// </summary>
internal sealed class InMemoryKeyValueDatabase : IKeyValueDatabase
{
    private readonly InMemoryKeyValueStore _store = new();
    private readonly PrefixedKeyValueStore[] _columns;

    public InMemoryKeyValueDatabase()
    {
        _columns = new PrefixedKeyValueStore[KeyValueColumns.All.Count];
        foreach (KeyValueColumn column in KeyValueColumns.All)
        {
            _columns[(int)column] = new PrefixedKeyValueStore(_store, _store, (byte)column);
        }
    }

    public IKeyValueStore GetColumn(KeyValueColumn column) => _columns[(int)column];

    public void Write(ColumnWriteBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var combined = new WriteBatch();
        foreach (KeyValuePair<KeyValueColumn, WriteBatch> column in batch.Columns())
        {
            foreach (KeyValuePair<byte[], byte[]?> operation in column.Value.SortedOperations())
            {
                combined.Add(PrefixedKeyValueStore.Prefix((byte)column.Key, operation.Key), operation.Value);
            }
        }

        _store.Write(combined);
    }

    public IKeyValueDatabaseSnapshot GetSnapshot() => new Snapshot(_store.GetSnapshot());

    public void Dispose()
    {
        // Nothing native to release; the tables are collected with this object.
    }

    private sealed class Snapshot(IKeyValueSnapshot inner) : IKeyValueDatabaseSnapshot
    {
        public IReadOnlyKeyValueStore GetColumn(KeyValueColumn column) => new PrefixedKeyValueStore(inner, null, (byte)column);

        public void Dispose() => inner.Dispose();
    }
}
