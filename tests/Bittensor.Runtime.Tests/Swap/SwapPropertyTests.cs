using Bittensor.Core.FixedPoint;
using Bittensor.Runtime.Swap;
using FsCheck.Xunit;

namespace Bittensor.Runtime.Tests.Swap;

/// <summary>Invariants of the pool on random reserves, weights, fees and amounts.</summary>
public class SwapPropertyTests
{
    private const int Runs = 200;

    [Property(Arbitrary = new[] { typeof(EconomicsArbitraries) }, MaxTest = Runs)]
    public void Swap_AnyOrder_OutputWithinReserveAndInputWithinAmount(PoolOrder order)
    {
        SubnetPool pool = order.Pool;
        U64F64 limit = order.Direction == SwapDirection.Buy ? SwapEngine.LimitPriceFromRao(SwapEngine.MaxPriceRao) : SwapEngine.LimitPriceFromRao(SwapEngine.MinPriceRao);

        SwapOutcome outcome = SwapEngine.Swap(pool, order.Direction, order.Amount, limit, false, SwapEngine.DefaultMinimumReserve);

        if (!outcome.IsSuccess)
        {
            Assert.Equal(default, outcome.Result);
            return;
        }

        SwapResult r = outcome.Result;
        ulong reserveOut = order.Direction == SwapDirection.Buy ? pool.AlphaIn : pool.SubnetTao;
        Assert.True(r.AmountPaidOut <= reserveOut, $"paid out {r.AmountPaidOut} > reserve {reserveOut}");
        Assert.True(r.AmountPaidIn <= order.Amount);
        Assert.True(r.FeePaid <= order.Amount);
        Assert.Equal(r.AmountPaidIn == 0 ? 0 : r.FeePaid, r.FeeToBlockAuthor);
        if (r.AmountPaidIn + r.FeePaid == order.Amount)
        {
            // A full fill charges exactly floor(amount · rate).
            Assert.Equal(SwapEngine.CalculateFee(pool, order.Amount, false), r.FeePaid);
        }
    }

    [Property(Arbitrary = new[] { typeof(EconomicsArbitraries) }, MaxTest = Runs)]
    public void BuyThenSell_FeelessRoundTrip_NeverReturnsMoreTao(PoolOrder order)
    {
        SubnetPool pool = order.Pool;

        SwapOutcome buy = StakeSwap.SwapTaoForAlpha(pool, order.Amount, SwapEngine.MaxPriceRao, true, SwapEngine.DefaultMinimumReserve);
        if (!buy.IsSuccess)
        {
            return;
        }

        SwapOutcome sell = StakeSwap.SwapAlphaForTao(buy.Pool, buy.Result.AmountPaidOut, SwapEngine.MinPriceRao, true, SwapEngine.DefaultMinimumReserve);
        if (!sell.IsSuccess)
        {
            return;
        }

        // Alpha not taken by a partial sell is refunded, so compare TAO out with TAO actually paid in.
        Assert.True(sell.Result.AmountPaidOut <= buy.Result.AmountPaidIn, $"paid {buy.Result.AmountPaidIn}, got back {sell.Result.AmountPaidOut}");
        Assert.True(sell.Pool.SubnetTao >= pool.SubnetTao);
    }

    [Property(Arbitrary = new[] { typeof(EconomicsArbitraries) }, MaxTest = Runs)]
    public void BuyThenSell_WithFees_NeverReturnsMoreTao(PoolOrder order)
    {
        SubnetPool pool = order.Pool;

        SwapOutcome buy = StakeSwap.SwapTaoForAlpha(pool, order.Amount, SwapEngine.MaxPriceRao, false, SwapEngine.DefaultMinimumReserve);
        if (!buy.IsSuccess)
        {
            return;
        }

        SwapOutcome sell = StakeSwap.SwapAlphaForTao(buy.Pool, buy.Result.AmountPaidOut, SwapEngine.MinPriceRao, false, SwapEngine.DefaultMinimumReserve);
        if (!sell.IsSuccess)
        {
            return;
        }

        Assert.True(sell.Result.AmountPaidOut <= order.Amount);
    }

    [Property(Arbitrary = new[] { typeof(EconomicsArbitraries) }, MaxTest = Runs)]
    public void AdjustProtocolLiquidity_Accepted_KeepsPrice(PoolOrder order)
    {
        SubnetPool pool = order.Pool;
        ulong taoDelta = order.Amount % (pool.SubnetTao / 100 + 1);
        ulong alphaDelta = (order.Amount >> 7) % (pool.AlphaIn / 100 + 1);

        (SubnetPool adjusted, ulong tao, ulong alpha) = SwapEngine.AdjustProtocolLiquidity(pool, taoDelta, alphaDelta);
        if (tao == 0 && alpha == 0 && (taoDelta != 0 || alphaDelta != 0))
        {
            Assert.Equal(pool, adjusted);
            return;
        }

        SubnetPool after = adjusted with { SubnetTao = pool.SubnetTao + tao, AlphaIn = pool.AlphaIn + alpha };
        double before = SwapEngine.CurrentPrice(pool).ToDouble();
        double now = SwapEngine.CurrentPrice(after).ToDouble();
        // Relative drift from the 1e-18 weight grid, plus a few units of U64F64 resolution for tiny prices.
        double tolerance = (before * 1e-9) + Math.ScaleB(1, -60);
        Assert.InRange(now, before - tolerance, before + tolerance);
    }
}
