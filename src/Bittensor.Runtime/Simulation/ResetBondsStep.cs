namespace Bittensor.Runtime.Simulation;

/// <summary><c>reset_bonds</c>: <c>do_reset_bonds</c> with <c>BondsResetOn</c>: removes column <paramref name="Uid"/> from every stored bond row.</summary>
/// <param name="Uid">The uid whose bond column is removed.</param>
public sealed record ResetBondsStep(ushort Uid) : ScenarioStep;
