using Bittensor.Examples.Subnet.Validators;

namespace Bittensor.Examples.Tests.Validators;

public sealed class MinerScoringTests
{
    [Theory]
    [InlineData(4, 4, 1.0)]
    [InlineData(3, 4, 0.5)]
    [InlineData(2, 4, 0.0)]
    [InlineData(0, 4, 0.0)]
    [InlineData(0, 0, 0.0)]
    public void Skill_BalancedBatch_ChanceCorrected(int correct, int total, double expected)
    {
        Assert.Equal(expected, MinerScoring.Skill(correct, total), 12);
    }

    [Fact]
    public void LatencyFactor_HalvesAtReferenceAndStrictlyDecreases()
    {
        Assert.Equal(1.0, MinerScoring.LatencyFactor(0));
        Assert.Equal(0.5, MinerScoring.LatencyFactor(MinerScoring.ReferenceLatencySeconds), 12);
        Assert.True(MinerScoring.LatencyFactor(0.010) > MinerScoring.LatencyFactor(0.011));
    }

    [Fact]
    public void RoundScore_CopierSameAnswersButSlower_ScoresLower()
    {
        MinerAnswer[] original = [new(true, true, 0.010), new(true, true, 0.012), new(true, true, 0.011), new(true, false, 0.010)];
        MinerAnswer[] copier = [.. original.Select(a => a with { LatencySeconds = a.LatencySeconds + 0.008 })];

        double o = MinerScoring.RoundScore(original);
        Assert.Equal(0.5 / (1 + (0.01075 / 0.1)), o, 12);
        Assert.True(MinerScoring.RoundScore(copier) < o);
    }

    [Fact]
    public void RoundScore_FailuresCountAsWrong()
    {
        MinerAnswer[] answers = [new(true, true, 0), new(false, false, 0), new(true, true, 0), new(true, true, 0)];

        Assert.Equal(0.5, MinerScoring.RoundScore(answers), 12);
        Assert.Equal(0.0, MinerScoring.RoundScore([]));
    }

    [Fact]
    public void ScoreBoard_Ema_FoldsRoundsResetsOnNewHotkeyAndDropsLeavers()
    {
        ScoreBoard board = new(0.3);

        Assert.Equal(0.3, board.Update(1, "hk1", 1.0), 12);
        Assert.Equal(0.21, board.Update(1, "hk1", 0.0), 12);
        Assert.Equal(0.21 * 0.7 + 0.3 * 0.5, board.Update(1, "hk1", 0.5), 12);
        Assert.Equal(0.3, board.Update(1, "hk-new", 1.0), 12);
        board.Update(2, "hk2", 1.0);
        board.Retain(new HashSet<ushort> { 2 });
        Assert.Equal([2], board.Scores.Keys);
        Assert.Throws<ArgumentOutOfRangeException>(() => board.Update(3, "hk3", double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScoreBoard(0));
    }
}
