using Bittensor.Core.Primitives;

namespace Bittensor.Runtime.Coinbase;

/// <summary>Alpha to stake to (hotkey, coldkey) on the subnet (<c>increase_stake_for_hotkey_and_coldkey_on_subnet</c>).</summary>
/// <param name="Hotkey">Hotkey staked to.</param>
/// <param name="Coldkey">Coldkey credited.</param>
/// <param name="Amount">Alpha.</param>
public readonly record struct StakeCredit(AccountId32 Hotkey, AccountId32 Coldkey, ulong Amount);
