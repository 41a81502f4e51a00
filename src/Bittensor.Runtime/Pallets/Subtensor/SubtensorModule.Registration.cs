using Bittensor.Core.FixedPoint;
using Bittensor.Core.Primitives;
using Bittensor.Runtime.Coinbase;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Framework.Types;
using Bittensor.Runtime.Registration;
using Bittensor.Runtime.Scheduling;
using Bittensor.Runtime.Swap;

namespace Bittensor.Runtime.Pallets.Subtensor;

/// <summary>Subnet registration (<c>register_network</c>, <c>start_call</c>) and neuron registration (<c>burned_register</c>).</summary>
/// <remarks>opentensor/subtensor@14bc6f9 <c>subnets/subnet.rs::{do_register_network, init_new_network, do_start_call}</c>,
/// <c>subnets/registration.rs::{do_burned_registration, get_neuron_to_prune}</c>, <c>subnets/uids.rs</c>.</remarks>
public sealed partial class SubtensorModule
{
    /// <summary><c>ImmuneOwnerUidsLimit</c> default.</summary>
    public const ushort DefaultImmuneOwnerUidsLimit = 1;

    /// <summary><c>MinNonImmuneUids</c> default.</summary>
    public const ushort MinNonImmuneUids = 10;

    public CallDescriptor BurnedRegister { get; private set; } = null!;

    public CallDescriptor RegisterNetwork { get; private set; } = null!;

    public CallDescriptor StartCall { get; private set; } = null!;

    private void DefineRegistrationCalls()
    {
        BurnedRegister = DefineCall(7, "burned_register", [P("netuid", TypeRef.U16, "NetUid"), P("hotkey", KnownTypes.AccountId32, "T::AccountId")], DoBurnedRegister, new Weight(354_200_000, 0).SaturatingAdd(BlockLimits.ReadsWrites(47, 40)), docs: " Registers a hotkey on a subnet by paying the current burn.");
        RegisterNetwork = DefineCall(59, "register_network", [P("hotkey", KnownTypes.AccountId32, "T::AccountId")], DoRegisterNetwork, new Weight(276_300_000, 0).SaturatingAdd(BlockLimits.ReadsWrites(49, 43)), docs: " Registers a new subnet owned by the caller, paying the lock cost.");
        StartCall = DefineCall(92, "start_call", [P("netuid", TypeRef.U16, "NetUid")], DoStartCall, new Weight(15_000_000, 0).SaturatingAdd(BlockLimits.ReadsWrites(3, 2)), docs: " Starts emission on a subnet (owner only, after StartCallDelay).");
    }

    /// <summary>The current subnet lock cost (<c>get_network_lock_cost</c>).</summary>
    public ulong NetworkLockCostNow(IStorage storage, ulong block)
    {
        ulong interval = NetworkLockCost.ReductionInterval(NetworkLockReductionInterval.Get(storage), BlockEmission.Get(storage));
        return NetworkLockCost.LockCost(NetworkLastLockCost.Get(storage), NetworkMinLockCost.Get(storage), NetworkLastRegistered.Get(storage), block, interval);
    }

    /// <summary>Adds a subnet with the given owner, as <c>init_new_network</c> plus <c>do_register_network</c>'s bookkeeping.</summary>
    internal void InitNewNetwork(DispatchContext context, ushort netuid, ushort mechanism, ulong block)
    {
        IStorage s = context.Storage;
        SubnetDefaults d = NewSubnetDefaults;
        NetworksAdded.Insert(s, netuid, true);
        TotalNetworks.Mutate(s, v => (ushort)(v + 1));
        SubnetworkN.Insert(s, netuid, 0);
        SubnetMechanism.Insert(s, netuid, mechanism);
        NetworkRegisteredAt.Insert(s, netuid, block);
        ushort tempo = netuid == RootNetUid ? DefaultTempo : d.Tempo;
        Tempo.Insert(s, netuid, tempo);
        LastEpochBlock.Insert(s, netuid, EpochSchedule.InitialLastEpochBlock(netuid, tempo, block));
        MaxAllowedUids.Insert(s, netuid, 256);
        MaxAllowedValidators.Insert(s, netuid, 64);
        MinAllowedWeights.Insert(s, netuid, 1);
        ImmunityPeriod.Insert(s, netuid, 5000);
        Yuma3On.Insert(s, netuid, d.Yuma3On);
        Burn.Insert(s, netuid, DefaultNeuronBurnCost);
        NetworkRegistrationAllowed.Insert(s, netuid, true);
        CommitRevealWeightsEnabled.Insert(s, netuid, d.CommitRevealWeightsEnabled);
        WeightsSetRateLimit.Insert(s, netuid, d.WeightsSetRateLimit);
        SubnetEmissionEnabled.Insert(s, netuid, d.EmissionEnabledAtCreation);
    }

