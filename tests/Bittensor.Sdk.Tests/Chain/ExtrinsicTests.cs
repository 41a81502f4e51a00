using System.Text.Json.Nodes;
using Bittensor.Core.Chain;
using Bittensor.Core.Chain.Extrinsics;
using Bittensor.Core.Crypto;
using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain;
using Bittensor.Sdk.Chain.Extrinsics;

namespace Bittensor.Sdk.Tests.Chain;

public sealed class ExtrinsicTests
{
    // shared/vectors/substrate-crypto.json extrinsic_v4 "ed25519 //Alice": Balances.transfer_keep_alive(Bob, 1 TAO),
    // nonce 5, tip 0, mortal 64 at block 6 553 223, finney genesis; ed25519 signatures are deterministic.
    private const string VectorCall = "0x0503008eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a4802286bee";
    private const string VectorExtrinsic = "0x3d02840088dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee00bf44d0189bccb0cd948a2ec7d5c508d26ce7bb84439139d916f2dcac55617dc14b205feba399a018253db8bc4cf432934615d070beab8b7f4b40855fd6e2950d75001400000503008eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a4802286bee";
    private const string Genesis = "0x2f0555cc76fc2840a25a6ea3b9637146806f1f44b090c175ffde2a7e5ab36c03";
    private const string EraBlock = "0x2830271e820b419253b79cbafea83f726354bbef26eb318835ffa774288de9ff";

    private static readonly Lazy<ChainMetadata> s_metadata = new(() => ChainMetadata.FromHex(FinneyRecordings.MetadataV15Hex));

    [Fact]
    public void FromMetadata_FinneyExtensions_MatchRecordedList()
    {
        TransactionExtensionSchema schema = ExtensionSchemas.FromMetadata(s_metadata.Value);

        Assert.Equal(TransactionExtensionSchema.Spec320.Extensions, schema.Extensions);
    }

    [Fact]
    public void CreateSigned_VectorParameters_ReproducesVectorExtrinsic()
    {
        ChainMetadata metadata = s_metadata.Value;
        KeyPair alice = KeyPair.FromUri("//Alice", KeyScheme.Ed25519);
        byte[] bob = KeyPair.FromUri("//Bob").PublicKey.ToArray();
        byte[] call = metadata.EncodeCall(
            "Balances",
            "transfer_keep_alive",
            new ScaleField("dest", ScaleValue.Variant("Id", new ScaleField(null, ScaleValue.Bytes(bob)))),
            new ScaleField("value", ScaleValue.U64(1_000_000_000)));
        TransactionExtra extra = new(Era.Mortal(64, 6_553_223), 5, 0);
        TransactionImplicit implicitData = new(320, 1, H256.Parse(Genesis), H256.Parse(EraBlock));

        UncheckedExtrinsic extrinsic = UncheckedExtrinsic.CreateSigned(alice, call, extra, implicitData, ExtensionSchemas.FromMetadata(metadata));

        Assert.Equal(VectorCall, Hex.Encode(call));
        Assert.Equal(VectorExtrinsic, Hex.Encode(extrinsic.Encode(ExtensionSchemas.FromMetadata(metadata))));
    }

    [Fact]
    public void DispatchError_Module7Error6_IsHotKeyNotRegisteredInNetwork()
    {
        ScaleValue error = ModuleError(7, 6);

        ChainModuleError decoded = SubtensorClient.DispatchError(s_metadata.Value, error);

        Assert.Equal("SubtensorModule", decoded.Pallet);
        Assert.Equal("HotKeyNotRegisteredInNetwork", decoded.Name);
        Assert.NotEmpty(decoded.Docs);
    }

