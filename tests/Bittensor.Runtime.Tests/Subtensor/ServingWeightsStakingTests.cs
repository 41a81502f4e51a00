using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Pallets.Subtensor;

namespace Bittensor.Runtime.Tests.Subtensor;

public class ServingWeightsStakingTests
{
    private static readonly AccountId32 Alice = SubtensorHarness.Alice;
    private static readonly AccountId32 Bob = SubtensorHarness.Bob;

    private static object?[] U16s(params ushort[] values) => [.. values.Cast<object?>()];

    private static RuntimeCall Axon(SubtensorHarness h, ushort netuid, UInt128 ip, ushort port = 8091, byte ipType = 4) =>
        h.Module.ServeAxon.Create(netuid, 1u, ip, port, ipType, (byte)0, (byte)0, (byte)0);

    [Fact]
    public void ServeAxon_StoresAxon_AndChecks_ByUpstreamName()
    {
        var h = new SubtensorHarness();
        ushort netuid = h.CreateSubnet(Alice, SubtensorHarness.Hotkey(1));
        AccountId32 hot = SubtensorHarness.Hotkey(1);
        Assert.Equal(h.Module.HotKeyNotRegisteredInNetwork.ToDispatchError(), h.Dispatch(Axon(h, netuid, 0x0A000001), SubtensorHarness.Hotkey(9)).Error);
        Assert.Equal(h.Module.InvalidIpType.ToDispatchError(), h.Dispatch(Axon(h, netuid, 0x0A000001, ipType: 5), hot).Error);
        Assert.Equal(h.Module.InvalidIpAddress.ToDispatchError(), h.Dispatch(Axon(h, netuid, 0x7F000001), hot).Error);
        Assert.Equal(h.Module.InvalidIpAddress.ToDispatchError(), h.Dispatch(Axon(h, netuid, (UInt128)1 << 32), hot).Error);
        Assert.Equal(h.Module.InvalidIpAddress.ToDispatchError(), h.Dispatch(Axon(h, netuid, 1, ipType: 6), hot).Error);
        Assert.Equal(h.Module.InvalidPort.ToDispatchError(), h.Dispatch(Axon(h, netuid, 0x0A000001, port: 0), hot).Error);
        Assert.True(h.Dispatch(Axon(h, netuid, 0x0A000001), hot).IsOk);
        Assert.True(h.Module.Axons.TryGet(h.S, netuid, hot, out AxonInfo axon));
        Assert.Equal(new AxonInfo(1, 1, 0x0A000001, 8091, 4, 0, 0, 0), axon);
        Assert.True(h.Context.Events[^1].Event.Is(h.Module.AxonServed));

        // ServingRateLimit 50: a second serve in the same window fails, after 50 blocks it passes.
        Assert.Equal(h.Module.ServingRateLimitExceeded.ToDispatchError(), h.Dispatch(Axon(h, netuid, 0x0A000002), hot).Error);
        h.Context.BlockNumber = 51;
        Assert.True(h.Dispatch(Axon(h, netuid, 0x0A000002), hot).IsOk);
    }

    private static (SubtensorHarness H, ushort NetUid) SubnetWithNeurons(int neurons)
    {
        var h = new SubtensorHarness();
        ushort netuid = h.CreateSubnet(Alice, SubtensorHarness.Hotkey(0));
        for (int i = 1; i <= neurons; i++)
        {
            Assert.True(h.Dispatch(h.Module.BurnedRegister.Create(netuid, SubtensorHarness.Hotkey(i)), Bob).IsOk);
        }

        return (h, netuid);
    }

    [Fact]
    public void SetWeights_StoresMaxUpscaled_KeepsZeros_AndSetsLastUpdate()
    {
        (SubtensorHarness h, ushort netuid) = SubnetWithNeurons(3);
        h.Module.ValidatorPermit.Insert(h.S, netuid, [false, true, false, false]);
        Assert.True(h.Dispatch(h.Module.SetWeights.Create(netuid, U16s(2, 3, 0), U16s(100, 50, 0), 0UL), SubtensorHarness.Hotkey(1)).IsOk);
        Assert.Equal([(2, 65535), (3, 32768), (0, 0)], h.Module.Weights.Get(h.S, netuid, 1).Select(e => ((int)e.Uid, (int)e.Value)));
        Assert.Equal(1UL, h.Module.LastUpdate.Get(h.S, netuid)[1]);
        RuntimeEvent set = h.Context.Events[^1].Event;
        Assert.True(set.Is(h.Module.WeightsSet));
        Assert.Equal((ushort)1, set.Get<ushort>(1));
    }

