using System.Text.Json.Serialization;
using Bittensor.Node.Pool;
using Bittensor.Node.Rpc.Json;

namespace Bittensor.Node.Rpc.Methods;

/// <summary>Source-generated JSON for the <c>author_*</c> methods (same options as <see cref="RpcJsonContext"/>).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    Converters = [typeof(HexBytesJsonConverter)])]
[JsonSerializable(typeof(TransactionStatus))]
[JsonSerializable(typeof(byte[][]))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(ExtrinsicOrHash[]))]
internal sealed partial class AuthorJsonContext : JsonSerializerContext;
