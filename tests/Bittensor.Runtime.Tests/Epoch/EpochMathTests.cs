using Bittensor.Core.FixedPoint;
using Bittensor.Runtime.Epoch;

namespace Bittensor.Runtime.Tests.Epoch;

/// <summary>Behaviours the epoch relies on, stated as examples (spec subtensor-runtime.md §0, §2).</summary>
public class EpochMathTests
{
    private static readonly I32F32 Zero = I32F32.Zero;
    private static readonly I32F32 One = I32F32.One;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void WeightedMedian_RandomStakesAndPermutations_ReturnsAStakeQuantile(int seed)
    {
        // Port of the randomized half of upstream test_math_weighted_median: the result must be one of the
        // scores at the minority stake quantile, whatever the order of the inputs.
        Random rng = new(seed);
        const int N = 100;
        float[] majorities = [0f, 0.0000001f, 0.25f, 0.49f, 0.49f, 0.49f, 0.5f, 0.51f, 0.51f, 0.51f, 0.9999999f, 1f];
        foreach (float majorityF32 in majorities)
        {
            I32F32 majority = I32F32.FromDouble(majorityF32);
            foreach (bool allowEqual in new[] { false, true })
            {
                I32F32[] stake = new I32F32[N];
                I32F32[] score = new I32F32[N];
                I32F32 lastScore = Zero;
                for (int i = 0; i < N; i++)
                {
                    if (allowEqual)
                    {
                        stake[i] = rng.Next(2) == 1 ? One : Zero;
                        if (rng.Next(2) == 1)
                        {
                            lastScore += One;
                        }

                        score[i] = lastScore;
                    }
                    else
                    {
                        stake[i] = One;
                        score[i] = I32F32.FromInt(i);
                    }
                }

                EpochMath.InplaceNormalize(stake);
                I32F32 total = EpochMath.Sum(stake);
                I32F32 minority = I32F32.Max(total - majority, Zero);
                List<I32F32> medians = ExpectedMedians(stake, score, minority);
                int[] idx = [.. Enumerable.Range(0, N)];
                Assert.Contains(EpochMath.WeightedMedian(stake, score, idx, minority, Zero, total), medians);
                for (int p = 0; p < 10; p++)
                {
                    int[] perm = [.. Enumerable.Range(0, N).OrderBy(_ => rng.Next())];
                    stake = [.. perm.Select(i => stake[i])];
                    score = [.. perm.Select(i => score[i])];
                    Assert.Contains(EpochMath.WeightedMedian(stake, score, idx, minority, Zero, total), medians);
                }
            }
        }
    }

    [Fact]
    public void WeightedMedian_EmptyOrMismatched_ReturnsZero()
    {
        Assert.Equal(Zero, EpochMath.WeightedMedian([], [], [], One, Zero, Zero));
        Assert.Equal(Zero, EpochMath.WeightedMedian([One], [One, One], [0], Zero, Zero, One));
    }

    [Fact]
    public void WeightedMedianColSparse_NoPositiveStake_ReturnsZeros()
    {
        (ushort Col, I32F32 Value)[][] weights = [[(0, One)], [(1, One)]];
        Assert.Equal([Zero, Zero], EpochMath.WeightedMedianColSparse([Zero, Zero], weights, 2, I32F32.FromDouble(0.5)));
        Assert.Empty(EpochMath.WeightedMedianColSparse([], [[]], 0, I32F32.FromDouble(0.5)));
    }