    [Fact]
    public void SetWeights_Errors_ByUpstreamName()
    {
        (SubtensorHarness h, ushort netuid) = SubnetWithNeurons(3);
        AccountId32 v = SubtensorHarness.Hotkey(1);
        RuntimeCall Call(ushort net, ushort[] uids, ushort[] w, ulong version = 0) => h.Module.SetWeights.Create(net, U16s(uids), U16s(w), version);
        DispatchError? Err(RuntimeCall c, AccountId32? who = null) => h.Dispatch(c, who ?? v).Error;

        Assert.Equal(h.Module.CanNotSetRootNetworkWeights.ToDispatchError(), Err(Call(0, [1], [1])));
        Assert.Equal(h.Module.WeightVecNotEqualSize.ToDispatchError(), Err(Call(netuid, [1, 2], [1])));
        Assert.Equal(h.Module.CommitRevealEnabled.ToDispatchError(), Err(Call(9, [1], [1])));
        h.Module.CommitRevealWeightsEnabled.Insert(h.S, 9, false);
        Assert.Equal(h.Module.MechanismDoesNotExist.ToDispatchError(), Err(Call(9, [1], [1])));
        Assert.Equal(h.Module.UidsLengthExceedUidsInSubNet.ToDispatchError(), Err(Call(netuid, [0, 1, 2, 3, 3], [1, 1, 1, 1, 1])));
        Assert.Equal(h.Module.HotKeyNotRegisteredInSubNet.ToDispatchError(), Err(Call(netuid, [1], [1]), SubtensorHarness.Hotkey(99)));
        h.Module.WeightsVersionKey.Insert(h.S, netuid, 5);
        Assert.Equal(h.Module.IncorrectWeightVersionKey.ToDispatchError(), Err(Call(netuid, [2], [1], 4)));
        h.Module.WeightsVersionKey.Insert(h.S, netuid, 0);
        Assert.Equal(h.Module.NeuronNoValidatorPermit.ToDispatchError(), Err(Call(netuid, [2], [1])));
        h.Module.ValidatorPermit.Insert(h.S, netuid, [true, true, true, true]);
        Assert.Equal(h.Module.DuplicateUids.ToDispatchError(), Err(Call(netuid, [2, 2], [1, 1])));
        Assert.Equal(h.Module.UidVecContainInvalidOne.ToDispatchError(), Err(Call(netuid, [2, 7], [1, 1])));
        h.Module.MinAllowedWeights.Insert(h.S, netuid, 3);
        Assert.Equal(h.Module.WeightVecLengthIsLow.ToDispatchError(), Err(Call(netuid, [2, 3], [1, 1])));
        h.Module.MinAllowedWeights.Insert(h.S, netuid, 1);
        h.Module.MaxWeightsLimit.Insert(h.S, netuid, 40_000);
        Assert.Equal(h.Module.MaxWeightExceeded.ToDispatchError(), Err(Call(netuid, [2, 3], [100, 1])));
        h.Module.MaxWeightsLimit.Insert(h.S, netuid, ushort.MaxValue);
        h.Module.StakeThreshold.Put(h.S, 1);
        Assert.Equal(h.Module.NotEnoughStakeToSetWeights.ToDispatchError(), Err(Call(netuid, [2], [1])));
        h.Module.StakeThreshold.Put(h.S, 0);
        h.Module.CommitRevealWeightsEnabled.Insert(h.S, netuid, true);
        Assert.Equal(h.Module.CommitRevealEnabled.ToDispatchError(), Err(Call(netuid, [2], [1])));
        h.Module.CommitRevealWeightsEnabled.Insert(h.S, netuid, false);
        Assert.True(h.Dispatch(Call(netuid, [2], [1]), v).IsOk);
    }

    [Fact]
    public void SetWeights_RateLimit_CountsFromLastUpdate()
    {
        (SubtensorHarness h, ushort netuid) = SubnetWithNeurons(2);
        h.Module.WeightsSetRateLimit.Insert(h.S, netuid, 100);
        AccountId32 v = SubtensorHarness.Hotkey(1);
        RuntimeCall self = h.Module.SetWeights.Create(netuid, U16s(1), U16s(1), 0UL);
        h.Context.BlockNumber = 50;
        Assert.Equal(h.Module.SettingWeightsTooFast.ToDispatchError(), h.Dispatch(self, v).Error);
        h.Context.BlockNumber = 101;
        Assert.True(h.Dispatch(self, v).IsOk, "self-weight needs no permit");
        h.Context.BlockNumber = 200;
        Assert.Equal(h.Module.SettingWeightsTooFast.ToDispatchError(), h.Dispatch(self, v).Error);
        h.Context.BlockNumber = 201;
        Assert.True(h.Dispatch(self, v).IsOk);
    }

