using Bittensor.Runtime.Framework.Types;
using static Bittensor.Runtime.Api.Subtensor.RpcInfoTypes;

namespace Bittensor.Runtime.Api.Subtensor;

/// <summary>
/// Subnet outputs (opentensor/subtensor@14bc6f9 <c>rpc_info/subnet_info.rs</c>, <c>dynamic_info.rs</c>, <c>show_subnet.rs</c>).
/// </summary>
/// <remarks>
/// Spec 425 against finney's spec-343 metadata: <c>activity_cutoff</c> of the hyperparameter structs became
/// <c>Compact&lt;u64&gt;</c> (was <c>Compact&lt;u16&gt;</c>; a compact encodes any value that fits in u16 identically either way); everything else
/// in these structs is unchanged.
/// </remarks>
public static class SubnetInfoTypes
{
    private static readonly string[] Pallet = ["pallet_subtensor", "rpc_info"];

    /// <summary><c>pallet_subtensor::rpc_info::subnet_info::SubnetInfo&lt;AccountId32&gt;</c>.</summary>
    public static CompositeType SubnetInfo { get; } = AccountStruct(
        Path("subnet_info", "SubnetInfo"), [.. SubnetInfoFields("emission_values")]);

    /// <summary><c>pallet_subtensor::rpc_info::subnet_info::SubnetInfov2&lt;AccountId32&gt;</c>.</summary>
    public static CompositeType SubnetInfoV2 { get; } = AccountStruct(
        Path("subnet_info", "SubnetInfov2"), [.. SubnetInfoFields("emission_value"), F("identity", TypeRef.Option(SubnetIdentityV3), "Option<SubnetIdentityV3>")]);

    /// <summary><c>pallet_subtensor::rpc_info::subnet_info::SubnetHyperparams</c>.</summary>
    public static CompositeType SubnetHyperparams { get; } = Struct(Path("subnet_info", "SubnetHyperparams"), HyperparamFields());

    /// <summary><c>pallet_subtensor::rpc_info::subnet_info::SubnetHyperparamsV2</c>.</summary>
    public static CompositeType SubnetHyperparamsV2 { get; } = Struct(
        Path("subnet_info", "SubnetHyperparamsV2"),
        [
            .. HyperparamFields(), F("alpha_sigmoid_steepness", I32F32, "I32F32"), C16("yuma_version"), F("subnet_is_active", TypeRef.Bool, "bool"),
            F("transfers_enabled", TypeRef.Bool, "bool"), F("bonds_reset_enabled", TypeRef.Bool, "bool"), F("user_liquidity_enabled", TypeRef.Bool, "bool"),
        ]);

    /// <summary><c>pallet_subtensor::rpc_info::subnet_info::HyperparamValue</c>.</summary>
    public static VariantType HyperparamValue { get; } = TypeRef.Variant(
        Path("subnet_info", "HyperparamValue"),
        [
            new VariantDef("Bool", 0, [new FieldDef(null, TypeRef.Bool, "bool")]),
            new VariantDef("U16", 1, [new FieldDef(null, CU16, "Compact<u16>")]),
            new VariantDef("U32", 2, [new FieldDef(null, TypeRef.Compact(TypeRef.U32), "Compact<u32>")]),
            new VariantDef("U64", 3, [new FieldDef(null, CU64, "Compact<u64>")]),
            new VariantDef("U128", 4, [new FieldDef(null, TypeRef.Compact(TypeRef.U128), "Compact<u128>")]),
            new VariantDef("TaoBalance", 5, [new FieldDef(null, CU64, "Compact<TaoBalance>")]),
            new VariantDef("I32F32", 6, [new FieldDef(null, I32F32, "I32F32")]),
            new VariantDef("U64F64", 7, [new FieldDef(null, U64F64, "U64F64")]),
        ]);

    /// <summary><c>pallet_subtensor::rpc_info::subnet_info::HyperparamEntry { name: Vec&lt;u8&gt;, value: HyperparamValue }</c>.</summary>
    public static CompositeType HyperparamEntry { get; } = Struct(
        Path("subnet_info", "HyperparamEntry"), F("name", TypeRef.Bytes, "Vec<u8>"), F("value", HyperparamValue, "HyperparamValue"));

    /// <summary><c>SubnetHyperparamsV3 = Vec&lt;HyperparamEntry&gt;</c>.</summary>
    public static SequenceType SubnetHyperparamsV3 { get; } = TypeRef.Vec(HyperparamEntry);

