using System.Runtime.InteropServices;
using Bittensor.Core.FixedPoint;

namespace Bittensor.Runtime.Epoch;

/// <summary>Bonds and dividends: Yuma 1 (column-normalised bond EMA) and Yuma 3 (absolute bonds, liquid alpha).</summary>
public static partial class YumaEpoch
{
    private static readonly I32F32 Half = I32F32.FromBits(1L << 31);
    private static readonly I32F32 MinusHundred = I32F32.FromInt(-100);

    /// <summary>
    /// Yuma 3: bonds as u16 proportions, column-masked, moved toward the bond weights by a fixed or per-bond
    /// (liquid) alpha; dividends are stake × Σ column-normalised bond · incentive.
    /// </summary>
    /// <remarks>subtensor <c>epoch/run_epoch.rs::epoch_mechanism</c> (<c>Yuma3On</c> branch):
    /// <c>get_bonds_sparse_fixed_proportion</c>, <c>scalar_vec_mask_sparse_matrix</c>,
    /// <c>compute_bonds_sparse</c>, <c>inplace_col_normalize_sparse</c>, <c>mat_vec_mul_sparse</c>,
    /// <c>row_sum_sparse</c>, <c>vec_mul</c>, <c>inplace_normalize</c>; the stored bond rows
    /// (<c>fixed_proportion_to_u16</c> of the EMA, rows of uids with a new permit) are written in the dividend pass.</remarks>
    private static void Yuma3Bonds(
        EpochInput input,
        SparseRows weightsForBonds,
        ReadOnlySpan<I32F32> consensus,
        ReadOnlySpan<I32F32> incentive,
        ReadOnlySpan<I32F32> activeStake,
        ulong lastTempo,
        Span<I32F32> dividends,
        bool[] newPermit,
        SparseEntry[][] storedBonds,
        EpochWorkspace ws)
    {
        int n = input.N;
        EpochParameters p = input.Parameters;
        bool anyConsensus = false;
        foreach (I32F32 c in consensus)
        {
            anyConsensus |= !c.IsZero;
        }

        SparseRows ema;
        FixedDivisor[] columnDivisors;
        if (p.LiquidAlpha && anyConsensus)
        {
            ema = MatEmaLiquidAlpha(weightsForBonds, LoadBonds(input, lastTempo, proportion: true, ws.Bonds), consensus, p, ws);
            columnDivisors = ColumnDivisors(ema, n, ws);
        }
        else
        {
            // The fixed-alpha EMA sums its columns as it emits them (row order, as the separate pass would).
            Span<long> columnSums = MemoryMarshal.Cast<I32F32, long>(EpochWorkspace.Ensure(ref ws.VecC, n).AsSpan(0, n));
            columnSums.Clear();
            ema = MatEmaStoredBonds(weightsForBonds, input, lastTempo, DisabledLiquidAlpha(p.BondsMovingAverage), columnSums, ws);
            columnDivisors = DivisorsOf(columnSums, ws);
        }

        Yuma3Dividends(ema, columnDivisors, incentive, activeStake, dividends, newPermit, storedBonds);
    }

