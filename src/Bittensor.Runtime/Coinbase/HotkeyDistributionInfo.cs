using Bittensor.Core.Primitives;

namespace Bittensor.Runtime.Coinbase;

/// <summary>What the distribution reads about one hotkey (before any of this epoch's payouts).</summary>
/// <param name="AlphaStake"><c>get_stake_for_hotkey_on_subnet(hotkey, netuid)</c>.</param>
/// <param name="RootStake"><c>get_stake_for_hotkey_on_subnet(hotkey, ROOT)</c>.</param>
/// <param name="Owner"><c>Owner[hotkey]</c> (the zero account when unset, as upstream's ValueQuery default).</param>
/// <param name="DelegateTake"><c>Delegates[hotkey]</c> (1/65535).</param>
/// <param name="ChildkeyTake"><c>get_childkey_take(hotkey, netuid)</c>: the stored take raised to the effective minimum.</param>
/// <param name="Children"><c>ChildKeys[hotkey, netuid]</c>.</param>
/// <param name="Parents"><c>ParentKeys[hotkey, netuid]</c>, in storage order.</param>
public sealed record HotkeyDistributionInfo(
    ulong AlphaStake,
    ulong RootStake,
    AccountId32 Owner,
    ushort DelegateTake,
    ushort ChildkeyTake,
    IReadOnlyList<ChildKeyLink> Children,
    IReadOnlyList<ChildKeyLink> Parents)
{
    /// <summary>A hotkey with no stake, no owner, no links and the given delegate take.</summary>
    public static HotkeyDistributionInfo Empty(ushort delegateTake) => new(0, 0, default, delegateTake, 0, [], []);
}
