using Bittensor.Core.FixedPoint;

namespace Bittensor.Runtime.Registration;

/// <summary>
/// The neuron registration (burn) price: a continuous per-block half-life decay plus a multiplicative bump after
/// every registration, both clamped to <c>[MinBurn, MaxBurn]</c>. Q32 means 1.0 = 2^32.
/// </summary>
/// <remarks>opentensor/subtensor@14bc6f9 <c>pallets/subtensor/src/subnets/registration.rs</c> and <c>utils/misc.rs</c>.</remarks>
public static class BurnPrice
{
    /// <summary>1.0 in Q32.</summary>
    public const ulong OneQ32 = 1UL << 32;

    /// <summary><c>DefaultNeuronBurnCost</c>: the burn of a new subnet (1 TAO).</summary>
    public const ulong DefaultBurn = 1_000_000_000;

    /// <summary>Runtime default <c>MinBurn</c>.</summary>
    public const ulong DefaultMinBurn = 500_000;

    /// <summary>Runtime default <c>MaxBurn</c> (100 TAO).</summary>
    public const ulong DefaultMaxBurn = 100_000_000_000;

    /// <summary>Runtime default <c>BurnHalfLife</c> in blocks.</summary>
    public const ushort DefaultHalfLife = 360;

    /// <summary>Runtime default <c>BurnIncreaseMult</c> (1.26 as U64F64, rounded to nearest like <c>from_num(1.26)</c>).</summary>
    public static U64F64 DefaultIncreaseMult { get; } = U64F64.FromBits(((UInt128)1 << 64) + 4_796_153_459_164_483_584UL);

    /// <summary><c>min((value · factor) &gt;&gt; 32, u64::MAX)</c> in 128-bit arithmetic.</summary>
    /// <remarks>Upstream <c>utils/misc.rs::mul_by_q32</c>.</remarks>
    public static ulong MulByQ32(ulong value, ulong factorQ32)
    {
        UInt128 shifted = ((UInt128)value * factorQ32) >> 32;
        return shifted > ulong.MaxValue ? ulong.MaxValue : (ulong)shifted;
    }

    /// <summary><paramref name="baseQ32"/>^<paramref name="exponent"/> in Q32 by square-and-multiply with <see cref="MulByQ32"/>.</summary>
    /// <remarks>Upstream <c>utils/misc.rs::pow_q32</c>.</remarks>
    public static ulong PowQ32(ulong baseQ32, ushort exponent)
    {
        ulong result = OneQ32;
        ulong factor = baseQ32;
        uint power = exponent;
        while (power > 0)
        {
            if ((power & 1) == 1)
            {
                result = MulByQ32(result, factor);
            }

            power >>= 1;
            if (power > 0)
            {
                factor = MulByQ32(factor, factor);
            }
        }

        return result;
    }

    /// <summary>
    /// The per-block decay factor: the largest Q32 value <c>f &lt; 2^32</c> with <c>pow_q32(f, halfLife) ≤ 2^31</c>, by
    /// binary search; 1.0 at half-life 0.
    /// </summary>
    /// <remarks>Upstream <c>utils/misc.rs::decay_factor_q32</c>.</remarks>
    public static ulong DecayFactorQ32(ushort halfLife)
    {
        if (halfLife == 0)
        {
            return OneQ32;
        }

        const ulong HalfQ32 = 1UL << 31;
        ulong lo = 0;
        ulong hi = OneQ32;
        while (lo + 1 < hi)
        {
            ulong mid = lo + ((hi - lo) >> 1);
            if (PowQ32(mid, halfLife) > HalfQ32)
            {
                hi = mid;
            }
            else
            {
                lo = mid;
            }
        }

        return lo;
    }

    /// <summary>
    /// The burn after the start-of-block update: decayed by <see cref="DecayFactorQ32"/> when the half-life is non-zero
    /// and <paramref name="currentBlock"/> &gt; 1, then clamped to [<paramref name="minBurn"/>, <paramref name="maxBurn"/>]
    /// (min first, so max wins if they cross).
    /// </summary>
    /// <remarks>Upstream <c>subnets/registration.rs::update_registration_prices_for_networks</c> (per subnet; runs for every added subnet including root).</remarks>
    public static ulong DecayForBlock(ulong burn, ushort halfLife, ulong minBurn, ulong maxBurn, ulong currentBlock)
    {
        ulong next = burn;
        if (halfLife > 0 && currentBlock > 1)
        {
            next = MulByQ32(burn, DecayFactorQ32(halfLife));
        }

        return Clamp(next, minBurn, maxBurn);
    }

    /// <summary>
    /// The burn right after a registration: <c>floor(U64F64(burn) · max(mult, 1))</c> (saturating), clamped to
    /// [<paramref name="minBurn"/>, <paramref name="maxBurn"/>]. The root subnet does not use it.
    /// </summary>
    /// <remarks>Upstream <c>subnets/registration.rs::bump_registration_price_after_registration</c>.</remarks>
    public static ulong BumpAfterRegistration(ulong burn, U64F64 increaseMult, ulong minBurn, ulong maxBurn)
    {
        U64F64 mult = U64F64.Max(increaseMult, U64F64.One);
        ulong next = U64F64.SaturatingFromInt(burn).SaturatingMul(mult).SaturatingToInt<ulong>();
        return Clamp(next, minBurn, maxBurn);
    }

    private static ulong Clamp(ulong value, ulong min, ulong max)
    {
        if (value < min)
        {
            value = min;
        }

        if (value > max)
        {
            value = max;
        }

        return value;
    }
}
