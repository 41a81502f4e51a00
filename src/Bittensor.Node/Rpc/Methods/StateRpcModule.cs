using System.Text.Json.Serialization.Metadata;
using Bittensor.Core.Primitives;
using Bittensor.Core.Storage;
using Bittensor.Node.Chain;
using Bittensor.Node.Rpc.Json;
using Bittensor.Node.Rpc.Subscriptions;

namespace Bittensor.Node.Rpc.Methods;

/// <summary>
/// The <c>state_*</c> methods (sc-rpc <c>state/mod.rs</c>, <c>state_full.rs</c>): storage reads at any retained block
/// (best when no hash), key listing and paging, change sets, the runtime version, metadata and <c>state_call</c>, and the
/// storage and runtime-version subscriptions. Unknown blocks are 4003 client errors, as in Substrate.
/// </summary>
internal sealed partial class StateRpcModule(IBlockchain chain, ChainNotifications notifications) : IRpcModule
{
    /// <summary>sc-rpc's <c>STORAGE_KEYS_PAGED_MAX_COUNT</c>: the largest <c>count</c> of <c>state_getKeysPaged</c>.</summary>
    public const uint MaxKeysPagedCount = 1000;

    /// <summary>Most keys in one <c>state_queryStorage(At)</c> call or one storage subscription.</summary>
    public const int MaxKeysPerCall = 1000;

    private static readonly JsonTypeInfo<string?> OptionalString = ChainJsonContext.Default.String!;
    private static readonly JsonTypeInfo<ulong?> OptionalSize = ChainJsonContext.Default.NullableUInt64;

    public void Register(RpcMethodTable methods)
    {
        ArgumentNullException.ThrowIfNull(methods);
        ChainJsonContext json = ChainJsonContext.Default;
        methods.Add("state_getStorage", GetStorage, OptionalString, "state_getStorageAt");
        methods.Add("state_getStorageHash", GetStorageHash, OptionalString, "state_getStorageHashAt");
        methods.Add("state_getStorageSize", GetStorageSize, OptionalSize, "state_getStorageSizeAt");
        methods.Add("state_getKeys", GetKeys, json.StringArray);
        methods.Add("state_getKeysPaged", GetKeysPaged, json.StringArray, "state_getKeysPagedAt");
        methods.Add("state_queryStorage", QueryStorage, json.StorageChangeSetJsonArray);
        methods.Add("state_queryStorageAt", QueryStorageAt, json.StorageChangeSetJsonArray);
        methods.Add("state_getRuntimeVersion", GetRuntimeVersion, json.RuntimeVersionJson, "chain_getRuntimeVersion");
        methods.Add("state_getMetadata", GetMetadata, RpcJsonContext.Default.ByteArray);
        methods.Add("state_call", Call, RpcJsonContext.Default.ByteArray, "state_callAt");

        methods.AddSubscription(
            new RpcSubscriptionSpec("state_subscribeStorage", "state_unsubscribeStorage", "state_storage"),
            json.StorageChangeSetJson,
            (p, sink) => notifications.AttachStorage(sink, p.GetOptionalKeyList(0, "keys", MaxKeysPerCall)));
        methods.AddSubscription(
            new RpcSubscriptionSpec("state_subscribeRuntimeVersion", "state_unsubscribeRuntimeVersion", "state_runtimeVersion")
            {
                SubscribeAliases = ["chain_subscribeRuntimeVersion"],
                UnsubscribeAliases = ["chain_unsubscribeRuntimeVersion"],
            },
            json.RuntimeVersionJson,

            // The runtime cannot be upgraded (there is no WASM code to replace), so the version sent first is the only one:
            // sc-rpc sends the current version and then only versions that differ from it.
            (_, sink) => sink.TryPublish(RuntimeVersionJson.From(chain.Runtime.Runtime.Version)));
    }

    private string? GetStorage(RpcParams p)
    {
        byte[] key = p.GetBytes(0, "key");
        IReadOnlyKeyValueStore state = chain.StateAt(p.GetOptionalHash(1, "hash"), out _);
        return state.Get(key) is { } value ? Hex.Encode(value) : null;
    }

    private string? GetStorageHash(RpcParams p)
    {
        byte[] key = p.GetBytes(0, "key");
        IReadOnlyKeyValueStore state = chain.StateAt(p.GetOptionalHash(1, "hash"), out _);
        return state.Get(key) is { } value ? H256.Blake2b256(value).ToString() : null;
    }

    /// <summary>
    /// The value's length; for a key without a value, the summed length of the values under it as a prefix (sc-rpc
    /// <c>storage_size</c>), null when that is zero.
    /// </summary>
    private ulong? GetStorageSize(RpcParams p)
    {
        byte[] key = p.GetBytes(0, "key");
        IReadOnlyKeyValueStore state = chain.StateAt(p.GetOptionalHash(1, "hash"), out _);
        if (state.Get(key) is { } value)
        {
            return (ulong)value.Length;
        }

        ulong sum = 0;
        foreach (KeyValuePair<byte[], byte[]> entry in state.Iterate(key))
        {
            sum += (ulong)entry.Value.Length;
        }

        return sum > 0 ? sum : null;
    }

    /// <summary>Every key with the prefix (deprecated upstream, kept for old clients; the response-size limit bounds it).</summary>
    private string[] GetKeys(RpcParams p)
    {
        byte[] prefix = p.GetBytes(0, "prefix");
        IReadOnlyKeyValueStore state = chain.StateAt(p.GetOptionalHash(1, "hash"), out _);
        return [.. state.Iterate(prefix).Select(entry => Hex.Encode(entry.Key))];
    }

    /// <summary>
    /// Up to <c>count</c> (at most 1000, else 4002) keys with the prefix (null: all keys), sorted, strictly after
    /// <c>startKey</c> when given.
    /// </summary>
    private string[] GetKeysPaged(RpcParams p)
    {
        byte[] prefix = p.GetOptionalBytes(0, "prefix") ?? [];
        uint count = p.GetUInt32(1, "count");
        if (count > MaxKeysPagedCount)
        {
            throw RpcErrors.InvalidCount(count, MaxKeysPagedCount).ToException();
        }

        byte[]? startKey = p.GetOptionalBytes(2, "start_key");
        IReadOnlyKeyValueStore state = chain.StateAt(p.GetOptionalHash(3, "hash"), out _);
        return [.. state.Iterate(prefix, startKey).Take((int)count).Select(entry => Hex.Encode(entry.Key))];
    }
}
