using Bittensor.Core.FixedPoint;

namespace Bittensor.Runtime.Epoch;

/// <summary>Scalar and vector conversions between fixed-point, integers and u16 proportions.</summary>
public static partial class EpochMath
{
    /// <summary>Floor to u16, saturating (negatives → 0).</summary>
    /// <remarks>subtensor <c>epoch/math.rs::fixed_to_u16</c>.</remarks>
    public static ushort FixedToU16(I32F32 x) => x.SaturatingToInt<ushort>();

    /// <summary>Floor to u64, saturating.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::fixed_to_u64</c>.</remarks>
    public static ulong FixedToU64(I32F32 x) => x.SaturatingToInt<ulong>();

    /// <summary>Floor to u64, saturating.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::fixed64_to_u64</c>.</remarks>
    public static ulong Fixed64ToU64(I64F64 x) => x.SaturatingToInt<ulong>();

    /// <summary>I64F64 → I32F32: truncates the extra fractional bits, saturates the integer part.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::fixed64_to_fixed32</c>.</remarks>
    public static I32F32 Fixed64ToFixed32(I64F64 x) => I32F32.SaturatingFromFixed(x);

    /// <summary>I32F32 → I64F64 (exact).</summary>
    /// <remarks>subtensor <c>epoch/math.rs::fixed32_to_fixed64</c>.</remarks>
    public static I64F64 Fixed32ToFixed64(I32F32 x) => I64F64.SaturatingFromFixed(x);

    /// <summary>The raw integer as I32F32 (65535 → 65535.0, not 1.0).</summary>
    /// <remarks>subtensor <c>epoch/math.rs::u16_to_fixed</c>.</remarks>
    public static I32F32 U16ToFixed(ushort x) => I32F32.FromInt(x);

    /// <summary><c>x / 65535</c> (truncating I32F32 division).</summary>
    /// <remarks>subtensor <c>epoch/math.rs::u16_proportion_to_fixed</c>.</remarks>
    public static I32F32 U16ProportionToFixed(ushort x) => I32F32.FromInt(x).SafeDiv(U16Max);

    /// <summary><c>x / 65535</c> for a value already in I32F32.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::fixed_to_fixed_u16_proportion</c>.</remarks>
    public static I32F32 FixedToFixedU16Proportion(I32F32 x) => x.SafeDiv(U16Max);

    /// <summary><c>floor(x * 65535)</c> (saturating multiply, then saturating floor to u16).</summary>
    /// <remarks>subtensor <c>epoch/math.rs::fixed_proportion_to_u16</c>.</remarks>
    public static ushort FixedProportionToU16(I32F32 x) => FixedToU16(x.SaturatingMul(U16Max));

    /// <remarks>subtensor <c>epoch/math.rs::vec_fixed32_to_u64</c>.</remarks>
    public static ulong[] VecFixed32ToU64(ReadOnlySpan<I32F32> vec)
    {
        ulong[] result = new ulong[vec.Length];
        for (int i = 0; i < vec.Length; i++)
        {
            result[i] = FixedToU64(vec[i]);
        }

        return result;
    }

    /// <remarks>subtensor <c>epoch/math.rs::vec_fixed64_to_fixed32</c>.</remarks>
    public static I32F32[] VecFixed64ToFixed32(ReadOnlySpan<I64F64> vec)
    {
        I32F32[] result = new I32F32[vec.Length];
        for (int i = 0; i < vec.Length; i++)
        {
            result[i] = Fixed64ToFixed32(vec[i]);
        }

        return result;
    }

    /// <remarks>subtensor <c>epoch/math.rs::vec_fixed32_to_fixed64</c>.</remarks>
    public static I64F64[] VecFixed32ToFixed64(ReadOnlySpan<I32F32> vec)
    {
        I64F64[] result = new I64F64[vec.Length];
        for (int i = 0; i < vec.Length; i++)
        {
            result[i] = Fixed32ToFixed64(vec[i]);
        }

        return result;
    }

