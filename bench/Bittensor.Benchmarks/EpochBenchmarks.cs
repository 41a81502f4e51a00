using Bittensor.Core.FixedPoint;
using Bittensor.Runtime.Epoch;

namespace Bittensor.Benchmarks;

/// <summary>
/// One Yuma epoch (<see cref="YumaEpoch.Run(EpochInput, EpochWorkspace?)"/>, the code the chain runs) on a subnet
/// of <see cref="N"/> uids where <see cref="Validators"/> permitted validators each set a full weight row and hold a
/// full bond row, for Yuma 3 without and with liquid alpha and for Yuma 1; <see cref="StreamingPass"/> reads every
/// stored (uid, u16) weight entry once, the floor any epoch must pay, as the baseline.
/// </summary>
/// <remarks>
/// Measured (--job short, 2 shared cores under load average 4–10, so ±30 %): Yuma 3 without liquid alpha at
/// 4096 uids / 256 validators ≈ 65–117 ms, 100–140× the streaming pass (started at ≈ 350× before the
/// invariant-divisor division, the fused clip/trust/rank and stored-bond EMA passes and the blocked median
/// transposition). The target of 20× is not met: per entry the epoch still divides twice (row normalisation,
/// column normalisation for dividends) and decodes a stored bond (/65535), selects a stake-weighted median per
/// column (≈ 2 × validators visits per column), and makes four further passes over 10-byte entries, against a
/// pass that reads 4 bytes per entry. Liquid alpha adds one substrate-fixed exp series (30 I32F32 mul/div
/// steps) per bond-weight entry.
/// <para>After any-size integer divisors by multiply (row sums of raw u16 weights were ≥ 2^47 bits and took the
/// 128-bit safe_div per entry), the merged ascending-row Yuma 3 EMA, the division-free u16/65535 decode and the
/// one-division proportion quotient (--job short --inProcess, load average ≈ 17 on 2 cores): Yuma 3 at
/// 4096 / 256 ≈ 45 ms, ≈ 104× the streaming pass in the same run (earlier same-session run 97 ms / 134×);
/// Yuma 3 + liquid alpha ≈ 800×, Yuma 1 ≈ 142×. A perf profile (DOTNET_PerfMapEnabled=1) now puts ≈ 25 % in the
/// column medians, ≈ 15 % in the dividend column normalisation and ≈ 8 % in the bond EMA merge.</para>
/// <para>After the exact multi-pivot median (StakeQuantile), the padded median table and the Yuma 3 column sums /
/// stored rows fused into the EMA and dividend passes: Yuma 3 at 4096 / 256 ≈ 28–29 ms, 81–86× the pass in the same
/// process (from 113× measured the same way before), per-call thread CPU time under load average 30–50; see
/// docs/benchmarks.md. Still above the 20× target.</para>
/// <para>After fusing the clip/trust/rank pass into the Yuma 3 bond EMA and proportion-domain products (timed with
/// <c>epoch-cpu</c>, load average 9–14): Yuma 3 at 4096 / 256 ≈ 26 ms, 70–74× the pass (before, same runs: 29–30 ms,
/// 80–82×).</para>
/// <para>After the dense Yuma 3 path (dense u16 weight/bond matrices, AVX-512 exact proportion arithmetic, median table by
/// 8 × 8 transposes; <c>epoch-cpu</c>, quiet machine): Yuma 3 at 4096 / 256 ≈ 5.5–6.5 ms, 16–19× the pass; the target
/// of ≤ 20× is met. Yuma 1 takes the dense path too (≈ 47 → ≈ 8–10 ms); liquid alpha keeps the sparse path. See
/// docs/benchmarks.md.</para>
/// </remarks>
[MemoryDiagnoser]
public class EpochBenchmarks
{
    private readonly EpochWorkspace _workspace = new();
    private EpochInput _yuma3 = null!;
    private EpochInput _yuma3LiquidAlpha = null!;
    private EpochInput _yuma1 = null!;

    [Params(256, 1024, 4096)]
    public int N { get; set; }

    [Params(64, 256)]
    public int Validators { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        ulong x = 0x2545_F491_4F6C_DD1D;
        int n = N;
        int validators = Math.Min(Validators, n);
        SparseEntry[][] weights = new SparseEntry[n][];
        SparseEntry[][] bonds = new SparseEntry[n][];
        I64F64[] stake = new I64F64[n];
        bool[] permits = new bool[n];
        for (int i = 0; i < n; i++)
        {
            bool validator = i < validators;
            permits[i] = validator;
            stake[i] = validator ? I64F64.FromInt(1_000_000_000_000 + (long)(Next(ref x) % 1_000_000_000_000)) : I64F64.Zero;
            weights[i] = validator ? FullRow(ref x, n, i) : [];
            bonds[i] = validator ? FullRow(ref x, n, -1) : [];
        }

        EpochParameters parameters = new()
        {
            Tempo = 360,
            ActivityCutoff = 5000,
            MaxAllowedValidators = (ushort)validators,
            Kappa = 32_767,
            BondsPenalty = 65_535,
            BondsMovingAverage = 975_000,
            Yuma3 = true,
            LiquidAlpha = false,
            AlphaLow = 45_875,
            AlphaHigh = 58_982,
            AlphaSigmoidSteepness = 1000,
        };
        _yuma3 = new EpochInput
        {
            N = (ushort)n,
            Block = 10_000,
            Stake = stake,
            LastUpdate = [.. Enumerable.Repeat(9_990UL, n)],
            BlockAtRegistration = [.. Enumerable.Repeat(1UL, n)],
            ValidatorPermit = permits,
            Weights = weights,
            Bonds = bonds,
            Parameters = parameters,
            RaoEmission = 1_000_000_000_000,
            LastMechanismStepBlock = 9_640,
        };
        _yuma3LiquidAlpha = _yuma3 with { Parameters = parameters with { LiquidAlpha = true } };
        _yuma1 = _yuma3 with { Parameters = parameters with { Yuma3 = false } };
    }

    [Benchmark(Baseline = true)]
    public long StreamingPass()
    {
        long sum = 0;
        foreach (SparseEntry[] row in _yuma3.Weights)
        {
            foreach (SparseEntry e in row)
            {
                sum += e.Uid + e.Value;
            }
        }

        return sum;
    }

    [Benchmark]
    public EpochOutput Yuma3() => YumaEpoch.Run(_yuma3, _workspace);

    [Benchmark]
    public EpochOutput Yuma3LiquidAlpha() => YumaEpoch.Run(_yuma3LiquidAlpha, _workspace);

    [Benchmark]
    public EpochOutput Yuma1() => YumaEpoch.Run(_yuma1, _workspace);

    /// <summary>A weight/bond row over every uid but <paramref name="self"/>, ascending, max-upscaled to 65535.</summary>
    private static SparseEntry[] FullRow(ref ulong x, int n, int self)
    {
        List<SparseEntry> row = new(n);
        for (int j = 0; j < n; j++)
        {
            if (j != self)
            {
                row.Add(new SparseEntry((ushort)j, (ushort)(Next(ref x) % 65_536)));
            }
        }

        row[0] = row[0] with { Value = 65_535 };
        return [.. row];
    }

    private static ulong Next(ref ulong x)
    {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        return x;
    }
}
