namespace Bittensor.Runtime.Framework.Storage;

/// <summary>
/// The state as a pallet sees it during a block: reads fall through pending changes to the parent state; writes stay pending
/// until the block commits. Keys are raw storage keys (<c>twox128(pallet) ++ twox128(item) ++ …</c>).
/// </summary>
public interface IStorage
{
    /// <summary>The value under <paramref name="key"/>, or null. Callers must not modify the returned array.</summary>
    byte[]? Get(ReadOnlySpan<byte> key);

    bool Contains(ReadOnlySpan<byte> key) => Get(key) is not null;

    void Set(byte[] key, byte[] value);

    void Remove(byte[] key);

    /// <summary>The smallest key strictly greater than <paramref name="key"/> in the current state, or null.</summary>
    byte[]? NextKey(byte[] key);

    /// <summary>Current entries with <paramref name="prefix"/>, in key order, strictly after <paramref name="startAfter"/> when given.</summary>
    IReadOnlyList<KeyValuePair<byte[], byte[]>> Iterate(byte[] prefix, byte[]? startAfter = null);

    /// <summary>Removes every key with <paramref name="prefix"/>; returns how many were removed.</summary>
    int ClearPrefix(byte[] prefix)
    {
        IReadOnlyList<KeyValuePair<byte[], byte[]>> entries = Iterate(prefix);
        foreach (KeyValuePair<byte[], byte[]> entry in entries)
        {
            Remove(entry.Key);
        }

        return entries.Count;
    }
}
