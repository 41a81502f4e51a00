using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Bittensor.Core.FixedPoint;

namespace Bittensor.Runtime.Epoch;

/// <summary>
/// The dense path: when the weight and bond rows fill a good part of their matrix, the epoch's bonds run on dense
/// row-major u16 matrices (<see cref="DenseMatrix"/>) with the eight-lane proportion arithmetic of
/// <see cref="DenseLanes"/>, instead of merging sparse rows entry by entry (Yuma 3 here, Yuma 1 in
/// <see cref="Yuma1Dense"/>).
/// </summary>
/// <remarks>
/// <para>Same results as the sparse path, bit for bit, because on this path every cell that is absent from a sparse row
/// contributes exactly what a zero cell does: with the fixed alpha and bond weights W or W̄ (bonds_penalty 0 or 1),
/// subtensor's <c>mat_ema_sparse</c> emits <c>α·new + (1 − α)·old</c> only where it is &gt; 0, so an absent weight or
/// bond and a zero one give the same cell; the clip <c>min(w, c)</c> of an absent weight is 0 and adds nothing to
/// validator trust or rank; column normalisations leave 0 at 0; the median table upstream builds
/// (<c>weighted_median_col_sparse</c>) is already dense with zeros. Sums of proportions here cannot reach 2^63, so
/// upstream's saturating and wrapping sums are plain sums and their order does not matter.</para>
/// <para>Taken only when every weight row of a permitted uid and every bond row is strictly ascending (the order the
/// chain stores them in; a duplicate column would count twice in upstream's row sum), when the rows hold at least one
/// cell in sixteen of their matrix and the matrix has at most <see cref="DenseMatrix.MaxCells"/> cells, when the EMA
/// factors α and 1 − α are both in (0, 1), and not for Yuma 3 with liquid alpha. Otherwise the sparse path runs.</para>
/// </remarks>
public static partial class YumaEpoch
{
    /// <summary>
    /// The dense weight (masked, not yet normalised) and bond matrices of this epoch, or null when the dense path does
    /// not apply (see the type remarks).
    /// </summary>
    /// <remarks>The masking is <c>get_weights_sparse</c>, <c>mask_rows_sparse</c>, <c>mask_diag_sparse(_except_index)</c>
    /// and <c>vec_mask_sparse_matrix</c> (registration, commit-reveal) of <see cref="BuildWeights"/>; the row sums are those of
    /// <c>inplace_row_normalize_sparse</c>, applied per cell as the rows are read.</remarks>
    internal static DenseMatrix? TryBuildDense(EpochInput input, bool[] permit, int owner, EpochWorkspace ws)
    {
        EpochParameters p = input.Parameters;
        long alpha = DisabledLiquidAlpha(p.BondsMovingAverage).Bits;
        // Yuma 1 never reads liquid alpha (compute_ema_bonds_normal_sparse); Yuma 3 with it takes the sparse path.
        if ((p.Yuma3 && p.LiquidAlpha) || p.BondsPenalty is not (0 or ushort.MaxValue) || alpha <= 0 || alpha >= Fx.One)
        {
            return null;
        }

        int n = input.N;
        int rows = 0;
        long entries = 0;
        for (int i = 0; i < n; i++)
        {
            int weights = permit[i] ? input.Weights[i].Length : 0;
            int bonds = input.Bonds[i].Length;
            if (weights + bonds > 0)
            {
                rows++;
                entries += weights + bonds;
            }
        }

        long cells = (long)rows * DenseLanes.Padded(n);
        if (rows == 0 || cells > DenseMatrix.MaxCells || entries * 16 < cells)
        {
            return null;
        }

        DenseMatrix dense = ws.Dense;
        dense.Reset(n, rows);
        ulong[] registered = dense.Registered;
        input.BlockAtRegistration.AsSpan().CopyTo(registered);
        registered.AsSpan(n, dense.Stride - n).Fill(ulong.MaxValue);
        ulong[]? commitBlocks = p.CommitReveal ? input.CommitBlocks : null;
        int k = 0;
        for (int i = 0; i < n; i++)
        {
            bool hasWeights = permit[i] && input.Weights[i].Length > 0;
            if (!hasWeights && input.Bonds[i].Length == 0)
            {
                dense.RowOfUid[i] = -1;
                continue;
            }

            dense.RowUid[k] = i;
            dense.RowOfUid[i] = k;
            Span<ushort> weightRow = dense.WeightRow(k);
            weightRow.Clear();
            ulong sum = 0;
            if (hasWeights)
            {
                if (!ScatterAscending(input.Weights[i], n, weightRow))
                {
                    return null;
                }

                if (i != owner)
                {
                    weightRow[i] = 0;
                }

                // Kept where registered[j] < last_update and registered[j] <= commit block, i.e. below the smaller bound.
                ulong commitBlock = commitBlocks is null ? ulong.MaxValue : commitBlocks[i];
                ulong bound = Math.Min(input.LastUpdate[i], SaturatingAdd(commitBlock, 1));
                sum = MaskWeightRow(weightRow, registered, bound);
                if (sum >= 1UL << 31)
                {
                    // The row sum in I32F32 bits would pass 2^63 and wrap (BuildWeights then keeps the raw values).
                    return null;
                }
            }

            dense.RowSum[k] = sum;
            (dense.RowReciprocal[k], dense.RowDivisor[k]) = DenseLanes.Reciprocal(sum);
            Span<ushort> bondRow = dense.BondRow(k);
            bondRow.Clear();
            if (!ScatterAscending(input.Bonds[i], n, bondRow))
            {
                return null;
            }

            k++;
        }

        return dense;
    }

