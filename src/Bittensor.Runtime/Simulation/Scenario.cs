using Bittensor.Runtime.Epoch;

namespace Bittensor.Runtime.Simulation;

/// <summary>
/// A Yuma epoch scenario: one subnet mechanism, its hyperparameters, its state before the first step and the
/// steps to apply (the <c>NAME.json</c> files of <c>yuma-scenario-format.md</c>).
/// </summary>
/// <param name="Name">Scenario name.</param>
/// <param name="Parameters">The hyperparameters, as the epoch reads them.</param>
/// <param name="Initial">The subnet state before the first step.</param>
/// <param name="Steps">The steps, applied in order.</param>
public sealed record Scenario(string Name, EpochParameters Parameters, ScenarioState Initial, IReadOnlyList<ScenarioStep> Steps)
{
    /// <summary>Where the scenario comes from (an upstream test), if given.</summary>
    public string? Source { get; init; }

    /// <summary>What it exercises, if given.</summary>
    public string? Description { get; init; }
}
