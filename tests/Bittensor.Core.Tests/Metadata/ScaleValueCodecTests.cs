using System.Numerics;
using System.Text;
using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;

namespace Bittensor.Core.Tests.Metadata;

public class ScaleValueCodecTests
{
    private readonly TypeRegistryBuilder _b = new();

    private ScaleValueCodec Codec => new(_b.Build());

    // Helpers take the type id as an argument so it is registered before the registry is built.
    private byte[] Enc(uint type, ScaleValue value) => Codec.Encode(type, value);

    private ScaleValue Dec(uint type, byte[] bytes) => Codec.Decode(type, bytes);

    private string RoundTrip(uint type, ScaleValue value)
    {
        ScaleValueCodec codec = Codec;
        byte[] bytes = codec.Encode(type, value);
        ScaleValue decoded = codec.Decode(type, bytes);
        Assert.Equal(bytes, codec.Encode(type, decoded));
        return Hex.Encode(bytes);
    }

    [Fact]
    public void Primitives_EncodeLittleEndianAndDecodeTagged()
    {
        Assert.Equal("0x01", RoundTrip(_b.Bool(), ScaleValue.Bool(true)));
        Assert.Equal("0x2a00", RoundTrip(_b.U16(), ScaleValue.U16(42)));
        Assert.Equal("0x00ca9a3b00000000", RoundTrip(_b.U64(), ScaleValue.U64(1_000_000_000)));
        Assert.Equal("0xffffffffffffffff", RoundTrip(_b.I64(), ScaleValue.I64(-1)));
        Assert.Equal("0x01000000000000000000000000000000", RoundTrip(_b.U128(), ScaleValue.U128(1)));
        Assert.Equal("0xfeffffffffffffffffffffffffffffff", RoundTrip(_b.I128(), ScaleValue.I128(-2)));
        Assert.Equal("0x2442697474656e736f72", RoundTrip(_b.Str(), ScaleValue.Str("Bittensor")));
        Assert.Equal("0x00f60100", RoundTrip(_b.Char(), ScaleValue.Char(new Rune(0x1F600))));

        var decoded = (PrimitiveValue)Dec(_b.I16(), [0xfe, 0xff]);
        Assert.Equal((PrimitiveKind.I16, (Int128)(-2)), (decoded.Primitive, decoded.ToInt128()));
        Assert.True(decoded.IsSigned);
    }

    [Fact]
    public void U256AndI256_RoundTripTwosComplement()
    {
        BigInteger max = (BigInteger.One << 256) - 1;
        Assert.Equal("0x" + new string('f', 64), RoundTrip(_b.U256(), ScaleValue.U256(max)));
        Assert.Equal("0x" + new string('f', 64), RoundTrip(_b.I256(), ScaleValue.I256(-1)));
        Assert.Equal(-(BigInteger.One << 255), Dec(_b.I256(), [.. new byte[31], 0x80]).ToBigInteger());
        Assert.Equal(max, Dec(_b.U256(), Enumerable.Repeat((byte)0xff, 32).ToArray()).ToBigInteger());
        Assert.Throws<ArgumentOutOfRangeException>(() => ScaleValue.U256(-1));
        Assert.Throws<ValueEncodeException>(() => Enc(_b.I256(), ScaleValue.U256(max)));
        Assert.Equal("0x05" + new string('0', 62), RoundTrip(_b.U256(), ScaleValue.U8(5)));
    }

    [Fact]
    public void Integers_EncodeIntoAnyTypeTheyFit()
    {
        Assert.Equal("0x0500", Hex.Encode(Enc(_b.U16(), ScaleValue.U128(5))));
        Assert.Equal("0xfb", Hex.Encode(Enc(_b.I8(), ScaleValue.I64(-5))));
        Assert.Throws<ValueEncodeException>(() => Enc(_b.U8(), ScaleValue.U16(256)));
        Assert.Throws<ValueEncodeException>(() => Enc(_b.U8(), ScaleValue.I8(-1)));
        Assert.Throws<ValueEncodeException>(() => Enc(_b.I8(), ScaleValue.U8(128)));
        Assert.Throws<ValueEncodeException>(() => Enc(_b.U8(), ScaleValue.Bool(true)));
        Assert.Throws<ValueEncodeException>(() => Enc(_b.Bool(), ScaleValue.U8(1)));
        Assert.Throws<ValueEncodeException>(() => Enc(_b.Char(), ScaleValue.Str("ab")));
        Assert.Equal("0x61000000", Hex.Encode(Enc(_b.Char(), ScaleValue.Str("a"))));
    }

