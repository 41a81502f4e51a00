namespace Bittensor.Core.Metadata;

/// <summary>
/// frame_metadata's <c>StorageEntryModifier</c>: whether an absent key reads as None (<see cref="Optional"/>,
/// the value type is wrapped in <c>Option</c> by the pallet API) or as the entry's default bytes.
/// </summary>
public enum StorageEntryModifier : byte
{
    Optional = 0,
    Default = 1,
}