    /// <summary>
    /// Bonds and dividends on the dense matrices: the setup both generations share (consensus and bond-mask columns,
    /// the EMA factors, zeroed trust, dividends and stored rows), then <see cref="Yuma3Dense"/> or <see cref="Yuma1Dense"/>.
    /// </summary>
    private static void DenseBonds(
        EpochInput input,
        DenseMatrix dense,
        ReadOnlySpan<I32F32> consensus,
        ReadOnlySpan<I32F32> activeStake,
        ulong lastTempo,
        Span<I32F32> validatorTrust,
        Span<I32F32> incentive,
        Span<I32F32> dividends,
        bool[] newPermit,
        SparseEntry[][] storedBonds)
    {
        EpochParameters p = input.Parameters;
        ulong alpha = (ulong)DisabledLiquidAlpha(p.BondsMovingAverage).Bits;
        DenseEma ema = new(p.BondsPenalty != 0, alpha, (ulong)Fx.One - alpha);
        PrepareColumns(dense, consensus, lastTempo, validatorTrust);
        dividends.Clear();
        Array.Fill(storedBonds, []);
        if (p.Yuma3)
        {
            Yuma3Dense(dense, ema, activeStake, validatorTrust, incentive, dividends, newPermit, storedBonds);
        }
        else
        {
            Yuma1Dense(dense, ema, activeStake, validatorTrust, incentive, dividends, newPermit, storedBonds);
        }
    }

    /// <summary>
    /// Yuma 3 on the dense matrices: clipping, validator trust, rank and the bond EMA in one pass over the rows, then
    /// incentive, dividends (one pass over the EMA) and the stored bond rows.
    /// </summary>
    /// <remarks>subtensor <c>epoch/run_epoch.rs::epoch_mechanism</c>: <c>col_clip_sparse</c>, <c>row_sum_sparse</c>,
    /// <c>matmul_sparse</c>, <c>inplace_normalize</c> (incentive), <c>interpolate_sparse</c> (ratio 0 or 1),
    /// <c>get_bonds_sparse_fixed_proportion</c>, <c>scalar_vec_mask_sparse_matrix</c>, <c>mat_ema_sparse</c>,
    /// <c>inplace_col_normalize_sparse</c>, <c>mat_vec_mul_sparse</c>, <c>vec_mul</c>, <c>inplace_normalize</c>, and
    /// <c>fixed_proportion_to_u16</c> for storage, as <see cref="Yuma3FusedBonds"/> and <see cref="Yuma3Dividends"/>.</remarks>
    private static void Yuma3Dense(
        DenseMatrix dense, DenseEma ema, ReadOnlySpan<I32F32> activeStake, Span<I32F32> validatorTrust, Span<I32F32> incentive, Span<I32F32> dividends, bool[] newPermit, SparseEntry[][] storedBonds)
    {
        for (int k = 0; k < dense.Rows; k++)
        {
            int i = dense.RowUid[k];
            ulong trust = ClipAndBondRow(dense, k, (ulong)activeStake[i].Bits, ema, yuma1: false, out dense.EmaCount[k]);
            validatorTrust[i] = I32F32.FromBits((long)trust);
        }

        RankToIncentive(dense, incentive);
        Reciprocals(dense.ColumnSum, dense.ColumnReciprocal, dense.ColumnDivisor, dense.Stride);
        for (int k = 0; k < dense.Rows; k++)
        {
            int i = dense.RowUid[k];
            SparseEntry[]? stored = newPermit[i] && dense.EmaCount[k] > 0
                ? GC.AllocateUninitializedArray<SparseEntry>(dense.EmaCount[k])
                : null;
            ulong total = DividendRow(dense, k, stored);
            dividends[i] = I32F32.FromBits((long)total).CheckedMul(activeStake[i]) ?? I32F32.Zero;
            if (stored is not null)
            {
                storedBonds[i] = stored;
            }
        }

        EpochMath.InplaceNormalize(dividends);
    }

