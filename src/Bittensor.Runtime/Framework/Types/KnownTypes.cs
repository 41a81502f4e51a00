using Bittensor.Core.Chain;
using Bittensor.Core.Chain.Extrinsics;
using Bittensor.Core.Primitives;
using Bittensor.Core.Scale;

namespace Bittensor.Runtime.Framework.Types;

/// <summary>
/// The Substrate types the generic pallets use, with the scale-info paths and shapes of finney's metadata (spec 320)
/// and CLR mappings to the Core types.
/// </summary>
public static class KnownTypes
{
    private static FieldDef F(string? name, TypeRef type, string? typeName = null) => new(name, type, typeName);

    /// <summary><c>sp_core::crypto::AccountId32</c> = <c>([u8; 32])</c> → <see cref="AccountId32"/>.</summary>
    public static CompositeType AccountId32 { get; } = TypeRef.Composite(
        ["sp_core", "crypto", "AccountId32"], [F(null, TypeRef.Array(32, TypeRef.U8), "[u8; 32]")], codec: ClrValueCodec<AccountId32, AccountId32Codec>.Instance);

    /// <summary><c>primitive_types::H256</c> = <c>([u8; 32])</c> → <see cref="H256"/>.</summary>
    public static CompositeType H256 { get; } = TypeRef.Composite(
        ["primitive_types", "H256"], [F(null, TypeRef.Array(32, TypeRef.U8), "[u8; 32]")], codec: ClrValueCodec<H256, H256Codec>.Instance);

    /// <summary><c>sp_runtime::multiaddress::MultiAddress&lt;AccountId32, ()&gt;</c> → <see cref="Core.Chain.Extrinsics.MultiAddress"/>.</summary>
    public static VariantType MultiAddress { get; } = TypeRef.Variant(
        ["sp_runtime", "multiaddress", "MultiAddress"],
        [
            new VariantDef("Id", 0, [F(null, AccountId32, "AccountId")]),
            new VariantDef("Index", 1, [F(null, TypeRef.Compact(TypeRef.Unit), "AccountIndex")]),
            new VariantDef("Raw", 2, [F(null, TypeRef.Bytes, "Vec<u8>")]),
            new VariantDef("Address32", 3, [F(null, TypeRef.Array(32, TypeRef.U8), "[u8; 32]")]),
            new VariantDef("Address20", 4, [F(null, TypeRef.Array(20, TypeRef.U8), "[u8; 20]")]),
        ],
        [new TypeParam("AccountId", AccountId32), new TypeParam("AccountIndex", TypeRef.Unit)],
        ClrValueCodec<MultiAddress, MultiAddress>.Instance);

    /// <summary><c>sp_weights::weight_v2::Weight { ref_time: Compact&lt;u64&gt;, proof_size: Compact&lt;u64&gt; }</c> → <see cref="Framework.Weight"/>.</summary>
    public static CompositeType Weight { get; } = TypeRef.Composite(
        ["sp_weights", "weight_v2", "Weight"],
        [F("ref_time", TypeRef.Compact(TypeRef.U64), "u64"), F("proof_size", TypeRef.Compact(TypeRef.U64), "u64")],
        codec: ClrValueCodec<Weight, Weight>.Instance);

    public static VariantType DispatchClass { get; } = TypeRef.Variant(
        ["frame_support", "dispatch", "DispatchClass"],
        [new VariantDef("Normal", 0, []), new VariantDef("Operational", 1, []), new VariantDef("Mandatory", 2, [])]);

    public static VariantType Pays { get; } = TypeRef.Variant(
        ["frame_support", "dispatch", "Pays"], [new VariantDef("Yes", 0, []), new VariantDef("No", 1, [])]);

    /// <summary><c>frame_system::DispatchEventInfo</c> → <see cref="Framework.DispatchEventInfo"/>.</summary>
    public static CompositeType DispatchEventInfo { get; } = TypeRef.Composite(
        ["frame_system", "DispatchEventInfo"],
        [F("weight", Weight, "Weight"), F("class", DispatchClass, "DispatchClass"), F("pays_fee", Pays, "Pays")],
        codec: ClrValueCodec<DispatchEventInfo, DispatchEventInfo>.Instance);

    public static CompositeType ModuleError { get; } = TypeRef.Composite(
        ["sp_runtime", "ModuleError"], [F("index", TypeRef.U8, "u8"), F("error", TypeRef.Array(4, TypeRef.U8), "[u8; MAX_MODULE_ERROR_ENCODED_SIZE]")]);

