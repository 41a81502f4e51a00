using Bittensor.Core.FixedPoint;

namespace Bittensor.Runtime.Swap;

/// <summary>
/// The swap pallet on a <see cref="SubnetPool"/>: price, initialisation, fee, one swap step with price limit and
/// partial fill, and protocol liquidity injection. It never changes the reserves; <see cref="StakeSwap"/> applies
/// the outcome to them as subtensor does.
/// </summary>
/// <remarks>opentensor/subtensor@14bc6f9 <c>pallets/swap/src/pallet/{impls.rs,swap_step.rs}</c>.</remarks>
public static class SwapEngine
{
    /// <summary>Default <c>FeeRate</c> (33/65535 ≈ 0.05 %).</summary>
    public const ushort DefaultFeeRate = 33;

    /// <summary><c>MaxFeeRate</c>.</summary>
    public const ushort MaxFeeRate = 10_000;

    /// <summary>Runtime <c>SwapMinimumReserve</c> (the mock runtime uses 100).</summary>
    public const ulong DefaultMinimumReserve = 1_000_000;

    /// <summary><c>MAX_SWAP_INPUT_RESERVE_MULTIPLIER</c>: net input may be at most this times the input reserve.</summary>
    public const ulong MaxSwapInputReserveMultiplier = 1_000;

    /// <summary><c>max_price</c> in rao per alpha (10^6 TAO/alpha): the protocol's unlimited buys.</summary>
    public const ulong MaxPriceRao = 1_000_000_000_000_000;

    /// <summary><c>min_price</c> in rao per alpha (10^-6 TAO/alpha): the protocol's unlimited sells.</summary>
    public const ulong MinPriceRao = 1_000;

    /// <summary>
    /// A limit price given as rao of TAO per alpha, as U64F64 TAO per alpha: <c>U64F64(limit) / 10^9</c>.
    /// </summary>
    /// <remarks>Upstream <c>impls.rs::SwapEngine::swap</c>.</remarks>
    public static U64F64 LimitPriceFromRao(ulong priceLimitRao) =>
        U64F64.FromInt(priceLimitRao).SafeDiv(U64F64.FromInt(1_000_000_000));

    /// <summary>
    /// Alpha price in TAO: for mechanism 1 the weighted price <c>(w1/w2)·(SubnetTAO/AlphaIn)</c> (0 with no alpha
    /// reserve), otherwise 1.
    /// </summary>
    /// <remarks>Upstream <c>impls.rs::current_price</c>.</remarks>
    public static U64F64 CurrentPrice(in SubnetPool pool)
    {
        if (pool.Mechanism != 1)
        {
            return U64F64.One;
        }

        return pool.AlphaIn == 0 ? U64F64.Zero : pool.Balancer.CalculatePrice(pool.AlphaIn, pool.SubnetTao);
    }

    /// <summary>
    /// Initialises the weights once: from <paramref name="price"/> as <c>w2 = y / (p·x + y)</c> (with <c>p·x</c> split into
    /// integer and fractional parts as upstream), or 0.5 without a price. Already initialised pools are returned as is.
    /// </summary>
    /// <returns><see cref="SwapError.ReservesOutOfBalance"/> when <c>p·x + y</c> is 0 or the weight is out of range.</returns>
    /// <remarks>Upstream <c>impls.rs::maybe_initialize_palswap</c>.</remarks>
    public static SwapError MaybeInitialize(in SubnetPool pool, U64F64? price, out SubnetPool initialized)
    {
        initialized = pool;
        if (pool.SwapInitialized)
        {
            return SwapError.None;
        }

        Perquintill quote;
        if (price is { } p)
        {
            UInt128 pxHigh = SaturatingMul(p.SaturatingToInt<ulong>(), pool.AlphaIn);
            UInt128 pxLow = U64F64.FromInt(pool.AlphaIn).SaturatingMul(p.Frac()).SaturatingToInt<UInt128>();
            UInt128 pxPlusY = SaturatingAdd(SaturatingAdd(pxHigh, pxLow), pool.SubnetTao);
            if (pxPlusY == UInt128.Zero)
            {
                return SwapError.ReservesOutOfBalance;
            }

            quote = Perquintill.FromRational(pool.SubnetTao, pxPlusY);
        }
        else
        {
            quote = Perquintill.FromRational(1, 2);
        }

        if (Balancer.Create(quote) is not { } balancer)
        {
            return SwapError.ReservesOutOfBalance;
        }

        initialized = pool with { Balancer = balancer, SwapInitialized = true };
        return SwapError.None;
    }

