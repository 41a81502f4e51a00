using System.Globalization;
using Bittensor.Core.Primitives;
using Bittensor.Core.Scale;

namespace Bittensor.Core.Tests.Scale;

public class CompactTests
{
    public static TheoryData<string, string> CompactTable()
    {
        TheoryData<string, string> data = [];
        foreach (var p in ScaleTestHelpers.ScaleVectors.GetProperty("compact").EnumerateObject())
        {
            data.Add(p.Name, p.Value.GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CompactTable))]
    public void CompactU128_VectorValue_EncodesAndDecodesToVector(string value, string hex)
    {
        UInt128 v = UInt128.Parse(value, CultureInfo.InvariantCulture);
        Assert.Equal(hex, ScaleTestHelpers.EncodeHex<UInt128, CompactU128Codec>(v));
        Assert.Equal(v, ScaleCodec.Decode<UInt128, CompactU128Codec>(Hex.Decode(hex)));
    }

    [Theory]
    [MemberData(nameof(CompactTable))]
    public void CompactNarrowWidths_VectorValue_DecodeIffInRange(string value, string hex)
    {
        UInt128 v = UInt128.Parse(value, CultureInfo.InvariantCulture);
        byte[] bytes = Hex.Decode(hex);

        AssertWidth<byte, CompactU8Codec>(v, byte.MaxValue, bytes, x => x);
        AssertWidth<ushort, CompactU16Codec>(v, ushort.MaxValue, bytes, x => x);
        AssertWidth<uint, CompactU32Codec>(v, uint.MaxValue, bytes, x => x);
        AssertWidth<ulong, CompactU64Codec>(v, ulong.MaxValue, bytes, x => x);

        static void AssertWidth<T, TCodec>(UInt128 v, UInt128 max, byte[] bytes, Func<T, UInt128> widen)
            where TCodec : IScaleCodec<T>
        {
            if (v <= max)
            {
                Assert.Equal(v, widen(ScaleCodec.Decode<T, TCodec>(bytes)));
                Assert.Equal(bytes, ScaleCodec.Encode<T, TCodec>(ScaleCodec.Decode<T, TCodec>(bytes)));
            }
            else
            {
                Assert.Throws<FormatException>(() => ScaleCodec.Decode<T, TCodec>(bytes));
            }
        }
    }

    [Theory]
    [InlineData("0x0100", "0 in 2-byte mode")]
    [InlineData("0xfd00", "63 in 2-byte mode")]
    [InlineData("0x02000000", "0 in 4-byte mode")]
    [InlineData("0xfeff0000", "16383 in 4-byte mode")]
    [InlineData("0x0300000000", "0 in 4-byte big-integer mode")]
    [InlineData("0x03ffffff3f", "2^30-1 in big-integer mode")]
    [InlineData("0x07ffffffff00", "5 bytes with a zero top byte")]
    [InlineData("0x0b000000000000", "6 zero bytes")]
    [InlineData("0x13ffffffffffffff00", "8 bytes with a zero top byte")]
    public void CompactDecode_NonCanonical_ThrowsAtEveryWidth(string hex, string why)
    {
        byte[] bytes = Hex.Decode(hex);
        var e = Assert.Throws<FormatException>(() => ScaleCodec.Decode<UInt128, CompactU128Codec>(bytes));
        Assert.StartsWith("SCALE: ", e.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => ScaleCodec.Decode<ulong, CompactU64Codec>(bytes));
        Assert.Throws<FormatException>(() => ScaleCodec.Decode<uint, CompactU32Codec>(bytes));
        Assert.Throws<FormatException>(() => ScaleCodec.Decode<ushort, CompactU16Codec>(bytes));
        Assert.NotEmpty(why);
    }

