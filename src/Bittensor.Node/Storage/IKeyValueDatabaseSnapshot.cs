using Bittensor.Core.Storage;

namespace Bittensor.Node.Storage;

/// <summary>A read-only view of all columns of an <see cref="IKeyValueDatabase"/> at one moment.</summary>
internal interface IKeyValueDatabaseSnapshot : IDisposable
{
    /// <summary>The snapshot's view of <paramref name="column"/>; valid until this snapshot is disposed.</summary>
    IReadOnlyKeyValueStore GetColumn(KeyValueColumn column);
}
