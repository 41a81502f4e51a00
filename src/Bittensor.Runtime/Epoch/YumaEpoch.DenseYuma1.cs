using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Bittensor.Core.FixedPoint;

namespace Bittensor.Runtime.Epoch;

/// <summary>Yuma 1 on the dense matrices (see <see cref="YumaEpoch"/>'s dense path remarks for when it runs).</summary>
public static partial class YumaEpoch
{
    /// <summary>
    /// Yuma 1 on the dense matrices, in four passes over the rows: clipping, trust, rank, ΔB and the column sums of ΔB and
    /// of the bonds; the EMA of the column-normalised ΔB and bonds with its column sums; dividends from the
    /// column-normalised EMA with its column maxima; the stored rows, max-upscaled.
    /// </summary>
    /// <remarks>subtensor <c>epoch/run_epoch.rs::epoch_mechanism</c> (original Yuma branch), as <see cref="Yuma1Bonds"/>:
    /// <c>get_bonds_sparse</c>, <c>scalar_vec_mask_sparse_matrix</c>, <c>inplace_col_normalize_sparse</c>,
    /// <c>row_hadamard_sparse</c>, <c>compute_ema_bonds_normal_sparse</c>, <c>matmul_transpose_sparse</c>,
    /// <c>inplace_col_max_upscale_sparse</c>. Every value is a proportion and every column sum of proportions (or of u16
    /// bonds: at most 2048 rows on this path) stays far below 2^63, so the saturating sums are plain ones, and a cell absent
    /// from a sparse row is exactly a zero cell (normalisations leave 0 at 0, the EMA emits only cells &gt; 0).</remarks>
    private static void Yuma1Dense(
        DenseMatrix dense, DenseEma ema, ReadOnlySpan<I32F32> activeStake, Span<I32F32> validatorTrust, Span<I32F32> incentive, Span<I32F32> dividends, bool[] newPermit, SparseEntry[][] storedBonds)
    {
        int stride = dense.Stride;
        Array.Clear(dense.ColumnSum2, 0, stride);

        // ΔB (into the EMA buffer) with its column sums, and the bonds' column sums.
        for (int k = 0; k < dense.Rows; k++)
        {
            int i = dense.RowUid[k];
            validatorTrust[i] = I32F32.FromBits((long)ClipAndBondRow(dense, k, (ulong)activeStake[i].Bits, ema, yuma1: true, out _));
        }

        RankToIncentive(dense, incentive);

        // EMA of the column-normalised ΔB and bonds, in place, with its column sums.
        Reciprocals(dense.ColumnSum, dense.ColumnReciprocal, dense.ColumnDivisor, stride);
        Reciprocals(dense.ColumnSum2, dense.ColumnReciprocal2, dense.ColumnDivisor2, stride);
        Array.Clear(dense.ColumnSum, 0, stride);
        for (int k = 0; k < dense.Rows; k++)
        {
            dense.EmaCount[k] = Yuma1EmaRow(dense, k, ema.Alpha, ema.OneMinusAlpha);
        }

        // Dividends from the column-normalised EMA, and its column maxima.
        Reciprocals(dense.ColumnSum, dense.ColumnReciprocal, dense.ColumnDivisor, stride);
        Array.Clear(dense.ColumnSum2, 0, stride);
        for (int k = 0; k < dense.Rows; k++)
        {
            dividends[dense.RowUid[k]] = I32F32.FromBits((long)Yuma1DividendRow(dense, k));
        }

        EpochMath.InplaceNormalize(dividends);

        // Stored rows: the normalised EMA over its column maximum, as u16, where the EMA was emitted.
        Reciprocals(dense.ColumnSum2, dense.ColumnReciprocal2, dense.ColumnDivisor2, stride);
        for (int k = 0; k < dense.Rows; k++)
        {
            int i = dense.RowUid[k];
            if (newPermit[i] && dense.EmaCount[k] > 0)
            {
                SparseEntry[] stored = GC.AllocateUninitializedArray<SparseEntry>(dense.EmaCount[k]);
                Yuma1StoredRow(dense, k, stored);
                storedBonds[i] = stored;
            }
        }
    }