    private DispatchResult DoRegisterNetwork(DispatchContext context, Origin origin, CallArgs args)
    {
        if (!origin.TryGetSigner(out AccountId32 coldkey))
        {
            return DispatchError.BadOrigin;
        }

        AccountId32 hotkey = args.AccountId(0);
        IStorage s = context.Storage;
        ulong block = context.BlockNumber;
        if (!PassesRateLimit(NetworkRateLimit.Get(s), block, NetworkLastRegistered.Get(s)))
        {
            return NetworkTxRateLimitExceeded;
        }

        if (Owner.TryGet(s, hotkey, out AccountId32 existing) && existing != coldkey)
        {
            return NonAssociatedColdKey;
        }

        ushort? free = null;
        ushort limit = SubnetLimit.Get(s);
        for (ushort candidate = 1; candidate <= limit; candidate++)
        {
            if (!NetworksAdded.Get(s, candidate))
            {
                free = candidate;
                break;
            }
        }

        // Subnet pruning (dissolving the lowest-priced non-immune subnet) is not in this slice.
        if (free is not { } netuid || TotalNetworks.Get(s) > limit)
        {
            return SubnetLimitReached;
        }

        ulong lockCost = NetworkLockCostNow(s, block);
        if (!CanWithdraw(context, coldkey, lockCost))
        {
            return CannotAffordLockCost;
        }

        U64F64 median = SubnetPoolSeed.MedianAlphaPrice(ExistingSubnets(s).Where(n => n != RootNetUid).Select(n => SwapEngine.CurrentPrice(GetPool(s, n))));
        if (WithdrawTao(context, coldkey, lockCost) is { } withdrawError)
        {
            return withdrawError;
        }

        NetworkLastLockCost.Put(s, lockCost);
        NetworkLastRegistered.Put(s, block);
        InitNewNetwork(context, netuid, 1, block);
        SubnetPoolSeed seed = SubnetPoolSeed.Create(lockCost, NetworkMinLockCost.Get(s), median);
        SubnetTAO.Insert(s, netuid, seed.SubnetTao);
        SubnetAlphaIn.Insert(s, netuid, seed.SubnetAlphaIn);
        SubnetAlphaOut.Insert(s, netuid, 0);
        SubnetLocked.Insert(s, netuid, lockCost);
        TotalStake.Mutate(s, v => SatAdd(v, seed.SubnetTao));
        if (seed.RecycledTao != 0)
        {
            BurnSubtensorIssuance(s, seed.RecycledTao);
            RAORecycledForRegistration.Mutate(s, netuid, v => SatAdd(v, seed.RecycledTao));
        }

        CreateAccountIfNonExistent(s, coldkey, hotkey);
        SubnetOwner.Insert(s, netuid, coldkey);
        SubnetOwnerHotkey.Insert(s, netuid, hotkey);
        AppendNeuron(s, netuid, hotkey, block);
        context.DepositEvent(NetworkAdded.Create(netuid, (ushort)1));
        return DispatchResult.Ok;
    }

