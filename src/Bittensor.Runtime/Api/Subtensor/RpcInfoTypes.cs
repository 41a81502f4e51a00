using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Api.Subtensor;

/// <summary>
/// The output types of Bittensor's runtime APIs with upstream's scale-info paths, field names, field types and
/// compact-ness, so the bytes we return decode with the type metadata V15 describes. Values are <c>object?[]</c> in
/// field order (<see cref="Row"/> builds them checking the names).
/// </summary>
/// <remarks>
/// opentensor/subtensor@14bc6f9 (spec 425) <c>pallets/subtensor/src/rpc_info/*.rs</c>, <c>pallets/subtensor/src/lib.rs</c>
/// (AxonInfo, PrometheusInfo, ChainIdentityV2, SubnetIdentityV3) and <c>pallets/swap/runtime-api</c>. <c>NetUid</c>,
/// <c>TaoBalance</c>, <c>AlphaBalance</c> and <c>MechId</c> implement <c>TypeInfo</c> as their inner integer, so metadata shows
/// u16/u64/u8 and only the Rust type name differs.
/// </remarks>
public static class RpcInfoTypes
{
    internal static readonly CompactType CU16 = TypeRef.Compact(TypeRef.U16);
    internal static readonly CompactType CU64 = TypeRef.Compact(TypeRef.U64);

    public static CompositeType AccountId => KnownTypes.AccountId32;

    /// <summary><c>Vec&lt;Compact&lt;u8&gt;&gt;</c>: how names, symbols and commitments travel (one compact per byte).</summary>
    public static SequenceType CompactBytes { get; } = TypeRef.Vec(TypeRef.Compact(TypeRef.U8));

    /// <summary><c>substrate_fixed::FixedI64&lt;U32&gt;</c> (I32F32) as its raw <c>bits: i64</c>.</summary>
    public static CompositeType I32F32 { get; } = Fixed("FixedI64", TypeRef.I64, "i64");

    /// <summary><c>substrate_fixed::FixedI128&lt;U32&gt;</c> (I96F32) as its raw <c>bits: i128</c>.</summary>
    public static CompositeType I96F32 { get; } = Fixed("FixedI128", TypeRef.I128, "i128");

    /// <summary><c>substrate_fixed::FixedU128&lt;U64&gt;</c> (U64F64) as its raw <c>bits: u128</c>.</summary>
    public static CompositeType U64F64 { get; } = Fixed("FixedU128", TypeRef.U128, "u128");

    /// <summary><c>pallet_subtensor::pallet::AxonInfo</c>: the pallet's own storage type, so API and storage cannot drift.</summary>
    public static CompositeType AxonInfo { get; } = (CompositeType)Pallets.Subtensor.SubtensorCodecs.Axon.Type;

    /// <summary><c>pallet_subtensor::pallet::PrometheusInfo</c>: the pallet's own storage type.</summary>
    public static CompositeType PrometheusInfo { get; } = (CompositeType)Pallets.Subtensor.SubtensorCodecs.Prometheus.Type;

    /// <summary><c>pallet_subtensor::pallet::ChainIdentityV2</c> (<c>IdentitiesV2</c> values).</summary>
    public static CompositeType ChainIdentityV2 { get; } = Struct(
        ["pallet_subtensor", "pallet", "ChainIdentityV2"],
        Bytes("name"), Bytes("url"), Bytes("github_repo"), Bytes("image"), Bytes("discord"), Bytes("description"), Bytes("additional"));

    /// <summary><c>pallet_subtensor::pallet::SubnetIdentityV3</c>: the pallet's own <c>SubnetIdentitiesV3</c> value type.</summary>
    public static CompositeType SubnetIdentityV3 { get; } = Pallets.Subtensor.SubtensorModule.SubnetIdentityV3Type;

    /// <summary>The values of <paramref name="type"/>'s fields, checked against its field names in order.</summary>
    /// <exception cref="InvalidOperationException">A name is missing, extra or out of order (a programming error).</exception>
    internal static object?[] Row(CompositeType type, params (string Name, object? Value)[] fields)
    {
        if (fields.Length != type.Fields.Count)
        {
            throw new InvalidOperationException($"{type} has {type.Fields.Count} fields, got {fields.Length}");
        }

        object?[] values = new object?[fields.Length];
        for (int i = 0; i < fields.Length; i++)
        {
            if (fields[i].Name != type.Fields[i].Name)
            {
                throw new InvalidOperationException($"{type} field {i} is {type.Fields[i].Name}, got {fields[i].Name}");
            }

            values[i] = fields[i].Value;
        }

        return values;
    }

    internal static FieldDef F(string name, TypeRef type, string typeName) => new(name, type, typeName);

    internal static FieldDef C16(string name, string typeName = "Compact<u16>") => new(name, CU16, typeName);

    internal static FieldDef C64(string name, string typeName = "Compact<u64>") => new(name, CU64, typeName);

    internal static FieldDef CNetUid(string name) => new(name, CU16, "Compact<NetUid>");

    internal static FieldDef CTao(string name) => new(name, CU64, "Compact<TaoBalance>");

    internal static FieldDef CAlpha(string name) => new(name, CU64, "Compact<AlphaBalance>");

    internal static CompositeType Struct(string[] path, params FieldDef[] fields) => TypeRef.Composite(path, fields);

    /// <summary>A struct generic over <c>AccountId</c> (instantiated with AccountId32).</summary>
    internal static CompositeType AccountStruct(string[] path, params FieldDef[] fields) =>
        TypeRef.Composite(path, fields, [new TypeParam("AccountId", KnownTypes.AccountId32)]);

    /// <summary>
    /// <c>Option&lt;T&gt;</c> whose value is a <see cref="VariantValue"/> (None = index 0, Some = index 1 with one field), for
    /// nested options where a CLR null could not tell <c>None</c> from <c>Some(None)</c>.
    /// </summary>
    internal static VariantType ExplicitOption(TypeRef inner) => TypeRef.Variant(
        ["Option"],
        [new VariantDef("None", 0, []), new VariantDef("Some", 1, [new FieldDef(null, inner)])],
        [new TypeParam("T", inner)]);

    private static FieldDef Bytes(string name) => new(name, TypeRef.Bytes, "Vec<u8>");

    private static CompositeType Fixed(string name, PrimitiveType bits, string typeName) =>
        TypeRef.Composite(["substrate_fixed", name], [new FieldDef("bits", bits, typeName)]);
}
