using Bittensor.Runtime.Api;
using Bittensor.Runtime.Executive;
using Bittensor.Runtime.Genesis;
using Bittensor.Runtime.Pallets.AdminUtils;
using Bittensor.Runtime.Pallets.Subtensor;

namespace Bittensor.Runtime;

/// <summary>
/// The runtime a node runs (subtensor's <c>construct_runtime!</c> plus <c>impl_runtime_apis!</c>): the core pallets,
/// SubtensorModule and the admin pallets, the genesis builder and the exported runtime API functions. Immutable; every
/// piece of chain state lives in the stores passed to it.
/// </summary>
public sealed class NodeRuntime
{
    private NodeRuntime(SubnetDefaults subnetDefaults)
    {
        SubtensorModule? subtensor = null;
        AdminUtilsPallet? adminUtils = null;
        Runtime = new SubtensorRuntime(core =>
        {
            subtensor = new SubtensorModule(core.System, core.Balances, subnetDefaults);
            adminUtils = new AdminUtilsPallet(subtensor);
            return [subtensor, adminUtils];
        });
        Subtensor = subtensor!;
        AdminUtils = adminUtils!;
        Apis = new RuntimeApiHost([.. StandardRuntimeApis.Create(this), .. SubtensorRuntimeApis.Create(this)]);
    }

    public SubtensorRuntime Runtime { get; }

    public SubtensorModule Subtensor { get; }

    /// <summary>The hyperparameter setters (pallet index 19).</summary>
    public AdminUtilsPallet AdminUtils { get; }

    /// <summary>The functions <c>state_call</c> reaches.</summary>
    public RuntimeApiHost Apis { get; }

    /// <summary>The runtime with upstream's subnet defaults (what finney runs).</summary>
    public static NodeRuntime Create() => new(SubnetDefaults.Upstream);

    /// <summary>The runtime with the local-network subnet defaults (tempo 10, commit-reveal off, no rate limits).</summary>
    public static NodeRuntime CreateDev() => new(SubnetDefaults.Dev);

    /// <summary>The genesis block: the generic pallets from <paramref name="config"/>, then SubtensorModule's genesis (root subnet …).</summary>
    public GenesisBlock BuildGenesis(GenesisConfig config, bool dev) =>
        GenesisBuilder.Build(Runtime, config, context => Subtensor.BuildGenesis(context, dev));
}
