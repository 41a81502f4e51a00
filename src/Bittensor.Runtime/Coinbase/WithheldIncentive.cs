using Bittensor.Core.Primitives;

namespace Bittensor.Runtime.Coinbase;

/// <summary>Miner incentive of one of the subnet owner's hotkeys, withheld from staking.</summary>
/// <param name="Hotkey">The owner hotkey.</param>
/// <param name="Amount">Alpha.</param>
/// <param name="Recycled">Recycled (off <c>SubnetAlphaOut</c>) rather than burned.</param>
public readonly record struct WithheldIncentive(AccountId32 Hotkey, ulong Amount, bool Recycled);
