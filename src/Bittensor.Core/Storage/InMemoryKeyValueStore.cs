namespace Bittensor.Core.Storage;

/// <summary>
/// An <see cref="IKeyValueStore"/> held in memory as two sorted arrays that are replaced, never changed: a write builds
/// new arrays under a lock and publishes them with one reference swap. Readers and snapshots therefore never lock and a
/// snapshot costs one reference. A write costs O(n + m log m) for m changed keys over n stored ones, which suits a dev
/// chain that commits one batch per block.
/// </summary>
public sealed class InMemoryKeyValueStore : IKeyValueStore
{
    private readonly Lock _writeLock = new();
    private volatile SortedTable _table = SortedTable.Empty;

    /// <summary>Number of stored keys.</summary>
    public int Count => _table.Count;

    public byte[]? Get(ReadOnlySpan<byte> key) => _table.Get(key);

    public byte[]? NextKey(ReadOnlySpan<byte> key) => _table.NextKey(key);

    public IEnumerable<KeyValuePair<byte[], byte[]>> Iterate(byte[] prefix, byte[]? startAfter = null) =>
        _table.Iterate(prefix, startAfter);

    public void Set(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        var batch = new WriteBatch();
        batch.Set(key, value);
        Write(batch);
    }

    public void Remove(ReadOnlySpan<byte> key)
    {
        var batch = new WriteBatch();
        batch.Remove(key);
        Write(batch);
    }

    public void Write(WriteBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        IReadOnlyList<KeyValuePair<byte[], byte[]?>> operations = batch.SortedOperations();
        if (operations.Count == 0)
        {
            return;
        }

        lock (_writeLock)
        {
            _table = _table.Merge(operations);
        }
    }

    public IKeyValueSnapshot GetSnapshot() => new Snapshot(_table);

    /// <summary>An immutable sorted key/value table.</summary>
    private sealed class SortedTable
    {
        public static readonly SortedTable Empty = new([], []);

        private readonly byte[][] _keys;
        private readonly byte[][] _values;

        private SortedTable(byte[][] keys, byte[][] values)
        {
            _keys = keys;
            _values = values;
        }

        public int Count => _keys.Length;

        public byte[]? Get(ReadOnlySpan<byte> key)
        {
            int index = Find(key);
            return index >= 0 ? _values[index] : null;
        }

        public byte[]? NextKey(ReadOnlySpan<byte> key)
        {
            int index = Find(key);
            int next = index >= 0 ? index + 1 : ~index;
            return next < _keys.Length ? _keys[next] : null;
        }

        public IEnumerable<KeyValuePair<byte[], byte[]>> Iterate(byte[] prefix, byte[]? startAfter)
        {
            ArgumentNullException.ThrowIfNull(prefix);
            int index = Find(prefix);
            if (index < 0)
            {
                index = ~index;
            }

            if (startAfter is not null && startAfter.AsSpan().SequenceCompareTo(prefix) >= 0)
            {
                int after = Find(startAfter);
                index = Math.Max(index, after >= 0 ? after + 1 : ~after);
            }

            return Enumerate(prefix, index);
        }

        private IEnumerable<KeyValuePair<byte[], byte[]>> Enumerate(byte[] prefix, int index)
        {
            for (int i = index; i < _keys.Length && _keys[i].AsSpan().StartsWith(prefix); i++)
            {
                yield return new KeyValuePair<byte[], byte[]>(_keys[i], _values[i]);
            }
        }

        /// <summary>Merges sorted, de-duplicated operations (null value = delete) into a new table.</summary>
        public SortedTable Merge(IReadOnlyList<KeyValuePair<byte[], byte[]?>> operations)
        {
            var keys = new List<byte[]>(_keys.Length + operations.Count);
            var values = new List<byte[]>(_keys.Length + operations.Count);
            int i = 0;
            int j = 0;
            while (i < _keys.Length || j < operations.Count)
            {
                int order = i == _keys.Length ? 1 : j == operations.Count ? -1 : _keys[i].AsSpan().SequenceCompareTo(operations[j].Key);
                if (order < 0)
                {
                    keys.Add(_keys[i]);
                    values.Add(_values[i]);
                    i++;
                    continue;
                }

                if (order == 0)
                {
                    i++;
                }

                byte[]? value = operations[j].Value;
                if (value is not null)
                {
                    keys.Add(operations[j].Key);
                    values.Add(value);
                }

                j++;
            }

            return new SortedTable([.. keys], [.. values]);
        }

        private int Find(ReadOnlySpan<byte> key)
        {
            int lo = 0;
            int hi = _keys.Length - 1;
            while (lo <= hi)
            {
                int mid = lo + ((hi - lo) >> 1);
                int order = _keys[mid].AsSpan().SequenceCompareTo(key);
                if (order == 0)
                {
                    return mid;
                }

                if (order < 0)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return ~lo;
        }
    }

    private sealed class Snapshot(SortedTable table) : IKeyValueSnapshot
    {
        public byte[]? Get(ReadOnlySpan<byte> key) => table.Get(key);

        public byte[]? NextKey(ReadOnlySpan<byte> key) => table.NextKey(key);

        public IEnumerable<KeyValuePair<byte[], byte[]>> Iterate(byte[] prefix, byte[]? startAfter = null) => table.Iterate(prefix, startAfter);

        public void Dispose()
        {
            // Nothing to release: the table is immutable and collected when unreferenced.
        }
    }
}
