using System.Numerics;
using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Framework.Types;
using Bittensor.Runtime.Swap;

namespace Bittensor.Runtime.Pallets.Subtensor;

/// <summary>
/// Stake: the share pool per (hotkey, netuid) (<c>TotalHotkeyAlpha</c> value, <c>TotalHotkeyShares</c> denominator,
/// <c>Alpha</c> shares, U64F64) and <c>add_stake</c> / <c>remove_stake</c> through the subnet pool.
/// </summary>
/// <remarks>opentensor/subtensor@14bc6f9 <c>staking/{add_stake,remove_stake,stake_utils}.rs</c>, <c>share-pool</c>.</remarks>
public sealed partial class SubtensorModule
{
    public CallDescriptor AddStake { get; private set; } = null!;

    public CallDescriptor RemoveStake { get; private set; } = null!;

    private void DefineStakingCalls()
    {
        var weight = new Weight(340_800_000, 0).SaturatingAdd(BlockLimits.ReadsWrites(24, 15));
        AddStake = DefineCall(2, "add_stake", [P("hotkey", KnownTypes.AccountId32, "T::AccountId"), P("netuid", TypeRef.U16, "NetUid"), P("amount_staked", TypeRef.U64, "TaoBalance")], DoAddStake, weight, docs: " Adds stake to a hotkey on a subnet: TAO is swapped for alpha through the subnet pool.");
        RemoveStake = DefineCall(3, "remove_stake", [P("hotkey", KnownTypes.AccountId32, "T::AccountId"), P("netuid", TypeRef.U16, "NetUid"), P("amount_unstaked", TypeRef.U64, "AlphaBalance")], DoRemoveStake, weight, docs: " Removes alpha stake from a hotkey on a subnet: alpha is swapped for TAO through the subnet pool.");
    }

    /// <summary>The alpha of (hotkey, coldkey) on a subnet: <c>TotalHotkeyAlpha · shares / denominator</c>, floored.</summary>
    public ulong GetStake(IStorage storage, in AccountId32 hotkey, in AccountId32 coldkey, ushort netuid)
    {
        UInt128 denominator = TotalHotkeyShares.Get(storage, hotkey, netuid);
        if (denominator == 0)
        {
            return 0;
        }

        UInt128 shares = Alpha.Get(storage, hotkey, coldkey, netuid);
        BigInteger value = (BigInteger)TotalHotkeyAlpha.Get(storage, hotkey, netuid) * (BigInteger)shares / (BigInteger)denominator;
        return value > ulong.MaxValue ? ulong.MaxValue : (ulong)value;
    }

    /// <summary>Adds <paramref name="amount"/> alpha to one coldkey's position (<c>increase_stake_for_hotkey_and_coldkey_on_subnet</c>).</summary>
    public void IncreaseStake(IStorage storage, in AccountId32 hotkey, in AccountId32 coldkey, ushort netuid, ulong amount)
    {
        if (amount == 0)
        {
            return;
        }

        ulong total = TotalHotkeyAlpha.Get(storage, hotkey, netuid);
        UInt128 denominator = TotalHotkeyShares.Get(storage, hotkey, netuid);
        UInt128 delta = denominator == 0 || total == 0
            ? (UInt128)amount << 64
            : (UInt128)((BigInteger)amount * (BigInteger)denominator / total);
        if (denominator != 0 && total == 0)
        {
            // Every share is worth nothing: restart the pool so the new stake is not diluted by worthless shares.
            denominator = 0;
        }

        UInt128 shares = Alpha.Get(storage, hotkey, coldkey, netuid);
        Alpha.Insert(storage, shares + delta, hotkey, coldkey, netuid);
        TotalHotkeyShares.Insert(storage, hotkey, netuid, denominator + delta);
        TotalHotkeyAlpha.Insert(storage, hotkey, netuid, SatAdd(total, amount));
        AddStakingHotkey(storage, coldkey, hotkey);
    }

    /// <summary>Removes up to <paramref name="amount"/> alpha from one position; returns the alpha removed.</summary>
    public ulong DecreaseStake(IStorage storage, in AccountId32 hotkey, in AccountId32 coldkey, ushort netuid, ulong amount)
    {
        ulong value = GetStake(storage, hotkey, coldkey, netuid);
        if (amount == 0 || value == 0)
        {
            return 0;
        }

        ulong total = TotalHotkeyAlpha.Get(storage, hotkey, netuid);
        UInt128 denominator = TotalHotkeyShares.Get(storage, hotkey, netuid);
        UInt128 shares = Alpha.Get(storage, hotkey, coldkey, netuid);
        UInt128 delta;
        if (amount >= value)
        {
            amount = value;
            delta = shares;
        }
        else
        {
            delta = (UInt128)((BigInteger)amount * (BigInteger)denominator / total);
            delta = delta > shares ? shares : delta;
        }

        UInt128 remaining = shares - delta;
        if (remaining == 0)
        {
            Alpha.Remove(storage, hotkey, coldkey, netuid);
        }
        else
        {
            Alpha.Insert(storage, remaining, hotkey, coldkey, netuid);
        }

        TotalHotkeyShares.Insert(storage, hotkey, netuid, denominator - delta);
        TotalHotkeyAlpha.Insert(storage, hotkey, netuid, SatSub(total, amount));
        return amount;
    }

    /// <summary>Adds alpha to a hotkey's pool without new shares: every nominator gains pro rata (<c>increase_stake_for_hotkey_on_subnet</c>).</summary>
    public void IncreaseStakeForHotkey(IStorage storage, in AccountId32 hotkey, ushort netuid, ulong amount) =>
        TotalHotkeyAlpha.Insert(storage, hotkey, netuid, SatAdd(TotalHotkeyAlpha.Get(storage, hotkey, netuid), amount));