    /// <summary>The EMA factors α and 1 − α (both in (0, 1)) and whether the bond weights are the clipped weights (W̄) or W.</summary>
    private readonly record struct DenseEma(bool ClipBondWeights, ulong Alpha, ulong OneMinusAlpha);

    /// <summary>
    /// The per-column vectors both dense paths start from: consensus, the bond mask (<c>last_tempo &gt; registration</c>),
    /// zeroed rank and column sums; validator trust zeroed (uids without a dense row keep 0).
    /// </summary>
    private static void PrepareColumns(DenseMatrix dense, ReadOnlySpan<I32F32> consensus, ulong lastTempo, Span<I32F32> validatorTrust)
    {
        int n = dense.N;
        ReadOnlySpan<long> consensusBits = MemoryMarshal.Cast<I32F32, long>(consensus);
        for (int j = 0; j < dense.Stride; j++)
        {
            bool column = j < n;
            dense.Consensus[j] = column ? (ulong)consensusBits[j] : 0;
            dense.BondMask[j] = column && lastTempo > dense.Registered[j] ? ulong.MaxValue : 0;
        }

        Array.Clear(dense.Rank, 0, dense.Stride);
        Array.Clear(dense.ColumnSum, 0, dense.Stride);
        validatorTrust.Clear();
    }

    /// <summary>Normalises the rank into the incentive (<c>inplace_normalize</c>) and copies it back into the padded rank vector.</summary>
    private static void RankToIncentive(DenseMatrix dense, Span<I32F32> incentive)
    {
        int n = dense.N;
        for (int j = 0; j < n; j++)
        {
            incentive[j] = I32F32.FromBits((long)dense.Rank[j]);
        }

        EpochMath.InplaceNormalize(incentive);
        for (int j = 0; j < dense.Stride; j++)
        {
            dense.Rank[j] = j < n ? (ulong)incentive[j].Bits : 0;
        }
    }

    /// <summary>(R, d) of <see cref="DenseLanes.Reciprocal(ulong)"/> for each padded column's value.</summary>
    private static void Reciprocals(ulong[] values, ulong[] reciprocals, ulong[] divisors, int stride)
    {
        for (int j = 0; j < stride; j++)
        {
            (reciprocals[j], divisors[j]) = DenseLanes.Reciprocal(values[j]);
        }
    }

