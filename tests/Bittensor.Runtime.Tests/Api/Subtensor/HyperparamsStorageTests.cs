using Bittensor.Runtime.Api.Subtensor;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Types;
using Bittensor.Runtime.Pallets.AdminUtils;
using Bittensor.Runtime.Pallets.Subtensor;
using static Bittensor.Runtime.Tests.Api.Subtensor.ApiScenario;

namespace Bittensor.Runtime.Tests.Api.Subtensor;

/// <summary>
/// The hyperparameter APIs read the storage the AdminUtils setters write (upstream <c>rpc_info/subnet_info.rs</c> reads each
/// item through its <c>get_*</c> helper): every value set through sudo on a real chain comes back from v1, v2, v3 and the
/// metagraph, and a fresh subnet reports the upstream defaults.
/// </summary>
public class HyperparamsStorageTests
{
    private static readonly (string Field, object Default, object Set)[] Expected =
    [
        ("rho", (ushort)10, (ushort)17),
        ("difficulty", 10_000_000UL, 20_000_000UL),
        ("min_difficulty", 10_000_000UL, 1_234UL),
        ("max_difficulty", ulong.MaxValue / 4, 5_000_000_000UL),
        ("adjustment_interval", (ushort)100, (ushort)77),
        ("adjustment_alpha", 0UL, 999UL),
        ("target_regs_per_interval", (ushort)2, (ushort)5),
        ("max_regs_per_block", (ushort)1, (ushort)4),
        ("commit_reveal_period", 1UL, 3UL),
        ("liquid_alpha_enabled", false, true),
        ("alpha_low", (ushort)45_875, (ushort)2_000),
        ("alpha_high", (ushort)58_982, (ushort)60_000),
        ("transfers_enabled", true, false),
        ("bonds_reset_enabled", false, true),
    ];

    private static readonly Lazy<(object? Defaults, ApiChain Chain)> s_chains = new(Build);

    private static (object? Defaults, ApiChain Chain) Build()
    {
        var chain = new ApiChain();
        SubtensorModule m = chain.Module;
        chain.Block((Alice, m.RegisterNetwork.Create(Id(Charlie))), (Alice, m.StartCall.Create(NetUid)));
        object? defaults = chain.Query("SubnetInfoRuntimeApi_get_subnet_hyperparams_v2", ApiChain.U16(NetUid));

        AdminUtilsPallet a = chain.Runtime.AdminUtils;
        RuntimeCall Sudo(RuntimeCall call) => chain.Runtime.Runtime.Sudo.Sudo.Create(call);
        chain.Block(
            (Alice, Sudo(a.SudoSetAdminFreezeWindow.Create((ushort)0))),
            (Alice, Sudo(a.SudoSetRho.Create(NetUid, (ushort)17))),
            (Alice, Sudo(a.SudoSetDifficulty.Create(NetUid, 20_000_000UL))),
            (Alice, Sudo(a.SudoSetMinDifficulty.Create(NetUid, 1_234UL))),
            (Alice, Sudo(a.SudoSetMaxDifficulty.Create(NetUid, 5_000_000_000UL))),
            (Alice, Sudo(a.SudoSetAdjustmentInterval.Create(NetUid, (ushort)77))),
            (Alice, Sudo(a.SudoSetAdjustmentAlpha.Create(NetUid, 999UL))),
            (Alice, Sudo(a.SudoSetTargetRegistrationsPerInterval.Create(NetUid, (ushort)5))),
            (Alice, Sudo(a.SudoSetMaxRegistrationsPerBlock.Create(NetUid, (ushort)4))),
            (Alice, Sudo(a.SudoSetCommitRevealWeightsInterval.Create(NetUid, 3UL))),
            (Alice, Sudo(a.SudoSetLiquidAlphaEnabled.Create(NetUid, true))),
            (Alice, Sudo(a.SudoSetToggleTransfer.Create(NetUid, false))),
            (Alice, Sudo(a.SudoSetBondsResetEnabled.Create(NetUid, true))),
            (Alice, Sudo(a.SudoSetAlphaSigmoidSteepness.Create(NetUid, (short)-250))));

        // Alpha values need liquid alpha on first (do_set_alpha_values).
        chain.Block((Alice, Sudo(a.SudoSetAlphaValues.Create(NetUid, (ushort)2_000, (ushort)60_000))));
        return (defaults, chain);
    }

