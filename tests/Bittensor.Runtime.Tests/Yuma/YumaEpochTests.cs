using Bittensor.Runtime.Epoch;
using Bittensor.Runtime.Simulation;

namespace Bittensor.Runtime.Tests.Yuma;

/// <summary>Behaviour of the epoch and the scenario ops that the shared vectors do not cover.</summary>
public class YumaEpochTests
{
    private static readonly SparseEntry[] NoEntries = [];

    [Fact]
    public void WorkedCheck_TestBondsAtBlock2_MatchesSection210()
    {
        // subtensor-runtime.md §2.10: S = [0.1, 0.2, 0.3, 0.4, 0…], all four validators weight servers 4..7 1:2:3:4.
        ScenarioEpochResult epoch = ScenarioRunner.Run(ExpectedEpochs.LoadScenario("test_bonds")).ElementAt(1);
        EpochOutput o = epoch.Output;
        Assert.Equal(2UL, epoch.Block);
        Assert.Equal([6553, 13106, 19660, 26213, 0, 0, 0, 0], o.StakeWeight);
        Assert.Equal([0, 0, 0, 0, 6553, 13107, 19660, 26214], o.Incentive);
        Assert.Equal([6553, 13106, 19660, 26214, 0, 0, 0, 0], o.Dividends);
        Assert.Equal([49_999_998UL, 99_999_999, 150_000_000, 200_000_001, 49_998_779, 100_000_610, 149_996_337, 200_004_272], o.Emission);
        Assert.Equal([0UL, 0, 0, 0, 49_998_779, 100_000_610, 149_996_337, 200_004_272], o.ServerEmission);
        Assert.Equal([16383, 32767, 49151, 65535], o.Bonds.Take(4).Select(row => row.Single(e => e.Uid == 4).Value));
    }

    [Fact]
    public void SetStake_BetweenEpochs_ChangesTheNextEpochsStakeWeight()
    {
        Scenario scenario = TwoValidatorScenario(
            new EpochStep(2, 1_000_000_000),
            new SetStakeStep(1, 3_000),
            new EpochStep(3, 1_000_000_000));
        ScenarioEpochResult[] results = [.. ScenarioRunner.Run(scenario)];
        Assert.Equal([32767, 32767, 0], results[0].Output.StakeWeight);
        Assert.Equal([16383, 49151, 0], results[1].Output.StakeWeight);
    }

    [Fact]
    public void ResetBonds_OnAMinersColumn_RestartsItsBondsFromZero()
    {
        // Yuma 3 with a fixed alpha: a bond built over two epochs, reset, then rebuilt for one epoch equals the
        // one-epoch bond; without the reset it keeps growing.
        EpochStep epoch = new(3, 1_000_000_000);
        SetWeightsStep w0 = new(2, 0, [2], [65_535]);
        SetWeightsStep w1 = new(2, 1, [2], [65_535]);
        Scenario withReset = TwoValidatorScenario(new EpochStep(2, 1), w0, w1, epoch, epoch, new ResetBondsStep(2), epoch);
        ScenarioEpochResult[] r = [.. ScenarioRunner.Run(withReset)];
        ushort first = r[1].Output.Bonds[0].Single(e => e.Uid == 2).Value;
        ushort second = r[2].Output.Bonds[0].Single(e => e.Uid == 2).Value;
        ushort afterReset = r[3].Output.Bonds[0].Single(e => e.Uid == 2).Value;
        Assert.True(second > first);
        Assert.Equal(first, afterReset);

        SparseEntry[][] bonds = [[new(2, 5), new(1, 7)], [new(2, 9)], []];
        ScenarioRunner.ResetBonds(bonds, 2);
        Assert.Equal([new SparseEntry(1, 7)], bonds[0]);
        Assert.Empty(bonds[1]);
    }

