using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Framework.Storage;

/// <summary>
/// An N-map (<c>StorageNMap&lt;_, (NMapKey&lt;H1, K1&gt;, …), V&gt;</c>): key <c>prefix ++ h1(k1) ++ h2(k2) ++ …</c>. Key values are
/// passed in order as the CLR types <see cref="ScaleValue"/> maps each part's type to; a shorter list is a prefix.
/// </summary>
public sealed class StorageNMap<TValue> : StorageEntry
{
    private readonly IReadOnlyList<StorageKeyPart> _parts;
    private readonly ValueCodec<TValue> _valueCodec;
    private readonly TValue _default;

    public StorageNMap(string pallet, string name, IReadOnlyList<StorageKeyPart> parts, ValueCodec<TValue> valueCodec, StorageModifier modifier, TValue defaultValue, params string[] docs)
        : base(pallet, name, modifier, valueCodec?.Type ?? throw new ArgumentNullException(nameof(valueCodec)), [.. (parts ?? throw new ArgumentNullException(nameof(parts))).Select(p => p.Hasher)], [.. parts.Select(p => p.Type)], modifier == StorageModifier.Default ? valueCodec.Encode(defaultValue) : [0], docs)
    {
        if (parts.Count == 0)
        {
            throw new ArgumentException("an N-map needs at least one key", nameof(parts));
        }

        _parts = parts;
        _valueCodec = valueCodec;
        _default = defaultValue;
    }

    public IReadOnlyList<StorageKeyPart> Parts => _parts;

    /// <summary>The key for a full key list, or the iteration prefix for a shorter one.</summary>
    public byte[] KeyFor(params object?[] keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length > _parts.Count)
        {
            throw new ArgumentException($"{this} has {_parts.Count} key(s), got {keys.Length}", nameof(keys));
        }

        var key = new List<byte>(32 + (48 * keys.Length));
        key.AddRange(Prefix);
        for (int i = 0; i < keys.Length; i++)
        {
            AppendHashed(key, _parts[i].Hasher, ScaleValue.EncodeToArray(_parts[i].Type, keys[i]));
        }

        return [.. key];
    }

    public TValue Get(IStorage storage, params object?[] keys) => TryGet(storage, out TValue value, keys) ? value : _default;

    public bool TryGet(IStorage storage, out TValue value, params object?[] keys)
    {
        ArgumentNullException.ThrowIfNull(storage);
        RequireFull(keys);
        byte[]? raw = storage.Get(KeyFor(keys));
        if (raw is not null && _valueCodec.TryDecode(raw, out value))
        {
            return true;
        }

        value = _default;
        return false;
    }

    public void Insert(IStorage storage, TValue value, params object?[] keys)
    {
        ArgumentNullException.ThrowIfNull(storage);
        RequireFull(keys);
        storage.Set(KeyFor(keys), _valueCodec.Encode(in value));
    }

    public void Remove(IStorage storage, params object?[] keys)
    {
        ArgumentNullException.ThrowIfNull(storage);
        RequireFull(keys);
        storage.Remove(KeyFor(keys));
    }

    /// <summary>Values of the entries under a (possibly empty) key prefix, with their raw storage keys.</summary>
    public IEnumerable<KeyValuePair<byte[], TValue>> IteratePrefix(IStorage storage, params object?[] prefixKeys)
    {
        ArgumentNullException.ThrowIfNull(storage);
        foreach (KeyValuePair<byte[], byte[]> entry in storage.Iterate(KeyFor(prefixKeys)))
        {
            if (_valueCodec.TryDecode(entry.Value, out TValue value))
            {
                yield return new KeyValuePair<byte[], TValue>(entry.Key, value);
            }
        }
    }

    private void RequireFull(object?[] keys)
    {
        if (keys.Length != _parts.Count)
        {
            throw new ArgumentException($"{this} needs {_parts.Count} key(s), got {keys.Length}", nameof(keys));
        }
    }
}
