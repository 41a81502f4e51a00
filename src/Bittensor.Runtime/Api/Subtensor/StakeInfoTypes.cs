using Bittensor.Runtime.Framework.Types;
using static Bittensor.Runtime.Api.Subtensor.RpcInfoTypes;

namespace Bittensor.Runtime.Api.Subtensor;

/// <summary>
/// Delegate, stake and swap outputs (opentensor/subtensor@14bc6f9 <c>rpc_info/delegate_info.rs</c>, <c>rpc_info/stake_info.rs</c>,
/// <c>staking/lock.rs::LockState</c>, <c>pallets/swap/runtime-api/src/lib.rs</c>).
/// </summary>
/// <remarks>
/// Spec 425 against finney's spec-343 metadata: <c>SimSwapResult</c> gained <c>tao_slippage</c> and <c>alpha_slippage</c>
/// (finney's type has the first four fields only).
/// </remarks>
public static class StakeInfoTypes
{
    /// <summary><c>pallet_subtensor::rpc_info::delegate_info::DelegateInfo&lt;AccountId32&gt;</c>.</summary>
    public static CompositeType DelegateInfo { get; } = AccountStruct(
        ["pallet_subtensor", "rpc_info", "delegate_info", "DelegateInfo"],
        F("delegate_ss58", AccountId, "AccountId"), C16("take"),
        F("nominators", TypeRef.Vec(TypeRef.Tuple(AccountId, TypeRef.Vec(TypeRef.Tuple(CU16, CU64)))), "Vec<(AccountId, Vec<(Compact<NetUid>, Compact<u64>)>)>"),
        F("owner_ss58", AccountId, "AccountId"), F("registrations", TypeRef.Vec(CU16), "Vec<Compact<NetUid>>"),
        F("validator_permits", TypeRef.Vec(CU16), "Vec<Compact<NetUid>>"), C64("return_per_1000"), C64("total_daily_return"));

    /// <summary><c>get_delegated</c>'s items: <c>(DelegateInfo, (Compact&lt;NetUid&gt;, Compact&lt;AlphaBalance&gt;))</c>.</summary>
    public static TupleType Delegated { get; } = TypeRef.Tuple(DelegateInfo, TypeRef.Tuple(CU16, CU64));

    /// <summary><c>pallet_subtensor::rpc_info::stake_info::StakeInfo&lt;AccountId32&gt;</c>.</summary>
    public static CompositeType StakeInfo { get; } = AccountStruct(
        ["pallet_subtensor", "rpc_info", "stake_info", "StakeInfo"],
        F("hotkey", AccountId, "AccountId"), F("coldkey", AccountId, "AccountId"), CNetUid("netuid"), CAlpha("stake"), C64("locked"),
        CAlpha("emission"), CTao("tao_emission"), C64("drain"), F("is_registered", TypeRef.Bool, "bool"));

    /// <summary><c>pallet_subtensor::rpc_info::stake_info::StakeAvailability</c>.</summary>
    public static CompositeType StakeAvailability { get; } = Struct(
        ["pallet_subtensor", "rpc_info", "stake_info", "StakeAvailability"], CAlpha("total"), CAlpha("locked"), CAlpha("available"));

    /// <summary><c>BTreeMap&lt;AccountId32, BTreeMap&lt;NetUid, StakeAvailability&gt;&gt;</c> (scale-info: one unnamed <c>Vec&lt;(K, V)&gt;</c> field).</summary>
    public static CompositeType StakeAvailabilityMap { get; } = Map(AccountId, Map(TypeRef.U16, StakeAvailability));

    /// <summary><c>pallet_subtensor::staking::lock::LockState</c>.</summary>
    public static CompositeType LockState { get; } = Struct(
        ["pallet_subtensor", "staking", "lock", "LockState"],
        F("locked_mass", TypeRef.U64, "AlphaBalance"), F("conviction", U64F64, "U64F64"), F("last_update", TypeRef.U64, "u64"));

    /// <summary><c>pallet_subtensor_swap_runtime_api::SimSwapResult</c>.</summary>
    public static CompositeType SimSwapResult { get; } = Struct(
        ["pallet_subtensor_swap_runtime_api", "SimSwapResult"],
        F("tao_amount", TypeRef.U64, "TaoBalance"), F("alpha_amount", TypeRef.U64, "AlphaBalance"), F("tao_fee", TypeRef.U64, "TaoBalance"),
        F("alpha_fee", TypeRef.U64, "AlphaBalance"), F("tao_slippage", TypeRef.U64, "TaoBalance"), F("alpha_slippage", TypeRef.U64, "AlphaBalance"));

    /// <summary><c>pallet_subtensor_swap_runtime_api::SubnetPrice</c>.</summary>
    public static CompositeType SubnetPrice { get; } = Struct(
        ["pallet_subtensor_swap_runtime_api", "SubnetPrice"], F("netuid", TypeRef.U16, "NetUid"), F("price", TypeRef.U64, "u64"));

    private static CompositeType Map(TypeRef key, TypeRef value) => TypeRef.Composite(
        ["BTreeMap"], [new FieldDef(null, TypeRef.Vec(TypeRef.Tuple(key, value)))], [new TypeParam("K", key), new TypeParam("V", value)]);
}