    [Fact]
    public void OwnerUid_WithoutStake_GetsAPermitAndKeepsItsSelfWeight()
    {
        // uid 2 is the owner: no stake, yet a permit; with a permit carried over, its self-weight counts.
        EpochInput input = EpochInputs.Plain([100, 100, 0, 0], 10, EpochInputs.Params()) with
        {
            OwnerUid = 2,
            ValidatorPermit = [true, true, true, false],
            Weights = [[new(2, 65_535)], [new(1, 65_535)], [new(2, 65_535)], NoEntries],
            LastUpdate = [5, 5, 5, 5],
        };
        EpochOutput o = YumaEpoch.Run(input);
        Assert.Equal([true, true, true, false], o.ValidatorPermit);
        Assert.Equal(65_535, o.Incentive[2]);

        // Not the owner: uid 1's self-weight is masked like everyone's; uid 2 keeps only uid 0's support.
        EpochOutput notOwner = YumaEpoch.Run(input with { OwnerUid = null });
        Assert.Equal([true, true, false, false], notOwner.ValidatorPermit);
        Assert.Equal(0, notOwner.Incentive[1]);
        Assert.Equal(65_535, notOwner.Incentive[2]);
        Assert.Equal(0, notOwner.ValidatorTrust[1]);
    }

    [Fact]
    public void OwnerUid_SelfWeightOnly_IsConsensusAndIncentive()
    {
        EpochInput input = EpochInputs.Plain([100, 0], 10, EpochInputs.Params()) with
        {
            ValidatorPermit = [true, false],
            Weights = [[new(0, 65_535)], NoEntries],
            LastUpdate = [5, 5],
        };
        Assert.Equal([0, 0], YumaEpoch.Run(input).Incentive);
        EpochOutput owner = YumaEpoch.Run(input with { OwnerUid = 0 });
        Assert.Equal([65_535, 0], owner.Consensus);
        Assert.Equal([65_535, 0], owner.Incentive);
        Assert.Equal(500_000_000UL, owner.ServerEmission[0]);
    }

    [Fact]
    public void StakeThreshold_BelowIt_StakeCountsAsZeroExceptTheOwners()
    {
        EpochParameters p = EpochInputs.Params() with { StakeThreshold = 1_000 };
        EpochInput input = EpochInputs.Plain([5_000, 999, 1_000, 10], 10, p);
        EpochOutput o = YumaEpoch.Run(input);
        Assert.Equal(0, o.StakeWeight[1]);
        Assert.Equal(0, o.StakeWeight[3]);
        Assert.Equal([true, false, true, false], o.ValidatorPermit);
        Assert.Equal(54_612, o.StakeWeight[0]);

        EpochOutput owner = YumaEpoch.Run(input with { OwnerUid = 3 });
        Assert.NotEqual(0, owner.StakeWeight[3]);
        Assert.True(owner.ValidatorPermit[3]);
        Assert.Equal(0, owner.StakeWeight[1]);
    }

    [Fact]
    public void NoWeights_EmissionFallsBackToActiveStake()
    {
        // Permits held, no weights: validators are paid by active stake; servers get nothing.
        EpochInput input = EpochInputs.Plain([100, 300, 600], 10, EpochInputs.Params()) with { ValidatorPermit = [true, true, false] };
        EpochOutput o = YumaEpoch.Run(input);
        Assert.Equal([0UL, 0, 0], o.ServerEmission);
        Assert.Equal([249_999_999UL, 750_000_000, 0], o.ValidatorEmission);
        Assert.Equal(o.ValidatorEmission, o.Emission);

        // Nobody active (or permitted): the plain normalised stake is used instead.
        EpochOutput idle = YumaEpoch.Run(input with { Block = 10_000 });
        Assert.Equal([false, false, false], idle.Active);
        Assert.Equal([99_999_999UL, 299_999_999, 599_999_999], idle.ValidatorEmission);
    }

