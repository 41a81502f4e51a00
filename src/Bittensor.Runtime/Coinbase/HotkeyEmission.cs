using Bittensor.Core.Primitives;

namespace Bittensor.Runtime.Coinbase;

/// <summary>One row of the epoch's output (<c>epoch_with_mechanisms</c>): a hotkey's incentive and dividend in alpha.</summary>
/// <param name="Hotkey">The neuron's hotkey.</param>
/// <param name="Incentive">Miner emission.</param>
/// <param name="Dividend">Validator emission (before the parent/child split).</param>
public readonly record struct HotkeyEmission(AccountId32 Hotkey, ulong Incentive, ulong Dividend);
