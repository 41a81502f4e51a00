using System.Numerics;
using Bittensor.Core.FixedPoint;

namespace Bittensor.Runtime.Epoch;

/// <summary>Vector helpers: sums, normalisation, masks, top-k, exp/sigmoid.</summary>
public static partial class EpochMath
{
    /// <summary>Sum with wrapping addition (Rust <c>iter().sum()</c> in a release build).</summary>
    /// <remarks>subtensor <c>epoch/math.rs::sum</c>.</remarks>
    public static I32F32 Sum(ReadOnlySpan<I32F32> x)
    {
        I32F32 sum = I32F32.Zero;
        foreach (I32F32 v in x)
        {
            sum = sum.WrappingAdd(v);
        }

        return sum;
    }

    /// <summary>Sum with wrapping addition (Rust <c>iter().sum()</c> in a release build).</summary>
    /// <remarks>The I64F64 sums inside subtensor <c>epoch/math.rs::inplace_normalize_64</c> / <c>inplace_row_normalize_64</c>.</remarks>
    public static I64F64 Sum(ReadOnlySpan<I64F64> x)
    {
        I64F64 sum = I64F64.Zero;
        foreach (I64F64 v in x)
        {
            sum = sum.WrappingAdd(v);
        }

        return sum;
    }

    /// <summary>Sum, or <see langword="null"/> if any partial sum overflows; 0 for an empty input.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::checked_sum</c>.</remarks>
    public static T? CheckedSum<T>(ReadOnlySpan<T> x)
        where T : struct, IBinaryInteger<T>
    {
        T sum = T.Zero;
        foreach (T v in x)
        {
            T next = unchecked(sum + v);
            if (T.IsNegative(v) ? next > sum : next < sum)
            {
                return null;
            }

            sum = next;
        }

        return sum;
    }

    /// <summary>Sum of fixed-point values, or <see langword="null"/> on overflow; 0 for an empty input.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::checked_sum</c>.</remarks>
    public static T? CheckedSumFixed<T>(ReadOnlySpan<T> x)
        where T : struct, IFixedPoint<T>
    {
        T sum = T.Zero;
        foreach (T v in x)
        {
            T? next = sum.CheckedAdd(v);
            if (next is null)
            {
                return null;
            }

            sum = next.Value;
        }

        return sum;
    }

    /// <summary>Whether the (wrapping) sum is zero.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::is_zero</c>.</remarks>
    public static bool IsZero(ReadOnlySpan<I32F32> vector) => Sum(vector).IsZero;

    /// <summary>
    /// <c>exp</c> with the input clamped to [−20, 20]; if the series still fails, 0 for inputs ≤ 0 and
    /// <see cref="I32F32.MaxValue"/> otherwise. Uses substrate-fixed's series, so <c>exp_safe(20)</c> is
    /// 2066907302758576256 bits (≈4.8123e8) and <c>exp_safe(−20)</c> is 8 bits.
    /// </summary>
    /// <remarks>subtensor <c>epoch/math.rs::exp_safe</c>.</remarks>
    public static I32F32 ExpSafe(I32F32 input)
    {
        I32F32 min = I32F32.FromInt(-20);
        I32F32 max = I32F32.FromInt(20);
        I32F32 safe = input < min ? min : max < input ? max : input;
        long? result = SeriesExp.Exp(safe.Bits);
        if (result is not null)
        {
            return I32F32.FromBits(result.Value);
        }

        return safe <= I32F32.Zero ? I32F32.Zero : I32F32.MaxValue;
    }

    /// <summary><c>1 / (1 + exp_safe(−rho · (input − kappa)))</c> with saturating steps. Legacy: unused by the HEAD epoch.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::sigmoid_safe</c>.</remarks>
    public static I32F32 SigmoidSafe(I32F32 input, I32F32 rho, I32F32 kappa)
    {
        I32F32 one = I32F32.One;
        I32F32 offset = input.SaturatingSub(kappa);
        I32F32 negRho = rho.SaturatingMul(one.SaturatingNeg());
        I32F32 expInput = negRho.SaturatingMul(offset);
        I32F32 expOutput = ExpSafe(expInput);
        I32F32 denominator = expOutput.SaturatingAdd(one);
        return one.SafeDiv(denominator);
    }

    /// <summary><c>ln(value)</c>, or 0 where it is undefined.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::safe_ln</c>.</remarks>
    public static I32F32 SafeLn(I32F32 value) => FixedTranscendental.Ln(value) ?? I32F32.Zero;

    /// <summary>
    /// Marks the <paramref name="k"/> largest entries (all true when n &lt; k). Ties keep the higher index:
    /// indices are stably sorted ascending by value and the first n − k are cleared.
    /// </summary>
    /// <remarks>subtensor <c>epoch/math.rs::is_topk</c>.</remarks>
    public static bool[] IsTopK(ReadOnlySpan<I32F32> vector, int k)
    {
        bool[] result = new bool[vector.Length];
        Array.Fill(result, true);
        ClearBottom(vector, k, result);
        return result;
    }

