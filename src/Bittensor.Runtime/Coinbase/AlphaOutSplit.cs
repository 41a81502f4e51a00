using Bittensor.Core.FixedPoint;

namespace Bittensor.Runtime.Coinbase;

/// <summary>
/// How one block's alpha-out of a subnet is split and added to the pending accumulators. Every part is floored to
/// u64 separately, as upstream adds each to its accumulator.
/// </summary>
/// <param name="AlphaCreated">Alpha minted into <c>SubnetAlphaOut</c> (<c>SubnetAlphaOutEmission</c>).</param>
/// <param name="OwnerCut">Added to <c>PendingOwnerCut</c> (0 when the owner cut is disabled).</param>
/// <param name="Server">Added to <c>PendingServerEmission</c> (miners).</param>
/// <param name="Validator">Added to <c>PendingValidatorEmission</c>.</param>
/// <param name="RootAlpha">Root stakers' part: added to <c>PendingRootAlphaDivs</c> when <see cref="RootAlphaPending"/>, otherwise recycled.</param>
/// <param name="RootAlphaPending">The root sell flag: whether <see cref="RootAlpha"/> accumulates.</param>
/// <remarks>opentensor/subtensor@14bc6f9 <c>pallets/subtensor/src/coinbase/run_coinbase.rs::emit_to_subnets</c> step 3.</remarks>
public readonly record struct AlphaOutSplit(ulong AlphaCreated, ulong OwnerCut, ulong Server, ulong Validator, ulong RootAlpha, bool RootAlphaPending)
{
    /// <summary>
    /// <c>owner_cut = alpha_out · cut</c> (when enabled), <c>a = alpha_out − owner_cut</c>,
    /// <c>root = rootProportion · a · 0.5</c>, <c>server = a · 0.5</c>, <c>validator = (a − server) − root</c>; all U96F32
    /// saturating, each floored when accumulated.
    /// </summary>
    /// <param name="alphaOut">The subnet's alpha emission this block (<see cref="SubnetTerms.AlphaOut"/>).</param>
    /// <param name="ownerCutEnabled"><c>OwnerCutEnabled</c> of the subnet.</param>
    /// <param name="ownerCut"><c>SubnetOwnerCut / 65535</c> (<see cref="Proportions.OfU16Max"/>).</param>
    /// <param name="rootProportion">The root proportion at this point of the block: after this block's injection and
    /// alpha-out mint (<see cref="Proportions.RootProportion"/>).</param>
    /// <param name="rootSellFlag"><see cref="SubnetEmissionShares.RootSellFlag"/>.</param>
    public static AlphaOutSplit Compute(U96F32 alphaOut, bool ownerCutEnabled, U96F32 ownerCut, U96F32 rootProportion, bool rootSellFlag)
    {
        U96F32 half = U96F32.FromBits(UInt128.One << 31);
        ulong created = alphaOut.SaturatingToInt<ulong>();
        ulong ownerCutAlpha = 0;
        if (ownerCutEnabled)
        {
            U96F32 cut = alphaOut.SaturatingMul(ownerCut);
            alphaOut = alphaOut.SaturatingSub(cut);
            ownerCutAlpha = cut.SaturatingToInt<ulong>();
        }

        U96F32 rootAlpha = rootProportion.SaturatingMul(alphaOut).SaturatingMul(half);
        U96F32 server = alphaOut.SaturatingMul(half);
        U96F32 validator = alphaOut.SaturatingSub(server).SaturatingSub(rootAlpha);
        return new AlphaOutSplit(created, ownerCutAlpha, server.SaturatingToInt<ulong>(), validator.SaturatingToInt<ulong>(), rootAlpha.SaturatingToInt<ulong>(), rootSellFlag);
    }
}
