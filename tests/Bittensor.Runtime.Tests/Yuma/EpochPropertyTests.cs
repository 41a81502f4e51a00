using Bittensor.Core.FixedPoint;
using Bittensor.Runtime.Epoch;
using FsCheck;
using FsCheck.Xunit;

namespace Bittensor.Runtime.Tests.Yuma;

/// <summary>Properties of Yuma Consensus over seeded random subnets (see <see cref="EpochInputs.Random"/>).</summary>
public class EpochPropertyTests
{
    [Property(MaxTest = 300)]
    public void Epoch_AnyValidWeights_IncentiveAndDividendsEachSumToOne(int seed)
    {
        EpochInput input = EpochInputs.Random(seed);
        EpochOutput o = YumaEpoch.Run(input);
        int n = input.N;
        foreach (ushort[] shares in new[] { o.Incentive, o.Dividends })
        {
            long sum = shares.Sum(x => (long)x);
            if (sum != 0)
            {
                // Each share is truncated to I32F32 and floored to u16: at most one unit lost per uid, never gained.
                Assert.InRange(sum, 65_535 - n, 65_535);
            }
        }
    }

    [Property(MaxTest = 400)]
    public void Epoch_AnyInput_AgreesBitForBitWithThePlainUpstreamTranscription(int seed, bool shuffleRows, bool ownerOn)
    {
        // Unsorted rows and an owner exercise the liquid-alpha walk quirks and the owner's self-weight.
        EpochInput input = EpochInputs.Random(seed, shuffleRows: shuffleRows);
        if (ownerOn)
        {
            input = input with { OwnerUid = (ushort)(seed & 0x7FFF) is var o && o < input.N ? o : (ushort)0 };
        }

        EpochAssert.Same(ReferenceEpoch.Run(input), YumaEpoch.Run(input));
    }

    [Theory]
    [InlineData(11, false)]
    [InlineData(12, false)]
    [InlineData(13, true)]
    [InlineData(14, false)]
    [InlineData(15, false)]
    [InlineData(16, true)]
    [InlineData(17, false)]
    [InlineData(18, false)]
    public void Epoch_LargeSubnet_AgreesBitForBitWithThePlainUpstreamTranscription(int seed, bool shuffleRows)
    {
        // Hundreds of uids and validators: the blocked-median table, the multi-pivot median and the fused bond passes
        // run on inputs of the size they are optimised for (small subnets take shortcuts).
        EpochInput input = EpochInputs.Random(seed, shuffleRows: shuffleRows, maxN: 700);
        EpochAssert.Same(ReferenceEpoch.Run(input), YumaEpoch.Run(input));
    }

    [Property(MaxTest = 300)]
    public void Epoch_AnyInput_NeverPaysMoreThanTheEmission(int seed)
    {
        EpochInput input = EpochInputs.Random(seed);
        EpochOutput o = YumaEpoch.Run(input);
        UInt128 paid = 0;
        for (int i = 0; i < input.N; i++)
        {
            paid += o.ServerEmission[i];
            paid += o.ValidatorEmission[i];
        }

        Assert.True(paid <= input.RaoEmission, $"paid {paid} > {input.RaoEmission}");
        Assert.True(o.Emission.Aggregate(UInt128.Zero, (a, x) => a + x) <= input.RaoEmission);
    }

