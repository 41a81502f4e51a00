using System.Collections.Concurrent;
using Bittensor.Core.Storage;
using RocksDbSharp;

namespace Bittensor.Node.Storage;

/// <summary>
/// The node's on-disk database: one RocksDB instance with a column family per <see cref="KeyValueColumn"/>
/// (<c>state</c>, <c>headers</c>, <c>blocks</c>, <c>meta</c>). <see cref="GetColumn"/> hands out one
/// <see cref="RocksDbKeyValueStore"/> per column family; <see cref="Write"/> turns a <see cref="ColumnWriteBatch"/> into
/// one native write batch, which RocksDB applies atomically across column families; <see cref="GetSnapshot"/> is one
/// native snapshot, consistent across column families.
/// </summary>
/// <remarks>
/// Keys compare with RocksDB's default bytewise comparator (memcmp: unsigned lexicographic, shorter prefix first), the
/// order of <see cref="ByteArrayComparer"/>. Writes go through the write-ahead log without fsync by default: a process
/// crash loses nothing, a power cut may lose the last writes (set <c>syncWrites</c> for fsync on every write).
/// Dispose releases every snapshot still open, then closes the database and its lock file; callers must stop reading
/// (including enumerating <see cref="IReadOnlyKeyValueStore.Iterate"/>) before that.
/// </remarks>
internal sealed class RocksDbDatabase : IKeyValueDatabase
{
    private readonly RocksDb _db;
    private readonly RocksDbKeyValueStore[] _columns;
    private readonly WriteOptions _writeOptions;
    private readonly ConcurrentDictionary<RocksDbSnapshotLease, byte> _snapshots = new();
    private int _disposed;

    private RocksDbDatabase(string path, RocksDb db, bool syncWrites)
    {
        Path = path;
        _db = db;
        _writeOptions = new WriteOptions().SetSync(syncWrites);
        _columns = new RocksDbKeyValueStore[KeyValueColumns.All.Count];
        foreach (KeyValueColumn column in KeyValueColumns.All)
        {
            _columns[(int)column] = new RocksDbKeyValueStore(this, column, db.GetColumnFamily(KeyValueColumns.Name(column)));
        }
    }

    /// <summary>The directory holding the database files.</summary>
    public string Path { get; }

    internal RocksDb Native
    {
        get
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
            return _db;
        }
    }

    internal WriteOptions WriteOptions => _writeOptions;

    /// <summary>
    /// Opens (creating when missing) the database in <paramref name="path"/>. Column families the directory already has
    /// beyond ours are opened too (RocksDB refuses to open a database without all of them) and left alone.
    /// </summary>
    /// <exception cref="IOException">The directory cannot be created, is locked by another process, or is not a database.</exception>
    public static RocksDbDatabase Open(string path, bool syncWrites = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string fullPath = System.IO.Path.GetFullPath(path);
        try
        {
            Directory.CreateDirectory(fullPath);
            DbOptions options = new DbOptions()
                .SetCreateIfMissing(true)
                .SetCreateMissingColumnFamilies(true)
                .SetKeepLogFileNum(4);
            var families = new ColumnFamilies();
            var names = new HashSet<string>(StringComparer.Ordinal) { "default" };
            foreach (KeyValueColumn column in KeyValueColumns.All)
            {
                string name = KeyValueColumns.Name(column);
                families.Add(name, new ColumnFamilyOptions());
                names.Add(name);
            }

            if (File.Exists(System.IO.Path.Combine(fullPath, "CURRENT")))
            {
                foreach (string existing in RocksDb.ListColumnFamilies(options, fullPath))
                {
                    if (names.Add(existing))
                    {
                        families.Add(existing, new ColumnFamilyOptions());
                    }
                }
            }

            RocksDb db = RocksDb.Open(options, fullPath, families);
            return new RocksDbDatabase(fullPath, db, syncWrites);
        }
        catch (RocksDbException ex)
        {
            throw new IOException($"Cannot open the database at '{fullPath}': {ex.Message}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new IOException($"Cannot open the database at '{fullPath}': {ex.Message}", ex);
        }
    }

    public IKeyValueStore GetColumn(KeyValueColumn column) => _columns[(int)column];

    /// <summary>The column view as its concrete type.</summary>
    public RocksDbKeyValueStore Column(KeyValueColumn column) => _columns[(int)column];

    public void Write(ColumnWriteBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        using var native = new RocksDbSharp.WriteBatch();
        int operations = 0;
        foreach (KeyValuePair<KeyValueColumn, Core.Storage.WriteBatch> column in batch.Columns())
        {
            operations += Append(native, _columns[(int)column.Key].Handle, column.Value);
        }

        if (operations > 0)
        {
            Native.Write(native, _writeOptions);
        }
    }

    public IKeyValueDatabaseSnapshot GetSnapshot() => new DatabaseSnapshot(this, OpenSnapshot());

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        // Snapshots must be released before the database closes; their owners' later Dispose calls become no-ops.
        foreach (RocksDbSnapshotLease lease in _snapshots.Keys)
        {
            lease.Release();
        }

        _db.Dispose();
    }

    /// <summary>Adds the operations of <paramref name="batch"/> for column family <paramref name="handle"/> to <paramref name="native"/>.</summary>
    internal static int Append(RocksDbSharp.WriteBatch native, ColumnFamilyHandle handle, Core.Storage.WriteBatch batch)
    {
        IReadOnlyList<KeyValuePair<byte[], byte[]?>> operations = batch.SortedOperations();
        foreach (KeyValuePair<byte[], byte[]?> operation in operations)
        {
            if (operation.Value is null)
            {
                native.Delete(operation.Key, handle);
            }
            else
            {
                native.Put(operation.Key, operation.Value, handle);
            }
        }

        return operations.Count;
    }

    internal RocksDbSnapshotLease OpenSnapshot()
    {
        var lease = new RocksDbSnapshotLease(Native.CreateSnapshot(), this);
        _snapshots[lease] = 0;
        if (Volatile.Read(ref _disposed) != 0)
        {
            // Lost a race with Dispose: the database may already be closed, so the lease must not outlive this call.
            lease.Release();
            throw new ObjectDisposedException(nameof(RocksDbDatabase));
        }

        return lease;
    }

    internal void Forget(RocksDbSnapshotLease lease) => _snapshots.TryRemove(lease, out _);

    private sealed class DatabaseSnapshot(RocksDbDatabase database, RocksDbSnapshotLease lease) : IKeyValueDatabaseSnapshot
    {
        public IReadOnlyKeyValueStore GetColumn(KeyValueColumn column) =>
            new RocksDbKeyValueStore.SnapshotView(database.Column(column), lease, ownsLease: false);

        public void Dispose() => lease.Release();
    }
}
