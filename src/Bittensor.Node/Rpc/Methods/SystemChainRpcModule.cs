using Bittensor.Node.Chain;
using Bittensor.Node.Rpc.Json;

namespace Bittensor.Node.Rpc.Methods;

/// <summary>
/// The <c>system_*</c> methods that read the chain (sc-rpc <c>system/mod.rs</c>) and the <c>chainSpec_v1_*</c> methods of
/// the new JSON-RPC spec: this node is its own only source of blocks, so its sync state is always "at the best block".
/// </summary>
internal sealed class SystemChainRpcModule(IBlockchain chain, Hosting.NodeInfo info) : IRpcModule
{
    public void Register(RpcMethodTable methods)
    {
        ArgumentNullException.ThrowIfNull(methods);
        methods.Add("system_syncState", _ => SyncState(), ChainJsonContext.Default.SystemSyncState);
        methods.Add("system_reservedPeers", _ => Array.Empty<string>(), RpcJsonContext.Default.StringArray);
        methods.Add("chainSpec_v1_chainName", _ => info.ChainName, RpcJsonContext.Default.String);
        methods.Add("chainSpec_v1_genesisHash", _ => chain.GenesisHash.ToString(), RpcJsonContext.Default.String);
        methods.Add("chainSpec_v1_properties", _ => info.Properties, RpcJsonContext.Default.SystemProperties);
    }

    /// <summary>sc-rpc <c>sync_state</c>: starting block (genesis here), current best, highest known (the best too).</summary>
    private SystemSyncState SyncState()
    {
        uint best = chain.Best.Number;
        return new SystemSyncState(0, best, best);
    }
}
