using Bittensor.Core.FixedPoint;
using Bittensor.Runtime.Epoch;
using FsCheck;
using FsCheck.Xunit;

namespace Bittensor.Runtime.Tests.Yuma;

/// <summary>
/// The dense Yuma 3 and Yuma 1 paths (<c>YumaEpoch.Yuma3Dense</c>, <c>YumaEpoch.Yuma1Dense</c>) against the plain
/// upstream transcription, on inputs built to take
/// it and to hit the cells where its 32-bit-piece arithmetic could go wrong: weights and bonds of exactly 1.0 (a row
/// with one non-zero weight, a bond of 65535, so EMA cells of exactly 2^32), consensus 1.0 and 0, all-zero weight
/// rows, bonds of uids without a permit, recent registrations, commit-reveal masks, the owner's self-weight, validators
/// with zero active stake, full rows (copied sixteen entries at a time) and sizes that are not a multiple of the lane
/// count.
/// </summary>
public class DenseEpochTests
{
    [Property(MaxTest = 250)]
    public void DensePath_AgreesBitForBitWithThePlainUpstreamTranscription(int seed, bool yuma3)
    {
        EpochInput input = DenseInput(seed, maxN: 90, yuma3);
        Assert.NotNull(YumaEpoch.TryBuildDense(input, Permits(input), Owner(input), new EpochWorkspace()));
        EpochAssert.Same(ReferenceEpoch.Run(input), YumaEpoch.Run(input));
    }