    /// <summary>A hotkey account "exists" once a coldkey owns it.</summary>
    public bool HotkeyAccountExists(IStorage storage, in AccountId32 hotkey) => Owner.ContainsKey(storage, hotkey);

    private void AddStakingHotkey(IStorage storage, in AccountId32 coldkey, in AccountId32 hotkey)
    {
        AccountId32[] list = StakingHotkeys.Get(storage, coldkey);
        if (Array.IndexOf(list, hotkey) < 0)
        {
            StakingHotkeys.Insert(storage, coldkey, [.. list, hotkey]);
        }
    }

    /// <summary>
    /// Swaps TAO into the pool for alpha (fees included in <paramref name="tao"/>) within <paramref name="priceLimit"/> and
    /// books it: pool written, TotalStake and SubnetVolume raised. The fee has no block author to go to here, so it leaves
    /// circulation (subtensor's TotalIssuance).
    /// </summary>
    /// <remarks>Upstream <c>stake_utils.rs::swap_tao_for_alpha</c>.</remarks>
    internal SwapOutcome SwapTaoIn(DispatchContext context, ushort netuid, ulong tao, ulong priceLimit, bool dropFees)
    {
        IStorage s = context.Storage;
        SubnetPool before = GetPool(s, netuid);
        SwapOutcome outcome = StakeSwap.SwapTaoForAlpha(before, tao, priceLimit, dropFees);
        if (!outcome.IsSuccess)
        {
            return outcome;
        }

        PutPool(s, netuid, outcome.Pool);
        ulong intoPool = SatSub(outcome.Pool.SubnetTao, before.SubnetTao);
        BurnSubtensorIssuance(s, SatSub(tao, intoPool));
        TotalStake.Mutate(s, v => SatAdd(v, intoPool));
        SubnetVolume.Mutate(s, netuid, v => v + tao);
        return outcome;
    }

    /// <summary>
    /// Swaps alpha out of the pool for TAO within <paramref name="priceLimit"/>; returns the outcome, whose
    /// <c>AmountPaidOut</c> is the TAO to credit.
    /// </summary>
    /// <remarks>Upstream <c>stake_utils.rs::swap_alpha_for_tao</c>.</remarks>
    internal SwapOutcome SwapAlphaOut(DispatchContext context, ushort netuid, ulong alpha, ulong priceLimit, bool dropFees)
    {
        IStorage s = context.Storage;
        SubnetPool before = GetPool(s, netuid);
        SwapOutcome outcome = StakeSwap.SwapAlphaForTao(before, alpha, priceLimit, dropFees);
        if (!outcome.IsSuccess)
        {
            return outcome;
        }

        PutPool(s, netuid, outcome.Pool);
        ulong outOfPool = SatSub(before.SubnetTao, outcome.Pool.SubnetTao);
        BurnSubtensorIssuance(s, SatSub(outOfPool, outcome.Result.AmountPaidOut));
        TotalStake.Mutate(s, v => SatSub(v, outOfPool));
        SubnetVolume.Mutate(s, netuid, v => v + outcome.Result.AmountPaidOut);
        return outcome;
    }

    /// <summary><c>do_add_stake</c>: swap-input cap, <see cref="ValidateAddStake"/>, then <see cref="StakeIntoSubnet"/> without a price limit.</summary>
    private DispatchResult DoAddStake(DispatchContext context, Origin origin, CallArgs args)
    {
        if (!origin.TryGetSigner(out AccountId32 coldkey))
        {
            return DispatchError.BadOrigin;
        }

        AccountId32 hotkey = args.AccountId(0);
        ushort netuid = args.U16(1);
        ulong tao = args.U64(2);
        DispatchError? error = EnsureAddStakeInputWithinSwapLimit(context.Storage, netuid, tao)
            ?? ValidateAddStake(context, coldkey, hotkey, netuid, tao, tao, false)
            ?? StakeIntoSubnet(context, hotkey, coldkey, netuid, tao, SwapEngine.MaxPriceRao, false, out _);
        return error is { } e ? e : DispatchResult.Ok;
    }

    /// <summary><c>do_remove_stake</c>.</summary>
    private DispatchResult DoRemoveStake(DispatchContext context, Origin origin, CallArgs args)
    {
        if (!origin.TryGetSigner(out AccountId32 coldkey))
        {
            return DispatchError.BadOrigin;
        }

        DispatchError? error = RemoveStakeUnlimited(context, coldkey, args.AccountId(0), args.U16(1), args.U64(2));
        return error is { } e ? e : DispatchResult.Ok;
    }

    /// <summary>
    /// <c>do_remove_stake</c>'s body: subtoken enabled, amount capped at the stake, swap-input cap,
    /// <see cref="ValidateRemoveStake"/>, then <see cref="UnstakeFromSubnet"/> without a price limit.
    /// </summary>
    private DispatchError? RemoveStakeUnlimited(DispatchContext context, in AccountId32 coldkey, in AccountId32 hotkey, ushort netuid, ulong requested)
    {
        IStorage s = context.Storage;
        if (!SubtokenEnabled.Get(s, netuid))
        {
            return SubtokenDisabled;
        }

        ulong alpha = Math.Min(requested, GetStake(s, hotkey, coldkey, netuid));
        return EnsureRemoveStakeInputWithinSwapLimit(s, netuid, alpha)
            ?? ValidateRemoveStake(context, coldkey, hotkey, netuid, alpha, alpha, false)
            ?? UnstakeFromSubnet(context, hotkey, coldkey, netuid, alpha, SwapEngine.MinPriceRao, false, out _);
    }
}