    /// <summary>One row of <c>α·ΔB/ΣΔB + (1 − α)·B/ΣB</c> over ΔB in place; returns its non-zero count.</summary>
    private static int Yuma1EmaRow(DenseMatrix dense, int k, ulong alpha, ulong oneMinusAlpha)
    {
        int stride = dense.Stride;
        ref ushort bondCell = ref MemoryMarshal.GetReference(dense.BondRow(k));
        ref ulong cell = ref MemoryMarshal.GetReference(dense.EmaRow(k));
        ref ulong bondMask = ref MemoryMarshal.GetArrayDataReference(dense.BondMask);
        ref ulong deltaReciprocal = ref MemoryMarshal.GetArrayDataReference(dense.ColumnReciprocal);
        ref ulong deltaDivisor = ref MemoryMarshal.GetArrayDataReference(dense.ColumnDivisor);
        ref ulong bondReciprocal = ref MemoryMarshal.GetArrayDataReference(dense.ColumnReciprocal2);
        ref ulong bondDivisor = ref MemoryMarshal.GetArrayDataReference(dense.ColumnDivisor2);
        ref ulong emaSum = ref MemoryMarshal.GetArrayDataReference(dense.ColumnSum);
        int nonZero = 0;
        if (DenseLanes.Accelerated)
        {
            Vector512<ulong> alphaV = Vector512.Create(alpha);
            Vector512<ulong> oneMinusAlphaV = Vector512.Create(oneMinusAlpha);
            for (int j = 0; j < stride; j += DenseLanes.Lanes)
            {
                Vector512<ulong> delta = DenseLanes.Quotient(
                    Vector512.LoadUnsafe(ref cell, (nuint)j), Vector512.LoadUnsafe(ref deltaReciprocal, (nuint)j), Vector512.LoadUnsafe(ref deltaDivisor, (nuint)j));
                Vector512<ulong> bond = DenseLanes.Quotient(
                    DenseLanes.Widen(ref Unsafe.Add(ref bondCell, j)) & Vector512.LoadUnsafe(ref bondMask, (nuint)j),
                    Vector512.LoadUnsafe(ref bondReciprocal, (nuint)j),
                    Vector512.LoadUnsafe(ref bondDivisor, (nuint)j));
                Vector512<ulong> ema = DenseLanes.MulHiBelowOne(alphaV, delta) + DenseLanes.MulHiBelowOne(oneMinusAlphaV, bond);
                ema.StoreUnsafe(ref cell, (nuint)j);
                (Vector512.LoadUnsafe(ref emaSum, (nuint)j) + ema).StoreUnsafe(ref emaSum, (nuint)j);
                nonZero += System.Numerics.BitOperations.PopCount(Vector512.GreaterThan(ema, Vector512<ulong>.Zero).ExtractMostSignificantBits());
            }

            return nonZero;
        }

        for (int j = 0; j < stride; j++)
        {
            ulong delta = DenseLanes.Quotient(Unsafe.Add(ref cell, j), Unsafe.Add(ref deltaReciprocal, j), Unsafe.Add(ref deltaDivisor, j));
            ulong bond = DenseLanes.Quotient(Unsafe.Add(ref bondCell, j) & Unsafe.Add(ref bondMask, j), Unsafe.Add(ref bondReciprocal, j), Unsafe.Add(ref bondDivisor, j));
            ulong ema = DenseLanes.MulHi(alpha, delta) + DenseLanes.MulHi(oneMinusAlpha, bond);
            Unsafe.Add(ref cell, j) = ema;
            Unsafe.Add(ref emaSum, j) += ema;
            nonZero += ema != 0 ? 1 : 0;
        }

        return nonZero;
    }

