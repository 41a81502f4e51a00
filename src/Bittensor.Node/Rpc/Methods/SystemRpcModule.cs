using Bittensor.Node.Hosting;
using Bittensor.Node.Rpc.Json;

namespace Bittensor.Node.Rpc.Methods;

/// <summary>
/// The <c>system_*</c> methods that need no chain state (sc-rpc <c>system/mod.rs</c>). The node is a single authority
/// without networking: no peers, never syncing, no listen addresses.
/// </summary>
internal sealed class SystemRpcModule(NodeInfo info) : IRpcModule
{
    private static readonly SystemHealth Health = new(Peers: 0, IsSyncing: false, ShouldHavePeers: false);

    public void Register(RpcMethodTable methods)
    {
        ArgumentNullException.ThrowIfNull(methods);
        RpcJsonContext json = RpcJsonContext.Default;
        methods.Add("system_name", _ => info.ImplementationName, json.String);
        methods.Add("system_version", _ => info.ImplementationVersion, json.String);
        methods.Add("system_chain", _ => info.ChainName, json.String);
        methods.Add("system_chainType", _ => info.ChainType, json.String);
        methods.Add("system_properties", _ => info.Properties, json.SystemProperties);
        methods.Add("system_health", _ => Health, json.SystemHealth);
        methods.Add("system_peers", _ => Array.Empty<SystemPeerInfo>(), json.SystemPeerInfoArray);
        methods.Add("system_localPeerId", _ => info.PeerId, json.String);
        methods.Add("system_nodeRoles", _ => info.Roles.ToArray(), json.StringArray);
        methods.Add("system_localListenAddresses", _ => Array.Empty<string>(), json.StringArray);
    }
}
