using Bittensor.Core.Primitives;
using Bittensor.Core.Scale;
using static Bittensor.Core.Tests.Scale.ScaleTestHelpers;

namespace Bittensor.Core.Tests.Scale;

public class ScaleVectorTests
{
    [Fact]
    public void FixedInts_VectorValues_EncodeAndDecode()
    {
        Assert.Equal(Hex.Encode(VectorBytes("u16 42")), EncodeHex<ushort, U16Codec>(42));
        Assert.Equal(Hex.Encode(VectorBytes("u32 1")), EncodeHex<uint, U32Codec>(1));
        Assert.Equal(Hex.Encode(VectorBytes("u64 1e9")), EncodeHex<ulong, U64Codec>(1_000_000_000));
        Assert.Equal(Hex.Encode(VectorBytes("u128 1")), EncodeHex<UInt128, U128Codec>(UInt128.One));
        Assert.Equal(Hex.Encode(VectorBytes("i64 -1")), EncodeHex<long, I64Codec>(-1));

        Assert.Equal(42, ScaleCodec.Decode<ushort, U16Codec>(VectorBytes("u16 42")));
        Assert.Equal(1u, ScaleCodec.Decode<uint, U32Codec>(VectorBytes("u32 1")));
        Assert.Equal(1_000_000_000UL, ScaleCodec.Decode<ulong, U64Codec>(VectorBytes("u64 1e9")));
        Assert.Equal(UInt128.One, ScaleCodec.Decode<UInt128, U128Codec>(VectorBytes("u128 1")));
        Assert.Equal(-1L, ScaleCodec.Decode<long, I64Codec>(VectorBytes("i64 -1")));
    }

    [Fact]
    public void SignedInts_Extremes_AreLittleEndianTwosComplement()
    {
        Assert.Equal("0x80", EncodeHex<sbyte, I8Codec>(sbyte.MinValue));
        Assert.Equal("0x0080", EncodeHex<short, I16Codec>(short.MinValue));
        Assert.Equal("0xfeffffff", EncodeHex<int, I32Codec>(-2));
        Assert.Equal("0x" + new string('f', 30) + "7f", EncodeHex<Int128, I128Codec>(Int128.MaxValue));
        Assert.Equal(Int128.MinValue, ScaleCodec.Decode<Int128, I128Codec>(Hex.Decode("0x" + new string('0', 30) + "80")));
    }

    [Fact]
    public void Bool_TrueFalse_MatchVector()
    {
        Assert.Equal(Hex.Encode(VectorBytes("bool true/false", 0)), EncodeHex<bool, BoolCodec>(true));
        Assert.Equal(Hex.Encode(VectorBytes("bool true/false", 1)), EncodeHex<bool, BoolCodec>(false));
        Assert.True(ScaleCodec.Decode<bool, BoolCodec>(VectorBytes("bool true/false", 0)));
        Assert.False(ScaleCodec.Decode<bool, BoolCodec>(VectorBytes("bool true/false", 1)));
    }

    [Fact]
    public void OptionU32_NoneAndSome_MatchVector()
    {
        const string Key = "Option<u32> None / Some(7)";
        Assert.Equal(Hex.Encode(VectorBytes(Key, 0)), EncodeHex<uint?, OptionCodec<uint, U32Codec>>(null));
        Assert.Equal(Hex.Encode(VectorBytes(Key, 1)), EncodeHex<uint?, OptionCodec<uint, U32Codec>>(7));
        Assert.Null(ScaleCodec.Decode<uint?, OptionCodec<uint, U32Codec>>(VectorBytes(Key, 0)));
        Assert.Equal(7u, ScaleCodec.Decode<uint?, OptionCodec<uint, U32Codec>>(VectorBytes(Key, 1)));
    }

    [Fact]
    public void OptionBool_GenericOptionVersusOptionBool_MatchTheirVectors()
    {
        string generic = ScaleVectors.EnumerateObject().Single(p => p.Name.StartsWith("Option<bool>", StringComparison.Ordinal)).Name;
        string special = ScaleVectors.EnumerateObject().Single(p => p.Name.StartsWith("OptionBool", StringComparison.Ordinal)).Name;
        bool?[] values = [null, true, false];
        for (int i = 0; i < values.Length; i++)
        {
            Assert.Equal(Hex.Encode(VectorBytes(generic, i)), EncodeHex<bool?, OptionCodec<bool, BoolCodec>>(values[i]));
            Assert.Equal(Hex.Encode(VectorBytes(special, i)), EncodeHex<bool?, OptionBoolCodec>(values[i]));
            Assert.Equal(values[i], ScaleCodec.Decode<bool?, OptionCodec<bool, BoolCodec>>(VectorBytes(generic, i)));
            Assert.Equal(values[i], ScaleCodec.Decode<bool?, OptionBoolCodec>(VectorBytes(special, i)));
        }
    }