    [Fact]
    public void CompactU128Decode_SixteenBytesWithZeroTop_Throws()
    {
        byte[] bytes = Hex.Decode("0x33" + new string('f', 30) + "00");
        var e = Assert.Throws<FormatException>(() => ScaleCodec.Decode<UInt128, CompactU128Codec>(bytes));
        Assert.Contains("non-canonical", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompactU128Decode_PrefixAnnouncingSeventeenBytes_Throws()
    {
        // 0x37: big-integer mode with (0x37 >> 2) + 4 = 17 bytes, wider than u128.
        byte[] bytes = Hex.Decode("0x37" + new string('f', 34));
        var e = Assert.Throws<FormatException>(() => ScaleCodec.Decode<UInt128, CompactU128Codec>(bytes));
        Assert.Contains("17 bytes", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0x0104", "Compact<u8>")] // 256 in 2-byte mode
    [InlineData("0x02000400", "Compact<u16>")] // 65536 in 4-byte mode
    [InlineData("0x070000000001", "Compact<u32>")] // 2^32
    [InlineData("0x17000000000000000001", "Compact<u64>")] // 9-byte prefix: 2^64
    public void CompactDecode_ValueAboveTargetWidth_ThrowsNamingTheType(string hex, string type)
    {
        byte[] bytes = Hex.Decode(hex);
        var e = type switch
        {
            "Compact<u8>" => Assert.Throws<FormatException>(() => ScaleCodec.Decode<byte, CompactU8Codec>(bytes)),
            "Compact<u16>" => Assert.Throws<FormatException>(() => ScaleCodec.Decode<ushort, CompactU16Codec>(bytes)),
            "Compact<u32>" => Assert.Throws<FormatException>(() => ScaleCodec.Decode<uint, CompactU32Codec>(bytes)),
            _ => Assert.Throws<FormatException>(() => ScaleCodec.Decode<ulong, CompactU64Codec>(bytes)),
        };
        Assert.Contains(type, e.Message, StringComparison.Ordinal);
        Assert.Contains("offset 0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompactDecode_EveryOneAndTwoByteInput_AcceptsExactlyTheCanonicalEncodings()
    {
        // Canonical compact encodings are unique, so a decoder is correct iff it accepts exactly the inputs
        // that equal the encoding of the value they decode to (checked against a lenient reference parse).
        for (int b0 = 0; b0 < 256; b0++)
        {
            AssertMatchesReference([(byte)b0]);
            for (int b1 = 0; b1 < 256; b1++)
            {
                AssertMatchesReference([(byte)b0, (byte)b1]);
            }
        }
    }

    [Fact]
    public void CompactDecode_RandomInputs_AcceptExactlyCanonicalInRangeEncodings()
    {
        var random = new Random(20260630);
        byte[] buffer = new byte[18];
        for (int i = 0; i < 200_000; i++)
        {
            random.NextBytes(buffer);

            // Bias the prefix towards big-integer mode, where the interesting rules live.
            if ((i & 1) == 0)
            {
                buffer[0] = (byte)((random.Next(0, 16) << 2) | 3);
            }

            if ((i & 2) == 0)
            {
                int top = (buffer[0] >> 2) + 4;
                if (top < buffer.Length)
                {
                    buffer[top] = 0;
                }
            }

            AssertMatchesReference(buffer.AsSpan(0, random.Next(1, buffer.Length + 1)).ToArray());
        }
    }

    private static void AssertMatchesReference(byte[] input)
    {
        bool parsed = TryLenientParse(input, out UInt128 value, out int consumed);
        bool canonical = parsed && ScaleCodec.Encode<UInt128, CompactU128Codec>(value).AsSpan().SequenceEqual(input.AsSpan(0, consumed));

        Check<byte, CompactU8Codec>(byte.MaxValue, x => x);
        Check<ushort, CompactU16Codec>(ushort.MaxValue, x => x);
        Check<uint, CompactU32Codec>(uint.MaxValue, x => x);
        Check<ulong, CompactU64Codec>(ulong.MaxValue, x => x);
        Check<UInt128, CompactU128Codec>(UInt128.MaxValue, x => x);

        void Check<T, TCodec>(UInt128 max, Func<T, UInt128> widen)
            where TCodec : IScaleCodec<T>
        {
            bool expectOk = canonical && value <= max;
            var reader = new ScaleReader(input);
            T decoded;
            try
            {
                decoded = TCodec.Decode(ref reader);
            }
            catch (FormatException)
            {
                Assert.False(expectOk, $"{typeof(TCodec).Name} rejected {Hex.Encode(input)}");
                return;
            }

            Assert.True(expectOk, $"{typeof(TCodec).Name} accepted {Hex.Encode(input)}");
            Assert.Equal(value, widen(decoded));
            Assert.Equal(consumed, reader.Position);
        }
    }

    /// <summary>Reference parse that ignores canonical form and width: mode bits, then the little-endian payload.</summary>
    private static bool TryLenientParse(byte[] input, out UInt128 value, out int consumed)
    {
        value = 0;
        consumed = (input[0] & 3) switch
        {
            0 => 1,
            1 => 2,
            2 => 4,
            _ => 1 + (input[0] >> 2) + 4,
        };
        if (consumed > input.Length || consumed > 17)
        {
            return false;
        }

        if ((input[0] & 3) == 3)
        {
            for (int i = consumed - 1; i >= 1; i--)
            {
                value = (value << 8) | input[i];
            }

            return true;
        }

        for (int i = consumed - 1; i >= 0; i--)
        {
            value = (value << 8) | input[i];
        }

        value >>= 2;
        return true;
    }
}
