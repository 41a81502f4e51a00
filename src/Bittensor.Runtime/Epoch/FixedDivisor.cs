using System.Runtime.CompilerServices;
using Bittensor.Core.FixedPoint;

namespace Bittensor.Runtime.Epoch;

/// <summary>
/// <c>x.safe_div(d)</c> for many numerators x over one I32F32 divisor d (a row sum, a column sum, 65535), bit-exact
/// with <see cref="FixedSafeMath.SafeDiv{T}"/> but with the divisions replaced by multiplications: the quotient
/// <c>(x · 2^32) / d</c> is built from 64-bit digits, each digit an exact division by invariant integer
/// (Granlund–Montgomery / libdivide "u64" magic numbers). Numerators outside the fast domain (negative, a
/// quotient that could overflow I32F32) and non-integer divisors ≤ 0 or ≥ 2^47 bits take <see cref="FixedSafeMath.SafeDiv{T}"/>.
/// </summary>
/// <remarks>Justified by bench/EpochBenchmarks: row/column normalisation divides every weight and bond entry.</remarks>
internal readonly struct FixedDivisor
{
    private readonly I32F32 _divisor;
    private readonly UnsignedDivisor _magic;
    private readonly byte _mode; // 0: SafeDiv fallback; 1: integer divisor (low 32 bits zero); 2: below 2^32; 3: below 2^47; 4: identity

    private FixedDivisor(I32F32 divisor, bool identity)
    {
        _divisor = divisor;
        _mode = identity ? (byte)4 : (byte)0;
    }

    /// <summary>A divisor that leaves every value unchanged (upstream skips entries whose column sum/max is 0).</summary>
    public static FixedDivisor Identity => new(I32F32.Zero, identity: true);

    public FixedDivisor(I32F32 divisor)
    {
        _divisor = divisor;
        long d = divisor.Bits;
        if (d > 0 && (d & 0xFFFF_FFFFL) == 0)
        {
            // Any positive integer divisor (a row sum of raw u16 weights reaches 2^59 bits): the quotient is a / B
            // exactly, with no 2^47 limit.
            _mode = 1;
            _magic = new UnsignedDivisor((ulong)d >> 32);
        }
        else if (d <= 0 || d >= (1L << 47))
        {
            _mode = 0;
            _magic = default;
        }
        else
        {
            _mode = d < (1L << 32) ? (byte)2 : (byte)3;
            _magic = new UnsignedDivisor((ulong)d);
        }
    }

    /// <summary><c>x.safe_div(divisor)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public I32F32 Divide(I32F32 x)
    {
        if (_mode == 4)
        {
            return x;
        }

        long a = x.Bits;
        if (a >= 0)
        {
            switch (_mode)
            {
                case 1:
                    // (a·2^32) / (B·2^32) = a / B exactly; |a / B| ≤ |a| cannot overflow.
                    return I32F32.FromBits((long)_magic.Divide((ulong)a));
                case 2:
                case 3:
                    if ((ulong)a < (1UL << 32))
                    {
                        // Proportions (a < 1.0): a · 2^32 fits a u64, so the quotient is one exact u64 division,
                        // valid whenever it fits the I32F32 bits (otherwise safe_div's overflow path below).
                        ulong q = _magic.Divide((ulong)a << 32);
                        if (q <= long.MaxValue)
                        {
                            return I32F32.FromBits((long)q);
                        }
                    }

                    ulong d = (ulong)_divisor.Bits;
                    ulong whole = _magic.Divide((ulong)a);
                    if (whole < (1UL << 31))
                    {
                        ulong rem = (ulong)a - (whole * d);
                        ulong frac;
                        if (_mode == 2)
                        {
                            frac = _magic.Divide(rem << 32);
                        }
                        else
                        {
                            // rem < d < 2^47, so rem · 2^16 fits; two 16-bit digits.
                            ulong r1 = rem << 16;
                            ulong d1 = _magic.Divide(r1);
                            ulong r2 = (r1 - (d1 * d)) << 16;
                            frac = (d1 << 16) | _magic.Divide(r2);
                        }

                        return I32F32.FromBits((long)((whole << 32) | frac));
                    }

                    break;
            }
        }

        return x.SafeDiv(_divisor);
    }
}
