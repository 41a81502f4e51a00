namespace Bittensor.Runtime.Scheduling;

/// <summary>The scheduler state of one subnet after the drain, and what happened to its slot.</summary>
/// <param name="State">The state to store.</param>
/// <param name="Decision">What happened this block.</param>
public readonly record struct EpochSlot(SubnetScheduleState State, EpochDecision Decision);
