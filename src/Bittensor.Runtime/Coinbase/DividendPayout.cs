using Bittensor.Core.Primitives;

namespace Bittensor.Runtime.Coinbase;

/// <summary>A validator's alpha dividend: the take staked to (hotkey, owner), the rest added to the hotkey's pool for all its nominators.</summary>
/// <param name="Hotkey">The validator hotkey.</param>
/// <param name="Owner">Its owner coldkey.</param>
/// <param name="Take">Staked to (hotkey, owner).</param>
/// <param name="Nominators">Added to the hotkey's share pool; also the value of <c>AlphaDividendsPerSubnet</c>.</param>
public readonly record struct DividendPayout(AccountId32 Hotkey, AccountId32 Owner, ulong Take, ulong Nominators);
