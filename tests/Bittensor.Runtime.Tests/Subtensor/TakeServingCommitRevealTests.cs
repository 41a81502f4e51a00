using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Pallets.Subtensor;

namespace Bittensor.Runtime.Tests.Subtensor;

public class TakeServingCommitRevealTests
{
    private static readonly AccountId32 Alice = SubtensorHarness.Alice;
    private static readonly AccountId32 Bob = SubtensorHarness.Bob;
    private static readonly AccountId32 Hot1 = SubtensorHarness.Hotkey(1);

    private static object?[] U16s(params ushort[] values) => [.. values.Cast<object?>()];

    [Fact]
    public void Calls_HaveUpstreamIndices()
    {
        SubtensorModule m = new SubtensorHarness().Module;
        Assert.Equal([5, 65, 66, 96, 97], new[] { m.ServePrometheus, m.DecreaseTake, m.IncreaseTake, m.CommitWeights, m.RevealWeights }.Select(c => (int)c.Index));
        Assert.Equal(["netuid", "uids", "values", "salt", "version_key"], m.RevealWeights.Parameters.Select(p => p.Name));
    }

    [Fact]
    public void DecreaseTake_And_IncreaseTake_BoundsOwnershipAndRateLimit()
    {
        var h = new SubtensorHarness();
        h.CreateSubnet(Alice, Hot1);
        SubtensorModule m = h.Module;
        Assert.Equal(m.HotKeyAccountNotExists.ToDispatchError(), h.Error(m.DecreaseTake.Create(SubtensorHarness.Hotkey(9), (ushort)10), Alice));
        Assert.Equal(m.NonAssociatedColdKey.ToDispatchError(), h.Error(m.DecreaseTake.Create(Hot1, (ushort)10), Bob));

        Assert.Null(h.Error(m.DecreaseTake.Create(Hot1, (ushort)5_000), Alice));
        Assert.Equal((ushort)5_000, m.Delegates.Get(h.S, Hot1));
        Assert.True(h.Context.Events[^1].Event.Is(m.TakeDecreased));
        Assert.Equal(m.DelegateTakeTooLow.ToDispatchError(), h.Error(m.DecreaseTake.Create(Hot1, (ushort)5_000), Alice));
        m.MinDelegateTake.Put(h.S, 1_000);
        Assert.Equal(m.DelegateTakeTooLow.ToDispatchError(), h.Error(m.DecreaseTake.Create(Hot1, (ushort)999), Alice));

        // The decrease started the increase rate limit (TxDelegateTakeRateLimit, inclusive).
        Assert.Equal(m.DelegateTakeTooLow.ToDispatchError(), h.Error(m.IncreaseTake.Create(Hot1, (ushort)5_000), Alice));
        Assert.Equal(m.DelegateTakeTooHigh.ToDispatchError(), h.Error(m.IncreaseTake.Create(Hot1, (ushort)11_797), Alice));
        Assert.Equal(m.DelegateTxRateLimitExceeded.ToDispatchError(), h.Error(m.IncreaseTake.Create(Hot1, (ushort)6_000), Alice));
        h.Context.BlockNumber += (uint)SubtensorModule.DefaultTxDelegateTakeRateLimit;
        Assert.Equal(m.DelegateTxRateLimitExceeded.ToDispatchError(), h.Error(m.IncreaseTake.Create(Hot1, (ushort)6_000), Alice));
        h.Context.BlockNumber += 1;
        Assert.Null(h.Error(m.IncreaseTake.Create(Hot1, (ushort)6_000), Alice));
        Assert.Equal((ushort)6_000, m.Delegates.Get(h.S, Hot1));
        Assert.True(h.Context.Events[^1].Event.Is(m.TakeIncreased));

        // Decreases are never rate limited.
        Assert.Null(h.Error(m.DecreaseTake.Create(Hot1, (ushort)5_500), Alice));
    }

