using Bittensor.Core.FixedPoint;

namespace Bittensor.Runtime.Epoch;

/// <summary>
/// Sparse-matrix helpers. A sparse matrix is one array of <c>(Col, Value)</c> entries per row, in the order
/// upstream produces them; functions that build a new matrix never drop an explicit zero unless upstream does.
/// </summary>
public static partial class EpochMath
{
    /// <summary>Divides each row by its (wrapping) sum when that sum is positive.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::inplace_row_normalize_sparse</c>.</remarks>
    public static void InplaceRowNormalizeSparse((ushort Col, I32F32 Value)[][] sparseMatrix)
    {
        ArgumentNullException.ThrowIfNull(sparseMatrix);
        foreach ((ushort Col, I32F32 Value)[] row in sparseMatrix)
        {
            I32F32 rowSum = RowSum(row);
            if (rowSum > I32F32.Zero)
            {
                for (int i = 0; i < row.Length; i++)
                {
                    row[i].Value = row[i].Value.SafeDiv(rowSum);
                }
            }
        }
    }

    /// <summary>(Wrapping) sum of each row.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::row_sum_sparse</c>.</remarks>
    public static I32F32[] RowSumSparse((ushort Col, I32F32 Value)[][] sparseMatrix)
    {
        ArgumentNullException.ThrowIfNull(sparseMatrix);
        I32F32[] result = new I32F32[sparseMatrix.Length];
        for (int i = 0; i < sparseMatrix.Length; i++)
        {
            result[i] = RowSum(sparseMatrix[i]);
        }

        return result;
    }

    /// <summary>
    /// Divides each entry by its column's saturating sum when that sum is non-zero; entries with a column
    /// ≥ <paramref name="columns"/> neither count nor change.
    /// </summary>
    /// <remarks>subtensor <c>epoch/math.rs::inplace_col_normalize_sparse</c>.</remarks>
    public static void InplaceColNormalizeSparse((ushort Col, I32F32 Value)[][] sparseMatrix, ushort columns)
    {
        ArgumentNullException.ThrowIfNull(sparseMatrix);
        I32F32[] colSum = new I32F32[columns];
        foreach ((ushort Col, I32F32 Value)[] row in sparseMatrix)
        {
            foreach ((ushort j, I32F32 value) in row)
            {
                if (j < columns)
                {
                    colSum[j] = colSum[j].SaturatingAdd(value);
                }
            }
        }

        foreach ((ushort Col, I32F32 Value)[] row in sparseMatrix)
        {
            for (int i = 0; i < row.Length; i++)
            {
                I32F32 denominator = row[i].Col < columns ? colSum[row[i].Col] : I32F32.Zero;
                if (!denominator.IsZero)
                {
                    row[i].Value = row[i].Value.SafeDiv(denominator);
                }
            }
        }
    }

    /// <summary>Divides each entry by its column maximum (maxima start at 0) when that maximum is non-zero.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::inplace_col_max_upscale_sparse</c>.</remarks>
    public static void InplaceColMaxUpscaleSparse((ushort Col, I32F32 Value)[][] sparseMatrix, ushort columns)
    {
        ArgumentNullException.ThrowIfNull(sparseMatrix);
        I32F32[] colMax = new I32F32[columns];
        foreach ((ushort Col, I32F32 Value)[] row in sparseMatrix)
        {
            foreach ((ushort j, I32F32 value) in row)
            {
                if (j < columns && colMax[j] < value)
                {
                    colMax[j] = value;
                }
            }
        }

        foreach ((ushort Col, I32F32 Value)[] row in sparseMatrix)
        {
            for (int i = 0; i < row.Length; i++)
            {
                I32F32 max = row[i].Col < columns ? colMax[row[i].Col] : I32F32.Zero;
                if (!max.IsZero)
                {
                    row[i].Value = row[i].Value.SafeDiv(max);
                }
            }
        }
    }

