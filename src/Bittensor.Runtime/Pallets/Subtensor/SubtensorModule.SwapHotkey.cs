using System.Buffers.Binary;
using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Pallets.Subtensor;

/// <summary>
/// <c>swap_hotkey</c> (70) and <c>swap_hotkey_v2</c> (72): the coldkey moves a hotkey's ownership, registrations, serving
/// info, weight commits, delegate take and (unless <c>keep_stake</c>) its stake to another hotkey, on one subnet or all.
/// </summary>
/// <remarks>
/// opentensor/subtensor@14bc6f9 <c>swap/swap_hotkey.rs::{do_swap_hotkey, perform_hotkey_swap_on_all_subnets,
/// swap_hotkey_on_subnet, perform_hotkey_swap_on_one_subnet}</c>, <c>macros/dispatches.rs</c>. Storage this runtime does not
/// keep (stake locks, ChildKeys/ParentKeys/PendingChildKeys, ChildkeyTake, LoadedEmission, NeuronCertificates,
/// AutoStakeDestination, TotalHotkeyAlphaLastEpoch, VotingPower, RootClaimable/RootClaimed, AutoParentDelegationEnabled)
/// has nothing to move; one mechanism per subnet, so the WeightCommits index is the netuid.
/// </remarks>
public sealed partial class SubtensorModule
{
    /// <summary><c>SubtensorInitialKeySwapCost</c>: 0.1 TAO, recycled by an all-subnets swap.</summary>
    public const ulong KeySwapCost = 100_000_000;

    /// <summary><c>SubtensorInitialKeySwapOnSubnetCost</c>: 0.001 TAO, recycled by a one-subnet swap.</summary>
    public const ulong KeySwapOnSubnetCost = 1_000_000;

    /// <summary>Offset of the coldkey in an <c>Alpha</c> storage key: prefix, blake2_128 ++ hotkey, blake2_128.</summary>
    private const int AlphaKeyColdkeyOffset = 32 + 16 + 32 + 16;

    public CallDescriptor SwapHotkey { get; private set; } = null!;

    public CallDescriptor SwapHotkeyV2 { get; private set; } = null!;

    /// <summary>(netuid, coldkey) → block of the coldkey's last hotkey swap touching the subnet.</summary>
    public StorageDoubleMap<ushort, AccountId32, ulong> LastHotkeySwapOnNetuid { get; private set; } = null!;

    /// <summary>The <c>HotkeySwapOnSubnetInterval</c> constant of this runtime (<c>prod_or_fast!(7200, 1)</c>).</summary>
    public ulong HotkeySwapOnSubnetInterval => NewSubnetDefaults.HotkeySwapOnSubnetInterval;

    private void DefineSwapHotkeyCalls()
    {
        LastHotkeySwapOnNetuid = DefineDoubleMap("LastHotkeySwapOnNetuid", Core.Hashing.StorageHasher.Identity, Codecs.U16, Core.Hashing.StorageHasher.Blake2_128Concat, Codecs.AccountId32, Codecs.U64, StorageModifier.Default, 0UL, " --- DMap ( netuid, coldkey ) --> blocknumber | last hotkey swap on network.");
        DefineConstant("KeySwapCost", Codecs.U64, KeySwapCost, " Cost of swapping a hotkey.");
        DefineConstant("KeySwapOnSubnetCost", Codecs.U64, KeySwapOnSubnetCost, " Cost of swapping a hotkey in a subnet.");
        DefineConstant("HotkeySwapOnSubnetInterval", Codecs.U64, NewSubnetDefaults.HotkeySwapOnSubnetInterval, " Block number for a coldkey swap the hotkey in specific subnet.");

        FieldDef hotkey = P("hotkey", KnownTypes.AccountId32, "T::AccountId");
        FieldDef newHotkey = P("new_hotkey", KnownTypes.AccountId32, "T::AccountId");
        FieldDef netuid = P("netuid", TypeRef.Option(TypeRef.U16), "Option<NetUid>");
        SwapHotkey = DefineCall(
            70,
            "swap_hotkey",
            [hotkey, newHotkey, netuid],
            (c, o, a) => DoSwapHotkey(c, o, a, keepStake: false),
            new Weight(1_242_038_000, 28_912).SaturatingAdd(BlockLimits.ReadsWrites(182, 99)),
            docs: " ---- The extrinsic for user to change its hotkey in subnet or all subnets.");
        SwapHotkeyV2 = DefineCall(
            72,
            "swap_hotkey_v2",
            [hotkey, newHotkey, netuid, P("keep_stake", TypeRef.Bool, "bool")],
            (c, o, a) => DoSwapHotkey(c, o, a, keepStake: a.Bool(3)),
            new Weight(275_300_000, 0).SaturatingAdd(BlockLimits.ReadsWrites(52, 35)),
            docs: " ---- The extrinsic for user to change its hotkey in subnet or all subnets, optionally keeping the stake on the old hotkey.");
    }

