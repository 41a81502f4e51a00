using Bittensor.Core.Primitives;

namespace Bittensor.Runtime.Coinbase;

/// <summary>An entry of <c>ChildKeys</c> or <c>ParentKeys</c>: the other hotkey and the proportion (u64::MAX = 100 %).</summary>
/// <param name="Proportion">Share of the parent's stake delegated, over u64::MAX.</param>
/// <param name="Hotkey">The child (in <c>ChildKeys</c>) or parent (in <c>ParentKeys</c>).</param>
public readonly record struct ChildKeyLink(ulong Proportion, AccountId32 Hotkey);
