namespace Bittensor.Core.Storage;

/// <summary>A consistent, read-only view of a store at one moment; later writes to the store are not visible through it.</summary>
public interface IKeyValueSnapshot : IReadOnlyKeyValueStore, IDisposable
{
}
