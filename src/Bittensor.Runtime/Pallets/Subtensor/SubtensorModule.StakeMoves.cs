using Bittensor.Core.FixedPoint;
using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Framework.Types;
using Bittensor.Runtime.Swap;

namespace Bittensor.Runtime.Pallets.Subtensor;

/// <summary>
/// The price-limited and compound staking calls (<c>add_stake_limit</c>, <c>remove_stake_limit</c>,
/// <c>remove_stake_full_limit</c>, <c>unstake_all</c>, <c>unstake_all_alpha</c>, <c>move_stake</c>, <c>transfer_stake</c>,
/// <c>swap_stake</c>, <c>swap_stake_limit</c>) and the shared stake/unstake primitives with upstream's checks in order.
/// </summary>
/// <remarks>
/// opentensor/subtensor@14bc6f9 <c>staking/{add_stake,remove_stake,move_stake,stake_utils}.rs</c>. Differences: there is
/// no block author to pay swap fees to, so TAO fees leave circulation and alpha fees are burned (upstream's no-author
/// branch: the alpha stays counted in <c>SubnetAlphaOut</c>); stake locks and root claims are not modelled (<c>StakeUnavailable</c> never fires);
/// errors of the swap itself are the Swap pallet's (index 28) as upstream, though that pallet is not in this runtime's
/// metadata.
/// </remarks>
public sealed partial class SubtensorModule
{
    /// <summary>pallet_subtensor_swap's index in upstream's runtime.</summary>
    public const byte SwapPalletIndex = 28;

    private const ulong OneTao = 1_000_000_000;

    public CallDescriptor AddStakeLimit { get; private set; } = null!;

    public CallDescriptor RemoveStakeLimit { get; private set; } = null!;

    public CallDescriptor RemoveStakeFullLimit { get; private set; } = null!;

    public CallDescriptor UnstakeAll { get; private set; } = null!;

    public CallDescriptor UnstakeAllAlpha { get; private set; } = null!;

    public CallDescriptor MoveStake { get; private set; } = null!;

    public CallDescriptor TransferStake { get; private set; } = null!;

    public CallDescriptor SwapStake { get; private set; } = null!;

    public CallDescriptor SwapStakeLimit { get; private set; } = null!;

    /// <summary>(coldkey, hotkey) → block of the last stake change.</summary>
    public StorageDoubleMap<AccountId32, AccountId32, ulong> LastColdkeyHotkeyStakeBlock { get; private set; } = null!;

    /// <summary>The Swap pallet error a failed swap returns (<c>pallet_subtensor_swap::Error</c> declaration order).</summary>
    public static DispatchError SwapPalletError(SwapError error) => DispatchError.Module(SwapPalletIndex, error switch
    {
        SwapError.InsufficientLiquidity => 2,
        SwapError.PriceLimitExceeded => 3,
        SwapError.ReservesTooLow => 7,
        SwapError.ReservesOutOfBalance => 10,
        SwapError.SwapInputTooLarge => 11,
        _ => 2,
    });

