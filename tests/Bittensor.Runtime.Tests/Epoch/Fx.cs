using System.Text.Json;
using Bittensor.Core.FixedPoint;

namespace Bittensor.Runtime.Tests.Epoch;

/// <summary>Test-side conversions following the vector file's conventions (f32 literal → I32F32::from_num).</summary>
internal static class Fx
{
    public static I32F32 F32(float value) => I32F32.FromDouble(value);

    public static I32F32 F32(JsonElement value) => F32(value.GetSingle());

    public static I32F32[] F32s(JsonElement array) => [.. array.EnumerateArray().Select(F32)];

    public static I32F32[] Bits(JsonElement array) => [.. array.EnumerateArray().Select(e => I32F32.FromBits(e.GetInt64()))];

    /// <summary>Upstream test helper <c>vec_to_sparse_mat_fixed</c>: row-major values, keeping only entries &gt; 0.</summary>
    public static (ushort Col, I32F32 Value)[][] Sparse(IReadOnlyList<I32F32> rowMajor, int rows)
    {
        int cols = rowMajor.Count / rows;
        (ushort Col, I32F32 Value)[][] matrix = new (ushort Col, I32F32 Value)[rows][];
        for (int r = 0; r < rows; r++)
        {
            List<(ushort Col, I32F32 Value)> row = [];
            for (int c = 0; c < cols; c++)
            {
                I32F32 v = rowMajor[(r * cols) + c];
                if (v > I32F32.Zero)
                {
                    row.Add(((ushort)c, v));
                }
            }

            matrix[r] = [.. row];
        }

        return matrix;
    }

    /// <summary>Upstream test helper <c>vec_to_mat_fixed</c> (no transpose).</summary>
    public static I32F32[][] Dense(IReadOnlyList<I32F32> rowMajor, int rows)
    {
        int cols = rowMajor.Count / rows;
        I32F32[][] matrix = new I32F32[rows][];
        for (int r = 0; r < rows; r++)
        {
            matrix[r] = [.. rowMajor.Skip(r * cols).Take(cols)];
        }

        return matrix;
    }

    public static string Show((ushort Col, I32F32 Value)[][] m) =>
        string.Join(" | ", m.Select(row => string.Join(", ", row.Select(e => $"{e.Col}:{e.Value}"))));
}
