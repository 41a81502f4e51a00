using Bittensor.Core.Primitives;
using Bittensor.Runtime.Api.Subtensor;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Pallets.Subtensor;
using static Bittensor.Runtime.Tests.Api.Subtensor.ApiScenario;

namespace Bittensor.Runtime.Tests.Api.Subtensor;

public class NeuronInfoApiTests
{
    private static object? Field(object? row, string name) =>
        ((object?[])row!)[NeuronInfoTypes.NeuronInfo.Fields.ToList().FindIndex(f => f.Name == name)];

    private static object? LiteField(object? row, string name) =>
        ((object?[])row!)[NeuronInfoTypes.NeuronInfoLite.Fields.ToList().FindIndex(f => f.Name == name)];

    [Fact]
    public void GetNeuronsLite_AfterEpochs_MatchesStorageForEveryUid()
    {
        ApiChain chain = Chain;
        IStorage s = chain.State;
        SubtensorModule m = chain.Module;
        object?[] neurons = (object?[])chain.Query("NeuronInfoRuntimeApi_get_neurons_lite", ApiChain.U16(NetUid))!;

        Assert.Equal(m.SubnetworkN.Get(s, NetUid), neurons.Length);
        Assert.Equal(3, neurons.Length);
        for (ushort uid = 0; uid < neurons.Length; uid++)
        {
            object? n = neurons[uid];
            AccountId32 hotkey = m.Keys.Get(s, NetUid, uid);
            Assert.Equal(hotkey, LiteField(n, "hotkey"));
            Assert.Equal(m.Owner.Get(s, hotkey), LiteField(n, "coldkey"));
            Assert.Equal(uid, LiteField(n, "uid"));
            Assert.Equal(NetUid, LiteField(n, "netuid"));
            Assert.Equal(m.Emission.Get(s, NetUid)[uid], LiteField(n, "emission"));
            Assert.Equal(m.Incentive.Get(s, NetUid)[uid], LiteField(n, "incentive"));
            Assert.Equal(m.Dividends.Get(s, NetUid)[uid], LiteField(n, "dividends"));
            Assert.Equal(m.LastUpdate.Get(s, NetUid)[uid], LiteField(n, "last_update"));
            Assert.Equal(m.ValidatorPermit.Get(s, NetUid)[uid], LiteField(n, "validator_permit"));
            object?[] stake = (object?[])((object?[])LiteField(n, "stake")!)[0]!;
            Assert.Equal(m.Owner.Get(s, hotkey), stake[0]);
            Assert.Equal(m.TotalHotkeyAlpha.Get(s, hotkey, NetUid), stake[1]);
            Assert.Equal((ushort)0, LiteField(n, "rank"));
            Assert.Equal(ushort.MaxValue, LiteField(n, "pruning_score"));
            Assert.Equal(new object?[] { 0UL, 0U, UInt128.Zero, (ushort)0, (byte)0 }, (object?[])LiteField(n, "prometheus_info")!);
        }
    }

    [Fact]
    public void GetNeuronsLite_WeightedMiner_HasIncentiveEmissionAndItsAxon()
    {
        object?[] neurons = (object?[])Chain.Query("NeuronInfoRuntimeApi_get_neurons_lite", ApiChain.U16(NetUid))!;
        object? dave = neurons[Uid(Dave)];

        Assert.Equal(Id(Bob), LiteField(dave, "coldkey"));
        Assert.True((ushort)LiteField(dave, "incentive")! > 0);
        Assert.True((ulong)LiteField(dave, "emission")! > 0);
        object?[] axon = (object?[])LiteField(dave, "axon_info")!;
        Assert.Equal(7U, axon[1]);
        Assert.Equal((UInt128)AxonIp, axon[2]);
        Assert.Equal(AxonPort, axon[3]);
        Assert.Equal((byte)4, axon[4]);
        Assert.True((ulong)axon[0]! > 0);
    }

    [Fact]
    public void GetNeuron_Owner_CarriesItsNonZeroWeights()
    {
        ushort owner = Uid(Charlie);
        object? neuron = Chain.Query("NeuronInfoRuntimeApi_get_neuron", ApiChain.Args(ApiChain.U16(NetUid), ApiChain.U16(owner)));

        Assert.Equal(Id(Charlie), Field(neuron, "hotkey"));
        object?[] weights = (object?[])Field(neuron, "weights")!;
        Assert.Equal([Uid(Dave), ushort.MaxValue], (object?[])Assert.Single(weights)!);
    }

    [Fact]
    public void GetNeurons_FullAndLite_AgreeOnTheSharedFields()
    {
        object?[] full = (object?[])Chain.Query("NeuronInfoRuntimeApi_get_neurons", ApiChain.U16(NetUid))!;
        object?[] lite = (object?[])Chain.Query("NeuronInfoRuntimeApi_get_neurons_lite", ApiChain.U16(NetUid))!;

        Assert.Equal(lite.Length, full.Length);
        foreach (string name in NeuronInfoTypes.NeuronInfoLite.Fields.Select(f => f.Name!))
        {
            for (int i = 0; i < lite.Length; i++)
            {
                Assert.Equal(LiteField(lite[i], name), Field(full[i], name));
            }
        }
    }

    [Fact]
    public void GetNeuron_MissingUidOrSubnet_IsNoneAndEmpty()
    {
        Assert.Equal([0], Chain.Call("NeuronInfoRuntimeApi_get_neuron", ApiChain.Args(ApiChain.U16(NetUid), ApiChain.U16(99))));
        Assert.Equal([0], Chain.Call("NeuronInfoRuntimeApi_get_neuron_lite", ApiChain.Args(ApiChain.U16(7), ApiChain.U16(0))));
        Assert.Equal([0], Chain.Call("NeuronInfoRuntimeApi_get_neurons_lite", ApiChain.U16(7)));
        Assert.Equal([0], Chain.Call("NeuronInfoRuntimeApi_get_neurons", ApiChain.U16(7)));
    }

    [Fact]
    public void GetNeuronsLite_TruncatedArgument_IsANamedError()
    {
        var ex = Assert.Throws<Bittensor.Runtime.Api.RuntimeApiException>(() => Chain.Call("NeuronInfoRuntimeApi_get_neurons_lite", [1]));
        Assert.Contains("NeuronInfoRuntimeApi_get_neurons_lite", ex.Message, StringComparison.Ordinal);
    }
}
