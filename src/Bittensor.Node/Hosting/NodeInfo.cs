using Bittensor.Node.Rpc.Methods;

namespace Bittensor.Node.Hosting;

/// <summary>
/// Facts about this node that the <c>system_*</c> methods report. The chain values are those of subtensor's
/// <c>dev</c> and <c>local</c> chain specs (node/src/chain_spec/localnet.rs: name "Bittensor", type Development,
/// properties TAO/9/42); the implementation name is node/src/command.rs's <c>impl_name</c>.
/// </summary>
internal sealed record NodeInfo(
    string ImplementationName,
    string ImplementationVersion,
    string ChainId,
    string ChainName,
    string ChainType,
    SystemProperties Properties,
    string NodeName,
    string PeerId,
    IReadOnlyList<string> Roles);
