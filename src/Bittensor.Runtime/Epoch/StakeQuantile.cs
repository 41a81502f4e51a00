using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Bittensor.Runtime.Epoch;

/// <summary>
/// The value upstream's <c>weighted_median</c> returns, computed by multi-pivot selection instead of its
/// mid-index quickselect: the smallest score <c>v</c> whose stake at or below it, <c>H(v) = Σ{stake_k : score_k ≤ v}</c>,
/// exceeds <c>minority</c>; the largest score when no score does.
/// </summary>
/// <remarks>
/// <para>Why this equals subtensor <c>epoch/math.rs::weighted_median</c> (called with every index,
/// <c>partition_lo = 0</c>, <c>partition_hi = Σstake</c>) for non-negative stakes whose sum cannot overflow (normalised
/// shares, Σ ≤ 1): upstream's partition is always every score inside a value interval, <c>partition_lo</c> the stake
/// below it and <c>partition_hi − partition_lo</c> the stake inside it (the saturating sums never saturate). For a
/// pivot v it computes <c>L(v) = lo + lo_stake</c> (stake strictly below v) and <c>H(v) = hi − hi_stake</c>, returns v
/// when <c>L(v) ≤ minority &lt; H(v)</c>, descends below when <c>minority &lt; L(v)</c>, above when
/// <c>H(v) ≤ minority</c>. While <c>0 ≤ minority &lt; Σstake</c> the interval keeps <c>lo ≤ minority &lt; hi</c>, so
/// neither side is ever empty when taken and a lone score left is the answer; the value it returns is the only v with
/// <c>L(v) ≤ minority &lt; H(v)</c>, i.e. the smallest v with <c>H(v) &gt; minority</c>. With <c>minority &lt; 0</c> it
/// always descends and returns the smallest score (which is that smallest v); with <c>minority ≥ Σstake</c>
/// (kappa 0) it always ascends and returns the largest. Each round drops the pivot's value, so its iteration limit
/// is never reached. The result therefore depends only on the multiset of (score, stake), not on the pivot order,
/// and any exact selection gives it; the differential tests compare both on random columns with ties and zeros.</para>
/// <para>The selection here: seven pivots sampled from the candidates, one vectorised pass summing the stake at or
/// below each, then the candidates strictly between the two pivots around the quantile; when their stake does not
/// reach the quantile the upper pivot is the answer (this settles the common columns of equal scores, e.g. zeros, in
/// one pass), otherwise the search repeats on them, and a handful is finished by comparing each with the others.</para>
/// </remarks>
internal static class StakeQuantile
{
    private const int Pivots = 7; // StakeAtOrBelow and SortSeven are written out for seven.
    private const int SortBelow = 16;

    /// <summary>Extra scratch elements past the candidates (whole-vector stores of the compaction).</summary>
    public const int Slack = 8;

