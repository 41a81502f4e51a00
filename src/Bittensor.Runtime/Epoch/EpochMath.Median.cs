using System.Buffers;
using Bittensor.Core.FixedPoint;

namespace Bittensor.Runtime.Epoch;

/// <summary>Stake-weighted median (the consensus of Yuma): scalar, dense by column and sparse by column.</summary>
public static partial class EpochMath
{
    /// <summary>
    /// Stake-weighted median of <paramref name="score"/> over the indices in <paramref name="partitionIdx"/>,
    /// by deterministic mid-pivot partitioning: the pivot is the score at the middle index; entries strictly
    /// below / above it form the lower / upper partitions (equal ones drop out), and the search continues in
    /// the partition that contains the stake quantile <paramref name="minority"/> within
    /// [<paramref name="partitionLo"/>, <paramref name="partitionHi"/>]. Returns 0 when the lengths of
    /// <paramref name="stake"/> and <paramref name="score"/> differ, when the partition is empty, or after
    /// the safety limit of |partition| + 1 iterations.
    /// </summary>
    /// <remarks>subtensor <c>epoch/math.rs::weighted_median</c>.</remarks>
    public static I32F32 WeightedMedian(
        ReadOnlySpan<I32F32> stake,
        ReadOnlySpan<I32F32> score,
        ReadOnlySpan<int> partitionIdx,
        I32F32 minority,
        I32F32 partitionLo,
        I32F32 partitionHi)
    {
        if (stake.Length != score.Length)
        {
            return I32F32.Zero;
        }

        int capacity = partitionIdx.Length;
        int[] current = ArrayPool<int>.Shared.Rent(Math.Max(capacity, 1));
        int[] lower = ArrayPool<int>.Shared.Rent(Math.Max(capacity, 1));
        int[] upper = ArrayPool<int>.Shared.Rent(Math.Max(capacity, 1));
        try
        {
            partitionIdx.CopyTo(current);
            int n = capacity;
            int iterations = 0;
            while (true)
            {
                if (n == 0)
                {
                    return I32F32.Zero;
                }

                if (n == 1)
                {
                    return GetSafe(score, current[0]);
                }

                I32F32 pivot = GetSafe(score, current[n / 2]);
                I32F32 loStake = I32F32.Zero;
                I32F32 hiStake = I32F32.Zero;
                int nLower = 0;
                int nUpper = 0;
                for (int i = 0; i < n; i++)
                {
                    int idx = current[i];
                    I32F32 s = GetSafe(score, idx);
                    if (s == pivot)
                    {
                        continue;
                    }

                    if (s < pivot)
                    {
                        loStake = loStake.SaturatingAdd(GetSafe(stake, idx));
                        lower[nLower++] = idx;
                    }
                    else
                    {
                        hiStake = hiStake.SaturatingAdd(GetSafe(stake, idx));
                        upper[nUpper++] = idx;
                    }
                }

                if (minority < partitionLo.SaturatingAdd(loStake) && nLower != 0)
                {
                    (current, lower) = (lower, current);
                    n = nLower;
                    partitionHi = partitionLo.SaturatingAdd(loStake);
                }
                else if (partitionHi.SaturatingSub(hiStake) <= minority && nUpper != 0)
                {
                    (current, upper) = (upper, current);
                    n = nUpper;
                    partitionLo = partitionHi.SaturatingSub(hiStake);
                }
                else
                {
                    return pivot;
                }

                iterations++;
                if (iterations > capacity)
                {
                    return I32F32.Zero;
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(current);
            ArrayPool<int>.Shared.Return(lower);
            ArrayPool<int>.Shared.Return(upper);
        }
    }

    /// <summary>
    /// Column-wise stake-weighted median of a dense score matrix. Per column: the rows with positive stake
    /// (a row that is missing or has the wrong width contributes stake 0 and score 0) are normalised, and the
    /// median is taken at <c>minority = Σstake − majority</c>. Columns come from the first row's width.
    /// </summary>
    /// <remarks>subtensor <c>epoch/math.rs::weighted_median_col</c>.</remarks>
    public static I32F32[] WeightedMedianCol(ReadOnlySpan<I32F32> stake, I32F32[][] score, I32F32 majority)
    {
        ArgumentNullException.ThrowIfNull(score);
        int columns = score.Length > 0 ? score[0].Length : 0;
        I32F32[] median = new I32F32[columns];
        I32F32[] useStake = new I32F32[stake.Length];
        I32F32[] useScore = new I32F32[stake.Length];
        int[] idxs = new int[stake.Length];
        for (int i = 0; i < idxs.Length; i++)
        {
            idxs[i] = i;
        }

        for (int c = 0; c < columns; c++)
        {
            int m = 0;
            for (int r = 0; r < stake.Length; r++)
            {
                I32F32 st = stake[r];
                if (st > I32F32.Zero)
                {
                    I32F32[]? row = r < score.Length ? score[r] : null;
                    bool usable = row is not null && row.Length == columns;
                    useStake[m] = usable ? st : I32F32.Zero;
                    useScore[m] = usable ? row![c] : I32F32.Zero;
                    m++;
                }
            }

            if (m != 0)
            {
                Span<I32F32> s = useStake.AsSpan(0, m);
                InplaceNormalize(s);
                I32F32 stakeSum = Sum(s);
                I32F32 minority = stakeSum.SaturatingSub(majority);
                median[c] = WeightedMedian(s, useScore.AsSpan(0, m), idxs.AsSpan(0, m), minority, I32F32.Zero, stakeSum);
            }
        }

        return median;
    }

    /// <summary>
    /// Column-wise stake-weighted median of a sparse score matrix (the consensus step of the epoch). Only
    /// rows with positive stake take part; their stakes are normalised; absent entries score 0; the median of
    /// each of <paramref name="columns"/> columns is taken at <c>minority = Σstake − majority</c>. Rows beyond
    /// the shorter of <paramref name="stake"/> and <paramref name="score"/> contribute score 0 (upstream zips
    /// the two), and entries with a column ≥ <paramref name="columns"/> are ignored.
    /// </summary>
    /// <remarks>subtensor <c>epoch/math.rs::weighted_median_col_sparse</c>.</remarks>
    public static I32F32[] WeightedMedianColSparse(
        ReadOnlySpan<I32F32> stake,
        (ushort Col, I32F32 Value)[][] score,
        ushort columns,
        I32F32 majority)
    {
        ArgumentNullException.ThrowIfNull(score);
        int m = 0;
        foreach (I32F32 s in stake)
        {
            if (s > I32F32.Zero)
            {
                m++;
            }
        }

        I32F32[] median = new I32F32[columns];
        I32F32[] useStake = ArrayPool<I32F32>.Shared.Rent(Math.Max(m, 1));
        I32F32[] useScore = ArrayPool<I32F32>.Shared.Rent(Math.Max(m * columns, 1));
        int[] idxs = ArrayPool<int>.Shared.Rent(Math.Max(m, 1));
        try
        {
            int k = 0;
            for (int r = 0; r < stake.Length; r++)
            {
                if (stake[r] > I32F32.Zero)
                {
                    useStake[k++] = stake[r];
                }
            }

            Span<I32F32> stakeSpan = useStake.AsSpan(0, m);
            InplaceNormalize(stakeSpan);
            I32F32 stakeSum = Sum(stakeSpan);
            I32F32 minority = stakeSum.SaturatingSub(majority);
            for (int i = 0; i < m; i++)
            {
                idxs[i] = i;
            }

            // Column-major scores: column c occupies useScore[c*m .. c*m+m).
            Span<I32F32> scores = useScore.AsSpan(0, m * columns);
            scores.Clear();
            k = 0;
            int rows = Math.Min(stake.Length, score.Length);
            for (int r = 0; r < rows; r++)
            {
                if (stake[r] > I32F32.Zero)
                {
                    foreach ((ushort col, I32F32 value) in score[r])
                    {
                        if (col < columns)
                        {
                            scores[(col * m) + k] = value;
                        }
                    }

                    k++;
                }
            }

            for (int c = 0; c < columns; c++)
            {
                median[c] = WeightedMedian(stakeSpan, scores.Slice(c * m, m), idxs.AsSpan(0, m), minority, I32F32.Zero, stakeSum);
            }
        }
        finally
        {
            ArrayPool<I32F32>.Shared.Return(useStake);
            ArrayPool<I32F32>.Shared.Return(useScore);
            ArrayPool<int>.Shared.Return(idxs);
        }

        return median;
    }
}
