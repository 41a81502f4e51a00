using Bittensor.Core.FixedPoint;

namespace Bittensor.Runtime.Swap;

/// <summary>
/// The subnet's moving (EMA) alpha price, used for the emission shares: an EMA of the spot price capped at 1.0
/// whose smoothing factor ramps up from 0 after <c>start_call</c>.
/// </summary>
/// <remarks>opentensor/subtensor@14bc6f9 <c>pallets/subtensor/src/staking/stake_utils.rs</c>.</remarks>
public static class MovingPrice
{
    /// <summary><c>SubnetMovingAlpha</c> default: <c>I96F32::saturating_from_num(0.000003)</c> (bits 12885).</summary>
    public static I96F32 DefaultMovingAlpha { get; } = I96F32.FromBits(12_885);

    /// <summary>Runtime <c>EMAPriceHalvingBlocks</c> default (4 weeks).</summary>
    public const ulong DefaultHalvingBlocks = 201_600;

    /// <summary>
    /// The moving price used for shares: 1 for root and for mechanism-0 subnets, else the stored
    /// <c>SubnetMovingPrice</c> as U64F64 (negative → 0).
    /// </summary>
    /// <remarks>Upstream <c>staking/stake_utils.rs::get_moving_alpha_price</c>.</remarks>
    public static U64F64 GetMovingAlphaPrice(ushort netuid, ushort mechanism, I96F32 storedMovingPrice) =>
        netuid == 0 || mechanism == 0 ? U64F64.One : U64F64.SaturatingFromFixed(storedMovingPrice);

    /// <summary>
    /// The next <c>SubnetMovingPrice</c>: with <c>b = block − (FirstEmissionBlockNumber − 1)</c> (saturating, missing = 0),
    /// <c>a = movingAlpha · b/(b + halvingBlocks)</c> and <c>new = a·min(price, 1) + (1 − a)·moving</c>, in U64F64
    /// (saturating), stored as I96F32.
    /// </summary>
    /// <param name="currentBlock">The current block.</param>
    /// <param name="firstEmissionBlock"><c>FirstEmissionBlockNumber</c>, <see langword="null"/> when unset.</param>
    /// <param name="halvingBlocks"><c>EMAPriceHalvingBlocks</c>.</param>
    /// <param name="movingAlpha"><c>SubnetMovingAlpha</c>.</param>
    /// <param name="currentPrice">The current pool price (<see cref="SwapEngine.CurrentPrice"/>).</param>
    /// <param name="currentMovingPrice">The current moving price (<see cref="GetMovingAlphaPrice"/>).</param>
    /// <remarks>Upstream <c>staking/stake_utils.rs::update_moving_price</c>.</remarks>
    public static I96F32 Update(ulong currentBlock, ulong? firstEmissionBlock, ulong halvingBlocks, I96F32 movingAlpha, U64F64 currentPrice, U64F64 currentMovingPrice)
    {
        ulong feb = firstEmissionBlock ?? 0;
        ulong startCallBlock = feb > 0 ? feb - 1 : 0;
        U64F64 blocksSinceStart = U64F64.FromInt(currentBlock >= startCallBlock ? currentBlock - startCallBlock : 0);
        U64F64 ramp = blocksSinceStart.SafeDiv(blocksSinceStart.SaturatingAdd(U64F64.FromInt(halvingBlocks)));
        U64F64 alpha = U64F64.SaturatingFromFixed(movingAlpha).SaturatingMul(ramp);
        U64F64 oneMinusAlpha = U64F64.One.SaturatingSub(alpha);
        U64F64 price = alpha.SaturatingMul(U64F64.Min(currentPrice, U64F64.One));
        U64F64 moving = oneMinusAlpha.SaturatingMul(currentMovingPrice);
        return I96F32.SaturatingFromFixed(price.SaturatingAdd(moving));
    }
}