    [Property(MaxTest = 200)]
    public void Epoch_UidsRelabelled_OutputsRelabelledTheSameWay(int seed, int permutationSeed)
    {
        EpochInput input = EpochInputs.Random(seed);
        int n = input.N;
        int[] perm = [.. Enumerable.Range(0, n)];
        new Random(permutationSeed).Shuffle(perm);
        EpochInput relabelled = Permute(input, perm);

        EpochOutput a = YumaEpoch.Run(input);
        EpochOutput b = YumaEpoch.Run(relabelled);
        for (int i = 0; i < n; i++)
        {
            int k = perm[i];
            Assert.Equal(a.Active[i], b.Active[k]);
            Assert.Equal(a.ValidatorPermit[i], b.ValidatorPermit[k]);
            Assert.Equal(a.Consensus[i], b.Consensus[k]);
            Assert.Equal(a.Incentive[i], b.Incentive[k]);
            Assert.Equal(a.Dividends[i], b.Dividends[k]);
            Assert.Equal(a.ValidatorTrust[i], b.ValidatorTrust[k]);
            Assert.Equal(a.StakeWeight[i], b.StakeWeight[k]);
            Assert.Equal(a.Emission[i], b.Emission[k]);
            Assert.Equal(a.ServerEmission[i], b.ServerEmission[k]);
            Assert.Equal(a.ValidatorEmission[i], b.ValidatorEmission[k]);
            Dictionary<int, ushort> expectedRow = a.Bonds[i].Where(e => e.Value != 0).ToDictionary(e => perm[e.Uid], e => e.Value);
            Dictionary<int, ushort> actualRow = b.Bonds[k].Where(e => e.Value != 0).ToDictionary(e => (int)e.Uid, e => e.Value);
            Assert.Equal(expectedRow.OrderBy(p => p.Key), actualRow.OrderBy(p => p.Key));
        }
    }

    [Property(MaxTest = 200)]
    public void Epoch_MoreStakeBehindAMinersSupporter_NeverLowersItsConsensus(int seed, PositiveInt extra)
    {
        EpochInput input = EpochInputs.Random(seed);
        EpochOutput before = YumaEpoch.Run(input);

        // A supporter of miner j: a permitted validator whose normalised weight on j is at least j's consensus.
        Random rng = new(seed ^ 0x5eed);
        for (int attempt = 0; attempt < 8; attempt++)
        {
            int i = rng.Next(input.N);
            if (!input.ValidatorPermit[i] || input.Weights[i].Length == 0)
            {
                continue;
            }

            SparseEntry[] row = [.. input.Weights[i].Where(e => e.Uid != i)];
            long rowSum = row.Sum(e => (long)e.Value);
            if (rowSum == 0)
            {
                continue;
            }

            SparseEntry top = row.MaxBy(e => e.Value);
            int j = top.Uid;
            if ((ulong)top.Value * 65_535 < (ulong)before.Consensus[j] * (ulong)rowSum)
            {
                continue;
            }

            I64F64[] stake = (I64F64[])input.Stake.Clone();
            stake[i] = I64F64.FromInt((Int128)stake[i].ToInt<ulong>() + (Int128)(ulong)extra.Get * 1_000_000UL);
            EpochOutput after = YumaEpoch.Run(input with { Stake = stake });
            Assert.True(after.Consensus[j] >= before.Consensus[j], $"uid {i} staked more on {j}: consensus {before.Consensus[j]} -> {after.Consensus[j]}");
        }
    }

    private static EpochInput Permute(EpochInput input, int[] perm)
    {
        int n = input.N;
        T[] Move<T>(T[] values)
        {
            T[] result = new T[n];
            for (int i = 0; i < n; i++)
            {
                result[perm[i]] = values[i];
            }

            return result;
        }

        // Rows stay in ascending column order (the order the chain keeps them in, and the one liquid alpha walks).
        SparseEntry[] Relabel(SparseEntry[] row) => [.. row.Select(e => new SparseEntry((ushort)perm[e.Uid], e.Value)).OrderBy(e => e.Uid)];
        return input with
        {
            Stake = Move(input.Stake),
            LastUpdate = Move(input.LastUpdate),
            BlockAtRegistration = Move(input.BlockAtRegistration),
            ValidatorPermit = Move(input.ValidatorPermit),
            Weights = Move(input.Weights.Select(Relabel).ToArray()),
            Bonds = Move(input.Bonds.Select(Relabel).ToArray()),
            OwnerUid = input.OwnerUid is ushort o ? (ushort)perm[o] : null,
        };
    }
}
