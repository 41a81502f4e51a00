using RocksDbSharp;

namespace Bittensor.Node.Storage;

/// <summary>
/// One native RocksDB snapshot and the read options that pin it. Released once, by its owner or by the database
/// closing first (RocksDB must not close with snapshots outstanding).
/// </summary>
internal sealed class RocksDbSnapshotLease
{
    private readonly Snapshot _snapshot;
    private readonly RocksDbDatabase _database;
    private int _released;

    public RocksDbSnapshotLease(Snapshot snapshot, RocksDbDatabase database)
    {
        _snapshot = snapshot;
        _database = database;
        ReadOptions = new ReadOptions().SetSnapshot(snapshot);
    }

    public ReadOptions ReadOptions { get; }

    /// <summary>The read options, or <see cref="ObjectDisposedException"/> once released.</summary>
    public ReadOptions Check()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _released) != 0, this);
        return ReadOptions;
    }

    public void Release()
    {
        if (Interlocked.Exchange(ref _released, 1) != 0)
        {
            return;
        }

        _snapshot.Dispose();
        _database.Forget(this);
    }
}
