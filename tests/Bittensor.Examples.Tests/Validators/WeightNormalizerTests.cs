using Bittensor.Examples.Subnet.Validators;

namespace Bittensor.Examples.Tests.Validators;

public sealed class WeightNormalizerTests
{
    [Fact]
    public void Normalize_Scores_PositiveOnlyUidOrderSumOne()
    {
        Dictionary<ushort, double> scores = new() { [5] = 0.2, [1] = 0.6, [3] = 0.0, [2] = 0.2 };

        (ushort[] uids, float[] weights) = WeightNormalizer.Normalize(scores);

        Assert.Equal(new ushort[] { 1, 2, 5 }, uids);
        Assert.Equal(new[] { 0.6f, 0.2f, 0.2f }, weights);
        Assert.Equal(1.0, weights.Sum(w => (double)w), 6);
    }

    [Fact]
    public void Normalize_AllZero_Empty()
    {
        (ushort[] uids, float[] weights) = WeightNormalizer.Normalize(new Dictionary<ushort, double> { [1] = 0, [2] = 0 });

        Assert.Empty(uids);
        Assert.Empty(weights);
    }

    [Fact]
    public void Normalize_MaxWeight_CapsAndSharesExcess()
    {
        Dictionary<ushort, double> scores = new() { [1] = 8, [2] = 1, [3] = 1 };

        (_, float[] weights) = WeightNormalizer.Normalize(scores, 0.5);

        Assert.Equal(new[] { 0.5f, 0.25f, 0.25f }, weights);
    }

    [Fact]
    public void Normalize_CapBelowEqualShare_Uniform()
    {
        (_, float[] weights) = WeightNormalizer.Normalize(new Dictionary<ushort, double> { [1] = 9, [2] = 1 }, 0.4);

        Assert.Equal(new[] { 0.5f, 0.5f }, weights);
    }

    [Fact]
    public void Normalize_CascadingCap_NoWeightAboveLimit()
    {
        Dictionary<ushort, double> scores = new() { [1] = 10, [2] = 6, [3] = 1, [4] = 1 };

        (_, float[] weights) = WeightNormalizer.Normalize(scores, 0.3);

        Assert.All(weights, w => Assert.True(w <= 0.3f + 1e-6f, $"{w}"));
        Assert.Equal(1.0, weights.Sum(w => (double)w), 5);
        Assert.Equal(weights[2], weights[3]);
    }
}
