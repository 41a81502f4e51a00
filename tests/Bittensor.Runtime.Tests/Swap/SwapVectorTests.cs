using System.Numerics;
using System.Text.Json;
using Bittensor.Core.FixedPoint;
using Bittensor.Runtime.Swap;
using Bittensor.Runtime.Tests.Coinbase;
using Bittensor.Runtime.Tests.Vectors;

namespace Bittensor.Runtime.Tests.Swap;

/// <summary>Every case of Vectors/swap_balancer.json (pallets/swap tests.rs and safe-bigmath tests @ the pinned revisions).</summary>
public class SwapVectorTests
{
    private static JsonElement File => VectorFile.Load("swap_balancer.json");

    private static JsonElement BasicCases => File.GetProperty("test_swap_basic").GetProperty("cases");

    public static TheoryData<int> Basic() => VectorValues.Indexes(BasicCases);

    public static TheoryData<int> BigMath() => VectorValues.Indexes(File.GetProperty("safe_bigmath_cases"));

    [Fact]
    public void Initialization_WithoutPrice_QuarterPriceAndHalfWeight()
    {
        JsonElement c = File.GetProperty("test_swap_initialization");
        SubnetPool pool = SubnetPool.Dynamic(VectorValues.U64(c, "tao_reserve"), VectorValues.U64(c, "alpha_reserve"));

        Assert.Equal(SwapError.None, SwapEngine.MaybeInitialize(pool, null, out SubnetPool initialized));

        Assert.True(initialized.SwapInitialized);
        Assert.Equal(new Perquintill(500_000_000_000_000_000), initialized.Balancer.Quote);
        double price = SwapEngine.CurrentPrice(initialized).ToDouble();
        Assert.InRange(price, c.GetProperty("expected_price").GetDouble() - c.GetProperty("tolerance").GetDouble(), c.GetProperty("expected_price").GetDouble() + c.GetProperty("tolerance").GetDouble());
    }

    [Fact]
    public void Initialization_WithPriceFifth_PriceWithinTolerance()
    {
        JsonElement c = File.GetProperty("test_swap_initialization_with_price");
        SubnetPool pool = SubnetPool.Dynamic(VectorValues.U64(c, "tao_reserve"), VectorValues.U64(c, "alpha_reserve"));
        U64F64 initPrice = U64F64.FromInt(1) / U64F64.FromInt(5);

        Assert.Equal(SwapError.None, SwapEngine.MaybeInitialize(pool, initPrice, out SubnetPool initialized));

        // w2 = y / (p·x + y) with p·x = floor(4e9 · 0.2 truncated) = 799_999_999.
        Assert.Equal(Perquintill.FromRational(1_000_000_000, 1_799_999_999), initialized.Balancer.Quote);
        double expected = c.GetProperty("expected_price").GetDouble();
        double tolerance = c.GetProperty("tolerance").GetDouble();
        Assert.InRange(SwapEngine.CurrentPrice(initialized).ToDouble(), expected - tolerance, expected + tolerance);
    }

    [Theory]
    [MemberData(nameof(Basic))]
    public void SwapBasic_VectorCase_ExactPathAndWithinTolerance(int index)
    {
        JsonElement c = BasicCases[index];
        bool buy = c.GetProperty("order").GetString()!.StartsWith("GetAlphaForTao", StringComparison.Ordinal);
        SubnetPool pool = SubnetPool.Dynamic(VectorValues.U64(c, "tao_reserve"), VectorValues.U64(c, "alpha_reserve")) with
        {
            FeeRate = (ushort)VectorValues.U64(c, "fee_rate_u16"),
        };
        Assert.Equal(SwapError.None, SwapEngine.MaybeInitialize(pool, null, out pool));
        U64F64 limit = U64F64.FromDouble(buy ? 1000.0 : 0.0001);
        U64F64 before = SwapEngine.CurrentPrice(pool);

        SwapOutcome outcome = SwapEngine.Swap(pool, buy ? SwapDirection.Buy : SwapDirection.Sell, VectorValues.U64(c, "amount_in"), limit, false, 100);

        Assert.Equal(SwapError.None, outcome.Error);
        SwapResult r = outcome.Result;
        Assert.Equal(VectorValues.U64(c, "expected_fee"), r.FeePaid);
        Assert.Equal(VectorValues.U64(c, "expected_paid_in_reserve_delta"), r.AmountPaidIn);
        Assert.Equal(VectorValues.U64(c, "port_amount_out_exact_path_INFERRED"), r.AmountPaidOut);
        ulong expected = VectorValues.U64(c, "expected_amount_out_f64_formula");
        ulong tolerance = VectorValues.U64(c, "tolerance");
        Assert.InRange(r.AmountPaidOut, expected - tolerance, expected + tolerance);

        // Apply to the reserves the way stake_utils does and check the price moved the right way.
        SubnetPool after = buy
            ? pool with { SubnetTao = pool.SubnetTao + r.AmountPaidIn, AlphaIn = pool.AlphaIn - r.AmountPaidOut }
            : pool with { SubnetTao = pool.SubnetTao - r.AmountPaidOut, AlphaIn = pool.AlphaIn + r.AmountPaidIn };
        Assert.Equal(buy, SwapEngine.CurrentPrice(after) >= before);
    }

