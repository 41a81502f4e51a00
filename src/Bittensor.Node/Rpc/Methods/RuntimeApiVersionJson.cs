using System.Text.Json.Serialization;

namespace Bittensor.Node.Rpc.Methods;

/// <summary>One entry of <c>RuntimeVersion.apis</c>, written as the tuple <c>["0x&lt;id&gt;", version]</c> serde gives <c>([u8; 8], u32)</c>.</summary>
[JsonConverter(typeof(RuntimeApiVersionJsonConverter))]
internal sealed record RuntimeApiVersionJson(string Id, uint Version);