    /// <summary>Removes the entries for which <c>maskFn(scalar, vector[col])</c> is true (missing vector elements read as 0).</summary>
    /// <remarks>subtensor <c>epoch/math.rs::scalar_vec_mask_sparse_matrix</c>.</remarks>
    public static (ushort Col, I32F32 Value)[][] ScalarVecMaskSparseMatrix(
        (ushort Col, I32F32 Value)[][] sparseMatrix,
        ulong scalar,
        ReadOnlySpan<ulong> vector,
        Func<ulong, ulong, bool> maskFn)
    {
        ArgumentNullException.ThrowIfNull(sparseMatrix);
        ArgumentNullException.ThrowIfNull(maskFn);
        (ushort Col, I32F32 Value)[][] result = new (ushort Col, I32F32 Value)[sparseMatrix.Length][];
        for (int i = 0; i < sparseMatrix.Length; i++)
        {
            (ushort Col, I32F32 Value)[] row = sparseMatrix[i];
            RowBuilder output = new(row.Length);
            foreach ((ushort j, I32F32 value) in row)
            {
                if (!maskFn(scalar, GetSafe(vector, j)))
                {
                    output.Add(j, value);
                }
            }

            result[i] = output.ToArray();
        }

        return result;
    }

    /// <summary>
    /// Removes the entries for which <c>maskFn(first[row], second[col])</c> is true (missing elements read as 0).
    /// The epoch uses it to drop weights set before the target's registration.
    /// </summary>
    /// <remarks>subtensor <c>epoch/math.rs::vec_mask_sparse_matrix</c>.</remarks>
    public static (ushort Col, I32F32 Value)[][] VecMaskSparseMatrix(
        (ushort Col, I32F32 Value)[][] sparseMatrix,
        ReadOnlySpan<ulong> firstVector,
        ReadOnlySpan<ulong> secondVector,
        Func<ulong, ulong, bool> maskFn)
    {
        ArgumentNullException.ThrowIfNull(sparseMatrix);
        ArgumentNullException.ThrowIfNull(maskFn);
        (ushort Col, I32F32 Value)[][] result = new (ushort Col, I32F32 Value)[sparseMatrix.Length][];
        for (int i = 0; i < sparseMatrix.Length; i++)
        {
            ulong first = GetSafe(firstVector, i);
            (ushort Col, I32F32 Value)[] row = sparseMatrix[i];
            RowBuilder output = new(row.Length);
            foreach ((ushort j, I32F32 value) in row)
            {
                if (!maskFn(first, GetSafe(secondVector, j)))
                {
                    output.Add(j, value);
                }
            }

            result[i] = output.ToArray();
        }

        return result;
    }

    /// <summary>Replaces masked rows (mask true, or beyond the mask) with empty rows; copies the others.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::mask_rows_sparse</c>.</remarks>
    public static (ushort Col, I32F32 Value)[][] MaskRowsSparse(ReadOnlySpan<bool> mask, (ushort Col, I32F32 Value)[][] sparseMatrix)
    {
        ArgumentNullException.ThrowIfNull(sparseMatrix);
        (ushort Col, I32F32 Value)[][] result = new (ushort Col, I32F32 Value)[sparseMatrix.Length][];
        for (int i = 0; i < sparseMatrix.Length; i++)
        {
            bool masked = i >= mask.Length || mask[i];
            result[i] = masked ? [] : ((ushort Col, I32F32 Value)[])sparseMatrix[i].Clone();
        }

        return result;
    }

    /// <summary>A copy without diagonal entries (column == row).</summary>
    /// <remarks>subtensor <c>epoch/math.rs::mask_diag_sparse</c>.</remarks>
    public static (ushort Col, I32F32 Value)[][] MaskDiagSparse((ushort Col, I32F32 Value)[][] sparseMatrix) =>
        MaskDiagSparseCore(sparseMatrix, -1);

    /// <summary>A copy without diagonal entries, except the one at (<paramref name="exceptIndex"/>, <paramref name="exceptIndex"/>).</summary>
    /// <remarks>subtensor <c>epoch/math.rs::mask_diag_sparse_except_index</c> (keeps the subnet owner's self-weight).</remarks>
    public static (ushort Col, I32F32 Value)[][] MaskDiagSparseExceptIndex((ushort Col, I32F32 Value)[][] sparseMatrix, ushort exceptIndex) =>
        MaskDiagSparseCore(sparseMatrix, exceptIndex);

    /// <summary>Multiplies every entry of row i by <c>vector[i]</c> (saturating); stops at the shorter of rows and vector.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::row_hadamard_sparse</c>.</remarks>
    public static (ushort Col, I32F32 Value)[][] RowHadamardSparse((ushort Col, I32F32 Value)[][] sparseMatrix, ReadOnlySpan<I32F32> vector)
    {
        ArgumentNullException.ThrowIfNull(sparseMatrix);
        int rows = Math.Min(sparseMatrix.Length, vector.Length);
        (ushort Col, I32F32 Value)[][] result = new (ushort Col, I32F32 Value)[rows][];
        for (int i = 0; i < rows; i++)
        {
            (ushort Col, I32F32 Value)[] row = sparseMatrix[i];
            (ushort Col, I32F32 Value)[] output = new (ushort Col, I32F32 Value)[row.Length];
            for (int e = 0; e < row.Length; e++)
            {
                output[e] = (row[e].Col, row[e].Value.SaturatingMul(vector[i]));
            }

            result[i] = output;
        }

        return result;
    }

