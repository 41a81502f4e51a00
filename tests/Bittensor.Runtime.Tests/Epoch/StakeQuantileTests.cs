using Bittensor.Core.FixedPoint;
using Bittensor.Runtime.Epoch;

namespace Bittensor.Runtime.Tests.Epoch;

/// <summary>
/// The epoch's multi-pivot median (<see cref="StakeQuantile"/>) returns exactly what upstream's mid-pivot
/// <c>weighted_median</c> (<see cref="EpochMath.WeightedMedian"/>) returns on the same column.
/// </summary>
public class StakeQuantileTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Select_RandomColumnsWithTiesAndZeros_EqualsUpstreamWeightedMedian(int seed)
    {
        Random rng = new(seed);
        for (int round = 0; round < 600; round++)
        {
            int m = round % 5 == 0 ? rng.Next(1, 12) : rng.Next(1, 700);
            I32F32[] stake = new I32F32[m];
            I32F32[] score = new I32F32[m];
            int distinct = rng.Next(4) switch { 0 => 1, 1 => rng.Next(2, 6), _ => 1_000_000 };
            for (int i = 0; i < m; i++)
            {
                // Zero stakes (normalised-away validators), one-sided heavy stakes, and scores with many ties / zeros.
                stake[i] = rng.Next(6) switch
                {
                    0 => I32F32.Zero,
                    1 => I32F32.FromBits(rng.NextInt64(1, 1L << 40)),
                    _ => I32F32.FromBits(rng.NextInt64(1, 1L << 30)),
                };
                score[i] = rng.Next(5) == 0 ? I32F32.Zero : I32F32.FromBits(rng.NextInt64(0, distinct) * 4_099);
            }

            EpochMath.InplaceNormalize(stake);
            I32F32 total = EpochMath.Sum(stake);
            I32F32[] minorities =
            [
                total.SaturatingSub(I32F32.FromBits(rng.NextInt64(0, (1L << 32) + 1))),
                total.SaturatingSub(I32F32.FromBits(1L << 31)),
                total,
                I32F32.Zero,
                I32F32.FromBits(-5),
                total.SaturatingSub(I32F32.One),
            ];
            long[] scoreBits = [.. score.Select(x => x.Bits)];
            long[] stakeBits = [.. stake.Select(x => x.Bits)];
            long[] bufferScore = new long[m + StakeQuantile.Slack];
            long[] bufferStake = new long[m + StakeQuantile.Slack];
            int[] idx = [.. Enumerable.Range(0, m)];
            foreach (I32F32 minority in minorities)
            {
                I32F32 expected = EpochMath.WeightedMedian(stake, score, idx, minority, I32F32.Zero, total);
                long actual = StakeQuantile.Select(scoreBits, stakeBits, minority.Bits, bufferScore, bufferStake);
                Assert.True(expected.Bits == actual, $"round {round}, m {m}, minority {minority.Bits}: upstream {expected.Bits}, ours {actual}");
            }
        }
    }

    [Fact]
    public void Select_NoCandidates_ReturnsZero()
    {
        Assert.Equal(0, StakeQuantile.Select([], [], 0, new long[StakeQuantile.Slack], new long[StakeQuantile.Slack]));
    }
}