    /// <summary>
    /// The smallest <paramref name="score"/> with <c>H(v) &gt; minority</c>, else the largest score (0 for none).
    /// </summary>
    /// <param name="score">The candidates' scores (not modified).</param>
    /// <param name="stake">Their stakes, each ≥ 0, with a sum that fits a long.</param>
    /// <param name="minority">The quantile.</param>
    /// <param name="bufferScore">Scratch of at least <paramref name="score"/>.Length + <see cref="Slack"/> elements.</param>
    /// <param name="bufferStake">Scratch of at least <paramref name="score"/>.Length + <see cref="Slack"/> elements.</param>
    public static long Select(ReadOnlySpan<long> score, ReadOnlySpan<long> stake, long minority, Span<long> bufferScore, Span<long> bufferStake)
    {
        int count = score.Length;
        if (count == 0)
        {
            return 0;
        }

        long below = 0;
        Span<long> pivots = stackalloc long[Pivots];
        Span<long> atOrBelow = stackalloc long[Pivots];
        while (count > SortBelow)
        {
            for (int t = 0; t < Pivots; t++)
            {
                pivots[t] = score[(int)(((long)count * ((2 * t) + 1)) / (2 * Pivots))];
            }

            SortSeven(pivots);
            StakeAtOrBelow(score[..count], stake[..count], pivots, atOrBelow);

            // First pivot whose H exceeds the quantile: the answer lies in (pivots[t-1], pivots[t]].
            int t0 = 0;
            while (t0 < Pivots && below + atOrBelow[t0] <= minority)
            {
                t0++;
            }

            bool hasLo = t0 > 0;
            bool hasHi = t0 < Pivots;
            long lo = hasLo ? pivots[t0 - 1] : 0;
            long hi = hasHi ? pivots[t0] : 0;
            long baseStake = below + (hasLo ? atOrBelow[t0 - 1] : 0);
            int kept = Keep(score[..count], stake[..count], lo, hi, !hasLo, !hasHi, bufferScore, bufferStake, out long keptStake);
            if (hasHi && baseStake + keptStake <= minority)
            {
                // H(hi) > minority and the stake strictly below hi is not: hi itself.
                return hi;
            }

            if (kept == 0)
            {
                // Nothing strictly inside: hi itself (with a negative quantile the smallest score may be hi), or, when no
                // pivot exceeds (the quantile at or past the total), the largest score.
                return hasHi ? hi : pivots[Pivots - 1];
            }

            below = baseStake;
            count = kept;
            score = bufferScore;
            stake = bufferStake;
        }

        // A handful left: H of each candidate by comparing it with all the others (branch-free), the smallest whose H
        // exceeds the quantile, else the largest (reached only when the quantile is at or past the total).
        long best = long.MaxValue;
        long largest = long.MinValue;
        bool found = false;
        for (int i = 0; i < count; i++)
        {
            long v = score[i];
            long h = below;
            for (int k = 0; k < count; k++)
            {
                h += stake[k] & -(long)Unsafe.BitCast<bool, byte>(score[k] <= v);
            }

            long exceeds = -(long)Unsafe.BitCast<bool, byte>(h > minority);
            found |= exceeds != 0;
            best = Math.Min(best, (v & exceeds) | (long.MaxValue & ~exceeds));
            largest = Math.Max(largest, v);
        }

        return found ? best : largest;
    }

    /// <summary>
    /// Copies the candidates strictly between <paramref name="lo"/> and <paramref name="hi"/> (a missing bound is
    /// open) to the front of the buffers, which may be the inputs themselves; returns their count and stake.
    /// </summary>
    private static int Keep(
        ReadOnlySpan<long> score, ReadOnlySpan<long> stake, long lo, long hi, bool noLo, bool noHi, Span<long> bufferScore, Span<long> bufferStake, out long keptStake)
    {
        if (bufferScore.Length < score.Length || bufferStake.Length < score.Length || stake.Length < score.Length)
        {
            throw new ArgumentException("scratch buffers shorter than the candidates");
        }

        // Branch-free (the side tests are unpredictable on real columns) and without bounds checks: every write
        // index is at most the read index, so in-place use is safe.
        ref long s0 = ref MemoryMarshal.GetReference(score);
        ref long t0 = ref MemoryMarshal.GetReference(stake);
        ref long bs = ref MemoryMarshal.GetReference(bufferScore);
        ref long bt = ref MemoryMarshal.GetReference(bufferStake);
        int kept = 0;
        long sum = 0;
        int k = 0;
        if (Avx512F.IsSupported && bufferScore.Length >= score.Length + Slack && bufferStake.Length >= score.Length + Slack)
        {
            // Compress the kept lanes and store the whole vector at the write position (the lanes past the kept ones
            // land in the slack or on already-read candidates).
            Vector512<long> loV = Vector512.Create(lo);
            Vector512<long> hiV = Vector512.Create(hi);
            Vector512<long> openLoV = noLo ? Vector512<long>.AllBitsSet : Vector512<long>.Zero;
            Vector512<long> openHiV = noHi ? Vector512<long>.AllBitsSet : Vector512<long>.Zero;
            Vector512<long> sumV = Vector512<long>.Zero;
            for (; k <= score.Length - Vector512<long>.Count; k += Vector512<long>.Count)
            {
                Vector512<long> s = Vector512.LoadUnsafe(ref s0, (nuint)k);
                Vector512<long> st = Vector512.LoadUnsafe(ref t0, (nuint)k);
                Vector512<long> inside = (Vector512.GreaterThan(s, loV) | openLoV) & (Vector512.LessThan(s, hiV) | openHiV);
                Avx512F.Compress(Vector512<long>.Zero, inside, s).StoreUnsafe(ref bs, (nuint)kept);
                Avx512F.Compress(Vector512<long>.Zero, inside, st).StoreUnsafe(ref bt, (nuint)kept);
                sumV += st & inside;
                kept += BitOperations.PopCount(inside.ExtractMostSignificantBits());
            }

            sum = Vector512.Sum(sumV);
        }

        int openLo = noLo ? 1 : 0;
        int openHi = noHi ? 1 : 0;
        for (; k < score.Length; k++)
        {
            long s = Unsafe.Add(ref s0, k);
            long st = Unsafe.Add(ref t0, k);
            Unsafe.Add(ref bs, kept) = s;
            Unsafe.Add(ref bt, kept) = st;
            int step = (Unsafe.BitCast<bool, byte>(s > lo) | openLo) & (Unsafe.BitCast<bool, byte>(s < hi) | openHi);
            kept += step;
            sum += st & -(long)step;
        }

        keptStake = sum;
        return kept;
    }