    [Fact]
    public void MatEmaAlphaSparse_ExplicitZeroWeight_KeepsDecayingTheBond()
    {
        // §2.7: set_weights([3,4],[65535,0]) keeps decaying the bond on 4; set_weights([3],[65535]) drops it.
        I32F32 half = I32F32.FromDouble(0.5);
        I32F32[][] alpha = [[half, half, half, half, half]];
        (ushort Col, I32F32 Value)[][] bonds = [[(3, half), (4, half)]];
        (ushort Col, I32F32 Value)[][] withZero = [[(3, One), (4, Zero)]];
        (ushort Col, I32F32 Value)[][] withoutZero = [[(3, One)]];

        (ushort Col, I32F32 Value)[] kept = EpochMath.MatEmaAlphaSparse(withZero, bonds, alpha)[0];
        (ushort Col, I32F32 Value)[] dropped = EpochMath.MatEmaAlphaSparse(withoutZero, bonds, alpha)[0];

        Assert.Equal([((ushort)3, I32F32.FromDouble(0.75)), ((ushort)4, I32F32.FromDouble(0.25))], kept);
        Assert.Equal([((ushort)3, I32F32.FromDouble(0.75))], dropped);
    }

    [Fact]
    public void MatEmaAlphaSparse_ShapeMismatch_ReturnsCopyOfNew()
    {
        (ushort Col, I32F32 Value)[][] @new = [[(0, One)]];
        (ushort Col, I32F32 Value)[][] result = EpochMath.MatEmaAlphaSparse(@new, [], [[One]]);
        Assert.Equal(@new[0], result[0]);
        Assert.NotSame(@new[0], result[0]);
        Assert.Empty(EpochMath.MatEmaAlphaSparse([], [], []));
    }

    [Fact]
    public void InterpolateSparse_RatioOneOrZero_KeepsExplicitZeros()
    {
        // §2.5: bonds_penalty 1 returns the clipped weights unchanged, explicit zero entries included.
        (ushort Col, I32F32 Value)[][] weights = [[(0, One), (1, Zero)]];
        (ushort Col, I32F32 Value)[][] clipped = [[(0, I32F32.FromDouble(0.5)), (1, Zero)]];
        Assert.Equal(clipped[0], EpochMath.InterpolateSparse(weights, clipped, 2, One)[0]);
        Assert.Equal(weights[0], EpochMath.InterpolateSparse(weights, clipped, 2, Zero)[0]);
        Assert.Equal([((ushort)0, I32F32.FromDouble(0.75))], EpochMath.InterpolateSparse(weights, clipped, 2, I32F32.FromDouble(0.5))[0]);
    }

    [Fact]
    public void ColClipSparse_NonPositiveThreshold_RemovesEntryButKeepsZeros()
    {
        (ushort Col, I32F32 Value)[][] m = [[(0, One), (1, Zero), (2, One)]];
        Assert.Equal([((ushort)1, Zero), ((ushort)2, I32F32.FromDouble(0.5))], EpochMath.ColClipSparse(m, [Zero, Zero, I32F32.FromDouble(0.5)])[0]);
    }

    [Fact]
    public void U16Proportions_RoundTripExamples_MatchSpec()
    {
        // §0: fixed_proportion_to_u16(x) = floor(x * 65535); u16_proportion_to_fixed(u) = u / 65535.
        Assert.Equal(One, EpochMath.U16ProportionToFixed(ushort.MaxValue));
        Assert.Equal(ushort.MaxValue, EpochMath.FixedProportionToU16(One));
        Assert.Equal((ushort)6553, EpochMath.FixedProportionToU16(I32F32.FromDouble(0.1)));
        // Both directions truncate, so a round trip can lose one unit.
        Assert.Equal((ushort)32766, EpochMath.FixedProportionToU16(EpochMath.U16ProportionToFixed(32767)));
        Assert.Equal((ushort)0, EpochMath.FixedProportionToU16(-One));
        Assert.Equal(ushort.MaxValue, EpochMath.FixedProportionToU16(I32F32.FromInt(2)));
        Assert.Equal(I32F32.FromInt(65535), EpochMath.U16ToFixed(ushort.MaxValue));
    }

