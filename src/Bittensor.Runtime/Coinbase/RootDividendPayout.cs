using Bittensor.Core.Primitives;

namespace Bittensor.Runtime.Coinbase;

/// <summary>A validator's root alpha dividend: the take staked to (hotkey, owner), the rest made claimable by its root stakers.</summary>
/// <param name="Hotkey">The validator hotkey.</param>
/// <param name="Owner">Its owner coldkey.</param>
/// <param name="Take">Staked to (hotkey, owner) on the subnet.</param>
/// <param name="Claimable">Passed to <c>increase_root_claimable_for_hotkey_and_subnet</c>; also the value of <c>RootAlphaDividendsPerSubnet</c>.</param>
public readonly record struct RootDividendPayout(AccountId32 Hotkey, AccountId32 Owner, ulong Take, ulong Claimable);
