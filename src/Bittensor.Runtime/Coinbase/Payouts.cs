using Bittensor.Core.Primitives;

namespace Bittensor.Runtime.Coinbase;

/// <summary>Alpha to stake to (hotkey, coldkey) on the subnet (<c>increase_stake_for_hotkey_and_coldkey_on_subnet</c>).</summary>
/// <param name="Hotkey">Hotkey staked to.</param>
/// <param name="Coldkey">Coldkey credited.</param>
/// <param name="Amount">Alpha.</param>
public readonly record struct StakeCredit(AccountId32 Hotkey, AccountId32 Coldkey, ulong Amount);

/// <summary>A miner's incentive, staked to the destination hotkey for the miner's owner coldkey.</summary>
/// <param name="Miner">The miner hotkey that earned it.</param>
/// <param name="Destination">The miner itself, or the owner's <c>AutoStakeDestination</c> (then an AutoStakeAdded event).</param>
/// <param name="Coldkey">The miner's owner coldkey.</param>
/// <param name="Amount">Alpha.</param>
/// <param name="AutoStaked">Whether an auto-stake destination was used.</param>
public readonly record struct IncentivePayout(AccountId32 Miner, AccountId32 Destination, AccountId32 Coldkey, ulong Amount, bool AutoStaked);

/// <summary>Miner incentive of one of the subnet owner's hotkeys, withheld from staking.</summary>
/// <param name="Hotkey">The owner hotkey.</param>
/// <param name="Amount">Alpha.</param>
/// <param name="Recycled">Recycled (off <c>SubnetAlphaOut</c>) rather than burned.</param>
public readonly record struct WithheldIncentive(AccountId32 Hotkey, ulong Amount, bool Recycled);

/// <summary>A validator's alpha dividend: the take staked to (hotkey, owner), the rest added to the hotkey's pool for all its nominators.</summary>
/// <param name="Hotkey">The validator hotkey.</param>
/// <param name="Owner">Its owner coldkey.</param>
/// <param name="Take">Staked to (hotkey, owner).</param>
/// <param name="Nominators">Added to the hotkey's share pool; also the value of <c>AlphaDividendsPerSubnet</c>.</param>
public readonly record struct DividendPayout(AccountId32 Hotkey, AccountId32 Owner, ulong Take, ulong Nominators);

/// <summary>A validator's root alpha dividend: the take staked to (hotkey, owner), the rest made claimable by its root stakers.</summary>
/// <param name="Hotkey">The validator hotkey.</param>
/// <param name="Owner">Its owner coldkey.</param>
/// <param name="Take">Staked to (hotkey, owner) on the subnet.</param>
/// <param name="Claimable">Passed to <c>increase_root_claimable_for_hotkey_and_subnet</c>; also the value of <c>RootAlphaDividendsPerSubnet</c>.</param>
public readonly record struct RootDividendPayout(AccountId32 Hotkey, AccountId32 Owner, ulong Take, ulong Claimable);
