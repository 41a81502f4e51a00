using Bittensor.Core.FixedPoint;

namespace Bittensor.Runtime.Epoch;

/// <summary>
/// Dense-matrix helpers (rows of <see cref="I32F32"/>). Upstream runs the dense epoch only in tests, which
/// require it to agree with the sparse one; ragged rows are tolerated the way upstream tolerates them.
/// </summary>
public static partial class EpochMath
{
    /// <summary>Divides each row by its (wrapping) sum when that sum is positive.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::inplace_row_normalize</c>.</remarks>
    public static void InplaceRowNormalize(I32F32[][] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        foreach (I32F32[] row in x)
        {
            I32F32 rowSum = Sum(row);
            if (rowSum > I32F32.Zero)
            {
                for (int i = 0; i < row.Length; i++)
                {
                    row[i] = row[i].SafeDiv(rowSum);
                }
            }
        }
    }

    /// <summary>Divides each I64F64 row by its (wrapping) sum when that sum is positive.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::inplace_row_normalize_64</c>.</remarks>
    public static void InplaceRowNormalize64(I64F64[][] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        foreach (I64F64[] row in x)
        {
            I64F64 rowSum = Sum(row);
            if (rowSum > I64F64.Zero)
            {
                for (int i = 0; i < row.Length; i++)
                {
                    row[i] = row[i].SafeDiv(rowSum);
                }
            }
        }
    }

    /// <summary>(Wrapping) sum of each row; empty when the first row is empty.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::row_sum</c>.</remarks>
    public static I32F32[] RowSum(I32F32[][] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length > 0 && x[0].Length == 0)
        {
            return [];
        }

        I32F32[] result = new I32F32[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            result[i] = Sum(x[i]);
        }

