using Bittensor.Core.FixedPoint;
using Bittensor.Runtime.Swap;

namespace Bittensor.Runtime.Tests.Swap;

/// <summary>Swap paths of pallets/swap impls.rs and swap_step.rs @14bc6f9: limits and partial fills, guards, stable pools, initialisation.</summary>
public class SwapEngineTests
{
    private static SubnetPool QuarterPricePool => SubnetPool.Dynamic(1_000_000_000, 4_000_000_000) with { SwapInitialized = true };

    [Fact]
    public void Buy_LimitBelowFullFillPrice_FillsUpToLimitWithRecomputedFee()
    {
        SubnetPool pool = QuarterPricePool;
        U64F64 limit = SwapEngine.LimitPriceFromRao(300_000_000);

        SwapOutcome outcome = SwapEngine.Swap(pool, SwapDirection.Buy, 1_000_000_000, limit, false, SwapEngine.DefaultMinimumReserve);

        Assert.True(outcome.IsSuccess);
        SwapResult r = outcome.Result;
        ulong expectedIn = pool.Balancer.CalculateQuoteDeltaIn(SwapEngine.CurrentPrice(pool), limit, pool.SubnetTao);
        Assert.Equal(expectedIn, r.AmountPaidIn);
        U64F64 feeRate = U64F64.FromInt(SwapEngine.DefaultFeeRate);
        Assert.Equal((U64F64.FromInt(expectedIn) * (feeRate / (U64F64.FromInt(ushort.MaxValue) - feeRate))).ToInt<ulong>(), r.FeePaid);
        Assert.Equal(r.FeePaid, r.FeeToBlockAuthor);
        // √1.2 − 1 of the TAO reserve reaches price 0.3.
        Assert.InRange(r.AmountPaidIn, 95_445_114UL, 95_445_116UL);
        SubnetPool after = pool with { SubnetTao = pool.SubnetTao + r.AmountPaidIn, AlphaIn = pool.AlphaIn - r.AmountPaidOut };
        Assert.InRange(SwapEngine.CurrentPrice(after).ToDouble(), 0.3 - 1e-8, 0.3 + 1e-8);
    }

    [Fact]
    public void Sell_LimitAboveFullFillPrice_FillsDownToLimit()
    {
        SubnetPool pool = QuarterPricePool;
        U64F64 limit = SwapEngine.LimitPriceFromRao(200_000_000);

        SwapOutcome outcome = SwapEngine.Swap(pool, SwapDirection.Sell, 4_000_000_000, limit, false, SwapEngine.DefaultMinimumReserve);

        Assert.True(outcome.IsSuccess);
        SwapResult r = outcome.Result;
        Assert.Equal(pool.Balancer.CalculateBaseDeltaIn(SwapEngine.CurrentPrice(pool), limit, pool.AlphaIn), r.AmountPaidIn);
        SubnetPool after = pool with { SubnetTao = pool.SubnetTao - r.AmountPaidOut, AlphaIn = pool.AlphaIn + r.AmountPaidIn };
        Assert.InRange(SwapEngine.CurrentPrice(after).ToDouble(), 0.2 - 1e-8, 0.2 + 1e-8);
    }

    [Fact]
    public void Swap_LimitNotBeyondCurrentPrice_PriceLimitExceeded()
    {
        SubnetPool pool = QuarterPricePool;
        U64F64 current = SwapEngine.CurrentPrice(pool);

        Assert.Equal(SwapError.PriceLimitExceeded, SwapEngine.Swap(pool, SwapDirection.Buy, 1000, current, false, 100).Error);
        Assert.Equal(SwapError.PriceLimitExceeded, SwapEngine.Swap(pool, SwapDirection.Sell, 1000, current, false, 100).Error);
    }

    [Fact]
    public void Swap_OutputReserveBelowMinimum_ReservesTooLow()
    {
        SubnetPool pool = SubnetPool.Dynamic(1_000_000_000, 999_999);

        Assert.Equal(SwapError.ReservesTooLow, SwapEngine.Swap(pool, SwapDirection.Buy, 1000, SwapEngine.LimitPriceFromRao(SwapEngine.MaxPriceRao), false, SwapEngine.DefaultMinimumReserve).Error);
    }

    [Fact]
    public void Swap_ZeroOutputForNonZeroInput_ReservesTooLow()
    {
        SubnetPool pool = SubnetPool.Dynamic(1_000_000_000, 1_000_000);

        SwapOutcome outcome = SwapEngine.Swap(pool, SwapDirection.Buy, 1, SwapEngine.LimitPriceFromRao(SwapEngine.MaxPriceRao), false, SwapEngine.DefaultMinimumReserve);

        Assert.Equal(SwapError.ReservesTooLow, outcome.Error);
        Assert.Equal(pool, outcome.Pool);
    }

    [Fact]
    public void Swap_NetInputOverThousandTimesReserve_SwapInputTooLarge()
    {
        SubnetPool pool = SubnetPool.Dynamic(1_000_000, 1_000_000_000);
        U64F64 limit = SwapEngine.LimitPriceFromRao(SwapEngine.MaxPriceRao);

        Assert.Equal(SwapError.SwapInputTooLarge, SwapEngine.Swap(pool, SwapDirection.Buy, 1_000_000_001, limit, true, 100).Error);
        Assert.True(SwapEngine.Swap(pool, SwapDirection.Buy, 1_000_000_000, limit, true, 100).IsSuccess);
        // The fee is taken before the check: 1000× plus the fee still passes.
        ulong withFee = 1_000_000_000 + SwapEngine.CalculateFee(pool, 1_000_000_500, false);
        Assert.True(SwapEngine.Swap(pool, SwapDirection.Buy, withFee, limit, false, 100).IsSuccess);
    }

