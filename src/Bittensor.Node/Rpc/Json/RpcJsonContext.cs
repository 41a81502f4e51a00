using System.Text.Json;
using System.Text.Json.Serialization;
using Bittensor.Node.Rpc.Methods;

namespace Bittensor.Node.Rpc.Json;

/// <summary>
/// Source-generated JSON metadata for the RPC envelope's pieces and the node-level methods. Modules with their own DTOs
/// declare their own context with the same options (camelCase, <see cref="HexBytesJsonConverter"/>).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    Converters = [typeof(HexBytesJsonConverter)])]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(uint))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(ulong))]
[JsonSerializable(typeof(byte[]))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(SystemHealth))]
[JsonSerializable(typeof(SystemProperties))]
[JsonSerializable(typeof(SystemPeerInfo[]))]
[JsonSerializable(typeof(RpcMethodsResult))]
internal sealed partial class RpcJsonContext : JsonSerializerContext;
