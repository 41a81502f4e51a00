using Bittensor.Runtime.Scheduling;

namespace Bittensor.Runtime.Tests.Scheduling;

/// <summary>Per-block drain scheduling (run_coinbase.rs::drain_pending, epochs_deferred_this_block), stagger and activity cutoff.</summary>
public class EpochDrainTests
{
    private static SubnetScheduleState Due(ushort netuid, ulong block) => new(netuid, 100, block - 100, 0, 5, 7);

    [Fact]
    public void Plan_MoreDueThanCap_DefersTheRestToNextBlock()
    {
        const ulong Block = 1000;
        SubnetScheduleState[] subnets = [Due(1, Block), Due(2, Block), Due(3, Block), Due(4, Block)];

        EpochSlot[] slots = EpochDrain.Plan(subnets, [true, true, true, true], Block, 2);

        Assert.Equal([EpochDecision.Run, EpochDecision.Run, EpochDecision.Deferred, EpochDecision.Deferred], slots.Select(s => s.Decision));
        Assert.Equal(new SubnetScheduleState(1, 100, Block, 0, 0, 8), slots[0].State);
        Assert.Equal(new SubnetScheduleState(3, 100, Block - 100, Block + 1, 6, 7), slots[2].State);
        Assert.Equal([3, 4], EpochDrain.EpochsDeferredThisBlock(subnets, [true, true, true, true], Block, 2));
    }

    [Fact]
    public void Plan_InconsistentInput_SkipsButConsumesSlotAndDoesNotCount()
    {
        const ulong Block = 1000;
        SubnetScheduleState[] subnets = [Due(1, Block), Due(2, Block), Due(3, Block)];

        EpochSlot[] slots = EpochDrain.Plan(subnets, [false, true, true], Block, 2);

        Assert.Equal([EpochDecision.Skipped, EpochDecision.Run, EpochDecision.Run], slots.Select(s => s.Decision));
        // Skipped: slot consumed, but BlocksSinceLastStep keeps counting.
        Assert.Equal(new SubnetScheduleState(1, 100, Block, 0, 6, 8), slots[0].State);
        Assert.Empty(EpochDrain.EpochsDeferredThisBlock(subnets, [false, true, true], Block, 2));
    }

    [Fact]
    public void Plan_NotDue_OnlyIncrementsBlocksSinceLastStep()
    {
        SubnetScheduleState s = new(1, 360, 900, 0, 10, 3);

        EpochSlot slot = EpochDrain.Plan([s], [true], 1000, 2)[0];

        Assert.Equal(EpochDecision.NotDue, slot.Decision);
        Assert.Equal(s with { BlocksSinceLastStep = 11 }, slot.State);
    }

    [Fact]
    public void Plan_DeferredSubnet_RunsNextBlockThroughPendingEpochAt()
    {
        const ulong Block = 1000;
        EpochSlot[] first = EpochDrain.Plan([Due(1, Block), Due(2, Block)], [true, true], Block, 1);
        EpochSlot[] second = EpochDrain.Plan([.. first.Select(s => s.State)], [true, true], Block + 1, 1);

        Assert.Equal(EpochDecision.Deferred, first[1].Decision);
        Assert.Equal([EpochDecision.NotDue, EpochDecision.Run], second.Select(s => s.Decision));
        Assert.Equal(0UL, second[1].State.PendingEpochAt);
    }

    [Fact]
    public void ShouldRunEpoch_TriggerAndSafetyNet_FireEarly()
    {
        Assert.True(EpochSchedule.ShouldRunEpoch(360, 1000, 1010, 0, 1010));
        Assert.False(EpochSchedule.ShouldRunEpoch(360, 1000, 1010, 0, 1009));
        Assert.True(EpochSchedule.ShouldRunEpoch(360, 1000, 0, EpochSchedule.MaxTempo + 1, 1001));
        Assert.False(EpochSchedule.ShouldRunEpoch(360, 1000, 0, EpochSchedule.MaxTempo, 1001));
        Assert.False(EpochSchedule.ShouldRunEpoch(0, 0, 5, ulong.MaxValue, 10));
        // A LastEpochBlock in the future saturates to zero elapsed blocks.
        Assert.False(EpochSchedule.ShouldRunEpoch(1, 2000, 0, 0, 1000));
    }

    [Fact]
    public void NextEpochStartBlock_PendingTriggerWinsWhenEarlier()
    {
        Assert.Equal(1360UL, EpochSchedule.NextEpochStartBlock(360, 1000, 0));
        Assert.Equal(1010UL, EpochSchedule.NextEpochStartBlock(360, 1000, 1010));
        Assert.Equal(1360UL, EpochSchedule.NextEpochStartBlock(360, 1000, 2000));
        Assert.Null(EpochSchedule.NextEpochStartBlock(0, 1000, 0));
    }

    [Theory]
    [InlineData(1, 360, 10_000, 9_999)]
    [InlineData(361, 360, 10_000, 9_999)]
    [InlineData(0, 360, 10_000, 10_000)]
    [InlineData(5, 0, 10_000, 10_000)]
    [InlineData(7, 3, 0, 0)]
    public void InitialLastEpochBlock_StaggersByNetuidModTempo(ushort netuid, ushort tempo, ulong now, ulong expected)
    {
        Assert.Equal(expected, EpochSchedule.InitialLastEpochBlock(netuid, tempo, now));
    }

    [Theory]
    [InlineData(360, 5000)]
    [InlineData(1, 13)]
    [InlineData(0, 1)]
    [InlineData(50_400, 700_005)]
    public void ActivityCutoffBlocks_DefaultFactor(ushort tempo, ulong expected)
    {
        Assert.Equal(expected, EpochSchedule.ActivityCutoffBlocks(EpochSchedule.DefaultActivityCutoffFactorMilli, tempo));
    }
}
