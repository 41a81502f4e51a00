using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Framework.Storage;

/// <summary>A single value (<c>StorageValue&lt;_, T, ValueQuery|OptionQuery&gt;</c>) at <c>twox128(pallet) ++ twox128(name)</c>.</summary>
public sealed class StorageValue<T> : StorageEntry
{
    private readonly ValueCodec<T> _codec;
    private readonly T _default;

    public StorageValue(string pallet, string name, ValueCodec<T> codec, StorageModifier modifier, T defaultValue, params string[] docs)
        : base(pallet, name, modifier, codec?.Type ?? throw new ArgumentNullException(nameof(codec)), [], [], modifier == StorageModifier.Default ? codec.Encode(defaultValue) : [0], docs)
    {
        _codec = codec;
        _default = defaultValue;
    }

    public byte[] Key => Prefix;

    public ValueCodec<T> Codec => _codec;

    /// <summary>The stored value, or the default when absent (ValueQuery semantics; use <see cref="TryGet"/> for OptionQuery).</summary>
    public T Get(IStorage storage) => TryGet(storage, out T value) ? value : _default;

    public bool TryGet(IStorage storage, out T value)
    {
        ArgumentNullException.ThrowIfNull(storage);
        byte[]? raw = storage.Get(Key);
        if (raw is not null && _codec.TryDecode(raw, out value))
        {
            return true;
        }

        value = _default;
        return false;
    }

    public bool Exists(IStorage storage) => storage?.Contains(Key) ?? throw new ArgumentNullException(nameof(storage));

    public void Put(IStorage storage, in T value)
    {
        ArgumentNullException.ThrowIfNull(storage);
        storage.Set(Key, _codec.Encode(in value));
    }

    public void Kill(IStorage storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        storage.Remove(Key);
    }

    /// <summary>Reads and removes the value (default when absent).</summary>
    public T Take(IStorage storage)
    {
        T value = Get(storage);
        Kill(storage);
        return value;
    }

    public T Mutate(IStorage storage, Func<T, T> update)
    {
        ArgumentNullException.ThrowIfNull(update);
        T value = update(Get(storage));
        Put(storage, value);
        return value;
    }

    /// <summary>Declared in metadata with the given type (defaults to the codec's).</summary>
    public TypeRef Type => ValueType;
}
