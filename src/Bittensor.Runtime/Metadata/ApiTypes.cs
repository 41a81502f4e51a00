using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Metadata;

/// <summary>
/// The parameter and result types of the standard runtime APIs (sp_api, sp_block_builder, sp_transaction_pool,
/// pallet_transaction_payment_rpc_runtime_api, sp_consensus_aura), with finney's scale-info paths, for metadata V15.
/// </summary>
internal static class ApiTypes
{
    private static FieldDef F(string? name, TypeRef type, string? typeName) => new(name, type, typeName);

    /// <summary><c>sp_core::OpaqueMetadata(Vec&lt;u8&gt;)</c>.</summary>
    public static CompositeType OpaqueMetadata { get; } = TypeRef.Composite(["sp_core", "OpaqueMetadata"], [F(null, TypeRef.Bytes, "Vec<u8>")]);

    public static VariantType TransactionSource { get; } = TypeRef.Variant(
        ["sp_runtime", "transaction_validity", "TransactionSource"],
        [new VariantDef("InBlock", 0, []), new VariantDef("Local", 1, []), new VariantDef("External", 2, [])]);

    public static CompositeType ValidTransaction { get; } = TypeRef.Composite(
        ["sp_runtime", "transaction_validity", "ValidTransaction"],
        [
            F("priority", TypeRef.U64, "TransactionPriority"),
            F("requires", TypeRef.Vec(TypeRef.Bytes), "Vec<TransactionTag>"),
            F("provides", TypeRef.Vec(TypeRef.Bytes), "Vec<TransactionTag>"),
            F("longevity", TypeRef.U64, "TransactionLongevity"),
            F("propagate", TypeRef.Bool, "bool"),
        ]);

    public static VariantType TransactionValidityError { get; } = TypeRef.Variant(
        ["sp_runtime", "transaction_validity", "TransactionValidityError"],
        [
            new VariantDef("Invalid", 0, [F(null, CustomEnum<InvalidTransaction>(["sp_runtime", "transaction_validity", "InvalidTransaction"]), "InvalidTransaction")]),
            new VariantDef("Unknown", 1, [F(null, CustomEnum<UnknownTransaction>(["sp_runtime", "transaction_validity", "UnknownTransaction"]), "UnknownTransaction")]),
        ]);

    /// <summary><c>TransactionValidity = Result&lt;ValidTransaction, TransactionValidityError&gt;</c>.</summary>
    public static VariantType TransactionValidity { get; } = TypeRef.Result(ValidTransaction, TransactionValidityError);

    /// <summary><c>pallet_transaction_payment::types::RuntimeDispatchInfo&lt;u64, Weight&gt;</c>.</summary>
    public static CompositeType RuntimeDispatchInfo { get; } = TypeRef.Composite(
        ["pallet_transaction_payment", "types", "RuntimeDispatchInfo"],
        [F("weight", KnownTypes.Weight, "Weight"), F("class", KnownTypes.DispatchClass, "DispatchClass"), F("partial_fee", TypeRef.U64, "Balance")],
        [new TypeParam("Balance", TypeRef.U64), new TypeParam("Weight", KnownTypes.Weight)]);

    /// <summary><c>pallet_transaction_payment::types::FeeDetails&lt;u64&gt;</c>.</summary>
    public static CompositeType FeeDetails { get; } = TypeRef.Composite(
        ["pallet_transaction_payment", "types", "FeeDetails"],
        [
            F("inclusion_fee", TypeRef.Option(TypeRef.Composite(
                ["pallet_transaction_payment", "types", "InclusionFee"],
                [F("base_fee", TypeRef.U64, "Balance"), F("len_fee", TypeRef.U64, "Balance"), F("adjusted_weight_fee", TypeRef.U64, "Balance")],
                [new TypeParam("Balance", TypeRef.U64)])), "Option<InclusionFee<Balance>>"),
            F("tip", TypeRef.U64, "Balance"),
        ],
        [new TypeParam("Balance", TypeRef.U64)]);

    /// <summary><c>sp_consensus_slots::SlotDuration(u64)</c>, milliseconds.</summary>
    public static CompositeType SlotDuration { get; } = TypeRef.Composite(["sp_consensus_slots", "SlotDuration"], [F(null, TypeRef.U64, "u64")]);

    /// <summary><c>Vec&lt;sp_consensus_aura::sr25519::app_sr25519::Public&gt;</c>.</summary>
    public static SequenceType AuraAuthorities { get; } = TypeRef.Vec(
        TypeRef.Composite(["sp_consensus_aura", "sr25519", "app_sr25519", "Public"], [F(null, TypeRef.Array(32, TypeRef.U8), "sr25519::Public")]));

    /// <summary>An enum of unit variants in declaration order, except <c>Custom</c>, which carries a u8.</summary>
    private static VariantType CustomEnum<TEnum>(string[] path)
        where TEnum : struct, Enum =>
        TypeRef.Variant(path, [.. Enum.GetNames<TEnum>().Select((name, i) => new VariantDef(name, (byte)i, name == "Custom" ? [F(null, TypeRef.U8, "u8")] : []))]);
}