    private DispatchResult DoStartCall(DispatchContext context, Origin origin, CallArgs args)
    {
        if (!origin.TryGetSigner(out AccountId32 coldkey))
        {
            return DispatchError.BadOrigin;
        }

        ushort netuid = args.U16(0);
        IStorage s = context.Storage;
        if (!NetworksAdded.Get(s, netuid))
        {
            return SubnetNotExists;
        }

        if (SubnetOwner.Get(s, netuid) != coldkey)
        {
            return DispatchError.BadOrigin;
        }

        if (FirstEmissionBlockNumber.ContainsKey(s, netuid))
        {
            return FirstEmissionBlockNumberAlreadySet;
        }

        ulong block = context.BlockNumber;
        if (block < SatAdd(NetworkRegisteredAt.Get(s, netuid), StartCallDelay.Get(s)))
        {
            return NeedWaitingMoreBlocksToStarCall;
        }

        ulong first = block + 1;
        FirstEmissionBlockNumber.Insert(s, netuid, first);
        SubtokenEnabled.Insert(s, netuid, true);
        context.DepositEvent(FirstEmissionBlockNumberSet.Create(netuid, first));
        return DispatchResult.Ok;
    }

    private DispatchResult DoBurnedRegister(DispatchContext context, Origin origin, CallArgs args)
    {
        if (!origin.TryGetSigner(out AccountId32 coldkey))
        {
            return DispatchError.BadOrigin;
        }

        ushort netuid = args.U16(0);
        AccountId32 hotkey = args.AccountId(1);
        IStorage s = context.Storage;
        ulong block = context.BlockNumber;
        if (netuid == RootNetUid)
        {
            return RegistrationNotPermittedOnRootSubnet;
        }

        if (!NetworksAdded.Get(s, netuid))
        {
            return SubnetNotExists;
        }

        if (!NetworkRegistrationAllowed.Get(s, netuid))
        {
            return SubNetRegistrationDisabled;
        }

        if (Uids.ContainsKey(s, netuid, hotkey))
        {
            return HotKeyAlreadyRegisteredInSubNet;
        }

        ulong cost = Burn.Get(s, netuid);
        if (!CanWithdraw(context, coldkey, cost))
        {
            return NotEnoughBalanceToStake;
        }

        if (Owner.TryGet(s, hotkey, out AccountId32 existing) && existing != coldkey)
        {
            return NonAssociatedColdKey;
        }

        ushort maxUids = MaxAllowedUids.Get(s, netuid);
        ushort n = SubnetworkN.Get(s, netuid);
        ushort? prune = null;
        if (maxUids == 0)
        {
            return NoNeuronIdAvailable;
        }

        if (n >= maxUids)
        {
            prune = NeuronToPrune(s, netuid, block);
            if (prune is null)
            {
                return NoNeuronIdAvailable;
            }
        }

        if (WithdrawTao(context, coldkey, cost) is { } withdrawError)
        {
            return withdrawError;
        }

        // The burn buys alpha through the pool (normal fees) and the bought alpha is destroyed: the TAO stays in the pool.
        SwapOutcome swap = SwapTaoIn(context, netuid, cost, SwapEngine.MaxPriceRao, false);
        if (swap.IsSuccess)
        {
            SubnetAlphaOut.Mutate(s, netuid, v => SatSub(v, swap.Result.AmountPaidOut));
        }
        else
        {
            BurnSubtensorIssuance(s, cost);
        }

        CreateAccountIfNonExistent(s, coldkey, hotkey);
        ushort uid = prune is { } replaced ? ReplaceNeuron(s, netuid, replaced, hotkey, block) : AppendNeuron(s, netuid, hotkey, block);
        Burn.Insert(s, netuid, BurnPrice.BumpAfterRegistration(cost, U64F64.FromBits(BurnIncreaseMult.Get(s, netuid)), MinBurn.Get(s, netuid), MaxBurn.Get(s, netuid)));
        RAORecycledForRegistration.Mutate(s, netuid, v => SatAdd(v, cost));
        context.DepositEvent(NeuronRegistered.Create(netuid, uid, hotkey));
        return DispatchResult.Ok;
    }

