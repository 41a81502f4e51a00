using System.Text.Json;
using Bittensor.Core.Chain;
using Bittensor.Core.Primitives;
using Bittensor.Core.Scale;
using Bittensor.Node.Rpc;
using Bittensor.Node.Rpc.Json;
using Bittensor.Node.Rpc.Methods;
using Bittensor.Runtime.Framework;

namespace Bittensor.Node.Tests.Rpc;

public sealed class ChainRpcUnitTests
{
    [Theory]
    [InlineData("7", 7u)]
    [InlineData("\"0x1a\"", 26u)]
    [InlineData("\"0x0\"", 0u)]
    [InlineData("4294967295", uint.MaxValue)]
    [InlineData("\"0xffffffff\"", uint.MaxValue)]
    public void ParseBlockNumber_NumberOrHex_ReturnsValue(string json, uint expected) =>
        Assert.Equal(expected, ChainRpcModule.ParseBlockNumber(Parse(json)));

    [Theory]
    [InlineData("4294967296", "`Number(4294967296)` > u32::MAX, the max block number is u32.")]
    [InlineData("\"0x100000000\"", "`Hex(0x100000000)` > u32::MAX, the max block number is u32.")]
    public void ParseBlockNumber_AboveU32_IsChainOtherError(string json, string message)
    {
        RpcException ex = Assert.Throws<RpcException>(() => ChainRpcModule.ParseBlockNumber(Parse(json)));
        Assert.Equal(3001, ex.Error.Code);
        Assert.Equal(message, ex.Error.Message);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("\"12\"")]
    [InlineData("\"0xzz\"")]
    [InlineData("true")]
    [InlineData("{}")]
    public void ParseBlockNumber_NotANumber_IsInvalidParams(string json)
    {
        RpcException ex = Assert.Throws<RpcException>(() => ChainRpcModule.ParseBlockNumber(Parse(json)));
        Assert.Equal(RpcErrors.InvalidParamsCode, ex.Error.Code);
    }

