using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Bittensor.Core.FixedPoint;

namespace Bittensor.Runtime.Epoch;

/// <summary>Consensus (stake-weighted median), clipping, rank and the bond-weight interpolation.</summary>
public static partial class YumaEpoch
{
    /// <summary>
    /// Column-wise stake-weighted kappa-median of the weights over the rows with positive active stake.
    /// </summary>
    /// <remarks>
    /// subtensor <c>epoch/math.rs::weighted_median_col_sparse</c>. Upstream fills a dense
    /// columns × validators score table; here the rows' entries are bucketed by column first (a counting sort
    /// that keeps row order, so a duplicate column in a row still ends with its last value) and each column's
    /// score vector is rebuilt in one small buffer. Each column's median is upstream's <c>weighted_median</c> value,
    /// found by <see cref="StakeQuantile.Select"/> (exact multi-pivot selection; see there why it equals the mid-pivot
    /// recursion). A column nobody weighs has median 0 exactly as upstream's all-zero column does.
    /// </remarks>
    /// <param name="stake">Active stake per uid.</param>
    /// <param name="score">The normalised weights, or null when <paramref name="dense"/> holds them.</param>
    /// <param name="dense">The dense weights of the dense Yuma 3 path (normalised as read), or null.</param>
    /// <param name="columns">n.</param>
    /// <param name="majority">kappa.</param>
    /// <param name="median">The consensus, per column.</param>
    /// <param name="ws">Scratch.</param>
    private static void WeightedMedianColSparse(
        ReadOnlySpan<I32F32> stake, SparseRows? score, DenseMatrix? dense, int columns, I32F32 majority, Span<I32F32> median, EpochWorkspace ws)
    {
        int n = stake.Length;
        int[] rowOf = EpochWorkspace.Ensure(ref ws.IntA, n);
        I32F32[] useStake = EpochWorkspace.Ensure(ref ws.VecB, n);
        int m = 0;
        for (int i = 0; i < n; i++)
        {
            if (stake[i] > I32F32.Zero)
            {
                useStake[m] = stake[i];
                rowOf[i] = m++;
            }
            else
            {
                rowOf[i] = -1;
            }
        }

        Span<I32F32> stakeSpan = useStake.AsSpan(0, m);
        EpochMath.InplaceNormalize(stakeSpan);
        I32F32 stakeSum = WrappingSum(stakeSpan);
        I32F32 minority = stakeSum.SaturatingSub(majority);
        median[..columns].Clear();
        if (m == 0)
        {
            return;
        }

        if (dense is not null)
        {
            DenseMedians(stakeSpan, dense, rowOf, n, m, columns, minority.Bits, median, ws);
            return;
        }

        ArgumentNullException.ThrowIfNull(score);
        if (AllRowsAscending(score, rowOf, n))
        {
            BlockedMedians(stakeSpan, score, rowOf, n, m, columns, minority.Bits, median, ws);
            return;
        }

        // General rows (any order, duplicates): bucket the used rows' entries by column, keeping row order within a
        // column so a duplicate keeps its last value.
        int[] colStart = EpochWorkspace.Ensure(ref ws.ColCount, columns + 1);
        Array.Clear(colStart, 0, columns + 1);
        int total = 0;
        for (int i = 0; i < n; i++)
        {
            if (rowOf[i] >= 0)
            {
                foreach (ushort j in score.Cols(i))
                {
                    if (j < columns)
                    {
                        colStart[j + 1]++;
                        total++;
                    }
                }
            }
        }

        for (int j = 0; j < columns; j++)
        {
            colStart[j + 1] += colStart[j];
        }

        int[] cscRow = EpochWorkspace.Ensure(ref ws.CscRow, total);
        I32F32[] cscVal = EpochWorkspace.Ensure(ref ws.CscVal, total);
        int[] fill = EpochWorkspace.Ensure(ref ws.IntB, columns);
        Array.Copy(colStart, fill, columns);
        for (int i = 0; i < n; i++)
        {
            int k = rowOf[i];
            if (k < 0)
            {
                continue;
            }

            ReadOnlySpan<ushort> cols = score.Cols(i);
            ReadOnlySpan<I32F32> vals = score.Values(i);
            for (int e = 0; e < cols.Length; e++)
            {
                int j = cols[e];
                if (j < columns)
                {
                    int at = fill[j]++;
                    cscRow[at] = k;
                    cscVal[at] = vals[e];
                }
            }
        }

        long[] scores = EpochWorkspace.Ensure(ref ws.Scores, m);
        Array.Clear(scores, 0, m);
        ReadOnlySpan<long> stakeBits = MemoryMarshal.Cast<I32F32, long>(stakeSpan);
        Span<long> bufferScore = EpochWorkspace.Ensure(ref ws.MedianScore, m + StakeQuantile.Slack);
        Span<long> bufferStake = EpochWorkspace.Ensure(ref ws.MedianStake, m + StakeQuantile.Slack);
        for (int j = 0; j < columns; j++)
        {
            int from = colStart[j];
            int to = colStart[j + 1];
            if (from == to)
            {
                continue;
            }

            for (int at = from; at < to; at++)
            {
                scores[cscRow[at]] = cscVal[at].Bits;
            }

            median[j] = I32F32.FromBits(StakeQuantile.Select(scores.AsSpan(0, m), stakeBits, minority.Bits, bufferScore, bufferStake));

            // Only the scattered cells are non-zero: reset them instead of clearing the column.
            for (int at = from; at < to; at++)
            {
                scores[cscRow[at]] = 0;
            }
        }
    }