    /// <summary>
    /// Column medians from the dense weight rows (normalised as they are copied into the blocked median table), as
    /// <see cref="BlockedMedians"/> does from sparse rows. Eight table rows at a time go in by 8 × 8 transposes.
    /// </summary>
    private static void DenseMedians(
        ReadOnlySpan<I32F32> stake, DenseMatrix dense, int[] rowOf, int n, int m, int columns, long minority, Span<I32F32> median, EpochWorkspace ws)
    {
        // Column stride padded by one cache line (see BlockedMedians); blocks a multiple of the lane count wide.
        const int Lanes = DenseLanes.Lanes;
        int stride = m + 8;
        int blockColumns = Math.Max(Lanes, 16_384 / m / Lanes * Lanes);
        long[] table = EpochWorkspace.Ensure(ref ws.Scores, blockColumns * stride);
        ulong[] normalized = EpochWorkspace.Ensure(ref ws.DenseBlock, Lanes * blockColumns);
        int[] tableRowUid = EpochWorkspace.Ensure(ref ws.IntB, m);
        for (int i = 0; i < n; i++)
        {
            if (rowOf[i] >= 0)
            {
                tableRowUid[rowOf[i]] = i;
            }
        }

        int grouped = DenseLanes.Accelerated ? m / Lanes * Lanes : 0;
        ReadOnlySpan<long> stakeBits = MemoryMarshal.Cast<I32F32, long>(stake);
        Span<long> bufferScore = EpochWorkspace.Ensure(ref ws.MedianScore, m + StakeQuantile.Slack);
        Span<long> bufferStake = EpochWorkspace.Ensure(ref ws.MedianStake, m + StakeQuantile.Slack);
        for (int blockStart = 0; blockStart < columns; blockStart += blockColumns)
        {
            int width = Math.Min(columns - blockStart, blockColumns);
            int padded = DenseLanes.Padded(width);
            for (int kk = 0; kk < grouped; kk += Lanes)
            {
                for (int r = 0; r < Lanes; r++)
                {
                    NormalizedSegment(dense, tableRowUid[kk + r], blockStart, normalized.AsSpan(r * padded, padded));
                }

                for (int c = 0; c < padded; c += Lanes)
                {
                    StoreTransposed(normalized, padded, c, table, (c * stride) + kk, stride);
                }
            }

            for (int kk = grouped; kk < m; kk++)
            {
                Span<ulong> row = normalized.AsSpan(0, padded);
                NormalizedSegment(dense, tableRowUid[kk], blockStart, row);
                for (int c = 0; c < width; c++)
                {
                    table[(c * stride) + kk] = (long)row[c];
                }
            }

            for (int c = 0; c < width; c++)
            {
                median[blockStart + c] = I32F32.FromBits(
                    StakeQuantile.Select(table.AsSpan(c * stride, m), stakeBits, minority, bufferScore, bufferStake));
            }
        }
    }

    /// <summary>The normalised weights of <paramref name="uid"/>'s row from column <paramref name="from"/>; zeros for a uid without weights.</summary>
    private static void NormalizedSegment(DenseMatrix dense, int uid, int from, Span<ulong> output)
    {
        int k = dense.RowOfUid[uid];
        if (k < 0 || dense.RowSum[k] == 0)
        {
            output.Clear();
        }
        else
        {
            NormalizeWeights(dense, k, from, output);
        }
    }

