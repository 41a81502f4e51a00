using Bittensor.Core.Hashing;
using Bittensor.Core.Scale;

namespace Bittensor.Core.Metadata;

/// <summary>
/// A storage item found through <see cref="ChainMetadata.Storage"/>: its entry metadata with the pallet's key
/// prefix, the types of its keys, and helpers to build keys (<c>twox128(prefix) ++ twox128(name) ++
/// hasher_i(key_i)…</c>, via <see cref="StorageKey"/>) and to decode values and keys.
/// </summary>
public sealed class StorageItem
{
    private readonly ScaleValueCodec _codec;

    internal StorageItem(ScaleValueCodec codec, PalletMetadata pallet, PalletStorageMetadata storage, StorageEntryMetadata entry)
    {
        _codec = codec;
        PalletName = pallet.Name;
        Prefix = storage.Prefix;
        Entry = entry;
        KeyTypes = SplitKeyTypes(codec.Types, entry);
    }

    public string PalletName { get; }

    /// <summary>The storage prefix (normally the pallet name): the first 16 bytes of every key are its twox128.</summary>
    public string Prefix { get; }

    public StorageEntryMetadata Entry { get; }

    public string Name => Entry.Name;

    public StorageEntryModifier Modifier => Entry.Modifier;

    /// <summary>One hasher per key; empty for a plain value.</summary>
    public IReadOnlyList<StorageHasher> Hashers => Entry.Hashers;

    /// <summary>The type of each key, in order (the elements of the key tuple when there are several hashers).</summary>
    public IReadOnlyList<uint> KeyTypes { get; }

    public uint ValueType => Entry.ValueType;

    /// <summary>The bytes an absent key reads as.</summary>
    public ReadOnlyMemory<byte> Default => Entry.Default;

    public bool IsMap => Entry.IsMap;

    /// <summary>The 32-byte <c>twox128(prefix) ++ twox128(name)</c>: the key of a plain value, the common prefix of a map's keys.</summary>
    public byte[] KeyPrefix() => StorageKey.Prefix(Prefix, Name);

    /// <summary>
    /// The key for the given SCALE-encoded keys, hashed with the entry's hashers in order. Fewer keys than
    /// hashers give a prefix to iterate (<c>state_getKeysPaged</c>); none gives <see cref="KeyPrefix"/>.
    /// </summary>
    public byte[] KeyFromEncoded(params ReadOnlySpan<byte[]> encodedKeys)
    {
        if (encodedKeys.Length > Hashers.Count)
        {
            throw new ArgumentException($"{PalletName}.{Name} has {Hashers.Count} key(s), got {encodedKeys.Length}", nameof(encodedKeys));
        }

        var parts = new (StorageHasher, byte[])[encodedKeys.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(encodedKeys[i], nameof(encodedKeys));
            parts[i] = (Hashers[i], encodedKeys[i]);
        }

        return StorageKey.For(Prefix, Name, parts);
    }

    /// <summary>The key for the given key values, each encoded as its key type; fewer values than keys give a prefix.</summary>
    public byte[] Key(params ReadOnlySpan<ScaleValue> keys)
    {
        if (keys.Length > KeyTypes.Count)
        {
            throw new ArgumentException($"{PalletName}.{Name} has {KeyTypes.Count} key(s), got {keys.Length}", nameof(keys));
        }

        byte[][] encoded = new byte[keys.Length][];
        for (int i = 0; i < keys.Length; i++)
        {
            try
            {
                encoded[i] = _codec.Encode(KeyTypes[i], keys[i]);
            }
            catch (ValueEncodeException e)
            {
                throw e.Under($"key[{i}]");
            }
        }

        return KeyFromEncoded(encoded);
    }

    /// <summary>Decodes a stored value (all of <paramref name="data"/>) as the value type.</summary>
    public ScaleValue DecodeValue(ReadOnlySpan<byte> data) => _codec.Decode(ValueType, data);

    /// <summary>
    /// What a client reads for a key: <paramref name="data"/> when present; when absent (<c>null</c> from
    /// <c>state_getStorage</c>) the entry's default for a Default entry, or null for an Optional entry.
    /// </summary>
    public ScaleValue? DecodeValueOrDefault(byte[]? data)
    {
        if (data is not null)
        {
            return DecodeValue(data);
        }

        return Modifier == StorageEntryModifier.Default ? DecodeValue(Default.Span) : null;
    }

    /// <summary>
    /// Splits a full key of this item into its keys. Keys behind a transparent hasher (Blake2_128Concat,
    /// Twox64Concat, Identity) are decoded; keys behind an opaque hasher are null (their hash is skipped).
    /// </summary>
    public IReadOnlyList<ScaleValue?> DecodeKey(ReadOnlySpan<byte> key)
    {
        if (KeyTypes.Count != Hashers.Count)
        {
            throw new InvalidOperationException($"{PalletName}.{Name} has {Hashers.Count} hashers but its key type does not split into as many keys");
        }

        ReadOnlySpan<byte> prefix = KeyPrefix();
        if (!key.StartsWith(prefix))
        {
            throw new FormatException($"SCALE: key does not start with the {PalletName}.{Name} prefix at offset 0");
        }

        var reader = new ScaleReader(key);
        reader.ReadBytes(prefix.Length);
        var values = new ScaleValue?[Hashers.Count];
        for (int i = 0; i < values.Length; i++)
        {
            StorageHasher hasher = Hashers[i];
            switch (hasher)
            {
                case StorageHasher.Blake2_128Concat:
                    reader.ReadBytes(16, "Blake2_128Concat hash");
                    values[i] = _codec.Decode(KeyTypes[i], ref reader);
                    break;
                case StorageHasher.Twox64Concat:
                    reader.ReadBytes(8, "Twox64Concat hash");
                    values[i] = _codec.Decode(KeyTypes[i], ref reader);
                    break;
                case StorageHasher.Identity:
                    values[i] = _codec.Decode(KeyTypes[i], ref reader);
                    break;
                default:
                    reader.ReadBytes(StorageKey.HashedLength(hasher, 0), $"{hasher} hash");
                    values[i] = null;
                    break;
            }
        }

        reader.EnsureConsumed();
        return values;
    }

    public override string ToString() => $"{PalletName}.{Name}";

    private static uint[] SplitKeyTypes(PortableRegistry types, StorageEntryMetadata entry)
    {
        if (entry.KeyType is not uint key)
        {
            return [];
        }

        if (entry.Hashers.Count > 1
            && types.TryResolve(key, out PortableType? tuple)
            && tuple.Definition is TupleDefinition t
            && t.Elements.Count == entry.Hashers.Count)
        {
            return [.. t.Elements];
        }

        return [key];
    }
}