    [Theory]
    [InlineData(1, 700, true)]
    [InlineData(2, 700, true)]
    [InlineData(3, 513, true)]
    [InlineData(4, 300, true)]
    [InlineData(5, 700, false)]
    [InlineData(6, 700, false)]
    [InlineData(7, 513, false)]
    [InlineData(8, 300, false)]
    public void DensePath_LargeSubnets_AgreeBitForBit(int seed, int maxN, bool yuma3)
    {
        EpochInput input = DenseInput(seed, maxN, yuma3);
        Assert.NotNull(YumaEpoch.TryBuildDense(input, Permits(input), Owner(input), new EpochWorkspace()));
        EpochAssert.Same(ReferenceEpoch.Run(input), YumaEpoch.Run(input));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void DensePath_AllWeightOnOneUid_StoresFullBondsAndMatches(bool yuma3)
    {
        // Every validator weights only uid 0 and already holds a full bond on it: weights, consensus, bonds and EMA cells
        // are all exactly 1.0 (2^32 bits), one past what a 32-bit lane holds. Full bond rows, so the stored rows are
        // packed eight cells at a time.
        int n = 13;
        SparseEntry[][] weights = new SparseEntry[n][];
        SparseEntry[][] bonds = new SparseEntry[n][];
        for (int i = 0; i < n; i++)
        {
            weights[i] = i < 5 ? [new SparseEntry(0, 7), .. Enumerable.Range(1, n - 1).Where(j => j != i).Select(j => new SparseEntry((ushort)j, 0))] : [];
            bonds[i] = i < 5 ? [new SparseEntry(0, ushort.MaxValue), .. Enumerable.Range(1, n - 1).Select(j => new SparseEntry((ushort)j, 100))] : [];
        }

        EpochInput input = EpochInputs.Plain([.. Enumerable.Range(0, n).Select(i => i < 5 ? 1_000_000UL * (ulong)(i + 1) : 0UL)], 100, EpochInputs.Params(yuma3)) with
        {
            ValidatorPermit = [.. Enumerable.Range(0, n).Select(i => i < 5)],
            LastUpdate = [.. Enumerable.Repeat(90UL, n)],
            Weights = weights,
            Bonds = bonds,
        };
        Assert.NotNull(YumaEpoch.TryBuildDense(input, Permits(input), -1, new EpochWorkspace()));
        EpochOutput actual = YumaEpoch.Run(input);
        EpochAssert.Same(ReferenceEpoch.Run(input), actual);
        Assert.Equal(ushort.MaxValue, actual.Consensus[0]);
        // Yuma 3 stores each EMA cell (validator 1's on uid 0 is 1.0; validator 0 cannot weight itself); Yuma 1 max-upscales
        // each column, so its largest cell is 65535.
        Assert.Equal(ushort.MaxValue, yuma3 ? actual.Bonds[1][0].Value : actual.Bonds.Where(r => r.Length > 0).Max(r => r[0].Value));
    }

    [Fact]
    public void DensePath_NotTakenForUnsortedRowsLiquidAlphaOrSparseMatrices()
    {
        EpochInput input = DenseInput(7, maxN: 60, yuma3: true);
        bool[] permits = Permits(input);
        int owner = Owner(input);
        Assert.NotNull(YumaEpoch.TryBuildDense(input, permits, owner, new EpochWorkspace()));

        int row = Array.FindIndex(input.Weights, r => r.Length > 1);
        SparseEntry[][] unsorted = [.. input.Weights.Select(r => r.ToArray())];
        (unsorted[row][0], unsorted[row][1]) = (unsorted[row][1], unsorted[row][0]);
        EpochInput unsortedInput = input with { Weights = unsorted };
        Assert.Null(YumaEpoch.TryBuildDense(unsortedInput, permits, owner, new EpochWorkspace()));
        EpochAssert.Same(ReferenceEpoch.Run(unsortedInput), YumaEpoch.Run(unsortedInput));

        Assert.Null(YumaEpoch.TryBuildDense(input with { Parameters = input.Parameters with { LiquidAlpha = true } }, permits, owner, new EpochWorkspace()));
        Assert.Null(YumaEpoch.TryBuildDense(input with { Parameters = input.Parameters with { BondsPenalty = 30_000 } }, permits, owner, new EpochWorkspace()));
        Assert.Null(YumaEpoch.TryBuildDense(input with { Parameters = input.Parameters with { Yuma3 = false, BondsPenalty = 30_000 } }, permits, owner, new EpochWorkspace()));

        // Yuma 1 does not read liquid alpha: it keeps the dense path.
        Assert.NotNull(YumaEpoch.TryBuildDense(input with { Parameters = input.Parameters with { Yuma3 = false, LiquidAlpha = true } }, permits, owner, new EpochWorkspace()));

        // One entry per row over a wide subnet: far below one cell in sixteen.
        int n = 400;
        EpochInput sparse = EpochInputs.Plain([.. Enumerable.Range(0, n).Select(i => i < 20 ? 1_000UL + (ulong)i : 0UL)], 100, EpochInputs.Params(yuma3: true)) with
        {
            ValidatorPermit = [.. Enumerable.Range(0, n).Select(i => i < 20)],
            LastUpdate = [.. Enumerable.Repeat(90UL, n)],
            Weights = [.. Enumerable.Range(0, n).Select(i => i < 20 ? new[] { new SparseEntry((ushort)(100 + i), 5) } : [])],
        };
        Assert.Null(YumaEpoch.TryBuildDense(sparse, Permits(sparse), -1, new EpochWorkspace()));
    }

    /// <summary>A subnet that takes the dense path, with the edge cases of the class summary mixed in at random.</summary>
    private static EpochInput DenseInput(int seed, int maxN, bool yuma3)
    {
        Random rng = new(seed);
        EpochInput input = EpochInputs.Random(seed, maxN: maxN);
        int n = input.N;
        bool commitReveal = rng.Next(3) == 0;
        SparseEntry[][] weights = [.. input.Weights.Select(r => r.ToArray())];
        SparseEntry[][] bonds = [.. input.Bonds.Select(r => r.ToArray())];
        bool[] permits = [.. input.ValidatorPermit];
        I64F64[] stake = [.. input.Stake];
        ulong[] lastUpdate = [.. input.LastUpdate];
        for (int i = 0; i < n; i++)
        {
            switch (rng.Next(12))
            {
                case 0:
                    // One non-zero weight: normalised to exactly 1.0; a full bond on it.
                    int target = rng.Next(n);
                    weights[i] = [new SparseEntry((ushort)target, (ushort)rng.Next(1, 65_536))];
                    bonds[i] = [new SparseEntry((ushort)target, ushort.MaxValue)];
                    permits[i] = true;
                    stake[i] = I64F64.FromInt(rng.NextInt64(1, 1_000_000_000_000));
                    break;
                case 1:
                    // Explicit zeros only: a row sum of 0.
                    weights[i] = [.. Enumerable.Range(0, n).Where(j => j != i && rng.Next(2) == 0).Select(j => new SparseEntry((ushort)j, 0))];
                    permits[i] = true;
                    break;
                case 2:
                    // Bonds left from an old permit.
                    permits[i] = false;
                    bonds[i] = [.. Enumerable.Range(0, n).Where(_ => rng.Next(3) == 0).Select(j => new SparseEntry((ushort)j, (ushort)rng.Next(0, 65_536)))];
                    break;
                case 3:
                    // A permitted validator with no stake left.
                    permits[i] = true;
                    stake[i] = I64F64.Zero;
                    break;
                case 5:
                case 6:
                    // Full rows (every other uid, as mature subnets' validators set them): the consecutive-uid copies.
                    weights[i] = [.. Enumerable.Range(0, n).Where(j => j != i).Select(j => new SparseEntry((ushort)j, (ushort)rng.Next(0, 65_536)))];
                    bonds[i] = rng.Next(2) == 0 ? [.. Enumerable.Range(0, n).Select(j => new SparseEntry((ushort)j, (ushort)rng.Next(0, 65_536)))] : bonds[i];
                    permits[i] = true;
                    break;
                case 4:
                    // Weights set before some registrations (masked), or too long ago to be active.
                    lastUpdate[i] = (ulong)rng.Next(0, 6);
                    break;
                default:
                    break;
            }
        }

        int validators = permits.Count(x => x);
        return input with
        {
            Weights = weights,
            Bonds = bonds,
            ValidatorPermit = permits,
            Stake = stake,
            LastUpdate = lastUpdate,
            OwnerUid = rng.Next(2) == 0 ? (ushort)rng.Next(n) : null,
            CommitBlocks = commitReveal ? [.. Enumerable.Range(0, n).Select(_ => (ulong)rng.Next(0, 100))] : null,
            Parameters = input.Parameters with
            {
                Yuma3 = yuma3,
                LiquidAlpha = !yuma3 && rng.Next(2) == 0,
                BondsPenalty = rng.Next(2) == 0 ? (ushort)0 : ushort.MaxValue,
                CommitReveal = commitReveal,
                Kappa = (ushort)rng.Next(0, 65_536),
                MaxAllowedValidators = (ushort)Math.Max(1, validators + rng.Next(-2, 3)),
                ActivityCutoff = (ulong)rng.Next(50, 5000),
            },
        };
    }

    private static bool[] Permits(EpochInput input)
    {
        bool[] permits = [.. input.ValidatorPermit];
        int owner = Owner(input);
        if (owner >= 0)
        {
            permits[owner] = true;
        }

        return permits;
    }

    private static int Owner(EpochInput input) => input.OwnerUid is ushort o && o < input.N ? o : -1;
}
