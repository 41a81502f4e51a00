using Bittensor.Core.Scale;
using FsCheck;
using FsCheck.Xunit;

namespace Bittensor.Core.Tests.Scale;

public class ScalePropertyTests
{
    private static T RoundTrip<T, TCodec>(T value)
        where TCodec : IScaleCodec<T> => ScaleCodec.Decode<T, TCodec>(ScaleCodec.Encode<T, TCodec>(value));

    /// <summary>Spreads random 64-bit values over all magnitudes (every compact mode), not just huge ones.</summary>
    private static ulong Spread(ulong value, byte shift) => value >> (shift % 64);

    private static UInt128 Spread(ulong high, ulong low, byte shift) => ((UInt128)high << 64 | low) >> (shift % 128);

    [Property]
    public bool CompactU64_AnyValue_RoundTripsCanonically(ulong raw, byte shift)
    {
        ulong value = Spread(raw, shift);
        byte[] encoded = ScaleCodec.Encode<ulong, CompactU64Codec>(value);
        int expectedLength = value switch
        {
            < 1UL << 6 => 1,
            < 1UL << 14 => 2,
            < 1UL << 30 => 4,
            _ => 1 + ((64 - System.Numerics.BitOperations.LeadingZeroCount(value) + 7) / 8),
        };
        return encoded.Length == expectedLength
            && ScaleCodec.Decode<ulong, CompactU64Codec>(encoded) == value
            && ScaleCodec.Decode<UInt128, CompactU128Codec>(encoded) == value;
    }

    [Property]
    public bool CompactU128_AnyValue_RoundTrips(ulong high, ulong low, byte shift)
    {
        UInt128 value = Spread(high, low, shift);
        return RoundTrip<UInt128, CompactU128Codec>(value) == value;
    }

    [Property]
    public bool CompactU32_AnyValue_RoundTrips(uint value, byte shift)
    {
        uint v = value >> (shift % 32);
        return RoundTrip<uint, CompactU32Codec>(v) == v;
    }

    [Property]
    public bool FixedInts_AnyValues_RoundTrip(byte u8, ushort u16, uint u32, ulong u64, ulong hi, ulong lo, sbyte i8, short i16, int i32, long i64)
    {
        var u128 = new UInt128(hi, lo);
        var i128 = (Int128)new UInt128(lo, hi);
        return RoundTrip<byte, U8Codec>(u8) == u8
            && RoundTrip<ushort, U16Codec>(u16) == u16
            && RoundTrip<uint, U32Codec>(u32) == u32
            && RoundTrip<ulong, U64Codec>(u64) == u64
            && RoundTrip<UInt128, U128Codec>(u128) == u128
            && RoundTrip<sbyte, I8Codec>(i8) == i8
            && RoundTrip<short, I16Codec>(i16) == i16
            && RoundTrip<int, I32Codec>(i32) == i32
            && RoundTrip<long, I64Codec>(i64) == i64
            && RoundTrip<Int128, I128Codec>(i128) == i128
            && ScaleCodec.Encode<ulong, U64Codec>(u64).Length == 8
            && ScaleCodec.Encode<Int128, I128Codec>(i128).Length == 16;
    }

    [Property]
    public bool String_AnyValidString_RoundTripsAndPrefixesUtf8Length(string? value)
    {
        if (value is null)
        {
            return true;
        }

        byte[] encoded;
        try
        {
            encoded = ScaleCodec.Encode<string, StringCodec>(value);
        }
        catch (ArgumentException)
        {
            // Only strings with an unpaired surrogate have no UTF-8 form.
            return HasLoneSurrogate(value);
        }

        var reader = new ScaleReader(encoded);
        int byteLength = reader.ReadLength(1);
        return !HasLoneSurrogate(value)
            && byteLength == System.Text.Encoding.UTF8.GetByteCount(value)
            && ScaleCodec.Decode<string, StringCodec>(encoded) == value;
    }

    [Property]
    public bool VecU16_AnyArray_RoundTrips(ushort[] items)
    {
        items ??= [];
        byte[] encoded = ScaleCodec.Encode<ushort[], VecCodec<ushort, U16Codec>>(items);
        return ScaleCodec.Decode<ushort[], VecCodec<ushort, U16Codec>>(encoded).AsSpan().SequenceEqual(items)
            && encoded.Length == ScaleCodec.Encode<ulong, CompactU64Codec>((ulong)items.Length).Length + (2 * items.Length);
    }

    [Property]
    public bool IntegerVecs_AnyValues_BulkPathMatchesPerElementEncoding(long[] longs, int[] ints, ulong[] highs)
    {
        longs ??= [];
        ints ??= [];
        UInt128[] wide = [.. (highs ?? []).Select(h => new UInt128(h, ~h))];
        string expected = ScaleTestHelpers.EncodeHex((ref ScaleWriter w) =>
        {
            w.WriteLength(longs.Length);
            foreach (long x in longs)
            {
                w.WriteI64(x);
            }

            w.WriteLength(ints.Length);
            foreach (int x in ints)
            {
                w.WriteI32(x);
            }

            w.WriteLength(wide.Length);
            foreach (UInt128 x in wide)
            {
                w.WriteU128(x);
            }
        });
        string actual = ScaleTestHelpers.EncodeHex((ref ScaleWriter w) =>
        {
            w.WriteVec<long, I64Codec>(longs);
            w.WriteVec<int, I32Codec>(ints);
            w.WriteVec<UInt128, U128Codec>(wide);
        });

        var reader = new ScaleReader(Bittensor.Core.Primitives.Hex.Decode(actual));
        bool decoded = reader.ReadVec<long, I64Codec>().AsSpan().SequenceEqual(longs)
            && reader.ReadVec<int, I32Codec>().AsSpan().SequenceEqual(ints)
            && reader.ReadVec<UInt128, U128Codec>().AsSpan().SequenceEqual(wide)
            && reader.Remaining == 0;
        return expected == actual && decoded;
    }