    private void DefineStakeMoveCalls()
    {
        LastColdkeyHotkeyStakeBlock = DefineDoubleMap("LastColdkeyHotkeyStakeBlock", Core.Hashing.StorageHasher.Twox64Concat, Codecs.AccountId32, Core.Hashing.StorageHasher.Twox64Concat, Codecs.AccountId32, Codecs.U64, StorageModifier.Optional, 0UL);
        FieldDef hotkey = P("hotkey", KnownTypes.AccountId32, "T::AccountId");
        FieldDef netuid = P("netuid", TypeRef.U16, "NetUid");
        FieldDef limitPrice = P("limit_price", TypeRef.U64, "TaoBalance");
        FieldDef allowPartial = P("allow_partial", TypeRef.Bool, "bool");
        FieldDef originNetuid = P("origin_netuid", TypeRef.U16, "NetUid");
        FieldDef destinationNetuid = P("destination_netuid", TypeRef.U16, "NetUid");
        FieldDef alphaAmount = P("alpha_amount", TypeRef.U64, "AlphaBalance");
        Weight stakeWeight = new Weight(340_800_000, 0).SaturatingAdd(BlockLimits.ReadsWrites(24, 15));
        Weight moveWeight = new Weight(400_000_000, 0).SaturatingAdd(BlockLimits.ReadsWrites(40, 25));
        Weight allWeight = new Weight(1_000_000_000, 0).SaturatingAdd(BlockLimits.ReadsWrites(100, 60));
        AddStakeLimit = DefineCall(88, "add_stake_limit", [hotkey, netuid, P("amount_staked", TypeRef.U64, "TaoBalance"), limitPrice, allowPartial], DoAddStakeLimit, stakeWeight, docs: " Adds stake within a price limit: the executed amount keeps the price at or below limit_price (partially if allowed).");
        RemoveStakeLimit = DefineCall(89, "remove_stake_limit", [hotkey, netuid, P("amount_unstaked", TypeRef.U64, "AlphaBalance"), limitPrice, allowPartial], DoRemoveStakeLimit, stakeWeight, docs: " Removes stake within a price limit: the executed amount keeps the price at or above limit_price (partially if allowed).");
        RemoveStakeFullLimit = DefineCall(103, "remove_stake_full_limit", [hotkey, netuid, P("limit_price", TypeRef.Option(TypeRef.U64), "Option<TaoBalance>")], DoRemoveStakeFullLimit, stakeWeight, docs: " Removes all stake of the caller on a hotkey and subnet, optionally within a price limit.");
        UnstakeAll = DefineCall(83, "unstake_all", [hotkey], DoUnstakeAll, allWeight, docs: " Removes all stake of the caller on a hotkey across every subnet.");
        UnstakeAllAlpha = DefineCall(84, "unstake_all_alpha", [hotkey], DoUnstakeAllAlpha, allWeight, docs: " Removes all alpha stake of the caller on a hotkey and restakes the TAO on root.");
        MoveStake = DefineCall(85, "move_stake", [P("origin_hotkey", KnownTypes.AccountId32, "T::AccountId"), P("destination_hotkey", KnownTypes.AccountId32, "T::AccountId"), originNetuid, destinationNetuid, alphaAmount], DoMoveStake, moveWeight, docs: " Moves stake between hotkeys and/or subnets for the same coldkey.");
        TransferStake = DefineCall(86, "transfer_stake", [P("destination_coldkey", KnownTypes.AccountId32, "T::AccountId"), hotkey, originNetuid, destinationNetuid, alphaAmount], DoTransferStake, moveWeight, docs: " Transfers stake to another coldkey, optionally to another subnet.");
        SwapStake = DefineCall(87, "swap_stake", [hotkey, originNetuid, destinationNetuid, alphaAmount], DoSwapStake, moveWeight, docs: " Swaps stake of a hotkey from one subnet to another.");
        SwapStakeLimit = DefineCall(90, "swap_stake_limit", [hotkey, originNetuid, destinationNetuid, alphaAmount, limitPrice, allowPartial], DoSwapStakeLimit, moveWeight, docs: " Swaps stake between subnets within a limit on the origin/destination price ratio.");
    }

    private static ulong SatMul(ulong a, ulong b) => b != 0 && a > ulong.MaxValue / b ? ulong.MaxValue : a * b;

    private static DispatchResult Done(DispatchError? error) => error is { } e ? e : DispatchResult.Ok;

    private bool IsStable(IStorage s, ushort netuid) => netuid == RootNetUid || SubnetMechanism.Get(s, netuid) == 0;

    /// <summary><c>ensure_add_stake_input_within_swap_limit</c>: at most 1000 × SubnetTAO into a dynamic pool.</summary>
    internal DispatchError? EnsureAddStakeInputWithinSwapLimit(IStorage s, ushort netuid, ulong amount) =>
        !IsStable(s, netuid) && amount > SatMul(SubnetTAO.Get(s, netuid), SwapEngine.MaxSwapInputReserveMultiplier) ? InsufficientLiquidity.ToDispatchError() : null;

