using Bittensor.Core.Primitives;

namespace Bittensor.Runtime.Pallets.Subtensor;

/// <summary>A commit-reveal v2 commitment: (hash, commit epoch, commit block, reveal block (unused, 0)).</summary>
/// <remarks>opentensor/subtensor@14bc6f9 <c>lib.rs::WeightCommits</c> value <c>VecDeque&lt;(H256, u64, u64, u64)&gt;</c>.</remarks>
public readonly record struct WeightCommit(H256 Hash, ulong Epoch, ulong Block, ulong RevealBlock);