    [Fact]
    public async Task SignAndSubmitAsync_InBlockWithFailedEvent_ReturnsDecodedModuleError()
    {
        ChainMetadata metadata = s_metadata.Value;
        await using ReplayServer server = await FinneyRecordings.ServeAsync("metagraph");
        const string InBlock = "0x1111111111111111111111111111111111111111111111111111111111111111";
        string? submitted = null;
        byte[] events = metadata.Codec.Encode(metadata.EventRecordsType, ScaleValue.Sequence(
            EventRecord(0, "System", "ExtrinsicSuccess", new ScaleField("dispatch_info", DispatchInfo())),
            EventRecord(1, "System", "ExtrinsicFailed", new ScaleField("dispatch_error", ModuleError(7, 6)), new ScaleField("dispatch_info", DispatchInfo()))));
        server.Override = (method, p) => method switch
        {
            "system_accountNextIndex" => new JsonObject { ["result"] = 5 },
            "chain_getBlockHash" when p.Count == 1 && p[0]!.GetValue<long>() == 0 => new JsonObject { ["result"] = Genesis },
            "chain_getBlockHash" when p.Count == 1 => new JsonObject { ["result"] = EraBlock },
            "author_submitAndWatchExtrinsic" => Remember(ref submitted, p[0]!.GetValue<string>()),
            "author_unwatchExtrinsic" => new JsonObject { ["result"] = true },
            "chain_getBlock" => new JsonObject { ["result"] = new JsonObject { ["block"] = new JsonObject { ["extrinsics"] = new JsonArray("0x280402000b00", submitted) } } },
            "state_getStorage" when p.Count == 2 && p[1]!.GetValue<string>() == InBlock => new JsonObject { ["result"] = Hex.Encode(events) },
            _ => null,
        };
        server.Notifications = (method, _, _) => method == "author_submitAndWatchExtrinsic"
            ? [Status(JsonValue.Create("ready")), Status(new JsonObject { ["inBlock"] = InBlock })]
            : [];
        await using SubtensorClient client = await SubtensorClient.ConnectAsync(server.Endpoint);
        byte[] call = client.ComposeCall("SubtensorModule", "serve_axon", AxonArgs());

        ExtrinsicReceipt receipt = await client.SignAndSubmitAsync(call, KeyPair.FromUri("//Alice"));

        Assert.False(receipt.Success);
        Assert.Equal(1, receipt.Index);
        Assert.Equal(H256.Parse(InBlock), receipt.BlockHash);
        Assert.Equal("HotKeyNotRegisteredInNetwork", receipt.Error?.Name);
        Assert.Equal(H256.Blake2b256(Hex.Decode(submitted)), receipt.ExtrinsicHash);
        UncheckedExtrinsic decoded = UncheckedExtrinsic.Decode(Hex.Decode(submitted), ExtensionSchemas.FromMetadata(metadata));
        Assert.Equal(5u, decoded.Signature!.Extra.Nonce);
        Assert.Equal(Era.Mortal(64, 6_852_690), decoded.Signature.Extra.Era);
    }

    [Fact]
    public void ConvertWeightsAndUids_FloatWeights_MaxUpscalesAndRoundsHalfToEven()
    {
        (ushort[] uids, ushort[] weights) = WeightUtils.ConvertWeightsAndUids([1, 2, 3, 4, 5], [0.1f, 0.2f, 0.3f, 0.4f, 0f]);

        Assert.Equal(new ushort[] { 1, 2, 3, 4 }, uids);
        Assert.Equal(new ushort[] { 16384, 32768, 49151, 65535 }, weights);
    }

    [Fact]
    public void ConvertWeightsAndUids_AllZero_GivesEmpty()
    {
        (ushort[] uids, ushort[] weights) = WeightUtils.ConvertWeightsAndUids([0, 1], [0f, 0f]);

        Assert.Empty(uids);
        Assert.Empty(weights);
    }

    [Fact]
    public void ConvertWeightsAndUids_NegativeOrMismatched_Throws()
    {
        Assert.Throws<ArgumentException>(() => WeightUtils.ConvertWeightsAndUids([0, 1], [0.5f, -0.1f]));
        Assert.Throws<ArgumentException>(() => WeightUtils.ConvertWeightsAndUids([0], [0.5f, 0.1f]));
    }

    [Fact]
    public void CommitHash_Layout_IsBlake2bOfScaleConcatenation()
    {
        byte[] hotkey = KeyPair.FromUri("//Alice").PublicKey.ToArray();

        byte[] hash = WeightUtils.CommitHash(hotkey, 1, [0, 1], [65535, 32768], [7], 42);

        byte[] expectedInput = [.. hotkey, 1, 0, 8, 0, 0, 1, 0, 8, 0xff, 0xff, 0x00, 0x80, 4, 7, 0, 42, 0, 0, 0, 0, 0, 0, 0];
        Assert.Equal(Bittensor.Core.Hashing.Blake2b.Hash(expectedInput, 32), hash);
        Assert.NotEqual(hash, WeightUtils.CommitHash(hotkey, 1, [0, 1], [65535, 32768], [8], 42));
    }

