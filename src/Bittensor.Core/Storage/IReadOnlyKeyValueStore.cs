namespace Bittensor.Core.Storage;

/// <summary>
/// Read access to an ordered byte-keyed store. Keys are ordered as unsigned bytes (<see cref="ByteArrayComparer"/>).
/// </summary>
public interface IReadOnlyKeyValueStore
{
    /// <summary>The value stored under <paramref name="key"/>, or null when absent.</summary>
    byte[]? Get(ReadOnlySpan<byte> key);

    /// <summary>True when <paramref name="key"/> holds a value (possibly empty).</summary>
    bool Contains(ReadOnlySpan<byte> key) => Get(key) is not null;

    /// <summary>The smallest key strictly greater than <paramref name="key"/>, or null (Substrate's <c>next_key</c>).</summary>
    byte[]? NextKey(ReadOnlySpan<byte> key);

    /// <summary>
    /// The entries whose key starts with <paramref name="prefix"/>, in key order, beginning strictly after
    /// <paramref name="startAfter"/> when it is given (the paging rule of <c>state_getKeysPaged</c>).
    /// </summary>
    IEnumerable<KeyValuePair<byte[], byte[]>> Iterate(byte[] prefix, byte[]? startAfter = null);
}
