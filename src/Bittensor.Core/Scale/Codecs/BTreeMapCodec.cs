namespace Bittensor.Core.Scale;

/// <summary>
/// SCALE codec for <c>BTreeMap&lt;K, V&gt;</c> as a <see cref="SortedDictionary{TKey, TValue}"/>: compact count +
/// pairs in the dictionary's key order, which must match Rust's <c>K: Ord</c> (the default comparer does for
/// integers, AccountId32 and H256). Decoding accepts any pair order and keeps the last value of a repeated key.
/// </summary>
public readonly struct BTreeMapCodec<TKey, TKeyCodec, TValue, TValueCodec> : IScaleCodec<SortedDictionary<TKey, TValue>>
    where TKey : notnull
    where TKeyCodec : IScaleCodec<TKey>
    where TValueCodec : IScaleCodec<TValue>
{
    public static void Encode(in SortedDictionary<TKey, TValue> value, ref ScaleWriter writer)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteMap<TKey, TKeyCodec, TValue, TValueCodec>(value, value.Comparer);
    }

    public static SortedDictionary<TKey, TValue> Decode(ref ScaleReader reader) =>
        reader.ReadMap<TKey, TKeyCodec, TValue, TValueCodec>();
}