    /// <summary><c>ensure_remove_stake_input_within_swap_limit</c>: at most 1000 × SubnetAlphaIn out of a dynamic pool.</summary>
    internal DispatchError? EnsureRemoveStakeInputWithinSwapLimit(IStorage s, ushort netuid, ulong amount) =>
        !IsStable(s, netuid) && amount > SatMul(SubnetAlphaIn.Get(s, netuid), SwapEngine.MaxSwapInputReserveMultiplier) ? InsufficientLiquidity.ToDispatchError() : null;

    /// <summary><c>get_max_amount_add</c>: the most TAO (fee included) that keeps the price ≤ <paramref name="limitPrice"/>.</summary>
    public DispatchError? MaxAmountAdd(IStorage storage, ushort netuid, ulong limitPrice, out ulong max)
    {
        max = 0;
        if (IsStable(storage, netuid))
        {
            max = limitPrice >= OneTao ? ulong.MaxValue : 0;
            return null;
        }

        ulong input = SatMul(SubnetTAO.Get(storage, netuid), SwapEngine.MaxSwapInputReserveMultiplier);
        SwapOutcome sim = SwapEngine.Swap(GetPool(storage, netuid), SwapDirection.Buy, input, SwapEngine.LimitPriceFromRao(limitPrice), false, SwapEngine.DefaultMinimumReserve, simulate: true);
        if (!sim.IsSuccess)
        {
            return SwapPalletError(sim.Error);
        }

        max = SatAdd(sim.Result.AmountPaidIn, sim.Result.FeePaid);
        return null;
    }

    /// <summary><c>get_max_amount_remove</c>: the most alpha (fee included) that keeps the price ≥ <paramref name="limitPrice"/>.</summary>
    public DispatchError? MaxAmountRemove(IStorage storage, ushort netuid, ulong limitPrice, out ulong max)
    {
        max = 0;
        if (IsStable(storage, netuid))
        {
            max = limitPrice <= OneTao ? ulong.MaxValue : 0;
            return null;
        }

        ulong input = SatMul(SubnetAlphaIn.Get(storage, netuid), SwapEngine.MaxSwapInputReserveMultiplier);
        SwapOutcome sim = SwapEngine.Swap(GetPool(storage, netuid), SwapDirection.Sell, input, SwapEngine.LimitPriceFromRao(limitPrice), false, SwapEngine.DefaultMinimumReserve, simulate: true);
        if (!sim.IsSuccess)
        {
            return SwapPalletError(sim.Error);
        }

        max = SatAdd(sim.Result.AmountPaidIn, sim.Result.FeePaid);
        return null;
    }

    /// <summary><c>get_max_amount_move</c>: the most alpha that keeps price(origin)/price(destination) ≥ <paramref name="limitPrice"/>/1e9.</summary>
    public DispatchError? MaxAmountMove(IStorage s, ushort origin, ushort destination, ulong limitPrice, out ulong max)
    {
        max = 0;
        U64F64 tao = U64F64.FromInt(OneTao);
        bool originStable = IsStable(s, origin);
        bool destinationStable = IsStable(s, destination);
        if (originStable && destinationStable)
        {
            max = limitPrice > OneTao ? 0 : ulong.MaxValue;
            return null;
        }

        if (originStable && SubnetMechanism.Get(s, destination) == 1)
        {
            if (limitPrice == 0)
            {
                max = ulong.MaxValue;
                return null;
            }

            ulong destinationPrice = tao.SafeDiv(U64F64.FromInt(limitPrice)).SaturatingMul(tao).SaturatingToInt<ulong>();
            return MaxAmountAdd(s, destination, destinationPrice, out max);
        }

        if (destinationStable && SubnetMechanism.Get(s, origin) == 1)
        {
            return MaxAmountRemove(s, origin, limitPrice, out max);
        }

        ulong tao1 = SubnetTAO.Get(s, origin);
        ulong tao2 = SubnetTAO.Get(s, destination);
        ulong alpha1 = SubnetAlphaIn.Get(s, origin);
        ulong alpha2 = SubnetAlphaIn.Get(s, destination);
        if (tao1 == 0 || tao2 == 0 || alpha1 == 0 || alpha2 == 0)
        {
            return null;
        }

        U64F64 limit = U64F64.FromInt(limitPrice).SafeDiv(tao);
        U64F64 current = SwapEngine.CurrentPrice(GetPool(s, origin)).SafeDiv(SwapEngine.CurrentPrice(GetPool(s, destination)));
        if (limit > current)
        {
            return null;
        }

        if (limitPrice == 0)
        {
            max = ulong.MaxValue;
            return null;
        }

        U64F64 sum = U64F64.FromInt(tao1).SaturatingAdd(U64F64.FromInt(tao2));
        U64F64 t1 = U64F64.FromInt(tao1).SafeDiv(sum);
        U64F64 t2 = U64F64.FromInt(tao2).SafeDiv(sum);
        max = U64F64.FromInt(alpha2).SaturatingMul(t1).SafeDiv(limit).SaturatingSub(U64F64.FromInt(alpha1).SaturatingMul(t2)).SaturatingToInt<ulong>();
        return null;
    }