    /// <summary><c>pallet_subtensor::rpc_info::dynamic_info::DynamicInfo&lt;AccountId32&gt;</c>.</summary>
    public static CompositeType DynamicInfo { get; } = AccountStruct(
        Path("dynamic_info", "DynamicInfo"),
        CNetUid("netuid"), F("owner_hotkey", AccountId, "AccountId"), F("owner_coldkey", AccountId, "AccountId"),
        F("subnet_name", RpcInfoTypes.CompactBytes, "Vec<Compact<u8>>"), F("token_symbol", RpcInfoTypes.CompactBytes, "Vec<Compact<u8>>"),
        C16("tempo"), C64("last_step"), C64("blocks_since_last_step"), C64("emission"), CAlpha("alpha_in"), CAlpha("alpha_out"), CTao("tao_in"),
        CAlpha("alpha_out_emission"), CAlpha("alpha_in_emission"), CTao("tao_in_emission"), CAlpha("pending_alpha_emission"), CTao("pending_root_emission"),
        F("subnet_volume", TypeRef.Compact(TypeRef.U128), "Compact<u128>"), C64("network_registered_at"),
        F("subnet_identity", TypeRef.Option(SubnetIdentityV3), "Option<SubnetIdentityV3>"), F("moving_price", I96F32, "I96F32"));

    /// <summary><c>pallet_subtensor::rpc_info::show_subnet::SubnetState&lt;AccountId32&gt;</c>.</summary>
    public static CompositeType SubnetState { get; } = AccountStruct(
        Path("show_subnet", "SubnetState"),
        CNetUid("netuid"), F("hotkeys", TypeRef.Vec(AccountId), "Vec<AccountId>"), F("coldkeys", TypeRef.Vec(AccountId), "Vec<AccountId>"),
        F("active", TypeRef.Vec(TypeRef.Bool), "Vec<bool>"), F("validator_permit", TypeRef.Vec(TypeRef.Bool), "Vec<bool>"),
        VecC16("pruning_score"), VecC64("last_update", "Vec<Compact<u64>>"), VecC64("emission", "Vec<Compact<AlphaBalance>>"),
        VecC16("dividends"), VecC16("incentives"), VecC16("consensus"), VecC16("trust"), VecC16("rank"),
        VecC64("block_at_registration", "Vec<Compact<u64>>"), VecC64("alpha_stake", "Vec<Compact<AlphaBalance>>"),
        VecC64("tao_stake", "Vec<Compact<TaoBalance>>"), VecC64("total_stake", "Vec<Compact<TaoBalance>>"),
        F("emission_history", TypeRef.Vec(TypeRef.Vec(CU64)), "Vec<Vec<Compact<AlphaBalance>>>"));

    internal static FieldDef VecC16(string name) => new(name, TypeRef.Vec(CU16), "Vec<Compact<u16>>");

    internal static FieldDef VecC64(string name, string typeName) => new(name, TypeRef.Vec(CU64), typeName);

    private static string[] Path(string module, string name) => [.. Pallet, module, name];

    private static FieldDef[] SubnetInfoFields(string emissionName) =>
    [
        CNetUid("netuid"), C16("rho"), C16("kappa"), C64("difficulty"), C16("immunity_period"), C16("max_allowed_validators"),
        C16("min_allowed_weights"), C16("max_weights_limit"), C16("scaling_law_power"), C16("subnetwork_n"), C16("max_allowed_uids"),
        C64("blocks_since_last_step"), C16("tempo"), C16("network_modality"),
        F("network_connect", TypeRef.Vec(TypeRef.Array(2, TypeRef.U16)), "Vec<[u16; 2]>"), C64(emissionName), CTao("burn"), F("owner", AccountId, "AccountId"),
    ];

    private static FieldDef[] HyperparamFields() =>
    [
        C16("rho"), C16("kappa"), C16("immunity_period"), C16("min_allowed_weights"), C16("max_weights_limit"), C16("tempo"),
        C64("min_difficulty"), C64("max_difficulty"), C64("weights_version"), C64("weights_rate_limit"), C16("adjustment_interval"),
        C64("activity_cutoff"), F("registration_allowed", TypeRef.Bool, "bool"), C16("target_regs_per_interval"), CTao("min_burn"),
        CTao("max_burn"), C64("bonds_moving_avg"), C16("max_regs_per_block"), C64("serving_rate_limit"), C16("max_validators"),
        C64("adjustment_alpha"), C64("difficulty"), C64("commit_reveal_period"), F("commit_reveal_weights_enabled", TypeRef.Bool, "bool"),
        C16("alpha_high"), C16("alpha_low"), F("liquid_alpha_enabled", TypeRef.Bool, "bool"),
    ];
}