    [Fact]
    public void VecU16_OneTwoThree_MatchesVector()
    {
        ushort[] items = [1, 2, 3];
        Assert.Equal(Hex.Encode(VectorBytes("Vec<u16> [1,2,3]")), EncodeHex<ushort[], VecCodec<ushort, U16Codec>>(items));
        Assert.Equal(items, ScaleCodec.Decode<ushort[], VecCodec<ushort, U16Codec>>(VectorBytes("Vec<u16> [1,2,3]")));
    }

    [Fact]
    public void String_Bittensor_MatchesVector()
    {
        byte[] expected = VectorBytes("String \"Bittensor\" (compact byte length + utf8)");
        Assert.Equal(Hex.Encode(expected), EncodeHex<string, StringCodec>("Bittensor"));
        Assert.Equal("Bittensor", ScaleCodec.Decode<string, StringCodec>(expected));
    }

    [Fact]
    public void String_NonAscii_UsesUtf8ByteLength()
    {
        // "τ" is 2 UTF-8 bytes, "🦀" is 4 (a surrogate pair in UTF-16): the prefix counts bytes, not chars.
        Assert.Equal("0x1ccf8420f09fa680", EncodeHex<string, StringCodec>("τ 🦀"));
        Assert.Equal("τ 🦀", ScaleCodec.Decode<string, StringCodec>(Hex.Decode("0x1ccf8420f09fa680")));
    }

    [Fact]
    public void VecU8_DeadBeef_MatchesVector()
    {
        byte[] expected = VectorBytes("Vec<u8> 0xdeadbeef");
        Assert.Equal(Hex.Encode(expected), EncodeHex<byte[], BytesCodec>([0xde, 0xad, 0xbe, 0xef]));
        Assert.Equal([0xde, 0xad, 0xbe, 0xef], ScaleCodec.Decode<byte[], BytesCodec>(expected));

        // Vec<u8> through the generic Vec codec gives the same bytes.
        Assert.Equal(Hex.Encode(expected), EncodeHex<byte[], VecCodec<byte, U8Codec>>([0xde, 0xad, 0xbe, 0xef]));
    }

    [Fact]
    public void FixedArray_U8x4_HasNoLengthPrefix()
    {
        byte[] expected = VectorBytes("[u8;4] 0x01020304 (fixed array: no length prefix)");
        Assert.Equal(Hex.Encode(expected), EncodeHex((ref ScaleWriter w) => w.WriteBytes([1, 2, 3, 4])));
        Assert.Equal(Hex.Encode(expected), EncodeHex((ref ScaleWriter w) => w.WriteArray<byte, U8Codec>([1, 2, 3, 4])));

        var reader = new ScaleReader(expected);
        Assert.Equal([1, 2, 3, 4], reader.ReadBytes(4).ToArray());
        reader.EnsureConsumed();

        reader = new ScaleReader(expected);
        Assert.Equal([1, 2, 3, 4], reader.ReadArray<byte, U8Codec>(4));
        reader.EnsureConsumed();
    }

    [Fact]
    public void Tuple_U16U64_MatchesVector()
    {
        byte[] expected = VectorBytes("(u16,u64) (1, 2)");
        Assert.Equal(Hex.Encode(expected), EncodeHex<(ushort, ulong), TupleCodec<ushort, U16Codec, ulong, U64Codec>>((1, 2)));
        Assert.Equal(((ushort)1, 2UL), ScaleCodec.Decode<(ushort, ulong), TupleCodec<ushort, U16Codec, ulong, U64Codec>>(expected));
    }

    [Fact]
    public void BTreeMap_U16U64_SortsByKeyAndMatchesVector()
    {
        byte[] expected = VectorBytes("BTreeMap<u16,u64> {3:30,1:10} (compact count + pairs sorted by key)");

        // Inserted 3 first: the encoder must sort.
        var unsorted = new Dictionary<ushort, ulong> { [3] = 30, [1] = 10 };
        Assert.Equal(Hex.Encode(expected), EncodeHex((ref ScaleWriter w) => w.WriteMap<ushort, U16Codec, ulong, U64Codec>(unsorted)));

        var sorted = new SortedDictionary<ushort, ulong>(unsorted);
        Assert.Equal(Hex.Encode(expected), EncodeHex<SortedDictionary<ushort, ulong>, BTreeMapCodec<ushort, U16Codec, ulong, U64Codec>>(sorted));

        SortedDictionary<ushort, ulong> decoded = ScaleCodec.Decode<SortedDictionary<ushort, ulong>, BTreeMapCodec<ushort, U16Codec, ulong, U64Codec>>(expected);
        Assert.Equal(sorted, decoded);
    }

