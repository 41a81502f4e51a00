namespace Bittensor.Core.Storage;

/// <summary>
/// An ordered byte-keyed store with atomic batches and read snapshots. <see cref="InMemoryKeyValueStore"/> backs tests and
/// dev chains; the node adds a RocksDB implementation behind the same interface.
/// </summary>
public interface IKeyValueStore : IReadOnlyKeyValueStore
{
    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>, replacing any previous value.</summary>
    void Set(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value);

    /// <summary>Deletes <paramref name="key"/>; absent keys are ignored.</summary>
    void Remove(ReadOnlySpan<byte> key);

    /// <summary>Applies every operation of <paramref name="batch"/> at once: readers and snapshots see all of it or none.</summary>
    void Write(WriteBatch batch);

    /// <summary>A snapshot of the current contents.</summary>
    IKeyValueSnapshot GetSnapshot();
}