    /// <summary>
    /// The swap fee on <paramref name="amount"/>: 0 when fees are dropped or the mechanism is not 1, else
    /// <c>floor(U64F64(amount) · (FeeRate / 65535))</c>.
    /// </summary>
    /// <remarks>Upstream <c>impls.rs::calculate_fee_amount</c>.</remarks>
    public static ulong CalculateFee(in SubnetPool pool, ulong amount, bool dropFees)
    {
        if (dropFees || pool.Mechanism != 1)
        {
            return 0;
        }

        U64F64 rate = U64F64.FromInt(pool.FeeRate).SafeDiv(U64F64.FromInt(ushort.MaxValue));
        return U64F64.FromInt(amount).SaturatingMul(rate).SaturatingToInt<ulong>();
    }

    /// <summary>
    /// Output of swapping <paramref name="deltaIn"/> at the current reserves and weights:
    /// buy <c>floor(x·(1 − e))</c> with <c>e = (y/(y+Δy))^(w2/w1)</c>; sell <c>floor(y·(1 − e))</c> with <c>e = (x/(x+Δx))^(w1/w2)</c>.
    /// </summary>
    /// <remarks>Upstream <c>swap_step.rs::SwapStep::convert_deltas</c> (both impls).</remarks>
    public static ulong ConvertDeltas(in SubnetPool pool, SwapDirection direction, ulong deltaIn)
    {
        if (direction == SwapDirection.Buy)
        {
            U64F64 e = pool.Balancer.ExpQuoteBase(pool.SubnetTao, deltaIn);
            return U64F64.FromInt(pool.AlphaIn).SaturatingMul(U64F64.One.SaturatingSub(e)).SaturatingToInt<ulong>();
        }
        else
        {
            U64F64 e = pool.Balancer.ExpBaseQuote(pool.AlphaIn, deltaIn);
            return U64F64.FromInt(pool.SubnetTao).SaturatingMul(U64F64.One.SaturatingSub(e)).SaturatingToInt<ulong>();
        }
    }

    /// <summary>The price the pool would reach after swapping <paramref name="deltaIn"/> in full (reserves saturate).</summary>
    /// <remarks>Upstream <c>swap_step.rs::SwapStep::price_target</c> (both impls).</remarks>
    public static U64F64 PriceTarget(in SubnetPool pool, SwapDirection direction, ulong deltaIn) =>
        PriceAfter(pool, direction, deltaIn, ConvertDeltas(pool, direction, deltaIn));

    private static U64F64 PriceAfter(in SubnetPool pool, SwapDirection direction, ulong deltaIn, ulong deltaOut)
    {
        return direction == SwapDirection.Buy
            ? pool.Balancer.CalculatePrice(SaturatingSub(pool.AlphaIn, deltaOut), SaturatingAdd(pool.SubnetTao, deltaIn))
            : pool.Balancer.CalculatePrice(SaturatingAdd(pool.AlphaIn, deltaIn), SaturatingSub(pool.SubnetTao, deltaOut));
    }

    /// <summary>
    /// One swap step: fee on the full amount; if the price after a full fill stays within <paramref name="limitPrice"/>
    /// the net amount is swapped, otherwise only the input that reaches the limit
    /// (<see cref="Balancer.CalculateQuoteDeltaIn"/> / <see cref="Balancer.CalculateBaseDeltaIn"/>) with the fee
    /// recomputed as <c>floor(Δin · FeeRate/(65535 − FeeRate))</c>. A non-zero input paying out nothing fails with
    /// <see cref="SwapError.ReservesTooLow"/>.
    /// </summary>
    /// <remarks>Upstream <c>swap_step.rs::BasicSwapStep::{new, determine_action, process_swap}</c>.</remarks>
    public static SwapError Step(in SubnetPool pool, SwapDirection direction, ulong amount, U64F64 limitPrice, bool dropFees, out SwapResult result)
    {
        result = default;
        ulong fee = CalculateFee(pool, amount, dropFees);
        ulong requested = SaturatingSub(amount, fee);

        // Upstream converts the full amount once for the target price and again when executing a full fill;
        // the second conversion is the same pure computation, so its result is reused.
        ulong requestedOut = ConvertDeltas(pool, direction, requested);
        U64F64 targetPrice = PriceAfter(pool, direction, requested, requestedOut);
        U64F64 currentPrice = CurrentPrice(pool);

        bool fullFill = direction == SwapDirection.Buy ? targetPrice <= limitPrice : targetPrice >= limitPrice;
        ulong deltaIn;
        ulong deltaOut;
        if (fullFill)
        {
            deltaIn = requested;
            deltaOut = requestedOut;
        }
        else
        {
            deltaIn = direction == SwapDirection.Buy
                ? pool.Balancer.CalculateQuoteDeltaIn(currentPrice, limitPrice, pool.SubnetTao)
                : pool.Balancer.CalculateBaseDeltaIn(currentPrice, limitPrice, pool.AlphaIn);
            U64F64 u16Max = U64F64.FromInt(ushort.MaxValue);
            U64F64 feeRate = dropFees ? U64F64.Zero : U64F64.FromInt(pool.FeeRate);
            fee = U64F64.FromInt(deltaIn).SaturatingMul(feeRate.SafeDiv(u16Max.SaturatingSub(feeRate))).SaturatingToInt<ulong>();
            deltaOut = ConvertDeltas(pool, direction, deltaIn);
        }

        ulong feeToAuthor = 0;
        if (deltaIn != 0)
        {
            if (deltaOut == 0)
            {
                return SwapError.ReservesTooLow;
            }

            feeToAuthor = fee;
        }

        result = new SwapResult(deltaIn, deltaOut, fee, feeToAuthor);
        return SwapError.None;
    }