    [Fact]
    public void StakeNormalisation_OneToFour_TruncatesToSpecValues()
    {
        // §2.2 step 3: stakes 1,2,3,4 normalised in I64F64, then truncated to I32F32.
        I64F64[] stake = [I64F64.FromInt(1), I64F64.FromInt(2), I64F64.FromInt(3), I64F64.FromInt(4)];
        EpochMath.InplaceNormalize64(stake);
        I32F32[] s = EpochMath.VecFixed64ToFixed32(stake);
        Assert.Equal([429_496_729L, 858_993_459L, 1_288_490_188L, 1_717_986_918L], s.Select(x => x.Bits));
        Assert.Equal(["0.0999999999", "0.2", "0.2999999998", "0.4"], s.Select(x => x.ToString()));
    }

    [Fact]
    public void IsTopKNonzero_EqualStakes_LowerUidsLose()
    {
        // §2.2 step 5: stable ascending sort, so among equal stakes the lower uids are cleared first.
        I32F32 s = I32F32.FromDouble(0.25);
        Assert.Equal([false, false, true, true], EpochMath.IsTopKNonzero([s, s, s, s], 2));
        Assert.Equal([false, true, true], EpochMath.IsTopKNonzero([Zero, s, s], 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => EpochMath.IsTopK([s], -1));
    }

    [Fact]
    public void CheckedSum_Integers_MatchesUpstreamTest()
    {
        Assert.Null(EpochMath.CheckedSum<ulong>([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ulong.MaxValue]));
        Assert.Equal(55UL, EpochMath.CheckedSum<ulong>([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
        Assert.Equal((ushort)0, EpochMath.CheckedSum<ushort>([]));
        Assert.Null(EpochMath.CheckedSum<long>([long.MinValue, -1]));
        Assert.Null(EpochMath.CheckedSumFixed<I32F32>([I32F32.MaxValue, I32F32.Delta]));
        Assert.Equal(I32F32.FromInt(3), EpochMath.CheckedSumFixed<I32F32>([One, I32F32.FromInt(2)]));
    }

    [Fact]
    public void Sum_Overflow_WrapsLikeTheReleaseRuntime()
    {
        Assert.Equal(I32F32.MinValue, EpochMath.Sum([I32F32.MaxValue, I32F32.Delta]));
    }

    [Fact]
    public void InplaceMaskRows_MaskedRows_BecomeZeroRowsOfFirstRowWidth()
    {
        I32F32[][] m = [[One, One], [One, One], [One]];
        EpochMath.InplaceMaskRows([false, true], m);
        Assert.Equal([One, One], m[0]);
        Assert.Equal([Zero, Zero], m[1]);
        Assert.Equal([Zero, Zero], m[2]);
    }

    [Fact]
    public void InplaceMaskDiagExceptIndex_KeepsOwnerSelfWeight()
    {
        I32F32[][] m = [[One, One], [One, One]];
        EpochMath.InplaceMaskDiagExceptIndex(m, 1);
        Assert.Equal([Zero, One], m[0]);
        Assert.Equal([One, One], m[1]);
        Assert.Equal([[((ushort)1, One)], [((ushort)0, One), ((ushort)1, One)]], EpochMath.MaskDiagSparseExceptIndex([[(0, One), (1, One)], [(0, One), (1, One)]], 1));
    }

    private static List<I32F32> ExpectedMedians(I32F32[] stake, I32F32[] score, I32F32 minority)
    {
        List<I32F32> medians = [];
        I32F32 medianStake = Zero;
        bool medianSet = false;
        I32F32 stakeSum = Zero;
        for (int i = 0; i < stake.Length; i++)
        {
            stakeSum += stake[i];
            if (!medianSet && stakeSum >= minority)
            {
                medianStake = stakeSum;
                medianSet = true;
            }

            if (medianSet)
            {
                if (medianStake < stakeSum)
                {
                    if (medianStake == minority && !medians.Contains(score[i]))
                    {
                        medians.Add(score[i]);
                    }

                    break;
                }

                if (!medians.Contains(score[i]))
                {
                    medians.Add(score[i]);
                }
            }
        }

        if (medians.Count == 0)
        {
            medians.Add(Zero);
        }

        return medians;
    }
}