    [Fact]
    public void AddStake_ThenRemoveStake_GoesThroughPool_AndSharePool()
    {
        (SubtensorHarness h, ushort netuid) = SubnetWithNeurons(1);
        AccountId32 hot = SubtensorHarness.Hotkey(1);
        ulong bob = h.Free(Bob);
        ulong poolTao = h.Module.SubnetTAO.Get(h.S, netuid);
        Assert.True(h.Dispatch(h.Module.AddStake.Create(hot, netuid, 10 * SubtensorHarness.Tao), Bob).IsOk);
        Assert.Equal(bob - 10 * SubtensorHarness.Tao, h.Free(Bob));
        ulong alpha = h.Module.GetStake(h.S, hot, Bob, netuid);
        Assert.True(alpha > 9 * SubtensorHarness.Tao && alpha < 10 * SubtensorHarness.Tao, alpha.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(alpha, h.Module.TotalHotkeyAlpha.Get(h.S, hot, netuid));
        Assert.True(h.Module.SubnetTAO.Get(h.S, netuid) > poolTao);
        RuntimeEvent added = h.Context.Events[^1].Event;
        Assert.True(added.Is(h.Module.StakeAdded));
        Assert.Equal(alpha, added.Get<ulong>(3));

        // A second nominator shares the pool pro rata.
        Assert.True(h.Dispatch(h.Module.AddStake.Create(hot, netuid, 10 * SubtensorHarness.Tao), Alice).IsOk);
        h.Module.IncreaseStakeForHotkey(h.S, hot, netuid, 1_000);
        Assert.True(h.Module.GetStake(h.S, hot, Bob, netuid) > alpha);

        ulong bobAlpha = h.Module.GetStake(h.S, hot, Bob, netuid);
        ulong bobFree = h.Free(Bob);
        Assert.True(h.Dispatch(h.Module.RemoveStake.Create(hot, netuid, bobAlpha), Bob).IsOk);
        Assert.Equal(0UL, h.Module.GetStake(h.S, hot, Bob, netuid));
        Assert.True(h.Free(Bob) > bobFree + 9 * SubtensorHarness.Tao);
        Assert.True(h.Context.Events[^1].Event.Is(h.Module.StakeRemoved));
    }

    [Fact]
    public void Staking_Errors_ByUpstreamName()
    {
        var h = new SubtensorHarness(extraAccounts: 1);
        ushort netuid = h.CreateSubnet(Alice, SubtensorHarness.Hotkey(1));
        AccountId32 hot = SubtensorHarness.Hotkey(1);
        ulong tao = SubtensorHarness.Tao;
        Assert.Equal(h.Module.SubnetNotExists.ToDispatchError(), h.Dispatch(h.Module.AddStake.Create(hot, (ushort)9, tao), Bob).Error);
        Assert.Equal(h.Module.AmountTooLow.ToDispatchError(), h.Dispatch(h.Module.AddStake.Create(hot, netuid, 1_000UL), Bob).Error);
        Assert.Equal(h.Module.NotEnoughBalanceToStake.ToDispatchError(), h.Dispatch(h.Module.AddStake.Create(hot, netuid, 200_000 * tao), h.Accounts[0]).Error);
        Assert.Equal(h.Module.HotKeyAccountNotExists.ToDispatchError(), h.Dispatch(h.Module.AddStake.Create(SubtensorHarness.Hotkey(7), netuid, tao), Bob).Error);
        // remove_stake caps the amount at the stake first (upstream), so an empty position is AmountTooLow.
        Assert.Equal(h.Module.AmountTooLow.ToDispatchError(), h.Dispatch(h.Module.RemoveStake.Create(hot, netuid, tao), Bob).Error);
        Assert.Equal(h.Module.AmountTooLow.ToDispatchError(), h.Dispatch(h.Module.RemoveStake.Create(hot, netuid, 0UL), Bob).Error);
        h.Module.SubtokenEnabled.Insert(h.S, netuid, false);
        Assert.Equal(h.Module.SubtokenDisabled.ToDispatchError(), h.Dispatch(h.Module.AddStake.Create(hot, netuid, tao), Bob).Error);
        Assert.Equal(h.Module.SubtokenDisabled.ToDispatchError(), h.Dispatch(h.Module.RemoveStake.Create(hot, netuid, tao), Bob).Error);
    }

    [Fact]
    public void Errors_HaveUpstreamIndices()
    {
        var h = new SubtensorHarness();
        Assert.Equal(DispatchError.Module(7, 76), h.Module.SubnetNotExists.ToDispatchError());
        Assert.Equal(DispatchError.Module(7, 4), h.Module.HotKeyNotRegisteredInSubNet.ToDispatchError());
        Assert.Equal(DispatchError.Module(7, 29), h.Module.SettingWeightsTooFast.ToDispatchError());
        Assert.Equal((byte)0, h.Module.SetWeights.Index);
        Assert.Equal((byte)7, h.Module.BurnedRegister.Index);
        Assert.Equal((byte)59, h.Module.RegisterNetwork.Index);
        Assert.Equal((byte)92, h.Module.StartCall.Index);
    }
}
