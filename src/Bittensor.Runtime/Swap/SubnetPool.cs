namespace Bittensor.Runtime.Swap;

/// <summary>
/// One subnet's pool as the subtensor and swap pallets store it: the reserves (<c>SubnetTAO</c>, <c>SubnetAlphaIn</c>),
/// the outstanding alpha (<c>SubnetAlphaOut</c>), the mechanism, and the swap pallet's <c>SwapBalancer</c>,
/// <c>PalSwapInitialized</c> and <c>FeeRate</c>.
/// </summary>
/// <param name="Mechanism"><c>SubnetMechanism</c>: 1 = dynamic (AMM); anything else swaps 1:1 without fee at price 1.</param>
/// <param name="SubnetTao">TAO reserve.</param>
/// <param name="AlphaIn">Alpha reserve.</param>
/// <param name="AlphaOut">Alpha outstanding (staked or held outside the pool).</param>
/// <param name="Balancer">Pool weights (storage default 0.5).</param>
/// <param name="SwapInitialized"><c>PalSwapInitialized</c>: the first swap resets uninitialised weights to 0.5.</param>
/// <param name="FeeRate">Swap fee in 1/65535 (default 33).</param>
public readonly record struct SubnetPool(
    ushort Mechanism,
    ulong SubnetTao,
    ulong AlphaIn,
    ulong AlphaOut,
    Balancer Balancer,
    bool SwapInitialized,
    ushort FeeRate)
{
    /// <summary>A dynamic pool with default weights (not yet initialised) and the default fee.</summary>
    public static SubnetPool Dynamic(ulong subnetTao, ulong alphaIn, ulong alphaOut = 0) =>
        new(1, subnetTao, alphaIn, alphaOut, Balancer.Default, false, SwapEngine.DefaultFeeRate);

    /// <summary>Alpha issuance: <c>SubnetAlphaIn + SubnetAlphaOut</c> (saturating).</summary>
    /// <remarks>Upstream <c>staking/stake_utils.rs::get_alpha_issuance</c>.</remarks>
    public ulong AlphaIssuance => AlphaIn > ulong.MaxValue - AlphaOut ? ulong.MaxValue : AlphaIn + AlphaOut;
}
