using Bittensor.Core.Primitives;
using Bittensor.Runtime.Api.Subtensor;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Framework.Types;
using Bittensor.Runtime.Pallets.Subtensor;
using static Bittensor.Runtime.Tests.Api.Subtensor.ApiScenario;

namespace Bittensor.Runtime.Tests.Api.Subtensor;

public class SubnetInfoApiTests
{
    private static object? Get(CompositeType type, object? row, string name)
    {
        int index = type.Fields.ToList().FindIndex(f => f.Name == name);
        Assert.True(index >= 0, $"{type} has no field {name}");
        return ((object?[])row!)[index];
    }

    private static void AssertVariant(byte index, object?[] fields, object? actual)
    {
        var variant = Assert.IsType<VariantValue>(actual);
        Assert.Equal(index, variant.Index);
        Assert.Equal(fields, variant.Fields);
    }

    private static object? Metagraph() => Chain.Query("SubnetInfoRuntimeApi_get_metagraph", ApiChain.U16(NetUid));

    private static object? M(object? metagraph, string name) => Get(MetagraphTypes.Metagraph, metagraph, name);

    [Fact]
    public void GetSubnetInfoV2_ReadsTheSubnet_AndUpstreamDefaultsForItemsNotStored()
    {
        IStorage s = Chain.State;
        SubtensorModule m = Chain.Module;
        object? info = Chain.Query("SubnetInfoRuntimeApi_get_subnet_info_v2", ApiChain.U16(NetUid));
        CompositeType t = SubnetInfoTypes.SubnetInfoV2;

        Assert.Equal(NetUid, Get(t, info, "netuid"));
        Assert.Equal((ushort)10, Get(t, info, "tempo"));
        Assert.Equal((ushort)3, Get(t, info, "subnetwork_n"));
        Assert.Equal(Id(Alice), Get(t, info, "owner"));
        Assert.Equal(m.Burn.Get(s, NetUid), Get(t, info, "burn"));
        Assert.Equal(m.Kappa.Get(s, NetUid), Get(t, info, "kappa"));
        Assert.Equal((ushort)10, Get(t, info, "rho"));
        Assert.Equal(10_000_000UL, Get(t, info, "difficulty"));
        Assert.Equal(ushort.MaxValue, Get(t, info, "max_weights_limit"));
        Assert.Null(Get(t, info, "identity"));
    }

    [Fact]
    public void GetSubnetsInfo_ListsEveryExistingSubnetAscending()
    {
        object?[] all = (object?[])Chain.Query("SubnetInfoRuntimeApi_get_subnets_info")!;
        object?[] allV2 = (object?[])Chain.Query("SubnetInfoRuntimeApi_get_subnets_info_v2")!;

        Assert.Equal([(ushort)0, NetUid], all.Select(i => Get(SubnetInfoTypes.SubnetInfo, i, "netuid")));
        Assert.Equal([(ushort)0, NetUid], allV2.Select(i => Get(SubnetInfoTypes.SubnetInfoV2, i, "netuid")));
        Assert.Equal([0], Chain.Call("SubnetInfoRuntimeApi_get_subnet_info", ApiChain.U16(9)));
    }

    [Fact]
    public void GetSubnetHyperparams_V1V2V3_AgreeAndReadStorage()
    {
        IStorage s = Chain.State;
        SubtensorModule m = Chain.Module;
        object? v1 = Chain.Query("SubnetInfoRuntimeApi_get_subnet_hyperparams", ApiChain.U16(NetUid));
        object? v2 = Chain.Query("SubnetInfoRuntimeApi_get_subnet_hyperparams_v2", ApiChain.U16(NetUid));
        object?[] v3 = (object?[])Chain.Query("SubnetInfoRuntimeApi_get_subnet_hyperparams_v3", ApiChain.U16(NetUid))!;
        Dictionary<string, VariantValue> named = v3.Cast<object?[]>().ToDictionary(e => System.Text.Encoding.ASCII.GetString((byte[])e[0]!), e => (VariantValue)e[1]!);

        foreach (FieldDef field in SubnetInfoTypes.SubnetHyperparams.Fields)
        {
            Assert.Equal(Get(SubnetInfoTypes.SubnetHyperparams, v1, field.Name!), Get(SubnetInfoTypes.SubnetHyperparamsV2, v2, field.Name!));
        }

        CompositeType t = SubnetInfoTypes.SubnetHyperparamsV2;
        Assert.Equal((ushort)10, Get(t, v2, "tempo"));
        Assert.Equal(m.MinBurn.Get(s, NetUid), Get(t, v2, "min_burn"));
        Assert.Equal(false, Get(t, v2, "commit_reveal_weights_enabled"));
        Assert.Equal((ulong)m.ActivityCutoff.Get(s, NetUid), Get(t, v2, "activity_cutoff"));
        Assert.Equal((ushort)3, Get(t, v2, "yuma_version"));
        Assert.Equal(true, Get(t, v2, "subnet_is_active"));
        Assert.Equal(new object?[] { 1000L << 32 }, (object?[])Get(t, v2, "alpha_sigmoid_steepness")!);

        Assert.Equal(33, v3.Length);
        AssertVariant(1, [(ushort)10], named["tempo"]);
        AssertVariant(5, [m.MaxBurn.Get(s, NetUid)], named["max_burn"]);
        AssertVariant(7, [new object?[] { m.BurnIncreaseMult.Get(s, NetUid) }], named["burn_increase_mult"]);
        AssertVariant(0, [true], named["transfers_enabled"]);
        Assert.Equal([0], Chain.Call("SubnetInfoRuntimeApi_get_subnet_hyperparams_v3", ApiChain.U16(9)));
    }

