namespace Bittensor.Runtime.Scheduling;

/// <summary>The scheduler storage of one subnet (<c>Tempo</c>, <c>LastEpochBlock</c>, <c>PendingEpochAt</c>, <c>BlocksSinceLastStep</c>, <c>SubnetEpochIndex</c>).</summary>
/// <param name="NetUid">The subnet.</param>
/// <param name="Tempo">Blocks between automatic epochs (0 = never).</param>
/// <param name="LastEpochBlock">Block of the last consumed epoch slot.</param>
/// <param name="PendingEpochAt">Owner-triggered epoch block, 0 when none.</param>
/// <param name="BlocksSinceLastStep">Blocks since the last successful epoch.</param>
/// <param name="SubnetEpochIndex">Consumed epoch slots so far (the commit-reveal epoch index).</param>
public readonly record struct SubnetScheduleState(
    ushort NetUid,
    ushort Tempo,
    ulong LastEpochBlock,
    ulong PendingEpochAt,
    ulong BlocksSinceLastStep,
    ulong SubnetEpochIndex);