    [Fact]
    public void BTreeMap_U16KeysAbove255_SortNumericallyLikeRustNotByEncodedBytes()
    {
        // Rust's BTreeMap iterates by K: Ord. For u16 that is numeric order (1 before 256), whereas the
        // little-endian encodings compare the other way round (0x0001 > 0x0100).
        var map = new Dictionary<ushort, byte> { [256] = 2, [1] = 1 };
        Assert.Equal("0x08010001000102", EncodeHex((ref ScaleWriter w) => w.WriteMap<ushort, U16Codec, byte, U8Codec>(map)));
    }

    [Fact]
    public void BTreeMap_UnsortedAndDuplicateKeysOnDecode_KeepLastValueLikeParity()
    {
        // {3:30, 1:10, 3:31}: parity collects into a BTreeMap, so order is free and the last duplicate wins.
        byte[] bytes = Hex.Decode("0x0c" + "03001e00000000000000" + "01000a00000000000000" + "03001f00000000000000");
        var decoded = ScaleCodec.Decode<SortedDictionary<ushort, ulong>, BTreeMapCodec<ushort, U16Codec, ulong, U64Codec>>(bytes);
        Assert.Equal([new KeyValuePair<ushort, ulong>(1, 10), new KeyValuePair<ushort, ulong>(3, 31)], decoded);
    }

    [Fact]
    public void Result_OkAndErr_MatchVector()
    {
        const string Key = "Result<u32,u8> Ok(5) / Err(1)";
        var ok = ScaleResult<uint, byte>.Ok(5);
        var err = ScaleResult<uint, byte>.Err(1);
        Assert.Equal(Hex.Encode(VectorBytes(Key, 0)), EncodeHex<ScaleResult<uint, byte>, ResultCodec<uint, U32Codec, byte, U8Codec>>(ok));
        Assert.Equal(Hex.Encode(VectorBytes(Key, 1)), EncodeHex<ScaleResult<uint, byte>, ResultCodec<uint, U32Codec, byte, U8Codec>>(err));
        Assert.Equal(ok, ScaleCodec.Decode<ScaleResult<uint, byte>, ResultCodec<uint, U32Codec, byte, U8Codec>>(VectorBytes(Key, 0)));
        Assert.Equal(err, ScaleCodec.Decode<ScaleResult<uint, byte>, ResultCodec<uint, U32Codec, byte, U8Codec>>(VectorBytes(Key, 1)));
        Assert.Equal(5u, ok.OkValue);
        Assert.Throws<InvalidOperationException>(() => err.OkValue);
    }

    [Fact]
    public void MultiAddressId_Bob_IsVariantZeroThenAccountId()
    {
        byte[] expected = VectorBytes("MultiAddress::Id(//Bob) (variant 0 ++ AccountId32)");
        var bob = new AccountId32(expected.AsSpan(1));
        Assert.Equal(Hex.Encode(expected), EncodeHex((ref ScaleWriter w) =>
        {
            w.WriteVariantIndex(0);
            w.Write<AccountId32, AccountId32Codec>(bob);
        }));

        var reader = new ScaleReader(expected);
        Assert.Equal(0, reader.ReadVariantIndex("MultiAddress", 5));
        Assert.Equal(bob, reader.Read<AccountId32, AccountId32Codec>());
        reader.EnsureConsumed();
    }

    [Fact]
    public void Unit_EncodesToNothing()
    {
        Assert.Equal("0x", EncodeHex<ValueTuple, UnitCodec>(default));
        Assert.Equal("0x0c", EncodeHex<ValueTuple[], VecCodec<ValueTuple, UnitCodec>>([default, default, default]));
        Assert.Equal(3, ScaleCodec.Decode<ValueTuple[], VecCodec<ValueTuple, UnitCodec>>([0x0c]).Length);
    }

    [Fact]
    public void OptionOfReferenceType_NullAndValue_RoundTrip()
    {
        Assert.Equal("0x00", EncodeHex<string?, OptionRefCodec<string, StringCodec>>(null));
        Assert.Equal("0x010461", EncodeHex<string?, OptionRefCodec<string, StringCodec>>("a"));
        Assert.Equal("a", ScaleCodec.Decode<string?, OptionRefCodec<string, StringCodec>>(Hex.Decode("0x010461")));
    }

    [Fact]
    public void ReaderStreaming_SeveralValues_TracksPositionAndRemaining()
    {
        byte[] bytes = Hex.Decode("0x2a00" + "0c010002000300" + "01");
        var reader = new ScaleReader(bytes);
        Assert.Equal(42, reader.ReadU16());
        Assert.Equal(2, reader.Position);
        Assert.Equal([1, 2, 3], reader.ReadVec<ushort, U16Codec>());
        Assert.Equal(1, reader.Remaining);
        Assert.Throws<FormatException>(() => ScaleCodec.Decode<ushort, U16Codec>(bytes));
        Assert.True(reader.ReadBool());
        reader.EnsureConsumed();
    }
}
