using Bittensor.Sdk.Chain.Types;

namespace Bittensor.Sdk.Metagraphs;

/// <summary>
/// The runtime-API answers a metagraph is assembled from (one block): what <see cref="Metagraph.SyncAsync"/> reads,
/// or a caller that fetched them itself hands to <see cref="Metagraph.FromChain"/>.
/// </summary>
public sealed record MetagraphChainData
{
    public required string Network { get; init; }

    public required ushort Netuid { get; init; }

    public byte Mechid { get; init; }

    public required ulong Block { get; init; }

    /// <summary>NeuronInfoRuntimeApi.get_neurons_lite (lite sync); ignored when <see cref="FullNeurons"/> is set.</summary>
    public IReadOnlyList<NeuronInfoLite> Neurons { get; init; } = [];

    /// <summary>NeuronInfoRuntimeApi.get_neurons (full sync): also gives the weights and bonds.</summary>
    public IReadOnlyList<NeuronInfo>? FullNeurons { get; init; }

    /// <summary>SubnetInfoRuntimeApi.get_subnet_state: the stakes (when null, <see cref="Info"/>'s stake columns).</summary>
    public SubnetState? State { get; init; }

    /// <summary>The selective mechagraph / metagraph: the subnet-level extras.</summary>
    public MetagraphInfo? Info { get; init; }

    public int MechanismCount { get; init; } = 1;

    public IReadOnlyList<int>? EmissionsSplit { get; init; }

    /// <summary>Root (netuid 0) full sync: the netuids whose columns the root weight matrix has, and their count.</summary>
    public IReadOnlyList<ushort>? RootSubnets { get; init; }

    public int RootSubnetCount { get; init; }
}
