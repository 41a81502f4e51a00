using Bittensor.Core.Primitives;
using Bittensor.Core.Scale;
using Bittensor.Core.Storage;
using Bittensor.Runtime.Api;

namespace Bittensor.Node.Rpc.Methods;

/// <content>The runtime-backed methods: <c>state_getRuntimeVersion</c>, <c>state_getMetadata</c>, <c>state_call</c>.</content>
internal sealed partial class StateRpcModule
{
    /// <summary>The runtime API <c>state_getMetadata</c> runs (sp_api <c>Metadata::metadata</c>, V14).</summary>
    public const string MetadataApiMethod = "Metadata_metadata";

    /// <summary>The version of the runtime at the block; an unknown block is 4003 as on finney.</summary>
    private RuntimeVersionJson GetRuntimeVersion(RpcParams p)
    {
        chain.RuntimeStateAt(p.GetOptionalHash(0, "hash"), out _);
        return RuntimeVersionJson.From(chain.Runtime.Runtime.Version);
    }

    /// <summary>
    /// <c>Metadata_metadata</c>'s <c>OpaqueMetadata</c> is a SCALE <c>Vec&lt;u8&gt;</c>; the RPC returns the bytes inside
    /// (starting with the "meta" magic), as sc-rpc's <c>metadata()</c> does.
    /// </summary>
    private byte[] GetMetadata(RpcParams p)
    {
        byte[] opaque = CallRuntime(MetadataApiMethod, [], p.GetOptionalHash(0, "hash"));
        try
        {
            var reader = new ScaleReader(opaque);
            byte[] inner = reader.ReadByteVec();
            reader.EnsureConsumed();
            return inner;
        }
        catch (FormatException ex)
        {
            throw RpcErrors.StateClientError($"Execution failed: Other: {MetadataApiMethod} returned undecodable OpaqueMetadata: {ex.Message}").ToException();
        }
    }

    /// <summary><c>state_call(name, data, hash?)</c>: the SCALE output of a runtime API function at the block.</summary>
    private byte[] Call(RpcParams p)
    {
        string method = p.GetString(0, "name");
        byte[] data = p.GetBytes(1, "bytes");
        return CallRuntime(method, data, p.GetOptionalHash(2, "hash"));
    }

    /// <summary>
    /// Runs a runtime API function. Failures are sc-rpc's <c>client_err</c> of the executor error: 4003
    /// "Client error: Execution failed: Other: …", e.g. "…Exported method X is not found", which the Python SDK matches.
    /// </summary>
    private byte[] CallRuntime(string method, byte[] data, H256? hash)
    {
        IReadOnlyKeyValueStore state = chain.RuntimeStateAt(hash, out H256 resolved);
        try
        {
            return chain.Runtime.Apis.Call(new RuntimeApiCall(chain.Runtime, state, resolved), method, data);
        }
        catch (RuntimeApiException ex)
        {
            throw RpcErrors.StateClientError($"Execution failed: Other: {ex.Message}").ToException();
        }
    }
}