    /// <summary>
    /// A full swap of the swap pallet: net input at most 1000 × the input reserve, output reserve at least
    /// <paramref name="minimumReserve"/>, weights initialised (0.5) if needed, limit beyond the current price
    /// (buy: current &lt; limit; sell: current &gt; limit), one <see cref="Step"/>, and the output within the output reserve.
    /// Reserves are not changed. With <paramref name="simulate"/> nothing is kept.
    /// </summary>
    /// <remarks>Upstream <c>impls.rs::do_swap</c>, <c>ensure_swap_input_within_reserve_limit</c>, <c>swap_inner</c>
    /// (a transaction: errors roll the initialisation back, except <see cref="SwapError.InsufficientLiquidity"/> which commits it).</remarks>
    public static SwapOutcome Swap(in SubnetPool pool, SwapDirection direction, ulong amount, U64F64 limitPrice, bool dropFees, ulong minimumReserve, bool simulate = false)
    {
        ulong reserveOut = direction == SwapDirection.Buy ? pool.AlphaIn : pool.SubnetTao;
        ulong reserveIn = direction == SwapDirection.Buy ? pool.SubnetTao : pool.AlphaIn;

        ulong net = SaturatingSub(amount, CalculateFee(pool, amount, dropFees));
        if (net > SaturatingMulU64(reserveIn, MaxSwapInputReserveMultiplier))
        {
            return new SwapOutcome(SwapError.SwapInputTooLarge, default, pool);
        }

        if (reserveOut < minimumReserve)
        {
            return new SwapOutcome(SwapError.ReservesTooLow, default, pool);
        }

        SwapError init = MaybeInitialize(pool, null, out SubnetPool working);
        if (init != SwapError.None)
        {
            return new SwapOutcome(init, default, pool);
        }

        U64F64 current = CurrentPrice(working);
        bool beyond = direction == SwapDirection.Buy ? current < limitPrice : current > limitPrice;
        if (!beyond)
        {
            return new SwapOutcome(SwapError.PriceLimitExceeded, default, pool);
        }

        SwapError step = Step(working, direction, amount, limitPrice, dropFees, out SwapResult result);
        if (step != SwapError.None)
        {
            return new SwapOutcome(step, default, pool);
        }

        if (simulate)
        {
            return new SwapOutcome(SwapError.None, result, pool);
        }

        return reserveOut < result.AmountPaidOut
            ? new SwapOutcome(SwapError.InsufficientLiquidity, default, working)
            : new SwapOutcome(SwapError.None, result, working);
    }

    /// <summary>
    /// Re-weights the pool for protocol liquidity (<paramref name="taoDelta"/>, <paramref name="alphaDelta"/>) about to
    /// be added so the price stays put, and returns what may be injected: both deltas, or (0, 0) with the weights
    /// unchanged when they would leave [0.01, 0.99]. Reserves are not changed and the pool is not marked initialised.
    /// </summary>
    /// <remarks>Upstream <c>impls.rs::adjust_protocol_liquidity</c>.</remarks>
    public static (SubnetPool Pool, ulong Tao, ulong Alpha) AdjustProtocolLiquidity(in SubnetPool pool, ulong taoDelta, ulong alphaDelta)
    {
        Balancer? updated = pool.Balancer.UpdateWeightsForAddedLiquidity(pool.SubnetTao, pool.AlphaIn, taoDelta, alphaDelta);
        return updated is { } balancer ? (pool with { Balancer = balancer }, taoDelta, alphaDelta) : (pool, 0, 0);
    }

    private static ulong SaturatingSub(ulong a, ulong b) => a >= b ? a - b : 0;

    private static ulong SaturatingAdd(ulong a, ulong b) => a > ulong.MaxValue - b ? ulong.MaxValue : a + b;

    private static UInt128 SaturatingAdd(UInt128 a, UInt128 b) => a > UInt128.MaxValue - b ? UInt128.MaxValue : a + b;

    private static UInt128 SaturatingMul(ulong a, ulong b) => (UInt128)a * b;

    private static ulong SaturatingMulU64(ulong a, ulong b)
    {
        UInt128 p = (UInt128)a * b;
        return p > ulong.MaxValue ? ulong.MaxValue : (ulong)p;
    }
}
