namespace Bittensor.Runtime.Epoch;

/// <summary>
/// What one epoch produces, per uid: the values <c>SubtensorModule::epoch</c> persists (u16 proportions via
/// <c>fixed_proportion_to_u16</c>, emissions in rao), the server/validator amounts the coinbase pays, and the
/// bond rows to store.
/// </summary>
/// <remarks>
/// Mirrors <c>EpochTerms</c> in subtensor <c>epoch/run_epoch.rs</c> and what
/// <c>persist_mechanism_epoch_terms</c>/<c>persist_netuid_epoch_terms</c> write (opentensor/subtensor@14bc6f9).
/// </remarks>
public sealed record EpochOutput
{
    /// <summary><c>Active</c>: last update within the activity cutoff.</summary>
    public required bool[] Active { get; init; }

    /// <summary>The new <c>ValidatorPermit</c> (top-k non-zero stake, plus the owner).</summary>
    public required bool[] ValidatorPermit { get; init; }

    /// <summary><c>Consensus</c>: stake-weighted kappa-median of each column.</summary>
    public required ushort[] Consensus { get; init; }

    /// <summary><c>Incentive</c>: normalised rank.</summary>
    public required ushort[] Incentive { get; init; }

    /// <summary><c>Dividends</c>.</summary>
    public required ushort[] Dividends { get; init; }

    /// <summary><c>ValidatorTrust</c>: sum of each validator's clipped weights.</summary>
    public required ushort[] ValidatorTrust { get; init; }

    /// <summary><c>StakeWeight</c>: normalised (threshold-filtered) stake.</summary>
    public required ushort[] StakeWeight { get; init; }

    /// <summary><c>Emission</c> as stored: normalised incentive + dividends (or the stake fallback) × emission.</summary>
    public required ulong[] Emission { get; init; }

    /// <summary>Each uid's miner share of the epoch's emission, in rao.</summary>
    public required ulong[] ServerEmission { get; init; }

    /// <summary>Each uid's validator share of the epoch's emission, in rao.</summary>
    public required ulong[] ValidatorEmission { get; init; }

    /// <summary>
    /// The <c>Bonds</c> row to store for every uid: the EMA bond row (as u16, explicit zeros kept as upstream
    /// stores them) for uids with a new permit, an empty row for every other uid.
    /// </summary>
    public required SparseEntry[][] Bonds { get; init; }
}