    /// <summary><c>do_swap_hotkey</c>: the checks in upstream order, then the one-subnet or all-subnets swap.</summary>
    private DispatchResult DoSwapHotkey(DispatchContext context, Origin origin, CallArgs args, bool keepStake)
    {
        if (!origin.TryGetSigner(out AccountId32 coldkey))
        {
            return DispatchError.BadOrigin;
        }

        AccountId32 oldHotkey = args.AccountId(0);
        AccountId32 newHotkey = args.AccountId(1);
        ushort? netuid = args.Values[2] is ushort n ? n : null;
        var s = context.Storage;
        if (!ColdkeyOwnsHotkey(s, coldkey, oldHotkey))
        {
            return NonAssociatedColdKey;
        }

        if (HotkeyAccountExists(s, newHotkey) && !ColdkeyOwnsHotkey(s, coldkey, newHotkey))
        {
            return NonAssociatedColdKey;
        }

        if (oldHotkey == newHotkey)
        {
            return NewHotKeyIsSameWithOld;
        }

        ulong block = context.BlockNumber;
        if (ExceedsTxRateLimit(s, LastRateLimitedBlock.Get(s, RateLimitKey.LastTxBlock(coldkey)), block))
        {
            return HotKeySetTxRateLimitExceeded;
        }

        // is_hotkey_registered_on_specific_network is IsNetworkMember::contains_key (an entry, even false), while
        // is_hotkey_registered_on_any_network looks for a true entry.
        bool alreadyRegistered = netuid is ushort only ? IsNetworkMember.ContainsKey(s, newHotkey, only) : IsNetworkMember.IteratePrefix(s, newHotkey).Any(e => e.Value);
        if (alreadyRegistered)
        {
            return HotKeyAlreadyRegisteredInSubNet;
        }

        // A swap touching root needs a new hotkey without root stake (RootClaimable/RootClaimed are not kept here).
        if ((netuid ?? RootNetUid) == RootNetUid && TotalHotkeyAlpha.Get(s, newHotkey, RootNetUid) != 0)
        {
            return NewHotKeyNotCleanForRootSwap;
        }

        // The new hotkey inherits the old one's last-transaction blocks (upstream writes them even when zero).
        LastRateLimitedBlock.Insert(s, RateLimitKey.LastTxBlock(newHotkey), LastRateLimitedBlock.Get(s, RateLimitKey.LastTxBlock(oldHotkey)));
        LastRateLimitedBlock.Insert(s, RateLimitKey.LastTxBlockDelegateTake(newHotkey), LastRateLimitedBlock.Get(s, RateLimitKey.LastTxBlockDelegateTake(oldHotkey)));
        LastRateLimitedBlock.Insert(s, RateLimitKey.LastTxBlockChildKeyTake(newHotkey), LastRateLimitedBlock.Get(s, RateLimitKey.LastTxBlockChildKeyTake(oldHotkey)));

        return netuid is ushort subnet
            ? SwapHotkeyOnSubnet(context, coldkey, oldHotkey, newHotkey, subnet, keepStake)
            : SwapHotkeyOnAllSubnets(context, coldkey, oldHotkey, newHotkey, keepStake);
    }