    /// <summary><c>validate_add_stake</c>.</summary>
    internal DispatchError? ValidateAddStake(DispatchContext context, in AccountId32 coldkey, in AccountId32 hotkey, ushort netuid, ulong amount, ulong maxAmount, bool allowPartial)
    {
        IStorage s = context.Storage;
        if (!NetworksAdded.Get(s, netuid))
        {
            return SubnetNotExists;
        }

        if (!SubtokenEnabled.Get(s, netuid))
        {
            return SubtokenDisabled;
        }

        SubnetPool pool = GetPool(s, netuid);
        SwapOutcome minSim = StakeSwap.SwapTaoForAlpha(pool, DefaultMinStake, SwapEngine.MaxPriceRao, false);
        ulong minFee = minSim.IsSuccess ? minSim.Result.FeePaid : SwapEngine.CalculateFee(pool, DefaultMinStake, false);
        if (amount < SatAdd(DefaultMinStake, minFee))
        {
            return AmountTooLow;
        }

        if (!allowPartial)
        {
            if (amount > maxAmount)
            {
                return SlippageTooHigh;
            }
        }
        else
        {
            amount = Math.Min(amount, maxAmount);
        }

        if (!CanWithdraw(context, coldkey, amount))
        {
            return NotEnoughBalanceToStake;
        }

        if (!HotkeyAccountExists(s, hotkey))
        {
            return HotKeyAccountNotExists;
        }

        SwapOutcome sim = StakeSwap.SwapTaoForAlpha(pool, amount, SwapEngine.MaxPriceRao, false);
        if (!sim.IsSuccess)
        {
            return InsufficientLiquidity;
        }

        if (sim.Result.AmountPaidIn < DefaultMinStake)
        {
            return AmountTooLow;
        }

        return sim.Result.AmountPaidOut == 0 ? InsufficientLiquidity.ToDispatchError() : null;
    }

    /// <summary><c>validate_remove_stake</c> (no stake locks here, so nothing is unavailable).</summary>
    internal DispatchError? ValidateRemoveStake(DispatchContext context, in AccountId32 coldkey, in AccountId32 hotkey, ushort netuid, ulong alpha, ulong maxAmount, bool allowPartial)
    {
        IStorage s = context.Storage;
        if (!NetworksAdded.Get(s, netuid))
        {
            return SubnetNotExists;
        }

        if (alpha == 0)
        {
            return AmountTooLow;
        }

        ulong current = GetStake(s, hotkey, coldkey, netuid);
        if (current < alpha)
        {
            return NotEnoughStakeToWithdraw;
        }

        SwapOutcome sim = StakeSwap.SwapAlphaForTao(GetPool(s, netuid), alpha, SwapEngine.MinPriceRao, false);
        if (!sim.IsSuccess)
        {
            return InsufficientLiquidity;
        }

        if (current != alpha && sim.Result.AmountPaidOut < DefaultMinStake)
        {
            return AmountTooLow;
        }

        if (!allowPartial && alpha > maxAmount)
        {
            return SlippageTooHigh;
        }

        return HotkeyAccountExists(s, hotkey) ? null : HotKeyAccountNotExists.ToDispatchError();
    }

