using Bittensor.Examples.Subnet.Validators;

namespace Bittensor.Examples.Tests.Validators;

public sealed class CopyDetectorTests
{
    private static readonly MinerAnswer[] Original = [new(true, true, 0.010, 0.91), new(true, true, 0.010, 0.02)];
    private static readonly MinerAnswer[] Copy = [new(true, true, 0.025, 0.91), new(true, true, 0.020, 0.02)];
    private static readonly MinerAnswer[] Other = [new(true, true, 0.030, 0.90), new(true, true, 0.030, 0.02)];

    [Fact]
    public void Apply_IdenticalAnswers_SlowerCopyScoresZero()
    {
        CopyDetector detector = new();
        double[] scores = [0.5, 0.6, 0.7];

        detector.Apply([4, 1, 2], [Copy, Original, Other], scores);

        Assert.Equal([0, 0.6, 0.7], scores);
    }

    [Fact]
    public void Apply_OneNoisyRound_CumulativeLatencyStillNamesTheCopy()
    {
        CopyDetector detector = new();
        detector.Apply([1, 4], [Original, Copy], [0.6, 0.5]);

        // This round the copy happened to be faster, but over both rounds it is still the slower one.
        MinerAnswer[] fastCopy = [.. Copy.Select(a => a with { LatencySeconds = 0.009 })];
        double[] scores = [0.6, 0.5];
        detector.Apply([1, 4], [Original, fastCopy], scores);

        Assert.Equal([0.6, 0], scores);
    }

    [Fact]
    public void Apply_UnansweredAlike_NotCopies()
    {
        MinerAnswer[] silent = [new(false, false, 2, null), new(false, false, 2, null)];
        double[] scores = [0.1, 0.2];

        new CopyDetector().Apply([1, 2], [silent, [.. silent]], scores);

        Assert.Equal([0.1, 0.2], scores);
        Assert.False(CopyDetector.SameAnswers(silent, silent));
        Assert.True(CopyDetector.SameAnswers(Original, Copy));
        Assert.False(CopyDetector.SameAnswers(Original, Other));
    }
}
