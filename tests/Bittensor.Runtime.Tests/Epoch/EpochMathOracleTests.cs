using System.Globalization;
using System.Text.Json;
using Bittensor.Core.FixedPoint;
using Bittensor.Runtime.Epoch;
using Bittensor.Runtime.Tests.Vectors;

namespace Bittensor.Runtime.Tests.Epoch;

/// <summary>
/// Differential tests against upstream itself: Vectors/epoch_math_oracle.json holds random inputs and the
/// outputs of subtensor's epoch/math.rs (compiled unchanged against substrate-fixed v0.6.0). Every case must
/// match bit for bit, including which sparse entries exist and in what order.
/// </summary>
public class EpochMathOracleTests
{
    private static JsonElement Oracle => VectorFile.Load("epoch_math_oracle.json");

    public static TheoryData<int> Indexes30() => [.. Enumerable.Range(0, 30)];

    [Theory]
    [MemberData(nameof(Indexes30))]
    public void WeightedMedianColSparse_OracleCase_Matches(int i)
    {
        JsonElement c = Case("weighted_median_col_sparse", i);
        I32F32[] result = EpochMath.WeightedMedianColSparse(Vec(c, "stake"), Sparse(c, "score"), (ushort)c.GetProperty("columns").GetInt32(), Fx1(c, "majority"));
        Assert.Equal(Vec(c, "expected"), result);
    }

    [Theory]
    [MemberData(nameof(Indexes30))]
    public void WeightedMedianCol_OracleCase_Matches(int i)
    {
        JsonElement c = Case("weighted_median_col", i);
        Assert.Equal(Vec(c, "expected"), EpochMath.WeightedMedianCol(Vec(c, "stake"), Dense(c, "score"), Fx1(c, "majority")));
    }

    [Theory]
    [MemberData(nameof(Indexes30))]
    public void WeightedMedian_OracleCase_Matches(int i)
    {
        JsonElement c = Case("weighted_median", i);
        I32F32[] stake = Vec(c, "stake");
        int[] idx = [.. Enumerable.Range(0, stake.Length)];
        I32F32 result = EpochMath.WeightedMedian(stake, Vec(c, "score"), idx, Fx1(c, "minority"), I32F32.Zero, Fx1(c, "hi"));
        Assert.Equal(Fx1(c, "expected"), result);
    }

    [Theory]
    [MemberData(nameof(Indexes30))]
    public void ColClipSparse_OracleCase_Matches(int i)
    {
        JsonElement c = Case("col_clip_sparse", i);
        AssertSparse(Sparse(c, "expected"), EpochMath.ColClipSparse(Sparse(c, "matrix"), Vec(c, "threshold")));
    }

    [Theory]
    [MemberData(nameof(Indexes30))]
    public void InterpolateSparse_OracleCase_Matches(int i)
    {
        JsonElement c = Case("interpolate_sparse", i);
        (ushort Col, I32F32 Value)[][] result = EpochMath.InterpolateSparse(Sparse(c, "mat1"), Sparse(c, "mat2"), (ushort)c.GetProperty("columns").GetInt32(), Fx1(c, "ratio"));
        AssertSparse(Sparse(c, "expected"), result);
    }

    [Theory]
    [MemberData(nameof(Indexes30))]
    public void MatEmaSparse_OracleCase_Matches(int i)
    {
        JsonElement c = Case("mat_ema_sparse", i);
        AssertSparse(Sparse(c, "expected"), EpochMath.MatEmaSparse(Sparse(c, "new"), Sparse(c, "old"), Fx1(c, "alpha")));
    }

    [Theory]
    [MemberData(nameof(Indexes30))]
    public void MatEmaAlphaSparse_OracleCase_Matches(int i)
    {
        JsonElement c = Case("mat_ema_alpha_sparse", i);
        AssertSparse(Sparse(c, "expected"), EpochMath.MatEmaAlphaSparse(Sparse(c, "new"), Sparse(c, "old"), Dense(c, "alpha")));
    }

    [Theory]
    [MemberData(nameof(Indexes30))]
    public void SparseNormalization_OracleCase_Matches(int i)
    {
        JsonElement c = Case("sparse_normalize", i);
        ushort columns = (ushort)c.GetProperty("columns").GetInt32();
        (ushort Col, I32F32 Value)[][] colNormalized = Sparse(c, "matrix");
        EpochMath.InplaceColNormalizeSparse(colNormalized, columns);
        AssertSparse(Sparse(c, "col_normalized"), colNormalized);

        (ushort Col, I32F32 Value)[][] rowNormalized = Sparse(c, "matrix");
        EpochMath.InplaceRowNormalizeSparse(rowNormalized);
        AssertSparse(Sparse(c, "row_normalized"), rowNormalized);

        (ushort Col, I32F32 Value)[][] upscaled = Sparse(c, "matrix");
        EpochMath.InplaceColMaxUpscaleSparse(upscaled, columns);
        AssertSparse(Sparse(c, "col_max_upscaled"), upscaled);

        Assert.Equal(Vec(c, "row_sum"), EpochMath.RowSumSparse(Sparse(c, "matrix")));
    }