    /// <summary>
    /// <c>stake_into_subnet</c>: takes the TAO from the coldkey, swaps it for alpha within <paramref name="priceLimit"/>,
    /// credits the alpha to (hotkey, coldkey) and emits StakeAdded.
    /// </summary>
    internal DispatchError? StakeIntoSubnet(DispatchContext context, in AccountId32 hotkey, in AccountId32 coldkey, ushort netuid, ulong tao, ulong priceLimit, bool dropFees, out ulong alpha)
    {
        alpha = 0;
        if (WithdrawTao(context, coldkey, tao) is { } withdrawError)
        {
            return withdrawError;
        }

        SwapOutcome swap = SwapTaoIn(context, netuid, tao, priceLimit, dropFees);
        if (!swap.IsSuccess)
        {
            return SwapPalletError(swap.Error);
        }

        alpha = swap.Result.AmountPaidOut;
        if (alpha == 0)
        {
            return AmountTooLow;
        }

        IncreaseStake(context.Storage, hotkey, coldkey, netuid, alpha);
        LastColdkeyHotkeyStakeBlock.Insert(context.Storage, coldkey, hotkey, context.BlockNumber);
        context.DepositEvent(StakeAdded.Create(coldkey, hotkey, tao, alpha, netuid, swap.Result.FeePaid));
        return null;
    }

    /// <summary>
    /// <c>unstake_from_subnet</c>: removes the alpha, swaps it for TAO within <paramref name="priceLimit"/>, restakes what the
    /// limit left unswapped, credits the TAO to the coldkey, burns the alpha fee and emits StakeRemoved.
    /// </summary>
    internal DispatchError? UnstakeFromSubnet(DispatchContext context, in AccountId32 hotkey, in AccountId32 coldkey, ushort netuid, ulong alpha, ulong priceLimit, bool dropFees, out ulong tao)
    {
        tao = 0;
        IStorage s = context.Storage;
        DecreaseStake(s, hotkey, coldkey, netuid, alpha);
        SwapOutcome swap = SwapAlphaOut(context, netuid, alpha, priceLimit, dropFees);
        if (!swap.IsSuccess)
        {
            return SwapPalletError(swap.Error);
        }

        SwapResult r = swap.Result;
        ulong refund = SatSub(alpha, SatAdd(r.AmountPaidIn, r.FeePaid));
        if (refund != 0)
        {
            IncreaseStake(s, hotkey, coldkey, netuid, refund);
        }

        tao = DepositTao(context, coldkey, r.AmountPaidOut);
        BurnSubtensorIssuance(s, SatSub(r.AmountPaidOut, tao));

        // No block author: the alpha fee is burned. Upstream burn_subnet_alpha leaves SubnetAlphaOut as is (the burn is
        // counted in pallet_alpha_assets::AlphaBurned, which this runtime does not have), so nothing is written here.
        LastColdkeyHotkeyStakeBlock.Insert(s, coldkey, hotkey, context.BlockNumber);
        context.DepositEvent(StakeRemoved.Create(coldkey, hotkey, r.AmountPaidOut, r.AmountPaidIn, netuid, r.FeePaid));
        return null;
    }

    /// <summary><c>maybe_become_delegate</c>: a hotkey staked to by another coldkey becomes a delegate at its current take.</summary>
    private void MaybeBecomeDelegate(IStorage s, in AccountId32 hotkey)
    {
        if (!Delegates.ContainsKey(s, hotkey))
        {
            Delegates.Insert(s, hotkey, Delegates.Get(s, hotkey));
        }
    }

    private DispatchResult DoAddStakeLimit(DispatchContext context, Origin origin, CallArgs args)
    {
        if (!origin.TryGetSigner(out AccountId32 coldkey))
        {
            return DispatchError.BadOrigin;
        }

        AccountId32 hotkey = args.AccountId(0);
        ushort netuid = args.U16(1);
        ulong amount = args.U64(2);
        ulong limitPrice = args.U64(3);
        IStorage s = context.Storage;
        if (EnsureAddStakeInputWithinSwapLimit(s, netuid, amount) is { } capError)
        {
            return capError;
        }

        if (MaxAmountAdd(s, netuid, limitPrice, out ulong max) is { } error)
        {
            return error;
        }

        if (ValidateAddStake(context, coldkey, hotkey, netuid, amount, max, args.Bool(4)) is { } invalid)
        {
            return invalid;
        }

        if (Owner.Get(s, hotkey) != coldkey)
        {
            MaybeBecomeDelegate(s, hotkey);
        }

        return Done(StakeIntoSubnet(context, hotkey, coldkey, netuid, Math.Min(amount, max), limitPrice, false, out _));
    }

