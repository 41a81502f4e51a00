namespace Bittensor.Runtime.Scheduling;

/// <summary>
/// When a subnet's epoch runs: the stateful scheduler of HEAD (anchored on <c>LastEpochBlock</c>, period
/// <c>tempo</c>), the legacy modulo formula, the new-subnet stagger and the activity cutoff.
/// </summary>
/// <remarks>opentensor/subtensor@14bc6f9 <c>pallets/subtensor/src/coinbase/run_coinbase.rs</c>,
/// <c>subnets/subnet.rs</c>, <c>utils/misc.rs</c>.</remarks>
public static class EpochSchedule
{
    /// <summary>Smallest tempo an owner may set (<c>MIN_TEMPO</c>).</summary>
    public const ushort MinTempo = 360;

    /// <summary>Largest tempo an owner may set (<c>MAX_TEMPO</c>); also the <c>BlocksSinceLastStep</c> safety net.</summary>
    public const ushort MaxTempo = 50_400;

    /// <summary>Runtime default of <c>MaxEpochsPerBlock</c> (the mock runtime uses 32).</summary>
    public const byte DefaultMaxEpochsPerBlock = 2;

    /// <summary>Runtime default of <c>ActivityCutoffFactorMilli</c> (5000 blocks at tempo 360).</summary>
    public const uint DefaultActivityCutoffFactorMilli = 13_889;

    /// <summary>
    /// Whether the subnet's epoch is due at <paramref name="block"/>: never at tempo 0; at or after an owner-triggered
    /// <paramref name="pendingEpochAt"/> (0 = none); when <paramref name="blocksSinceLastStep"/> exceeds
    /// <see cref="MaxTempo"/>; otherwise once <c>block − lastEpochBlock</c> (saturating) reaches the tempo.
    /// </summary>
    /// <remarks>Upstream <c>coinbase/run_coinbase.rs::should_run_epoch</c>.</remarks>
    public static bool ShouldRunEpoch(ushort tempo, ulong lastEpochBlock, ulong pendingEpochAt, ulong blocksSinceLastStep, ulong block)
    {
        if (tempo == 0)
        {
            return false;
        }

        if (pendingEpochAt > 0 && block >= pendingEpochAt)
        {
            return true;
        }

        if (blocksSinceLastStep > MaxTempo)
        {
            return true;
        }

        ulong blocksSince = block >= lastEpochBlock ? block - lastEpochBlock : 0;
        return blocksSince >= tempo;
    }

    /// <summary>
    /// Blocks until the next automatic epoch: <c>sat_sub(lastEpochBlock + tempo, block)</c> (saturating add),
    /// <see cref="ulong.MaxValue"/> at tempo 0. Ignores triggers, the safety net and per-block deferral.
    /// </summary>
    /// <remarks>Upstream <c>coinbase/run_coinbase.rs::blocks_until_next_auto_epoch</c>.</remarks>
    public static ulong BlocksUntilNextAutoEpoch(ushort tempo, ulong lastEpochBlock, ulong block)
    {
        if (tempo == 0)
        {
            return ulong.MaxValue;
        }

        ulong nextAuto = SaturatingAdd(lastEpochBlock, tempo);
        return nextAuto >= block ? nextAuto - block : 0;
    }

    /// <summary>
    /// The block at which the next epoch is expected: <c>min(lastEpochBlock + tempo, pendingEpochAt)</c> when a trigger
    /// is pending, else the automatic one; <see langword="null"/> at tempo 0.
    /// </summary>
    /// <remarks>Upstream <c>coinbase/run_coinbase.rs::get_next_epoch_start_block</c>.</remarks>
    public static ulong? NextEpochStartBlock(ushort tempo, ulong lastEpochBlock, ulong pendingEpochAt)
    {
        if (tempo == 0)
        {
            return null;
        }

        ulong autoNext = SaturatingAdd(lastEpochBlock, tempo);
        return pendingEpochAt > 0 ? Math.Min(autoNext, pendingEpochAt) : autoNext;
    }

    /// <summary>
    /// Legacy modulo scheduler (runtimes before dynamic tempo): <c>tempo − ((block + netuid + 1) mod (tempo + 1))</c>
    /// with a wrapping u64 add; the epoch runs when this is 0. <see cref="ulong.MaxValue"/> at tempo 0.
    /// </summary>
    /// <remarks>Upstream <c>coinbase/run_coinbase.rs::blocks_until_next_epoch</c> at tag v3.4.5-419.</remarks>
    public static ulong BlocksUntilNextEpochLegacy(ushort netuid, ushort tempo, ulong block)
    {
        if (tempo == 0)
        {
            return ulong.MaxValue;
        }

        ulong netuidPlusOne = (ulong)netuid + 1;
        ulong tempoPlusOne = (ulong)tempo + 1;
        ulong adjusted = unchecked(block + netuidPlusOne);
        ulong remainder = adjusted % tempoPlusOne;
        return tempo >= remainder ? tempo - remainder : 0;
    }

    /// <summary>
    /// <c>LastEpochBlock</c> of a newly added subnet: <c>now − (netuid mod max(tempo, 1))</c> (saturating), so subnets
    /// with the same tempo fire on different blocks.
    /// </summary>
    /// <remarks>Upstream <c>subnets/subnet.rs::init_new_network</c> step 3.1.</remarks>
    public static ulong InitialLastEpochBlock(ushort netuid, ushort tempo, ulong now)
    {
        ulong period = Math.Max((ulong)tempo, 1);
        ulong stagger = netuid % period;
        return now >= stagger ? now - stagger : 0;
    }

    /// <summary>
    /// Activity cutoff in blocks: <c>max(1, factorMilli × tempo / 1000)</c> (saturating multiply, integer division).
    /// </summary>
    /// <remarks>Upstream <c>utils/misc.rs::get_activity_cutoff_blocks</c>.</remarks>
    public static ulong ActivityCutoffBlocks(uint activityCutoffFactorMilli, ushort tempo) =>
        Math.Max((ulong)activityCutoffFactorMilli * tempo / 1000, 1);

    private static ulong SaturatingAdd(ulong a, ulong b) => a > ulong.MaxValue - b ? ulong.MaxValue : a + b;
}