    /// <summary>
    /// Yuma 3 with the fixed alpha when the bond weights are W (bonds_penalty 0) or W̄ (bonds_penalty 1): the
    /// clipping, validator trust and rank of <see cref="ColClip"/> are done row by row inside the bond EMA pass, so the
    /// clipped matrix is never stored; then incentive, dividends and the stored rows as <see cref="Yuma3Bonds"/>.
    /// </summary>
    /// <remarks>subtensor <c>epoch/run_epoch.rs::epoch_mechanism</c>: <c>col_clip_sparse</c>, <c>row_sum_sparse</c>,
    /// <c>matmul_sparse</c>, <c>inplace_normalize</c> (incentive), <c>interpolate_sparse</c> (ratio 0 or 1 returns one
    /// input), then the <c>Yuma3On</c> bonds as in <see cref="Yuma3Bonds"/>. Each row's clipping reads only that row, and
    /// the rank sums visit rows in the same order, so the results are those of the separate passes.</remarks>
    private static void Yuma3FusedBonds(
        EpochInput input,
        SparseRows weights,
        ReadOnlySpan<I32F32> consensus,
        ReadOnlySpan<I32F32> activeStake,
        bool clipBondWeights,
        ulong lastTempo,
        Span<I32F32> validatorTrust,
        Span<I32F32> incentive,
        Span<I32F32> dividends,
        bool[] newPermit,
        SparseEntry[][] storedBonds,
        EpochWorkspace ws)
    {
        int n = input.N;
        Span<long> columnSums = MemoryMarshal.Cast<I32F32, long>(EpochWorkspace.Ensure(ref ws.VecC, n).AsSpan(0, n));
        columnSums.Clear();
        Span<long> rank = MemoryMarshal.Cast<I32F32, long>(incentive);
        rank.Clear();
        FusedClip clip = new(MemoryMarshal.Cast<I32F32, long>(consensus), activeStake, rank, validatorTrust, clipBondWeights);
        SparseRows ema = MatEmaStoredBonds(weights, input, lastTempo, DisabledLiquidAlpha(input.Parameters.BondsMovingAverage), columnSums, ws, clip);
        EpochMath.InplaceNormalize(incentive);
        Yuma3Dividends(ema, DivisorsOf(columnSums, ws), incentive, activeStake, dividends, newPermit, storedBonds);
    }

    /// <summary>
    /// Yuma 3 dividends from the column-normalised EMA (normalised on the fly; the EMA itself is what is stored), and
    /// the stored bond rows (<c>fixed_proportion_to_u16</c> of the EMA, rows of uids with a new permit).
    /// </summary>
    /// <remarks>subtensor <c>epoch/math.rs::inplace_col_normalize_sparse</c>, <c>mat_vec_mul_sparse</c>,
    /// <c>row_sum_sparse</c>, <c>vec_mul</c>, <c>inplace_normalize</c>.</remarks>
    private static void Yuma3Dividends(
        SparseRows ema,
        FixedDivisor[] columnDivisors,
        ReadOnlySpan<I32F32> incentive,
        ReadOnlySpan<I32F32> activeStake,
        Span<I32F32> dividends,
        bool[] newPermit,
        SparseEntry[][] storedBonds)
    {
        int n = dividends.Length;
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<ushort> cols = ema.Cols(i);
            ReadOnlySpan<long> vals = MemoryMarshal.Cast<I32F32, long>(ema.Values(i));
            long total = 0;
            for (int e = 0; e < cols.Length; e++)
            {
                int j = cols[e];
                if (j >= incentive.Length)
                {
                    continue;
                }

                long inc = incentive[j].Bits;
                if (inc != 0)
                {
                    // A zero incentive makes the product 0 whatever the normalised bond: skip its division. A bond over
                    // its column sum is a proportion and so is the incentive: then the product is one multiply.
                    long share = columnDivisors[j].Divide(I32F32.FromBits(vals[e])).Bits;
                    long product = (ulong)inc < Fx.One && (ulong)share <= Fx.One ? Fx.MulBelowOne(inc, share) : Fx.SatMul(share, inc);
                    total = unchecked(total + product);
                }
            }

            dividends[i] = I32F32.FromBits(total).CheckedMul(activeStake[i]) ?? I32F32.Zero;
            if (newPermit[i] && cols.Length != 0)
            {
                // Every element is written below: skip the allocator's zeroing (≈ 4 MB per epoch on a full subnet).
                SparseEntry[] stored = GC.AllocateUninitializedArray<SparseEntry>(cols.Length);
                for (int e = 0; e < cols.Length; e++)
                {
                    stored[e] = new SparseEntry(cols[e], Fx.ProportionToU16(vals[e]));
                }

                storedBonds[i] = stored;
            }
            else
            {
                storedBonds[i] = [];
            }
        }