    private DispatchResult DoRemoveStakeLimit(DispatchContext context, Origin origin, CallArgs args) =>
        origin.TryGetSigner(out AccountId32 coldkey)
            ? Done(RemoveStakeLimited(context, coldkey, args.AccountId(0), args.U16(1), args.U64(2), args.U64(3), args.Bool(4)))
            : DispatchError.BadOrigin;

    /// <summary><c>do_remove_stake_limit</c>.</summary>
    private DispatchError? RemoveStakeLimited(DispatchContext context, in AccountId32 coldkey, in AccountId32 hotkey, ushort netuid, ulong alpha, ulong limitPrice, bool allowPartial)
    {
        IStorage s = context.Storage;
        if (EnsureRemoveStakeInputWithinSwapLimit(s, netuid, alpha) is { } capError)
        {
            return capError;
        }

        if (MaxAmountRemove(s, netuid, limitPrice, out ulong max) is { } error)
        {
            return error;
        }

        return ValidateRemoveStake(context, coldkey, hotkey, netuid, alpha, max, allowPartial)
            ?? UnstakeFromSubnet(context, hotkey, coldkey, netuid, Math.Min(alpha, max), limitPrice, false, out _);
    }

    /// <summary><c>do_remove_stake_full_limit</c>: the whole position, through remove_stake_limit (no partial fill) or remove_stake.</summary>
    private DispatchResult DoRemoveStakeFullLimit(DispatchContext context, Origin origin, CallArgs args)
    {
        if (!origin.TryGetSigner(out AccountId32 coldkey))
        {
            return DispatchError.BadOrigin;
        }

        AccountId32 hotkey = args.AccountId(0);
        ushort netuid = args.U16(1);
        ulong alpha = GetStake(context.Storage, hotkey, coldkey, netuid);
        return args.Values[2] is ulong limitPrice
            ? Done(RemoveStakeLimited(context, coldkey, hotkey, netuid, alpha, limitPrice, false))
            : Done(RemoveStakeUnlimited(context, coldkey, hotkey, netuid, alpha));
    }

    private DispatchResult DoUnstakeAll(DispatchContext context, Origin origin, CallArgs args) => UnstakeAllFrom(context, origin, args.AccountId(0), onlyAlpha: false);

    private DispatchResult DoUnstakeAllAlpha(DispatchContext context, Origin origin, CallArgs args) => UnstakeAllFrom(context, origin, args.AccountId(0), onlyAlpha: true);

    /// <summary>
    /// <c>do_unstake_all</c> / <c>do_unstake_all_alpha</c>: every subnet with subtoken enabled whose position passes
    /// <c>validate_remove_stake</c> is sold; the alpha form skips root and restakes the TAO on root.
    /// </summary>
    private DispatchResult UnstakeAllFrom(DispatchContext context, Origin origin, AccountId32 hotkey, bool onlyAlpha)
    {
        if (!origin.TryGetSigner(out AccountId32 coldkey))
        {
            return DispatchError.BadOrigin;
        }

        IStorage s = context.Storage;
        if (!HotkeyAccountExists(s, hotkey))
        {
            return HotKeyAccountNotExists;
        }

        ulong total = 0;
        foreach (ushort netuid in ExistingSubnets(s).ToList())
        {
            if (!SubtokenEnabled.Get(s, netuid) || (onlyAlpha && netuid == RootNetUid))
            {
                continue;
            }

            ulong alpha = GetStake(s, hotkey, coldkey, netuid);
            if (ValidateRemoveStake(context, coldkey, hotkey, netuid, alpha, alpha, false) is not null || alpha == 0)
            {
                continue;
            }

            if (UnstakeFromSubnet(context, hotkey, coldkey, netuid, alpha, SwapEngine.MinPriceRao, false, out ulong tao) is { } error)
            {
                return error;
            }

            total = SatAdd(total, tao);
        }

        return onlyAlpha ? Done(StakeIntoSubnet(context, hotkey, coldkey, RootNetUid, total, SwapEngine.MaxPriceRao, false, out _)) : DispatchResult.Ok;
    }

