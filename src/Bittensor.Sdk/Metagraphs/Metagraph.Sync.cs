using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain;
using Bittensor.Sdk.Chain.Types;

namespace Bittensor.Sdk.Metagraphs;

public sealed partial class Metagraph
{
    /// <summary>
    /// Reads a subnet's metagraph at <paramref name="block"/> (the current block when null), as upstream's
    /// <c>Metagraph.sync(block, lite)</c>: NeuronInfoRuntimeApi.get_neurons_lite (lite) or get_neurons (full, adding
    /// weights and bonds; root weights are mapped onto the subnet columns), SubnetInfoRuntimeApi.get_subnet_state for
    /// the stakes, get_selective_mechagraph (or get_metagraph on older runtimes) for the subnet-level fields, and the
    /// mechanism count and emission split. Unlike upstream, the independent reads go out together on the one socket,
    /// and get_subnet_state is only asked for when the metagraph info lacks the stake columns (older runtimes): on
    /// runtimes with the selective call it carries the same alpha, tao and total stakes, and skipping the second copy
    /// saves the largest answer of the sync.
    /// </summary>
    public static async Task<Metagraph> SyncAsync(SubtensorClient client, ushort netuid, bool lite = true, uint? block = null, byte mechid = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        uint at = block ?? await client.GetCurrentBlockAsync(cancellationToken).ConfigureAwait(false);
        H256 hash = await client.GetBlockHashAsync(at, cancellationToken).ConfigureAwait(false);

        Task<IReadOnlyList<NeuronInfoLite>> liteNeurons = lite ? client.GetNeuronsLiteAsync(netuid, hash, cancellationToken) : Task.FromResult<IReadOnlyList<NeuronInfoLite>>([]);
        Task<IReadOnlyList<NeuronInfo>?> fullNeurons = lite ? Task.FromResult<IReadOnlyList<NeuronInfo>?>(null) : FullAsync();
        Task<MetagraphInfo?> info = client.GetMetagraphInfoAsync(netuid, mechid, null, hash, cancellationToken);
        Task<int> mechanisms = client.GetMechanismCountAsync(netuid, hash, cancellationToken);
        Task<IReadOnlyList<int>?> split = client.GetMechanismEmissionSplitAsync(netuid, hash, cancellationToken);
        bool rootWeights = !lite && netuid == 0;
        Task<ushort> subnetCount = rootWeights ? client.GetTotalSubnetsAsync(hash, cancellationToken) : Task.FromResult((ushort)0);
        Task<IReadOnlyList<ushort>> subnets = rootWeights ? client.GetAllSubnetNetuidsAsync(hash, cancellationToken) : Task.FromResult<IReadOnlyList<ushort>>([]);
        await Task.WhenAll(liteNeurons, fullNeurons, info, mechanisms, split, subnetCount, subnets).ConfigureAwait(false);
        MetagraphInfo? infoValue = await info.ConfigureAwait(false);
        SubnetState? state = infoValue is { AlphaStake: not null, TaoStake: not null, TotalStake: not null } ? null
            : await client.GetSubnetStateAsync(netuid, hash, cancellationToken).ConfigureAwait(false);

        return FromChain(new MetagraphChainData
        {
            Network = NetworkName(client.Rpc.Endpoint),
            Netuid = netuid,
            Mechid = mechid,
            Block = at,
            Neurons = await liteNeurons.ConfigureAwait(false),
            FullNeurons = await fullNeurons.ConfigureAwait(false),
            State = state,
            Info = infoValue,
            MechanismCount = await mechanisms.ConfigureAwait(false),
            EmissionsSplit = await split.ConfigureAwait(false),
            RootSubnets = rootWeights ? await subnets.ConfigureAwait(false) : null,
            RootSubnetCount = await subnetCount.ConfigureAwait(false),
        });

        async Task<IReadOnlyList<NeuronInfo>?> FullAsync() => await client.GetNeuronsAsync(netuid, hash, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The network name upstream's <c>determine_chain_endpoint_and_network</c> gives an endpoint: finney, test or
    /// archive for their entrypoints, local for 127.0.0.1/localhost, otherwise unknown. It names the save folder.
    /// </summary>
    public static string NetworkName(Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        string host = endpoint.Host;
        return host switch
        {
            "entrypoint-finney.opentensor.ai" => "finney",
            "test.finney.opentensor.ai" => "test",
            "archive.chain.opentensor.ai" => "archive",
            "127.0.0.1" or "localhost" => "local",
            _ => "unknown",
        };
    }
}