    [Fact]
    public void Compact_OfIntegersWrappersAndUnit()
    {
        uint u64 = _b.U64();
        Assert.Equal("0x02286bee", RoundTrip(_b.Compact(u64), ScaleValue.U64(1_000_000_000)));
        Assert.Equal("0x13ffffffffffffffff", RoundTrip(_b.Compact(u64), ScaleValue.U64(ulong.MaxValue)));
        Assert.Equal("0x33" + new string('f', 32), RoundTrip(_b.Compact(_b.U128()), ScaleValue.U128(UInt128.MaxValue)));

        uint perbill = _b.Composite("sp_arithmetic::per_things::Perbill", [Field.Unnamed(_b.U32(), "u32")]);
        uint compactPerbill = _b.Compact(perbill);
        Assert.Equal("0x14", RoundTrip(compactPerbill, ScaleValue.U32(5)));
        Assert.Equal("0x14", RoundTrip(compactPerbill, ScaleValue.Tuple(ScaleValue.U32(5))));
        Assert.Equal(ScaleValue.Tuple(ScaleValue.U32(5)), Dec(compactPerbill, [0x14]));

        Assert.Equal("0x", RoundTrip(_b.Compact(_b.Unit()), ScaleValue.Unit));
        Assert.Throws<ValueEncodeException>(() => Enc(_b.Compact(_b.U8()), ScaleValue.U16(300)));
        Assert.Throws<ValueEncodeException>(() => Enc(_b.Compact(_b.Str()), ScaleValue.Str("x")));
        Assert.Throws<FormatException>(() => Dec(_b.Compact(_b.Str()), [0]));
        Assert.Throws<FormatException>(() => Dec(_b.Compact(u64), [0x01, 0x00]));
    }

    [Fact]
    public void SequencesArraysAndTuples_Shapes()
    {
        uint u16 = _b.U16();
        Assert.Equal("0x0c010002000300", RoundTrip(_b.Sequence(u16), ScaleValue.Sequence(ScaleValue.U16(1), ScaleValue.U16(2), ScaleValue.U16(3))));
        Assert.Equal("0x10deadbeef", RoundTrip(_b.Bytes(), ScaleValue.Bytes([0xde, 0xad, 0xbe, 0xef])));
        Assert.Equal("0x01020304", RoundTrip(_b.ByteArray(4), ScaleValue.Bytes([1, 2, 3, 4])));
        Assert.Equal("0x01020304", Hex.Encode(Enc(_b.ByteArray(4), ScaleValue.Sequence(ScaleValue.U8(1), ScaleValue.U8(2), ScaleValue.U8(3), ScaleValue.U8(4)))));
        Assert.IsType<BytesValue>(Dec(_b.ByteArray(4), [1, 2, 3, 4]));
        Assert.Equal("0x0100020003000400", RoundTrip(_b.Array(4, u16), ScaleValue.Sequence(Enumerable.Range(1, 4).Select(i => (ScaleValue)ScaleValue.U16((ushort)i)))));
        Assert.Equal("0x01000200000000000000", RoundTrip(_b.Tuple(u16, _b.U64()), ScaleValue.Tuple(ScaleValue.U16(1), ScaleValue.U64(2))));
        Assert.Equal("0x0500", RoundTrip(_b.Tuple(u16), ScaleValue.U16(5)));

        Assert.Throws<ValueEncodeException>(() => Enc(_b.Array(4, u16), ScaleValue.Sequence(ScaleValue.U16(1))));
        Assert.Throws<ValueEncodeException>(() => Enc(_b.Sequence(u16), ScaleValue.Bytes([1])));
        Assert.Throws<ValueEncodeException>(() => Enc(_b.Tuple(u16, u16), ScaleValue.Tuple(ScaleValue.U16(1))));
        Assert.Throws<FormatException>(() => Dec(_b.Array(4, u16), [1, 0, 2, 0]));
    }