    /// <summary>Existing netuids in ascending order.</summary>
    public IEnumerable<ushort> ExistingSubnets(IStorage storage) =>
        NetworksAdded.Iterate(storage).Where(e => e.Value).Select(e => e.Key).Order();

    private void CreateAccountIfNonExistent(IStorage s, in AccountId32 coldkey, in AccountId32 hotkey)
    {
        if (!Owner.ContainsKey(s, hotkey))
        {
            Owner.Insert(s, hotkey, coldkey);
            AccountId32[] owned = OwnedHotkeys.Get(s, coldkey);
            OwnedHotkeys.Insert(s, coldkey, [.. owned, hotkey]);
            AddStakingHotkey(s, coldkey, hotkey);
        }
    }

    /// <summary><c>append_neuron</c>: uid = n, every per-uid vector grows by one.</summary>
    internal ushort AppendNeuron(IStorage s, ushort netuid, in AccountId32 hotkey, ulong block)
    {
        ushort uid = SubnetworkN.Get(s, netuid);
        SubnetworkN.Insert(s, netuid, (ushort)(uid + 1));
        Keys.Insert(s, netuid, uid, hotkey);
        Uids.Insert(s, netuid, hotkey, uid);
        IsNetworkMember.Insert(s, hotkey, netuid, true);
        BlockAtRegistration.Insert(s, netuid, uid, block);
        LastUpdate.Insert(s, netuid, [.. Resized(LastUpdate.Get(s, netuid), uid), block]);
        Active.Insert(s, netuid, [.. Resized(Active.Get(s, netuid), uid), true]);
        Emission.Insert(s, netuid, [.. Resized(Emission.Get(s, netuid), uid), 0UL]);
        Incentive.Insert(s, netuid, [.. Resized(Incentive.Get(s, netuid), uid), (ushort)0]);
        Consensus.Insert(s, netuid, [.. Resized(Consensus.Get(s, netuid), uid), (ushort)0]);
        Dividends.Insert(s, netuid, [.. Resized(Dividends.Get(s, netuid), uid), (ushort)0]);
        ValidatorTrust.Insert(s, netuid, [.. Resized(ValidatorTrust.Get(s, netuid), uid), (ushort)0]);
        ValidatorPermit.Insert(s, netuid, [.. Resized(ValidatorPermit.Get(s, netuid), uid), false]);
        StakeWeight.Insert(s, netuid, [.. Resized(StakeWeight.Get(s, netuid), uid), (ushort)0]);
        return uid;
    }

    private static T[] Resized<T>(T[] array, int length)
    {
        if (array.Length != length)
        {
            Array.Resize(ref array, length);
        }

        return array;
    }

    /// <summary><c>replace_neuron</c>: the uid gets the new hotkey; its per-uid state, bonds, weights (set by and to it) and axon are cleared.</summary>
    internal ushort ReplaceNeuron(IStorage s, ushort netuid, ushort uid, in AccountId32 hotkey, ulong block)
    {
        AccountId32 old = Keys.Get(s, netuid, uid);
        Uids.Remove(s, netuid, old);
        IsNetworkMember.Remove(s, old, netuid);
        Axons.Remove(s, netuid, old);
        Keys.Insert(s, netuid, uid, hotkey);
        Uids.Insert(s, netuid, hotkey, uid);
        IsNetworkMember.Insert(s, hotkey, netuid, true);
        BlockAtRegistration.Insert(s, netuid, uid, block);
        SetAt(s, LastUpdate, netuid, uid, block);
        SetAt(s, Emission, netuid, uid, 0UL);
        SetAt(s, Incentive, netuid, uid, (ushort)0);
        SetAt(s, Consensus, netuid, uid, (ushort)0);
        SetAt(s, Dividends, netuid, uid, (ushort)0);
        SetAt(s, ValidatorTrust, netuid, uid, (ushort)0);
        SetAt(s, ValidatorPermit, netuid, uid, false);
        Bonds.Remove(s, netuid, uid);
        Weights.Remove(s, netuid, uid);
        foreach (KeyValuePair<ushort, (ushort Uid, ushort Value)[]> row in Weights.IteratePrefix(s, netuid).ToList())
        {
            if (row.Value.Any(e => e.Uid == uid))
            {
                Weights.Insert(s, netuid, row.Key, [.. row.Value.Select(e => e.Uid == uid ? (e.Uid, (ushort)0) : e)]);
            }
        }

        return uid;
    }