    [Theory]
    [MemberData(nameof(Indexes30))]
    public void SparseProducts_OracleCase_Match(int i)
    {
        JsonElement c = Case("sparse_products", i);
        (ushort Col, I32F32 Value)[][] m = Sparse(c, "matrix");
        I32F32[] v = Vec(c, "vector");
        Assert.Equal(Vec(c, "matmul"), EpochMath.MatmulSparse(m, v, (ushort)c.GetProperty("columns").GetInt32()));
        Assert.Equal(Vec(c, "matmul_transpose"), EpochMath.MatmulTransposeSparse(m, v));
        AssertSparse(Sparse(c, "row_hadamard"), EpochMath.RowHadamardSparse(m, v));
        AssertSparse(Sparse(c, "mat_vec_mul"), EpochMath.MatVecMulSparse(m, v));
    }

    [Theory]
    [MemberData(nameof(Indexes30))]
    public void SparseMasks_OracleCase_Match(int i)
    {
        JsonElement c = Case("sparse_masks", i);
        (ushort Col, I32F32 Value)[][] m = Sparse(c, "matrix");
        ulong[] first = [.. c.GetProperty("first").EnumerateArray().Select(e => e.GetUInt64())];
        ulong[] second = [.. c.GetProperty("second").EnumerateArray().Select(e => e.GetUInt64())];
        bool[] mask = [.. c.GetProperty("mask").EnumerateArray().Select(e => e.GetBoolean())];
        AssertSparse(Sparse(c, "diag"), EpochMath.MaskDiagSparse(m));
        AssertSparse(Sparse(c, "diag_except"), EpochMath.MaskDiagSparseExceptIndex(m, (ushort)c.GetProperty("except").GetInt32()));
        AssertSparse(Sparse(c, "vec_mask_le"), EpochMath.VecMaskSparseMatrix(m, first, second, (a, b) => a <= b));
        AssertSparse(Sparse(c, "scalar_mask_lt"), EpochMath.ScalarVecMaskSparseMatrix(m, 2, second, (a, b) => a < b));
        AssertSparse(Sparse(c, "rows_masked"), EpochMath.MaskRowsSparse(mask, m));
    }

    [Theory]
    [MemberData(nameof(Indexes30))]
    public void DenseHelpers_OracleCase_Match(int i)
    {
        JsonElement c = Case("dense", i);
        I32F32[][] m1 = Dense(c, "m1");
        int rows = m1.Length;
        int cols = m1[0].Length;
        I32F32[] v = Vec(c, "vector");

        I32F32[][] colNormalized = Dense(c, "m1");
        EpochMath.InplaceColNormalize(colNormalized);
        AssertDense(Dense(c, "col_normalize"), colNormalized);

        I32F32[][] upscaled = Dense(c, "m1");
        EpochMath.InplaceColMaxUpscale(upscaled);
        AssertDense(Dense(c, "col_max_upscale"), upscaled);

        I32F32[][] rowNormalized = Dense(c, "m1");
        EpochMath.InplaceRowNormalize(rowNormalized);
        AssertDense(Dense(c, "row_normalize"), rowNormalized);

        I32F32[][] clipped = Dense(c, "m1");
        EpochMath.InplaceColClip(clipped, v.AsSpan(0, Math.Min(cols, v.Length)));
        AssertDense(Dense(c, "col_clip"), clipped);

        AssertDense(Dense(c, "interpolate"), EpochMath.Interpolate(m1, Dense(c, "m2"), Fx1(c, "ratio")));
        AssertDense(Dense(c, "mat_ema"), EpochMath.MatEma(m1, Dense(c, "m2"), Fx1(c, "alpha")));
        AssertDense(Dense(c, "mat_ema_alpha"), EpochMath.MatEmaAlpha(m1, Dense(c, "m2"), Dense(c, "alpha_matrix")));
        Assert.Equal(Vec(c, "matmul"), EpochMath.Matmul(m1, v.AsSpan(0, rows)));
        Assert.Equal(Vec(c, "matmul_transpose"), EpochMath.MatmulTranspose(m1, v.AsSpan(0, cols)));
        AssertDense(Dense(c, "row_hadamard"), EpochMath.RowHadamard(m1, v.AsSpan(0, rows)));
        AssertDense(Dense(c, "mat_vec_mul"), EpochMath.MatVecMul(m1, v.AsSpan(0, cols)));
        Assert.Equal(Vec(c, "row_sum"), EpochMath.RowSum(m1));
    }