    /// <summary>The all-subnets branch of <c>do_swap_hotkey</c> (steps 12.1–18).</summary>
    private DispatchResult SwapHotkeyOnAllSubnets(DispatchContext context, in AccountId32 coldkey, in AccountId32 oldHotkey, in AccountId32 newHotkey, bool keepStake)
    {
        var s = context.Storage;
        ulong block = context.BlockNumber;
        ulong interval = HotkeySwapOnSubnetInterval;

        // Only membership marks a subnet as affected here: parents (ChildKeys) are not kept by this runtime. A first swap on
        // a subnet (no recorded block) is not gated.
        AccountId32 old = oldHotkey;
        ushort[] affected = [.. ExistingSubnets(s).Where(n => IsNetworkMember.Get(s, old, n))];
        foreach (ushort netuid in affected)
        {
            ulong last = LastHotkeySwapOnNetuid.Get(s, netuid, coldkey);
            if (last != 0 && SatAdd(last, interval) >= block)
            {
                return HotKeySwapOnSubnetIntervalNotPassed;
            }
        }

        if (!CanRemoveBalance(context, coldkey, KeySwapCost))
        {
            return NotEnoughBalanceToPaySwapHotKey;
        }

        if (RecycleTao(context, coldkey, KeySwapCost) is { } recycleError)
        {
            return recycleError;
        }

        if (PerformHotkeySwapOnAllSubnets(context, oldHotkey, newHotkey, coldkey, keepStake) is { } swapError)
        {
            return swapError;
        }

        foreach (ushort netuid in affected)
        {
            LastHotkeySwapOnNetuid.Insert(s, netuid, coldkey, block);
        }

        LastRateLimitedBlock.Insert(s, RateLimitKey.LastTxBlock(coldkey), block);
        context.DepositEvent(HotkeySwapped.Create(coldkey, oldHotkey, newHotkey));
        return DispatchResult.Ok;
    }

    /// <summary><c>perform_hotkey_swap_on_all_subnets</c>.</summary>
    private DispatchError? PerformHotkeySwapOnAllSubnets(DispatchContext context, in AccountId32 oldHotkey, in AccountId32 newHotkey, in AccountId32 coldkey, bool keepStake)
    {
        var s = context.Storage;

        // The nominators of the old hotkey, read before any stake moves, for the StakingHotkeys update below.
        var nominators = Alpha.IteratePrefix(s, oldHotkey)
            .Where(e => e.Value != UInt128.Zero)
            .Select(e => new AccountId32(e.Key.AsSpan(AlphaKeyColdkeyOffset, 32)))
            .ToList();

        if (SubnetOfAccount(newHotkey) is not null)
        {
            return CannotUseSystemAccount.ToDispatchError();
        }

        Owner.Remove(s, oldHotkey);
        Owner.Insert(s, newHotkey, coldkey);
        AccountId32[] owned = OwnedHotkeys.Get(s, coldkey);
        if (Array.IndexOf(owned, newHotkey) < 0)
        {
            owned = [.. owned, newHotkey];
        }

        AccountId32 old = oldHotkey;
        OwnedHotkeys.Insert(s, coldkey, [.. owned.Where(h => h != old)]);

        foreach (ushort netuid in ExistingSubnets(s).ToList())
        {
            if (PerformHotkeySwapOnOneSubnet(context, oldHotkey, newHotkey, netuid, keepStake) is { } error)
            {
                return error;
            }
        }

        LastRateLimitedBlock.Remove(s, RateLimitKey.LastTxBlock(oldHotkey));
        LastRateLimitedBlock.Remove(s, RateLimitKey.LastTxBlockDelegateTake(oldHotkey));
        LastRateLimitedBlock.Remove(s, RateLimitKey.LastTxBlockChildKeyTake(oldHotkey));

        if (Delegates.ContainsKey(s, oldHotkey))
        {
            ushort take = Delegates.Get(s, oldHotkey);
            Delegates.Remove(s, oldHotkey);
            Delegates.Insert(s, newHotkey, take);
        }

        if (!keepStake)
        {
            // One entry per non-zero share (a nominator on several subnets repeats, as upstream; the update is idempotent).
            AccountId32 fresh = newHotkey;
            foreach (AccountId32 nominator in nominators)
            {
                AccountId32[] staking = StakingHotkeys.Get(s, nominator);
                if (Array.IndexOf(staking, old) >= 0)
                {
                    StakingHotkeys.Insert(s, nominator, [.. staking.Where(h => h != old && h != fresh), fresh]);
                }
            }
        }

        return null;
    }

