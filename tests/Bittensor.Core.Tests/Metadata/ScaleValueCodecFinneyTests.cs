using System.Globalization;
using System.Text.Json;
using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;
using Bittensor.Core.Scale;
using Bittensor.Core.Tests.Vectors;

namespace Bittensor.Core.Tests.Metadata;

public class ScaleValueCodecFinneyTests
{
    private const string EventsKey =
        "Vec<EventRecord> [ApplyExtrinsic(1) System.ExtrinsicSuccess, ApplyExtrinsic(2) System.ExtrinsicFailed(Module{index:7,error:[6,0,0,0]}), Finalization System.ExtrinsicSuccess(Mandatory)]";

    public static TheoryData<int> Versions() => [14, 15];

    private static JsonElement Crypto => VectorFile.SubstrateCrypto;

    private static byte[] EventsBytes => Hex.Decode(Crypto.GetProperty("events").GetProperty(EventsKey).GetString()!);

    private static JsonElement Transfer => Crypto.GetProperty("extrinsic_v4").GetProperty("sr25519 //Alice");

    private static byte[] Public(string name) =>
        Hex.Decode(Crypto.GetProperty("keys").GetProperty("sr25519").GetProperty(name).GetProperty("public").GetString()!);

    private static ulong Number(JsonElement e) => ulong.Parse(e.GetString()!.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(Versions))]
    public void DecodeEvents_VectorRecords_PhasesEventsAndDispatchInfo(int version)
    {
        ChainMetadata chain = FinneyMetadata.Chain(version);
        Assert.Equal("frame_system::EventRecord", chain.Types.Resolve(Assert.IsType<SequenceDefinition>(chain.Types.Resolve(chain.EventRecordsType).Definition).ElementType).PathString);
        IReadOnlyList<ScaleValue> records = chain.DecodeEvents(EventsBytes);
        Assert.Equal(3, records.Count);

        var phase0 = Assert.IsType<VariantValue>(records[0]["phase"]);
        Assert.Equal(("ApplyExtrinsic", (byte?)0, 1u), (phase0.Name, phase0.Index, phase0.Single.ToUInt32()));
        Assert.Equal(2u, ((VariantValue)records[1]["phase"]).Single.ToUInt32());
        var phase2 = Assert.IsType<VariantValue>(records[2]["phase"]);
        Assert.Equal(("Finalization", (byte?)1), (phase2.Name, phase2.Index));
        Assert.Empty(phase2.Fields);

        var success = Assert.IsType<VariantValue>(((VariantValue)records[0]["event"]).Single);
        Assert.Equal("System", ((VariantValue)records[0]["event"]).Name);
        Assert.Equal("ExtrinsicSuccess", success.Name);
        ScaleValue info = success["dispatch_info"];
        Assert.Equal(125_000_000ul, info["weight"]["ref_time"].ToUInt64());
        Assert.Equal(3_593ul, info["weight"]["proof_size"].ToUInt64());
        Assert.Equal("Normal", ((VariantValue)info["class"]).Name);
        Assert.Equal("Yes", ((VariantValue)info["pays_fee"]).Name);
        Assert.Empty(((SequenceValue)records[0]["topics"]).Items);

        var failed = (VariantValue)((VariantValue)records[1]["event"]).Single;
        Assert.Equal(("ExtrinsicFailed", (byte?)1), (failed.Name, failed.Index));
        var dispatchError = Assert.IsType<VariantValue>(failed["dispatch_error"]);
        Assert.Equal(("Module", (byte?)3), (dispatchError.Name, dispatchError.Index));
        ScaleValue moduleError = dispatchError.Single;
        Assert.Equal(7u, moduleError["index"].ToUInt32());
        Assert.Equal([6, 0, 0, 0], moduleError["error"].ToBytes());
        Assert.Equal("HotKeyNotRegisteredInNetwork", chain.ModuleError((byte)moduleError["index"].ToUInt32(), moduleError["error"].ToBytes()).Name);
        Assert.Equal(1_000ul, failed["dispatch_info"]["weight"]["ref_time"].ToUInt64());

        var finalization = (VariantValue)((VariantValue)records[2]["event"]).Single;
        Assert.Equal("Mandatory", ((VariantValue)finalization["dispatch_info"]["class"]).Name);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void EncodeEvents_DecodedRecords_ByteIdentical(int version)
    {
        ChainMetadata chain = FinneyMetadata.Chain(version);
        ScaleValue events = chain.Codec.Decode(chain.EventRecordsType, EventsBytes);
        Assert.Equal(EventsBytes, chain.Codec.Encode(chain.EventRecordsType, events));
        Assert.Equal(events, chain.Codec.Decode(chain.EventRecordsType, chain.Codec.Encode(chain.EventRecordsType, events)));
    }

    [Fact]
    public void DecodeEvents_Json_ShapedLikePolkadotJs()
    {
        IReadOnlyList<ScaleValue> records = FinneyMetadata.ChainV15.DecodeEvents(EventsBytes);
        Assert.Equal(
            """{"phase":{"ApplyExtrinsic":2},"event":{"System":{"ExtrinsicFailed":{"dispatch_error":{"Module":{"index":7,"error":"0x06000000"}},"dispatch_info":{"weight":{"ref_time":1000,"proof_size":0},"class":"Normal","pays_fee":"Yes"}}}},"topics":[]}""",
            records[1].ToJson());
        Assert.Equal(records[1].ToJson(), records[1].ToString());
        Assert.Contains("\"phase\": \"Finalization\"", records[2].ToJson(indented: true), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void DecodeAccountInfo_Vector_FieldsMatchAndReencode(int version)
    {
        JsonElement vector = Crypto.GetProperty("account_info");
        byte[] bytes = Hex.Decode(vector.GetProperty("scale").GetString()!);
        StorageItem account = FinneyMetadata.Chain(version).Storage("System", "Account");
        ScaleValue info = account.DecodeValue(bytes);

        JsonElement expected = vector.GetProperty("value");
        Assert.Equal(Number(expected.GetProperty("nonce")), info["nonce"].ToUInt64());
        Assert.Equal(Number(expected.GetProperty("consumers")), info["consumers"].ToUInt64());
        Assert.Equal(Number(expected.GetProperty("providers")), info["providers"].ToUInt64());
        Assert.Equal(Number(expected.GetProperty("sufficients")), info["sufficients"].ToUInt64());
        Assert.Equal(Number(expected.GetProperty("data").GetProperty("free")), info["data"]["free"].ToUInt64());
        Assert.Equal(PrimitiveKind.U64, Assert.IsType<PrimitiveValue>(info["data"]["free"]).Primitive);
        Assert.Equal(
            UInt128.Parse(expected.GetProperty("data").GetProperty("flags").GetString()!.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture),
            info["data"]["flags"].ToUInt128());
        Assert.Equal(bytes, FinneyMetadata.Chain(version).Codec.Encode(account.ValueType, info));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void EncodeCall_TransferKeepAliveValueTree_ExactVectorBytes(int version)
    {
        ChainMetadata chain = FinneyMetadata.Chain(version);
        string expected = Transfer.GetProperty("call_Balances_transfer_keep_alive_Bob_1TAO").GetString()!;
        ScaleValue call = ScaleValue.Variant(
            "Balances",
            ScaleValue.Variant(
                "transfer_keep_alive",
                ("dest", ScaleValue.Variant("Id", ScaleValue.Bytes(Public("//Bob")))),
                ("value", ScaleValue.U64(1_000_000_000))));
        Assert.Equal(expected, Hex.Encode(chain.Codec.Encode(chain.CallType, call)));

        // Field order does not matter for named fields; the helper builds the same outer value.
        Assert.Equal(expected, Hex.Encode(chain.EncodeCall(
            "Balances",
            "transfer_keep_alive",
            ("value", ScaleValue.U128(1_000_000_000)),
            ("dest", ScaleValue.Variant("Id", ScaleValue.Bytes(Public("//Bob")))))));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void DecodeCall_TransferKeepAlive_NamesAndReencodes(int version)
    {
        ChainMetadata chain = FinneyMetadata.Chain(version);
        byte[] bytes = Hex.Decode(Transfer.GetProperty("call_Balances_transfer_keep_alive_Bob_1TAO").GetString()!);
        var call = (VariantValue)chain.DecodeCall(bytes);
        Assert.Equal(("Balances", (byte?)5), (call.Name, call.Index));
        var transfer = (VariantValue)call.Single;
        Assert.Equal(("transfer_keep_alive", (byte?)3), (transfer.Name, transfer.Index));
        Assert.Equal(Public("//Bob"), ((VariantValue)transfer["dest"]).Single.ToBytes());
        Assert.Equal(1_000_000_000ul, transfer["value"].ToUInt64());
        Assert.Equal(bytes, chain.Codec.Encode(chain.CallType, call));
    }

    [Fact]
    public void DecodeSignedExtrinsic_V15Types_AddressSignatureExtraCall()
    {
        ChainMetadata chain = FinneyMetadata.ChainV15;
        var v15 = (RuntimeMetadataV15)chain.Metadata;
        byte[] extrinsic = Hex.Decode(Transfer.GetProperty("extrinsic").GetString()!);

        var reader = new ScaleReader(extrinsic);
        int length = reader.ReadLength(1);
        Assert.Equal(reader.Remaining, length);
        Assert.Equal(0x84, reader.ReadU8());
        var address = (VariantValue)chain.Codec.Decode(chain.AddressType, ref reader);
        Assert.Equal(Public("//Alice"), address.Single.ToBytes());
        var signature = (VariantValue)chain.Codec.Decode(chain.SignatureType, ref reader);
        Assert.Equal("Sr25519", signature.Name);
        ScaleValue extra = chain.Codec.Decode(v15.Extrinsic.ExtraType, ref reader);
        Assert.Equal(11, ((CompositeValue)extra).Fields.Count);
        Assert.Equal(5u, extra[5].ToUInt32());
        Assert.Equal(0ul, extra[7].ToUInt64());
        var call = (VariantValue)chain.Codec.Decode(chain.CallType, ref reader);
        reader.EnsureConsumed();
        Assert.Equal("transfer_keep_alive", ((VariantValue)call.Single).Name);
    }

    [Fact]
    public void EncodeCall_WrongShapes_ValueEncodeExceptionNamesThePath()
    {
        ChainMetadata chain = FinneyMetadata.ChainV15;
        ScaleValue dest = ScaleValue.Variant("Id", ScaleValue.Bytes(Public("//Bob")));

        var unknownCall = Assert.Throws<ValueEncodeException>(() => chain.EncodeCall("Balances", "transfer_keep_alivex", ("dest", dest), ("value", ScaleValue.U64(1))));
        Assert.Equal(".Balances", unknownCall.ValuePath);
        Assert.Contains("no variant transfer_keep_alivex", unknownCall.Message, StringComparison.Ordinal);

        var tooBig = Assert.Throws<ValueEncodeException>(() => chain.EncodeCall("Balances", "transfer_keep_alive", ("dest", dest), ("value", ScaleValue.U128(UInt128.One << 64))));
        Assert.Equal(".Balances.transfer_keep_alive.value", tooBig.ValuePath);

        var shortKey = Assert.Throws<ValueEncodeException>(() => chain.EncodeCall("Balances", "transfer_keep_alive", ("dest", ScaleValue.Variant("Id", ScaleValue.Bytes([1, 2]))), ("value", ScaleValue.U64(1))));
        Assert.Equal(".Balances.transfer_keep_alive.dest.Id", shortKey.ValuePath);
        Assert.Contains("exactly 32 items; the value has 2", shortKey.Message, StringComparison.Ordinal);

        Assert.Throws<ValueEncodeException>(() => chain.EncodeCall("Balances", "transfer_keep_alive", ("dest", dest)));
        Assert.Throws<ValueEncodeException>(() => chain.EncodeCall("Balances", "transfer_keep_alive", ("dest", dest), ("value", ScaleValue.Str("1"))));
        Assert.Throws<ValueEncodeException>(() => chain.EncodeCall("Balances", "transfer_keep_alive", ("dest", dest), ("value", ScaleValue.I64(-1))));
    }

    [Fact]
    public void EncodeCall_BurnedRegister_NetuidAndHotkey()
    {
        byte[] bytes = FinneyMetadata.ChainV15.EncodeCall("SubtensorModule", "burned_register", ("netuid", ScaleValue.U16(1)), ("hotkey", ScaleValue.Bytes(Public("//Bob"))));
        Assert.Equal([7, 7, 1, 0, .. Public("//Bob")], bytes);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void DecodeEveryConstant_WithItsType_ConsumesExactlyItsValue(int version)
    {
        ChainMetadata chain = FinneyMetadata.Chain(version);
        int count = 0;
        foreach (PalletMetadata pallet in chain.Pallets)
        {
            foreach (PalletConstantMetadata constant in pallet.Constants)
            {
                ScaleValue value = chain.Codec.Decode(constant.Type, constant.Value.Span);
                Assert.Equal(constant.Value.ToArray(), chain.Codec.Encode(constant.Type, value));
                count++;
            }
        }

        Assert.Equal(126, count);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void DecodeEveryStorageDefault_WithItsValueType_RoundTrips(int version)
    {
        ChainMetadata chain = FinneyMetadata.Chain(version);
        int decoded = 0;
        foreach (PalletMetadata pallet in chain.Pallets.Where(p => p.Storage is not null))
        {
            foreach (StorageItem item in chain.StorageItems(pallet.Name))
            {
                if (item.Modifier == StorageEntryModifier.Default)
                {
                    ScaleValue value = item.DecodeValue(item.Default.Span);
                    Assert.Equal(item.Default.ToArray(), chain.Codec.Encode(item.ValueType, value));
                    decoded++;
                }
            }
        }

        Assert.True(decoded > 200, $"only {decoded} Default entries");
    }
}
