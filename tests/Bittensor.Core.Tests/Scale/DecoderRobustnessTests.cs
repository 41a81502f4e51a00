using Bittensor.Core.Chain;
using Bittensor.Core.Primitives;
using Bittensor.Core.Scale;
using Bittensor.Core.Tests.Vectors;
using static Bittensor.Core.Tests.Scale.ScaleTestHelpers;

namespace Bittensor.Core.Tests.Scale;

public class DecoderRobustnessTests
{
    /// <summary>Every vector encoding with the decoder for its type.</summary>
    private static readonly Dictionary<string, (byte[] Bytes, Action<byte[]> Decode)> s_cases = BuildCases();

    public static TheoryData<string> CaseNames() => [.. s_cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Decode_CompleteVector_Succeeds(string name)
    {
        (byte[] bytes, Action<byte[]> decode) = s_cases[name];
        decode(bytes);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Decode_VectorTruncatedAtEveryCutPoint_ThrowsFormatExceptionOnly(string name)
    {
        (byte[] bytes, Action<byte[]> decode) = s_cases[name];
        for (int cut = 0; cut < bytes.Length; cut++)
        {
            byte[] prefix = bytes[..cut];
            var e = Assert.Throws<FormatException>(() => decode(prefix));
            Assert.StartsWith("SCALE: ", e.Message, StringComparison.Ordinal);
            Assert.Contains("offset", e.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Decode_VectorWithTrailingByte_ThrowsFormatException(string name)
    {
        (byte[] bytes, Action<byte[]> decode) = s_cases[name];
        var e = Assert.Throws<FormatException>(() => decode([.. bytes, 0x00]));
        Assert.Contains("trailing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadU64_ThreeBytesLeftAtOffset12_MessageNamesOffsetNeedAndRemaining()
    {
        byte[] bytes = new byte[15];
        var reader = new ScaleReader(bytes);
        reader.ReadBytes(12);
        string message = "";
        try
        {
            reader.ReadU64();
        }
        catch (FormatException e)
        {
            message = e.Message;
        }

        Assert.Equal("SCALE: need 8 bytes for u64 at offset 12, 3 remain", message);
        Assert.Equal(12, reader.Position);
    }

    [Theory]
    [InlineData("0x02")]
    [InlineData("0xff")]
    public void Bool_ByteOtherThanZeroOrOne_Throws(string hex)
    {
        var e = Assert.Throws<FormatException>(() => ScaleCodec.Decode<bool, BoolCodec>(Hex.Decode(hex)));
        Assert.Contains("bool", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0x02")]
    [InlineData("0x0207000000")]
    public void Option_TagOtherThanZeroOrOne_Throws(string hex)
    {
        var e = Assert.Throws<FormatException>(() => ScaleCodec.Decode<uint?, OptionCodec<uint, U32Codec>>(Hex.Decode(hex)));
        Assert.Contains("Option tag 0x02", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OptionBool_ByteThree_Throws() =>
        Assert.Throws<FormatException>(() => ScaleCodec.Decode<bool?, OptionBoolCodec>([3]));

    [Fact]
    public void OptionOfBool_SomeWithInvalidBool_Throws() =>
        Assert.Throws<FormatException>(() => ScaleCodec.Decode<bool?, OptionCodec<bool, BoolCodec>>([1, 2]));

    [Fact]
    public void Result_TagTwo_Throws()
    {
        var e = Assert.Throws<FormatException>(() => ScaleCodec.Decode<ScaleResult<uint, byte>, ResultCodec<uint, U32Codec, byte, U8Codec>>([2, 1]));
        Assert.Contains("Result tag", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0x04ff")] // lone continuation-free invalid byte
    [InlineData("0x08c328")] // truncated 2-byte sequence
    [InlineData("0x08c0af")] // overlong encoding of '/'
    [InlineData("0x0ceda080")] // UTF-8-encoded surrogate U+D800 (CESU), rejected by Rust's from_utf8
    [InlineData("0x10f4908080")] // above U+10FFFF
    public void String_InvalidUtf8_Throws(string hex)
    {
        var e = Assert.Throws<FormatException>(() => ScaleCodec.Decode<string, StringCodec>(Hex.Decode(hex)));
        Assert.Contains("UTF-8", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StringEncode_LoneSurrogate_ThrowsArgumentException()
    {
        Assert.ThrowsAny<ArgumentException>(() => ScaleCodec.Encode<string, StringCodec>("a\ud800b"));
    }

    [Fact]
    public void EnumVariant_UnknownIndex_ErrorNamesTypeIndexAndOffset()
    {
        var reader = new ScaleReader([0x00, 0x07]);
        reader.ReadU8();
        string message = "";
        try
        {
            reader.ReadVariantIndex("MultiAddress", 5);
        }
        catch (FormatException e)
        {
            message = e.Message;
        }

        Assert.Equal("SCALE: unknown MultiAddress variant index 7 at offset 1", message);
    }

    public static TheoryData<string> ForgedLengthPrefixes() =>
    [
        "0x03ffffffff", // u32::MAX elements
        "0xfeffffff", // 2^30 - 1
        "0x02000001", // 2^22
        "0x0101", // 64 elements, nothing behind them
    ];

    [Theory]
    [MemberData(nameof(ForgedLengthPrefixes))]
    public void Collections_ForgedLengthPrefix_FailFastWithoutAllocating(string hex)
    {
        byte[] bytes = [.. Hex.Decode(hex), 1, 2, 3];
        AssertFailsCheaply(() => ScaleCodec.Decode<ushort[], VecCodec<ushort, U16Codec>>(bytes));
        AssertFailsCheaply(() => ScaleCodec.Decode<byte[], BytesCodec>(bytes));
        AssertFailsCheaply(() => ScaleCodec.Decode<string, StringCodec>(bytes));
        AssertFailsCheaply(() => ScaleCodec.Decode<string[], VecCodec<string, StringCodec>>(bytes));
        AssertFailsCheaply(() => ScaleCodec.Decode<H256[], VecCodec<H256, H256Codec>>(bytes));
        AssertFailsCheaply(() => ScaleCodec.Decode<SortedDictionary<uint, ulong>, BTreeMapCodec<uint, U32Codec, ulong, U64Codec>>(bytes));
        AssertFailsCheaply(() => ScaleCodec.Decode<Header, Header>([.. new byte[97], .. bytes]));
    }

    [Fact]
    public void VecOfZeroSizeElements_LengthAboveCap_Throws()
    {
        byte[] bytes = ScaleCodec.Encode<ulong, CompactU64Codec>(ScaleReader.MaxZeroSizeElements + 1UL);
        var e = Assert.Throws<FormatException>(() => ScaleCodec.Decode<ValueTuple[], VecCodec<ValueTuple, UnitCodec>>(bytes));
        Assert.Contains("zero-size", e.Message, StringComparison.Ordinal);

        bytes = ScaleCodec.Encode<ulong, CompactU64Codec>(ScaleReader.MaxZeroSizeElements);
        Assert.Equal(ScaleReader.MaxZeroSizeElements, ScaleCodec.Decode<ValueTuple[], VecCodec<ValueTuple, UnitCodec>>(bytes).Length);
    }

    [Fact]
    public void VecLength_AboveU32_IsRejectedAsCompactU32()
    {
        // Vec lengths are Compact<u32> in parity-scale-codec; 2^32 does not fit.
        var e = Assert.Throws<FormatException>(() => ScaleCodec.Decode<byte[], BytesCodec>(Hex.Decode("0x070000000001")));
        Assert.Contains("Compact<u32>", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RecursiveType_NestingBeyondLimit_ThrowsInsteadOfOverflowingTheStack()
    {
        // Tree = Vec<Tree>: each 0x04 opens one child; 100 000 levels would overflow the stack without a limit.
        byte[] deep = [.. Enumerable.Repeat((byte)0x04, 100_000), 0x00];
        var e = Assert.Throws<FormatException>(() => ScaleCodec.Decode<Tree>(deep));
        Assert.Contains("nesting deeper than 256", e.Message, StringComparison.Ordinal);

        byte[] ok = [.. Enumerable.Repeat((byte)0x04, 200), 0x00];
        Assert.Equal(200, ScaleCodec.Decode<Tree>(ok).Depth);

        var shallow = new ScaleReader(ok, maxDepth: 10);
        bool threw = false;
        try
        {
            Tree.Decode(ref shallow);
        }
        catch (FormatException)
        {
            threw = true;
        }

        Assert.True(threw);
    }

    [Fact]
    public void VecOfWideStructs_LargeValidLength_IsGrownIncrementally()
    {
        // 100 000 one-byte Option<Wide> Nones: valid input whose decoded size (~100 000 × 40 B) far exceeds the
        // input; the decoder must still succeed (growing the array) and produce every element.
        byte[] bytes = [.. ScaleCodec.Encode<ulong, CompactU64Codec>(100_000), .. new byte[100_000]];
        var decoded = ScaleCodec.Decode<(UInt128, UInt128, ulong)?[], VecCodec<(UInt128, UInt128, ulong)?, OptionCodec<(UInt128, UInt128, ulong), TupleCodec<UInt128, U128Codec, UInt128, U128Codec, ulong, U64Codec>>>>(bytes);
        Assert.Equal(100_000, decoded.Length);
        Assert.All(decoded, x => Assert.Null(x));
    }

    private static void AssertFailsCheaply(Action decode)
    {
        decode = decode ?? throw new ArgumentNullException(nameof(decode));
        Assert.Throws<FormatException>(decode); // warm up (JIT, exception machinery)
        long before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Throws<FormatException>(decode);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 16 * 1024, $"a rejected decode allocated {allocated} bytes");
    }

    private static Dictionary<string, (byte[] Bytes, Action<byte[]> Decode)> BuildCases()
    {
        var cases = new Dictionary<string, (byte[], Action<byte[]>)>();
        void Add<T, TCodec>(string name, byte[] bytes)
            where TCodec : IScaleCodec<T> => cases.Add(name, (bytes, b => ScaleCodec.Decode<T, TCodec>(b)));

        foreach (var p in ScaleVectors.GetProperty("compact").EnumerateObject())
        {
            Add<UInt128, CompactU128Codec>($"compact {p.Name}", Hex.Decode(p.Value.GetString()!));
        }

        Add<ushort, U16Codec>("u16 42", VectorBytes("u16 42"));
        Add<uint, U32Codec>("u32 1", VectorBytes("u32 1"));
        Add<ulong, U64Codec>("u64 1e9", VectorBytes("u64 1e9"));
        Add<UInt128, U128Codec>("u128 1", VectorBytes("u128 1"));
        Add<long, I64Codec>("i64 -1", VectorBytes("i64 -1"));
        Add<bool, BoolCodec>("bool true", VectorBytes("bool true/false", 0));
        Add<uint?, OptionCodec<uint, U32Codec>>("Option<u32> None", VectorBytes("Option<u32> None / Some(7)", 0));
        Add<uint?, OptionCodec<uint, U32Codec>>("Option<u32> Some", VectorBytes("Option<u32> None / Some(7)", 1));
        Add<bool?, OptionCodec<bool, BoolCodec>>("Option<bool> Some(false)", Hex.Decode("0x0100"));
        Add<bool?, OptionBoolCodec>("OptionBool Some(false)", Hex.Decode("0x02"));
        Add<ushort[], VecCodec<ushort, U16Codec>>("Vec<u16>", VectorBytes("Vec<u16> [1,2,3]"));
        Add<string, StringCodec>("String", VectorBytes("String \"Bittensor\" (compact byte length + utf8)"));
        Add<byte[], BytesCodec>("Vec<u8>", VectorBytes("Vec<u8> 0xdeadbeef"));
        Add<(ushort, ulong), TupleCodec<ushort, U16Codec, ulong, U64Codec>>("(u16,u64)", VectorBytes("(u16,u64) (1, 2)"));
        Add<SortedDictionary<ushort, ulong>, BTreeMapCodec<ushort, U16Codec, ulong, U64Codec>>(
            "BTreeMap", VectorBytes("BTreeMap<u16,u64> {3:30,1:10} (compact count + pairs sorted by key)"));
        Add<ScaleResult<uint, byte>, ResultCodec<uint, U32Codec, byte, U8Codec>>("Result Ok", VectorBytes("Result<u32,u8> Ok(5) / Err(1)", 0));
        Add<ScaleResult<uint, byte>, ResultCodec<uint, U32Codec, byte, U8Codec>>("Result Err", VectorBytes("Result<u32,u8> Ok(5) / Err(1)", 1));
        Add<(byte, AccountId32), TupleCodec<byte, U8Codec, AccountId32, AccountId32Codec>>(
            "MultiAddress::Id", VectorBytes("MultiAddress::Id(//Bob) (variant 0 ++ AccountId32)"));

        foreach (var p in ScaleVectors.GetProperty("era").EnumerateObject())
        {
            string hex = p.Value.ValueKind == System.Text.Json.JsonValueKind.String ? p.Value.GetString()! : p.Value.GetProperty("encoded").GetString()!;
            Add<Era, Era>($"era {p.Name}", Hex.Decode(hex));
        }

        var root = VectorFile.SubstrateCrypto;
        Add<Header, Header>("header", Hex.Decode(root.GetProperty("header").GetProperty("scale").GetString()!));
        foreach (var log in root.GetProperty("header").GetProperty("json").GetProperty("digest").GetProperty("logs").EnumerateArray())
        {
            Add<DigestItem, DigestItem>($"digest item {log.GetString()![..12]}", Hex.Decode(log.GetString()!));
        }

        Add<AccountInfo, AccountInfo>("account_info", Hex.Decode(root.GetProperty("account_info").GetProperty("scale").GetString()!));
        return cases;
    }

    /// <summary>A recursive type (<c>struct Tree(Vec&lt;Tree&gt;)</c>) to exercise the depth limit.</summary>
    private sealed class Tree : IScaleCodec<Tree>
    {
        private readonly Tree[] _children;

        private Tree(Tree[] children) => _children = children;

        public int Depth => _children.Length == 0 ? 0 : 1 + _children.Max(c => c.Depth);

        public static void Encode(in Tree value, ref ScaleWriter writer) => writer.WriteVec<Tree, Tree>(value._children);

        public static Tree Decode(ref ScaleReader reader) => new(reader.ReadVec<Tree, Tree>());
    }
}
