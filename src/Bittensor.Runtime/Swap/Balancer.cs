using System.Numerics;
using Bittensor.Core.FixedPoint;

namespace Bittensor.Runtime.Swap;

/// <summary>
/// The weighted two-asset pool math ("PalSwap"): base x = alpha reserve, quote y = TAO reserve, weights
/// w1 (base) + w2 (quote) = 1 with only the quote weight stored, each at least 0.01.
/// Price <c>p = (w1/w2)·(y/x)</c>; a sell of Δx pays <c>y·(1 − (x/(x+Δx))^(w1/w2))</c>, a buy of Δy pays
/// <c>x·(1 − (y/(y+Δy))^(w2/w1))</c>.
/// </summary>
/// <param name="Quote">The quote (TAO) weight w2.</param>
/// <remarks>opentensor/subtensor@14bc6f9 <c>pallets/swap/src/pallet/balancer.rs</c>.</remarks>
public readonly record struct Balancer(Perquintill Quote)
{
    /// <summary><c>MIN_WEIGHT</c>: 0.01.</summary>
    public static Perquintill MinWeight => new(Perquintill.Accuracy / 100);

    /// <summary>The default pool: both weights 0.5 (constant product).</summary>
    public static Balancer Default => new(Perquintill.FromRational(1, 2));

    private const uint ExpPrecision = 256;
    private const uint LimitPrecision = 1024;

    private static readonly BigInteger AccuracyBig = Perquintill.Accuracy;

    /// <summary>The base (alpha) weight w1 = 1 − w2 (saturating).</summary>
    public Perquintill Base => Perquintill.One.SaturatingSub(Quote);

    /// <summary>Both weights at least <see cref="MinWeight"/>.</summary>
    /// <remarks>Upstream <c>Balancer::check_constraints</c>.</remarks>
    public static bool CheckConstraints(Perquintill quote)
    {
        Perquintill baseWeight = Perquintill.One.SaturatingSub(quote);
        return baseWeight >= MinWeight && quote >= MinWeight;
    }

    /// <summary><c>Balancer::new</c>: <see langword="null"/> (upstream <c>InvalidValue</c>) when a weight would be below 0.01.</summary>
    public static Balancer? Create(Perquintill quote) => CheckConstraints(quote) ? new Balancer(quote) : null;

    /// <summary>
    /// <c>(x/(x+Δx))^(w1/w2)</c> (<paramref name="baseQuote"/>) or <c>^(w2/w1)</c> as U64F64: <c>pow_ratio_scaled</c> with
    /// precision 256 and scale 10^18, then <c>r / 10^18</c>, capped at 1 for Δx ≥ 0. 0 when <c>x + Δx</c> (saturating)
    /// is 0 or the scaled result does not fit in u64.
    /// </summary>
    /// <remarks>Upstream <c>Balancer::exp_scaled</c>.</remarks>
    public U64F64 ExpScaled(ulong x, Int128 dx, bool baseQuote)
    {
        ulong xPlusDx;
        if (dx >= 0)
        {
            ulong d = (ulong)dx;
            xPlusDx = x > ulong.MaxValue - d ? ulong.MaxValue : x + d;
        }
        else
        {
            ulong d = (ulong)(-dx);
            xPlusDx = x >= d ? x - d : 0;
        }

        if (xPlusDx == 0)
        {
            return U64F64.Zero;
        }

        BigInteger w1 = Base.Parts;
        BigInteger w2 = Quote.Parts;
        BigInteger? r = baseQuote
            ? SafeBigMath.PowRatioScaled(x, xPlusDx, w1, w2, ExpPrecision, AccuracyBig)
            : SafeBigMath.PowRatioScaled(x, xPlusDx, w2, w1, ExpPrecision, AccuracyBig);
        if (r is { } value && value.Sign >= 0 && value <= ulong.MaxValue)
        {
            U64F64 result = U64F64.FromInt((ulong)value).SafeDiv(U64F64.FromInt(Perquintill.Accuracy));
            return dx >= 0 ? U64F64.Min(result, U64F64.One) : result;
        }

        return U64F64.Zero;
    }

    /// <summary><c>(x/(x+Δx))^(w1/w2)</c>: the factor of a sell (alpha in, TAO out).</summary>
    /// <remarks>Upstream <c>Balancer::exp_base_quote</c>.</remarks>
    public U64F64 ExpBaseQuote(ulong x, ulong dx) => ExpScaled(x, dx, true);

    /// <summary><c>(y/(y+Δy))^(w2/w1)</c>: the factor of a buy (TAO in, alpha out).</summary>
    /// <remarks>Upstream <c>Balancer::exp_quote_base</c>.</remarks>
    public U64F64 ExpQuoteBase(ulong y, ulong dy) => ExpScaled(y, dy, false);

    /// <summary><c>(w1/w2) · (y/x)</c> in U64F64 (<c>safe_div</c>, saturating multiply): 0 when x is 0.</summary>
    /// <remarks>Upstream <c>Balancer::calculate_price</c>.</remarks>
    public U64F64 CalculatePrice(ulong x, ulong y)
    {
        U64F64 w2 = U64F64.FromInt(Quote.Parts);
        U64F64 w1 = U64F64.FromInt(Base.Parts);
        return w1.SafeDiv(w2).SaturatingMul(U64F64.FromInt(y).SafeDiv(U64F64.FromInt(x)));
    }

    /// <summary><c>value · p</c> rounded half up, in 256-bit arithmetic, capped at u128::MAX.</summary>
    /// <remarks>Upstream <c>Balancer::mul_perquintill_round</c>.</remarks>
    public static UInt128 MulPerquintillRound(Perquintill p, UInt128 value)
    {
        BigInteger num = (BigInteger)value * p.Parts;
        BigInteger res = (num + (AccuracyBig / 2)) / AccuracyBig;
        BigInteger max = UInt128.MaxValue;
        return (UInt128)(res > max ? max : res);
    }

    /// <summary>
    /// The weights after protocol liquidity (<paramref name="taoDelta"/>, <paramref name="alphaDelta"/>) is added so the
    /// price does not move: <c>w2' = q2 / (q1 + q2)</c> with <c>q1 = R(w1·y·(x+Δx))</c>, <c>q2 = R(w2·x·(y+Δy))</c>
    /// (<see cref="MulPerquintillRound"/>), or 0.5 when both are 0. <see langword="null"/> (upstream <c>InvalidValue</c>,
    /// weights unchanged) when a weight would leave [0.01, 0.99].
    /// </summary>
    /// <remarks>Upstream <c>Balancer::update_weights_for_added_liquidity</c>.</remarks>
    public Balancer? UpdateWeightsForAddedLiquidity(ulong taoReserve, ulong alphaReserve, ulong taoDelta, ulong alphaDelta)
    {
        UInt128 newTao = (UInt128)taoReserve + taoDelta;
        UInt128 newAlpha = (UInt128)alphaReserve + alphaDelta;
        UInt128 quantity1 = MulPerquintillRound(Base, SaturatingMul(taoReserve, newAlpha));
        UInt128 quantity2 = MulPerquintillRound(Quote, SaturatingMul(alphaReserve, newTao));
        UInt128 sum = quantity1 > UInt128.MaxValue - quantity2 ? UInt128.MaxValue : quantity1 + quantity2;
        Perquintill weight = sum != UInt128.Zero ? Perquintill.FromRational(quantity2, sum) : Perquintill.FromRational(1, 2);
        return Create(weight);
    }

    /// <summary>
    /// TAO needed to move the price up from <paramref name="currentPrice"/> to <paramref name="targetPrice"/>:
    /// <c>floor(y · ((p'/p)^w1 − 1))</c> with the ratio of the raw U64F64 bits and <c>pow_ratio_scaled</c> at precision 1024,
    /// scale 10^18 (saturating; 0 when the target is below the current price or the power is undefined).
    /// </summary>
    /// <remarks>Upstream <c>Balancer::calculate_quote_delta_in</c>.</remarks>
    public ulong CalculateQuoteDeltaIn(U64F64 currentPrice, U64F64 targetPrice, ulong reserve) =>
        DeltaIn(targetPrice.Bits, currentPrice.Bits, Base, reserve);

    /// <summary>
    /// Alpha needed to move the price down from <paramref name="currentPrice"/> to <paramref name="targetPrice"/>:
    /// <c>floor(x · ((p/p')^w2 − 1))</c>, computed as <see cref="CalculateQuoteDeltaIn"/>.
    /// </summary>
    /// <remarks>Upstream <c>Balancer::calculate_base_delta_in</c>.</remarks>
    public ulong CalculateBaseDeltaIn(U64F64 currentPrice, U64F64 targetPrice, ulong reserve) =>
        DeltaIn(currentPrice.Bits, targetPrice.Bits, Quote, reserve);

    /// <summary>
    /// Alpha to sell for <paramref name="deltaTao"/> TAO out: <c>floor(x · ((y/(y−Δy))^(w2/w1) − 1))</c> (saturating).
    /// </summary>
    /// <remarks>Upstream <c>Balancer::get_base_needed_for_quote</c>.</remarks>
    public ulong GetBaseNeededForQuote(ulong taoReserve, ulong alphaReserve, ulong deltaTao)
    {
        U64F64 e = ExpScaled(taoReserve, -(Int128)deltaTao, false);
        return U64F64.FromInt(alphaReserve).SaturatingMul(e.SaturatingSub(U64F64.One)).SaturatingToInt<ulong>();
    }

    private static ulong DeltaIn(UInt128 numeratorBits, UInt128 denominatorBits, Perquintill weight, ulong reserve)
    {
        BigInteger? exp = SafeBigMath.PowRatioScaled(numeratorBits, denominatorBits, weight.Parts, AccuracyBig, LimitPrecision, AccuracyBig);
        if (exp is not { } value)
        {
            return 0;
        }

        U64F64 expFixed = value.Sign < 0 ? U64F64.Zero : value > ulong.MaxValue ? U64F64.FromInt(ulong.MaxValue) : U64F64.FromInt((ulong)value);
        U64F64 factor = expFixed.SafeDiv(U64F64.FromInt(Perquintill.Accuracy)).SaturatingSub(U64F64.One);
        return U64F64.FromInt(reserve).SaturatingMul(factor).SaturatingToInt<ulong>();
    }

    private static UInt128 SaturatingMul(ulong a, UInt128 b)
    {
        UInt128 max = UInt128.MaxValue / (a == 0 ? 1 : a);
        return a != 0 && b > max ? UInt128.MaxValue : a * b;
    }
}
