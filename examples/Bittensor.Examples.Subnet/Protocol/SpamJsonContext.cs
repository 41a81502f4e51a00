using System.Text.Json.Serialization;

namespace Bittensor.Examples.Subnet.Protocol;

/// <summary>Source-generated JSON metadata for the subnet's synapse (the SDK's synapse convention: no reflection).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(SpamClassification))]
internal sealed partial class SpamJsonContext : JsonSerializerContext;
