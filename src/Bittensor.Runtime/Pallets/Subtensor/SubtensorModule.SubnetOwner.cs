using System.Text;
using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework;

namespace Bittensor.Runtime.Pallets.Subtensor;

/// <summary>Setting a subnet owner's hotkey (<c>do_set_sn_owner_hotkey</c>) and recognising subnet system accounts.</summary>
/// <remarks>opentensor/subtensor@14bc6f9 <c>subnets/subnet.rs::{do_set_sn_owner_hotkey, is_subnet_account_id}</c>,
/// <c>utils/misc.rs::set_subnet_owner_hotkey</c>.</remarks>
public sealed partial class SubtensorModule
{
    private static readonly byte[] SubnetAccountPrefix = Encoding.ASCII.GetBytes("modlsubtensr");

    /// <summary>
    /// <c>is_subnet_account_id</c>: the netuid whose pallet sub-account (<c>PalletId(*b"subtensr").into_sub_account_truncating(netuid)</c>:
    /// "modl" ++ "subtensr" ++ netuid LE, zero padded) <paramref name="account"/> is, or null.
    /// </summary>
    public static ushort? SubnetOfAccount(in AccountId32 account)
    {
        ReadOnlySpan<byte> bytes = account.AsSpan();
        if (!bytes.StartsWith(SubnetAccountPrefix) || bytes[14..].ContainsAnyExcept((byte)0))
        {
            return null;
        }

        return (ushort)(bytes[12] | (bytes[13] << 8));
    }

    /// <summary>
    /// <c>do_set_sn_owner_hotkey</c>: owner-or-root; the subnet must exist (<c>SubnetNotExists</c>); once per
    /// <c>DefaultSetSNOwnerHotkeyRateLimit</c> blocks per subnet (<c>TxRateLimitExceeded</c>, also for root); no system account.
    /// </summary>
    public DispatchError? DoSetSnOwnerHotkey(DispatchContext context, Origin origin, ushort netuid, in AccountId32 hotkey)
    {
        ArgumentNullException.ThrowIfNull(context);
        var s = context.Storage;
        if (EnsureSubnetOwnerOrRoot(s, origin, netuid, out _) is { } error)
        {
            return error;
        }

        if (!NetworksAdded.Get(s, netuid))
        {
            return SubnetNotExists;
        }

        if (!PassesRateLimitOnSubnet(s, TransactionType.SetSNOwnerHotkey, Hyperparameter.Unknown, hotkey, netuid, context.BlockNumber))
        {
            return TxRateLimitExceeded;
        }

        SetLastBlockOnSubnet(s, TransactionType.SetSNOwnerHotkey, Hyperparameter.Unknown, hotkey, netuid, context.BlockNumber);
        if (SubnetOfAccount(hotkey) is not null)
        {
            return CannotUseSystemAccount;
        }

        SubnetOwnerHotkey.Insert(s, netuid, hotkey);
        context.DepositEvent(SubnetOwnerHotkeySet.Create(netuid, hotkey));
        return null;
    }
}
