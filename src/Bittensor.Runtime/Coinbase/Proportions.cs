using Bittensor.Core.FixedPoint;

namespace Bittensor.Runtime.Coinbase;

/// <summary>The normalised weights and takes the coinbase reads from storage, and the subnet's root proportion.</summary>
/// <remarks>opentensor/subtensor@14bc6f9 <c>pallets/subtensor/src/staking/{stake_utils.rs,helpers.rs}</c>,
/// <c>utils/misc.rs</c>, <c>coinbase/block_step.rs</c>.</remarks>
public static class Proportions
{
    /// <summary>Storage default of <c>TaoWeight</c> on a fresh chain (≈ 0.0527).</summary>
    public const ulong DefaultTaoWeight = 971_718_665_099_567_868;

    /// <summary>Mainnet <c>TaoWeight</c> (0.18), written by <c>migrate_rao</c>.</summary>
    public const ulong MainnetTaoWeight = 3_320_413_933_267_719_290;

    /// <summary>Default <c>SubnetOwnerCut</c> (11796/65535 ≈ 18 %).</summary>
    public const ushort DefaultSubnetOwnerCut = 11_796;

    /// <summary>Runtime <c>InitialDefaultDelegateTake</c>: the <c>Delegates</c> default (18 %).</summary>
    public const ushort DefaultDelegateTake = 11_796;

    /// <summary><c>TaoWeight / u64::MAX</c> in U96F32 (<c>safe_div</c>).</summary>
    /// <remarks>Upstream <c>staking/stake_utils.rs::get_tao_weight</c>.</remarks>
    public static U96F32 TaoWeight(ulong taoWeight) => OfU64Max(taoWeight);

    /// <summary><c>CKBurn / u64::MAX</c> in U96F32 (<c>safe_div</c>).</summary>
    /// <remarks>Upstream <c>staking/stake_utils.rs::get_ck_burn</c>.</remarks>
    public static U96F32 CkBurn(ulong ckBurn) => OfU64Max(ckBurn);

    /// <summary>A u16 proportion as U96F32: <c>value / 65535</c> (<c>safe_div</c>): delegate take, childkey take, owner cut.</summary>
    /// <remarks>Upstream <c>staking/helpers.rs::get_hotkey_take_float</c>, <c>utils/misc.rs::get_float_subnet_owner_cut</c>,
    /// and the childkey-take conversion in <c>coinbase/run_coinbase.rs::get_parent_child_dividends_distribution</c>.</remarks>
    public static U96F32 OfU16Max(ushort value) => U96F32.FromInt(value).SafeDiv(U96F32.FromInt(ushort.MaxValue));

    /// <summary>A u64 proportion (child-key proportion, TAO weight) as U96F32: <c>value / u64::MAX</c> (<c>safe_div</c>).</summary>
    public static U96F32 OfU64Max(ulong value) => U96F32.FromInt(value).SafeDiv(U96F32.FromInt(ulong.MaxValue));

    /// <summary>
    /// <c>(rootTao · tw) / (rootTao · tw + alphaIssuance)</c> in U96F32 (saturating; 0 when the divisor is 0), where
    /// <paramref name="rootSubnetTao"/> is <c>SubnetTAO[0]</c> and <paramref name="alphaIssuance"/> is
    /// <c>SubnetAlphaIn + SubnetAlphaOut</c> of the subnet.
    /// </summary>
    /// <remarks>Upstream <c>coinbase/block_step.rs::root_proportion</c>.</remarks>
    public static U96F32 RootProportion(ulong rootSubnetTao, U96F32 taoWeight, ulong alphaIssuance)
    {
        U96F32 weighted = U96F32.FromInt(rootSubnetTao).SaturatingMul(taoWeight);
        return weighted.CheckedDiv(weighted.SaturatingAdd(U96F32.FromInt(alphaIssuance))) ?? U96F32.Zero;
    }
}
