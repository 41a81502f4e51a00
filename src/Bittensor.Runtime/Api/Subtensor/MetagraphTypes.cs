using Bittensor.Runtime.Framework.Types;
using static Bittensor.Runtime.Api.Subtensor.RpcInfoTypes;
using static Bittensor.Runtime.Api.Subtensor.SubnetInfoTypes;

namespace Bittensor.Runtime.Api.Subtensor;

/// <summary>
/// <c>Metagraph</c> and <c>SelectiveMetagraph</c> (opentensor/subtensor@14bc6f9 <c>rpc_info/metagraph.rs</c>). The selective
/// form wraps every field but <c>netuid</c> in <c>Option</c> and appends <c>validators</c> and <c>commitments</c>; its field
/// positions are the indexes <c>get_selective_metagraph</c> takes (<c>SelectiveMetagraphIndex</c>).
/// </summary>
/// <remarks>Spec 425 against finney's spec-343 metadata: <c>activity_cutoff</c> became <c>Compact&lt;u64&gt;</c> (was u16).</remarks>
public static class MetagraphTypes
{
    private static readonly string[] Path = ["pallet_subtensor", "rpc_info", "metagraph"];

    private static readonly FieldDef[] Fields =
    [
        CNetUid("netuid"), F("name", CompactBytes, "Vec<Compact<u8>>"), F("symbol", CompactBytes, "Vec<Compact<u8>>"),
        F("identity", TypeRef.Option(SubnetIdentityV3), "Option<SubnetIdentityV3>"), C64("network_registered_at"),
        F("owner_hotkey", AccountId, "AccountId"), F("owner_coldkey", AccountId, "AccountId"),
        C64("block"), C16("tempo"), C64("last_step"), C64("blocks_since_last_step"),
        C64("subnet_emission"), CAlpha("alpha_in"), CAlpha("alpha_out"), CTao("tao_in"), CAlpha("alpha_out_emission"), CAlpha("alpha_in_emission"),
        CTao("tao_in_emission"), CAlpha("pending_alpha_emission"), CTao("pending_root_emission"),
        F("subnet_volume", TypeRef.Compact(TypeRef.U128), "Compact<u128>"), F("moving_price", I96F32, "I96F32"),
        C16("rho"), C16("kappa"),
        C16("min_allowed_weights"), C16("max_weights_limit"), C64("weights_version"), C64("weights_rate_limit"), C64("activity_cutoff"), C16("max_validators"),
        C16("num_uids"), C16("max_uids"), CTao("burn"), C64("difficulty"), F("registration_allowed", TypeRef.Bool, "bool"),
        F("pow_registration_allowed", TypeRef.Bool, "bool"), C16("immunity_period"), C64("min_difficulty"), C64("max_difficulty"), CTao("min_burn"),
        CTao("max_burn"), C64("adjustment_alpha"), C16("adjustment_interval"), C16("target_regs_per_interval"), C16("max_regs_per_block"),
        C64("serving_rate_limit"),
        F("commit_reveal_weights_enabled", TypeRef.Bool, "bool"), C64("commit_reveal_period"),
        F("liquid_alpha_enabled", TypeRef.Bool, "bool"), C16("alpha_high"), C16("alpha_low"), C64("bonds_moving_avg"),
        F("hotkeys", TypeRef.Vec(AccountId), "Vec<AccountId>"), F("coldkeys", TypeRef.Vec(AccountId), "Vec<AccountId>"),
        F("identities", TypeRef.Vec(TypeRef.Option(ChainIdentityV2)), "Vec<Option<ChainIdentityOfV2>>"),
        F("axons", TypeRef.Vec(AxonInfo), "Vec<AxonInfo>"), F("active", TypeRef.Vec(TypeRef.Bool), "Vec<bool>"),
        F("validator_permit", TypeRef.Vec(TypeRef.Bool), "Vec<bool>"), VecC16("pruning_score"), VecC64("last_update", "Vec<Compact<u64>>"),
        VecC64("emission", "Vec<Compact<AlphaBalance>>"), VecC16("dividends"), VecC16("incentives"), VecC16("consensus"), VecC16("trust"), VecC16("rank"),
        VecC64("block_at_registration", "Vec<Compact<u64>>"), VecC64("alpha_stake", "Vec<Compact<AlphaBalance>>"),
        VecC64("tao_stake", "Vec<Compact<TaoBalance>>"), VecC64("total_stake", "Vec<Compact<TaoBalance>>"),
        F("tao_dividends_per_hotkey", TypeRef.Vec(TypeRef.Tuple(AccountId, CU64)), "Vec<(AccountId, Compact<TaoBalance>)>"),
        F("alpha_dividends_per_hotkey", TypeRef.Vec(TypeRef.Tuple(AccountId, CU64)), "Vec<(AccountId, Compact<AlphaBalance>)>"),
    ];

    /// <summary><c>pallet_subtensor::rpc_info::metagraph::Metagraph&lt;AccountId32&gt;</c>.</summary>
    public static CompositeType Metagraph { get; } = AccountStruct([.. Path, "Metagraph"], Fields);

    /// <summary><c>pallet_subtensor::rpc_info::metagraph::SelectiveMetagraph&lt;AccountId32&gt;</c>.</summary>
    public static CompositeType SelectiveMetagraph { get; } = AccountStruct(
        [.. Path, "SelectiveMetagraph"],
        [
            Fields[0],
            .. Fields.Skip(1).Select(f => f with { Type = f.Name == "identity" ? ExplicitOption(f.Type) : TypeRef.Option(f.Type), TypeName = $"Option<{f.TypeName}>" }),
            F("validators", TypeRef.Option(TypeRef.Vec(CU16)), "Option<Vec<Compact<u16>>>"),
            F("commitments", TypeRef.Option(TypeRef.Vec(TypeRef.Tuple(AccountId, CompactBytes))), "Option<Vec<(AccountId, Vec<Compact<u8>>)>>"),
        ]);
}
