using Bittensor.Core.FixedPoint;
using Bittensor.Runtime.Epoch;

namespace Bittensor.Benchmarks;

/// <summary>
/// The fixed-point operations the epoch and coinbase execute most: I32F32 / I64F64 / U64F64 multiply and
/// divide (each benchmark runs 1024 operations over varied operands), exp_safe, and the consensus step
/// weighted_median_col_sparse on 64 validators × 256 miners.
/// </summary>
[MemoryDiagnoser]
public class FixedPointBenchmarks
{
    private const int N = 1024;

    private readonly I32F32[] _i32a = new I32F32[N];
    private readonly I32F32[] _i32b = new I32F32[N];
    private readonly I64F64[] _i64a = new I64F64[N];
    private readonly I64F64[] _i64b = new I64F64[N];
    private readonly U64F64[] _u64a = new U64F64[N];
    private readonly U64F64[] _u64b = new U64F64[N];
    private readonly I32F32[] _expInputs = new I32F32[64];
    private I32F32[] _stake = [];
    private (ushort Col, I32F32 Value)[][] _weights = [];

    [GlobalSetup]
    public void Setup()
    {
        // Deterministic operands: stake shares below 1 and values a little above 1 (prices, ratios),
        // which exercise both the narrow and the 256-bit division paths of the 128-bit types.
        ulong x = 0x9E37_79B9_7F4A_7C15;
        for (int i = 0; i < N; i++)
        {
            _i32a[i] = I32F32.FromBits((long)(Next(ref x) % (3UL << 32)));
            _i32b[i] = I32F32.FromBits((long)(Next(ref x) % (2UL << 32)) + 1);
            _i64a[i] = I64F64.FromBits((Int128)(Next(ref x) % (3UL << 62)) << 2);
            _i64b[i] = I64F64.FromBits(((Int128)Next(ref x) << 1) + 1);
            _u64a[i] = U64F64.FromBits(((UInt128)(Next(ref x) % 4) << 64) | Next(ref x));
            _u64b[i] = U64F64.FromBits(((UInt128)(Next(ref x) % 2) << 64) | (Next(ref x) | 1));
        }

        for (int i = 0; i < _expInputs.Length; i++)
        {
            _expInputs[i] = I32F32.FromBits((long)(Next(ref x) % (40UL << 32)) - (20L << 32));
        }

        const int Validators = 64;
        const int Miners = 256;
        _stake = new I32F32[Validators];
        _weights = new (ushort Col, I32F32 Value)[Validators][];
        for (int v = 0; v < Validators; v++)
        {
            _stake[v] = I32F32.FromBits((long)(Next(ref x) % (1UL << 32)));
            List<(ushort Col, I32F32 Value)> row = [];
            for (int m = 0; m < Miners; m++)
            {
                if (Next(ref x) % 4 != 0)
                {
                    row.Add(((ushort)m, I32F32.FromBits((long)(Next(ref x) % (1UL << 32)))));
                }
            }

            _weights[v] = [.. row];
        }

        EpochMath.InplaceRowNormalizeSparse(_weights);
    }

    [Benchmark(OperationsPerInvoke = N)]
    public I32F32 I32F32_SaturatingMul()
    {
        I32F32 acc = I32F32.Zero;
        for (int i = 0; i < N; i++)
        {
            acc ^= _i32a[i].SaturatingMul(_i32b[i]);
        }

        return acc;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public I32F32 I32F32_SafeDiv()
    {
        I32F32 acc = I32F32.Zero;
        for (int i = 0; i < N; i++)
        {
            acc ^= _i32a[i].SafeDiv(_i32b[i]);
        }

        return acc;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public I64F64 I64F64_SaturatingMul()
    {
        I64F64 acc = I64F64.Zero;
        for (int i = 0; i < N; i++)
        {
            acc ^= _i64a[i].SaturatingMul(_i64b[i]);
        }

        return acc;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public I64F64 I64F64_SafeDiv()
    {
        I64F64 acc = I64F64.Zero;
        for (int i = 0; i < N; i++)
        {
            acc ^= _i64a[i].SafeDiv(_i64b[i]);
        }

        return acc;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public U64F64 U64F64_SaturatingMul()
    {
        U64F64 acc = U64F64.Zero;
        for (int i = 0; i < N; i++)
        {
            acc ^= _u64a[i].SaturatingMul(_u64b[i]);
        }

        return acc;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public U64F64 U64F64_SafeDiv()
    {
        U64F64 acc = U64F64.Zero;
        for (int i = 0; i < N; i++)
        {
            acc ^= _u64a[i].SafeDiv(_u64b[i]);
        }

        return acc;
    }

    [Benchmark(OperationsPerInvoke = 64)]
    public I32F32 ExpSafe()
    {
        I32F32 acc = I32F32.Zero;
        foreach (I32F32 v in _expInputs)
        {
            acc ^= EpochMath.ExpSafe(v);
        }

        return acc;
    }

    [Benchmark]
    public I32F32[] WeightedMedianColSparse_64x256() =>
        EpochMath.WeightedMedianColSparse(_stake, _weights, 256, I32F32.FromBits(2_147_450_880));

    private static ulong Next(ref ulong x)
    {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        return x;
    }
}