    /// <summary>
    /// Eight rows of eight values (row r at <c>rows[r·rowLength + column..]</c>) stored transposed: column c's eight values
    /// at <c>table[offset + c·stride..]</c>.
    /// </summary>
    private static void StoreTransposed(ulong[] rows, int rowLength, int column, long[] table, int offset, int stride)
    {
        ref ulong source = ref rows[column];
        Vector512<ulong> r0 = Vector512.LoadUnsafe(ref source);
        Vector512<ulong> r1 = Vector512.LoadUnsafe(ref source, (nuint)rowLength);
        Vector512<ulong> r2 = Vector512.LoadUnsafe(ref source, (nuint)(2 * rowLength));
        Vector512<ulong> r3 = Vector512.LoadUnsafe(ref source, (nuint)(3 * rowLength));
        Vector512<ulong> r4 = Vector512.LoadUnsafe(ref source, (nuint)(4 * rowLength));
        Vector512<ulong> r5 = Vector512.LoadUnsafe(ref source, (nuint)(5 * rowLength));
        Vector512<ulong> r6 = Vector512.LoadUnsafe(ref source, (nuint)(6 * rowLength));
        Vector512<ulong> r7 = Vector512.LoadUnsafe(ref source, (nuint)(7 * rowLength));

        // Pairs of rows interleaved: t0 = (r0[0], r1[0], r0[2], r1[2], …), t1 = (r0[1], r1[1], r0[3], r1[3], …).
        Vector512<ulong> t0 = Avx512F.UnpackLow(r0, r1);
        Vector512<ulong> t1 = Avx512F.UnpackHigh(r0, r1);
        Vector512<ulong> t2 = Avx512F.UnpackLow(r2, r3);
        Vector512<ulong> t3 = Avx512F.UnpackHigh(r2, r3);
        Vector512<ulong> t4 = Avx512F.UnpackLow(r4, r5);
        Vector512<ulong> t5 = Avx512F.UnpackHigh(r4, r5);
        Vector512<ulong> t6 = Avx512F.UnpackLow(r6, r7);
        Vector512<ulong> t7 = Avx512F.UnpackHigh(r6, r7);

        // Quads: u0 = rows 0–3 of columns 0 and 4, u1 = columns 2 and 6, u2 = columns 1 and 5, u3 = columns 3 and 7.
        Vector512<ulong> even = Vector512.Create(0UL, 1, 8, 9, 4, 5, 12, 13);
        Vector512<ulong> odd = Vector512.Create(2UL, 3, 10, 11, 6, 7, 14, 15);
        Vector512<ulong> u0 = Avx512F.PermuteVar8x64x2(t0, even, t2);
        Vector512<ulong> u1 = Avx512F.PermuteVar8x64x2(t0, odd, t2);
        Vector512<ulong> u2 = Avx512F.PermuteVar8x64x2(t1, even, t3);
        Vector512<ulong> u3 = Avx512F.PermuteVar8x64x2(t1, odd, t3);
        Vector512<ulong> u4 = Avx512F.PermuteVar8x64x2(t4, even, t6);
        Vector512<ulong> u5 = Avx512F.PermuteVar8x64x2(t4, odd, t6);
        Vector512<ulong> u6 = Avx512F.PermuteVar8x64x2(t5, even, t7);
        Vector512<ulong> u7 = Avx512F.PermuteVar8x64x2(t5, odd, t7);

        // Rows 0–3 with rows 4–7: whole columns.
        Vector512<ulong> low = Vector512.Create(0UL, 1, 2, 3, 8, 9, 10, 11);
        Vector512<ulong> high = Vector512.Create(4UL, 5, 6, 7, 12, 13, 14, 15);
        ref ulong target = ref Unsafe.As<long, ulong>(ref table[offset]);
        Avx512F.PermuteVar8x64x2(u0, low, u4).StoreUnsafe(ref target);
        Avx512F.PermuteVar8x64x2(u2, low, u6).StoreUnsafe(ref target, (nuint)stride);
        Avx512F.PermuteVar8x64x2(u1, low, u5).StoreUnsafe(ref target, (nuint)(2 * stride));
        Avx512F.PermuteVar8x64x2(u3, low, u7).StoreUnsafe(ref target, (nuint)(3 * stride));
        Avx512F.PermuteVar8x64x2(u0, high, u4).StoreUnsafe(ref target, (nuint)(4 * stride));
        Avx512F.PermuteVar8x64x2(u2, high, u6).StoreUnsafe(ref target, (nuint)(5 * stride));
        Avx512F.PermuteVar8x64x2(u1, high, u5).StoreUnsafe(ref target, (nuint)(6 * stride));
        Avx512F.PermuteVar8x64x2(u3, high, u7).StoreUnsafe(ref target, (nuint)(7 * stride));
    }