    [Theory]
    [MemberData(nameof(Indexes30))]
    public void VectorHelpers_OracleCase_Match(int i)
    {
        JsonElement c = Case("vectors", i);
        I32F32[] x = Vec(c, "x");
        int k = c.GetProperty("k").GetInt32();
        ushort[] u16 = U16s(c, "u16");
        Assert.Equal(Vec(c, "normalized"), EpochMath.Normalize(x));
        Assert.Equal(Bools(c, "topk"), EpochMath.IsTopK(x, k));
        Assert.Equal(Bools(c, "topk_nonzero"), EpochMath.IsTopKNonzero(x, k));
        Assert.Equal(U16s(c, "max_upscale"), EpochMath.VecMaxUpscaleToU16(x));
        Assert.Equal(U16s(c, "u16_upscale"), EpochMath.VecU16MaxUpscaleToU16(u16));
        Assert.Equal(c.GetProperty("limited").GetBoolean(), EpochMath.CheckVecMaxLimited(u16, (ushort)c.GetProperty("limit").GetInt32()));
        Assert.Equal(U16s(c, "proportions"), EpochMath.VecFixedProportionsToU16(x));
        Assert.Equal(Vec(c, "u16_proportions"), u16.Select(EpochMath.U16ProportionToFixed).ToArray());
        Assert.Equal(Vec(c, "vecdiv"), EpochMath.VecDiv(x, Vec(c, "normalized")));
        Assert.Equal(Vec(c, "vec_mul"), EpochMath.VecMul(x, Vec(c, "normalized")));

        I64F64[] x64 = Vec64(c, "x64");
        Assert.Equal(Vec(c, "x64_to_32"), EpochMath.VecFixed64ToFixed32(x64));
        EpochMath.InplaceNormalize64(x64);
        Assert.Equal(Vec64(c, "normalized64"), x64);
    }

    [Fact]
    public void ExpSigmoidLn_OracleRows_Match()
    {
        List<string> failures = [];
        foreach (JsonElement row in Oracle.GetProperty("exp_sigmoid_ln").EnumerateArray())
        {
            I32F32 x = I32F32.FromBits(row[0].GetInt64());
            I32F32 rho = I32F32.FromBits(row[1].GetInt64());
            I32F32 kappa = I32F32.FromBits(row[2].GetInt64());
            (long, long, long) expected = (row[3].GetInt64(), row[4].GetInt64(), row[5].GetInt64());
            (long, long, long) actual = (EpochMath.ExpSafe(x).Bits, EpochMath.SigmoidSafe(x, rho, kappa).Bits, EpochMath.SafeLn(x).Bits);
            if (expected != actual)
            {
                failures.Add($"{row}: expected {expected}, got {actual}");
            }
        }

        Assert.Equal(150, Oracle.GetProperty("exp_sigmoid_ln").GetArrayLength());
        Assert.Empty(failures);
    }

    private static JsonElement Case(string section, int i) => Oracle.GetProperty(section)[i];

    private static I32F32 Fx1(JsonElement c, string name) => I32F32.FromBits(c.GetProperty(name).GetInt64());

    private static I32F32[] Vec(JsonElement c, string name) => [.. c.GetProperty(name).EnumerateArray().Select(e => I32F32.FromBits(e.GetInt64()))];

    private static I64F64[] Vec64(JsonElement c, string name) =>
        [.. c.GetProperty(name).EnumerateArray().Select(e => I64F64.FromBits(Int128.Parse(e.GetString()!, CultureInfo.InvariantCulture)))];

    private static ushort[] U16s(JsonElement c, string name) => [.. c.GetProperty(name).EnumerateArray().Select(e => (ushort)e.GetInt32())];

    private static bool[] Bools(JsonElement c, string name) => [.. c.GetProperty(name).EnumerateArray().Select(e => e.GetBoolean())];

    private static I32F32[][] Dense(JsonElement c, string name) =>
        [.. c.GetProperty(name).EnumerateArray().Select(r => r.EnumerateArray().Select(e => I32F32.FromBits(e.GetInt64())).ToArray())];

    private static (ushort Col, I32F32 Value)[][] Sparse(JsonElement c, string name) =>
        [.. c.GetProperty(name).EnumerateArray().Select(r => r.EnumerateArray().Select(e => ((ushort)e[0].GetInt32(), I32F32.FromBits(e[1].GetInt64()))).ToArray())];

    private static void AssertSparse((ushort Col, I32F32 Value)[][] expected, (ushort Col, I32F32 Value)[][] actual) =>
        Assert.Equal(Fx.Show(expected) + $" ({expected.Length} rows)", Fx.Show(actual) + $" ({actual.Length} rows)");

    private static void AssertDense(I32F32[][] expected, I32F32[][] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int r = 0; r < expected.Length; r++)
        {
            Assert.Equal(expected[r], actual[r]);
        }
    }
}
