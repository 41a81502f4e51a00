using Bittensor.Core.Storage;
using RocksDbSharp;

namespace Bittensor.Node.Storage;

/// <summary>
/// One column family of a <see cref="RocksDbDatabase"/> as an <see cref="IKeyValueStore"/>. Obtain it from
/// <see cref="RocksDbDatabase.GetColumn"/>; it lives as long as the database.
/// </summary>
/// <remarks>
/// <see cref="Iterate"/> on the live store reads through a native iterator, which pins an implicit snapshot when it is
/// created: writes made while enumerating are not seen, as with <see cref="InMemoryKeyValueStore"/>.
/// </remarks>
internal sealed class RocksDbKeyValueStore : IKeyValueStore
{
    private readonly RocksDbDatabase _database;

    internal RocksDbKeyValueStore(RocksDbDatabase database, KeyValueColumn column, ColumnFamilyHandle handle)
    {
        _database = database;
        Column = column;
        Handle = handle;
    }

    public KeyValueColumn Column { get; }

    internal ColumnFamilyHandle Handle { get; }

    public byte[]? Get(ReadOnlySpan<byte> key) => GetCore(key, null);

    public byte[]? NextKey(ReadOnlySpan<byte> key) => NextKeyCore(key, null);

    public IEnumerable<KeyValuePair<byte[], byte[]>> Iterate(byte[] prefix, byte[]? startAfter = null)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return IterateCore(prefix, startAfter, null);
    }

    public void Set(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value) => _database.Native.Put(key, value, Handle, _database.WriteOptions);

    public void Remove(ReadOnlySpan<byte> key)
    {
        using var batch = new RocksDbSharp.WriteBatch();
        batch.Delete(key, Handle);
        _database.Native.Write(batch, _database.WriteOptions);
    }

    public void Write(Core.Storage.WriteBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        using var native = new RocksDbSharp.WriteBatch();
        if (RocksDbDatabase.Append(native, Handle, batch) > 0)
        {
            _database.Native.Write(native, _database.WriteOptions);
        }
    }

    public IKeyValueSnapshot GetSnapshot() => new SnapshotView(this, _database.OpenSnapshot(), ownsLease: true);

    private byte[]? GetCore(ReadOnlySpan<byte> key, RocksDbSnapshotLease? lease) =>
        _database.Native.Get(key, Handle, lease?.Check());

    private byte[]? NextKeyCore(ReadOnlySpan<byte> key, RocksDbSnapshotLease? lease)
    {
        using Iterator iterator = _database.Native.NewIterator(Handle, lease?.Check());
        iterator.Seek(key);
        if (iterator.Valid() && iterator.GetKeySpan().SequenceEqual(key))
        {
            iterator.Next();
        }

        return iterator.Valid() ? iterator.Key() : null;
    }

    private IEnumerable<KeyValuePair<byte[], byte[]>> IterateCore(byte[] prefix, byte[]? startAfter, RocksDbSnapshotLease? lease)
    {
        // Resolve the native iterator lazily, on the first MoveNext, like any LINQ source.
        using Iterator iterator = _database.Native.NewIterator(Handle, lease?.Check());
        bool skipStart = startAfter is not null && startAfter.AsSpan().SequenceCompareTo(prefix) >= 0;
        iterator.Seek(skipStart ? startAfter! : prefix);
        if (skipStart && iterator.Valid() && iterator.GetKeySpan().SequenceEqual(startAfter))
        {
            iterator.Next();
        }

        while (iterator.Valid())
        {
            byte[] key = iterator.Key();
            if (!key.AsSpan().StartsWith(prefix))
            {
                yield break;
            }

            yield return new KeyValuePair<byte[], byte[]>(key, iterator.Value());
            lease?.Check();
            iterator.Next();
        }
    }

    /// <summary>A read-only view of this column family through a snapshot.</summary>
    internal sealed class SnapshotView(RocksDbKeyValueStore store, RocksDbSnapshotLease lease, bool ownsLease) : IKeyValueSnapshot
    {
        public byte[]? Get(ReadOnlySpan<byte> key) => store.GetCore(key, lease);

        public byte[]? NextKey(ReadOnlySpan<byte> key) => store.NextKeyCore(key, lease);

        public IEnumerable<KeyValuePair<byte[], byte[]>> Iterate(byte[] prefix, byte[]? startAfter = null)
        {
            ArgumentNullException.ThrowIfNull(prefix);
            return store.IterateCore(prefix, startAfter, lease);
        }

        public void Dispose()
        {
            if (ownsLease)
            {
                lease.Release();
            }
        }
    }
}