    public static VariantType TokenError { get; } = UnitEnum(["sp_runtime", "TokenError"], Enum.GetNames<TokenError>());

    public static VariantType ArithmeticError { get; } = UnitEnum(["sp_arithmetic", "ArithmeticError"], Enum.GetNames<ArithmeticError>());

    public static VariantType TransactionalError { get; } = UnitEnum(["sp_runtime", "TransactionalError"], Enum.GetNames<TransactionalError>());

    public static VariantType TrieError { get; } = UnitEnum(
        ["sp_runtime", "proving_trie", "TrieError"],
        ["InvalidStateRoot", "IncompleteDatabase", "ValueAtIncompleteKey", "DecoderError", "InvalidHash", "DuplicateKey", "ExtraneousNode", "ExtraneousValue", "ExtraneousHashReference", "InvalidChildReference", "ValueMismatch", "IncompleteProof", "RootMismatch", "DecodeError"]);

    /// <summary><c>sp_runtime::DispatchError</c> → <see cref="Framework.DispatchError"/>.</summary>
    public static VariantType DispatchError { get; } = TypeRef.Variant(
        ["sp_runtime", "DispatchError"],
        [
            new VariantDef("Other", 0, []),
            new VariantDef("CannotLookup", 1, []),
            new VariantDef("BadOrigin", 2, []),
            new VariantDef("Module", 3, [F(null, ModuleError, "ModuleError")]),
            new VariantDef("ConsumerRemaining", 4, []),
            new VariantDef("NoProviders", 5, []),
            new VariantDef("TooManyConsumers", 6, []),
            new VariantDef("Token", 7, [F(null, TokenError, "TokenError")]),
            new VariantDef("Arithmetic", 8, [F(null, ArithmeticError, "ArithmeticError")]),
            new VariantDef("Transactional", 9, [F(null, TransactionalError, "TransactionalError")]),
            new VariantDef("Exhausted", 10, []),
            new VariantDef("Corruption", 11, []),
            new VariantDef("Unavailable", 12, []),
            new VariantDef("RootNotAllowed", 13, []),
            new VariantDef("Trie", 14, [F(null, TrieError, "TrieError")]),
        ],
        codec: ClrValueCodec<DispatchError, DispatchError>.Instance);

    /// <summary><c>Result&lt;(), DispatchError&gt;</c> (DispatchResult) → null for Ok, the <see cref="Framework.DispatchError"/> for Err.</summary>
    public static VariantType DispatchResult { get; } = TypeRef.Variant(
        ["Result"],
        [new VariantDef("Ok", 0, [F(null, TypeRef.Unit)]), new VariantDef("Err", 1, [F(null, DispatchError)])],
        [new TypeParam("T", TypeRef.Unit), new TypeParam("E", DispatchError)],
        DispatchResultCodec.Instance);

    /// <summary><c>pallet_balances::types::AccountData&lt;u64&gt;</c> → <see cref="AccountData"/>.</summary>
    public static CompositeType AccountData { get; } = TypeRef.Composite(
        ["pallet_balances", "types", "AccountData"],
        [F("free", TypeRef.U64, "Balance"), F("reserved", TypeRef.U64, "Balance"), F("frozen", TypeRef.U64, "Balance"), F("flags", TypeRef.Composite(["pallet_balances", "types", "ExtraFlags"], [F(null, TypeRef.U128, "u128")], codec: ClrValueCodec<UInt128, U128Codec>.Instance), "ExtraFlags")],
        [new TypeParam("Balance", TypeRef.U64)],
        ClrValueCodec<AccountData, AccountData>.Instance);

    /// <summary><c>frame_system::AccountInfo&lt;u32, AccountData&lt;u64&gt;&gt;</c> → <see cref="AccountInfo"/>.</summary>
    public static CompositeType AccountInfo { get; } = TypeRef.Composite(
        ["frame_system", "AccountInfo"],
        [F("nonce", TypeRef.U32, "Nonce"), F("consumers", TypeRef.U32, "RefCount"), F("providers", TypeRef.U32, "RefCount"), F("sufficients", TypeRef.U32, "RefCount"), F("data", AccountData, "AccountData")],
        [new TypeParam("Nonce", TypeRef.U32), new TypeParam("AccountData", AccountData)],
        ClrValueCodec<AccountInfo, AccountInfo>.Instance);

