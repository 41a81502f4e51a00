using Bittensor.Core.Primitives;

namespace Bittensor.Cli.Stake;

/// <summary>One (hotkey, netuid) stake of a coldkey, in alpha rao; the uid when the hotkey is registered there.</summary>
public sealed record StakePosition(ushort Netuid, AccountId32 Hotkey, ulong Stake, ushort? Uid);