    /// <summary><c>swap_hotkey_on_subnet</c>: the per-subnet interval (no first-swap exemption), then the subnet swap.</summary>
    private DispatchResult SwapHotkeyOnSubnet(DispatchContext context, in AccountId32 coldkey, in AccountId32 oldHotkey, in AccountId32 newHotkey, ushort netuid, bool keepStake)
    {
        var s = context.Storage;
        ulong block = context.BlockNumber;
        if (SatAdd(LastHotkeySwapOnNetuid.Get(s, netuid, coldkey), HotkeySwapOnSubnetInterval) >= block)
        {
            return HotKeySwapOnSubnetIntervalNotPassed;
        }

        if (SubnetOfAccount(newHotkey) is not null)
        {
            return CannotUseSystemAccount;
        }

        if (IsNetworkMember.ContainsKey(s, newHotkey, netuid))
        {
            return HotKeyAlreadyRegisteredInSubNet;
        }

        if (!CanRemoveBalance(context, coldkey, KeySwapOnSubnetCost))
        {
            return NotEnoughBalanceToPaySwapHotKey;
        }

        if (RecycleTao(context, coldkey, KeySwapOnSubnetCost) is { } recycleError)
        {
            return recycleError;
        }

        // The old hotkey keeps its owner: it may still be registered on other subnets.
        Owner.Insert(s, newHotkey, coldkey);
        AccountId32[] owned = OwnedHotkeys.Get(s, coldkey);
        if (Array.IndexOf(owned, newHotkey) < 0)
        {
            OwnedHotkeys.Insert(s, coldkey, [.. owned, newHotkey]);
        }

        if (PerformHotkeySwapOnOneSubnet(context, oldHotkey, newHotkey, netuid, keepStake) is { } error)
        {
            return error;
        }

        LastRateLimitedBlock.Insert(s, RateLimitKey.LastTxBlock(coldkey), block);
        LastHotkeySwapOnNetuid.Insert(s, netuid, coldkey, block);
        context.DepositEvent(HotkeySwappedOnSubnet.Create(coldkey, oldHotkey, newHotkey, netuid));
        return DispatchResult.Ok;
    }