    private DispatchResult DoMoveStake(DispatchContext context, Origin origin, CallArgs args)
    {
        if (!origin.TryGetSigner(out AccountId32 coldkey))
        {
            return DispatchError.BadOrigin;
        }

        AccountId32 originHotkey = args.AccountId(0);
        AccountId32 destinationHotkey = args.AccountId(1);
        ushort from = args.U16(2);
        ushort to = args.U16(3);
        if (TransitionStake(context, coldkey, coldkey, originHotkey, destinationHotkey, from, to, args.U64(4), null, null, false, out ulong tao) is { } error)
        {
            return error;
        }

        context.DepositEvent(StakeMoved.Create(coldkey, originHotkey, from, destinationHotkey, to, tao));
        return DispatchResult.Ok;
    }

    private DispatchResult DoTransferStake(DispatchContext context, Origin origin, CallArgs args)
    {
        if (!origin.TryGetSigner(out AccountId32 coldkey))
        {
            return DispatchError.BadOrigin;
        }

        AccountId32 destinationColdkey = args.AccountId(0);
        AccountId32 hotkey = args.AccountId(1);
        ushort from = args.U16(2);
        ushort to = args.U16(3);
        if (TransitionStake(context, coldkey, destinationColdkey, hotkey, hotkey, from, to, args.U64(4), null, null, true, out ulong tao) is { } error)
        {
            return error;
        }

        context.DepositEvent(StakeTransferred.Create(coldkey, destinationColdkey, hotkey, from, to, tao));
        return DispatchResult.Ok;
    }

    private DispatchResult DoSwapStake(DispatchContext context, Origin origin, CallArgs args) => SwapStakeBetweenSubnets(context, origin, args, null, null);

    private DispatchResult DoSwapStakeLimit(DispatchContext context, Origin origin, CallArgs args) => SwapStakeBetweenSubnets(context, origin, args, args.U64(4), args.Bool(5));

    private DispatchResult SwapStakeBetweenSubnets(DispatchContext context, Origin origin, CallArgs args, ulong? limitPrice, bool? allowPartial)
    {
        if (!origin.TryGetSigner(out AccountId32 coldkey))
        {
            return DispatchError.BadOrigin;
        }

        AccountId32 hotkey = args.AccountId(0);
        ushort from = args.U16(1);
        ushort to = args.U16(2);
        if (TransitionStake(context, coldkey, coldkey, hotkey, hotkey, from, to, args.U64(3), limitPrice, allowPartial, false, out ulong tao) is { } error)
        {
            return error;
        }

        context.DepositEvent(StakeSwapped.Create(coldkey, hotkey, from, to, tao));
        return DispatchResult.Ok;
    }

    /// <summary><c>transition_stake_internal</c>: within a subnet the shares move without a swap; across subnets sell then buy.</summary>
    private DispatchError? TransitionStake(DispatchContext context, in AccountId32 originColdkey, in AccountId32 destinationColdkey, in AccountId32 originHotkey, in AccountId32 destinationHotkey, ushort from, ushort to, ulong alpha, ulong? limitPrice, bool? allowPartial, bool checkTransferToggle, out ulong tao)
    {
        tao = 0;
        IStorage s = context.Storage;
        alpha = Math.Min(alpha, GetStake(s, originHotkey, originColdkey, from));
        ulong max = alpha;
        if (from != to && limitPrice is { } limit && MaxAmountMove(s, from, to, limit, out max) is { } maxError)
        {
            return maxError;
        }

        if (ValidateStakeTransition(context, originColdkey, destinationColdkey, originHotkey, destinationHotkey, from, to, alpha, max, allowPartial, checkTransferToggle) is { } invalid)
        {
            return invalid;
        }

        ulong amount = Math.Min(alpha, max);
        if (from == to)
        {
            return TransferStakeWithinSubnet(context, originColdkey, originHotkey, destinationColdkey, destinationHotkey, from, amount, out tao);
        }

        bool dropOrigin = from == RootNetUid;
        if (UnstakeFromSubnet(context, originHotkey, originColdkey, from, amount, SwapEngine.MinPriceRao, dropOrigin, out tao) is { } unstakeError)
        {
            return unstakeError;
        }

        if (originColdkey != destinationColdkey && _balances.DoTransfer(context, originColdkey, destinationColdkey, tao, Preservation.Expendable) is { } transferError)
        {
            return transferError;
        }

        if (tao >= DefaultMinStake)
        {
            if (Owner.Get(s, destinationHotkey) != destinationColdkey)
            {
                MaybeBecomeDelegate(s, destinationHotkey);
            }

            return StakeIntoSubnet(context, destinationHotkey, destinationColdkey, to, tao, SwapEngine.MaxPriceRao, !dropOrigin, out _);
        }

        return null;
    }

