namespace Bittensor.Runtime.Simulation;

/// <summary>One step of a scenario: <see cref="SetWeightsStep"/>, <see cref="SetStakeStep"/>, <see cref="ResetBondsStep"/> or <see cref="EpochStep"/>.</summary>
public abstract record ScenarioStep;