    /// <summary><c>result[j] = Σ_i vector[i] · m[i][j]</c> (saturating) over <paramref name="columns"/> columns; missing vector elements are 0.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::matmul_sparse</c>.</remarks>
    public static I32F32[] MatmulSparse((ushort Col, I32F32 Value)[][] sparseMatrix, ReadOnlySpan<I32F32> vector, ushort columns)
    {
        ArgumentNullException.ThrowIfNull(sparseMatrix);
        I32F32[] result = new I32F32[columns];
        for (int i = 0; i < sparseMatrix.Length; i++)
        {
            I32F32 scale = GetSafe(vector, i);
            foreach ((ushort j, I32F32 value) in sparseMatrix[i])
            {
                if (j < columns)
                {
                    result[j] = result[j].SaturatingAdd(scale.SaturatingMul(value));
                }
            }
        }

        return result;
    }

    /// <summary><c>result[i] = Σ_j vector[j] · m[i][j]</c> (saturating); missing vector elements are 0.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::matmul_transpose_sparse</c>.</remarks>
    public static I32F32[] MatmulTransposeSparse((ushort Col, I32F32 Value)[][] sparseMatrix, ReadOnlySpan<I32F32> vector)
    {
        ArgumentNullException.ThrowIfNull(sparseMatrix);
        I32F32[] result = new I32F32[sparseMatrix.Length];
        for (int i = 0; i < sparseMatrix.Length; i++)
        {
            I32F32 acc = I32F32.Zero;
            foreach ((ushort j, I32F32 value) in sparseMatrix[i])
            {
                acc = acc.SaturatingAdd(GetSafe(vector, j).SaturatingMul(value));
            }

            result[i] = acc;
        }

        return result;
    }

    /// <summary>
    /// Clips each entry to its column threshold (missing thresholds read as 0). An entry above a threshold
    /// ≤ 0 is removed rather than clipped to 0; entries at or below the threshold, zeros included, stay.
    /// </summary>
    /// <remarks>subtensor <c>epoch/math.rs::col_clip_sparse</c>.</remarks>
    public static (ushort Col, I32F32 Value)[][] ColClipSparse((ushort Col, I32F32 Value)[][] sparseMatrix, ReadOnlySpan<I32F32> colThreshold)
    {
        ArgumentNullException.ThrowIfNull(sparseMatrix);
        (ushort Col, I32F32 Value)[][] result = new (ushort Col, I32F32 Value)[sparseMatrix.Length][];
        for (int i = 0; i < sparseMatrix.Length; i++)
        {
            (ushort Col, I32F32 Value)[] row = sparseMatrix[i];
            RowBuilder output = new(row.Length);
            foreach ((ushort j, I32F32 value) in row)
            {
                I32F32 threshold = GetSafe(colThreshold, j);
                if (threshold < value)
                {
                    if (threshold > I32F32.Zero)
                    {
                        output.Add(j, threshold);
                    }
                }
                else
                {
                    output.Add(j, value);
                }
            }

            result[i] = output.ToArray();
        }

        return result;
    }

    /// <summary>
    /// <c>A + ratio · (B − A)</c> entry-wise over dense rows of <paramref name="columns"/> (saturating); keeps only
    /// results &gt; 0. <paramref name="ratio"/> 0 returns a copy of A and 1 a copy of B (so explicit zeros survive
    /// those cases); with different row counts a copy of B is returned.
    /// </summary>
    /// <remarks>subtensor <c>epoch/math.rs::interpolate_sparse</c> (bond penalty: weights ↔ clipped weights).</remarks>
    public static (ushort Col, I32F32 Value)[][] InterpolateSparse(
        (ushort Col, I32F32 Value)[][] mat1,
        (ushort Col, I32F32 Value)[][] mat2,
        ushort columns,
        I32F32 ratio)
    {
        ArgumentNullException.ThrowIfNull(mat1);
        ArgumentNullException.ThrowIfNull(mat2);
        if (ratio.IsZero)
        {
            return CloneSparse(mat1);
        }

        if (ratio == I32F32.One || mat1.Length != mat2.Length)
        {
            return CloneSparse(mat2);
        }

        (ushort Col, I32F32 Value)[][] result = new (ushort Col, I32F32 Value)[mat1.Length][];
        I32F32[] row1 = new I32F32[columns];
        I32F32[] row2 = new I32F32[columns];
        for (int i = 0; i < mat1.Length; i++)
        {
            Densify(mat1[i], row1);
            Densify(mat2[i], row2);
            RowBuilder output = new(columns);
            for (int j = 0; j < columns; j++)
            {
                I32F32 v1 = row1[j];
                I32F32 interp = v1.SaturatingAdd(ratio.SaturatingMul(row2[j].SaturatingSub(v1)));
                if (I32F32.Zero < interp)
                {
                    output.Add((ushort)j, interp);
                }
            }

            result[i] = output.ToArray();
        }

        return result;
    }