    [Property]
    public bool OptionOfBytes_AnyValueOrNull_RoundTrips(byte[]? value)
    {
        byte[]? decoded = RoundTrip<byte[]?, OptionRefCodec<byte[], BytesCodec>>(value);
        return value is null ? decoded is null : decoded is not null && decoded.AsSpan().SequenceEqual(value);
    }

    [Property]
    public bool NestedTuples_AnyValues_RoundTrip(ushort a, ulong b, int c, bool d, ulong e, uint? f)
    {
        var value = ((a, b), (c, d, e), f);
        var decoded = RoundTrip<((ushort, ulong), (int, bool, ulong), uint?),
            TupleCodec<
                (ushort, ulong), TupleCodec<ushort, U16Codec, ulong, U64Codec>,
                (int, bool, ulong), TupleCodec<int, I32Codec, bool, BoolCodec, ulong, CompactU64Codec>,
                uint?, OptionCodec<uint, CompactU32Codec>>>(value);
        return decoded == value;
    }

    [Property]
    public bool BTreeMap_AnyPairs_RoundTripsWithKeysAscending(ushort[] keys, ulong[] values)
    {
        keys ??= [];
        values ??= [];
        var map = new SortedDictionary<ushort, ulong>();
        for (int i = 0; i < Math.Min(keys.Length, values.Length); i++)
        {
            map[keys[i]] = values[i];
        }

        byte[] encoded = ScaleCodec.Encode<SortedDictionary<ushort, ulong>, BTreeMapCodec<ushort, U16Codec, ulong, U64Codec>>(map);

        // The wire form is Vec<(K, V)>: read it raw to check the order independently of SortedDictionary.
        var pairs = ScaleCodec.Decode<(ushort, ulong)[], VecCodec<(ushort, ulong), TupleCodec<ushort, U16Codec, ulong, U64Codec>>>(encoded);
        for (int i = 1; i < pairs.Length; i++)
        {
            if (pairs[i - 1].Item1 >= pairs[i].Item1)
            {
                return false;
            }
        }

        var decoded = ScaleCodec.Decode<SortedDictionary<ushort, ulong>, BTreeMapCodec<ushort, U16Codec, ulong, U64Codec>>(encoded);
        return decoded.SequenceEqual(map) && pairs.Length == map.Count;
    }

    [Property]
    public bool BTreeMapWriter_UnsortedDictionary_EncodesLikeSorted(ushort[] keys)
    {
        keys ??= [];
        var plain = new Dictionary<ushort, byte>();
        foreach (ushort k in keys)
        {
            plain[k] = (byte)k;
        }

        byte[] fromPlain = ScaleTestHelpers.EncodeHex((ref ScaleWriter w) => w.WriteMap<ushort, U16Codec, byte, U8Codec>(plain)) is { } hex
            ? Bittensor.Core.Primitives.Hex.Decode(hex)
            : [];
        byte[] fromSorted = ScaleCodec.Encode<SortedDictionary<ushort, byte>, BTreeMapCodec<ushort, U16Codec, byte, U8Codec>>(new SortedDictionary<ushort, byte>(plain));
        return fromPlain.AsSpan().SequenceEqual(fromSorted);
    }

    [Property]
    public void Decoders_RandomBytes_ReturnOrThrowFormatExceptionOnly(byte[] data)
    {
        data ??= [];
        TryDecode<ulong, CompactU64Codec>(data);
        TryDecode<UInt128, CompactU128Codec>(data);
        TryDecode<uint, CompactU32Codec>(data);
        TryDecode<string[], VecCodec<string, StringCodec>>(data);
        TryDecode<byte[]?[], VecCodec<byte[]?, OptionRefCodec<byte[], BytesCodec>>>(data);
        TryDecode<SortedDictionary<uint, string>, BTreeMapCodec<uint, CompactU32Codec, string, StringCodec>>(data);
        TryDecode<ScaleResult<bool?, ushort[]>, ResultCodec<bool?, OptionBoolCodec, ushort[], VecCodec<ushort, U16Codec>>>(data);
    }

    [Property]
    public void Decoders_CompactLengthThenRandomBytes_ReturnOrThrowFormatExceptionOnly(byte count, byte[] tail)
    {
        // Random bytes rarely start with a plausible length; give the collection decoders one.
        byte[] data = [.. ScaleCodec.Encode<uint, CompactU32Codec>(count), .. tail ?? []];
        TryDecode<string[], VecCodec<string, StringCodec>>(data);
        TryDecode<ushort[], VecCodec<ushort, U16Codec>>(data);
        TryDecode<SortedDictionary<byte, bool>, BTreeMapCodec<byte, U8Codec, bool, BoolCodec>>(data);
    }

    /// <summary>Decodes and swallows only <see cref="FormatException"/>; anything else fails the property.</summary>
    internal static void TryDecode<T, TCodec>(byte[] data)
        where TCodec : IScaleCodec<T>
    {
        try
        {
            T value = ScaleCodec.Decode<T, TCodec>(data);

            // Whatever decodes must re-encode to the same bytes, except maps (parity accepts any pair order).
            if (typeof(T).IsGenericType && typeof(T).GetGenericTypeDefinition() == typeof(SortedDictionary<,>))
            {
                return;
            }

            Assert.Equal(data, ScaleCodec.Encode<T, TCodec>(value));
        }
        catch (FormatException)
        {
            // Expected for malformed input.
        }
    }

    private static bool HasLoneSurrogate(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                return true;
            }
        }

        return false;
    }
}