    private static object? Field(CompositeType type, object? row, string name)
    {
        int index = type.Fields.ToList().FindIndex(f => f.Name == name);
        Assert.True(index >= 0, $"{type} has no field {name}");
        return ((object?[])row!)[index];
    }

    [Fact]
    public void GetSubnetHyperparamsV2_FreshSubnet_ReportsUpstreamDefaults()
    {
        object? defaults = s_chains.Value.Defaults;
        foreach ((string field, object expected, _) in Expected)
        {
            Assert.True(Equals(expected, Field(SubnetInfoTypes.SubnetHyperparamsV2, defaults, field)), $"default {field}");
        }
    }

    [Fact]
    public void GetSubnetHyperparams_V1V2_AfterSudoSet_ReadTheNewValues()
    {
        ApiChain chain = s_chains.Value.Chain;
        object? v1 = chain.Query("SubnetInfoRuntimeApi_get_subnet_hyperparams", ApiChain.U16(NetUid));
        object? v2 = chain.Query("SubnetInfoRuntimeApi_get_subnet_hyperparams_v2", ApiChain.U16(NetUid));
        string[] v1Fields = [.. SubnetInfoTypes.SubnetHyperparams.Fields.Select(f => f.Name!)];
        foreach ((string field, _, object set) in Expected)
        {
            Assert.True(Equals(set, Field(SubnetInfoTypes.SubnetHyperparamsV2, v2, field)), $"v2 {field}");
            if (v1Fields.Contains(field))
            {
                Assert.True(Equals(set, Field(SubnetInfoTypes.SubnetHyperparams, v1, field)), $"v1 {field}");
            }
        }
    }

    [Fact]
    public void GetSubnetHyperparamsV3_AfterSudoSet_ReadsTheNewValues()
    {
        ApiChain chain = s_chains.Value.Chain;
        object?[] v3 = (object?[])chain.Query("SubnetInfoRuntimeApi_get_subnet_hyperparams_v3", ApiChain.U16(NetUid))!;
        Dictionary<string, VariantValue> named = v3.Cast<object?[]>().ToDictionary(e => System.Text.Encoding.ASCII.GetString((byte[])e[0]!), e => (VariantValue)e[1]!);
        foreach ((string field, _, object set) in Expected.Where(e => named.ContainsKey(e.Field)))
        {
            Assert.True(Equals(set, named[field].Fields[0]), $"v3 {field}");
        }

        Assert.Equal(8, Expected.Count(e => named.ContainsKey(e.Field)));
    }

    [Fact]
    public void GetMetagraph_AfterSudoSet_ReadsTheNewValues()
    {
        ApiChain chain = s_chains.Value.Chain;
        object? metagraph = chain.Query("SubnetInfoRuntimeApi_get_metagraph", ApiChain.U16(NetUid));
        string[] fields = [.. MetagraphTypes.Metagraph.Fields.Select(f => f.Name!)];
        foreach ((string field, _, object set) in Expected.Where(e => fields.Contains(e.Field)))
        {
            Assert.True(Equals(set, Field(MetagraphTypes.Metagraph, metagraph, field)), $"metagraph {field}");
        }

        object? info = chain.Query("SubnetInfoRuntimeApi_get_subnet_info_v2", ApiChain.U16(NetUid));
        Assert.Equal((ushort)17, Field(SubnetInfoTypes.SubnetInfoV2, info, "rho"));
        Assert.Equal(20_000_000UL, Field(SubnetInfoTypes.SubnetInfoV2, info, "difficulty"));
    }

    [Fact]
    public void AlphaSigmoidSteepness_RootSetsNegative_V2AndV3ReadItAsI32F32()
    {
        (object? defaults, ApiChain chain) = s_chains.Value;
        Assert.Equal([1_000L << 32], (object?[])Field(SubnetInfoTypes.SubnetHyperparamsV2, defaults, "alpha_sigmoid_steepness")!);

        object? v2 = chain.Query("SubnetInfoRuntimeApi_get_subnet_hyperparams_v2", ApiChain.U16(NetUid));
        Assert.Equal([-250L << 32], (object?[])Field(SubnetInfoTypes.SubnetHyperparamsV2, v2, "alpha_sigmoid_steepness")!);
        Assert.Equal((short)-250, chain.Module.AlphaSigmoidSteepness.Get(chain.State, NetUid));
    }
}