    /// <summary>Copies a strictly ascending stored row into a cleared dense row (columns ≥ n dropped); false when not ascending.</summary>
    private static bool ScatterAscending(SparseEntry[] row, int n, Span<ushort> dense)
    {
        // Entries as u32 (uid in the low half, value in the high half). Sixteen entries with consecutive uids (a full row,
        // or a run of one) are one narrowing store; any other sixteen go entry by entry.
        ReadOnlySpan<uint> entries = MemoryMarshal.Cast<SparseEntry, uint>(row.AsSpan());
        int previous = -1;
        int e = 0;
        if (DenseLanes.Accelerated)
        {
            ref uint first = ref MemoryMarshal.GetReference(entries);
            Vector512<uint> offsets = Vector512.Create(0u, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
            Vector512<uint> uidMask = Vector512.Create(0xFFFFu);
            for (; e + Vector512<uint>.Count <= entries.Length; e += Vector512<uint>.Count)
            {
                Vector512<uint> chunk = Vector512.LoadUnsafe(ref first, (nuint)e);
                Vector512<uint> uids = chunk & uidMask;
                int start = (int)uids.ToScalar();
                if (start > previous && start + Vector512<uint>.Count <= n && Vector512.EqualsAll(uids, Vector512.Create((uint)start) + offsets))
                {
                    Avx512F.ConvertToVector256UInt16(chunk >>> 16).StoreUnsafe(ref MemoryMarshal.GetReference(dense), (nuint)start);
                    previous = start + Vector512<uint>.Count - 1;
                    continue;
                }

                if (!ScatterEntries(entries.Slice(e, Vector512<uint>.Count), n, dense, ref previous))
                {
                    return false;
                }
            }
        }

        return ScatterEntries(entries[e..], n, dense, ref previous);
    }

    /// <summary>The entry-by-entry part of <see cref="ScatterAscending"/>.</summary>
    private static bool ScatterEntries(ReadOnlySpan<uint> entries, int n, Span<ushort> dense, ref int previous)
    {
        foreach (uint entry in entries)
        {
            int j = (int)(entry & 0xFFFF);
            if (j <= previous)
            {
                return false;
            }

            previous = j;
            if (j < n)
            {
                dense[j] = (ushort)(entry >> 16);
            }
        }

        return true;
    }

    /// <summary>Zeroes the cells whose column registered at or after <paramref name="bound"/>; returns the row's sum.</summary>
    private static ulong MaskWeightRow(Span<ushort> row, ulong[] registered, ulong bound)
    {
        ref ushort cell = ref MemoryMarshal.GetReference(row);
        ref ulong reg = ref MemoryMarshal.GetArrayDataReference(registered);
        if (DenseLanes.Accelerated)
        {
            Vector512<ulong> boundV = Vector512.Create(bound);
            Vector512<ulong> sumV = Vector512<ulong>.Zero;
            for (int j = 0; j < row.Length; j += DenseLanes.Lanes)
            {
                Vector512<ulong> v = DenseLanes.Widen(ref Unsafe.Add(ref cell, j))
                    & Vector512.LessThan(Vector512.LoadUnsafe(ref reg, (nuint)j), boundV);
                sumV += v;
                Avx512F.ConvertToVector128UInt16(v).StoreUnsafe(ref cell, (nuint)j);
            }

            return Vector512.Sum(sumV);
        }

        ulong sum = 0;
        for (int j = 0; j < row.Length; j++)
        {
            if (registered[j] >= bound)
            {
                row[j] = 0;
            }

            sum += row[j];
        }

        return sum;
    }

    /// <summary>The normalised weights <c>floor(v·2^32 / rowSum)</c> of dense row k from column <paramref name="from"/> (a lane multiple).</summary>
    private static void NormalizeWeights(DenseMatrix dense, int k, int from, Span<ulong> output)
    {
        ref ushort cell = ref MemoryMarshal.GetReference(dense.WeightRow(k)[from..]);
        if (DenseLanes.Accelerated)
        {
            Vector512<ulong> reciprocal = Vector512.Create(dense.RowReciprocal[k]);
            Vector512<ulong> divisor = Vector512.Create(dense.RowDivisor[k]);
            ref ulong target = ref MemoryMarshal.GetReference(output);
            for (int c = 0; c < output.Length; c += DenseLanes.Lanes)
            {
                DenseLanes.Quotient(DenseLanes.Widen(ref Unsafe.Add(ref cell, c)), reciprocal, divisor).StoreUnsafe(ref target, (nuint)c);
            }

            return;
        }

        ulong rowReciprocal = dense.RowReciprocal[k];
        ulong rowDivisor = dense.RowDivisor[k];
        for (int c = 0; c < output.Length; c++)
        {
            output[c] = DenseLanes.Quotient(Unsafe.Add(ref cell, c), rowReciprocal, rowDivisor);
        }
    }

    /// <summary>
    /// One row of the first pass over the weights: clipped weights <c>min(w, c_j)</c>, their sum (returned: validator
    /// trust) and the rank terms <c>stake · clipped</c>; then, with the bond weights (clipped or w), either the Yuma 3
    /// EMA <c>α·bond weight + (1 − α)·bond/65535</c> with its column sums and non-zero count, or (<paramref name="yuma1"/>)
    /// Yuma 1's <c>ΔB = bond weight · stake</c> with its column sums and the masked raw bonds' column sums.
    /// </summary>
    /// <remarks>The weights are normalised again here, as <see cref="DenseMedians"/> normalised them for the median table:
    /// a few lane operations per cell, against 8 bytes per cell of memory to keep them.</remarks>
    private static ulong ClipAndBondRow(DenseMatrix dense, int k, ulong stake, DenseEma ema, bool yuma1, out int count)
    {
        bool clipBondWeights = ema.ClipBondWeights;
        ulong alpha = ema.Alpha;
        ulong oneMinusAlpha = ema.OneMinusAlpha;
        int stride = dense.Stride;
        bool hasWeights = dense.RowSum[k] != 0;
        bool addRank = hasWeights && stake != 0;
        bool stakeIsOne = stake == (ulong)Fx.One;
        ref ushort weightCell = ref MemoryMarshal.GetReference(dense.WeightRow(k));
        ref ushort bondCell = ref MemoryMarshal.GetReference(dense.BondRow(k));
        ref ulong emaCell = ref MemoryMarshal.GetReference(dense.EmaRow(k));
        ref ulong consensus = ref MemoryMarshal.GetArrayDataReference(dense.Consensus);
        ref ulong bondMask = ref MemoryMarshal.GetArrayDataReference(dense.BondMask);
        ref ulong rank = ref MemoryMarshal.GetArrayDataReference(dense.Rank);
        ref ulong columnSum = ref MemoryMarshal.GetArrayDataReference(dense.ColumnSum);
        ref ulong bondSum = ref MemoryMarshal.GetArrayDataReference(dense.ColumnSum2);
        if (DenseLanes.Accelerated)
        {
            Vector512<ulong> reciprocal = Vector512.Create(dense.RowReciprocal[k]);
            Vector512<ulong> divisor = Vector512.Create(dense.RowDivisor[k]);
            Vector512<ulong> stakeV = Vector512.Create(stake);
            Vector512<ulong> alphaV = Vector512.Create(alpha);
            Vector512<ulong> oneMinusAlphaV = Vector512.Create(oneMinusAlpha);
            Vector512<ulong> trustV = Vector512<ulong>.Zero;
            int nonZero = 0;
            for (int j = 0; j < stride; j += DenseLanes.Lanes)
            {
                Vector512<ulong> w = hasWeights
                    ? DenseLanes.Quotient(DenseLanes.Widen(ref Unsafe.Add(ref weightCell, j)), reciprocal, divisor)
                    : Vector512<ulong>.Zero;
                Vector512<ulong> clipped = Vector512.Min(w, Vector512.LoadUnsafe(ref consensus, (nuint)j));
                trustV += clipped;
                if (addRank)
                {
                    Vector512<ulong> term = stakeIsOne ? clipped : DenseLanes.MulHiBelowOne(stakeV, clipped);
                    (Vector512.LoadUnsafe(ref rank, (nuint)j) + term).StoreUnsafe(ref rank, (nuint)j);
                }

                Vector512<ulong> bondWeight = clipBondWeights ? clipped : w;
                Vector512<ulong> bond = DenseLanes.Widen(ref Unsafe.Add(ref bondCell, j)) & Vector512.LoadUnsafe(ref bondMask, (nuint)j);
                Vector512<ulong> cell;
                if (yuma1)
                {
                    cell = stakeIsOne ? bondWeight : DenseLanes.MulHiBelowOne(stakeV, bondWeight);
                    (Vector512.LoadUnsafe(ref bondSum, (nuint)j) + bond).StoreUnsafe(ref bondSum, (nuint)j);
                }
                else
                {
                    cell = DenseLanes.MulHiBelowOne(alphaV, bondWeight) + DenseLanes.MulHiBelowOne(oneMinusAlphaV, DenseLanes.U16Proportion(bond));
                    nonZero += BitOperations.PopCount(Vector512.GreaterThan(cell, Vector512<ulong>.Zero).ExtractMostSignificantBits());
                }

                cell.StoreUnsafe(ref emaCell, (nuint)j);
                (Vector512.LoadUnsafe(ref columnSum, (nuint)j) + cell).StoreUnsafe(ref columnSum, (nuint)j);
            }

            count = nonZero;
            return Vector512.Sum(trustV);
        }

        ulong trust = 0;
        int cells = 0;
        ulong rowReciprocal = dense.RowReciprocal[k];
        ulong rowDivisor = dense.RowDivisor[k];
        for (int j = 0; j < stride; j++)
        {
            ulong w = hasWeights ? DenseLanes.Quotient(Unsafe.Add(ref weightCell, j), rowReciprocal, rowDivisor) : 0;
            ulong clipped = Math.Min(w, Unsafe.Add(ref consensus, j));
            trust += clipped;
            if (addRank)
            {
                Unsafe.Add(ref rank, j) += DenseLanes.MulHi(stake, clipped);
            }

            ulong bondWeight = clipBondWeights ? clipped : w;
            ulong bond = Unsafe.Add(ref bondCell, j) & Unsafe.Add(ref bondMask, j);
            ulong cell;
            if (yuma1)
            {
                cell = DenseLanes.MulHi(stake, bondWeight);
                Unsafe.Add(ref bondSum, j) += bond;
            }
            else
            {
                cell = DenseLanes.MulHi(alpha, bondWeight) + DenseLanes.MulHi(oneMinusAlpha, (ulong)U16Proportion((ushort)bond));
                cells += cell != 0 ? 1 : 0;
            }

            Unsafe.Add(ref emaCell, j) = cell;
            Unsafe.Add(ref columnSum, j) += cell;
        }

        count = cells;
        return trust;
    }

    /// <summary>
    /// One row of dividends: <c>Σ_j incentive_j · (ema_ij / Σ_i ema_ij)</c> (returned); with <paramref name="stored"/>,
    /// also its stored bond row, the non-zero EMA cells as <c>(j, fixed_proportion_to_u16)</c> in ascending order.
    /// </summary>
    private static ulong DividendRow(DenseMatrix dense, int k, SparseEntry[]? stored)
    {
        int stride = dense.Stride;
        ref ulong emaCell = ref MemoryMarshal.GetReference(dense.EmaRow(k));
        ref ulong incentive = ref MemoryMarshal.GetArrayDataReference(dense.Rank);
        ref ulong reciprocal = ref MemoryMarshal.GetArrayDataReference(dense.ColumnReciprocal);
        ref ulong divisor = ref MemoryMarshal.GetArrayDataReference(dense.ColumnDivisor);
        Span<uint> packed = stored is null ? default : MemoryMarshal.Cast<SparseEntry, uint>(stored.AsSpan());
        int written = 0;
        int j = 0;
        ulong total = 0;
        if (DenseLanes.Accelerated)
        {
            Vector512<ulong> totalV = Vector512<ulong>.Zero;
            for (; j < stride; j += DenseLanes.Lanes)
            {
                Vector512<ulong> ema = Vector512.LoadUnsafe(ref emaCell, (nuint)j);
                Vector512<ulong> share = DenseLanes.Quotient(ema, Vector512.LoadUnsafe(ref reciprocal, (nuint)j), Vector512.LoadUnsafe(ref divisor, (nuint)j));
                totalV += DenseLanes.MulHi(Vector512.LoadUnsafe(ref incentive, (nuint)j), share);
                if (stored is not null)
                {
                    written = PackStored(Vector512.GreaterThan(ema, Vector512<ulong>.Zero), DenseLanes.ProportionToU16(ema), j, packed, written);
                }
            }

            return Vector512.Sum(totalV);
        }

        for (; j < stride; j++)
        {
            ulong ema = Unsafe.Add(ref emaCell, j);
            total += DenseLanes.MulHi(Unsafe.Add(ref incentive, j), DenseLanes.Quotient(ema, Unsafe.Add(ref reciprocal, j), Unsafe.Add(ref divisor, j)));
            if (stored is not null && ema != 0)
            {
                stored[written++] = new SparseEntry((ushort)j, Fx.ProportionToU16((long)ema));
            }
        }

        return total;
    }

    /// <summary>
    /// Appends to a stored bond row the lanes of <paramref name="keep"/> (all ones) as <c>(column, value)</c> entries, the
    /// columns counted from <paramref name="from"/>: one compressing store, or entry by entry near the row's end (a
    /// whole-vector store would pass it). Returns the new entry count.
    /// </summary>
    private static int PackStored(Vector512<ulong> keep, Vector512<ulong> values, int from, Span<uint> packed, int written)
    {
        int kept = BitOperations.PopCount(keep.ExtractMostSignificantBits());
        if (kept == 0)
        {
            return written;
        }

        if (written + DenseLanes.Lanes <= packed.Length)
        {
            Vector512<ulong> columns = Vector512.Create((ulong)from) + Vector512.Create(0UL, 1, 2, 3, 4, 5, 6, 7);
            Avx512F.VL.Compress(Vector256<uint>.Zero, Avx512F.ConvertToVector256UInt32(keep), Avx512F.ConvertToVector256UInt32(columns | (values << 16)))
                .StoreUnsafe(ref MemoryMarshal.GetReference(packed), (nuint)written);
            return written + kept;
        }

        for (int lane = 0; lane < DenseLanes.Lanes; lane++)
        {
            if (keep.GetElement(lane) != 0)
            {
                packed[written++] = (uint)(from + lane) | ((uint)values.GetElement(lane) << 16);
            }
        }

        return written;
    }
}
