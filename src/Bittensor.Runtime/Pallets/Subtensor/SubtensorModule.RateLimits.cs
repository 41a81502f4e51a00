using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Scheduling;

namespace Bittensor.Runtime.Pallets.Subtensor;

/// <summary>
/// Origin checks and rate limits shared by the owner-or-root hyperparameter calls (AdminUtils) and SubtensorModule:
/// <c>ensure_subnet_owner_or_root</c>, <c>ensure_sn_owner_or_root_with_limits</c>, <c>ensure_admin_window_open</c>,
/// <c>record_owner_rl</c>, and the per-transaction-type last-block bookkeeping.
/// </summary>
/// <remarks>opentensor/subtensor@14bc6f9 <c>utils/misc.rs</c>, <c>utils/rate_limiting.rs</c>.</remarks>
public sealed partial class SubtensorModule
{
    /// <summary><c>ensure_subnet_owner_or_root</c>: Root gives <c>owner = null</c>; the subnet's owner coldkey gives itself; anything else is BadOrigin.</summary>
    public DispatchError? EnsureSubnetOwnerOrRoot(IStorage storage, Origin origin, ushort netuid, out AccountId32? owner)
    {
        owner = null;
        if (origin.IsRoot)
        {
            return null;
        }

        if (origin.TryGetSigner(out AccountId32 who) && SubnetOwner.Get(storage, netuid) == who)
        {
            owner = who;
            return null;
        }

        return DispatchError.BadOrigin;
    }

    /// <summary><c>ensure_subnet_owner</c>: only the subnet's owner coldkey (signed) passes.</summary>
    public DispatchError? EnsureSubnetOwner(IStorage storage, Origin origin, ushort netuid) =>
        origin.TryGetSigner(out AccountId32 who) && SubnetOwner.Get(storage, netuid) == who ? null : DispatchError.BadOrigin;

    /// <summary>
    /// <c>ensure_sn_owner_or_root_with_limits</c>: owner-or-root, and for the owner every listed rate limit must pass
    /// (<c>TxRateLimitExceeded</c>). <paramref name="parameter"/> keys <see cref="TransactionType.OwnerHyperparamUpdate"/>.
    /// </summary>
    public DispatchError? EnsureOwnerOrRootWithLimits(DispatchContext context, Origin origin, ushort netuid, TransactionType type, Hyperparameter parameter, out AccountId32? owner)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (EnsureSubnetOwnerOrRoot(context.Storage, origin, netuid, out owner) is { } error)
        {
            return error;
        }

        if (owner is { } who && !PassesRateLimitOnSubnet(context.Storage, type, parameter, who, netuid, context.BlockNumber))
        {
            return TxRateLimitExceeded;
        }

        return null;
    }

    /// <summary><c>record_owner_rl</c>: remembers the owner's last update block (root updates are not recorded).</summary>
    public void RecordOwnerRateLimit(DispatchContext context, AccountId32? owner, ushort netuid, TransactionType type, Hyperparameter parameter)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (owner is { } who)
        {
            SetLastBlockOnSubnet(context.Storage, type, parameter, who, netuid, context.BlockNumber);
        }
    }

    /// <summary><c>is_in_admin_freeze_window</c>: a pending trigger or fewer than <c>AdminFreezeWindow</c> blocks to the next epoch.</summary>
    public bool IsInAdminFreezeWindow(IStorage storage, ushort netuid, ulong block)
    {
        ushort tempo = Tempo.Get(storage, netuid);
        if (tempo == 0)
        {
            return false;
        }

        ulong pending = PendingEpochAt.Get(storage, netuid);
        if (pending > 0 && pending > block)
        {
            return true;
        }

        ulong remaining = EpochSchedule.BlocksUntilNextAutoEpoch(tempo, LastEpochBlock.Get(storage, netuid), block);
        return remaining < AdminFreezeWindow.Get(storage);
    }

    /// <summary><c>ensure_admin_window_open</c>.</summary>
    public DispatchError? EnsureAdminWindowOpen(DispatchContext context, ushort netuid)
    {
        ArgumentNullException.ThrowIfNull(context);
        return IsInAdminFreezeWindow(context.Storage, netuid, context.BlockNumber) ? AdminActionProhibitedDuringWeightsWindow.ToDispatchError() : null;
    }

    /// <summary><c>TransactionType::rate_limit_on_subnet</c>.</summary>
    public ulong RateLimitOnSubnet(IStorage storage, TransactionType type, ushort netuid) => type switch
    {
        TransactionType.SetWeightsVersionKey => (ulong)Tempo.Get(storage, netuid) * WeightsVersionKeyRateLimit.Get(storage),
        TransactionType.OwnerHyperparamUpdate => (ulong)Tempo.Get(storage, netuid) * OwnerHyperparamRateLimit.Get(storage),
        TransactionType.SetSNOwnerHotkey => DefaultSetSNOwnerHotkeyRateLimit,
        TransactionType.AddStakeBurn => Tempo.Get(storage, netuid),
        TransactionType.TempoUpdate => EpochSchedule.MinTempo,
        TransactionType.SetChildren => 150,
        TransactionType.RegisterNetwork => NetworkRateLimit.Get(storage),
        _ => 0,
    };

    /// <summary><c>TransactionType::last_block_on_subnet</c>.</summary>
    public ulong LastBlockOnSubnet(IStorage storage, TransactionType type, Hyperparameter parameter, in AccountId32 key, ushort netuid) => type switch
    {
        TransactionType.RegisterNetwork => NetworkLastRegistered.Get(storage),
        TransactionType.SetSNOwnerHotkey => LastRateLimitedBlock.Get(storage, RateLimitKey.SetSNOwnerHotkey(netuid)),
        TransactionType.OwnerHyperparamUpdate => LastRateLimitedBlock.Get(storage, RateLimitKey.OwnerHyperparamUpdate(netuid, parameter)),
        _ => TransactionKeyLastBlock.Get(storage, key, netuid, (ushort)type),
    };

    /// <summary><c>TransactionType::set_last_block_on_subnet</c>.</summary>
    public void SetLastBlockOnSubnet(IStorage storage, TransactionType type, Hyperparameter parameter, in AccountId32 key, ushort netuid, ulong block)
    {
        switch (type)
        {
            case TransactionType.RegisterNetwork:
                NetworkLastRegistered.Put(storage, block);
                break;
            case TransactionType.SetSNOwnerHotkey:
                LastRateLimitedBlock.Insert(storage, RateLimitKey.SetSNOwnerHotkey(netuid), block);
                break;
            case TransactionType.OwnerHyperparamUpdate:
                LastRateLimitedBlock.Insert(storage, RateLimitKey.OwnerHyperparamUpdate(netuid, parameter), block);
                break;
            default:
                TransactionKeyLastBlock.Insert(storage, block, key, netuid, (ushort)type);
                break;
        }
    }

    /// <summary><c>TransactionType::passes_rate_limit_on_subnet</c>.</summary>
    public bool PassesRateLimitOnSubnet(IStorage storage, TransactionType type, Hyperparameter parameter, in AccountId32 key, ushort netuid, ulong block) =>
        PassesRateLimit(RateLimitOnSubnet(storage, type, netuid), block, LastBlockOnSubnet(storage, type, parameter, key, netuid));
}