    [Fact]
    public void PerquintillPower_ThreeHalvesExactPath_MatchesExactly()
    {
        JsonElement c = File.GetProperty("test_perquintill_power");
        BigInteger x = VectorValues.U64(c, "x");
        BigInteger delta = VectorValues.U64(c, "delta");

        BigInteger? r = SafeBigMath.PowRatioScaled(x, x + delta, VectorValues.U64(c, "w1"), VectorValues.U64(c, "w2"), 256, Perquintill.Accuracy);

        Assert.Equal(BigInteger.Parse(c.GetProperty("expected").GetRawText(), System.Globalization.CultureInfo.InvariantCulture), r);
    }

    [Theory]
    [MemberData(nameof(BigMath))]
    public void SafeBigMath_VectorCase_MatchesExactly(int index)
    {
        JsonElement c = File.GetProperty("safe_bigmath_cases")[index];
        uint precision = c.TryGetProperty("precision", out JsonElement p) ? p.GetUInt32() : 256;

        BigInteger? r = SafeBigMath.PowRatioScaled(
            VectorValues.U64(c, "x"),
            VectorValues.U64(c, "den"),
            VectorValues.U64(c, "w1"),
            VectorValues.U64(c, "w2"),
            precision,
            VectorValues.U64(c, "scale"));

        Assert.Equal((BigInteger)VectorValues.U64(c, "expected"), r);
    }

    public static TheoryData<ulong, ulong, double, ulong> ConvertDeltaCases()
    {
        TheoryData<ulong, ulong, double, ulong> data = [];
        (ulong Tao, ulong Alpha)[] reserves = [(1500, 1000), (1, 1_000_000), (1_000_000, 1)];
        double[] weights = [0.5, 0.50000001, 0.49999999, 0.1, 0.9];
        ulong[] deltas = [1, 10_000, 1_000_000, ulong.MaxValue];
        foreach (double w in weights)
        {
            foreach ((ulong tao, ulong alpha) in reserves)
            {
                foreach (ulong d in deltas)
                {
                    data.Add(tao, alpha, w, d);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ConvertDeltaCases))]
    public void ConvertDeltas_VectorGrid_WithinTwoRaoOfFloatFormula(ulong tao, ulong alpha, double wQuote, ulong delta)
    {
        // Upstream builds the weight as Perquintill::from_rational((w · 1e9) as u128, 1e9) and compares with f64 math.
        Perquintill quote = Perquintill.FromRational((UInt128)(wQuote * 1e9), 1_000_000_000);
        SubnetPool pool = new(1, tao, alpha, 0, new Balancer(quote), true, SwapEngine.DefaultFeeRate);
        double y = tao;
        double x = alpha;
        double d = delta;
        double expectedSell = y * (1 - Math.Pow(x / (x + d), (1 - wQuote) / wQuote));
        double expectedBuy = x * (1 - Math.Pow(y / (y + d), wQuote / (1 - wQuote)));

        ulong sell = SwapEngine.ConvertDeltas(pool, SwapDirection.Sell, delta);
        ulong buy = SwapEngine.ConvertDeltas(pool, SwapDirection.Buy, delta);

        Assert.InRange((double)sell, Math.Floor(expectedSell) - 2, Math.Floor(expectedSell) + 2);
        Assert.InRange((double)buy, Math.Floor(expectedBuy) - 2, Math.Floor(expectedBuy) + 2);
    }
}
