using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Pallets.Subtensor;

/// <summary>
/// Delegate take: <c>decrease_take</c> (strictly lower, ≥ MinDelegateTake, any time) and <c>increase_take</c> (strictly
/// higher, ≤ MaxDelegateTake, once per TxDelegateTakeRateLimit blocks).
/// </summary>
/// <remarks>opentensor/subtensor@14bc6f9 <c>staking/{increase_take,decrease_take}.rs</c>, <c>utils/misc.rs::do_take_checks</c>,
/// <c>utils/rate_limiting.rs::exceeds_tx_delegate_take_rate_limit</c>.</remarks>
public sealed partial class SubtensorModule
{
    public CallDescriptor DecreaseTake { get; private set; } = null!;

    public CallDescriptor IncreaseTake { get; private set; } = null!;

    private void DefineDelegateCalls()
    {
        FieldDef hotkey = P("hotkey", KnownTypes.AccountId32, "T::AccountId");
        FieldDef take = P("take", TypeRef.U16, "u16");
        Weight weight = new Weight(22_000_000, 0).SaturatingAdd(BlockLimits.ReadsWrites(3, 2));
        DecreaseTake = DefineCall(65, "decrease_take", [hotkey, take], DoDecreaseTake, weight, pays: Pays.No, docs: " Lowers the take of a hotkey the caller owns.");
        IncreaseTake = DefineCall(66, "increase_take", [hotkey, take], DoIncreaseTake, weight, pays: Pays.No, docs: " Raises the take of a hotkey the caller owns (rate limited).");
    }

    /// <summary><c>do_take_checks</c>: the hotkey exists and the caller owns it.</summary>
    private DispatchError? TakeChecks(DispatchContext context, in AccountId32 coldkey, in AccountId32 hotkey)
    {
        if (!HotkeyAccountExists(context.Storage, hotkey))
        {
            return HotKeyAccountNotExists;
        }

        return Owner.Get(context.Storage, hotkey) == coldkey ? null : NonAssociatedColdKey.ToDispatchError();
    }

    private DispatchResult DoDecreaseTake(DispatchContext context, Origin origin, CallArgs args)
    {
        if (!origin.TryGetSigner(out AccountId32 coldkey))
        {
            return DispatchError.BadOrigin;
        }

        AccountId32 hotkey = args.AccountId(0);
        ushort take = args.U16(1);
        var s = context.Storage;
        if (TakeChecks(context, coldkey, hotkey) is { } error)
        {
            return error;
        }

        if (Delegates.TryGet(s, hotkey, out ushort current) && take >= current)
        {
            return DelegateTakeTooLow;
        }

        if (take < MinDelegateTake.Get(s))
        {
            return DelegateTakeTooLow;
        }

        Delegates.Insert(s, hotkey, take);
        LastRateLimitedBlock.Insert(s, RateLimitKey.LastTxBlockDelegateTake(hotkey), context.BlockNumber);
        context.DepositEvent(TakeDecreased.Create(coldkey, hotkey, take));
        return DispatchResult.Ok;
    }

    private DispatchResult DoIncreaseTake(DispatchContext context, Origin origin, CallArgs args)
    {
        if (!origin.TryGetSigner(out AccountId32 coldkey))
        {
            return DispatchError.BadOrigin;
        }

        AccountId32 hotkey = args.AccountId(0);
        ushort take = args.U16(1);
        var s = context.Storage;
        if (TakeChecks(context, coldkey, hotkey) is { } error)
        {
            return error;
        }

        if (Delegates.TryGet(s, hotkey, out ushort current) && take <= current)
        {
            return DelegateTakeTooLow;
        }

        if (take > MaxDelegateTake.Get(s))
        {
            return DelegateTakeTooHigh;
        }

        // exceeds_tx_delegate_take_rate_limit: within the limit (inclusive) of the last change.
        ulong block = context.BlockNumber;
        ulong last = LastRateLimitedBlock.Get(s, RateLimitKey.LastTxBlockDelegateTake(hotkey));
        ulong limit = TxDelegateTakeRateLimit.Get(s);
        if (limit != 0 && last != 0 && block - Math.Min(block, last) <= limit)
        {
            return DelegateTxRateLimitExceeded;
        }

        LastRateLimitedBlock.Insert(s, RateLimitKey.LastTxBlockDelegateTake(hotkey), block);
        Delegates.Insert(s, hotkey, take);
        context.DepositEvent(TakeIncreased.Create(coldkey, hotkey, take));
        return DispatchResult.Ok;
    }
}