    [Fact]
    public void ServePrometheus_StoresInfo_AndChecksInUpstreamOrder()
    {
        var h = new SubtensorHarness();
        ushort netuid = h.CreateSubnet(Alice, Hot1);
        SubtensorModule m = h.Module;
        RuntimeCall Prom(UInt128 ip, ushort port = 9090, byte ipType = 4) => m.ServePrometheus.Create(netuid, 2u, ip, port, ipType);

        // The ip checks come before registration (unlike serve_axon).
        Assert.Equal(m.InvalidIpType.ToDispatchError(), h.Error(Prom(0x0A000001, ipType: 5), SubtensorHarness.Hotkey(9)));
        Assert.Equal(m.InvalidIpAddress.ToDispatchError(), h.Error(Prom(0x7F000001), SubtensorHarness.Hotkey(9)));
        Assert.Equal(m.HotKeyNotRegisteredInNetwork.ToDispatchError(), h.Error(Prom(0x0A000001), SubtensorHarness.Hotkey(9)));
        Assert.Equal(m.InvalidPort.ToDispatchError(), h.Error(Prom(0x0A000001, port: 0), Hot1));
        Assert.Null(h.Error(Prom(0x0A000001), Hot1));
        Assert.Equal(new PrometheusInfo(1, 2, 0x0A000001, 9090, 4), m.Prometheus.Get(h.S, netuid, Hot1));
        Assert.True(h.Context.Events[^1].Event.Is(m.PrometheusServed));
        Assert.Equal(m.ServingRateLimitExceeded.ToDispatchError(), h.Error(Prom(0x0A000002), Hot1));
        h.Context.BlockNumber += 50;
        Assert.Null(h.Error(Prom(0x0A000002), Hot1));
    }

    [Fact]
    public void CommitHash_IsBlake2OfTheScaleTuple()
    {
        H256 hash = SubtensorModule.CommitHash(Hot1, 1, [0, 1], [10, 20], [1, 2, 3], 7);
        Assert.Equal("cef1176ef9735c40c5b5e5cfd4d5152347481e5705508dab24bf5b68bbf8f001", Convert.ToHexStringLower(hash.AsSpan()));
    }

    private static (SubtensorHarness H, ushort NetUid, ushort Uid) CommitRevealSubnet()
    {
        var h = new SubtensorHarness();
        ushort netuid = h.CreateSubnet(Alice, Hot1);
        h.Module.CommitRevealWeightsEnabled.Insert(h.S, netuid, true);
        return (h, netuid, h.Module.Uids.Get(h.S, netuid, Hot1));
    }

    private static void AdvanceToEpoch(SubtensorHarness h, ushort netuid, ulong epoch)
    {
        for (int i = 0; i < 1_000 && h.Module.CurrentEpochWithLookahead(h.S, netuid, h.Context.BlockNumber) < epoch; i++)
        {
            h.NextBlock();
        }

        Assert.Equal(epoch, h.Module.CurrentEpochWithLookahead(h.S, netuid, h.Context.BlockNumber));
    }

