using System.Buffers.Binary;
using System.Globalization;
using System.Text.Json;
using Bittensor.Core.Chain;
using Bittensor.Core.Primitives;
using Bittensor.Core.Scale;
using Bittensor.Core.Tests.Vectors;

namespace Bittensor.Core.Tests.Chain;

public class HeaderTests
{
    private static JsonElement V => VectorFile.SubstrateCrypto.GetProperty("header");

    private static byte[] Scale => Hex.Decode(V.GetProperty("scale").GetString()!);

    [Fact]
    public void Decode_FinneyBlock6553223_FieldsMatchJson()
    {
        Header header = ScaleCodec.Decode<Header>(Scale);
        JsonElement json = V.GetProperty("json");
        Assert.Equal(json.GetProperty("parentHash").GetString(), header.ParentHash.ToString());
        Assert.Equal(uint.Parse(json.GetProperty("number").GetString()![2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture), header.Number);
        Assert.Equal(6_553_223u, header.Number);
        Assert.Equal(json.GetProperty("stateRoot").GetString(), header.StateRoot.ToString());
        Assert.Equal(json.GetProperty("extrinsicsRoot").GetString(), header.ExtrinsicsRoot.ToString());

        string[] logs = [.. json.GetProperty("digest").GetProperty("logs").EnumerateArray().Select(l => l.GetString()!)];
        Assert.Equal(logs.Length, header.Digest.Logs.Count);
        for (int i = 0; i < logs.Length; i++)
        {
            Assert.Equal(logs[i], Hex.Encode(ScaleCodec.Encode(header.Digest.Logs[i])));
        }
    }

    [Fact]
    public void Decode_FinneyBlock6553223_DigestLogsMatchDecodedVector()
    {
        Header header = ScaleCodec.Decode<Header>(Scale);
        JsonElement[] expected = [.. V.GetProperty("digest_logs_decoded").EnumerateArray()];
        Assert.Equal(expected.Length, header.Digest.Logs.Count);
        for (int i = 0; i < expected.Length; i++)
        {
            DigestItem item = header.Digest.Logs[i];
            Assert.Equal(expected[i].GetProperty("type").GetString(), item.Kind.ToString());
            Assert.Equal(expected[i].GetProperty("engine").GetString(), item.Engine.ToString());
            Assert.Equal(expected[i].GetProperty("payload").GetString(), Hex.Encode(item.Payload.Span));
        }

        DigestItem? preRuntime = header.Digest.Find(DigestItemKind.PreRuntime, ConsensusEngineId.Aura);
        Assert.NotNull(preRuntime);
        ulong slot = ScaleCodec.Decode<ulong, U64Codec>(preRuntime.Payload.Span);
        Assert.Equal(ulong.Parse(V.GetProperty("aura_slot_from_preruntime_u64_le").GetString()!, CultureInfo.InvariantCulture), slot);
        Assert.Equal(146_599_431UL, BinaryPrimitives.ReadUInt64LittleEndian(preRuntime.Payload.Span));

        Assert.NotNull(header.Digest.Find(DigestItemKind.Consensus, ConsensusEngineId.Frontier));
        Assert.Equal(64, header.Digest.Find(DigestItemKind.Seal, ConsensusEngineId.Aura)!.Payload.Length);
        Assert.Null(header.Digest.Find(DigestItemKind.Seal, ConsensusEngineId.Babe));
    }

    [Fact]
    public void Encode_DecodedFinneyHeader_IsByteIdentical()
    {
        Header header = ScaleCodec.Decode<Header>(Scale);
        Assert.Equal(Hex.Encode(Scale), Hex.Encode(header.Encode()));
    }

    [Fact]
    public void Hash_FinneyBlock6553223_MatchesBlake2AndChainBlockHash()
    {
        Header header = ScaleCodec.Decode<Header>(Scale);
        H256 hash = header.Hash();
        Assert.Equal(V.GetProperty("blake2_256").GetString(), hash.ToString());
        Assert.Equal(V.GetProperty("expected_hash_from_chain_getBlockHash_6553223").GetString(), hash.ToString());
        Assert.Equal(H256.Blake2b256(Scale), hash);
    }

    [Fact]
    public void Header_BuiltFromJsonFields_EncodesToVectorBytes()
    {
        JsonElement json = V.GetProperty("json");
        var digest = new Digest(json.GetProperty("digest").GetProperty("logs").EnumerateArray()
            .Select(l => ScaleCodec.Decode<DigestItem>(Hex.Decode(l.GetString()!))));
        var header = new Header(
            H256.Parse(json.GetProperty("parentHash").GetString()!),
            uint.Parse(json.GetProperty("number").GetString()![2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            H256.Parse(json.GetProperty("stateRoot").GetString()!),
            H256.Parse(json.GetProperty("extrinsicsRoot").GetString()!),
            digest);
        Assert.Equal(Hex.Encode(Scale), Hex.Encode(header.Encode()));
        Assert.Equal(ScaleCodec.Decode<Header>(Scale), header);
    }

    [Fact]
    public void Header_ChangedSeal_ChangesHashAndEquality()
    {
        Header header = ScaleCodec.Decode<Header>(Scale);
        var logs = header.Digest.Logs.ToList();
        logs[^1] = DigestItem.Seal(ConsensusEngineId.Aura, new byte[64]);
        Header unsealed = header with { Digest = new Digest(logs) };
        Assert.NotEqual(header, unsealed);
        Assert.NotEqual(header.Hash(), unsealed.Hash());
    }

    [Fact]
    public void DigestItem_AllKinds_EncodeAsSpRuntime()
    {
        // sp_runtime digest.rs should_serialize_digest: Other([1,2,3]) = 0x000c010203, Seal(*b"test", [1,2,3]) = 0x05746573740c010203.
        Assert.Equal("0x000c010203", Hex.Encode(ScaleCodec.Encode(DigestItem.Other([1, 2, 3]))));
        Assert.Equal("0x05746573740c010203", Hex.Encode(ScaleCodec.Encode(DigestItem.Seal(ConsensusEngineId.FromAscii("test"), [1, 2, 3]))));
        Assert.Equal("0x08", Hex.Encode(ScaleCodec.Encode(DigestItem.RuntimeEnvironmentUpdated)));
        Assert.Equal("0x0446524e4b00", Hex.Encode(ScaleCodec.Encode(DigestItem.Consensus(ConsensusEngineId.Grandpa, []))));
        Assert.Equal("0x064241424500", Hex.Encode(ScaleCodec.Encode(DigestItem.PreRuntime(ConsensusEngineId.Babe, []))));
        Assert.Same(DigestItem.RuntimeEnvironmentUpdated, ScaleCodec.Decode<DigestItem>([8]));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(9)]
    [InlineData(255)]
    public void DigestItem_UnknownVariant_ThrowsNamingIt(byte index)
    {
        var e = Assert.Throws<FormatException>(() => ScaleCodec.Decode<DigestItem>([index, 0, 0, 0, 0, 0]));
        Assert.Equal($"SCALE: unknown DigestItem variant index {index} at offset 0", e.Message);
    }

    [Fact]
    public void Decode_NumberAboveU32_Throws()
    {
        // Compact 2^32 in the number field: subtensor block numbers are u32.
        byte[] bytes = [.. new byte[32], .. Hex.Decode("0x070000000001"), .. new byte[64], 0];
        var e = Assert.Throws<FormatException>(() => ScaleCodec.Decode<Header>(bytes));
        Assert.Contains("Compact<u32>", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_TruncatedStateRoot_ErrorNamesH256AndOffset()
    {
        // parent (32) + number (4-byte compact 0x1efa8f01) + 7 bytes of the state root.
        var e = Assert.Throws<FormatException>(() => ScaleCodec.Decode<Header>(Scale.AsSpan(0, 43)));
        Assert.Equal("SCALE: need 32 bytes for H256 at offset 36, 7 remain", e.Message);
    }

    [Fact]
    public void ConsensusEngineId_NonPrintableBytes_FormatsAsHex()
    {
        Assert.Equal("aura", ConsensusEngineId.Aura.ToString());
        Assert.Equal("0x00010203", new ConsensusEngineId([0, 1, 2, 3]).ToString());
        Assert.Throws<ArgumentException>(() => ConsensusEngineId.FromAscii("auras"));
    }
}
