using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;

namespace Bittensor.Core.Scale;

/// <summary>Length-prefixed and generic values: bytes, strings, Vec, Option, Result, BTreeMap.</summary>
public ref partial struct ScaleReader
{
    /// <summary>Cap on the element count of a collection of zero-size elements, which no remaining-bytes check can bound.</summary>
    public const int MaxZeroSizeElements = 1 << 16;

    /// <summary>
    /// Collections whose decoded form is larger than this are grown while decoding rather than allocated
    /// up front (as parity-scale-codec's <c>MAX_PREALLOCATION</c>), so a valid-looking prefix cannot make a
    /// small input allocate a large array of wide elements.
    /// </summary>
    private const int MaxPreallocationBytes = 64 * 1024;

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes one <typeparamref name="T"/> with <typeparamref name="TCodec"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T Read<T, TCodec>()
        where TCodec : IScaleCodec<T> => TCodec.Decode(ref this);

    /// <summary>Decodes one value of a self-describing type (<c>reader.Read&lt;Header&gt;()</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T Read<T>()
        where T : IScaleCodec<T> => T.Decode(ref this);

    /// <summary>
    /// Reads a collection length (<c>Compact&lt;u32&gt;</c>, as parity-scale-codec) and checks that the
    /// remaining input can hold that many elements of at least <paramref name="minElementSize"/> bytes.
    /// </summary>
    public int ReadLength(int minElementSize, string what = "Vec")
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minElementSize);
        int start = _position;
        uint count = ReadCompactU32();
        if (minElementSize == 0)
        {
            if (count > MaxZeroSizeElements)
            {
                throw Error($"{what} of zero-size elements has length {count}, above the limit {MaxZeroSizeElements}", start);
            }
        }
        else if (count > (uint)Remaining / (uint)minElementSize)
        {
            throw Error($"{what} length {count} needs at least {(ulong)count * (uint)minElementSize} bytes but {Remaining} remain", start);
        }

        return (int)count;
    }

    /// <summary><c>Vec&lt;u8&gt;</c> as a slice of the input (no copy).</summary>
    public ReadOnlySpan<byte> ReadByteVecSpan()
    {
        int count = ReadLength(1, "Vec<u8>");
        return Take(count, "Vec<u8>");
    }

    /// <summary><c>Vec&lt;u8&gt;</c> as a new array.</summary>
    public byte[] ReadByteVec() => ReadByteVecSpan().ToArray();

    /// <summary><c>String</c>: compact byte length + UTF-8; invalid UTF-8 is an error (Rust's <c>String::from_utf8</c>).</summary>
    public string ReadString()
    {
        int start = _position;
        int count = ReadLength(1, "String");
        ReadOnlySpan<byte> bytes = Take(count, "String");
        if (!Utf8.IsValid(bytes))
        {
            throw Error($"String of {count} bytes is not valid UTF-8", start);
        }

        return s_utf8.GetString(bytes);
    }

    /// <summary><c>Vec&lt;T&gt;</c>: compact count + items.</summary>
    public T[] ReadVec<T, TCodec>()
        where TCodec : IScaleCodec<T>
    {
        int count = ReadLength(TCodec.MinEncodedSize, "Vec");
        if (count == 0)
        {
            return [];
        }

        Descend();
        T[] items = ReadItems<T, TCodec>(count);
        Ascend();
        return items;
    }

    /// <summary>A fixed array <c>[T; N]</c>: exactly <paramref name="count"/> items, no length prefix.</summary>
    public T[] ReadArray<T, TCodec>(int count)
        where TCodec : IScaleCodec<T>
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count == 0)
        {
            return [];
        }

        int min = TCodec.MinEncodedSize;
        if (min > 0 && count > Remaining / min)
        {
            ThrowNeed((long)count * min, $"[T; {count}]");
        }

        Descend();
        T[] items = ReadItems<T, TCodec>(count);
        Ascend();
        return items;
    }

    /// <summary><c>Option&lt;T&gt;</c> of a value type: 0x00 None, 0x01 ++ T Some.</summary>
    public T? ReadOption<T, TCodec>()
        where T : struct
        where TCodec : IScaleCodec<T>
    {
        if (!ReadOptionTag())
        {
            return null;
        }

        Descend();
        T value = TCodec.Decode(ref this);
        Ascend();
        return value;
    }

    /// <summary><c>Option&lt;T&gt;</c> of a reference type (string, byte[], arrays, classes): null is None.</summary>
    public T? ReadOptionRef<T, TCodec>()
        where T : class
        where TCodec : IScaleCodec<T>
    {
        if (!ReadOptionTag())
        {
            return null;
        }

        Descend();
        T value = TCodec.Decode(ref this);
        Ascend();
        return value;
    }

    /// <summary><c>Result&lt;T, E&gt;</c>: 0x00 ++ T Ok, 0x01 ++ E Err.</summary>
    public ScaleResult<T, TError> ReadResult<T, TCodec, TError, TErrorCodec>()
        where TCodec : IScaleCodec<T>
        where TErrorCodec : IScaleCodec<TError>
    {
        int at = _position;
        byte tag = ReadU8();
        Descend();
        ScaleResult<T, TError> result = tag switch
        {
            0 => ScaleResult<T, TError>.Ok(TCodec.Decode(ref this)),
            1 => ScaleResult<T, TError>.Err(TErrorCodec.Decode(ref this)),
            _ => throw Error($"invalid Result tag 0x{tag:x2} (expected 0x00 Ok or 0x01 Err)", at),
        };
        Ascend();
        return result;
    }

    /// <summary>
    /// <c>BTreeMap&lt;K, V&gt;</c>: compact count + (K, V) pairs. Like parity-scale-codec (which collects into a
    /// BTreeMap) pairs may arrive in any order and a repeated key keeps the last value.
    /// </summary>
    public SortedDictionary<TKey, TValue> ReadMap<TKey, TKeyCodec, TValue, TValueCodec>(IComparer<TKey>? comparer = null)
        where TKey : notnull
        where TKeyCodec : IScaleCodec<TKey>
        where TValueCodec : IScaleCodec<TValue>
    {
        int count = ReadLength(TKeyCodec.MinEncodedSize + TValueCodec.MinEncodedSize, "BTreeMap");
        var map = new SortedDictionary<TKey, TValue>(comparer ?? Comparer<TKey>.Default);
        if (count == 0)
        {
            return map;
        }

        Descend();
        for (int i = 0; i < count; i++)
        {
            TKey key = TKeyCodec.Decode(ref this);
            map[key] = TValueCodec.Decode(ref this);
        }

        Ascend();
        return map;
    }

    private T[] ReadItems<T, TCodec>(int count)
        where TCodec : IScaleCodec<T>
    {
        if (RawLayout.IsRaw<TCodec>())
        {
            // Callers have checked count * MinEncodedSize (here the element size) against Remaining.
            ReadOnlySpan<byte> raw = Take(count * Unsafe.SizeOf<T>(), "the items of an integer array");
            var block = new T[count];
            raw.CopyTo(RawLayout.AsBytes(block));
            return block;
        }

        int cap = Math.Min(count, Math.Max(1, MaxPreallocationBytes / Math.Max(1, Unsafe.SizeOf<T>())));
        var items = new T[cap];
        for (int i = 0; i < count; i++)
        {
            if (i == items.Length)
            {
                Array.Resize(ref items, (int)Math.Min(count, 2L * items.Length));
            }

            items[i] = TCodec.Decode(ref this);
        }

        return items;
    }
}