        return result;
    }

    /// <summary>
    /// Divides each entry by its column's saturating sum when non-zero. Column sums span the widest row;
    /// shorter rows simply have fewer entries.
    /// </summary>
    /// <remarks>subtensor <c>epoch/math.rs::inplace_col_normalize</c>.</remarks>
    public static void InplaceColNormalize(I32F32[][] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        I32F32[] colSums = new I32F32[MaxRowLength(x)];
        if (colSums.Length == 0)
        {
            return;
        }

        foreach (I32F32[] row in x)
        {
            for (int j = 0; j < row.Length; j++)
            {
                colSums[j] = colSums[j].SaturatingAdd(row[j]);
            }
        }

        foreach (I32F32[] row in x)
        {
            for (int j = 0; j < row.Length; j++)
            {
                if (!colSums[j].IsZero)
                {
                    row[j] = row[j].SafeDiv(colSums[j]);
                }
            }
        }
    }

    /// <summary>Divides each entry by its column maximum (maxima start at 0) when non-zero.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::inplace_col_max_upscale</c>.</remarks>
    public static void InplaceColMaxUpscale(I32F32[][] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        I32F32[] colMaxes = new I32F32[MaxRowLength(x)];
        if (colMaxes.Length == 0)
        {
            return;
        }

        foreach (I32F32[] row in x)
        {
            for (int j = 0; j < row.Length; j++)
            {
                if (colMaxes[j] < row[j])
                {
                    colMaxes[j] = row[j];
                }
            }
        }

        foreach (I32F32[] row in x)
        {
            for (int j = 0; j < row.Length; j++)
            {
                if (!colMaxes[j].IsZero)
                {
                    row[j] = row[j].SafeDiv(colMaxes[j]);
                }
            }
        }
    }

    /// <summary>Zeroes the cells whose mask cell is true; cells outside the mask count as masked. Nothing happens if the mask or its first row is empty.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::inplace_mask_matrix</c>.</remarks>
    public static void InplaceMaskMatrix(bool[][] mask, I32F32[][] matrix)
    {
        ArgumentNullException.ThrowIfNull(mask);
        ArgumentNullException.ThrowIfNull(matrix);
        if (mask.Length == 0 || mask[0].Length == 0)
        {
            return;
        }

        for (int r = 0; r < matrix.Length; r++)
        {
            bool[]? maskRow = r < mask.Length ? mask[r] : null;
            I32F32[] row = matrix[r];
            for (int c = 0; c < row.Length; c++)
            {
                bool zero = maskRow is null || c >= maskRow.Length || maskRow[c];
                if (zero)
                {
                    row[c] = I32F32.Zero;
                }
            }
        }
    }

    /// <summary>Replaces masked rows (mask true, or beyond the mask) with zero rows as wide as the first row.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::inplace_mask_rows</c>.</remarks>
    public static void InplaceMaskRows(ReadOnlySpan<bool> mask, I32F32[][] matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if (matrix.Length == 0)
        {
            return;
        }

        int cols = matrix[0].Length;
        for (int r = 0; r < matrix.Length; r++)
        {
            if (r >= mask.Length || mask[r])
            {
                matrix[r] = new I32F32[cols];
            }
        }
    }

    /// <summary>Zeroes the columns whose mask is true (columns beyond the mask count as masked).</summary>
    /// <remarks>subtensor <c>epoch/math.rs::inplace_mask_cols</c>.</remarks>
    public static void InplaceMaskCols(ReadOnlySpan<bool> mask, I32F32[][] matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        foreach (I32F32[] row in matrix)
        {
            for (int c = 0; c < row.Length; c++)
            {
                if (c >= mask.Length || mask[c])
                {
                    row[c] = I32F32.Zero;
                }
            }
        }
    }

    /// <summary>Zeroes the diagonal of a square matrix; does nothing for an empty or non-square one.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::inplace_mask_diag</c>.</remarks>
    public static void InplaceMaskDiag(I32F32[][] matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if (!IsSquare(matrix))
        {
            return;
        }

        for (int i = 0; i < matrix.Length; i++)
        {
            if (i < matrix[i].Length)
            {
                matrix[i][i] = I32F32.Zero;
            }
        }
    }

    /// <summary>Zeroes the diagonal except the cell (<paramref name="exceptIndex"/>, <paramref name="exceptIndex"/>).</summary>
    /// <remarks>subtensor <c>epoch/math.rs::inplace_mask_diag_except_index</c>.</remarks>
    public static void InplaceMaskDiagExceptIndex(I32F32[][] matrix, ushort exceptIndex)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if (!IsSquare(matrix))
        {
            return;
        }

        bool keep = exceptIndex < matrix.Length && exceptIndex < matrix[exceptIndex].Length;
        I32F32 saved = keep ? matrix[exceptIndex][exceptIndex] : I32F32.Zero;
        InplaceMaskDiag(matrix);
        if (keep)
        {
            matrix[exceptIndex][exceptIndex] = saved;
        }
    }

    /// <summary>Multiplies row i by <c>vector[i]</c> (saturating); stops at the shorter of rows and vector. Empty input gives one empty row.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::row_hadamard</c>.</remarks>
    public static I32F32[][] RowHadamard(I32F32[][] matrix, ReadOnlySpan<I32F32> vector)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if (matrix.Length == 0 || matrix[0].Length == 0)
        {
            return [[]];
        }

        int rows = Math.Min(matrix.Length, vector.Length);
        I32F32[][] result = new I32F32[rows][];
        for (int i = 0; i < rows; i++)
        {
            I32F32[] row = matrix[i];
            I32F32[] output = new I32F32[row.Length];
            for (int j = 0; j < row.Length; j++)
            {
                output[j] = vector[i].SaturatingMul(row[j]);
            }

            result[i] = output;
        }

        return result;
    }

    /// <summary>
    /// <c>result[j] = Σ_i vector[i] · m[i][j]</c> (saturating) over the first row's width; rows past the vector
    /// scale by 0 and cells past the first row's width are ignored.
    /// </summary>
    /// <remarks>subtensor <c>epoch/math.rs::matmul</c>.</remarks>
    public static I32F32[] Matmul(I32F32[][] matrix, ReadOnlySpan<I32F32> vector)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if (matrix.Length == 0 || matrix[0].Length == 0)
        {
            return [];
        }

        I32F32[] acc = new I32F32[matrix[0].Length];
        for (int i = 0; i < matrix.Length; i++)
        {
            I32F32 scale = GetSafe(vector, i);
            I32F32[] row = matrix[i];
            int n = Math.Min(row.Length, acc.Length);
            for (int j = 0; j < n; j++)
            {
                acc[j] = acc[j].SaturatingAdd(scale.SaturatingMul(row[j]));
            }
        }

        return acc;
    }

    /// <summary><c>result[i] = Σ_j m[i][j] · vector[j]</c> (saturating) over the shorter of each row and the vector.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::matmul_transpose</c>.</remarks>
    public static I32F32[] MatmulTranspose(I32F32[][] matrix, ReadOnlySpan<I32F32> vector)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if (matrix.Length == 0 || matrix[0].Length == 0)
        {
            return [];
        }

        I32F32[] result = new I32F32[matrix.Length];
        for (int i = 0; i < matrix.Length; i++)
        {
            I32F32 sum = I32F32.Zero;
            I32F32[] row = matrix[i];
            int n = Math.Min(row.Length, vector.Length);
            for (int j = 0; j < n; j++)
            {
                sum = sum.SaturatingAdd(row[j].SaturatingMul(vector[j]));
            }

            result[i] = sum;
        }

        return result;
    }

    /// <summary>Clips each cell to its column threshold (<c>min</c>); cells past the thresholds are left alone.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::inplace_col_clip</c>.</remarks>
    public static void InplaceColClip(I32F32[][] x, ReadOnlySpan<I32F32> colThreshold)
    {
        ArgumentNullException.ThrowIfNull(x);
        foreach (I32F32[] row in x)
        {
            int n = Math.Min(row.Length, colThreshold.Length);
            for (int j = 0; j < n; j++)
            {
                row[j] = I32F32.Min(colThreshold[j], row[j]);
            }
        }
    }

    /// <summary>
    /// <c>A + ratio · (B − A)</c> cell-wise (saturating) into a matrix shaped like A's first row; ratio 0 / 1
    /// return copies of A / B; an empty A gives one empty row; cells past either row stay 0.
    /// </summary>
    /// <remarks>subtensor <c>epoch/math.rs::interpolate</c>.</remarks>
    public static I32F32[][] Interpolate(I32F32[][] mat1, I32F32[][] mat2, I32F32 ratio)
    {
        ArgumentNullException.ThrowIfNull(mat1);
        ArgumentNullException.ThrowIfNull(mat2);
        if (ratio.IsZero)
        {
            return CloneDense(mat1);
        }

        if (ratio == I32F32.One)
        {
            return CloneDense(mat2);
        }

        if (mat1.Length == 0 || mat1[0].Length == 0)
        {
            return [[]];
        }

        int cols = mat1[0].Length;
        I32F32[][] result = new I32F32[mat1.Length][];
        for (int i = 0; i < mat1.Length; i++)
        {
            result[i] = new I32F32[cols];
        }

        int rows = Math.Min(mat1.Length, mat2.Length);
        for (int i = 0; i < rows; i++)
        {
            I32F32[] r1 = mat1[i];
            I32F32[] r2 = mat2[i];
            int n = Math.Min(Math.Min(r1.Length, r2.Length), cols);
            for (int j = 0; j < n; j++)
            {
                result[i][j] = r1[j].SaturatingAdd(ratio.SaturatingMul(r2[j].SaturatingSub(r1[j])));
            }
        }

        return result;
    }

    /// <summary>Row-wise <see cref="VecMul"/>; an empty matrix gives one empty row.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::mat_vec_mul</c>.</remarks>
    public static I32F32[][] MatVecMul(I32F32[][] matrix, ReadOnlySpan<I32F32> vector)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if (matrix.Length == 0 || matrix[0].Length == 0)
        {
            return [[]];
        }

        I32F32[][] result = new I32F32[matrix.Length][];
        for (int i = 0; i < matrix.Length; i++)
        {
            result[i] = VecMul(matrix[i], vector);
        }

        return result;
    }

    /// <summary><c>alpha · new + (1 − alpha) · old</c> cell-wise (saturating) over paired rows and cells; an empty input gives one empty row.</summary>
    /// <remarks>subtensor <c>epoch/math.rs::mat_ema</c>.</remarks>
    public static I32F32[][] MatEma(I32F32[][] newMatrix, I32F32[][] old, I32F32 alpha)
    {
        ArgumentNullException.ThrowIfNull(newMatrix);
        ArgumentNullException.ThrowIfNull(old);
        if (newMatrix.Length == 0 || newMatrix[0].Length == 0)
        {
            return [[]];
        }

        I32F32 oneMinusAlpha = I32F32.One.SaturatingSub(alpha);
        int rows = Math.Min(newMatrix.Length, old.Length);
        I32F32[][] result = new I32F32[rows][];
        for (int i = 0; i < rows; i++)
        {
            I32F32[] n = newMatrix[i];
            I32F32[] o = old[i];
            I32F32[] output = new I32F32[Math.Min(n.Length, o.Length)];
            for (int j = 0; j < output.Length; j++)
            {
                output[j] = alpha.SaturatingMul(n[j]).SaturatingAdd(oneMinusAlpha.SaturatingMul(o[j]));
            }

            result[i] = output;
        }

        return result;
    }

    /// <summary>
    /// Dense per-cell EMA <c>min(1, (1 − a) · old + max(0, a · new))</c>. An empty input gives one empty row;
    /// different row counts return a copy of <paramref name="old"/>; any row whose three widths differ makes it
    /// return a copy of <paramref name="newMatrix"/>.
    /// </summary>
    /// <remarks>subtensor <c>epoch/math.rs::mat_ema_alpha</c>.</remarks>
    public static I32F32[][] MatEmaAlpha(I32F32[][] newMatrix, I32F32[][] old, I32F32[][] alpha)
    {
        ArgumentNullException.ThrowIfNull(newMatrix);
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(alpha);
        if (newMatrix.Length == 0 || newMatrix[0].Length == 0)
        {
            return [[]];
        }

        if (newMatrix.Length != old.Length || newMatrix.Length != alpha.Length)
        {
            return CloneDense(old);
        }

        for (int i = 0; i < newMatrix.Length; i++)
        {
            if (newMatrix[i].Length != old[i].Length || newMatrix[i].Length != alpha[i].Length)
            {
                return CloneDense(newMatrix);
            }
        }

        I32F32 one = I32F32.One;
        I32F32[][] result = new I32F32[newMatrix.Length][];
        for (int i = 0; i < newMatrix.Length; i++)
        {
            I32F32[] output = new I32F32[newMatrix[i].Length];
            for (int j = 0; j < output.Length; j++)
            {
                I32F32 a = alpha[i][j];
                I32F32 decayed = one.SaturatingSub(a).SaturatingMul(old[i][j]);
                I32F32 increment = I32F32.Max(a.SaturatingMul(newMatrix[i][j]), I32F32.Zero);
                output[j] = I32F32.Min(decayed.SaturatingAdd(increment), one);
            }

            result[i] = output;
        }

        return result;
    }

    private static int MaxRowLength(I32F32[][] x)
    {
        int max = 0;
        foreach (I32F32[] row in x)
        {
            max = Math.Max(max, row.Length);
        }

        return max;
    }

    private static bool IsSquare(I32F32[][] matrix) => matrix.Length > 0 && matrix[0].Length != 0 && matrix.Length == matrix[0].Length;

    private static I32F32[][] CloneDense(I32F32[][] matrix)
    {
        I32F32[][] copy = new I32F32[matrix.Length][];
        for (int i = 0; i < matrix.Length; i++)
        {
            copy[i] = (I32F32[])matrix[i].Clone();
        }

        return copy;
    }
}