    [Fact]
    public void GetDynamicInfo_ShowsThePoolNameSymbolAndMovingPrice()
    {
        IStorage s = Chain.State;
        SubtensorModule m = Chain.Module;
        object? info = Chain.Query("SubnetInfoRuntimeApi_get_dynamic_info", ApiChain.U16(NetUid));
        CompositeType t = SubnetInfoTypes.DynamicInfo;

        Assert.Equal(Id(Charlie), Get(t, info, "owner_hotkey"));
        Assert.Equal(Id(Alice), Get(t, info, "owner_coldkey"));
        Assert.Equal("apex"u8.ToArray(), ((object?[])Get(t, info, "subnet_name")!).Select(b => (byte)b!).ToArray());
        Assert.Equal("𝜏", System.Text.Encoding.UTF8.GetString(((object?[])Get(t, info, "token_symbol")!).Select(b => (byte)b!).ToArray()));
        Assert.Equal(m.SubnetTAO.Get(s, NetUid), Get(t, info, "tao_in"));
        Assert.Equal(m.SubnetAlphaIn.Get(s, NetUid), Get(t, info, "alpha_in"));
        Assert.Equal(m.SubnetAlphaOut.Get(s, NetUid), Get(t, info, "alpha_out"));
        Assert.Equal(m.SubnetVolume.Get(s, NetUid), Get(t, info, "subnet_volume"));
        Assert.True((UInt128)Get(t, info, "subnet_volume")! > 0);
        Assert.Equal(new object?[] { (Int128)m.SubnetMovingPrice.Get(s, NetUid) }, (object?[])Get(t, info, "moving_price")!);
        ulong lastStep = m.LastMechansimStepBlock.Get(s, NetUid);
        Assert.Equal(lastStep, Get(t, info, "last_step"));
        Assert.Equal(Chain.Number - lastStep, Get(t, info, "blocks_since_last_step"));

        object?[] all = (object?[])Chain.Query("SubnetInfoRuntimeApi_get_all_dynamic_info")!;
        Assert.Equal(2, all.Length);
        Assert.Equal(info, all[1]);
    }

    [Fact]
    public void GetMetagraph_PerUidVectors_MatchStorageAndTheNeurons()
    {
        IStorage s = Chain.State;
        SubtensorModule m = Chain.Module;
        object? g = Metagraph();
        AccountId32[] hotkeys = [.. ((object?[])M(g, "hotkeys")!).Cast<AccountId32>()];

        Assert.Equal((ushort)3, M(g, "num_uids"));
        Assert.Equal(Enumerable.Range(0, 3).Select(u => m.Keys.Get(s, NetUid, (ushort)u)), hotkeys);
        Assert.Equal(hotkeys.Select(h => (object?)m.Owner.Get(s, h)), (object?[])M(g, "coldkeys")!);
        Assert.Equal(hotkeys.Select(h => (object?)m.TotalHotkeyAlpha.Get(s, h, NetUid)), (object?[])M(g, "alpha_stake")!);
        Assert.Equal((object?[])M(g, "alpha_stake")!, (object?[])M(g, "total_stake")!);
        Assert.All((object?[])M(g, "tao_stake")!, v => Assert.Equal(0UL, v));
        Assert.Equal(m.Incentive.Get(s, NetUid).Select(v => (object?)v), (object?[])M(g, "incentives")!);
        Assert.Equal(m.Emission.Get(s, NetUid).Select(v => (object?)v), (object?[])M(g, "emission")!);
        Assert.Equal(hotkeys.Select(h => (object?)new object?[] { h, m.AlphaDividendsPerSubnet.Get(s, NetUid, h) }), (object?[])M(g, "alpha_dividends_per_hotkey")!);
        Assert.Equal(new object?[3], (object?[])M(g, "identities")!);
        Assert.Equal(AxonPort, ((object?[])((object?[])M(g, "axons")!)[Uid(Dave)]!)[3]);
        Assert.Equal((ulong)Chain.Number, M(g, "block"));
        Assert.Empty((object?[])M(g, "pruning_score")!);

        object?[] all = (object?[])Chain.Query("SubnetInfoRuntimeApi_get_all_metagraphs")!;
        Assert.Equal(g, all[1]);
        Assert.Equal(g, Chain.Query("SubnetInfoRuntimeApi_get_mechagraph", ApiChain.Args(ApiChain.U16(NetUid), [0])));
        Assert.Equal([0], Chain.Call("SubnetInfoRuntimeApi_get_mechagraph", ApiChain.Args(ApiChain.U16(NetUid), [1])));
        Assert.Equal(all, (object?[])Chain.Query("SubnetInfoRuntimeApi_get_all_mechagraphs")!);
    }