        EpochMath.InplaceNormalize(dividends);
    }

    /// <summary>
    /// Yuma 1: bonds column-normalised, ΔB = bond weights ∘ active stake column-normalised, EMA with the fixed
    /// alpha, column-normalised; dividends = EMA · incentive; the EMA is column max-upscaled for storage.
    /// </summary>
    /// <remarks>subtensor <c>epoch/run_epoch.rs::epoch_mechanism</c> (original Yuma branch):
    /// <c>get_bonds_sparse</c>, <c>scalar_vec_mask_sparse_matrix</c>, <c>inplace_col_normalize_sparse</c>,
    /// <c>row_hadamard_sparse</c>, <c>compute_ema_bonds_normal_sparse</c>, <c>matmul_transpose_sparse</c>,
    /// <c>inplace_col_max_upscale_sparse</c>.</remarks>
    private static SparseRows Yuma1Bonds(
        EpochInput input,
        SparseRows weightsForBonds,
        ReadOnlySpan<I32F32> incentive,
        ReadOnlySpan<I32F32> activeStake,
        ulong lastTempo,
        Span<I32F32> dividends,
        EpochWorkspace ws)
    {
        int n = input.N;
        SparseRows bonds = LoadBonds(input, lastTempo, proportion: false, ws.Bonds);
        DivideColumns(bonds, ColumnDivisors(bonds, n, ws).AsSpan(0, n));

        SparseRows delta = ws.Delta;
        int rows = Math.Min(weightsForBonds.Rows, activeStake.Length);
        delta.Reset(n, weightsForBonds.Count);
        for (int i = 0; i < rows; i++)
        {
            ReadOnlySpan<ushort> cols = weightsForBonds.Cols(i);
            ReadOnlySpan<I32F32> vals = weightsForBonds.Values(i);
            for (int e = 0; e < cols.Length; e++)
            {
                delta.Add(cols[e], vals[e].SaturatingMul(activeStake[i]));
            }

            delta.EndRow(i);
        }

        for (int i = rows; i < n; i++)
        {
            delta.EndRow(i);
        }

        DivideColumns(delta, ColumnDivisors(delta, n, ws).AsSpan(0, n));
        SparseRows ema = MatEmaSparse(delta, bonds, DisabledLiquidAlpha(input.Parameters.BondsMovingAverage), n, ws);
        DivideColumns(ema, ColumnDivisors(ema, n, ws).AsSpan(0, n));

        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<ushort> cols = ema.Cols(i);
            ReadOnlySpan<I32F32> vals = ema.Values(i);
            I32F32 acc = I32F32.Zero;
            for (int e = 0; e < cols.Length; e++)
            {
                I32F32 v = cols[e] < incentive.Length ? incentive[cols[e]] : I32F32.Zero;
                acc = acc.SaturatingAdd(v.SaturatingMul(vals[e]));
            }

            dividends[i] = acc;
        }

        EpochMath.InplaceNormalize(dividends);
        DivideColumns(ema, ColumnDivisors(ema, n, ws, maximum: true).AsSpan(0, n));
        return ema;
    }

    /// <summary>
    /// Stored bond rows as I32F32 (raw integers for Yuma 1, <c>x / 65535</c> for Yuma 3), with the columns of uids
    /// registered since the last epoch (<c>last_tempo &lt;= registered</c>) removed.
    /// </summary>
    /// <remarks>subtensor <c>epoch/run_epoch.rs::get_bonds_sparse</c> / <c>get_bonds_sparse_fixed_proportion</c>
    /// and <c>epoch/math.rs::scalar_vec_mask_sparse_matrix</c>. Columns ≥ n are kept as upstream keeps them (they
    /// never reach a result, but they do stop the liquid-alpha walk).</remarks>
    private static SparseRows LoadBonds(EpochInput input, ulong lastTempo, bool proportion, SparseRows bonds)
    {
        int n = input.N;
        ulong[] registered = input.BlockAtRegistration;
        int capacity = 0;
        foreach (SparseEntry[] row in input.Bonds)
        {
            capacity += row.Length;
        }

        bonds.Reset(n, capacity);
        for (int i = 0; i < n; i++)
        {
            SparseEntry[] row = input.Bonds[i];
            bonds.EnsureRoom(row.Length);
            Span<ushort> cols = bonds.TailCols(row.Length);
            Span<I32F32> vals = bonds.TailValues(row.Length);
            int added = 0;
            foreach (SparseEntry entry in row)
            {
                ulong reg = entry.Uid < registered.Length ? registered[entry.Uid] : 0UL;
                if (lastTempo <= reg)
                {
                    continue;
                }

                I32F32 value = I32F32.FromBits((long)entry.Value << 32);
                cols[added] = entry.Uid;
                vals[added++] = proportion ? I32F32.FromBits(U16Proportion(entry.Value)) : value;
            }

            bonds.EndRow(i, added);
        }

        return bonds;
    }

    /// <summary><c>1 − I32F32(bonds_moving_average / 10^6)</c>, the fixed EMA factor.</summary>
    /// <remarks>subtensor <c>epoch/run_epoch.rs::compute_disabled_liquid_alpha</c> (and the identical computation in
    /// <c>compute_ema_bonds_normal_sparse</c>).</remarks>
    private static I32F32 DisabledLiquidAlpha(ulong bondsMovingAverage)
    {
        I64F64 average = I64F64.FromInt(bondsMovingAverage).SafeDiv(I64F64.FromInt(1_000_000));
        return I32F32.One.SaturatingSub(I32F32.SaturatingFromFixed(average));
    }

    /// <summary>
    /// <c>alpha · new + (1 − alpha) · old</c> over each row's columns &lt; n (saturating), emitting entries &gt; 0 in
    /// ascending column order.
    /// </summary>
    /// <remarks>subtensor <c>epoch/math.rs::mat_ema_sparse</c>; the dense accumulator row is visited only at the
    /// columns the two input rows touch (every other cell stays 0 and is not emitted).</remarks>
    private static SparseRows MatEmaSparse(SparseRows newMatrix, SparseRows old, I32F32 alpha, int n, EpochWorkspace ws)
    {
        SparseRows result = ws.Ema;
        result.Reset(n, newMatrix.Count + old.Count);
        long a = alpha.Bits;
        long oneMinusAlpha = I32F32.One.SaturatingSub(alpha).Bits;
        Span<long> acc = MemoryMarshal.Cast<I32F32, long>(EpochWorkspace.Ensure(ref ws.Dense1, n).AsSpan(0, n));
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<ushort> newCols = i < newMatrix.Rows ? newMatrix.Cols(i) : default;
            ReadOnlySpan<long> newVals = i < newMatrix.Rows ? MemoryMarshal.Cast<I32F32, long>(newMatrix.Values(i)) : default;
            ReadOnlySpan<ushort> oldCols = i < old.Rows ? old.Cols(i) : default;
            ReadOnlySpan<long> oldVals = i < old.Rows ? MemoryMarshal.Cast<I32F32, long>(old.Values(i)) : default;
            if (newCols.IsEmpty && oldCols.IsEmpty)
            {
                result.EndRow(i);
                continue;
            }

            ReadOnlySpan<ushort> union = SortedUnion(ws, n, newCols, oldCols, out _);
            foreach (ushort j in union)
            {
                acc[j] = 0;
            }

            for (int e = 0; e < newCols.Length; e++)
            {
                int j = newCols[e];
                if (j < n)
                {
                    acc[j] = Fx.SatAdd(acc[j], Fx.SatMul(a, newVals[e]));
                }
            }

            for (int e = 0; e < oldCols.Length; e++)
            {
                int j = oldCols[e];
                if (j < n)
                {
                    acc[j] = Fx.SatAdd(acc[j], Fx.SatMul(oneMinusAlpha, oldVals[e]));
                }
            }

            result.EnsureRoom(union.Length);
            Span<ushort> outCols = result.TailCols(union.Length);
            Span<long> outVals = MemoryMarshal.Cast<I32F32, long>(result.TailValues(union.Length));
            int added = 0;
            foreach (ushort j in union)
            {
                if (acc[j] > 0)
                {
                    outCols[added] = j;
                    outVals[added++] = acc[j];
                }
            }

            result.EndRow(i, added);
        }

        return result;
    }

    /// <summary>
    /// The Yuma 3 fixed-alpha EMA straight from the stored bond rows: each stored bond is masked by the target's
    /// registration and read as <c>u16 / 65535</c> as it is accumulated, so no bond matrix is materialised.
    /// </summary>
    /// <remarks>subtensor <c>get_bonds_sparse_fixed_proportion</c> + <c>scalar_vec_mask_sparse_matrix</c> +
    /// <c>epoch/math.rs::mat_ema_sparse</c>, fused (same per-cell operations and order as <see cref="MatEmaSparse"/>).
    /// With an active <paramref name="clip"/> each weight row is first clipped as <see cref="ColClip"/> does.</remarks>
    private static SparseRows MatEmaStoredBonds(
        SparseRows newMatrix, EpochInput input, ulong lastTempo, I32F32 alpha, Span<long> columnSums, EpochWorkspace ws, FusedClip clip = default)
    {
        int n = input.N;
        ulong[] registered = input.BlockAtRegistration;
        SparseRows result = ws.Ema;
        result.Reset(n, newMatrix.Count);
        long a = alpha.Bits;
        long oneMinusAlpha = I32F32.One.SaturatingSub(alpha).Bits;

        // Clipped bond weights are proportions (see FusedClip.Proportions); with both EMA factors below 1 every cell is
        // then (< 1)·(≤ 1) + (< 1)·(≤ 1) and the merge can use plain arithmetic.
        bool proportions = clip.Active && clip.UseClipped && clip.Proportions && a is >= 0 and < Fx.One && oneMinusAlpha is >= 0 and < Fx.One;
        Span<long> acc = MemoryMarshal.Cast<I32F32, long>(EpochWorkspace.Ensure(ref ws.Dense1, n).AsSpan(0, n));
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<ushort> newCols = newMatrix.Cols(i);
            ReadOnlySpan<long> newVals = MemoryMarshal.Cast<I32F32, long>(newMatrix.Values(i));
            if (clip.Active)
            {
                // ColClip's row i, into a row-sized scratch (which becomes the bond-weight row when it is W̄).
                Span<ushort> clippedCols = EpochWorkspace.Ensure(ref ws.RowCols, newCols.Length).AsSpan(0, newCols.Length);
                Span<long> clippedVals = EpochWorkspace.Ensure(ref ws.RowVals, newCols.Length).AsSpan(0, newCols.Length);
                long scale = i < clip.Stake.Length ? clip.Stake[i].Bits : 0;
                int kept = ClipRow(newCols, newVals, clip.Thresholds, scale, clippedCols, clippedVals, clip.Rank, clip.Proportions, out long rowSum);
                clip.RowSums[i] = I32F32.FromBits(rowSum);
                if (clip.UseClipped)
                {
                    newCols = clippedCols[..kept];
                    newVals = clippedVals[..kept];
                }
            }

            ReadOnlySpan<SparseEntry> oldRow = input.Bonds[i];
            if (newCols.IsEmpty && oldRow.IsEmpty)
            {
                result.EndRow(i);
                continue;
            }

            if (StrictlyAscending(newCols) && StrictlyAscending(oldRow))
            {
                result.EndRow(i, MergeEmaRow(newCols, newVals, oldRow, registered, lastTempo, n, a, oneMinusAlpha, proportions, columnSums, result));
                continue;
            }

            ReadOnlySpan<ushort> union = SortedUnion(ws, n, newCols, oldRow);
            foreach (ushort j in union)
            {
                acc[j] = 0;
            }

            for (int e = 0; e < newCols.Length; e++)
            {
                int j = newCols[e];
                if (j < n)
                {
                    acc[j] = Fx.SatAdd(acc[j], Fx.SatMul(a, newVals[e]));
                }
            }

            foreach (SparseEntry bond in oldRow)
            {
                int j = bond.Uid;
                if (j < n && lastTempo > registered[j])
                {
                    long value = U16Proportion(bond.Value);
                    acc[j] = Fx.SatAdd(acc[j], Fx.SatMul(oneMinusAlpha, value));
                }
            }

            result.EnsureRoom(union.Length);
            Span<ushort> outCols = result.TailCols(union.Length);
            Span<long> outVals = MemoryMarshal.Cast<I32F32, long>(result.TailValues(union.Length));
            int added = 0;
            foreach (ushort j in union)
            {
                if (acc[j] > 0)
                {
                    outCols[added] = j;
                    outVals[added++] = acc[j];
                    columnSums[j] = Fx.SatAdd(columnSums[j], acc[j]);
                }
            }

            result.EndRow(i, added);
        }

        return result;
    }

    /// <summary>
    /// One row of <see cref="MatEmaStoredBonds"/> for strictly ascending weight and bond rows: a merge of the two rows
    /// visits the union's columns in ascending order and computes each cell as the dense accumulator does
    /// (0 + α·new, then + (1 − α)·old when the bond's column is not masked), so no marks, sort or dense row.
    /// </summary>
    /// <returns>The number of entries appended to <paramref name="result"/>'s open row.</returns>
    private static int MergeEmaRow(
        ReadOnlySpan<ushort> newCols,
        ReadOnlySpan<long> newVals,
        ReadOnlySpan<SparseEntry> oldRow,
        ulong[] registered,
        ulong lastTempo,
        int n,
        long a,
        long oneMinusAlpha,
        bool proportions,
        Span<long> columnSums,
        SparseRows result)
    {
        result.EnsureRoom(newCols.Length + oldRow.Length);
        Span<ushort> outCols = result.TailCols(newCols.Length + oldRow.Length);
        Span<long> outVals = MemoryMarshal.Cast<I32F32, long>(result.TailValues(newCols.Length + oldRow.Length));
        int added = 0;
        int p = 0;
        int q = 0;
        while (p < newCols.Length || q < oldRow.Length)
        {
            int jn = p < newCols.Length ? newCols[p] : int.MaxValue;
            int jo = q < oldRow.Length ? oldRow[q].Uid : int.MaxValue;
            int j = Math.Min(jn, jo);
            if (j >= n)
            {
                // Ascending rows: every remaining column is past the matrix, as the dense path ignores them.
                break;
            }

            long acc = 0;
            if (proportions)
            {
                // α, 1 − α < 1 and both cells ≤ 1: each product is below 2^64 unsigned, the cell ≤ 2 and a column sum of
                // at most 65536 cells far below 2^63, so nothing saturates (see Fx.MulBelowOne).
                if (jn == j)
                {
                    acc = Fx.MulBelowOne(a, newVals[p]);
                    p++;
                }

                if (jo == j)
                {
                    if (lastTempo > registered[j])
                    {
                        acc += Fx.MulBelowOne(oneMinusAlpha, U16Proportion(oldRow[q].Value));
                    }

                    q++;
                }

                if (acc > 0)
                {
                    outCols[added] = (ushort)j;
                    outVals[added++] = acc;
                    columnSums[j] += acc;
                }

                continue;
            }

            if (jn == j)
            {
                acc = Fx.SatMul(a, newVals[p]);
                p++;
            }

            if (jo == j)
            {
                if (lastTempo > registered[j])
                {
                    long value = U16Proportion(oldRow[q].Value);
                    acc = Fx.SatAdd(acc, Fx.SatMul(oneMinusAlpha, value));
                }

                q++;
            }

            if (acc > 0)
            {
                outCols[added] = (ushort)j;
                outVals[added++] = acc;
                columnSums[j] = Fx.SatAdd(columnSums[j], acc);
            }
        }

        return added;
    }

    /// <summary>
    /// <c>I32F32(v).safe_div(65535)</c> in bits, <c>floor(v · 2^32 / 65535)</c>, without a division: 2^32 = 65535 · 65537 + 1,
    /// so the quotient is <c>v · 65537 + floor(v / 65535)</c>, the last term 1 only for v = 65535.
    /// </summary>
    private static long U16Proportion(ushort v) => ((long)v * 65_537) + (v == ushort.MaxValue ? 1 : 0);

    private static bool StrictlyAscending(ReadOnlySpan<ushort> cols)
    {
        for (int e = 1; e < cols.Length; e++)
        {
            if (cols[e] <= cols[e - 1])
            {
                return false;
            }
        }

        return true;
    }

    private static bool StrictlyAscending(ReadOnlySpan<SparseEntry> row)
    {
        for (int e = 1; e < row.Length; e++)
        {
            if (row[e].Uid <= row[e - 1].Uid)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Liquid-alpha bond EMA: for each entry of a bond-weight row, <c>min(1, (1 − a)·old + max(0, a·new))</c> with the
    /// per-bond alpha <c>a = alpha_sigmoid(C_j, w_ij, b_ij)</c>, emitted in the row's own order when &gt; 0. A bond whose
    /// column is absent from the weight row is dropped, an explicit zero weight keeps it decaying.
    /// </summary>
    /// <remarks>
    /// subtensor <c>epoch/run_epoch.rs::compute_liquid_alpha_values_sparse</c> and
    /// <c>epoch/math.rs::mat_ema_alpha_sparse</c>. Upstream builds the whole n × n alpha matrix, but
    /// <c>mat_ema_alpha_sparse</c> reads <c>alpha[i][j]</c> only for the columns j of weight row i, so only those are
    /// evaluated. The weight w and bond b at column j are found exactly as upstream's ascending walk finds them
    /// (advance while the entry's column &lt; j; take it if equal): for rows not in ascending order that walk can
    /// miss entries, and so does this one. Visiting the needed columns in ascending order gives the same walk
    /// positions, since each step only skips entries with a column below the current one.
    /// </remarks>
    private static SparseRows MatEmaLiquidAlpha(
        SparseRows weights, SparseRows bonds, ReadOnlySpan<I32F32> consensus, EpochParameters p, EpochWorkspace ws)
    {
        int n = weights.Rows;
        int columns = consensus.Length;
        I32F32 alphaLow = I32F32.FromInt(p.AlphaLow).SafeDiv(U16Max);
        I32F32 alphaHigh = I32F32.FromInt(p.AlphaHigh).SafeDiv(U16Max);
        I32F32 steepness = I32F32.FromInt(p.AlphaSigmoidSteepness).SaturatingDiv(MinusHundred);
        I32F32[] alpha = EpochWorkspace.Ensure(ref ws.Dense1, columns);
        I32F32[] decayed = EpochWorkspace.Ensure(ref ws.Dense2, columns);
        SparseRows result = ws.Ema;
        result.Reset(n, weights.Count);
        int[] marks = ws.Stamp;
        I32F32 one = I32F32.One;
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<ushort> wCols = weights.Cols(i);
            ReadOnlySpan<I32F32> wVals = weights.Values(i);
            ReadOnlySpan<ushort> bCols = bonds.Cols(i);
            ReadOnlySpan<I32F32> bVals = bonds.Values(i);
            ReadOnlySpan<ushort> needed = SortedUnion(ws, columns, wCols, default, out int stamp);

            // Upstream's peekable walks over the weight and bond rows, at the needed columns only.
            int wp = 0;
            int bp = 0;
            foreach (ushort j in needed)
            {
                while (wp < wCols.Length && wCols[wp] < j)
                {
                    wp++;
                }

                while (bp < bCols.Length && bCols[bp] < j)
                {
                    bp++;
                }

                I32F32 weight = wp < wCols.Length && wCols[wp] == j ? wVals[wp] : I32F32.Zero;
                I32F32 bond = bp < bCols.Length && bCols[bp] == j ? bVals[bp] : I32F32.Zero;
                alpha[j] = AlphaSigmoid(consensus[j], weight, bond, alphaLow, alphaHigh, steepness);
                decayed[j] = I32F32.Zero;
            }

            // (1 − alpha_ij) · old_ij, assigned (a duplicate old column keeps its last value).
            for (int e = 0; e < bCols.Length; e++)
            {
                int j = bCols[e];
                if (j < columns && marks[j] == stamp)
                {
                    decayed[j] = one.SaturatingSub(alpha[j]).SaturatingMul(bVals[e]);
                }
            }

            for (int e = 0; e < wCols.Length; e++)
            {
                int j = wCols[e];
                if (j < columns)
                {
                    I32F32 increment = I32F32.Max(alpha[j].SaturatingMul(wVals[e]), I32F32.Zero);
                    I32F32 value = I32F32.Min(decayed[j].SaturatingAdd(increment), one);
                    if (value > I32F32.Zero)
                    {
                        result.Add(wCols[e], value);
                    }
                }
            }

            result.EndRow(i);
        }

        return result;
    }

    /// <summary>The per-bond EMA factor: a sigmoid of how far the weight is above consensus (buying) or below the bond (selling).</summary>
    /// <remarks>subtensor <c>epoch/run_epoch.rs::alpha_sigmoid</c>; <paramref name="steepnessOverMinus100"/> is
    /// <c>alpha_sigmoid_steepness.saturating_div(-100)</c>, hoisted out of the loop.</remarks>
    private static I32F32 AlphaSigmoid(
        I32F32 consensus, I32F32 weight, I32F32 bond, I32F32 alphaLow, I32F32 alphaHigh, I32F32 steepnessOverMinus100)
    {
        I32F32 zero = I32F32.Zero;
        I32F32 one = I32F32.One;
        I32F32 diffBuy = EpochMath.ClampValue(weight.SaturatingSub(consensus), zero, one);
        I32F32 diffSell = EpochMath.ClampValue(bond.SaturatingSub(weight), zero, one);
        I32F32 combinedDiff = weight >= bond ? diffBuy : diffSell;
        I32F32 exponent = steepnessOverMinus100.SaturatingMul(combinedDiff.SaturatingSub(Half));
        I32F32 sigmoid = one.SaturatingDiv(one.SaturatingAdd(EpochMath.ExpSafe(exponent)));
        I32F32 alpha = alphaLow.SaturatingAdd(sigmoid.SaturatingMul(alphaHigh.SaturatingSub(alphaLow)));
        return EpochMath.ClampValue(alpha, alphaLow, alphaHigh);
    }

    /// <summary>
    /// One divisor per column: the saturating column sum (<c>inplace_col_normalize_sparse</c>), or the column maximum
    /// (<c>inplace_col_max_upscale_sparse</c>, maxima starting at 0); a zero divisor leaves its entries unchanged.
    /// </summary>
    private static FixedDivisor[] ColumnDivisors(SparseRows matrix, int columns, EpochWorkspace ws, bool maximum = false)
    {
        Span<long> acc = MemoryMarshal.Cast<I32F32, long>(EpochWorkspace.Ensure(ref ws.VecC, columns).AsSpan(0, columns));
        acc.Clear();
        ReadOnlySpan<ushort> cols = matrix.AllCols;
        ReadOnlySpan<long> vals = MemoryMarshal.Cast<I32F32, long>(matrix.AllValues);
        for (int e = 0; e < cols.Length; e++)
        {
            int j = cols[e];
            if (j < columns)
            {
                acc[j] = maximum ? Math.Max(acc[j], vals[e]) : Fx.SatAdd(acc[j], vals[e]);
            }
        }

        return DivisorsOf(acc, ws);
    }

    /// <summary>One divisor per column sum/maximum; a zero one leaves its entries unchanged (upstream skips them).</summary>
    private static FixedDivisor[] DivisorsOf(ReadOnlySpan<long> acc, EpochWorkspace ws)
    {
        FixedDivisor[] divisors = EpochWorkspace.Ensure(ref ws.Divisors, acc.Length);
        for (int j = 0; j < acc.Length; j++)
        {
            divisors[j] = acc[j] == 0 ? FixedDivisor.Identity : new FixedDivisor(I32F32.FromBits(acc[j]));
        }

        return divisors;
    }

    /// <summary>Divides each entry by its column's divisor (columns ≥ the divisor count are left alone).</summary>
    private static void DivideColumns(SparseRows matrix, ReadOnlySpan<FixedDivisor> divisors)
    {
        ReadOnlySpan<ushort> cols = matrix.AllCols;
        Span<I32F32> vals = matrix.AllValues;
        for (int e = 0; e < cols.Length; e++)
        {
            int j = cols[e];
            if (j < divisors.Length)
            {
                vals[e] = divisors[j].Divide(vals[e]);
            }
        }
    }

    /// <summary>The clipping <see cref="MatEmaStoredBonds"/> does per row for <see cref="Yuma3FusedBonds"/> (inactive by default).</summary>
    private readonly ref struct FusedClip(ReadOnlySpan<long> thresholds, ReadOnlySpan<I32F32> stake, Span<long> rank, Span<I32F32> rowSums, bool useClipped)
    {
        /// <summary>
        /// Every threshold (consensus) and stake is in [0, 1]; weights are ≥ 0 by construction (stored u16 over a positive
        /// row sum), so every clipped weight min(w, c) is in [0, 1] too.
        /// </summary>
        public bool Proportions { get; } = Fx.AllProportions(thresholds) && Fx.AllProportions(MemoryMarshal.Cast<I32F32, long>(stake));

        public bool Active { get; } = true;

        public ReadOnlySpan<long> Thresholds { get; } = thresholds;

        public ReadOnlySpan<I32F32> Stake { get; } = stake;

        public Span<long> Rank { get; } = rank;

        public Span<I32F32> RowSums { get; } = rowSums;

        public bool UseClipped { get; } = useClipped;
    }
}
