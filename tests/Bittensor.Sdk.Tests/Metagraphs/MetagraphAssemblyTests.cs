using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain.Types;
using Bittensor.Sdk.Metagraphs;

namespace Bittensor.Sdk.Tests.Metagraphs;

/// <summary>How <see cref="Metagraph.FromChain"/> converts runtime-API values, as upstream's metagraph does.</summary>
public sealed class MetagraphAssemblyTests
{
    [Theory]
    [InlineData(0, 0f)]
    [InlineData(65535, 1f)]
    [InlineData(32767, 0.49999237f)]
    [InlineData(1, 1.5259022e-05f)]
    public void FromChain_U16Scores_AreDividedBy65535AsFloat32(ushort raw, float expected)
    {
        Metagraph m = Metagraph.FromChain(Data(1, [Neuron(0) with { Incentive = raw, Consensus = raw, Dividends = raw, ValidatorTrust = raw, Rank = raw, Trust = raw }]));

        Assert.Equal(expected, m.Incentive[0]);
        Assert.Equal(expected, m.Consensus[0]);
        Assert.Equal(expected, m.Dividends[0]);
        Assert.Equal(expected, m.ValidatorTrust[0]);
        Assert.Equal(expected, m.Ranks[0]);
        Assert.Equal(expected, m.Trust[0]);
    }

    [Fact]
    public void FromChain_StakesAndEmission_AreTaoWithRootWeighted()
    {
        SubnetState state = new() { Netuid = 5, AlphaStake = [3_000_000_000], TaoStake = [10_000_000_000], TotalStake = [4_800_000_000] };

        Metagraph m = Metagraph.FromChain(Data(5, [Neuron(0) with { Emission = 1_500_000_000 }]) with { State = state });

        Assert.Equal(3f, m.AlphaStake[0]);
        Assert.Equal(1.8f, m.TaoStake[0]);
        Assert.Equal(4.8f, m.Stake[0]);
        Assert.Equal(1.5f, m.Emission[0]);
    }

    [Fact]
    public void FromChain_RootSubnet_AllStakeColumnsAreTaoAndWeightsMapOntoSubnets()
    {
        SubnetState state = new() { Netuid = 0, AlphaStake = [1, 1], TaoStake = [2_000_000_000, 0], TotalStake = [7, 7] };
        NeuronInfo[] full =
        [
            new() { Neuron = Neuron(0), Weights = [(5, 100), (1, 300), (7, 50)] },
            new() { Neuron = Neuron(1), Weights = [] },
        ];

        Metagraph m = Metagraph.FromChain(Data(0, []) with { FullNeurons = full, State = state, RootSubnets = [0, 1, 5], RootSubnetCount = 3 });

        Assert.Equal([2f, 0f], m.Stake.ToArray());
        Assert.Equal([2f, 0f], m.AlphaStake.ToArray());
        Assert.Equal([2f, 0f], m.TaoStake.ToArray());
        Assert.Equal((2, 3), (m.Weights!.Rows, m.Weights.Columns));

        // Subnet 7 no longer exists: upstream skips it, so the row sums to 1 over the live subnets.
        Assert.Equal([0f, 300f / 400f, 100f / 400f], m.Weights.Row(0).ToArray());
        Assert.Equal([0f, 0f, 0f], m.Weights.Row(1).ToArray());
        Assert.Null(m.Bonds);
    }

    [Fact]
    public void FromChain_NeuronsOutOfOrder_IsRefused()
    {
        FormatException e = Assert.Throws<FormatException>(() => Metagraph.FromChain(Data(1, [Neuron(1)])));

        Assert.Contains("neuron record 0 has uid 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromChain_StateOfAnotherSize_IsRefused()
    {
        SubnetState state = new() { Netuid = 1, AlphaStake = [1], TaoStake = [1], TotalStake = [1] };

        FormatException e = Assert.Throws<FormatException>(() => Metagraph.FromChain(Data(1, [Neuron(0), Neuron(1)]) with { State = state }));

        Assert.Contains("subnet state has 1 stakes for 2 neurons", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indexer_UidBeyondN_Throws()
    {
        Metagraph m = Metagraph.FromChain(Data(1, [Neuron(0)]));

        Assert.Equal(0, m[0].Uid);
        Assert.Throws<ArgumentOutOfRangeException>(() => m[1]);
        Assert.True(m[0].Weights.IsEmpty);
    }

    [Theory]
    [InlineData("wss://entrypoint-finney.opentensor.ai:443", "finney")]
    [InlineData("wss://test.finney.opentensor.ai:443", "test")]
    [InlineData("wss://archive.chain.opentensor.ai:443", "archive")]
    [InlineData("ws://127.0.0.1:9944", "local")]
    [InlineData("ws://localhost:9945", "local")]
    [InlineData("wss://lite.example.org", "unknown")]
    public void NetworkName_Endpoint_IsUpstreamsName(string endpoint, string expected) =>
        Assert.Equal(expected, Metagraph.NetworkName(new Uri(endpoint)));

    private static MetagraphChainData Data(ushort netuid, NeuronInfoLite[] neurons) =>
        new() { Network = "local", Netuid = netuid, Block = 10, Neurons = neurons };

    private static NeuronInfoLite Neuron(ushort uid)
    {
        byte[] key = new byte[32];
        key[0] = (byte)(uid + 1);
        return new NeuronInfoLite
        {
            Hotkey = new AccountId32(key),
            Coldkey = new AccountId32(key),
            Uid = uid,
            Netuid = 1,
            Axon = new ChainAxonInfo(0, 0, 0, 0, 4, 4),
            Prometheus = new ChainPrometheusInfo(0, 0, 0, 0, 4),
        };
    }
}
