using Bittensor.Core.Hashing;

namespace Bittensor.Runtime.Framework.Storage;

/// <summary>A double map: key <c>prefix ++ hasher1(encode(k1)) ++ hasher2(encode(k2))</c>; iterate by the first key with <see cref="IteratePrefix"/>.</summary>
public sealed class StorageDoubleMap<TKey1, TKey2, TValue> : StorageEntry
{
    private readonly ValueCodec<TKey1> _key1Codec;
    private readonly ValueCodec<TKey2> _key2Codec;
    private readonly ValueCodec<TValue> _valueCodec;
    private readonly StorageHasher _hasher1;
    private readonly StorageHasher _hasher2;
    private readonly TValue _default;

    public StorageDoubleMap(string pallet, string name, StorageHasher hasher1, ValueCodec<TKey1> key1Codec, StorageHasher hasher2, ValueCodec<TKey2> key2Codec, ValueCodec<TValue> valueCodec, StorageModifier modifier, TValue defaultValue, params string[] docs)
        : base(pallet, name, modifier, valueCodec?.Type ?? throw new ArgumentNullException(nameof(valueCodec)), [hasher1, hasher2], [key1Codec?.Type ?? throw new ArgumentNullException(nameof(key1Codec)), key2Codec?.Type ?? throw new ArgumentNullException(nameof(key2Codec))], modifier == StorageModifier.Default ? valueCodec.Encode(defaultValue) : [0], docs)
    {
        _key1Codec = key1Codec;
        _key2Codec = key2Codec;
        _valueCodec = valueCodec;
        _hasher1 = hasher1;
        _hasher2 = hasher2;
        _default = defaultValue;
    }

    public byte[] PrefixFor(in TKey1 key1)
    {
        var key = new List<byte>(96);
        key.AddRange(Prefix);
        AppendHashed(key, _hasher1, _key1Codec.Encode(in key1));
        return [.. key];
    }

    public byte[] KeyFor(in TKey1 key1, in TKey2 key2)
    {
        byte[] encoded1 = _key1Codec.Encode(in key1);
        byte[] encoded2 = _key2Codec.Encode(in key2);
        byte[] key = new byte[32 + StorageKey.HashedLength(_hasher1, encoded1.Length) + StorageKey.HashedLength(_hasher2, encoded2.Length)];
        Prefix.CopyTo(key, 0);
        int offset = 32 + StorageKey.Hash(_hasher1, encoded1, key.AsSpan(32));
        StorageKey.Hash(_hasher2, encoded2, key.AsSpan(offset));
        return key;
    }

    public TValue Get(IStorage storage, in TKey1 key1, in TKey2 key2) => TryGet(storage, key1, key2, out TValue value) ? value : _default;

    public bool TryGet(IStorage storage, in TKey1 key1, in TKey2 key2, out TValue value)
    {
        ArgumentNullException.ThrowIfNull(storage);
        byte[]? raw = storage.Get(KeyFor(in key1, in key2));
        if (raw is not null && _valueCodec.TryDecode(raw, out value))
        {
            return true;
        }

        value = _default;
        return false;
    }

    public bool ContainsKey(IStorage storage, in TKey1 key1, in TKey2 key2) => storage?.Contains(KeyFor(in key1, in key2)) ?? throw new ArgumentNullException(nameof(storage));

    public void Insert(IStorage storage, in TKey1 key1, in TKey2 key2, in TValue value)
    {
        ArgumentNullException.ThrowIfNull(storage);
        storage.Set(KeyFor(in key1, in key2), _valueCodec.Encode(in value));
    }

    public void Remove(IStorage storage, in TKey1 key1, in TKey2 key2)
    {
        ArgumentNullException.ThrowIfNull(storage);
        storage.Remove(KeyFor(in key1, in key2));
    }

    /// <summary>The entries under <paramref name="key1"/>, in hashed-key order, with decoded second keys (reversible second hasher).</summary>
    public IEnumerable<KeyValuePair<TKey2, TValue>> IteratePrefix(IStorage storage, TKey1 key1)
    {
        ArgumentNullException.ThrowIfNull(storage);
        int skip = HashPrefixLength(_hasher2);
        if (skip < 0)
        {
            throw new InvalidOperationException($"{this} uses {_hasher2} for its second key, which cannot be decoded");
        }

        byte[] prefix = PrefixFor(in key1);
        foreach (KeyValuePair<byte[], byte[]> entry in storage.Iterate(prefix))
        {
            if (_key2Codec.TryDecode(entry.Key.AsSpan(prefix.Length + skip), out TKey2 key2) && _valueCodec.TryDecode(entry.Value, out TValue value))
            {
                yield return new KeyValuePair<TKey2, TValue>(key2, value);
            }
        }
    }

    /// <summary>Removes every entry under <paramref name="key1"/>.</summary>
    public int ClearPrefix(IStorage storage, in TKey1 key1) => storage?.ClearPrefix(PrefixFor(in key1)) ?? throw new ArgumentNullException(nameof(storage));
}