    /// <summary><c>sp_version::RuntimeVersion</c> (what <c>Core_version</c> returns; the value is encoded by <see cref="Framework.RuntimeVersion.Encode"/>).</summary>
    public static CompositeType RuntimeVersion { get; } = TypeRef.Composite(
        ["sp_version", "RuntimeVersion"],
        [
            F("spec_name", Cow(TypeRef.Str), "Cow<'static, str>"), F("impl_name", Cow(TypeRef.Str), "Cow<'static, str>"), F("authoring_version", TypeRef.U32, "u32"),
            F("spec_version", TypeRef.U32, "u32"), F("impl_version", TypeRef.U32, "u32"),
            F("apis", Cow(TypeRef.Vec(TypeRef.Tuple(TypeRef.Array(8, TypeRef.U8), TypeRef.U32))), "ApisVec"), F("transaction_version", TypeRef.U32, "u32"),
            F("system_version", TypeRef.U8, "u8"),
        ]);

    /// <summary><c>sp_runtime::generic::digest::Digest</c> → <see cref="Digest"/>.</summary>
    public static CompositeType Digest { get; } = TypeRef.Composite(
        ["sp_runtime", "generic", "digest", "Digest"],
        [F("logs", TypeRef.Vec(TypeRef.Variant(["sp_runtime", "generic", "digest", "DigestItem"],
        [
            new VariantDef("PreRuntime", 6, [F(null, TypeRef.Array(4, TypeRef.U8), "ConsensusEngineId"), F(null, TypeRef.Bytes, "Vec<u8>")]),
            new VariantDef("Consensus", 4, [F(null, TypeRef.Array(4, TypeRef.U8), "ConsensusEngineId"), F(null, TypeRef.Bytes, "Vec<u8>")]),
            new VariantDef("Seal", 5, [F(null, TypeRef.Array(4, TypeRef.U8), "ConsensusEngineId"), F(null, TypeRef.Bytes, "Vec<u8>")]),
            new VariantDef("Other", 0, [F(null, TypeRef.Bytes, "Vec<u8>")]),
            new VariantDef("RuntimeEnvironmentUpdated", 8, []),
        ])), "Vec<DigestItem>")],
        codec: ClrValueCodec<Digest, Digest>.Instance);

    /// <summary><c>frame_system::Phase</c> → <see cref="Framework.Phase"/>.</summary>
    public static VariantType Phase { get; } = TypeRef.Variant(
        ["frame_system", "Phase"],
        [new VariantDef("ApplyExtrinsic", 0, [F(null, TypeRef.U32, "u32")]), new VariantDef("Finalization", 1, []), new VariantDef("Initialization", 2, [])],
        codec: ClrValueCodec<Phase, Phase>.Instance);

    /// <summary><c>frame_system::EventRecord&lt;RuntimeEvent, H256&gt;</c>.</summary>
    public static CompositeType EventRecord { get; } = TypeRef.Composite(
        ["frame_system", "EventRecord"],
        [F("phase", Phase, "Phase"), F("event", TypeRef.RuntimeEvent, "E"), F("topics", TypeRef.Vec(H256), "Vec<T>")],
        [new TypeParam("E", TypeRef.RuntimeEvent), new TypeParam("T", H256)]);

    /// <summary>
    /// <c>Cow&lt;'static, T&gt;</c> as scale-info describes it: a composite at path <c>Cow</c> with parameter <c>T</c> and one
    /// unnamed field of T (same encoding as T).
    /// </summary>
    public static CompositeType Cow(TypeRef inner) => TypeRef.Composite(["Cow"], [F(null, inner)], [new TypeParam("T", inner)]);

    private static VariantType UnitEnum(string[] path, string[] names) =>
        TypeRef.Variant(path, [.. names.Select((n, i) => new VariantDef(n, (byte)i, []))]);

    private sealed class DispatchResultCodec : IValueCodec
    {
        public static DispatchResultCodec Instance { get; } = new();

        public void Encode(object? value, ref ScaleWriter writer)
        {
            if (value is null)
            {
                writer.WriteU8(0);
                return;
            }

            if (value is not Framework.DispatchError error)
            {
                throw new ArgumentException($"DispatchResult needs null (Ok) or a DispatchError, got {value.GetType().Name}");
            }

            writer.WriteU8(1);
            Framework.DispatchError.Encode(in error, ref writer);
        }

        public object? Decode(ref ScaleReader reader, IScaleValueContext? context) =>
            reader.ReadVariantIndex("Result", 2) == 0 ? null : Framework.DispatchError.Decode(ref reader);
    }
}