    /// <summary>
    /// Multiplies each entry by <c>vector[col]</c> (saturating), dropping entries whose column is past the
    /// vector and products equal to 0.
    /// </summary>
    /// <remarks>subtensor <c>epoch/math.rs::mat_vec_mul_sparse</c>.</remarks>
    public static (ushort Col, I32F32 Value)[][] MatVecMulSparse((ushort Col, I32F32 Value)[][] matrix, ReadOnlySpan<I32F32> vector)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        (ushort Col, I32F32 Value)[][] result = new (ushort Col, I32F32 Value)[matrix.Length][];
        for (int i = 0; i < matrix.Length; i++)
        {
            (ushort Col, I32F32 Value)[] row = matrix[i];
            RowBuilder output = new(row.Length);
            foreach ((ushort j, I32F32 value) in row)
            {
                if (j < vector.Length)
                {
                    I32F32 product = value.SaturatingMul(vector[j]);
                    if (!product.IsZero)
                    {
                        output.Add(j, product);
                    }
                }
            }

            result[i] = output.ToArray();
        }

        return result;
    }

    /// <summary>
    /// <c>alpha · new + (1 − alpha) · old</c> per entry (saturating) over dense rows whose width is the row
    /// count (upstream assumes a square matrix); keeps entries &gt; 0. Rows of <paramref name="old"/> pair with
    /// rows of <paramref name="newMatrix"/> in order; a missing old row counts as empty.
    /// </summary>
    /// <remarks>subtensor <c>epoch/math.rs::mat_ema_sparse</c> (bond EMA with a fixed alpha).</remarks>
    public static (ushort Col, I32F32 Value)[][] MatEmaSparse(
        (ushort Col, I32F32 Value)[][] newMatrix,
        (ushort Col, I32F32 Value)[][] old,
        I32F32 alpha)
    {
        ArgumentNullException.ThrowIfNull(newMatrix);
        ArgumentNullException.ThrowIfNull(old);
        int n = newMatrix.Length;
        (ushort Col, I32F32 Value)[][] result = new (ushort Col, I32F32 Value)[n][];
        if (n == 0)
        {
            return result;
        }

        I32F32 oneMinusAlpha = I32F32.One.SaturatingSub(alpha);
        I32F32[] acc = new I32F32[n];
        for (int i = 0; i < n; i++)
        {
            Array.Clear(acc);
            foreach ((ushort j, I32F32 v) in newMatrix[i])
            {
                if (j < n)
                {
                    acc[j] = acc[j].SaturatingAdd(alpha.SaturatingMul(v));
                }
            }

            if (i < old.Length)
            {
                foreach ((ushort j, I32F32 v) in old[i])
                {
                    if (j < n)
                    {
                        acc[j] = acc[j].SaturatingAdd(oneMinusAlpha.SaturatingMul(v));
                    }
                }
            }

            RowBuilder output = new(n);
            for (int j = 0; j < n; j++)
            {
                if (acc[j] > I32F32.Zero)
                {
                    output.Add((ushort)j, acc[j]);
                }
            }

            result[i] = output.ToArray();
        }

        return result;
    }

    /// <summary>
    /// Per-entry EMA with its own alpha: <c>min(1, (1 − a_ij) · old_ij + max(0, a_ij · new_ij))</c>, emitted only
    /// for entries present in the <paramref name="newMatrix"/> row (in its order) whose result is &gt; 0. A bond
    /// whose column is absent from the new row is therefore dropped, not decayed — and an explicit zero in the
    /// new row keeps it decaying. Columns past the alpha row are ignored. If the three row counts differ, a copy
    /// of <paramref name="newMatrix"/> is returned.
    /// </summary>
    /// <remarks>subtensor <c>epoch/math.rs::mat_ema_alpha_sparse</c> (Yuma 3 / liquid-alpha bonds).</remarks>
    public static (ushort Col, I32F32 Value)[][] MatEmaAlphaSparse(
        (ushort Col, I32F32 Value)[][] newMatrix,
        (ushort Col, I32F32 Value)[][] old,
        I32F32[][] alpha)
    {
        ArgumentNullException.ThrowIfNull(newMatrix);
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(alpha);
        if (newMatrix.Length != old.Length || newMatrix.Length != alpha.Length)
        {
            return CloneSparse(newMatrix);
        }

        I32F32 one = I32F32.One;
        (ushort Col, I32F32 Value)[][] result = new (ushort Col, I32F32 Value)[newMatrix.Length][];
        I32F32[] decayed = [];
        for (int i = 0; i < newMatrix.Length; i++)
        {
            I32F32[] alphaRow = alpha[i];
            if (decayed.Length < alphaRow.Length)
            {
                decayed = new I32F32[alphaRow.Length];
            }

            Span<I32F32> decay = decayed.AsSpan(0, alphaRow.Length);
            decay.Clear();
            foreach ((ushort j, I32F32 oldValue) in old[i])
            {
                if (j < alphaRow.Length)
                {
                    decay[j] = one.SaturatingSub(alphaRow[j]).SaturatingMul(oldValue);
                }
            }

            (ushort Col, I32F32 Value)[] newRow = newMatrix[i];
            RowBuilder output = new(newRow.Length);
            foreach ((ushort j, I32F32 newValue) in newRow)
            {
                if (j < alphaRow.Length)
                {
                    I32F32 increment = I32F32.Max(alphaRow[j].SaturatingMul(newValue), I32F32.Zero);
                    I32F32 value = I32F32.Min(decay[j].SaturatingAdd(increment), one);
                    if (value > I32F32.Zero)
                    {
                        output.Add(j, value);
                    }
                }
            }

            result[i] = output.ToArray();
        }

        return result;
    }

    private static I32F32 RowSum((ushort Col, I32F32 Value)[] row)
    {
        I32F32 sum = I32F32.Zero;
        foreach ((_, I32F32 value) in row)
        {
            sum = sum.WrappingAdd(value);
        }

        return sum;
    }

    private static (ushort Col, I32F32 Value)[][] MaskDiagSparseCore((ushort Col, I32F32 Value)[][] sparseMatrix, int exceptIndex)
    {
        ArgumentNullException.ThrowIfNull(sparseMatrix);
        (ushort Col, I32F32 Value)[][] result = new (ushort Col, I32F32 Value)[sparseMatrix.Length][];
        for (int i = 0; i < sparseMatrix.Length; i++)
        {
            (ushort Col, I32F32 Value)[] row = sparseMatrix[i];
            RowBuilder output = new(row.Length);
            foreach ((ushort j, I32F32 value) in row)
            {
                if (i != j || i == exceptIndex)
                {
                    output.Add(j, value);
                }
            }

            result[i] = output.ToArray();
        }

        return result;
    }

    private static void Densify((ushort Col, I32F32 Value)[] row, I32F32[] dense)
    {
        Array.Clear(dense);
        foreach ((ushort j, I32F32 value) in row)
        {
            if (j < dense.Length)
            {
                dense[j] = value;
            }
        }
    }

    private static (ushort Col, I32F32 Value)[][] CloneSparse((ushort Col, I32F32 Value)[][] matrix)
    {
        (ushort Col, I32F32 Value)[][] copy = new (ushort Col, I32F32 Value)[matrix.Length][];
        for (int i = 0; i < matrix.Length; i++)
        {
            copy[i] = ((ushort Col, I32F32 Value)[])matrix[i].Clone();
        }

        return copy;
    }

    /// <summary>Collects the entries of one output row; sized once from an upper bound so no list growth happens.</summary>
    private ref struct RowBuilder(int capacity)
    {
        private (ushort Col, I32F32 Value)[]? _items = capacity == 0 ? null : new (ushort Col, I32F32 Value)[capacity];
        private int _count;

        public void Add(ushort col, I32F32 value) => _items![_count++] = (col, value);

        public readonly (ushort Col, I32F32 Value)[] ToArray()
        {
            if (_count == 0)
            {
                return [];
            }

            return _count == _items!.Length ? _items : _items.AsSpan(0, _count).ToArray();
        }
    }
}