    [Fact]
    public void SetWeights_Spec343_UsesMechanismCallWithU16Vectors()
    {
        ChainMetadata metadata = s_metadata.Value;

        byte[] call = SubtensorCalls.SetWeights(metadata, 3, [0, 7], [65535, 100], 9011001);

        ScaleValue decoded = metadata.DecodeCall(call);
        VariantValue inner = Assert.IsType<VariantValue>(Assert.IsType<VariantValue>(decoded).Single);
        Assert.Equal("set_mechanism_weights", inner.Name);
        Assert.Equal(3UL, inner["netuid"].ToUInt64());
        Assert.Equal(0UL, inner["mecid"].ToUInt64());
        Assert.Equal(new ulong[] { 0, 7 }, ((SequenceValue)inner["dests"]).Items.Select(v => v.ToUInt64()));
        Assert.Equal(new ulong[] { 65535, 100 }, ((SequenceValue)inner["weights"]).Items.Select(v => v.ToUInt64()));
        Assert.Equal(9011001UL, inner["version_key"].ToUInt64());
    }

    [Fact]
    public void AddStake_WithLimit_EncodesAddStakeLimit()
    {
        ChainMetadata metadata = s_metadata.Value;
        AccountId32 hotkey = new(KeyPair.FromUri("//Bob").PublicKey.Span);

        VariantValue inner = Assert.IsType<VariantValue>(((VariantValue)metadata.DecodeCall(SubtensorCalls.AddStake(metadata, hotkey, 1, 5_000_000_000, 123_456, true))).Single);

        Assert.Equal("add_stake_limit", inner.Name);
        Assert.Equal(5_000_000_000UL, inner["amount_staked"].ToUInt64());
        Assert.Equal(123_456UL, inner["limit_price"].ToUInt64());
        Assert.True(inner["allow_partial"].ToBoolean());
        Assert.Equal(hotkey.ToArray(), inner["hotkey"].ToBytes());
    }

    private static JsonObject Remember(ref string? slot, string value)
    {
        slot = value;
        return new JsonObject { ["result"] = "watch1" };
    }

    private static JsonObject Status(JsonNode result) => new()
    {
        ["jsonrpc"] = "2.0",
        ["method"] = "author_extrinsicUpdate",
        ["params"] = new JsonObject { ["subscription"] = "watch1", ["result"] = result },
    };

    private static VariantValue ModuleError(byte pallet, byte error) =>
        ScaleValue.Variant("Module", new ScaleField(null, ScaleValue.Composite(
            new ScaleField("index", ScaleValue.U8(pallet)),
            new ScaleField("error", ScaleValue.Bytes([error, 0, 0, 0])))));

    private static CompositeValue DispatchInfo() => ScaleValue.Composite(
        new ScaleField("weight", ScaleValue.Composite(new ScaleField("ref_time", ScaleValue.U64(1000)), new ScaleField("proof_size", ScaleValue.U64(0)))),
        new ScaleField("class", ScaleValue.Variant("Normal")),
        new ScaleField("pays_fee", ScaleValue.Variant("Yes")));

    private static CompositeValue EventRecord(uint index, string pallet, string name, params ScaleField[] fields) => ScaleValue.Composite(
        new ScaleField("phase", ScaleValue.Variant("ApplyExtrinsic", new ScaleField(null, ScaleValue.U32(index)))),
        new ScaleField("event", ScaleValue.Variant(pallet, new ScaleField(null, ScaleValue.Variant(name, fields)))),
        new ScaleField("topics", ScaleValue.Sequence()));

    private static ScaleField[] AxonArgs() =>
    [
        new("netuid", ScaleValue.U16(1)),
        new("version", ScaleValue.U32(9011001)),
        new("ip", ScaleValue.U128(3235789677)),
        new("port", ScaleValue.U16(8091)),
        new("ip_type", ScaleValue.U8(4)),
        new("protocol", ScaleValue.U8(4)),
        new("placeholder1", ScaleValue.U8(0)),
        new("placeholder2", ScaleValue.U8(0)),
    ];
}