    [Theory]
    [InlineData("""["0x1234"]""", "a block hash is 32 bytes, got 2")]
    [InlineData("""[5]""", "expected a block hash")]
    [InlineData("""["0xgg"]""", "parameter 'hash' (position 0)")]
    public void GetOptionalHash_Malformed_IsInvalidParamsNamingTheProblem(string paramsJson, string detail)
    {
        var p = new RpcParams(Parse(paramsJson));
        RpcException ex = Assert.Throws<RpcException>(() => p.GetOptionalHash(0, "hash"));
        Assert.Equal(RpcErrors.InvalidParamsCode, ex.Error.Code);
        Assert.Contains(detail, ex.Error.Data!.Value.GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void GetOptionalHash_NullOrAbsent_IsNull()
    {
        Assert.Null(new RpcParams(Parse("[null]")).GetOptionalHash(0, "hash"));
        Assert.Null(new RpcParams(Parse("[]")).GetOptionalHash(0, "hash"));
        H256? hash = new RpcParams(Parse($"[\"0x{new string('a', 64)}\"]")).GetOptionalHash(0, "hash");
        Assert.Equal("0x" + new string('a', 64), hash.ToString());
    }

    [Fact]
    public void GetKeyList_MoreThanTheLimit_IsInvalidParams()
    {
        var p = new RpcParams(Parse("""[["0x01","0x02","0x03"]]"""));
        Assert.Equal(3, p.GetKeyList(0, "keys", 3).Length);
        RpcException ex = Assert.Throws<RpcException>(() => p.GetKeyList(0, "keys", 2));
        Assert.Contains("at most 2 keys per call, got 3", ex.Error.Data!.Value.GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void GetKeyList_NonHexKey_IsInvalidParams()
    {
        var p = new RpcParams(Parse("""[["0x01", 7]]"""));
        RpcException ex = Assert.Throws<RpcException>(() => p.GetKeyList(0, "keys", 10));
        Assert.Contains("key 1 is not a hex string", ex.Error.Data!.Value.GetString(), StringComparison.Ordinal);
    }

    /// <summary>The recorded finney header (block 6553223), rebuilt from its fields, serializes to exactly the recorded JSON.</summary>
    [Fact]
    public void HeaderJson_FinneyHeader_SerializesExactlyAsRecorded()
    {
        RecordedCall recorded = RecordedRpc.Calls.First(c => c.Method == "chain_getHeader");
        JsonElement json = recorded.Result;
        var header = new Header(
            H256.Parse(json.GetProperty("parentHash").GetString()!),
            Convert.ToUInt32(json.GetProperty("number").GetString(), 16),
            H256.Parse(json.GetProperty("stateRoot").GetString()!),
            H256.Parse(json.GetProperty("extrinsicsRoot").GetString()!),
            new Digest(json.GetProperty("digest").GetProperty("logs").EnumerateArray().Select(l => ScaleCodec.Decode<DigestItem>(Hex.Decode(l.GetString())))));

        string ours = JsonSerializer.Serialize(HeaderJson.From(header), ChainJsonContext.Default.HeaderJson);

        Assert.Equal(JsonSerializer.Serialize(json), ours);
    }

    [Fact]
    public void RuntimeVersionJson_Subtensor_HasSubstrateFieldsAndApiTuples()
    {
        string json = JsonSerializer.Serialize(RuntimeVersionJson.From(RuntimeVersion.Subtensor), ChainJsonContext.Default.RuntimeVersionJson);
        using JsonDocument document = JsonDocument.Parse(json);
        JsonElement root = document.RootElement;
        Assert.Equal(
            ["specName", "implName", "authoringVersion", "specVersion", "implVersion", "apis", "transactionVersion", "systemVersion", "stateVersion"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(425, root.GetProperty("specVersion").GetInt32());
        JsonElement core = root.GetProperty("apis")[0];
        Assert.Equal("0xdf6acb689907609b", core[0].GetString());
        Assert.Equal(5, core[1].GetInt32());
        Assert.Equal(1, root.GetProperty("stateVersion").GetInt32());
    }

    [Fact]
    public void RuntimeDispatchInfoJson_MatchesUpstreamSerdeTest()
    {
        // pallet-transaction-payment types.rs should_serialize_and_deserialize_properly_with_string.
        var info = new RuntimeDispatchInfoJson(new WeightJson(5, 0), PaymentRpcModule.ClassName(DispatchClass.Normal), "1000000");
        Assert.Equal(
            """{"weight":{"ref_time":5,"proof_size":0},"class":"normal","partialFee":"1000000"}""",
            JsonSerializer.Serialize(info, ChainJsonContext.Default.RuntimeDispatchInfoJson));
    }

    [Fact]
    public void FeeDetailsJson_WithAndWithoutInclusionFee_HasUpstreamShape()
    {
        Assert.Equal(
            """{"inclusionFee":{"baseFee":1,"lenFee":2,"adjustedWeightFee":3}}""",
            JsonSerializer.Serialize(new FeeDetailsJson(new InclusionFeeJson(1, 2, 3)), ChainJsonContext.Default.FeeDetailsJson));
        Assert.Equal("""{"inclusionFee":null}""", JsonSerializer.Serialize(new FeeDetailsJson(null), ChainJsonContext.Default.FeeDetailsJson));
    }

    [Theory]
    [InlineData(DispatchClass.Normal, "normal")]
    [InlineData(DispatchClass.Operational, "operational")]
    [InlineData(DispatchClass.Mandatory, "mandatory")]
    public void ClassName_EachDispatchClass_IsSerdeCamelCase(DispatchClass dispatchClass, string expected) =>
        Assert.Equal(expected, PaymentRpcModule.ClassName(dispatchClass));

    [Fact]
    public void SignedBlockJson_WritesNullJustifications()
    {
        var block = new SignedBlockJson(new BlockJson(new HeaderJson("0x00", "0x1", "0x00", "0x00", new DigestJson([])), ["0x0400"]), null);
        Assert.Equal(
            """{"block":{"header":{"parentHash":"0x00","number":"0x1","stateRoot":"0x00","extrinsicsRoot":"0x00","digest":{"logs":[]}},"extrinsics":["0x0400"]},"justifications":null}""",
            RpcJsonText(block));
    }

    private static string RpcJsonText(SignedBlockJson block) =>
        System.Text.Encoding.UTF8.GetString(RpcJson.Serialize(block, ChainJsonContext.Default.SignedBlockJson));

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
