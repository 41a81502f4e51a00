namespace Bittensor.Runtime.Coinbase;

/// <summary>
/// A subnet's pending accumulators between epochs (<c>PendingServerEmission</c>, <c>PendingValidatorEmission</c>,
/// <c>PendingRootAlphaDivs</c>, <c>PendingOwnerCut</c>), drained when its epoch runs.
/// </summary>
/// <param name="Server">Miner alpha.</param>
/// <param name="Validator">Validator alpha.</param>
/// <param name="RootAlpha">Root stakers' alpha.</param>
/// <param name="OwnerCut">Subnet owner's alpha.</param>
/// <remarks>opentensor/subtensor@14bc6f9 <c>pallets/subtensor/src/coinbase/run_coinbase.rs::{emit_to_subnets, drain_pending}</c>.</remarks>
public readonly record struct PendingEmission(ulong Server, ulong Validator, ulong RootAlpha, ulong OwnerCut)
{
    /// <summary>The accumulators after one block's split (saturating adds; root alpha only when it is pending).</summary>
    public PendingEmission Accumulate(in AlphaOutSplit split) => new(
        Add(Server, split.Server),
        Add(Validator, split.Validator),
        split.RootAlphaPending ? Add(RootAlpha, split.RootAlpha) : RootAlpha,
        Add(OwnerCut, split.OwnerCut));

    /// <summary><c>server + validator + root</c> (saturating): the alpha the epoch distributes (the owner cut is paid separately).</summary>
    public ulong EpochEmission => Add(Add(Server, Validator), RootAlpha);

    private static ulong Add(ulong a, ulong b) => a > ulong.MaxValue - b ? ulong.MaxValue : a + b;
}
