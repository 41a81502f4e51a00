namespace Bittensor.Runtime.Scheduling;

/// <summary>What the per-block drain did with one subnet's epoch slot.</summary>
public enum EpochDecision
{
    /// <summary>The epoch is not due this block.</summary>
    NotDue,

    /// <summary>Due, but <c>MaxEpochsPerBlock</c> epochs already ran: <c>PendingEpochAt = block + 1</c> (event EpochDeferred).</summary>
    Deferred,

    /// <summary>Due and the input state is consistent: pending emission is drained and distributed.</summary>
    Run,

    /// <summary>Due but the input state is inconsistent: the slot is consumed, pending emission keeps accumulating (event EpochSkipped).</summary>
    Skipped,
}
