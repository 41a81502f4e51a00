using Bittensor.Core.Primitives;

namespace Bittensor.Runtime.Tests.Subtensor;

public class EndToEndTests
{
    private const ulong Tao = SubtensorHarness.Tao;

    private static void AssertIssuanceAccounted(SubtensorHarness h)
    {
        // TAO issuance (subtensor's) = Σ(free + reserved) + TAO in pools; fees and recycled TAO were taken off it.
        ulong balancesIssuance = h.Runtime.Balances.TotalIssuance.Get(h.S);
        Assert.Equal(h.SumOfBalances(), balancesIssuance);
        Assert.Equal(h.Module.TotalIssuance.Get(h.S), balancesIssuance + h.PoolTao());
    }

    [Fact]
    public void Subnet_With3Validators8Miners_Over5Tempos_PaysFavouredMinersValidatorsAndOwner()
    {
        var h = new SubtensorHarness(extraAccounts: 11);
        AccountId32 owner = SubtensorHarness.Alice;
        AccountId32 ownerHot = SubtensorHarness.Hotkey(0);
        ushort netuid = h.CreateSubnet(owner, ownerHot);
        AssertIssuanceAccounted(h);

        AccountId32[] validators = [.. Enumerable.Range(10, 3).Select(SubtensorHarness.Hotkey)];
        AccountId32[] miners = [.. Enumerable.Range(20, 8).Select(SubtensorHarness.Hotkey)];
        for (int i = 0; i < 3; i++)
        {
            Assert.True(h.Dispatch(h.Module.BurnedRegister.Create(netuid, validators[i]), h.Accounts[i]).IsOk);
            Assert.True(h.Dispatch(h.Module.AddStake.Create(validators[i], netuid, (ulong)(1_000 + (i * 500)) * Tao), h.Accounts[i]).IsOk);
        }

        for (int i = 0; i < 8; i++)
        {
            Assert.True(h.Dispatch(h.Module.BurnedRegister.Create(netuid, miners[i]), h.Accounts[3 + i]).IsOk);
        }

        AssertIssuanceAccounted(h);
        ushort[] minerUids = [.. miners.Select(m => h.Module.Uids.Get(h.S, netuid, m))];
        ulong[] validatorStart = [.. validators.Select((v, i) => h.Module.GetStake(h.S, v, h.Accounts[i], netuid))];

        // One tempo for the first epoch to hand out validator permits (by stake).
        ushort tempo = h.Module.Tempo.Get(h.S, netuid);
        for (int b = 0; b < tempo + 1; b++)
        {
            h.NextBlock();
        }

        Assert.All(validators, v => Assert.True(h.Module.ValidatorPermit.Get(h.S, netuid)[h.Module.Uids.Get(h.S, netuid, v)]));
        object?[] dests = [.. minerUids.Cast<object?>()];
        object?[] weights = [.. Enumerable.Range(0, 8).Select(i => (object?)(ushort)(i < 4 ? 1_000 : 100))];
        foreach (AccountId32 v in validators)
        {
            Assert.True(h.Dispatch(h.Module.SetWeights.Create(netuid, dests, weights, 0UL), v).IsOk);
        }

        ulong ownerStart = h.Module.GetStake(h.S, ownerHot, owner, netuid);
        for (int b = 0; b < 5 * tempo; b++)
        {
            h.NextBlock();
        }

        ulong[] minerAlpha = [.. miners.Select((m, i) => h.Module.GetStake(h.S, m, h.Accounts[3 + i], netuid))];
        ulong favouredMin = minerAlpha.Take(4).Min();
        ulong othersMax = minerAlpha.Skip(4).Max();
        Assert.True(othersMax > 0, "every weighted miner earns something");
        Assert.True(favouredMin > othersMax, $"favoured {favouredMin} vs others {othersMax}");
        for (int i = 0; i < 3; i++)
        {
            ulong now = h.Module.GetStake(h.S, validators[i], h.Accounts[i], netuid);
            Assert.True(now > validatorStart[i], $"validator {i} earned dividends: {validatorStart[i]} → {now}");
        }

        Assert.True(h.Module.GetStake(h.S, ownerHot, owner, netuid) > ownerStart, "the owner earns its cut");
        Assert.True(h.Module.Incentive.Get(h.S, netuid)[minerUids[0]] > h.Module.Incentive.Get(h.S, netuid)[minerUids[7]]);
        Assert.True(h.Module.SubnetEpochIndex.Get(h.S, netuid) >= 6);
        AssertIssuanceAccounted(h);

        // Unstaking the earnings returns TAO and keeps the books balanced.
        ulong alpha = h.Module.GetStake(h.S, miners[0], h.Accounts[3], netuid);
        Assert.True(h.Dispatch(h.Module.RemoveStake.Create(miners[0], netuid, alpha), h.Accounts[3]).IsOk);
        AssertIssuanceAccounted(h);
    }

    [Fact]
    public void BlockStep_MintsBlockEmission_IntoSubtensorIssuance_AndSchedulesEpochs()
    {
        var h = new SubtensorHarness();
        ushort netuid = h.CreateSubnet(SubtensorHarness.Alice, SubtensorHarness.Hotkey(0));
        ulong issuance = h.Module.TotalIssuance.Get(h.S);
        ulong pool = h.Module.SubnetTAO.Get(h.S, netuid);
        // While the moving price is still 0 no subnet has a share and the block's TAO is recycled; the moving price is
        // updated after the coinbase; its first step below 2^-32 (I96F32) truncates to 0 until the EMA ramp
        // b/(b + EMAPriceHalvingBlocks) has grown for ~16 blocks after start_call.
        h.NextBlock();
        Assert.Equal(issuance, h.Module.TotalIssuance.Get(h.S));
        for (int b = 0; b < 30; b++)
        {
            h.NextBlock();
        }

        Assert.True(h.Module.BlockEmission.Get(h.S) > 0);
        Assert.True(h.Module.TotalIssuance.Get(h.S) > issuance);
        Assert.True(h.Module.SubnetTAO.Get(h.S, netuid) > pool);
        AssertIssuanceAccounted(h);
        Assert.True(h.Module.SubnetEpochIndex.Get(h.S, netuid) >= 1);
        Assert.NotEqual(UInt128.Zero, h.Module.SubnetMovingPrice.Get(h.S, netuid));
    }
}
