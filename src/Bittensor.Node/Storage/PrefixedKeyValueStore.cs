using Bittensor.Core.Storage;

namespace Bittensor.Node.Storage;

/// <summary>
/// A column of <see cref="InMemoryKeyValueDatabase"/>: every key of the inner store that starts with one byte, with that
/// byte hidden. Prefixing preserves unsigned byte order, so iteration order is the inner store's.
/// </summary>
internal sealed class PrefixedKeyValueStore : IKeyValueStore
{
    private readonly IReadOnlyKeyValueStore _reader;
    private readonly IKeyValueStore? _writer;
    private readonly byte _prefix;

    /// <param name="reader">Where reads go (the live store or a snapshot).</param>
    /// <param name="writer">Where writes go; null for a read-only (snapshot) view.</param>
    /// <param name="prefix">The column byte.</param>
    public PrefixedKeyValueStore(IReadOnlyKeyValueStore reader, IKeyValueStore? writer, byte prefix)
    {
        _reader = reader;
        _writer = writer;
        _prefix = prefix;
    }

    public byte[]? Get(ReadOnlySpan<byte> key) => _reader.Get(Prefix(_prefix, key));

    public byte[]? NextKey(ReadOnlySpan<byte> key)
    {
        byte[]? next = _reader.NextKey(Prefix(_prefix, key));
        return next is not null && next.Length > 0 && next[0] == _prefix ? next[1..] : null;
    }

    public IEnumerable<KeyValuePair<byte[], byte[]>> Iterate(byte[] prefix, byte[]? startAfter = null)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        IEnumerable<KeyValuePair<byte[], byte[]>> inner = _reader.Iterate(Prefix(_prefix, prefix), startAfter is null ? null : Prefix(_prefix, startAfter));
        return Strip(inner);
    }

    public void Set(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value) => Writer.Set(Prefix(_prefix, key), value);

    public void Remove(ReadOnlySpan<byte> key) => Writer.Remove(Prefix(_prefix, key));

    public void Write(WriteBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var prefixed = new WriteBatch();
        foreach (KeyValuePair<byte[], byte[]?> operation in batch.SortedOperations())
        {
            prefixed.Add(Prefix(_prefix, operation.Key), operation.Value);
        }

        Writer.Write(prefixed);
    }

    public IKeyValueSnapshot GetSnapshot() => new Snapshot(Writer.GetSnapshot(), _prefix);

    /// <summary><paramref name="prefix"/> followed by <paramref name="key"/>.</summary>
    internal static byte[] Prefix(byte prefix, ReadOnlySpan<byte> key)
    {
        byte[] result = new byte[key.Length + 1];
        result[0] = prefix;
        key.CopyTo(result.AsSpan(1));
        return result;
    }

    private IKeyValueStore Writer => _writer ?? throw new InvalidOperationException("This column view is a read-only snapshot.");

    private static IEnumerable<KeyValuePair<byte[], byte[]>> Strip(IEnumerable<KeyValuePair<byte[], byte[]>> entries)
    {
        foreach (KeyValuePair<byte[], byte[]> entry in entries)
        {
            yield return new KeyValuePair<byte[], byte[]>(entry.Key[1..], entry.Value);
        }
    }

    private sealed class Snapshot(IKeyValueSnapshot inner, byte prefix) : IKeyValueSnapshot
    {
        private readonly PrefixedKeyValueStore _view = new(inner, null, prefix);

        public byte[]? Get(ReadOnlySpan<byte> key) => _view.Get(key);

        public byte[]? NextKey(ReadOnlySpan<byte> key) => _view.NextKey(key);

        public IEnumerable<KeyValuePair<byte[], byte[]>> Iterate(byte[] prefix, byte[]? startAfter = null) => _view.Iterate(prefix, startAfter);

        public void Dispose() => inner.Dispose();
    }
}
