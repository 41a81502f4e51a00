using System.Text;

namespace Bittensor.Core.Scale;

/// <summary>Length-prefixed and generic values: bytes, strings, Vec, Option, Result, BTreeMap.</summary>
public ref partial struct ScaleWriter
{
    // Strict: a string with a lone surrogate has no UTF-8 form (Rust strings cannot hold one), so
    // encoding it throws instead of silently writing U+FFFD.
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>A collection length prefix (<c>Compact&lt;u32&gt;</c>).</summary>
    public void WriteLength(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        WriteCompact((ulong)count);
    }

    /// <summary><c>Vec&lt;u8&gt;</c>: compact length + bytes.</summary>
    public void WriteByteVec(ReadOnlySpan<byte> bytes)
    {
        WriteLength(bytes.Length);
        WriteBytes(bytes);
    }

    /// <summary><c>String</c>: compact UTF-8 byte length + UTF-8. A string with an unpaired surrogate throws <see cref="ArgumentException"/>.</summary>
    public void WriteString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        int byteCount = s_strictUtf8.GetByteCount(value);
        WriteLength(byteCount);
        if (byteCount == 0)
        {
            return;
        }

        int written = s_strictUtf8.GetBytes(value, _output.GetSpan(byteCount));
        Commit(written);
    }

    /// <summary><c>Vec&lt;T&gt;</c>: compact count + items.</summary>
    public void WriteVec<T, TCodec>(ReadOnlySpan<T> items)
        where TCodec : IScaleCodec<T>
    {
        WriteLength(items.Length);
        WriteArray<T, TCodec>(items);
    }

    /// <summary>A fixed array <c>[T; N]</c>: the items, no length prefix.</summary>
    public void WriteArray<T, TCodec>(ReadOnlySpan<T> items)
        where TCodec : IScaleCodec<T>
    {
        if (RawLayout.IsRaw<TCodec>())
        {
            WriteBytes(RawLayout.AsBytes(items));
            return;
        }

        for (int i = 0; i < items.Length; i++)
        {
            TCodec.Encode(in items[i], ref this);
        }
    }

    /// <summary><c>Option&lt;T&gt;</c> of a value type: 0x00 None, 0x01 ++ T Some.</summary>
    public void WriteOption<T, TCodec>(in T? value)
        where T : struct
        where TCodec : IScaleCodec<T>
    {
        if (value.HasValue)
        {
            WriteU8(1);
            T inner = value.GetValueOrDefault();
            TCodec.Encode(in inner, ref this);
        }
        else
        {
            WriteU8(0);
        }
    }

    /// <summary><c>Option&lt;T&gt;</c> of a reference type: null is None.</summary>
    public void WriteOptionRef<T, TCodec>(T? value)
        where T : class
        where TCodec : IScaleCodec<T>
    {
        if (value is null)
        {
            WriteU8(0);
        }
        else
        {
            WriteU8(1);
            TCodec.Encode(in value, ref this);
        }
    }

    /// <summary><c>Result&lt;T, E&gt;</c>: 0x00 ++ T Ok, 0x01 ++ E Err.</summary>
    public void WriteResult<T, TCodec, TError, TErrorCodec>(in ScaleResult<T, TError> result)
        where TCodec : IScaleCodec<T>
        where TErrorCodec : IScaleCodec<TError>
    {
        if (result.IsOk)
        {
            WriteU8(0);
            T ok = result.OkValue;
            TCodec.Encode(in ok, ref this);
        }
        else
        {
            WriteU8(1);
            TError err = result.ErrValue;
            TErrorCodec.Encode(in err, ref this);
        }
    }

    /// <summary>
    /// <c>BTreeMap&lt;K, V&gt;</c>: compact count + (K, V) pairs in ascending key order. Rust orders by
    /// <c>K: Ord</c>, so <paramref name="comparer"/> must agree with it: <see cref="Comparer{T}.Default"/> does
    /// for integers, <c>AccountId32</c> and <c>H256</c>; byte-wise UTF-8 order is needed for strings.
    /// </summary>
    public void WriteMap<TKey, TKeyCodec, TValue, TValueCodec>(IReadOnlyDictionary<TKey, TValue> map, IComparer<TKey>? comparer = null)
        where TKey : notnull
        where TKeyCodec : IScaleCodec<TKey>
        where TValueCodec : IScaleCodec<TValue>
    {
        ArgumentNullException.ThrowIfNull(map);
        comparer ??= Comparer<TKey>.Default;
        WriteLength(map.Count);
        if (map is SortedDictionary<TKey, TValue> sorted && ReferenceEquals(sorted.Comparer, comparer))
        {
            foreach (KeyValuePair<TKey, TValue> pair in sorted)
            {
                WritePair<TKey, TKeyCodec, TValue, TValueCodec>(pair);
            }

            return;
        }

        var pairs = new KeyValuePair<TKey, TValue>[map.Count];
        int n = 0;
        foreach (KeyValuePair<TKey, TValue> pair in map)
        {
            pairs[n++] = pair;
        }

        Array.Sort(pairs, (a, b) => comparer.Compare(a.Key, b.Key));
        foreach (KeyValuePair<TKey, TValue> pair in pairs)
        {
            WritePair<TKey, TKeyCodec, TValue, TValueCodec>(pair);
        }
    }

    private void WritePair<TKey, TKeyCodec, TValue, TValueCodec>(KeyValuePair<TKey, TValue> pair)
        where TKeyCodec : IScaleCodec<TKey>
        where TValueCodec : IScaleCodec<TValue>
    {
        TKey key = pair.Key;
        TValue value = pair.Value;
        TKeyCodec.Encode(in key, ref this);
        TValueCodec.Encode(in value, ref this);
    }
}
