using Bittensor.Core.Primitives;
using Bittensor.Runtime.Executive;

namespace Bittensor.Runtime.Replay;

/// <summary>A block as the replay executed it: its number, state root, hash and the result of each extrinsic.</summary>
internal sealed record ReplayedBlock(uint Number, H256 StateRoot, H256 Hash, IReadOnlyList<ApplyExtrinsicResult> Results);
