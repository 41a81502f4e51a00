namespace Bittensor.Core.Storage;

/// <summary>
/// A list of puts and deletes applied atomically by <see cref="IKeyValueStore.Write"/>. When a key appears more than once,
/// the last operation wins. Keys and values are copied on entry, so callers may reuse their buffers.
/// </summary>
public sealed class WriteBatch
{
    private readonly Dictionary<byte[], byte[]?> _operations = new(ByteArrayComparer.Instance);

    /// <summary>Number of distinct keys touched.</summary>
    public int Count => _operations.Count;

    public void Set(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value) => _operations[key.ToArray()] = value.ToArray();

    public void Remove(ReadOnlySpan<byte> key) => _operations[key.ToArray()] = null;

    /// <summary>Adds a put (non-null value) or a delete (null value).</summary>
    public void Add(byte[] key, byte[]? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        _operations[(byte[])key.Clone()] = value is null ? null : (byte[])value.Clone();
    }

    /// <summary>The operations sorted by key; a null value is a delete.</summary>
    public IReadOnlyList<KeyValuePair<byte[], byte[]?>> SortedOperations()
    {
        var list = new List<KeyValuePair<byte[], byte[]?>>(_operations);
        list.Sort(static (a, b) => ByteArrayComparer.Instance.Compare(a.Key, b.Key));
        return list;
    }
}