    /// <summary>As <see cref="IsTopK"/>, but zero entries are never marked.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::is_topk_nonzero</c>.</remarks>
    public static bool[] IsTopKNonzero(ReadOnlySpan<I32F32> vector, int k)
    {
        bool[] result = new bool[vector.Length];
        for (int i = 0; i < vector.Length; i++)
        {
            result[i] = !vector[i].IsZero;
        }

        ClearBottom(vector, k, result);
        return result;
    }

    /// <summary>A copy normalised to sum 1 (unchanged copy if the sum is 0).</summary>
    /// <remarks>subtensor <c>epoch/math.rs::normalize</c>.</remarks>
    public static I32F32[] Normalize(ReadOnlySpan<I32F32> x)
    {
        I32F32[] result = x.ToArray();
        InplaceNormalize(result);
        return result;
    }

    /// <summary>Divides each element by the (wrapping) sum; leaves the vector alone if the sum is 0.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::inplace_normalize</c>.</remarks>
    public static void InplaceNormalize(Span<I32F32> x) => InplaceNormalizeUsingSum(x, Sum(x));

    /// <summary>Divides each element by <paramref name="sum"/> unless it is 0.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::inplace_normalize_using_sum</c>.</remarks>
    public static void InplaceNormalizeUsingSum(Span<I32F32> x, I32F32 sum)
    {
        if (sum.IsZero)
        {
            return;
        }

        for (int i = 0; i < x.Length; i++)
        {
            x[i] = x[i].SafeDiv(sum);
        }
    }

    /// <summary>I64F64 normalisation (stake shares): divides by the (wrapping) sum unless it is 0.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::inplace_normalize_64</c>.</remarks>
    public static void InplaceNormalize64(Span<I64F64> x)
    {
        I64F64 sum = Sum(x);
        if (sum.IsZero)
        {
            return;
        }

        for (int i = 0; i < x.Length; i++)
        {
            x[i] = x[i].SafeDiv(sum);
        }
    }

    /// <summary>Element-wise <c>x / y</c> (0 where <c>y</c> is 0 or missing); the result has the length of <paramref name="x"/>.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::vecdiv</c>.</remarks>
    public static I32F32[] VecDiv(ReadOnlySpan<I32F32> x, ReadOnlySpan<I32F32> y)
    {
        I32F32[] result = new I32F32[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            result[i] = x[i].SafeDiv(GetSafe(y, i));
        }

        return result;
    }

    /// <summary>Element-wise product with <c>checked_mul(..).unwrap_or_default()</c> (0 on overflow); length of the shorter input.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::vec_mul</c>.</remarks>
    public static I32F32[] VecMul(ReadOnlySpan<I32F32> a, ReadOnlySpan<I32F32> b)
    {
        int n = Math.Min(a.Length, b.Length);
        I32F32[] result = new I32F32[n];
        for (int i = 0; i < n; i++)
        {
            result[i] = a[i].CheckedMul(b[i]) ?? I32F32.Zero;
        }

        return result;
    }

    /// <summary>Zeroes the elements whose mask is true; positions past the mask count as masked. An empty mask does nothing.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::inplace_mask_vector</c>.</remarks>
    public static void InplaceMaskVector(ReadOnlySpan<bool> mask, Span<I32F32> vector)
    {
        if (mask.IsEmpty)
        {
            return;
        }

        for (int i = 0; i < vector.Length; i++)
        {
            if (i >= mask.Length || mask[i])
            {
                vector[i] = I32F32.Zero;
            }
        }
    }

    /// <summary><c>min(value, high)</c> then <c>max(.., low)</c>.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::clamp_value</c>.</remarks>
    public static I32F32 ClampValue(I32F32 value, I32F32 low, I32F32 high) => I32F32.Max(I32F32.Min(value, high), low);

    private static void ClearBottom(ReadOnlySpan<I32F32> vector, int k, bool[] result)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        int n = vector.Length;
        if (n < k)
        {
            return;
        }

        // Rust's sort_by_key is stable: equal values keep index order, i.e. sort by (value, index).
        int[] idxs = new int[n];
        for (int i = 0; i < n; i++)
        {
            idxs[i] = i;
        }

        I32F32[] keys = vector.ToArray();
        Array.Sort(idxs, (a, b) =>
        {
            int c = keys[a].CompareTo(keys[b]);
            return c != 0 ? c : a.CompareTo(b);
        });
        for (int i = 0; i < n - k; i++)
        {
            result[idxs[i]] = false;
        }
    }
}
