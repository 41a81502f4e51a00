namespace Bittensor.Runtime.Framework.Storage;

/// <summary>Metadata <c>StorageEntryModifier</c>: OptionQuery (absent reads as None) or ValueQuery (absent reads as the default).</summary>
public enum StorageModifier : byte
{
    Optional = 0,
    Default = 1,
}