    /// <summary><c>validate_stake_transition</c>.</summary>
    private DispatchError? ValidateStakeTransition(DispatchContext context, in AccountId32 originColdkey, in AccountId32 destinationColdkey, in AccountId32 originHotkey, in AccountId32 destinationHotkey, ushort from, ushort to, ulong alpha, ulong max, bool? allowPartial, bool checkTransferToggle)
    {
        IStorage s = context.Storage;
        if (originColdkey == destinationColdkey && originHotkey == destinationHotkey && from == to)
        {
            return SameNetuid;
        }

        if (!NetworksAdded.Get(s, from) || (from != to && !NetworksAdded.Get(s, to)))
        {
            return SubnetNotExists;
        }

        if (!SubtokenEnabled.Get(s, from) || !SubtokenEnabled.Get(s, to))
        {
            return SubtokenDisabled;
        }

        if (!HotkeyAccountExists(s, originHotkey) || !HotkeyAccountExists(s, destinationHotkey))
        {
            return HotKeyAccountNotExists;
        }

        if (alpha > GetStake(s, originHotkey, originColdkey, from))
        {
            return NotEnoughStakeToWithdraw;
        }

        if (from != to)
        {
            SwapOutcome sim = StakeSwap.SwapAlphaForTao(GetPool(s, from), alpha, SwapEngine.MinPriceRao, false);
            if (!sim.IsSuccess)
            {
                return InsufficientLiquidity;
            }

            if (sim.Result.AmountPaidOut <= DefaultMinStake)
            {
                return AmountTooLow;
            }

            if (allowPartial == false && alpha > max)
            {
                return SlippageTooHigh;
            }
        }

        if (checkTransferToggle && (!TransferToggle.Get(s, from) || (from != to && !TransferToggle.Get(s, to))))
        {
            return TransferDisallowed;
        }

        return null;
    }

    /// <summary>
    /// <c>transfer_stake_within_subnet</c>: moves the alpha between positions without a swap; its TAO value at the spot price
    /// must reach the minimum stake. Emits StakeRemoved and StakeAdded with no fee.
    /// </summary>
    private DispatchError? TransferStakeWithinSubnet(DispatchContext context, in AccountId32 originColdkey, in AccountId32 originHotkey, in AccountId32 destinationColdkey, in AccountId32 destinationHotkey, ushort netuid, ulong alpha, out ulong tao)
    {
        IStorage s = context.Storage;
        DecreaseStake(s, originHotkey, originColdkey, netuid, alpha);
        IncreaseStake(s, destinationHotkey, destinationColdkey, netuid, alpha);
        tao = SwapEngine.CurrentPrice(GetPool(s, netuid)).SaturatingMul(U64F64.FromInt(alpha)).SaturatingToInt<ulong>();
        if (tao < DefaultMinStake)
        {
            return AmountTooLow;
        }

        LastColdkeyHotkeyStakeBlock.Insert(s, destinationColdkey, destinationHotkey, context.BlockNumber);
        context.DepositEvent(StakeRemoved.Create(originColdkey, originHotkey, tao, alpha, netuid, 0UL));
        context.DepositEvent(StakeAdded.Create(destinationColdkey, destinationHotkey, tao, alpha, netuid, 0UL));
        return null;
    }
}
