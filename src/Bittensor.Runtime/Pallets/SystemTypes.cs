using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Pallets;

/// <summary>Types frame_system's storage and constants use, with finney's scale-info paths.</summary>
public static class SystemTypes
{
    private static FieldDef F(string? name, TypeRef type, string? typeName = null) => new(name, type, typeName);

    /// <summary><c>frame_support::dispatch::PerDispatchClass&lt;T&gt; { normal, operational, mandatory }</c>.</summary>
    public static CompositeType PerDispatchClass(TypeRef inner, string innerName) => TypeRef.Composite(
        ["frame_support", "dispatch", "PerDispatchClass"],
        [F("normal", inner, innerName), F("operational", inner, innerName), F("mandatory", inner, innerName)],
        [new TypeParam("T", inner)]);

    public static CompositeType LastRuntimeUpgradeInfo { get; } = TypeRef.Composite(
        ["frame_system", "LastRuntimeUpgradeInfo"], [F("spec_version", TypeRef.Compact(TypeRef.U32), "codec::Compact<u32>"), F("spec_name", TypeRef.Str, "Cow<'static, str>")]);

    public static CompositeType WeightsPerClass { get; } = TypeRef.Composite(
        ["frame_system", "limits", "WeightsPerClass"],
        [F("base_extrinsic", KnownTypes.Weight, "Weight"), F("max_extrinsic", TypeRef.Option(KnownTypes.Weight), "Option<Weight>"), F("max_total", TypeRef.Option(KnownTypes.Weight), "Option<Weight>"), F("reserved", TypeRef.Option(KnownTypes.Weight), "Option<Weight>")]);

    public static CompositeType BlockWeights { get; } = TypeRef.Composite(
        ["frame_system", "limits", "BlockWeights"],
        [F("base_block", KnownTypes.Weight, "Weight"), F("max_block", KnownTypes.Weight, "Weight"), F("per_class", PerDispatchClass(WeightsPerClass, "WeightsPerClass"), "PerDispatchClass<WeightsPerClass>")]);

    public static CompositeType BlockLength { get; } = TypeRef.Composite(
        ["frame_system", "limits", "BlockLength"], [F("max", PerDispatchClass(TypeRef.U32, "u32"), "PerDispatchClass<u32>")]);

    public static CompositeType RuntimeDbWeight { get; } = TypeRef.Composite(
        ["sp_weights", "RuntimeDbWeight"], [F("read", TypeRef.U64, "u64"), F("write", TypeRef.U64, "u64")]);

    public static CompositeType RuntimeVersion { get; } = TypeRef.Composite(
        ["sp_version", "RuntimeVersion"],
        [
            F("spec_name", TypeRef.Str, "Cow<'static, str>"), F("impl_name", TypeRef.Str, "Cow<'static, str>"), F("authoring_version", TypeRef.U32, "u32"),
            F("spec_version", TypeRef.U32, "u32"), F("impl_version", TypeRef.U32, "u32"),
            F("apis", TypeRef.Vec(TypeRef.Tuple(TypeRef.Array(8, TypeRef.U8), TypeRef.U32)), "ApisVec"),
            F("transaction_version", TypeRef.U32, "u32"), F("system_version", TypeRef.U8, "u8"),
        ]);
}
