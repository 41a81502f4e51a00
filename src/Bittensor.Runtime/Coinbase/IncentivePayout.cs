using Bittensor.Core.Primitives;

namespace Bittensor.Runtime.Coinbase;

/// <summary>A miner's incentive, staked to the destination hotkey for the miner's owner coldkey.</summary>
/// <param name="Miner">The miner hotkey that earned it.</param>
/// <param name="Destination">The miner itself, or the owner's <c>AutoStakeDestination</c> (then an AutoStakeAdded event).</param>
/// <param name="Coldkey">The miner's owner coldkey.</param>
/// <param name="Amount">Alpha.</param>
/// <param name="AutoStaked">Whether an auto-stake destination was used.</param>
public readonly record struct IncentivePayout(AccountId32 Miner, AccountId32 Destination, AccountId32 Coldkey, ulong Amount, bool AutoStaked);
