using System.Text.Json.Serialization;
using Bittensor.Node.Rpc.Json;

namespace Bittensor.Node.Rpc.Methods;

/// <summary>Source-generated JSON metadata of the <c>chain_*</c>, <c>state_*</c> and <c>payment_*</c> results.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    Converters = [typeof(HexBytesJsonConverter)])]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(ulong?))]
[JsonSerializable(typeof(HeaderJson))]
[JsonSerializable(typeof(SignedBlockJson))]
[JsonSerializable(typeof(StorageChangeSetJson))]
[JsonSerializable(typeof(StorageChangeSetJson[]))]
[JsonSerializable(typeof(RuntimeVersionJson))]
[JsonSerializable(typeof(RuntimeDispatchInfoJson))]
[JsonSerializable(typeof(FeeDetailsJson))]
[JsonSerializable(typeof(SystemSyncState))]
internal sealed partial class ChainJsonContext : JsonSerializerContext;
