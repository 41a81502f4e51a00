using Bittensor.Core.FixedPoint;
using Bittensor.Core.Primitives;

namespace Bittensor.Runtime.Coinbase;

/// <summary>Everything <see cref="EmissionDistribution.Distribute"/> reads for one subnet's epoch.</summary>
/// <param name="Pending">The drained accumulators.</param>
/// <param name="Emission">The epoch's per-hotkey incentive and dividend.</param>
/// <param name="TaoWeight"><see cref="Proportions.TaoWeight"/>.</param>
/// <param name="CkBurn"><see cref="Proportions.CkBurn"/>.</param>
/// <param name="Hotkeys">Per hotkey (emission rows and their parents); missing ones read as <see cref="HotkeyDistributionInfo.Empty"/>.</param>
/// <param name="DefaultDelegateTake">The <c>Delegates</c> default for hotkeys missing from <paramref name="Hotkeys"/>.</param>
/// <param name="SubnetOwner"><c>SubnetOwner</c>, <see langword="null"/> when unset.</param>
/// <param name="SubnetOwnerHotkey"><c>SubnetOwnerHotkey</c>, <see langword="null"/> when unset.</param>
/// <param name="OwnerHotkeys">The owner's immune hotkeys (<see cref="EmissionDistribution.OwnerHotkeys"/>).</param>
/// <param name="AutoStakeDestinations"><c>AutoStakeDestination[coldkey, netuid]</c> by coldkey.</param>
/// <param name="RecycleOrBurn"><c>RecycleOrBurn</c>, <see langword="null"/> when unset (burn).</param>
public sealed record DistributionInput(
    PendingEmission Pending,
    IReadOnlyList<HotkeyEmission> Emission,
    U96F32 TaoWeight,
    U96F32 CkBurn,
    IReadOnlyDictionary<AccountId32, HotkeyDistributionInfo> Hotkeys,
    ushort DefaultDelegateTake,
    AccountId32? SubnetOwner,
    AccountId32? SubnetOwnerHotkey,
    IReadOnlyList<AccountId32> OwnerHotkeys,
    IReadOnlyDictionary<AccountId32, AccountId32> AutoStakeDestinations,
    RecycleOrBurn? RecycleOrBurn)
{
    /// <summary>The stored info of <paramref name="hotkey"/>, or the empty default.</summary>
    public HotkeyDistributionInfo Info(AccountId32 hotkey) =>
        Hotkeys.TryGetValue(hotkey, out HotkeyDistributionInfo? info) ? info : HotkeyDistributionInfo.Empty(DefaultDelegateTake);
}
