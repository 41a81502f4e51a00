namespace Bittensor.Runtime.Simulation;

/// <summary><c>set_stake</c>: the uid's stake becomes <paramref name="Stake"/> rao from now on.</summary>
/// <param name="Uid">The uid.</param>
/// <param name="Stake">New stake in rao.</param>
public sealed record SetStakeStep(ushort Uid, ulong Stake) : ScenarioStep;