    /// <summary>One row's <c>Σ_j incentive_j · ema_ij / Σ_i ema_ij</c> (returned), with the normalised EMA's column maxima.</summary>
    private static ulong Yuma1DividendRow(DenseMatrix dense, int k)
    {
        int stride = dense.Stride;
        ref ulong cell = ref MemoryMarshal.GetReference(dense.EmaRow(k));
        ref ulong incentive = ref MemoryMarshal.GetArrayDataReference(dense.Rank);
        ref ulong reciprocal = ref MemoryMarshal.GetArrayDataReference(dense.ColumnReciprocal);
        ref ulong divisor = ref MemoryMarshal.GetArrayDataReference(dense.ColumnDivisor);
        ref ulong maximum = ref MemoryMarshal.GetArrayDataReference(dense.ColumnSum2);
        if (DenseLanes.Accelerated)
        {
            Vector512<ulong> totalV = Vector512<ulong>.Zero;
            for (int j = 0; j < stride; j += DenseLanes.Lanes)
            {
                Vector512<ulong> share = DenseLanes.Quotient(
                    Vector512.LoadUnsafe(ref cell, (nuint)j), Vector512.LoadUnsafe(ref reciprocal, (nuint)j), Vector512.LoadUnsafe(ref divisor, (nuint)j));
                totalV += DenseLanes.MulHi(Vector512.LoadUnsafe(ref incentive, (nuint)j), share);
                Vector512.Max(Vector512.LoadUnsafe(ref maximum, (nuint)j), share).StoreUnsafe(ref maximum, (nuint)j);
            }

            return Vector512.Sum(totalV);
        }

        ulong total = 0;
        for (int j = 0; j < stride; j++)
        {
            ulong share = DenseLanes.Quotient(Unsafe.Add(ref cell, j), Unsafe.Add(ref reciprocal, j), Unsafe.Add(ref divisor, j));
            total += DenseLanes.MulHi(Unsafe.Add(ref incentive, j), share);
            Unsafe.Add(ref maximum, j) = Math.Max(Unsafe.Add(ref maximum, j), share);
        }

        return total;
    }

    /// <summary>One stored row: for each emitted EMA cell, <c>fixed_proportion_to_u16((ema / Σ ema) / max)</c>.</summary>
    private static void Yuma1StoredRow(DenseMatrix dense, int k, SparseEntry[] stored)
    {
        int stride = dense.Stride;
        ref ulong cell = ref MemoryMarshal.GetReference(dense.EmaRow(k));
        ref ulong reciprocal = ref MemoryMarshal.GetArrayDataReference(dense.ColumnReciprocal);
        ref ulong divisor = ref MemoryMarshal.GetArrayDataReference(dense.ColumnDivisor);
        ref ulong maxReciprocal = ref MemoryMarshal.GetArrayDataReference(dense.ColumnReciprocal2);
        ref ulong maxDivisor = ref MemoryMarshal.GetArrayDataReference(dense.ColumnDivisor2);
        Span<uint> packed = MemoryMarshal.Cast<SparseEntry, uint>(stored.AsSpan());
        int written = 0;
        if (DenseLanes.Accelerated)
        {
            for (int j = 0; j < stride; j += DenseLanes.Lanes)
            {
                Vector512<ulong> ema = Vector512.LoadUnsafe(ref cell, (nuint)j);
                Vector512<ulong> share = DenseLanes.Quotient(ema, Vector512.LoadUnsafe(ref reciprocal, (nuint)j), Vector512.LoadUnsafe(ref divisor, (nuint)j));
                Vector512<ulong> upscaled = DenseLanes.Quotient(share, Vector512.LoadUnsafe(ref maxReciprocal, (nuint)j), Vector512.LoadUnsafe(ref maxDivisor, (nuint)j));
                written = PackStored(Vector512.GreaterThan(ema, Vector512<ulong>.Zero), DenseLanes.ProportionToU16(upscaled), j, packed, written);
            }

            return;
        }

        for (int j = 0; j < stride; j++)
        {
            ulong ema = Unsafe.Add(ref cell, j);
            if (ema != 0)
            {
                ulong share = DenseLanes.Quotient(ema, Unsafe.Add(ref reciprocal, j), Unsafe.Add(ref divisor, j));
                ulong upscaled = DenseLanes.Quotient(share, Unsafe.Add(ref maxReciprocal, j), Unsafe.Add(ref maxDivisor, j));
                stored[written++] = new SparseEntry((ushort)j, Fx.ProportionToU16((long)upscaled));
            }
        }
    }
}