    /// <remarks>subtensor <c>epoch/math.rs::vec_fixed64_to_u64</c>.</remarks>
    public static ulong[] VecFixed64ToU64(ReadOnlySpan<I64F64> vec)
    {
        ulong[] result = new ulong[vec.Length];
        for (int i = 0; i < vec.Length; i++)
        {
            result[i] = Fixed64ToU64(vec[i]);
        }

        return result;
    }

    /// <remarks>subtensor <c>epoch/math.rs::vec_fixed_proportions_to_u16</c>.</remarks>
    public static ushort[] VecFixedProportionsToU16(ReadOnlySpan<I32F32> vec)
    {
        ushort[] result = new ushort[vec.Length];
        for (int i = 0; i < vec.Length; i++)
        {
            result[i] = FixedProportionToU16(vec[i]);
        }

        return result;
    }

    /// <summary>
    /// Scales a non-negative vector so its maximum becomes 65535 and rounds (ties away from zero) to u16.
    /// All zeros stay zeros. Above a maximum of 32768 the factor <c>65535/max</c> is computed first
    /// (avoiding the overflow of <c>x * 65535</c>), which rounds differently — upstream's exact order is kept.
    /// </summary>
    /// <remarks>subtensor <c>epoch/math.rs::vec_max_upscale_to_u16</c>.</remarks>
    public static ushort[] VecMaxUpscaleToU16(ReadOnlySpan<I32F32> vec)
    {
        ushort[] result = new ushort[vec.Length];
        if (vec.IsEmpty)
        {
            return result;
        }

        I32F32 threshold = I32F32.FromInt(32768);
        I32F32 max = vec[0];
        foreach (I32F32 v in vec)
        {
            max = I32F32.Max(max, v);
        }

        for (int i = 0; i < vec.Length; i++)
        {
            I32F32 e = vec[i];
            if (max.IsZero)
            {
                result[i] = e.SaturatingMul(U16Max).SaturatingToInt<ushort>();
                continue;
            }

            I32F32 scaled = max > threshold
                ? e.SaturatingMul(U16Max.SafeDiv(max))
                : e.SaturatingMul(U16Max).SafeDiv(max);
            result[i] = scaled.Round().SaturatingToInt<ushort>();
        }

        return result;
    }

    /// <summary>Max-upscales a u16 vector to 65535 (see <see cref="VecMaxUpscaleToU16"/>).</summary>
    /// <remarks>subtensor <c>epoch/math.rs::vec_u16_max_upscale_to_u16</c>.</remarks>
    public static ushort[] VecU16MaxUpscaleToU16(ReadOnlySpan<ushort> vec)
    {
        I32F32[] fixedVec = new I32F32[vec.Length];
        for (int i = 0; i < vec.Length; i++)
        {
            fixedVec[i] = I32F32.FromInt(vec[i]);
        }

        return VecMaxUpscaleToU16(fixedVec);
    }

    /// <summary>
    /// Whether the vector, once normalised to sum 1, has no element above <c>maxLimit / 65535</c>.
    /// Empty vectors pass.
    /// </summary>
    /// <remarks>subtensor <c>epoch/math.rs::check_vec_max_limited</c>.</remarks>
    public static bool CheckVecMaxLimited(ReadOnlySpan<ushort> vec, ushort maxLimit)
    {
        I32F32 limit = I32F32.FromInt(maxLimit).SafeDiv(U16Max);
        Span<I32F32> values = vec.Length <= 32 ? stackalloc I32F32[vec.Length] : new I32F32[vec.Length];
        for (int i = 0; i < vec.Length; i++)
        {
            values[i] = I32F32.FromInt(vec[i]);
        }

        InplaceNormalize(values);
        foreach (I32F32 v in values)
        {
            if (v > limit)
            {
                return false;
            }
        }

        return true;
    }
}
