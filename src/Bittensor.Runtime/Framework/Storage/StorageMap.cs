using Bittensor.Core.Hashing;

namespace Bittensor.Runtime.Framework.Storage;

/// <summary>
/// A map (<c>StorageMap&lt;_, Hasher, K, V, Query&gt;</c>): key <c>prefix ++ hasher(encode(k))</c>. Iteration decodes keys only
/// for reversible hashers (Blake2_128Concat, Twox64Concat, Identity).
/// </summary>
public sealed class StorageMap<TKey, TValue> : StorageEntry
{
    private readonly ValueCodec<TKey> _keyCodec;
    private readonly ValueCodec<TValue> _valueCodec;
    private readonly StorageHasher _hasher;
    private readonly TValue _default;

    public StorageMap(string pallet, string name, StorageHasher hasher, ValueCodec<TKey> keyCodec, ValueCodec<TValue> valueCodec, StorageModifier modifier, TValue defaultValue, params string[] docs)
        : base(pallet, name, modifier, valueCodec?.Type ?? throw new ArgumentNullException(nameof(valueCodec)), [hasher], [keyCodec?.Type ?? throw new ArgumentNullException(nameof(keyCodec))], modifier == StorageModifier.Default ? valueCodec.Encode(defaultValue) : [0], docs)
    {
        _keyCodec = keyCodec;
        _valueCodec = valueCodec;
        _hasher = hasher;
        _default = defaultValue;
    }

    public StorageHasher Hasher => _hasher;

    public byte[] KeyFor(in TKey key)
    {
        System.Buffers.ArrayBufferWriter<byte> buffer = Core.Scale.ScaleCodec.RentScratch();
        try
        {
            var writer = new Core.Scale.ScaleWriter(buffer);
            _keyCodec.Encode(in key, ref writer);
            ReadOnlySpan<byte> encoded = buffer.WrittenSpan;
            byte[] result = new byte[32 + StorageKey.HashedLength(_hasher, encoded.Length)];
            Prefix.CopyTo(result, 0);
            StorageKey.Hash(_hasher, encoded, result.AsSpan(32));
            return result;
        }
        finally
        {
            Core.Scale.ScaleCodec.ReturnScratch(buffer);
        }
    }

    public TValue Get(IStorage storage, in TKey key) => TryGet(storage, key, out TValue value) ? value : _default;

    public bool TryGet(IStorage storage, in TKey key, out TValue value)
    {
        ArgumentNullException.ThrowIfNull(storage);
        byte[]? raw = storage.Get(KeyFor(in key));
        if (raw is not null && _valueCodec.TryDecode(raw, out value))
        {
            return true;
        }

        value = _default;
        return false;
    }

    public bool ContainsKey(IStorage storage, in TKey key) => storage?.Contains(KeyFor(in key)) ?? throw new ArgumentNullException(nameof(storage));

    public void Insert(IStorage storage, in TKey key, in TValue value)
    {
        ArgumentNullException.ThrowIfNull(storage);
        storage.Set(KeyFor(in key), _valueCodec.Encode(in value));
    }

    public void Remove(IStorage storage, in TKey key)
    {
        ArgumentNullException.ThrowIfNull(storage);
        storage.Remove(KeyFor(in key));
    }

    public TValue Take(IStorage storage, in TKey key)
    {
        TValue value = Get(storage, key);
        Remove(storage, key);
        return value;
    }

    public TValue Mutate(IStorage storage, in TKey key, Func<TValue, TValue> update)
    {
        ArgumentNullException.ThrowIfNull(update);
        TValue value = update(Get(storage, key));
        Insert(storage, key, value);
        return value;
    }

    /// <summary>All entries in key order (by hashed key), with decoded keys; needs a reversible hasher.</summary>
    public IEnumerable<KeyValuePair<TKey, TValue>> Iterate(IStorage storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        int skip = HashPrefixLength(_hasher);
        if (skip < 0)
        {
            throw new InvalidOperationException($"{this} uses {_hasher}, whose keys cannot be decoded");
        }

        foreach (KeyValuePair<byte[], byte[]> entry in storage.Iterate(Prefix))
        {
            if (_keyCodec.TryDecode(entry.Key.AsSpan(32 + skip), out TKey key) && _valueCodec.TryDecode(entry.Value, out TValue value))
            {
                yield return new KeyValuePair<TKey, TValue>(key, value);
            }
        }
    }

    /// <summary>Removes every entry; returns how many were removed.</summary>
    public int Clear(IStorage storage) => storage?.ClearPrefix(Prefix) ?? throw new ArgumentNullException(nameof(storage));
}