    /// <summary>Whether every used row has strictly ascending columns (no duplicates), as the chain stores weights.</summary>
    private static bool AllRowsAscending(SparseRows score, int[] rowOf, int n)
    {
        for (int i = 0; i < n; i++)
        {
            if (rowOf[i] < 0)
            {
                continue;
            }

            ReadOnlySpan<ushort> cols = score.Cols(i);
            for (int e = 1; e < cols.Length; e++)
            {
                if (cols[e] <= cols[e - 1])
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Medians for ascending rows, a block of columns at a time: each row's entries for the block are copied into a
    /// cache-sized dense column-major table by advancing a per-row cursor (the cells between entries written 0, as
    /// upstream's table has them, so the table is never cleared), so the transposition reads every entry once,
    /// sequentially, and writes only inside the block.
    /// </summary>
    private static void BlockedMedians(
        ReadOnlySpan<I32F32> stake, SparseRows score, int[] rowOf, int n, int m, int columns, long minority, Span<I32F32> median, EpochWorkspace ws)
    {
        // Column stride padded by one cache line: a power-of-two stride (m = 256 → 2 KiB) would map a row's writes
        // across the block onto a couple of cache sets.
        int stride = m + 8;
        int blockColumns = Math.Max(1, 16_384 / m);
        long[] table = EpochWorkspace.Ensure(ref ws.Scores, blockColumns * stride);
        int[] cursor = EpochWorkspace.Ensure(ref ws.CscRow, n);
        int[] filled = EpochWorkspace.Ensure(ref ws.ColCount, blockColumns);
        for (int i = 0; i < n; i++)
        {
            cursor[i] = rowOf[i] >= 0 ? score.RowStart(i) : 0;
        }

        ReadOnlySpan<ushort> allCols = score.AllCols;
        ReadOnlySpan<long> allVals = MemoryMarshal.Cast<I32F32, long>(score.AllValues);
        ReadOnlySpan<long> stakeBits = MemoryMarshal.Cast<I32F32, long>(stake);
        Span<long> bufferScore = EpochWorkspace.Ensure(ref ws.MedianScore, m + StakeQuantile.Slack);
        Span<long> bufferStake = EpochWorkspace.Ensure(ref ws.MedianStake, m + StakeQuantile.Slack);
        for (int blockStart = 0; blockStart < columns; blockStart += blockColumns)
        {
            int blockEnd = Math.Min(columns, blockStart + blockColumns);
            int width = blockEnd - blockStart;
            Array.Clear(filled, 0, width);
            for (int i = 0; i < n; i++)
            {
                int k = rowOf[i];
                if (k < 0)
                {
                    continue;
                }

                int at = cursor[i];
                int end = score.RowEnd(i);
                int c = 0;
                while (at < end && allCols[at] < blockEnd)
                {
                    int col = allCols[at] - blockStart;
                    for (; c < col; c++)
                    {
                        table[(c * stride) + k] = 0;
                    }

                    table[(col * stride) + k] = allVals[at];
                    filled[col] = 1;
                    c = col + 1;
                    at++;
                }

                for (; c < width; c++)
                {
                    table[(c * stride) + k] = 0;
                }

                cursor[i] = at;
            }

            for (int c = 0; c < width; c++)
            {
                // A column nobody weighs has median 0, as upstream's all-zero column.
                if (filled[c] != 0)
                {
                    median[blockStart + c] = I32F32.FromBits(
                        StakeQuantile.Select(table.AsSpan(c * stride, m), stakeBits, minority, bufferScore, bufferStake));
                }
            }
        }
    }

    /// <summary>
    /// Clips each weight to its column's consensus (an entry above a consensus ≤ 0 is removed), and in the same pass
    /// sums each clipped row (validator trust) and accumulates the stake-weighted ranks.
    /// </summary>
    /// <remarks>subtensor <c>epoch/math.rs::col_clip_sparse</c>, <c>row_sum_sparse</c> (wrapping) and
    /// <c>matmul_sparse</c> (saturating, rows in order), fused: each reads only the clipped row it is given.</remarks>
    private static SparseRows ColClip(
        SparseRows weights, ReadOnlySpan<I32F32> threshold, ReadOnlySpan<I32F32> stake, SparseRows clipped, Span<I32F32> rowSums, Span<I32F32> ranks)
    {
        int rows = weights.Rows;
        clipped.Reset(rows, weights.Count);
        ReadOnlySpan<long> thresholds = MemoryMarshal.Cast<I32F32, long>(threshold);
        Span<long> rank = MemoryMarshal.Cast<I32F32, long>(ranks);
        rank.Clear();
        for (int i = 0; i < rows; i++)
        {
            ReadOnlySpan<ushort> cols = weights.Cols(i);
            ReadOnlySpan<long> vals = MemoryMarshal.Cast<I32F32, long>(weights.Values(i));
            clipped.EnsureRoom(cols.Length);
            Span<ushort> outCols = clipped.TailCols(cols.Length);
            Span<long> outVals = MemoryMarshal.Cast<I32F32, long>(clipped.TailValues(cols.Length));
            long scale = i < stake.Length ? stake[i].Bits : 0;
            clipped.EndRow(i, ClipRow(cols, vals, thresholds, scale, outCols, outVals, rank, proportions: false, out long rowSum));
            rowSums[i] = I32F32.FromBits(rowSum);
        }

        return clipped;
    }

    /// <summary>
    /// One row of <see cref="ColClip"/>: the clipped row into <paramref name="outCols"/>/<paramref name="outVals"/>
    /// (returns its length), its wrapping sum, and <c>rank[j] += stake · clipped</c> (saturating) per entry.
    /// </summary>
    /// <remarks>With <c>proportions</c> the caller guarantees weights ≥ 0 and the stake and every threshold in [0, 1]:
    /// then each clipped value and each product is in [0, 1] and no rank sum can reach 2^63 (≤ 65536 terms of ≤ 2^32
    /// bits), so the saturating operations are plain ones.</remarks>
    private static int ClipRow(
        ReadOnlySpan<ushort> cols,
        ReadOnlySpan<long> vals,
        ReadOnlySpan<long> thresholds,
        long scale,
        Span<ushort> outCols,
        Span<long> outVals,
        Span<long> rank,
        bool proportions,
        out long rowSum)
    {
        long sum = 0;
        int added = 0;
        for (int e = 0; e < cols.Length; e++)
        {
            // Branch-free: whether a weight is above its column's consensus is a coin flip on real subnets, so the
            // entry is always written and the write position advances only when it is kept; a dropped entry
            // contributes 0 (SatMul(s, 0) = 0 and SatAdd(x, 0) = x leave the sums exactly as skipping it does).
            int j = cols[e];
            long th = j < thresholds.Length ? thresholds[j] : 0;
            long v = vals[e];
            long value = Math.Min(v, th);
            long keep = -(long)(Unsafe.BitCast<bool, byte>(th > 0) | Unsafe.BitCast<bool, byte>(v <= th));
            long kept = value & keep;
            outCols[added] = cols[e];
            outVals[added] = value;
            added -= (int)keep;
            sum = unchecked(sum + kept);
            if (j < rank.Length)
            {
                if (proportions)
                {
                    rank[j] += scale == Fx.One ? kept : Fx.MulBelowOne(scale, kept);
                }
                else
                {
                    rank[j] = Fx.SatAdd(rank[j], Fx.SatMul(scale, kept));
                }
            }
        }

        rowSum = sum;
        return added;
    }

    /// <summary>
    /// Bond weights <c>W + ratio · (W̄ − W)</c>: ratio 0 is W itself and ratio 1 is W̄ itself (explicit zeros
    /// survive), otherwise entries &gt; 0 in ascending column order.
    /// </summary>
    /// <remarks>subtensor <c>epoch/math.rs::interpolate_sparse</c>. Rows empty in both inputs stay empty without
    /// the dense scan (every cell of such a row interpolates to 0).</remarks>
    private static SparseRows InterpolateSparse(SparseRows mat1, SparseRows mat2, int columns, I32F32 ratio, EpochWorkspace ws)
    {
        if (ratio.IsZero)
        {
            return mat1;
        }

        if (ratio == I32F32.One)
        {
            return mat2;
        }

        int rows = mat1.Rows;
        SparseRows result = ws.Interpolated;
        result.Reset(rows, mat1.Count + mat2.Count);
        I32F32[] row1 = EpochWorkspace.Ensure(ref ws.Dense1, columns);
        I32F32[] row2 = EpochWorkspace.Ensure(ref ws.Dense2, columns);
        for (int i = 0; i < rows; i++)
        {
            ReadOnlySpan<ushort> c1 = mat1.Cols(i);
            ReadOnlySpan<ushort> c2 = mat2.Cols(i);
            ReadOnlySpan<ushort> union = SortedUnion(ws, columns, c1, c2, out _);
            foreach (ushort j in union)
            {
                row1[j] = I32F32.Zero;
                row2[j] = I32F32.Zero;
            }

            Densify(c1, mat1.Values(i), row1, columns);
            Densify(c2, mat2.Values(i), row2, columns);
            foreach (ushort j in union)
            {
                I32F32 v1 = row1[j];
                I32F32 interp = v1.SaturatingAdd(ratio.SaturatingMul(row2[j].SaturatingSub(v1)));
                if (I32F32.Zero < interp)
                {
                    result.Add(j, interp);
                }
            }

            result.EndRow(i);
        }

        return result;
    }

    /// <summary>Writes a row's values into a dense row (later duplicates win), ignoring columns past it.</summary>
    private static void Densify(ReadOnlySpan<ushort> cols, ReadOnlySpan<I32F32> vals, I32F32[] dense, int columns)
    {
        for (int e = 0; e < cols.Length; e++)
        {
            if (cols[e] < columns)
            {
                dense[cols[e]] = vals[e];
            }
        }
    }

    /// <summary>As <see cref="SortedUnion(EpochWorkspace, int, ReadOnlySpan{ushort}, ReadOnlySpan{ushort}, out int)"/> with a stored row as the second set.</summary>
    private static ReadOnlySpan<ushort> SortedUnion(EpochWorkspace ws, int columns, ReadOnlySpan<ushort> a, ReadOnlySpan<SparseEntry> b)
    {
        int stamp = ws.NextStamp();
        int[] marks = ws.Stamp;
        ushort[] list = EpochWorkspace.Ensure(ref ws.Union, columns);
        int count = 0;
        foreach (ushort j in a)
        {
            if (j < columns && marks[j] != stamp)
            {
                marks[j] = stamp;
                list[count++] = j;
            }
        }

        foreach (SparseEntry e in b)
        {
            if (e.Uid < columns && marks[e.Uid] != stamp)
            {
                marks[e.Uid] = stamp;
                list[count++] = e.Uid;
            }
        }

        return Ascending(list, count, columns, marks, stamp);
    }

    /// <summary>
    /// The distinct columns &lt; <paramref name="columns"/> of two rows, ascending, in the workspace's union
    /// buffer; <c>Stamp[j] == stamp</c> marks membership until the next call.
    /// </summary>
    private static ReadOnlySpan<ushort> SortedUnion(EpochWorkspace ws, int columns, ReadOnlySpan<ushort> a, ReadOnlySpan<ushort> b, out int stamp)
    {
        stamp = ws.NextStamp();
        int[] marks = ws.Stamp;
        ushort[] list = EpochWorkspace.Ensure(ref ws.Union, columns);
        int count = 0;
        foreach (ushort j in a)
        {
            if (j < columns && marks[j] != stamp)
            {
                marks[j] = stamp;
                list[count++] = j;
            }
        }

        foreach (ushort j in b)
        {
            if (j < columns && marks[j] != stamp)
            {
                marks[j] = stamp;
                list[count++] = j;
            }
        }

        return Ascending(list, count, columns, marks, stamp);
    }

    /// <summary>Puts the <paramref name="count"/> marked columns of <paramref name="list"/> in ascending order.</summary>
    private static ReadOnlySpan<ushort> Ascending(ushort[] list, int count, int columns, int[] marks, int stamp)
    {
        if (count > 1)
        {
            if (count * 8 > columns)
            {
                // Dense enough: a scan of the marks is cheaper than a sort and yields ascending order directly.
                int k = 0;
                for (int j = 0; j < columns; j++)
                {
                    if (marks[j] == stamp)
                    {
                        list[k++] = (ushort)j;
                    }
                }
            }
            else
            {
                list.AsSpan(0, count).Sort();
            }
        }

        return list.AsSpan(0, count);
    }
}