    [Fact]
    public void CommitThenReveal_InTheNextEpoch_SetsWeights()
    {
        (SubtensorHarness h, ushort netuid, ushort uid) = CommitRevealSubnet();
        SubtensorModule m = h.Module;
        ushort[] salt = [9, 8, 7];
        H256 hash = SubtensorModule.CommitHash(Hot1, netuid, [uid], [100], salt, 0);
        RuntimeCall Reveal(ushort[] s) => m.RevealWeights.Create(netuid, U16s(uid), U16s(100), U16s(s), 0UL);

        Assert.Equal(m.NoWeightsCommitFound.ToDispatchError(), h.Error(Reveal(salt), Hot1));
        Assert.Null(h.Error(m.CommitWeights.Create(netuid, hash), Hot1));
        Assert.True(h.Context.Events[^1].Event.Is(m.WeightsCommitted));
        ulong epoch = m.WeightCommits.Get(h.S, netuid, Hot1)[0].Epoch;
        Assert.Equal(h.Context.BlockNumber, m.LastUpdate.Get(h.S, netuid)[uid]);
        Assert.Equal(m.RevealTooEarly.ToDispatchError(), h.Error(Reveal(salt), Hot1));

        // set_weights is rejected while commit-reveal is on.
        Assert.Equal(m.CommitRevealEnabled.ToDispatchError(), h.Error(m.SetWeights.Create(netuid, U16s(uid), U16s(100), 0UL), Hot1));

        AdvanceToEpoch(h, netuid, epoch + 1);
        Assert.Equal(m.InvalidRevealCommitHashNotMatch.ToDispatchError(), h.Error(Reveal([1]), Hot1));
        Assert.Null(h.Error(Reveal(salt), Hot1));
        Assert.True(h.Context.Events[^1].Event.Is(m.WeightsRevealed));
        Assert.Equal([(uid, (ushort)65535)], m.Weights.Get(h.S, netuid, uid));
        Assert.False(m.WeightCommits.ContainsKey(h.S, netuid, Hot1));
        Assert.Equal(m.NoWeightsCommitFound.ToDispatchError(), h.Error(Reveal(salt), Hot1));
    }

    [Fact]
    public void Reveal_AfterTheRevealEpoch_IsExpiredWeightCommit()
    {
        (SubtensorHarness h, ushort netuid, ushort uid) = CommitRevealSubnet();
        SubtensorModule m = h.Module;
        H256 hash = SubtensorModule.CommitHash(Hot1, netuid, [uid], [1], [5], 0);
        Assert.Null(h.Error(m.CommitWeights.Create(netuid, hash), Hot1));
        ulong epoch = m.WeightCommits.Get(h.S, netuid, Hot1)[0].Epoch;
        AdvanceToEpoch(h, netuid, epoch + 2);
        Assert.Equal(m.ExpiredWeightCommit.ToDispatchError(), h.Error(m.RevealWeights.Create(netuid, U16s(uid), U16s(1), U16s(5), 0UL), Hot1));
    }

    [Fact]
    public void CommitWeights_Errors_AndRateLimits()
    {
        (SubtensorHarness h, ushort netuid, _) = CommitRevealSubnet();
        SubtensorModule m = h.Module;
        var hash = new H256(new byte[32]);
        Assert.Equal(m.MechanismDoesNotExist.ToDispatchError(), h.Error(m.CommitWeights.Create((ushort)9, hash), Hot1));
        Assert.Equal(m.HotKeyNotRegisteredInSubNet.ToDispatchError(), h.Error(m.CommitWeights.Create(netuid, hash), SubtensorHarness.Hotkey(9)));
        m.CommitRevealWeightsEnabled.Insert(h.S, netuid, false);
        Assert.Equal(m.CommitRevealDisabled.ToDispatchError(), h.Error(m.CommitWeights.Create(netuid, hash), Hot1));
        Assert.Equal(m.CommitRevealDisabled.ToDispatchError(), h.Error(m.RevealWeights.Create(netuid, U16s(0), U16s(1), U16s(5), 0UL), Hot1));
        m.CommitRevealWeightsEnabled.Insert(h.S, netuid, true);

        // The weights rate limit applies to commits (LastUpdate); at 0 up to 10 commits may be pending.
        m.WeightsSetRateLimit.Insert(h.S, netuid, 3);
        m.LastUpdate.Insert(h.S, netuid, [h.Context.BlockNumber]);
        Assert.Equal(m.CommittingWeightsTooFast.ToDispatchError(), h.Error(m.CommitWeights.Create(netuid, hash), Hot1));
        m.WeightsSetRateLimit.Insert(h.S, netuid, 0);
        for (int i = 0; i < SubtensorModule.MaxUnrevealedCommits; i++)
        {
            Assert.Null(h.Error(m.CommitWeights.Create(netuid, hash), Hot1));
        }

        Assert.Equal(m.TooManyUnrevealedCommits.ToDispatchError(), h.Error(m.CommitWeights.Create(netuid, hash), Hot1));
    }
}