    [Fact]
    public void Swap_UninitialisedPoolWithAdjustedWeights_ResetsToHalfOnFirstSwap()
    {
        // adjust_protocol_liquidity re-weights without marking the pool initialised; the first swap then
        // initialises it to 0.5 (maybe_initialize_palswap), discarding the injection weights.
        SubnetPool pool = SubnetPool.Dynamic(1_000_000_000, 4_000_000_000);
        (SubnetPool adjusted, ulong tao, _) = SwapEngine.AdjustProtocolLiquidity(pool, 500_000_000, 0);
        Assert.Equal(500_000_000UL, tao);
        Assert.NotEqual(Balancer.Default, adjusted.Balancer);

        SwapOutcome outcome = SwapEngine.Swap(adjusted, SwapDirection.Buy, 1000, SwapEngine.LimitPriceFromRao(SwapEngine.MaxPriceRao), false, 100);

        Assert.True(outcome.IsSuccess);
        Assert.True(outcome.Pool.SwapInitialized);
        Assert.Equal(Balancer.Default, outcome.Pool.Balancer);
    }

    [Fact]
    public void Swap_Simulate_KeepsPoolUntouched()
    {
        SubnetPool pool = SubnetPool.Dynamic(1_000_000_000, 4_000_000_000);

        SwapOutcome outcome = SwapEngine.Swap(pool, SwapDirection.Buy, 1000, SwapEngine.LimitPriceFromRao(SwapEngine.MaxPriceRao), false, 100, simulate: true);

        Assert.True(outcome.IsSuccess);
        Assert.Equal(pool, outcome.Pool);
    }

    [Fact]
    public void StakeSwap_StableMechanism_OneToOneWithoutFee()
    {
        SubnetPool pool = new(0, 500, 300, 10, Balancer.Default, false, SwapEngine.DefaultFeeRate);

        SwapOutcome buy = StakeSwap.SwapTaoForAlpha(pool, 1000, SwapEngine.MaxPriceRao, false);
        SwapOutcome sell = StakeSwap.SwapAlphaForTao(pool, 1000, SwapEngine.MinPriceRao, false);

        Assert.Equal(new SwapResult(1000, 1000, 0, 0), buy.Result);
        Assert.Equal(pool with { SubnetTao = 1500, AlphaIn = 0, AlphaOut = 1010 }, buy.Pool);
        Assert.Equal(pool with { SubnetTao = 0, AlphaIn = 1300, AlphaOut = 0 }, sell.Pool);
        Assert.Equal(U64F64.One, SwapEngine.CurrentPrice(pool));
        Assert.Equal(0UL, SwapEngine.CalculateFee(pool, 1_000_000, false));
    }

    [Fact]
    public void StakeSwap_DynamicBuy_MovesReservesByPaidAmounts()
    {
        SubnetPool pool = QuarterPricePool with { AlphaOut = 7 };

        SwapOutcome buy = StakeSwap.SwapTaoForAlpha(pool, 123_456, SwapEngine.MaxPriceRao, false);

        Assert.Equal(pool with { SubnetTao = pool.SubnetTao + 123_394, AlphaIn = pool.AlphaIn - 493_515, AlphaOut = 7 + 493_515 }, buy.Pool);
    }

    [Fact]
    public void MaybeInitialize_ZeroReservesWithPrice_ReservesOutOfBalance()
    {
        SubnetPool pool = SubnetPool.Dynamic(0, 0);

        Assert.Equal(SwapError.ReservesOutOfBalance, SwapEngine.MaybeInitialize(pool, U64F64.One, out SubnetPool result));
        Assert.Equal(pool, result);
        Assert.Equal(SwapError.None, SwapEngine.MaybeInitialize(pool, null, out result));
        Assert.True(result.SwapInitialized);
    }

    [Fact]
    public void MaybeInitialize_PriceFarFromReserves_WeightOutOfRangeRejected()
    {
        // w2 = y/(p·x + y) = 1/(1000·1 + 1) < 0.01.
        SubnetPool pool = SubnetPool.Dynamic(1, 1);

        Assert.Equal(SwapError.ReservesOutOfBalance, SwapEngine.MaybeInitialize(pool, U64F64.FromInt(1000), out _));
    }

    [Fact]
    public void CurrentPrice_NoAlphaReserve_IsZero()
    {
        Assert.Equal(U64F64.Zero, SwapEngine.CurrentPrice(SubnetPool.Dynamic(1_000, 0)));
    }

    [Fact]
    public void AlphaAmountForTao_NoSlippageAtCurrentPrice()
    {
        Assert.Equal(4000UL, StakeSwap.AlphaAmountForTao(QuarterPricePool, 1000));
        Assert.Equal(1000UL, StakeSwap.AlphaAmountForTao(QuarterPricePool with { Mechanism = 0 }, 1000));
    }

    [Fact]
    public void LimitPriceFromRao_ProtocolBounds()
    {
        Assert.Equal(U64F64.FromInt(1_000_000), SwapEngine.LimitPriceFromRao(SwapEngine.MaxPriceRao));
        Assert.Equal(U64F64.FromInt(1) / U64F64.FromInt(1_000_000), SwapEngine.LimitPriceFromRao(SwapEngine.MinPriceRao));
    }
}
