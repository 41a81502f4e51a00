namespace Bittensor.Runtime.Api.Subtensor;

/// <summary>
/// Values the runtime APIs report for upstream storage items this runtime does not have yet: what upstream returns for an
/// absent entry (the item's <c>ValueQuery</c> default with the finney runtime's <c>SubtensorInitial*</c> constants, or
/// <c>None</c> for an <c>OptionQuery</c>). When the pallet gains one of these items, the API should read it instead.
/// </summary>
/// <remarks>
/// opentensor/subtensor@14bc6f9 <c>pallets/subtensor/src/lib.rs</c> (type_values) and <c>runtime/src/lib.rs</c>. Items:
/// ScalingLawPower, NetworkPowRegistrationAllowed, ActivityCutoffFactorMilli, OwnerCutEnabled,
/// OwnerCutAutoLockEnabled, MinChildkeyTake / MinChildkeyTakePerSubnet, TokenSymbol, MechanismCountCurrent; the OptionQuery
/// maps Prometheus, SubnetIdentitiesV3, IdentitiesV2, AutoStakeDestination and the lock maps (Lock, HotkeyLock,
/// DecayingHotkeyLock) read as absent; LastHotkeyEmissionOnNetuid reads 0; pallet_commitments has no
/// commitments.
/// </remarks>
internal static class AbsentStorage
{
    public const ushort ScalingLawPower = 50;
    public const bool NetworkPowRegistrationAllowed = true;
    public const uint ActivityCutoffFactorMilli = 13_889;
    public const bool OwnerCutEnabled = true;
    public const bool OwnerCutAutoLockEnabled = false;
    public const ushort MinChildkeyTake = 0;
    public const byte MechanismCount = 1;

    /// <summary><c>GLOBAL_MAX_SUBNET_COUNT</c>: mechanism <c>m</c> of subnet <c>n</c> keeps its per-uid vectors at index <c>m·4096 + n</c>.</summary>
    public const ushort GlobalMaxSubnetCount = 4096;

    /// <summary><c>DefaultUnicodeVecU8</c>: the <c>TokenSymbol</c> default, 𝜏 (U+1D70F) in UTF-8.</summary>
    public static byte[] TokenSymbol() => [0xF0, 0x9D, 0x9C, 0x8F];
}
