namespace Bittensor.Runtime.Scheduling;

/// <summary>
/// The scheduling half of the per-block drain: which subnets run their epoch this block, which are deferred by
/// the per-block cap and how their scheduler storage changes. Draining the pending accumulators of the subnets
/// whose decision is <see cref="EpochDecision.Run"/> is up to the caller.
/// </summary>
/// <remarks>opentensor/subtensor@14bc6f9 <c>pallets/subtensor/src/coinbase/run_coinbase.rs</c>.</remarks>
public static class EpochDrain
{
    /// <summary>
    /// For every subnet in order (the caller passes the non-root subnets in <c>NetworksAdded</c> order, i.e. ascending
    /// netuid): <c>BlocksSinceLastStep += 1</c>; if the epoch is due and <paramref name="maxEpochsPerBlock"/> epochs
    /// already ran, defer it (<c>PendingEpochAt = block + 1</c>); otherwise run it when its input state is consistent
    /// (reset <c>BlocksSinceLastStep</c>, count it towards the cap) or skip it, and in both cases consume the slot
    /// (<c>LastEpochBlock = block</c>, <c>PendingEpochAt = 0</c>, <c>SubnetEpochIndex += 1</c>).
    /// </summary>
    /// <param name="subnets">Scheduler state of each subnet, in iteration order.</param>
    /// <param name="inputStateConsistent">Per subnet, upstream <c>is_epoch_input_state_consistent</c> (no duplicate hotkeys in <c>Keys</c>).</param>
    /// <param name="block">The current block.</param>
    /// <param name="maxEpochsPerBlock"><c>MaxEpochsPerBlock</c>.</param>
    /// <remarks>Upstream <c>coinbase/run_coinbase.rs::drain_pending</c> (the scheduling part).</remarks>
    public static EpochSlot[] Plan(IReadOnlyList<SubnetScheduleState> subnets, IReadOnlyList<bool> inputStateConsistent, ulong block, byte maxEpochsPerBlock)
    {
        ArgumentNullException.ThrowIfNull(subnets);
        ArgumentNullException.ThrowIfNull(inputStateConsistent);
        if (inputStateConsistent.Count != subnets.Count)
        {
            throw new ArgumentException("one consistency flag per subnet is required", nameof(inputStateConsistent));
        }

        EpochSlot[] result = new EpochSlot[subnets.Count];
        uint epochsRun = 0;
        for (int i = 0; i < subnets.Count; i++)
        {
            SubnetScheduleState s = subnets[i];
            s = s with { BlocksSinceLastStep = SaturatingIncrement(s.BlocksSinceLastStep) };
            if (!EpochSchedule.ShouldRunEpoch(s.Tempo, s.LastEpochBlock, s.PendingEpochAt, s.BlocksSinceLastStep, block))
            {
                result[i] = new EpochSlot(s, EpochDecision.NotDue);
                continue;
            }

            if (epochsRun >= maxEpochsPerBlock)
            {
                result[i] = new EpochSlot(s with { PendingEpochAt = SaturatingIncrement(block) }, EpochDecision.Deferred);
                continue;
            }

            EpochDecision decision;
            if (inputStateConsistent[i])
            {
                s = s with { BlocksSinceLastStep = 0 };
                epochsRun++;
                decision = EpochDecision.Run;
            }
            else
            {
                decision = EpochDecision.Skipped;
            }

            s = s with { LastEpochBlock = block, PendingEpochAt = 0, SubnetEpochIndex = SaturatingIncrement(s.SubnetEpochIndex) };
            result[i] = new EpochSlot(s, decision);
        }

        return result;
    }

    /// <summary>
    /// The subnets whose epoch is due this block but will be deferred by the per-block cap, evaluated on the state
    /// before the drain (used to hold back commit reveals of deferred subnets).
    /// </summary>
    /// <remarks>Upstream <c>coinbase/run_coinbase.rs::epochs_deferred_this_block</c>.</remarks>
    public static ushort[] EpochsDeferredThisBlock(IReadOnlyList<SubnetScheduleState> subnets, IReadOnlyList<bool> inputStateConsistent, ulong block, byte maxEpochsPerBlock)
    {
        ArgumentNullException.ThrowIfNull(subnets);
        ArgumentNullException.ThrowIfNull(inputStateConsistent);
        if (inputStateConsistent.Count != subnets.Count)
        {
            throw new ArgumentException("one consistency flag per subnet is required", nameof(inputStateConsistent));
        }

        SortedSet<ushort> deferred = [];
        uint epochsRun = 0;
        for (int i = 0; i < subnets.Count; i++)
        {
            SubnetScheduleState s = subnets[i];
            if (!EpochSchedule.ShouldRunEpoch(s.Tempo, s.LastEpochBlock, s.PendingEpochAt, s.BlocksSinceLastStep, block))
            {
                continue;
            }

            if (epochsRun >= maxEpochsPerBlock)
            {
                deferred.Add(s.NetUid);
                continue;
            }

            if (inputStateConsistent[i])
            {
                epochsRun++;
            }
        }

        return [.. deferred];
    }

    private static ulong SaturatingIncrement(ulong value) => value == ulong.MaxValue ? value : value + 1;
}