    [Fact]
    public void OptionAndResult_StandardEncodings()
    {
        uint u32 = _b.U32();
        uint option = _b.Option(u32);
        Assert.Equal("0x00", RoundTrip(option, ScaleValue.None));
        Assert.Equal("0x0107000000", RoundTrip(option, ScaleValue.Some(ScaleValue.U32(7))));
        Assert.Equal("0x0101", RoundTrip(_b.Option(_b.Bool()), ScaleValue.Some(ScaleValue.Bool(true))));
        uint result = _b.Result(u32, _b.U8());
        Assert.Equal("0x0005000000", RoundTrip(result, ScaleValue.Ok(ScaleValue.U32(5))));
        Assert.Equal("0x0101", RoundTrip(result, ScaleValue.Err(ScaleValue.U8(1))));
        Assert.Equal("\"None\"", Dec(option, [0]).ToJson());
        Assert.Equal("{\"Some\":7}", Dec(option, [1, 7, 0, 0, 0]).ToJson());
        Assert.Throws<FormatException>(() => Dec(option, [2]));
    }

    [Fact]
    public void Composite_NamedFieldsAnyOrderPositionalOrNewtype()
    {
        uint u32 = _b.U32();
        uint account = _b.Composite("sp_core::crypto::AccountId32", [Field.Unnamed(_b.ByteArray(32))]);
        uint info = _b.Composite("x::Info", [Field.Named("nonce", u32), Field.Named("who", account)]);
        byte[] alice = new byte[32];
        alice[0] = 0xd4;
        string expected = "0x05000000" + Hex.Encode(alice, prefix: false);
        Assert.Equal(expected, RoundTrip(info, ScaleValue.Composite(("nonce", ScaleValue.U32(5)), ("who", ScaleValue.Bytes(alice)))));
        Assert.Equal(expected, Hex.Encode(Enc(info, ScaleValue.Composite(("who", ScaleValue.Bytes(alice)), ("nonce", ScaleValue.U32(5))))));
        Assert.Equal(expected, Hex.Encode(Enc(info, ScaleValue.Tuple(ScaleValue.U32(5), ScaleValue.Tuple(ScaleValue.Bytes(alice))))));

        ScaleValue decoded = Dec(info, Hex.Decode(expected));
        Assert.Equal(alice, decoded["who"].ToBytes());
        Assert.Equal($"{{\"nonce\":5,\"who\":\"{Hex.Encode(alice)}\"}}", decoded.ToJson());

        var missing = Assert.Throws<ValueEncodeException>(() => Enc(info, ScaleValue.Composite(("nonce", ScaleValue.U32(5)), ("whom", ScaleValue.Bytes(alice)))));
        Assert.Contains("(nonce, who)", missing.Message, StringComparison.Ordinal);
        Assert.Throws<ValueEncodeException>(() => Enc(info, ScaleValue.U32(5)));
    }

    [Fact]
    public void Variant_ByNameWithSparseIndices()
    {
        uint u8 = _b.U8();
        uint e = _b.Variant("x::E", [new Variant("A", 3), new Variant("B", 200, [Field.Named("v", u8)])]);
        Assert.Equal("0xc809", RoundTrip(e, ScaleValue.Variant("B", ("v", ScaleValue.U8(9)))));
        var decoded = (VariantValue)Dec(e, [0x03]);
        Assert.Equal(("A", (byte?)3), (decoded.Name, decoded.Index));
        var unknown = Assert.Throws<FormatException>(() => Dec(e, [0x04]));
        Assert.Contains("offset 0", unknown.Message, StringComparison.Ordinal);
        Assert.Throws<ValueEncodeException>(() => Enc(e, ScaleValue.Variant("C")));
        Assert.Throws<ValueEncodeException>(() => Enc(e, ScaleValue.U8(3)));
    }

    [Fact]
    public void BitSequence_Lsb0AndMsb0InEachStoreWidth()
    {
        uint u8 = _b.U8();
        uint u32 = _b.U32();
        uint lsb0 = _b.BitOrder();
        uint msb0 = _b.BitOrder(msb0: true);
        ScaleValue bits = ScaleValue.BitSequence(true, false, true);
        Assert.Equal("0x0c05", RoundTrip(_b.BitSequence(u8, lsb0), bits));
        Assert.Equal("0x0ca0", RoundTrip(_b.BitSequence(u8, msb0), bits));
        Assert.Equal("0x0c05000000", RoundTrip(_b.BitSequence(u32, lsb0), bits));
        Assert.Equal("0x0c000000a0", RoundTrip(_b.BitSequence(u32, msb0), bits));
        Assert.Equal("0x00", RoundTrip(_b.BitSequence(u8, lsb0), ScaleValue.BitSequence()));

        ScaleValue nine = ScaleValue.BitSequence(Enumerable.Range(0, 9).Select(i => i % 2 == 0));
        Assert.Equal("0x245501", RoundTrip(_b.BitSequence(u8, lsb0), nine));
        Assert.Equal("\"101010101\"", Dec(_b.BitSequence(u8, lsb0), [0x24, 0x55, 0x01]).ToJson());
        Assert.Throws<FormatException>(() => Dec(_b.BitSequence(u8, lsb0), [0x24, 0x55]));
        Assert.Throws<FormatException>(() => Dec(_b.BitSequence(_b.Str(), lsb0), [0x00]));
    }