    private static void SetAt<T>(IStorage s, StorageMap<ushort, T[]> map, ushort netuid, ushort uid, T value)
    {
        T[] array = map.Get(s, netuid);
        if (uid < array.Length)
        {
            array[uid] = value;
            map.Insert(s, netuid, array);
        }
    }

    /// <summary>
    /// <c>get_neuron_to_prune</c>: the owner's immortal uids (owner hotkey first, then the coldkey's earliest-registered
    /// hotkeys, up to <c>ImmuneOwnerUidsLimit</c>) are skipped; the minimum by (emission, registration block, uid) among
    /// non-immune uids if more than <see cref="MinNonImmuneUids"/> are non-immune, else among immune ones.
    /// </summary>
    public ushort? NeuronToPrune(IStorage s, ushort netuid, ulong block)
    {
        ushort n = SubnetworkN.Get(s, netuid);
        AccountId32 ownerColdkey = SubnetOwner.Get(s, netuid);
        var immortal = new List<ushort>();
        if (SubnetOwnerHotkey.TryGet(s, netuid, out AccountId32 ownerHotkey) && Uids.TryGet(s, netuid, ownerHotkey, out ushort ownerUid))
        {
            immortal.Add(ownerUid);
        }

        foreach ((ushort uid, ulong _) in OwnedHotkeys.Get(s, ownerColdkey)
                     .Select(h => Uids.TryGet(s, netuid, h, out ushort u) ? (ushort?)u : null)
                     .OfType<ushort>()
                     .Select(u => (u, BlockAtRegistration.Get(s, netuid, u)))
                     .OrderBy(t => t.Item2).ThenBy(t => t.u))
        {
            if (!immortal.Contains(uid))
            {
                immortal.Add(uid);
            }
        }

        int limit = ImmuneOwnerUidsLimit.Get(s, netuid);
        if (immortal.Count > limit)
        {
            immortal.RemoveRange(limit, immortal.Count - limit);
        }

        ulong[] emission = Emission.Get(s, netuid);
        ushort immunity = ImmunityPeriod.Get(s, netuid);
        (ulong, ulong, ushort)? bestImmune = null;
        (ulong, ulong, ushort)? bestOther = null;
        int nonImmune = 0;
        for (ushort uid = 0; uid < n; uid++)
        {
            if (immortal.Contains(uid))
            {
                continue;
            }

            ulong registered = BlockAtRegistration.Get(s, netuid, uid);
            var key = (uid < emission.Length ? emission[uid] : 0UL, registered, uid);
            if (block - Math.Min(block, registered) < immunity)
            {
                bestImmune = bestImmune is { } b && b.CompareTo(key) <= 0 ? b : key;
            }
            else
            {
                nonImmune++;
                bestOther = bestOther is { } b && b.CompareTo(key) <= 0 ? b : key;
            }
        }

        (ulong, ulong, ushort)? chosen = nonImmune > MinNonImmuneUids ? bestOther : bestImmune ?? bestOther;
        return chosen?.Item3;
    }

    /// <summary>What <c>subnets_to_emit_to</c> needs to know about a subnet.</summary>
    internal EmissionEligibility Eligibility(IStorage s, ushort netuid) =>
        new(netuid, FirstEmissionBlockNumber.TryGet(s, netuid, out ulong first) ? first : null, SubtokenEnabled.Get(s, netuid), NetworkRegistrationAllowed.Get(s, netuid));
}
