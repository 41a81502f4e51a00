using Bittensor.Core.Hashing;
using Bittensor.Core.Metadata;

namespace Bittensor.Core.Tests.Metadata;

/// <summary>A one-pallet runtime described with <see cref="TypeRegistryBuilder"/>, as the node will describe its own.</summary>
internal static class SampleRuntime
{
    public const string CallTypeName = "sample_runtime::RuntimeCall";

    public static PortableRegistry Registry(out Ids ids)
    {
        var b = new TypeRegistryBuilder();
        uint u8 = b.U8();
        uint u16 = b.U16();
        uint u32 = b.U32();
        uint u64 = b.U64();
        uint accountId = b.Composite("sp_core::crypto::AccountId32", [Field.Unnamed(b.ByteArray(32), "[u8; 32]")]);
        uint accountInfo = b.Composite("frame_system::AccountInfo", [Field.Named("nonce", u32, "Nonce"), Field.Named("free", u64, "Balance", "Free balance.")], [new TypeParameter("Nonce", u32)]);
        uint demoCall = b.Variant("pallet_demo::pallet::Call", [new Variant("noop", 0), new Variant("set_value", 1, [Field.Named("value", u64, "u64")], ["Sets the value."])], [new TypeParameter("T", null)]);
        uint demoEvent = b.Variant("pallet_demo::pallet::Event", [new Variant("ValueSet", 0, [Field.Named("who", accountId), Field.Named("value", u64)])]);
        uint demoError = b.Variant("pallet_demo::pallet::Error", [new Variant("ValueTooLarge", 0)]);
        uint call = b.Variant(CallTypeName, [new Variant("Demo", 9, [Field.Unnamed(demoCall, "self::sp_api_hidden_includes_construct_runtime::hidden_include::dispatch::CallableCallFor<Demo, Runtime>")])]);
        uint @event = b.Variant("sample_runtime::RuntimeEvent", [new Variant("Demo", 9, [Field.Unnamed(demoEvent)])]);
        uint error = b.Variant("sample_runtime::RuntimeError", [new Variant("Demo", 9, [Field.Unnamed(demoError)])]);
        uint address = b.Variant("sp_runtime::multiaddress::MultiAddress", [new Variant("Id", 0, [Field.Unnamed(accountId)])]);
        uint signature = b.Variant("sp_runtime::MultiSignature", [new Variant("Sr25519", 1, [Field.Unnamed(b.ByteArray(64))])]);
        uint unit = b.Unit();
        uint extra = b.Tuple(b.Composite("frame_system::extensions::check_nonce::CheckNonce", [Field.Unnamed(b.Compact(u32))]));
        uint extrinsic = b.Composite(
            "sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic",
            [Field.Unnamed(b.Bytes())],
            [new TypeParameter("Address", address), new TypeParameter("Call", call), new TypeParameter("Signature", signature), new TypeParameter("Extra", extra)]);
        uint runtime = b.Composite("sample_runtime::Runtime", []);
        uint optionU64 = b.Option(u64);
        ids = new Ids(u8, u16, u64, accountInfo, demoCall, demoEvent, demoError, call, @event, error, address, signature, extra, extrinsic, runtime, unit, optionU64);
        return b.Build();
    }

    public static RuntimeMetadataV15 MetadataV15()
    {
        PortableRegistry types = Registry(out Ids ids);
        return new RuntimeMetadataV15(
            types,
            [Pallet(ids, ["A demo pallet."])],
            new ExtrinsicMetadataV15(4, ids.Address, ids.Call, ids.Signature, ids.Extra, [new SignedExtensionMetadata("CheckNonce", ids.Extra, ids.Unit)]),
            ids.Runtime,
            [new RuntimeApiMetadata("DemoApi", [new RuntimeApiMethodMetadata("get", [], ids.OptionU64, ["Reads the value."])], ["Demo API."])],
            new OuterEnums(ids.Call, ids.Event, ids.Error),
            [new CustomValueMetadata("b", ids.U8, new byte[] { 2 }), new CustomValueMetadata("a", ids.U8, new byte[] { 1 })]);
    }

    public static RuntimeMetadataV14 MetadataV14()
    {
        PortableRegistry types = Registry(out Ids ids);
        return new RuntimeMetadataV14(types, [Pallet(ids, [])], new ExtrinsicMetadataV14(ids.Extrinsic, 4, [new SignedExtensionMetadata("CheckNonce", ids.Extra, ids.Unit)]), ids.Runtime);
    }

    private static PalletMetadata Pallet(Ids ids, string[] docs) => new(
        "Demo",
        9,
        new PalletStorageMetadata("Demo", [
            StorageEntryMetadata.Plain("Value", StorageEntryModifier.Default, ids.U64, new byte[8], ["The value."]),
            StorageEntryMetadata.Map("Values", StorageEntryModifier.Optional, [StorageHasher.Twox64Concat], ids.U16, ids.U64, new byte[] { 0 }),
        ]),
        ids.DemoCall,
        ids.DemoEvent,
        [new PalletConstantMetadata("Answer", ids.U64, new byte[] { 42, 0, 0, 0, 0, 0, 0, 0 }, ["The answer."])],
        ids.DemoError,
        docs);

    internal sealed record Ids(
        uint U8,
        uint U16,
        uint U64,
        uint AccountInfo,
        uint DemoCall,
        uint DemoEvent,
        uint DemoError,
        uint Call,
        uint Event,
        uint Error,
        uint Address,
        uint Signature,
        uint Extra,
        uint Extrinsic,
        uint Runtime,
        uint Unit,
        uint OptionU64);
}