    [Fact]
    public void RecursiveTypeWithoutBase_DecodeHitsNestingLimitNotTheStack()
    {
        uint loop = _b.Reserve();
        _b.Define(loop, new CompositeDefinition([Field.Named("next", loop)]), ["x", "Loop"]);
        uint compactLoop = _b.Compact(loop);
        ScaleValueCodec codec = Codec;
        Assert.Contains("nesting", Assert.Throws<FormatException>(() => codec.Decode(loop, [1, 2, 3])).Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => codec.Decode(compactLoop, [4]));
        Assert.Throws<ValueEncodeException>(() => codec.Encode(loop, ScaleValue.U8(1)));
        Assert.Equal(0, codec.MinEncodedSize(loop));
    }

    [Fact]
    public void ZeroSizeElements_LengthIsCapped()
    {
        uint units = _b.Sequence(_b.Unit());
        Assert.Equal("0x0c", RoundTrip(units, ScaleValue.Sequence(ScaleValue.Unit, ScaleValue.Unit, ScaleValue.Unit)));
        Assert.Throws<FormatException>(() => Dec(units, [0x03, 0xff, 0xff, 0xff, 0x7f]));
        Assert.Throws<FormatException>(() => Dec(_b.Array(uint.MaxValue, _b.Unit()), []));
        Assert.Throws<FormatException>(() => Dec(_b.Array(uint.MaxValue, _b.U8()), [1, 2]));
    }

    [Fact]
    public void Decode_TrailingBytesOrTruncation_FormatExceptionWithOffset()
    {
        uint u32 = _b.U32();
        var trailing = Assert.Throws<FormatException>(() => Dec(u32, [1, 0, 0, 0, 0]));
        Assert.Contains("trailing", trailing.Message, StringComparison.Ordinal);
        var truncated = Assert.Throws<FormatException>(() => Dec(_b.Sequence(u32), [0x08, 1, 0, 0, 0, 2]));
        Assert.Contains("offset", truncated.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Dec(999, [0]));
    }

    [Fact]
    public void ScaleValue_ConversionsAndEquality()
    {
        Assert.Equal(ScaleValue.U32(5), ScaleValue.U32(5));
        Assert.NotEqual<ScaleValue>(ScaleValue.U32(5), ScaleValue.U64(5));
        Assert.Equal(ScaleValue.Bytes([1, 2]), ScaleValue.Bytes([1, 2]));
        Assert.Equal(ScaleValue.Composite(("a", ScaleValue.Str("x"))), ScaleValue.Composite(("a", ScaleValue.Str("x"))));
        Assert.Equal(ScaleValue.U256(5).GetHashCode(), ScaleValue.U256(5).GetHashCode());
        Assert.Equal(7u, ScaleValue.Tuple(ScaleValue.Tuple(ScaleValue.U16(7))).ToUInt32());
        Assert.Equal("x", ScaleValue.Tuple(ScaleValue.Str("x")).ToText());
        Assert.Equal([1, 2], ScaleValue.Sequence(ScaleValue.U8(1), ScaleValue.U64(2)).ToBytes());
        Assert.Throws<OverflowException>(() => ScaleValue.I8(-1).ToUInt64());
        Assert.Throws<OverflowException>(() => ScaleValue.U64(ulong.MaxValue).ToUInt32());
        Assert.Throws<InvalidOperationException>(() => ScaleValue.Str("x").ToUInt64());
        Assert.Throws<InvalidOperationException>(() => ScaleValue.Sequence(ScaleValue.Str("x")).ToBytes());
        Assert.Throws<KeyNotFoundException>(() => ScaleValue.Composite(("a", ScaleValue.U8(1)))["b"]);
        Assert.Equal("[1,\"two\",true,-3,340282366920938463463374607431768211455]", ScaleValue.Sequence(ScaleValue.U8(1), ScaleValue.Str("two"), ScaleValue.Bool(true), ScaleValue.I8(-3), ScaleValue.U128(UInt128.MaxValue)).ToJson());
    }
}
