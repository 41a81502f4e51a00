using Bittensor.Core.FixedPoint;

namespace Bittensor.Runtime.Coinbase;

/// <summary>
/// One subnet's per-block emission terms: TAO and alpha to inject as pool liquidity, alpha minted for participants,
/// and the excess TAO that buys alpha from the pool instead.
/// </summary>
/// <param name="TaoIn">TAO injected into the pool.</param>
/// <param name="AlphaIn">Alpha injected into the pool.</param>
/// <param name="AlphaOut">Alpha emitted to participants (the subnet's block emission for its alpha issuance).</param>
/// <param name="ExcessTao">TAO used for a protocol buy: <c>taoEmission − TaoIn</c>.</param>
/// <remarks>opentensor/subtensor@14bc6f9 <c>pallets/subtensor/src/coinbase/run_coinbase.rs::get_subnet_terms</c>.</remarks>
public readonly record struct SubnetTerms(U96F32 TaoIn, U96F32 AlphaIn, U96F32 AlphaOut, U96F32 ExcessTao)
{
    /// <summary>
    /// <c>alpha_emission = block_emission(alphaIssuance)</c>; <c>alpha_in = taoEmission / price</c> (0 at price 0);
    /// capped at <c>rootProportion · alpha_emission</c>, in which case <c>tao_in = cap · price</c>; the rest of the TAO
    /// emission is excess. All U96F32, saturating.
    /// </summary>
    /// <param name="taoEmission">The subnet's share of the block's TAO.</param>
    /// <param name="alphaIssuance"><c>SubnetAlphaIn + SubnetAlphaOut</c> before this block's injection.</param>
    /// <param name="price">Current pool price (<see cref="Swap.SwapEngine.CurrentPrice"/>).</param>
    /// <param name="rootProportion"><see cref="Proportions.RootProportion"/> before this block's injection.</param>
    /// <remarks>Upstream <c>coinbase/run_coinbase.rs::get_subnet_terms</c>.</remarks>
    public static SubnetTerms Compute(U96F32 taoEmission, ulong alphaIssuance, U64F64 price, U96F32 rootProportion)
    {
        U96F32 alphaEmission = U96F32.FromInt(BlockEmission.ForIssuance(alphaIssuance));
        U96F32 priceFixed = U96F32.SaturatingFromFixed(price);
        U96F32 taoIn = taoEmission;
        U96F32 alphaIn = taoEmission.SafeDivOr(priceFixed, U96F32.Zero);
        U96F32 cap = rootProportion.SaturatingMul(alphaEmission);
        if (alphaIn > cap)
        {
            alphaIn = cap;
            taoIn = alphaIn.SaturatingMul(priceFixed);
        }

        return new SubnetTerms(taoIn, alphaIn, alphaEmission, taoEmission.SaturatingSub(taoIn));
    }
}
