namespace Bittensor.Runtime.Simulation;

/// <summary><c>epoch</c>: runs Yuma Consensus at <paramref name="Block"/> with <paramref name="RaoEmission"/> rao, then persists permits and bonds.</summary>
/// <param name="Block">The current block of the epoch.</param>
/// <param name="RaoEmission">Rao to distribute.</param>
public sealed record EpochStep(ulong Block, ulong RaoEmission) : ScenarioStep;