    /// <summary>For each (ascending) pivot, the stake of the candidates scoring at or below it.</summary>
    private static void StakeAtOrBelow(ReadOnlySpan<long> score, ReadOnlySpan<long> stake, ReadOnlySpan<long> pivots, Span<long> atOrBelow)
    {
        int k = 0;
        atOrBelow.Clear();
        if (Vector512.IsHardwareAccelerated && score.Length >= Vector512<long>.Count)
        {
            Vector512<long> p0 = Vector512.Create(pivots[0]);
            Vector512<long> p1 = Vector512.Create(pivots[1]);
            Vector512<long> p2 = Vector512.Create(pivots[2]);
            Vector512<long> p3 = Vector512.Create(pivots[3]);
            Vector512<long> p4 = Vector512.Create(pivots[4]);
            Vector512<long> p5 = Vector512.Create(pivots[5]);
            Vector512<long> p6 = Vector512.Create(pivots[6]);
            Vector512<long> a0 = Vector512<long>.Zero;
            Vector512<long> a1 = Vector512<long>.Zero;
            Vector512<long> a2 = Vector512<long>.Zero;
            Vector512<long> a3 = Vector512<long>.Zero;
            Vector512<long> a4 = Vector512<long>.Zero;
            Vector512<long> a5 = Vector512<long>.Zero;
            Vector512<long> a6 = Vector512<long>.Zero;
            ref long s0 = ref MemoryMarshal.GetReference(score);
            ref long t0 = ref MemoryMarshal.GetReference(stake);
            for (; k <= score.Length - Vector512<long>.Count; k += Vector512<long>.Count)
            {
                Vector512<long> s = Vector512.LoadUnsafe(ref s0, (nuint)k);
                Vector512<long> st = Vector512.LoadUnsafe(ref t0, (nuint)k);
                a0 += st & Vector512.LessThanOrEqual(s, p0);
                a1 += st & Vector512.LessThanOrEqual(s, p1);
                a2 += st & Vector512.LessThanOrEqual(s, p2);
                a3 += st & Vector512.LessThanOrEqual(s, p3);
                a4 += st & Vector512.LessThanOrEqual(s, p4);
                a5 += st & Vector512.LessThanOrEqual(s, p5);
                a6 += st & Vector512.LessThanOrEqual(s, p6);
            }

            atOrBelow[0] = Vector512.Sum(a0);
            atOrBelow[1] = Vector512.Sum(a1);
            atOrBelow[2] = Vector512.Sum(a2);
            atOrBelow[3] = Vector512.Sum(a3);
            atOrBelow[4] = Vector512.Sum(a4);
            atOrBelow[5] = Vector512.Sum(a5);
            atOrBelow[6] = Vector512.Sum(a6);
        }
        else if (Vector256.IsHardwareAccelerated && score.Length >= Vector256<long>.Count)
        {
            Vector256<long> p0 = Vector256.Create(pivots[0]);
            Vector256<long> p1 = Vector256.Create(pivots[1]);
            Vector256<long> p2 = Vector256.Create(pivots[2]);
            Vector256<long> p3 = Vector256.Create(pivots[3]);
            Vector256<long> p4 = Vector256.Create(pivots[4]);
            Vector256<long> p5 = Vector256.Create(pivots[5]);
            Vector256<long> p6 = Vector256.Create(pivots[6]);
            Vector256<long> a0 = Vector256<long>.Zero;
            Vector256<long> a1 = Vector256<long>.Zero;
            Vector256<long> a2 = Vector256<long>.Zero;
            Vector256<long> a3 = Vector256<long>.Zero;
            Vector256<long> a4 = Vector256<long>.Zero;
            Vector256<long> a5 = Vector256<long>.Zero;
            Vector256<long> a6 = Vector256<long>.Zero;
            ref long s0 = ref MemoryMarshal.GetReference(score);
            ref long t0 = ref MemoryMarshal.GetReference(stake);
            for (; k <= score.Length - Vector256<long>.Count; k += Vector256<long>.Count)
            {
                Vector256<long> s = Vector256.LoadUnsafe(ref s0, (nuint)k);
                Vector256<long> st = Vector256.LoadUnsafe(ref t0, (nuint)k);
                a0 += st & Vector256.LessThanOrEqual(s, p0);
                a1 += st & Vector256.LessThanOrEqual(s, p1);
                a2 += st & Vector256.LessThanOrEqual(s, p2);
                a3 += st & Vector256.LessThanOrEqual(s, p3);
                a4 += st & Vector256.LessThanOrEqual(s, p4);
                a5 += st & Vector256.LessThanOrEqual(s, p5);
                a6 += st & Vector256.LessThanOrEqual(s, p6);
            }

            atOrBelow[0] = Vector256.Sum(a0);
            atOrBelow[1] = Vector256.Sum(a1);
            atOrBelow[2] = Vector256.Sum(a2);
            atOrBelow[3] = Vector256.Sum(a3);
            atOrBelow[4] = Vector256.Sum(a4);
            atOrBelow[5] = Vector256.Sum(a5);
            atOrBelow[6] = Vector256.Sum(a6);
        }

        for (; k < score.Length; k++)
        {
            long s = score[k];
            long st = stake[k];
            for (int t = 0; t < Pivots; t++)
            {
                atOrBelow[t] += s <= pivots[t] ? st : 0;
            }
        }
    }

    /// <summary>Sorts seven values ascending with an optimal 16-comparator network (branch-free min/max).</summary>
    private static void SortSeven(Span<long> v)
    {
        long a0 = v[0], a1 = v[1], a2 = v[2], a3 = v[3], a4 = v[4], a5 = v[5], a6 = v[6];
        Swap(ref a0, ref a6);
        Swap(ref a2, ref a3);
        Swap(ref a4, ref a5);
        Swap(ref a0, ref a2);
        Swap(ref a1, ref a4);
        Swap(ref a3, ref a6);
        Swap(ref a0, ref a1);
        Swap(ref a2, ref a5);
        Swap(ref a3, ref a4);
        Swap(ref a1, ref a2);
        Swap(ref a4, ref a6);
        Swap(ref a2, ref a3);
        Swap(ref a4, ref a5);
        Swap(ref a1, ref a2);
        Swap(ref a3, ref a4);
        Swap(ref a5, ref a6);
        v[0] = a0;
        v[1] = a1;
        v[2] = a2;
        v[3] = a3;
        v[4] = a4;
        v[5] = a5;
        v[6] = a6;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Swap(ref long x, ref long y)
    {
        long lo = Math.Min(x, y);
        y = Math.Max(x, y);
        x = lo;
    }
}