    [Fact]
    public void GetSelectiveMetagraph_RequestedIndexesAreSome_MatchingTheFullMetagraph()
    {
        object?[] g = (object?[])Metagraph()!;
        CompositeType t = MetagraphTypes.SelectiveMetagraph;
        ushort[] indexes = [0, 3, 8, 52, 59, 67, 72, 73, 500];
        byte[] args = ApiChain.Args(ApiChain.U16(NetUid), ScaleValue.EncodeToArray(TypeRef.Vec(TypeRef.U16), indexes.Select(i => (object?)i).ToArray()));
        object?[] sel = (object?[])Chain.Query("SubnetInfoRuntimeApi_get_selective_metagraph", args)!;

        Assert.Equal(NetUid, sel[0]);
        AssertVariant(1, [null], sel[3]);
        Assert.Equal(g[8], sel[8]);
        Assert.Equal(g[52], sel[52]);
        Assert.Equal(g[59], sel[59]);
        Assert.Equal(g[67], sel[67]);
        object?[] validators = (object?[])sel[72]!;
        Assert.Equal(Uid(Eve), validators[^1]);
        Assert.Empty((object?[])sel[73]!);
        for (int i = 1; i < sel.Length; i++)
        {
            if (!indexes.Contains((ushort)i))
            {
                Assert.True(t.Fields[i].Name == "identity" ? sel[i] is VariantValue { Index: 0 } : sel[i] is null, $"{t.Fields[i].Name} should be None");
            }
        }

        object?[] noNetuid = (object?[])Chain.Query("SubnetInfoRuntimeApi_get_selective_metagraph", ApiChain.Args(ApiChain.U16(NetUid), [4, 8, 0]))!;
        Assert.Equal((ushort)0, noNetuid[0]);
        Assert.Equal(g[8], noNetuid[8]);

        byte[] mechArgs = ApiChain.Args(ApiChain.U16(NetUid), [0], ScaleValue.EncodeToArray(TypeRef.Vec(TypeRef.U16), new object?[] { (ushort)62 }));
        object?[] mech = (object?[])Chain.Query("SubnetInfoRuntimeApi_get_selective_mechagraph", mechArgs)!;
        Assert.Equal(NetUid, mech[0]);
        Assert.Equal(g[62], mech[62]);
        Assert.Equal([0], Chain.Call("SubnetInfoRuntimeApi_get_selective_metagraph", ApiChain.Args(ApiChain.U16(9), [0])));
    }

    [Fact]
    public void GetSubnetState_MatchesTheMetagraph_WithAZeroEmissionHistoryPerSubnet()
    {
        object? g = Metagraph();
        object? state = Chain.Query("SubnetInfoRuntimeApi_get_subnet_state", ApiChain.U16(NetUid));
        CompositeType t = SubnetInfoTypes.SubnetState;

        foreach (string name in new[] { "hotkeys", "coldkeys", "active", "validator_permit", "last_update", "emission", "dividends", "incentives", "consensus", "block_at_registration", "alpha_stake", "tao_stake", "total_stake" })
        {
            Assert.Equal(M(g, name), Get(t, state, name));
        }

        object?[] history = (object?[])Get(t, state, "emission_history")!;
        Assert.Equal(2, history.Length);
        Assert.All(history, row => Assert.Equal(new object?[] { 0UL, 0UL, 0UL }, (object?[])row!));
    }

    [Fact]
    public void SmallLookups_FollowUpstream()
    {
        byte[] account = (byte[])ApiChain.Decode(TypeRef.Array(32, TypeRef.U8), Chain.Call("SubnetInfoRuntimeApi_get_subnet_account_id", ApiChain.U16(NetUid)).AsSpan(1).ToArray())!;
        Assert.Equal("modlsubtensr"u8.ToArray().Concat(new byte[] { 1, 0 }).Concat(new byte[18]), account);
        Assert.Equal([0], Chain.Call("SubnetInfoRuntimeApi_get_subnet_account_id", ApiChain.U16(9)));

        ulong lastEpoch = Chain.Module.LastEpochBlock.Get(Chain.State, NetUid);
        Assert.Equal(lastEpoch + 10, Chain.Query("SubnetInfoRuntimeApi_get_next_epoch_start_block", ApiChain.U16(NetUid)));

        // Subnet 1 is inside NetworkImmunityPeriod, so nothing can be pruned.
        Assert.Equal([0], Chain.Call("SubnetInfoRuntimeApi_get_subnet_to_prune"));
        Assert.Equal([0], Chain.Call("SubnetInfoRuntimeApi_get_coldkey_auto_stake_hotkey", ApiChain.Args(Id(Bob).ToArray(), ApiChain.U16(NetUid))));
    }
}
