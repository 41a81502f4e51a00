using Bittensor.Runtime.Epoch;

namespace Bittensor.Runtime.Simulation;

/// <summary>The outcome of one <c>epoch</c> step: its block and the epoch's output (bonds as then stored).</summary>
/// <param name="Block">The step's block.</param>
/// <param name="Output">What the epoch produced.</param>
public sealed record ScenarioEpochResult(ulong Block, EpochOutput Output);
