using Bittensor.Core.Hashing;

namespace Bittensor.Core.Metadata;

/// <summary>
/// One storage item (frame_metadata's <c>StorageEntryMetadata</c>). A plain value has no
/// <see cref="KeyType"/> and no hashers; a map has one hasher per key and a key type that is the key itself
/// (one hasher) or a tuple of the keys (several hashers).
/// </summary>
public sealed record StorageEntryMetadata
{
    public StorageEntryMetadata(
        string name,
        StorageEntryModifier modifier,
        IEnumerable<StorageHasher>? hashers,
        uint? keyType,
        uint valueType,
        ReadOnlyMemory<byte> defaultValue,
        IEnumerable<string>? docs = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Modifier = modifier;
        Hashers = EquatableArray.Of(hashers);
        KeyType = keyType;
        ValueType = valueType;
        Default = defaultValue.ToArray();
        Docs = EquatableArray.Of(docs);
        if (keyType is null && Hashers.Count != 0)
        {
            throw new ArgumentException("a plain storage value has no hashers", nameof(hashers));
        }
    }

    /// <summary>A plain storage value (<c>StorageEntryType::Plain</c>).</summary>
    public static StorageEntryMetadata Plain(string name, StorageEntryModifier modifier, uint valueType, ReadOnlyMemory<byte> defaultValue, IEnumerable<string>? docs = null) =>
        new(name, modifier, null, null, valueType, defaultValue, docs);

    /// <summary>A map (<c>StorageEntryType::Map</c>); <paramref name="keyType"/> is a tuple of the keys when there are several hashers.</summary>
    public static StorageEntryMetadata Map(string name, StorageEntryModifier modifier, IEnumerable<StorageHasher> hashers, uint keyType, uint valueType, ReadOnlyMemory<byte> defaultValue, IEnumerable<string>? docs = null) =>
        new(name, modifier, hashers, keyType, valueType, defaultValue, docs);

    /// <summary>The item name: the second part of the storage key prefix.</summary>
    public string Name { get; init; }

    public StorageEntryModifier Modifier { get; init; }

    /// <summary>One hasher per key; empty for a plain value.</summary>
    public IReadOnlyList<StorageHasher> Hashers { get; init => field = EquatableArray.Of(value); }

    /// <summary>The key type of a map, null for a plain value.</summary>
    public uint? KeyType { get; init; }

    public uint ValueType { get; init; }

    /// <summary>The SCALE bytes read when the key is absent (for <see cref="StorageEntryModifier.Default"/>; typically <c>0x00</c> otherwise).</summary>
    public ReadOnlyMemory<byte> Default { get; init; }

    public IReadOnlyList<string> Docs { get; init => field = EquatableArray.Of(value); }

    /// <summary>True for a map, false for a plain value.</summary>
    public bool IsMap => KeyType is not null;

    public bool Equals(StorageEntryMetadata? other) =>
        other is not null
        && Name == other.Name
        && Modifier == other.Modifier
        && Hashers.Equals(other.Hashers)
        && KeyType == other.KeyType
        && ValueType == other.ValueType
        && Default.Span.SequenceEqual(other.Default.Span)
        && Docs.Equals(other.Docs);

    public override int GetHashCode() => HashCode.Combine(Name, Modifier, KeyType, ValueType, Default.Length);
}