    /// <summary><c>perform_hotkey_swap_on_one_subnet</c>, for the storage this runtime keeps.</summary>
    private DispatchError? PerformHotkeySwapOnOneSubnet(DispatchContext context, in AccountId32 oldHotkey, in AccountId32 newHotkey, ushort netuid, bool keepStake)
    {
        var s = context.Storage;
        bool member = IsNetworkMember.Get(s, oldHotkey, netuid);
        IsNetworkMember.Remove(s, oldHotkey, netuid);
        IsNetworkMember.Insert(s, newHotkey, netuid, member);
        if (member)
        {
            if (Uids.TryGet(s, netuid, oldHotkey, out ushort uid))
            {
                Uids.Remove(s, netuid, oldHotkey);
                Uids.Insert(s, netuid, newHotkey, uid);
                Keys.Insert(s, netuid, uid, newHotkey);
            }

            if (Prometheus.TryGet(s, netuid, oldHotkey, out PrometheusInfo prometheus))
            {
                Prometheus.Remove(s, netuid, oldHotkey);
                Prometheus.Insert(s, netuid, newHotkey, prometheus);
            }

            if (Axons.TryGet(s, netuid, oldHotkey, out AxonInfo axon))
            {
                Axons.Remove(s, netuid, oldHotkey);
                Axons.Insert(s, netuid, newHotkey, axon);
            }

            if (WeightCommits.TryGet(s, netuid, oldHotkey, out WeightCommit[] commits))
            {
                WeightCommits.Remove(s, netuid, oldHotkey);
                WeightCommits.Insert(s, netuid, newHotkey, commits);
            }
        }

        if (SubnetOwnerHotkey.TryGet(s, netuid, out AccountId32 ownerHotkey) && ownerHotkey == oldHotkey)
        {
            // set_subnet_owner_hotkey.
            if (SubnetOfAccount(newHotkey) is not null)
            {
                return CannotUseSystemAccount.ToDispatchError();
            }

            SubnetOwnerHotkey.Insert(s, netuid, newHotkey);
            context.DepositEvent(SubnetOwnerHotkeySet.Create(netuid, newHotkey));
        }

        if (keepStake)
        {
            return null;
        }

        AlphaDividendsPerSubnet.Insert(s, netuid, newHotkey, SatAdd(AlphaDividendsPerSubnet.Get(s, netuid, oldHotkey), AlphaDividendsPerSubnet.Get(s, netuid, newHotkey)));
        AlphaDividendsPerSubnet.Remove(s, netuid, oldHotkey);

        // The coldkeys staking to the old hotkey on this subnet, in key order (upstream collects them into a BTreeSet).
        var coldkeys = new SortedSet<AccountId32>();
        foreach (KeyValuePair<byte[], UInt128> entry in Alpha.IteratePrefix(s, oldHotkey))
        {
            if (BinaryPrimitives.ReadUInt16LittleEndian(entry.Key.AsSpan(AlphaKeyColdkeyOffset + 32)) == netuid)
            {
                coldkeys.Add(new AccountId32(entry.Key.AsSpan(AlphaKeyColdkeyOffset, 32)));
            }
        }

        AccountId32 old = oldHotkey;
        AccountId32 fresh = newHotkey;
        foreach (AccountId32 nominator in coldkeys)
        {
            ulong alpha = GetStake(s, oldHotkey, nominator, netuid);
            DecreaseStake(s, oldHotkey, nominator, netuid, alpha);
            IncreaseStake(s, newHotkey, nominator, netuid, alpha);
            AccountId32[] staking = StakingHotkeys.Get(s, nominator);
            if (Array.IndexOf(staking, old) >= 0 && Array.IndexOf(staking, fresh) < 0)
            {
                StakingHotkeys.Insert(s, nominator, [.. staking, fresh]);
            }
        }

        return null;
    }

    /// <summary><c>coldkey_owns_hotkey</c>.</summary>
    public bool ColdkeyOwnsHotkey(IStorage storage, in AccountId32 coldkey, in AccountId32 hotkey) =>
        Owner.TryGet(storage, hotkey, out AccountId32 owner) && owner == coldkey;

    /// <summary><c>exceeds_tx_rate_limit</c>: within <c>TxRateLimit</c> blocks (inclusive) of the last transaction.</summary>
    public bool ExceedsTxRateLimit(IStorage storage, ulong previousBlock, ulong block)
    {
        ulong limit = TxRateLimit.Get(storage);
        return limit != 0 && previousBlock != 0 && SatSub(block, previousBlock) <= limit;
    }

    /// <summary><c>can_remove_balance_from_coldkey_account</c>: the amount fits the balance the account may spend down to zero.</summary>
    private bool CanRemoveBalance(DispatchContext context, in AccountId32 coldkey, ulong amount) =>
        amount <= _balances.ReducibleBalance(context, coldkey, Preservation.Expendable, Fortitude.Polite);

    /// <summary>
    /// <c>recycle_tao</c>: the amount must leave the account alive (<c>InsufficientBalance</c>); it is withdrawn and leaves
    /// both issuances.
    /// </summary>
    private DispatchError? RecycleTao(DispatchContext context, in AccountId32 coldkey, ulong amount)
    {
        if (!CanWithdraw(context, coldkey, amount))
        {
            return InsufficientBalance.ToDispatchError();
        }

        if (WithdrawTao(context, coldkey, amount) is { } error)
        {
            return error;
        }

        BurnSubtensorIssuance(context.Storage, amount);
        return null;
    }
}