    [Fact]
    public void CommitReveal_CommitBeforeTargetsRegistration_MasksThatWeight()
    {
        // uid 3 re-registered at block 50; validator 0 set weights at 60 (after) but committed them at 40 (before).
        EpochInput input = EpochInputs.Plain([100, 0, 0, 0], 70, EpochInputs.Params()) with
        {
            ValidatorPermit = [true, false, false, false],
            Weights = [[new(2, 65_535), new(3, 65_535)], NoEntries, NoEntries, NoEntries],
            LastUpdate = [60, 1, 1, 1],
            BlockAtRegistration = [1, 1, 1, 50],
            CommitBlocks = [40, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue],
        };
        EpochOutput open = YumaEpoch.Run(input);
        Assert.Equal([0, 0, 32_767, 32_767], open.Incentive);

        EpochOutput masked = YumaEpoch.Run(input with { Parameters = input.Parameters with { CommitReveal = true } });
        Assert.Equal([0, 0, 65_535, 0], masked.Incentive);

        // A commit at or after the registration keeps the weight.
        EpochOutput later = YumaEpoch.Run(input with { Parameters = input.Parameters with { CommitReveal = true }, CommitBlocks = [50, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue] });
        Assert.Equal(open.Incentive, later.Incentive);
    }

    [Fact]
    public void Weights_SetNoLaterThanTargetsRegistration_AreDropped()
    {
        EpochInput input = EpochInputs.Plain([100, 0, 0], 70, EpochInputs.Params()) with
        {
            ValidatorPermit = [true, false, false],
            Weights = [[new(1, 65_535), new(2, 65_535)], NoEntries, NoEntries],
            LastUpdate = [30, 1, 1],
            BlockAtRegistration = [1, 1, 30],
        };
        Assert.Equal([0, 65_535, 0], YumaEpoch.Run(input).Incentive);
    }

    [Fact]
    public void Run_ArrayOfWrongLength_Throws()
    {
        EpochInput input = EpochInputs.Plain([1, 2, 3], 10, EpochInputs.Params());
        ArgumentException ex = Assert.Throws<ArgumentException>(() => YumaEpoch.Run(input with { LastUpdate = [1, 1] }));
        Assert.Contains("LastUpdate", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => YumaEpoch.Run(input with { Parameters = input.Parameters with { CommitReveal = true } }));
    }

    [Fact]
    public void Run_ReusedWorkspace_GivesTheSameResultAsAFreshOne()
    {
        EpochWorkspace workspace = new();
        for (int seed = 0; seed < 40; seed++)
        {
            EpochInput input = EpochInputs.Random(seed);
            EpochOutput fresh = YumaEpoch.Run(input);
            EpochOutput reused = YumaEpoch.Run(input, workspace);
            Assert.Equal(fresh.Incentive, reused.Incentive);
            Assert.Equal(fresh.Dividends, reused.Dividends);
            Assert.Equal(fresh.Emission, reused.Emission);
            Assert.Equal(fresh.Bonds.Select(r => r.ToList()), reused.Bonds.Select(r => r.ToList()));
        }
    }

    [Fact]
    public void ExpectedEpochs_OtherScenariosResults_ReportDifferences()
    {
        // Guards the comparison itself: one scenario's results must not pass as another's.
        List<ScenarioEpochResult> results = [.. ScenarioRunner.Run(ExpectedEpochs.LoadScenario("test_yuma_3_one_epoch_switch"))];
        Assert.NotEmpty(ExpectedEpochs.Diff("test_yuma_3_liquid_alpha_disabled", results));
        Assert.NotEmpty(ExpectedEpochs.Diff("test_yuma_3_kappa_moves_first", results));
    }

    private static Scenario TwoValidatorScenario(params ScenarioStep[] steps) => new(
        "two_validators",
        EpochInputs.Params(yuma3: true) with { MaxAllowedValidators = 2 },
        new ScenarioState
        {
            N = 3,
            Stake = [1_000, 1_000, 0],
            BlockAtRegistration = [1, 1, 1],
            LastUpdate = [1, 1, 1],
            ValidatorPermit = [false, false, false],
            Weights = [NoEntries, NoEntries, NoEntries],
            Bonds = [NoEntries, NoEntries, NoEntries],
        },
        steps);
}
